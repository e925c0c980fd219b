#pragma once
// Convocation letters (issue 6 part 5): one letter per appointment — the visit kind, its purpose and how
// it runs (the offer's content, domain-rules.md §1–2), the place, the time, the professional, what to
// bring — as HTML for a QTextDocument, one page per letter, so that a day's letters print as one batch.
// Pure: the appointments come from AppointmentStore; printing is print/ConvocationPrinter's. The text is
// in the interface language (translated, English source); never any health information beyond the
// kind of visit, which the employer who asked for it knows.

#include "scheduling/AppointmentStore.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace vigie::scheduling {

struct ServiceLetterhead {
    QString name;     // the service's name
    QString address;  // one line
    QString phone;
    QString email;
};

struct ConvocationBatch {
    QString title;       // PDF title: "Convocations of 07/12/2026"
    QString html;        // the letters, each starting on a new page
    QString headerLeft;  // the service's name
    QString headerRight; // "Convocations of 07/12/2026"
    QString footer;      // the service's address and how to reach it
    int letters = 0;
};

// The purpose of a kind of visit, how it runs, and what to bring (also used by the e-mails).
QString visitTitle(VisitKind kind);
QString visitPurpose(VisitKind kind);
QStringList thingsToBring(VisitKind kind);

ConvocationBatch convocationLetters(const QList<Appointment>& appointments, const ServiceLetterhead& service, QDate printedOn,
                                    const QLocale& locale = QLocale());

} // namespace vigie::scheduling
