#include "membership/Documents.h"

#include "membership/Money.h"
#include "membership/PreventionScore.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie::membership {

namespace {

QString esc(const QString& text) { return text.toHtmlEscaped(); }

QString date(const QDate& d, const QLocale& locale) { return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString(); }

// Paragraph-free lines joined with <br>, empty ones left out.
QString lines(const QStringList& parts)
{
    QStringList kept;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            kept << esc(p.trimmed());
    return kept.join(QStringLiteral("<br>"));
}

const QString Style = QStringLiteral(
    "body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1f2933; }"
    "h1 { font-size: 17pt; color: #12355b; margin-top: 0px; margin-bottom: 6px; }"
    "h2 { font-size: 11pt; color: #12355b; margin-top: 20px; margin-bottom: 6px; }"
    "p { margin-top: 2px; margin-bottom: 5px; }"
    "td { vertical-align: top; }"
    ".small { font-size: 8pt; color: #4a5563; }"
    ".label { color: #4a5563; }"
    ".seller { font-size: 12pt; font-weight: bold; color: #12355b; }"
    ".box { background-color: #f3f6f9; }"
    ".head { background-color: #12355b; color: #ffffff; font-weight: bold; }"
    ".total { background-color: #12355b; color: #ffffff; font-weight: bold; font-size: 10pt; }");

QString document(const QString& body)
{
    return QStringLiteral("<html><head><style>") + Style + QStringLiteral("</style></head><body>") + body +
           QStringLiteral("</body></html>");
}

// Identifiers and amounts must not break across lines.
QString unbroken(QString text) { return text.replace(QLatin1Char(' '), QChar(0x00A0)); }

const QString Spacer = QStringLiteral("<p style=\"font-size: 9pt; margin: 0px;\">&nbsp;</p>");
const QString RuledCell = QStringLiteral("border-bottom: 1px solid #c8d0d8;");

QString heading(const QString& text)
{
    return QStringLiteral("<h2 style=\"margin-top: 20px; margin-bottom: 6px;\">%1</h2>").arg(esc(text));
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td class=\"label\" width=\"30%\" style=\"%3\">%1</td><td style=\"%3\">%2</td></tr>")
        .arg(esc(label), value, RuledCell);
}

QString sellerBlock(const ServiceIdentity& s)
{
    QStringList contact;
    if (!s.phone.isEmpty())
        contact << QCoreApplication::translate("vigie::membership", "Tel. %1").arg(s.phone);
    if (!s.email.isEmpty())
        contact << s.email;
    if (!s.website.isEmpty())
        contact << s.website;
    QString html = QStringLiteral("<span class=\"seller\">%1</span><br>").arg(esc(s.name));
    html += lines({s.legalForm, s.street, s.postalCode + QLatin1Char(' ') + s.city});
    html += QStringLiteral("<br><span class=\"small\">") +
            lines({QCoreApplication::translate("vigie::membership", "SIRET %1").arg(unbroken(formatSiret(s.siret))),
                   s.vatNumber.isEmpty() ? QString()
                                         : QCoreApplication::translate("vigie::membership", "VAT number %1").arg(s.vatNumber),
                   contact.join(QStringLiteral(" · "))}) +
            QStringLiteral("</span>");
    return html;
}

} // namespace

QString serviceLegalLine(const ServiceIdentity& s)
{
    QStringList first{s.name};
    if (!s.legalForm.isEmpty())
        first << s.legalForm;
    first << s.street + QStringLiteral(", ") + s.postalCode + QLatin1Char(' ') + s.city;
    QStringList second{QCoreApplication::translate("vigie::membership", "SIRET %1").arg(unbroken(formatSiret(s.siret)))};
    if (!s.vatNumber.isEmpty())
        second << QCoreApplication::translate("vigie::membership", "VAT number %1").arg(s.vatNumber);
    if (!s.phone.isEmpty())
        second << QCoreApplication::translate("vigie::membership", "Tel. %1").arg(s.phone);
    if (!s.email.isEmpty())
        second << s.email;
    return first.join(QStringLiteral(" — ")) + QLatin1Char('\n') + second.join(QStringLiteral(" — "));
}

PrintableDocument invoiceDocument(const Invoice& inv, const QLocale& locale)
{
    const ServiceIdentity& s = inv.seller;
    const Buyer& b = inv.buyer;
    QString body;

    // The seller (left) and the document's title (right).
    body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"60%\">") + sellerBlock(s) +
            QStringLiteral("</td><td width=\"40%\" align=\"right\"><h1>%1</h1></td></tr></table>")
                .arg(esc(QCoreApplication::translate("vigie::membership", "INVOICE")));
    body += Spacer;

    // The invoice's identity (left) and the buyer, in a box where a window envelope shows it (right).
    body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"50%\">"
                           "<table cellspacing=\"0\" cellpadding=\"2\">");
    const auto idRow = [](const QString& label, const QString& value, bool strong = false) {
        return QStringLiteral("<tr><td class=\"label\">%1</td><td>&nbsp;&nbsp;%2</td></tr>")
            .arg(esc(label), strong ? QStringLiteral("<b>%1</b>").arg(esc(value)) : esc(value));
    };
    body += idRow(QCoreApplication::translate("vigie::membership", "Invoice number"), inv.number, true);
    body += idRow(QCoreApplication::translate("vigie::membership", "Invoice date"), date(inv.issueDate, locale));
    body += idRow(QCoreApplication::translate("vigie::membership", "Due date"), date(inv.dueDate, locale), true);
    if (!b.memberNumber.isEmpty())
        body += idRow(QCoreApplication::translate("vigie::membership", "Member number"), b.memberNumber);
    body += idRow(QCoreApplication::translate("vigie::membership", "Period"),
                  QCoreApplication::translate("vigie::membership", "%1 to %2")
                      .arg(date(QDate(inv.contributionYear, 1, 1), locale), date(QDate(inv.contributionYear, 12, 31), locale)));
    body += QStringLiteral("</table></td><td width=\"50%\">"
                           "<table width=\"100%\" class=\"box\" cellspacing=\"0\" cellpadding=\"9\"><tr><td>");
    body += QStringLiteral("<span class=\"label\">%1</span><br>").arg(esc(QCoreApplication::translate("vigie::membership", "Billed to")));
    body += QStringLiteral("<b>%1</b><br>").arg(esc(b.enterpriseName));
    QStringList address;
    if (b.establishmentName != b.enterpriseName)
        address << b.establishmentName;
    address << b.street << b.extra << b.postalCode + QLatin1Char(' ') + b.city;
    body += lines(address);
    body += QStringLiteral("<br><span class=\"small\">%1 · %2</span>")
                .arg(esc(QCoreApplication::translate("vigie::membership", "SIREN %1").arg(unbroken(formatSiren(b.siret.left(9))))),
                     esc(QCoreApplication::translate("vigie::membership", "SIRET %1").arg(unbroken(formatSiret(b.siret)))));
    body += QStringLiteral("</td></tr></table></td></tr></table>");
    body += Spacer;

    body += heading(QCoreApplication::translate("vigie::membership", "Contribution %1 to the occupational health service")
                        .arg(inv.contributionYear));
    if (inv.workers > 0)
        body += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("vigie::membership",
                                                         "Per-capita contribution: %n worker(s) followed in %1, each counting as one "
                                                         "unit whatever their contract or working time (article L4622-6 of the "
                                                         "Labour Code).",
                                                         nullptr, inv.workers)
                                 .arg(inv.contributionYear)));

    // Lines.
    body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" style=\"border-collapse: collapse;\">");
    // <thead>: repeated at the top of each page when the lines go on.
    body += QStringLiteral("<thead><tr class=\"head\"><td width=\"49%\">%1</td><td width=\"9%\" align=\"right\">%2</td>"
                           "<td width=\"15%\" align=\"right\">%3</td><td width=\"9%\" align=\"right\">%4</td>"
                           "<td width=\"18%\" align=\"right\">%5</td></tr></thead>")
                .arg(esc(QCoreApplication::translate("vigie::membership", "Description")),
                     esc(QCoreApplication::translate("vigie::membership", "Qty")),
                     esc(QCoreApplication::translate("vigie::membership", "Unit price excl. VAT")),
                     esc(QCoreApplication::translate("vigie::membership", "VAT")),
                     esc(QCoreApplication::translate("vigie::membership", "Amount excl. VAT")));
    for (const InvoiceLine& l : inv.lines)
        body += QStringLiteral("<tr><td style=\"%6\">%1</td><td align=\"right\" style=\"%6\">%2</td><td align=\"right\" style=\"%6\">%3</td>"
                               "<td align=\"right\" style=\"%6\">%4</td><td align=\"right\" style=\"%6\">%5</td></tr>")
                    .arg(esc(l.description), esc(locale.toString(l.quantity)), esc(formatMoney(l.unitPrice, locale)),
                         esc(formatRate(l.vatRateBp, locale)), esc(formatMoney(l.amount(), locale)), RuledCell);
    body += QStringLiteral("</table>");

    // The VAT status (left) and the totals (right).
    const bool untaxed = std::any_of(inv.lines.cbegin(), inv.lines.cend(), [](const InvoiceLine& l) { return l.vatRateBp == 0; });
    QString vatStatus;
    if (untaxed && !s.vatExemption.isEmpty())
        vatStatus = QStringLiteral("<b>%1</b>").arg(esc(s.vatExemption));
    if (!s.vatNumber.isEmpty())
        vatStatus += (vatStatus.isEmpty() ? QString() : QStringLiteral("<br>")) +
                     esc(QCoreApplication::translate("vigie::membership", "Seller's VAT number: %1").arg(s.vatNumber));
    body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"52%\"><p></p>%1</td><td width=\"48%\">"
                           "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">")
                .arg(vatStatus);
    const auto totalRow = [](const QString& label, const QString& value, const QString& cls = {}) {
        return QStringLiteral("<tr%3><td>%1</td><td align=\"right\">%2</td></tr>")
            .arg(esc(label), esc(value), cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls));
    };
    body += totalRow(QCoreApplication::translate("vigie::membership", "Total excl. VAT"), formatMoney(inv.totals.excludingVat, locale));
    bool anyVat = false;
    for (const VatGroup& g : inv.totals.vat) {
        if (g.rateBp == 0)
            continue;
        anyVat = true;
        body += totalRow(QCoreApplication::translate("vigie::membership", "VAT %1 on %2")
                             .arg(formatRate(g.rateBp, locale), formatMoney(g.base, locale)),
                         formatMoney(g.vat, locale));
    }
    if (!anyVat)
        body += totalRow(QCoreApplication::translate("vigie::membership", "VAT"), formatMoney(0, locale));
    body += totalRow(QCoreApplication::translate("vigie::membership", "Total incl. VAT"), formatMoney(inv.totals.includingVat, locale),
                     QStringLiteral("box"));
    if (inv.paid > 0)
        body += totalRow(QCoreApplication::translate("vigie::membership", "Already paid"), formatMoney(inv.paid, locale));
    body += totalRow(QCoreApplication::translate("vigie::membership", "Net amount due"),
                     formatMoney(inv.totals.includingVat - inv.paid, locale), QStringLiteral("total"));
    body += QStringLiteral("</table></td></tr></table>");

    // Payment terms and the mentions of L441-9, L441-10 and D441-5 of the Commercial Code.
    body += heading(QCoreApplication::translate("vigie::membership", "Payment terms"));
    QString terms = s.paymentDays == 0
                        ? QCoreApplication::translate("vigie::membership", "Payment due on receipt of the invoice, by %1 at the latest.")
                              .arg(date(inv.dueDate, locale))
                        : QCoreApplication::translate("vigie::membership", "Payment due by %1 (%n day(s) from the invoice date).", nullptr,
                                                      s.paymentDays)
                              .arg(date(inv.dueDate, locale));
    body += QStringLiteral("<p>%1</p>").arg(esc(terms));
    if (!s.iban.isEmpty())
        body += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("vigie::membership", "By bank transfer to IBAN %1%2, quoting the invoice number %3.")
                                 .arg(s.iban,
                                      s.bic.isEmpty() ? QString() : QCoreApplication::translate("vigie::membership", " (BIC %1)").arg(s.bic),
                                      inv.number)));
    body += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::membership", "No discount for early payment.")));
    body += QStringLiteral("<p class=\"small\">%1</p>")
                .arg(esc(QCoreApplication::translate(
                    "vigie::membership",
                    "Late payment: penalties are due from the day after the due date, at the interest rate of the European Central "
                    "Bank's most recent refinancing operation plus 10 percentage points (article L441-10 of the Commercial Code), "
                    "together with a fixed indemnity for recovery costs of %1 (article D441-5 of the Commercial Code).")
                             .arg(formatMoney(RecoveryIndemnityCents, locale))));

    PrintableDocument doc;
    doc.title = QCoreApplication::translate("vigie::membership", "Invoice %1").arg(inv.number);
    doc.html = document(body);
    doc.headerLeft = s.name;
    doc.headerRight = QCoreApplication::translate("vigie::membership", "Invoice %1 of %2").arg(inv.number, date(inv.issueDate, locale));
    doc.footer = serviceLegalLine(s);
    return doc;
}

PrintableDocument welcomeSheet(const WelcomeSheetData& d, const QLocale& locale)
{
    const Member& m = d.member;
    const QString service = d.service.name.isEmpty()
                                ? QCoreApplication::translate("vigie::membership", "your occupational health service")
                                : d.service.name;
    QString body;
    body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"60%\">");
    body += d.service.name.isEmpty() ? QString() : sellerBlock(d.service);
    body += QStringLiteral("</td><td width=\"40%\" align=\"right\"><span class=\"label\">%1</span><br><b>%2</b><br>%3</td></tr></table>")
                .arg(esc(QCoreApplication::translate("vigie::membership", "Member number")), esc(m.memberNumber),
                     esc(QCoreApplication::translate("vigie::membership", "Printed on %1").arg(date(d.printedOn, locale))));

    body += Spacer + QStringLiteral("<h1>%1</h1>").arg(esc(QCoreApplication::translate("vigie::membership", "Welcome to %1").arg(service)));
    body += QStringLiteral("<p>%1</p>")
                .arg(esc(QCoreApplication::translate(
                             "vigie::membership",
                             "%1 has been a member since %2. This sheet sums up your membership and what the service does for "
                             "you and your workers in return for your contribution.")
                             .arg(m.enterpriseName, date(m.memberSince, locale))));

    // The member.
    body += heading(QCoreApplication::translate("vigie::membership", "Your membership"));
    body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse;\">");
    body += row(QCoreApplication::translate("vigie::membership", "Enterprise"),
                esc(m.enterpriseName) + QStringLiteral(" — ") +
                    esc(QCoreApplication::translate("vigie::membership", "SIREN %1").arg(formatSiren(m.siren()))));
    body += row(QCoreApplication::translate("vigie::membership", "Establishment"),
                esc(m.name) + QStringLiteral(" — ") + esc(QCoreApplication::translate("vigie::membership", "SIRET %1").arg(formatSiret(m.siret))));
    body += row(QCoreApplication::translate("vigie::membership", "Activity (NAF)"),
                esc(m.naf + (d.nafLabel.isEmpty() ? QString() : QStringLiteral(" — ") + d.nafLabel)));
    body += row(QCoreApplication::translate("vigie::membership", "Address"),
                lines({m.address.street, m.address.extra, m.address.postalCode + QLatin1Char(' ') + m.address.city}));
    body += row(QCoreApplication::translate("vigie::membership", "Membership date"), esc(date(m.memberSince, locale)));
    body += row(QCoreApplication::translate("vigie::membership", "Status"),
                esc(QCoreApplication::translate("vigie::membership", "%1 since %2").arg(statusTitle(m.status), date(m.statusSince, locale))));
    body += row(QCoreApplication::translate("vigie::membership", "Team in charge"),
                esc(m.teamName.isEmpty() ? QCoreApplication::translate("vigie::membership", "to be assigned by the service") : m.teamName));
    for (const Contact& c : m.contacts) {
        QStringList reach{c.name};
        if (!c.phone.isEmpty())
            reach << c.phone;
        if (!c.email.isEmpty())
            reach << c.email;
        body += row(QCoreApplication::translate("vigie::membership", "Contact: %1").arg(contactRoleTitle(c.role)),
                    esc(reach.join(QStringLiteral(" · "))));
    }
    body += QStringLiteral("</table>");

    // The offer: the ensemble socle (L4622-9-1; CNPST deliberation of 1 April 2022, décret 2022-653).
    body += heading(QCoreApplication::translate("vigie::membership", "What your contribution pays for"));
    body += QStringLiteral("<p>%1</p>")
                .arg(esc(QCoreApplication::translate(
                    "vigie::membership",
                    "Your contribution funds the ensemble socle of services that the law requires every interprofessional "
                    "occupational health service to provide to all its members (article L4622-9-1 of the Labour Code):")));
    const auto item = [](const QString& title, const QStringList& points) {
        QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(title));
        for (const QString& p : points)
            html += QStringLiteral("<li>%1</li>").arg(esc(p));
        return html + QStringLiteral("</ul>");
    };
    body += item(QCoreApplication::translate("vigie::membership", "Prevention of occupational risks"),
                 {QCoreApplication::translate("vigie::membership",
                                              "the company sheet (fiche d'entreprise) of your establishment within a year of your "
                                              "membership, updated at least every four years;"),
                  QCoreApplication::translate("vigie::membership", "help in drafting and updating your risk assessment (DUERP);"),
                  QCoreApplication::translate("vigie::membership", "a primary prevention action at your premises at least every four years;"),
                  QCoreApplication::translate("vigie::membership",
                                              "information and awareness sessions for you, your workers and their representatives.")});
    body += item(QCoreApplication::translate("vigie::membership", "Individual follow-up of your workers"),
                 {QCoreApplication::translate("vigie::membership",
                                              "every regulatory visit: information and prevention visits, medical examinations of "
                                              "workers in reinforced follow-up, return-to-work, mid-career and end-of-career visits, "
                                              "visits on request;"),
                  QCoreApplication::translate("vigie::membership",
                                              "a follow-up adapted to each worker's post, age and health, and the traceability of "
                                              "their exposures.")});
    body += item(QCoreApplication::translate("vigie::membership", "Prevention of job loss"),
                 {QCoreApplication::translate("vigie::membership",
                                              "the job-retention unit, and individual and collective support to keep your workers "
                                              "in employment after an illness or an accident.")});

    // The contribution.
    body += heading(QCoreApplication::translate("vigie::membership", "Your contribution"));
    QString contribution = QCoreApplication::translate(
        "vigie::membership",
        "The contribution is per capita: each worker followed counts as one unit, whatever their contract or working time "
        "(article L4622-6 of the Labour Code).");
    if (d.contribution)
        contribution += QLatin1Char(' ') +
                        QCoreApplication::translate("vigie::membership",
                                                    "For %1 it is %2 per worker followed, within the range allowed around the "
                                                    "national average cost of the ensemble socle (%3).")
                            .arg(d.contribution->year)
                            .arg(formatMoney(d.contribution->rate, locale), formatMoney(d.contribution->nationalAverage, locale));
    body += QStringLiteral("<p>%1</p>").arg(esc(contribution));
    if (!d.priceList.isEmpty()) {
        body += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("vigie::membership",
                                                         "Complementary services, invoiced separately from the price list approved "
                                                         "by the general assembly:")));
        body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse;\">");
        body += QStringLiteral("<tr class=\"head\"><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(esc(QCoreApplication::translate("vigie::membership", "Service")),
                         esc(QCoreApplication::translate("vigie::membership", "Price excl. VAT")));
        for (const PriceItem& p : d.priceList)
            body += QStringLiteral("<tr><td style=\"%3\">%1</td><td align=\"right\" style=\"%3\">%2</td></tr>")
                        .arg(esc(p.label), esc(formatMoney(p.unitPrice, locale)), RuledCell);
        body += QStringLiteral("</table>");
    }

    // The membership form's answers and the prevention culture score.
    if (d.form) {
        const MembershipForm& f = *d.form;
        body += heading(QCoreApplication::translate("vigie::membership", "Your prevention culture score"));
        const std::optional<int> score = f.scoreTenths();
        body += QStringLiteral("<p>%1</p>")
                    .arg(esc(score ? QCoreApplication::translate("vigie::membership",
                                                                 "From your answers of %1: %2 out of 5 (5 × the number of yes ÷ 6).")
                                         .arg(date(f.date, locale), formatScore(*score, locale))
                                   : QCoreApplication::translate("vigie::membership", "Not all questions were answered.")));
        body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse;\">");
        for (int i = 0; i < PreventionQuestionCount; ++i) {
            const auto& a = f.answers[size_t(i)];
            const QString answer = !a ? QStringLiteral("—")
                                      : *a ? QCoreApplication::translate("vigie::membership", "Yes")
                                           : QCoreApplication::translate("vigie::membership", "No");
            // The questions are printed in their regulatory French wording (PreventionScore.h).
            body += QStringLiteral("<tr><td width=\"88%\" style=\"%3\">%1</td><td align=\"right\" style=\"%3\"><b>%2</b></td></tr>")
                        .arg(esc(preventionQuestions()[size_t(i)]), esc(answer), RuledCell);
        }
        body += QStringLiteral("</table>");
        body += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("vigie::membership",
                                                         "Estimated follow-up: %1 worker(s) in individual follow-up (SI), %2 in "
                                                         "adapted follow-up (SIA), %3 in reinforced follow-up (SIR).")
                                 .arg(f.estimatedSi)
                                 .arg(f.estimatedSia)
                                 .arg(f.estimatedSir)));
        if (!d.riskLabels.isEmpty())
            body += QStringLiteral("<p>%1 %2</p>")
                        .arg(esc(QCoreApplication::translate("vigie::membership", "Risks declared:")),
                             esc(d.riskLabels.join(QStringLiteral("; "))));
    }

    // What the service needs from the member.
    body += heading(QCoreApplication::translate("vigie::membership", "What we need from you"));
    body += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li></ul>")
                .arg(esc(QCoreApplication::translate("vigie::membership",
                                                     "Each year, the declaration of your workforce: the workers you employ, their posts "
                                                     "and the risks they are exposed to, including the posts in reinforced follow-up "
                                                     "(article D4622-22 of the Labour Code).")),
                     esc(QCoreApplication::translate("vigie::membership",
                                                     "Every new hire, so that their information and prevention visit is planned in time.")),
                     esc(QCoreApplication::translate("vigie::membership",
                                                     "Every return after a long absence, an occupational disease or a work accident, "
                                                     "for the return-to-work visit.")));
    if (!d.service.phone.isEmpty() || !d.service.email.isEmpty())
        body += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("vigie::membership", "Questions? Call us on %1 or write to %2.")
                                 .arg(d.service.phone.isEmpty() ? QStringLiteral("—") : d.service.phone,
                                      d.service.email.isEmpty() ? QStringLiteral("—") : d.service.email)));

    PrintableDocument doc;
    doc.title = QCoreApplication::translate("vigie::membership", "Welcome sheet — %1").arg(m.name);
    doc.html = document(body);
    doc.headerLeft = d.service.name;
    doc.headerRight = QCoreApplication::translate("vigie::membership", "Welcome sheet — member %1").arg(m.memberNumber);
    doc.footer = d.service.name.isEmpty() ? QString() : serviceLegalLine(d.service);
    return doc;
}

} // namespace vigie::membership
