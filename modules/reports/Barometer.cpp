#include "reports/Barometer.h"

#include <QCoreApplication>

namespace vigie::reports {

namespace {

QString groupHtml(const BarometerGroup& g, bool own)
{
    const Breakdown branch = publish(g.branch, g.labelOf);
    const Breakdown mine = publish(g.own, g.labelOf);
    QString h = QStringLiteral("<h3>%1</h3>").arg(g.name.toHtmlEscaped());
    if (!g.note.isEmpty())
        h += QStringLiteral("<p><small>%1</small></p>").arg(g.note.toHtmlEscaped());
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse: collapse;\"><tr>"
                        "<th align=\"left\" bgcolor=\"#e8eef5\"></th>");
    if (own)
        h += QStringLiteral("<th align=\"right\" bgcolor=\"#e8eef5\">%1</th>").arg(QCoreApplication::translate("vigie::reports", "The company").toHtmlEscaped());
    h += QStringLiteral("<th align=\"right\" bgcolor=\"#e8eef5\">%1</th></tr>").arg(QCoreApplication::translate("vigie::reports", "Its branch").toHtmlEscaped());
    for (int i = 0; i < branch.rows.size(); ++i) {
        h += QStringLiteral("<tr><td>%1</td>").arg(branch.rows.at(i).label.toHtmlEscaped());
        if (own)
            h += QStringLiteral("<td align=\"right\">%1</td>").arg(i < mine.rows.size() ? mine.rows.at(i).count.text().toHtmlEscaped() : QString());
        h += QStringLiteral("<td align=\"right\">%1</td></tr>").arg(branch.rows.at(i).count.text().toHtmlEscaped());
    }
    h += QStringLiteral("<tr><td><b>%1</b></td>").arg(QCoreApplication::translate("vigie::reports", "Total").toHtmlEscaped());
    if (own)
        h += QStringLiteral("<td align=\"right\"><b>%1</b></td>").arg(mine.total.text().toHtmlEscaped());
    return h + QStringLiteral("<td align=\"right\"><b>%1</b></td></tr></table>").arg(branch.total.text().toHtmlEscaped());
}
} // namespace

membership::PrintableDocument barometerDocument(const BarometerData& d)
{
    membership::PrintableDocument doc;
    const bool own = showsOwnFigures(d);
    doc.title = QCoreApplication::translate("vigie::reports", "Barometer %1 — %2").arg(d.year).arg(d.name);
    QString h = QStringLiteral("<h1>%1</h1>").arg(doc.title.toHtmlEscaped());
    h += QStringLiteral("<p>%1</p>")
             .arg(QCoreApplication::translate("vigie::reports", "Branch: the %1 member establishments of NAF division %2 in the service, %3 followed workers at 31 December %4.")
                      .arg(Count::of(d.branchEstablishments).text(), d.division, Count::of(d.branchWorkers).text())
                      .arg(d.year)
                      .toHtmlEscaped());
    if (own)
        h += QStringLiteral("<p>%1</p>")
                 .arg(QCoreApplication::translate("vigie::reports", "The company: %1 followed workers at 31 December %2.").arg(Count::of(d.ownWorkers).text()).arg(d.year).toHtmlEscaped());
    else
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(QCoreApplication::translate("vigie::reports", "The company has fewer than %1 followed workers: its own figures are not shown, only its branch's.")
                          .arg(d.minimumWorkers)
                          .toHtmlEscaped());
    for (const BarometerGroup& g : d.groups)
        h += groupHtml(g, own);
    if (!d.healthNotComputed.isEmpty())
        h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(QCoreApplication::translate("vigie::reports", "Health data by body system").toHtmlEscaped(), d.healthNotComputed.toHtmlEscaped());
    h += QStringLiteral("<p><small>%1</small></p>")
             .arg(QCoreApplication::translate("vigie::reports", "Never a name. A count from 1 to 4 reads “< 5”; when a total would reveal it, another cell of the same table reads "
                     "“hidden”.")
                      .toHtmlEscaped());
    doc.html = h;
    doc.headerLeft = d.serviceName;
    doc.headerRight = QCoreApplication::translate("vigie::reports", "Barometer %1").arg(d.year);
    doc.footer = QCoreApplication::translate("vigie::reports", "Aggregated figures — no worker can be identified");
    return doc;
}

} // namespace vigie::reports
