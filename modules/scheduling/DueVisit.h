#pragma once
// One line of the engine's answer (rules-contract.md "Output"): which visit is due for whom, in
// which window, who may perform it, and the article the deadline comes from.

#include "scheduling/Codes.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace vigie::scheduling {

struct DueVisit {
    QString worker;
    std::optional<QString> employment; // nullopt for MID_CAREER, and for a RETURN with no active employment
    VisitKind kind = VisitKind::Vip;
    std::optional<QDate> earliest; // nullopt: any time before `latest`
    QDate latest;
    Performer performer = Performer::HealthPro;
    bool overdue = false; // `today` is after `latest`
    QString basis;        // the article, for people to read (not translated)

    bool operator==(const DueVisit&) const = default;
};

// Builds an entry, computing `overdue` against `today`.
DueVisit makeDue(const QString& worker, std::optional<QString> employment, VisitKind kind,
                 std::optional<QDate> earliest, QDate latest, Performer performer, const QString& basis, QDate today);

// The basis for people, in the interface language: articles as they are, the two non-article forms the
// rules write ("apprentice: 2 months", "… (protocol: N months)") translated. The contract's output and
// the database keep the untranslated basis.
QString basisText(const QString& basis);

// Ids are compared as strings in byte order (UTF-8), wherever an order or a tie-break uses them.
int compareIds(const QString& a, const QString& b);

// The output order: worker id, then `latest`, then kind (alphabetical order of the code), then
// employment id with no employment first.
bool dueOrder(const DueVisit& a, const DueVisit& b);
void sortDue(QList<DueVisit>& due); // stable

} // namespace vigie::scheduling
