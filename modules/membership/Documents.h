#pragma once
// The membership module's printed documents, as HTML for a QTextDocument (architecture.md "Documents
// and reports"): the member's welcome sheet, which presents the service's offer — what the contribution
// pays for — and the contribution invoice with the legal mentions of a French invoice (Code de commerce
// L441-9 and D441-5, CGI annexe II art. 242 nonies A). Pure code: the text is built here, in the
// interface language through translation (English source); printing with its header and footer on
// every page is print/DocumentPrinter's. The prevention culture score's six questions are printed in
// their regulatory French wording (PreventionScore.h).

#include "membership/Contribution.h"
#include "membership/Invoice.h"
#include "membership/Member.h"
#include "membership/MembershipForm.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::membership {

// A document ready to print: its body, and the header and footer repeated on every page.
struct PrintableDocument {
    QString title;        // PDF title, e.g. "Invoice F2025-00001"
    QString html;         // the body
    QString headerLeft;   // e.g. the service's name
    QString headerRight;  // the document's identity, e.g. "Invoice F2025-00001 of 15/01/2026"
    QString footer;       // the service's legal identity ('\n' between lines); the printer adds "Page n / N"
    // DataMatrix symbols (ECC200) the body shows: <img src="KEY"> → the bytes the symbol encodes. The
    // printer draws them (print/DataMatrix), so that the pure code carrying the HTML needs no image.
    QMap<QString, QByteArray> dataMatrices;
    // Pictures the body shows (<img src="KEY">), as PNG bytes: charts drawn by a printer (reports).
    QMap<QString, QByteArray> pictures;
};

struct WelcomeSheetData {
    ServiceIdentity service;                 // may be incomplete: what is known is printed
    Member member;
    QString nafLabel;                        // the NAF sub-class' label
    std::optional<MembershipForm> form;      // the latest membership form, if any
    QStringList riskLabels;                  // declared risks, "code — label"
    std::optional<ContributionYear> contribution; // the year's rate, if set
    QList<PriceItem> priceList;              // complementary services
    QDate printedOn;
};

PrintableDocument welcomeSheet(const WelcomeSheetData& data, const QLocale& locale = QLocale());
PrintableDocument invoiceDocument(const Invoice& invoice, const QLocale& locale = QLocale());

// The service's legal identity for footers, on two lines (separated by '\n'): name, legal form and
// address; SIRET, VAT number and how to reach it.
QString serviceLegalLine(const ServiceIdentity& service);

} // namespace vigie::membership
