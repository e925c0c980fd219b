#pragma once
// The printed company sheet (issue 8 part 3): the covering letter and the offer's four pages, each
// starting on a new sheet of paper, as HTML for a QTextDocument; every page carries the company, the
// version and its date in its header and footer (membership/print/DocumentPrinter prints them).
// Pure code. The plan's headings are printed in their French wording (SheetPlan.h).

#include "companysheet/SheetContent.h"
#include "membership/Documents.h"
#include "membership/Invoice.h"
#include "membership/Member.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace vigie::companysheet {

struct SheetDocumentData {
    membership::ServiceIdentity service; // may be incomplete: what is known is printed
    membership::Member member;
    int number = 0;                      // the version printed
    QDateTime validatedAt;               // its validation (UTC)
    QString authorName;
    QDate createdOn;                     // validation date of version 1
    QString hash;                        // the version's hash, printed in small type for checks
    SheetContent content;
};

membership::PrintableDocument sheetDocument(const SheetDocumentData& data, const QLocale& locale = QLocale());

// "Version 3 of 15/01/2026", in the interface language.
QString versionTitle(int number, const QDate& date, const QLocale& locale = QLocale());

} // namespace vigie::companysheet
