#include "reports/CompanyReport.h"

#include "prevention/WorkplaceAction.h"

#include <QCoreApplication>
#include <QLocale>

namespace vigie::reports {

namespace {

QString actionLabel(const QString& code) { return prevention::actionCodeTitle(code); }

// One table: rows are codes, columns the years; each year's column is published as a group with its total.
QString yearTable(const CompanyData& d, const QString& title, const QString& what,
                  QList<QPair<QString, qint64>> CompanyYear::*counts, QString (*label)(const QString&))
{
    QStringList codes;
    for (const CompanyYear& y : d.years)
        for (const auto& [code, n] : y.*counts)
            if (n > 0 && !codes.contains(code))
                codes << code;
    QList<Breakdown> columns;
    for (const CompanyYear& y : d.years) {
        QList<QPair<QString, qint64>> exact;
        for (const QString& c : codes) {
            qint64 n = 0;
            for (const auto& [code, count] : y.*counts)
                if (code == c)
                    n = count;
            exact.append({c, n});
        }
        columns << publish(exact, label);
    }
    QString h = QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                               "style=\"border-collapse: collapse; border-color: #999;\"><tr><th align=\"left\" bgcolor=\"#e8eef5\">%2</th>")
                    .arg(title.toHtmlEscaped(), what.toHtmlEscaped());
    for (const CompanyYear& y : d.years)
        h += QStringLiteral("<th align=\"right\" bgcolor=\"#e8eef5\">%1</th>").arg(y.year);
    h += QStringLiteral("</tr>");
    for (int r = 0; r < codes.size(); ++r) {
        h += QStringLiteral("<tr><td>%1</td>").arg(label(codes.at(r)).toHtmlEscaped());
        for (const Breakdown& b : columns)
            h += QStringLiteral("<td align=\"right\">%1</td>").arg(b.rows.at(r).count.text().toHtmlEscaped());
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("<tr><td><b>%1</b></td>").arg(QCoreApplication::translate("vigie::reports", "Total").toHtmlEscaped());
    for (const Breakdown& b : columns)
        h += QStringLiteral("<td align=\"right\"><b>%1</b></td>").arg(b.total.text().toHtmlEscaped());
    return h + QStringLiteral("</tr></table>");
}
} // namespace

membership::PrintableDocument companyDocument(const CompanyData& d)
{
    membership::PrintableDocument doc;
    const int first = d.years.isEmpty() ? d.lastYear : d.years.first().year;
    doc.title = QCoreApplication::translate("vigie::reports", "Activity of the service for %1, %2–%3").arg(d.name).arg(first).arg(d.lastYear);
    QString h = QStringLiteral("<h1>%1</h1><p>%2</p>")
                    .arg(doc.title.toHtmlEscaped(),
                         QCoreApplication::translate("vigie::reports", "%1 — %2 — followed workers at 31 December %3: %4")
                             .arg(d.serviceName, d.scope.text())
                             .arg(d.lastYear)
                             .arg(Count::of(d.followedWorkers).text())
                             .toHtmlEscaped());
    h += yearTable(d, QCoreApplication::translate("vigie::reports", "Visits performed by kind"), QCoreApplication::translate("vigie::reports", "Kind of visit"), &CompanyYear::visitsByKind, &visitKindLabel);
    h += yearTable(d, QCoreApplication::translate("vigie::reports", "Workplace actions by kind"), QCoreApplication::translate("vigie::reports", "Kind of action"), &CompanyYear::actionsByCode, &actionLabel);
    h += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse: collapse;\"><tr>")
             .arg(QCoreApplication::translate("vigie::reports", "Company sheets validated").toHtmlEscaped());
    for (const CompanyYear& y : d.years)
        h += QStringLiteral("<th bgcolor=\"#e8eef5\">%1</th>").arg(y.year);
    h += QStringLiteral("</tr><tr>");
    for (const CompanyYear& y : d.years)
        h += QStringLiteral("<td align=\"right\">%1</td>").arg(QLocale().toString(y.sheets)); // about the company, not people
    h += QStringLiteral("</tr></table><p><small>%1</small></p>")
             .arg(QCoreApplication::translate("vigie::reports", "To protect the workers' privacy, a count from 1 to 4 reads “< 5”; when a total would reveal it, another "
                     "cell of the same year reads “hidden”.")
                      .toHtmlEscaped());
    doc.html = h;
    doc.headerLeft = d.serviceName;
    doc.headerRight = d.name;
    doc.footer = QCoreApplication::translate("vigie::reports", "Aggregated figures — no worker can be identified");
    return doc;
}

} // namespace vigie::reports
