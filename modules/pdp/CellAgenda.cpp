#include "pdp/CellAgenda.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace vigie::pdp {

namespace {
QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString day(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }
} // namespace

membership::PrintableDocument cellAgendaDocument(const CellAgendaData& data)
{
    const bool minutes = !data.minutes.isEmpty();
    int meetings = 0;
    QHash<QString, QStringList> decided; // case id → its decisions of the day, in order
    for (const MinuteLine& m : data.minutes) {
        meetings = std::max(meetings, m.meeting);
        decided[m.caseId] << m.decision;
    }
    membership::PrintableDocument doc;
    doc.title = minutes ? QCoreApplication::translate("vigie::pdp", "Job-retention cell — minutes of %1").arg(day(data.meetingDate))
                        : QCoreApplication::translate("vigie::pdp", "Job-retention cell — agenda of %1").arg(day(data.meetingDate));
    doc.headerLeft = data.serviceName;
    doc.headerRight = doc.title;
    doc.footer = QCoreApplication::translate("vigie::pdp", "Confidential — for the members of the job-retention cell (L4622-8-1). No medical information.");
    QString html = QStringLiteral("<h1 style=\"font-size:16pt\">%1</h1>").arg(esc(doc.title));
    html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::pdp", "Cases to review: %1. New flags from work stoppages: %2.")
                                                     .arg(data.items.size())
                                                     .arg(data.flags.size())));
    html += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>").arg(esc(QCoreApplication::translate("vigie::pdp", "Cases to review")));
    if (data.items.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::pdp", "No case to review.")));
    } else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">"
                               "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th>"
                               "<th align=\"left\">%5</th></tr>")
                    .arg(esc(QCoreApplication::translate("vigie::pdp", "Worker")), esc(QCoreApplication::translate("vigie::pdp", "Establishment")), esc(QCoreApplication::translate("vigie::pdp", "Reason")), esc(QCoreApplication::translate("vigie::pdp", "Last step")),
                         esc(minutes ? QCoreApplication::translate("vigie::pdp", "Decision") : QCoreApplication::translate("vigie::pdp", "Decision (to fill in)")));
        for (const AgendaItem& i : data.items)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3<br/>%4</td><td>%5</td><td>%6</td></tr>")
                        .arg(esc(i.workerName), esc(i.establishment), esc(i.reason), esc(day(i.date)), esc(i.lastStep),
                             decided.value(i.caseId).isEmpty() ? QString() : esc(decided.value(i.caseId).join(QChar(0x2029))).replace(QChar(0x2029), QStringLiteral("<br/>")));
        html += QStringLiteral("</table>");
    }
    if (minutes) {
        html += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>")
                    .arg(esc(meetings == 1 ? QCoreApplication::translate("vigie::pdp", "Minutes of the meeting")
                                         : QCoreApplication::translate("vigie::pdp", "Minutes of the %1 meetings of the day").arg(meetings)));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">"
                               "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                    .arg(esc(QCoreApplication::translate("vigie::pdp", "Meeting")), esc(QCoreApplication::translate("vigie::pdp", "Worker")),
                         esc(QCoreApplication::translate("vigie::pdp", "Decision")));
        for (const MinuteLine& m : data.minutes)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(QCoreApplication::translate("vigie::pdp", "Meeting %1").arg(m.meeting)), esc(m.workerName), esc(m.decision));
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>").arg(esc(QCoreApplication::translate("vigie::pdp", "New flags: work stoppages of more than 30 days")));
    if (data.flags.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::pdp", "No new flag.")));
    } else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">"
                               "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                    .arg(esc(QCoreApplication::translate("vigie::pdp", "Worker")), esc(QCoreApplication::translate("vigie::pdp", "Off work since")), esc(QCoreApplication::translate("vigie::pdp", "Proposal")));
        for (const Flag& f : data.flags)
            html += QStringLiteral("<tr><td>%1</td><td>%2 (%3)</td><td>%4</td></tr>")
                        .arg(esc(f.workerName), esc(day(f.first)),
                             esc(f.last ? QCoreApplication::translate("vigie::pdp", "back on %1").arg(day(f.last->addDays(1))) : QCoreApplication::translate("vigie::pdp", "%n day(s)", nullptr, int(f.days))),
                             esc(QCoreApplication::translate("vigie::pdp", "Liaison meeting and pre-return visit to offer")));
        html += QStringLiteral("</table>");
    }
    doc.html = html;
    return doc;
}

} // namespace vigie::pdp
