#include "companysheet/SheetDocument.h"

#include "companysheet/SheetPlan.h"
#include "core/Clock.h"

#include <QCoreApplication>

namespace vigie::companysheet {

namespace {
QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString multiline(const QString& s) { return esc(s).replace(QLatin1Char('\n'), QStringLiteral("<br>")); }

const QString Style = QStringLiteral(
    "body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1f2933; }"
    "h1 { font-size: 15pt; color: #12355b; margin-top: 0px; margin-bottom: 4px; }"
    "h2 { font-size: 10.5pt; color: #12355b; margin-top: 14px; margin-bottom: 4px; }"
    "h3 { font-size: 9pt; color: #1f2933; margin-top: 8px; margin-bottom: 3px; }"
    "p { margin-top: 2px; margin-bottom: 5px; }"
    "td { vertical-align: top; }"
    ".eyebrow { font-size: 8pt; color: #4a5563; }"
    ".label { color: #4a5563; }"
    ".empty { color: #8a96a3; font-style: italic; }"
    ".small { font-size: 7pt; color: #4a5563; }"
    ".head { background-color: #12355b; color: #ffffff; font-weight: bold; }");
const QString Ruled = QStringLiteral("border-bottom: 1px solid #c8d0d8;");

QString notFilled()
{
    return QStringLiteral("<span class=\"empty\">%1</span>")
        .arg(esc(QCoreApplication::translate("vigie::companysheet", "Not filled in")));
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td class=\"label\" width=\"34%\" style=\"%3\">%1</td><td style=\"%3\">%2</td></tr>")
        .arg(esc(label), valueHtml.isEmpty() ? notFilled() : valueHtml, Ruled);
}

QString exposuresTable(const QList<ExposureEntry>& entries)
{
    if (entries.isEmpty())
        return notFilled();
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse: collapse;\">");
    html += QStringLiteral("<tr class=\"head\"><td width=\"34%\">%1</td><td align=\"right\">CDI</td><td align=\"right\">CDD</td>"
                           "<td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td><td width=\"30%\">%5</td></tr>")
                .arg(esc(QCoreApplication::translate("vigie::companysheet", "Exposure")),
                     esc(QCoreApplication::translate("vigie::companysheet", "Temporary")),
                     esc(QCoreApplication::translate("vigie::companysheet", "Other")),
                     esc(QCoreApplication::translate("vigie::companysheet", "Total")),
                     esc(QCoreApplication::translate("vigie::companysheet", "Prevention measures")));
    for (const ExposureEntry& e : entries) {
        const QString name = e.label.isEmpty() ? esc(e.code)
                                               : QStringLiteral("%1<br><span class=\"small\">%2</span>").arg(esc(e.label), esc(e.code));
        html += QStringLiteral("<tr><td style=\"%8\">%1</td><td align=\"right\" style=\"%8\">%2</td><td align=\"right\" style=\"%8\">%3</td>"
                               "<td align=\"right\" style=\"%8\">%4</td><td align=\"right\" style=\"%8\">%5</td>"
                               "<td align=\"right\" style=\"%8\"><b>%6</b></td><td style=\"%8\">%7</td></tr>")
                    .arg(name)
                    .arg(e.cdi)
                    .arg(e.cdd)
                    .arg(e.interim)
                    .arg(e.other)
                    .arg(e.total())
                    .arg(multiline(e.measures), Ruled);
    }
    return html + QStringLiteral("</table>");
}

QString sectionHtml(const SectionDef& s, const SheetContent& content, const QStringList& extraRows = {})
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse;\">");
    for (const QString& r : extraRows)
        html += r;
    QString after;
    for (const FieldDef& f : s.fields) {
        if (f.kind == FieldKind::Exposures) {
            // A table of its own, under the heading: too wide for the value column.
            after += QStringLiteral("<h3>%1</h3>").arg(esc(f.label)) + exposuresTable(content.exposures());
            continue;
        }
        html += row(f.label, multiline(content.text(s.key, f.key)));
    }
    html += QStringLiteral("</table>");
    if (!after.isEmpty()) {
        // Keep the plan's order: the list first when it is the section's first field.
        return s.fields.first().kind == FieldKind::Exposures ? after + html : html + after;
    }
    return html;
}

QString pageStart(const PageDef& page, bool first)
{
    const QString eyebrow = page.page == 0 ? QCoreApplication::translate("vigie::companysheet", "Company sheet")
                                           : QCoreApplication::translate("vigie::companysheet", "Company sheet · page %1 of 4").arg(page.page);
    return QStringLiteral("<p class=\"eyebrow\"%1>%2</p><h1>%3</h1>")
        .arg(first ? QString() : QStringLiteral(" style=\"page-break-before: always;\""), esc(eyebrow), esc(page.title));
}

QString letterHtml(const SheetDocumentData& d, const QLocale& locale)
{
    const membership::Member& m = d.member;
    QStringList recipient{m.name};
    if (!m.address.street.isEmpty())
        recipient << m.address.street;
    if (!m.address.extra.isEmpty())
        recipient << m.address.extra;
    recipient << (m.address.postalCode + QLatin1Char(' ') + m.address.city).trimmed();
    QStringList sender{d.service.name, d.service.street, (d.service.postalCode + QLatin1Char(' ') + d.service.city).trimmed()};
    sender.removeAll(QString());
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"55%\"><b>%1</b></td>"
                                  "<td width=\"45%\">%2</td></tr></table>")
                       .arg(multiline(sender.join(QLatin1Char('\n'))), multiline(recipient.join(QLatin1Char('\n'))));
    const QDate date = core::Clock::parisDate(d.validatedAt);
    html += QStringLiteral("<p>&nbsp;</p><p align=\"right\">%1</p>").arg(esc(locale.toString(date, QLocale::LongFormat)));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(QCoreApplication::translate("vigie::companysheet", "Subject: company sheet of %1 — %2")
                             .arg(m.name, versionTitle(d.number, date, locale))));
    html += QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(esc(QCoreApplication::translate("vigie::companysheet", "Dear Sir or Madam,")),
                     esc(QCoreApplication::translate("vigie::companysheet",
                                                     "Please find enclosed the company sheet of your establishment drawn up by "
                                                     "our multidisciplinary team. It lists the occupational risks, the number of "
                                                     "workers exposed and our prevention advice.")));
    for (const SectionDef& s : sectionsOfPage(0))
        for (const FieldDef& f : s.fields) {
            const QString v = d.content.text(s.key, f.key);
            html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(f.label), v.isEmpty() ? notFilled() : multiline(v));
        }
    html += QStringLiteral("<p>&nbsp;</p><p>%1</p><p><b>%2</b></p>")
                .arg(esc(QCoreApplication::translate("vigie::companysheet", "Yours faithfully,")), esc(d.authorName));
    return html;
}
} // namespace

QString versionTitle(int number, const QDate& date, const QLocale& locale)
{
    return QCoreApplication::translate("vigie::companysheet", "Version %1 of %2").arg(number).arg(locale.toString(date, QLocale::ShortFormat));
}

membership::PrintableDocument sheetDocument(const SheetDocumentData& d, const QLocale& locale)
{
    const QDate validatedOn = core::Clock::parisDate(d.validatedAt);
    const QString version = versionTitle(d.number, validatedOn, locale);
    membership::PrintableDocument doc;
    doc.title = QCoreApplication::translate("vigie::companysheet", "Company sheet %1 — %2").arg(d.member.name, version);
    doc.headerLeft = QCoreApplication::translate("vigie::companysheet", "Company sheet — %1").arg(d.member.name);
    doc.headerRight = version;
    doc.footer = QCoreApplication::translate("vigie::companysheet", "%1 · SIRET %2 · %3 · validated by %4")
                     .arg(d.member.name, membership::formatSiret(d.member.siret), version, d.authorName);
    if (!d.service.name.isEmpty())
        doc.footer += QLatin1Char('\n') + membership::serviceLegalLine(d.service).section(QLatin1Char('\n'), 0, 0);

    QString body;
    bool first = true;
    for (const PageDef& page : pages()) {
        body += pageStart(page, first);
        first = false;
        if (page.page == 0) {
            body += letterHtml(d, locale);
            continue;
        }
        for (const SectionDef& s : sectionsOfPage(page.page)) {
            QStringList extra;
            if (s.key == Sections::Identification) {
                extra << row(creationDateLabel(), esc(locale.toString(d.createdOn, QLocale::ShortFormat)))
                      << row(lastUpdateLabel(), esc(locale.toString(validatedOn, QLocale::ShortFormat)));
            }
            body += QStringLiteral("<h2>%1</h2>").arg(esc(s.title())) + sectionHtml(s, d.content, extra);
        }
        if (page.page == 4)
            body += QStringLiteral("<p>&nbsp;</p><p class=\"small\">%1</p>")
                        .arg(esc(QCoreApplication::translate("vigie::companysheet", "Validated by %1 on %2. Fingerprint (SHA-256): %3")
                                     .arg(d.authorName, locale.toString(validatedOn, QLocale::ShortFormat), d.hash)));
    }
    doc.html = QStringLiteral("<html><head><style>") + Style + QStringLiteral("</style></head><body>") + body +
               QStringLiteral("</body></html>");
    return doc;
}

} // namespace vigie::companysheet
