#include "scheduling/print/FollowUpPrinter.h"
#include "scheduling/DueVisit.h"

#include "membership/print/DocumentPrinter.h"

#include <QCoreApplication>

#include <functional>

namespace vigie::scheduling {

namespace {

QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString dateText(const std::optional<QDate>& d) { return d ? d->toString(QStringLiteral("dd/MM/yyyy")) : QString(); }
// A name never breaks across two lines of its cell (non-breaking spaces), so that it reads, and
// searches, as one.
QString unbroken(const QString& s)
{
    QString out = s;
    return out.replace(QLatin1Char(' '), QChar(0x00A0));
}

} // namespace

QString followUpSummary(const CompanyFollowUp& view)
{
    return QCoreApplication::translate("vigie::scheduling", "%n worker(s), %1 % up to date (%2 due by %3, %4 overdue)", "", int(view.workers.size()))
        .arg(view.upToDatePercent())
        .arg(view.count(WorkerState::Due))
        .arg(view.horizon.toString(QStringLiteral("dd/MM/yyyy")))
        .arg(view.count(WorkerState::Overdue));
}

membership::PrintableDocument followUpDocument(const CompanyFollowUp& view, const ServiceLetterhead& service)
{
    const QString date = view.today.toString(QStringLiteral("dd/MM/yyyy"));
    membership::PrintableDocument doc;
    doc.title = QCoreApplication::translate("vigie::scheduling", "Individual follow-up status: %1").arg(view.company.name);
    doc.headerLeft = service.name;
    doc.headerRight = QCoreApplication::translate("vigie::scheduling", "Individual follow-up status on %1").arg(date);
    QStringList footer{service.name};
    if (!service.address.isEmpty())
        footer << service.address;
    doc.footer = footer.join(QStringLiteral(" — "));

    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("vigie::scheduling", "Individual follow-up status")));
    html += QStringLiteral("<p><b>%1</b> — %2 %3<br/>%4</p>")
                .arg(esc(view.company.name), esc(QCoreApplication::translate("vigie::scheduling", "SIREN")), esc(view.company.siren), esc(QCoreApplication::translate("vigie::scheduling", "Situation on %1").arg(date)));
    // One establishment (the usual case): named once above the table, which gets its column's width.
    QStringList establishments;
    for (const WorkerFollowUp& w : view.workers)
        if (!establishments.contains(w.establishmentName))
            establishments << w.establishmentName;
    const bool establishmentColumn = establishments.size() > 1;
    if (establishments.size() == 1)
        html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::scheduling", "Establishment: %1").arg(establishments.first())));
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(followUpSummary(view)));

    // The table: small type and fixed column shares, so that the columns fit the width of an A4 page
    // and a name or a date never breaks in the middle.
    struct Column {
        const char* title;
        int width; // percent of the page's width
        std::function<QString(const WorkerFollowUp&)> cell; // HTML
    };
    QList<Column> columns{
        {QT_TRANSLATE_NOOP("vigie::scheduling", "Worker"), 21, [](const WorkerFollowUp& w) { return esc(unbroken(w.workerName)); }},
        {QT_TRANSLATE_NOOP("vigie::scheduling", "Category"), 9, [](const WorkerFollowUp& w) { return codeOf(w.category); }},
        {QT_TRANSLATE_NOOP("vigie::scheduling", "Last visit"), 16,
         [](const WorkerFollowUp& w) {
             return w.lastVisit ? esc(dateText(w.lastVisit)) + QStringLiteral("<br/>") + esc(w.lastVisitKind ? visitTitle(*w.lastVisitKind) : QString())
                                : esc(QCoreApplication::translate("vigie::scheduling", "none recorded"));
         }},
        {QT_TRANSLATE_NOOP("vigie::scheduling", "Next deadline"), 11,
         [](const WorkerFollowUp& w) { return esc(w.next ? dateText(w.next->deadline) : QString()); }},
        {QT_TRANSLATE_NOOP("vigie::scheduling", "Reason"), 20,
         [](const WorkerFollowUp& w) {
             return w.next ? esc(visitTitle(w.next->kind)) + QStringLiteral(" (") + esc(basisText(w.next->basis)) + QLatin1Char(')') : QString();
         }},
        // Overdue: the state says it in bold words (a black-and-white print loses the colour).
        {QT_TRANSLATE_NOOP("vigie::scheduling", "State"), 12,
         [](const WorkerFollowUp& w) {
             const QString text = esc(workerStateText(w.state));
             return w.state == WorkerState::Overdue ? QStringLiteral("<b>%1</b>").arg(text) : text;
         }},
        {QT_TRANSLATE_NOOP("vigie::scheduling", "Next appointment"), 11,
         [](const WorkerFollowUp& w) { return esc(w.nextAppointment ? dateText(w.nextAppointment) : QString()); }},
    };
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" style=\"border-collapse:collapse\">"
                           "<thead><tr style=\"background-color:#e8e8e8\">");
    for (const Column& c : columns)
        html += QStringLiteral("<th align=\"left\" width=\"%1%\" style=\"font-size:7pt\">%2</th>")
                    .arg(c.width)
                    .arg(esc(QCoreApplication::translate("vigie::scheduling", c.title)));
    html += QStringLiteral("</tr></thead>");
    // Several establishments: the rows grouped under a line naming each (a column would squeeze the
    // others until names break), in the order of their first worker.
    QList<const WorkerFollowUp*> rows;
    for (const QString& establishment : std::as_const(establishments))
        for (const WorkerFollowUp& w : view.workers)
            if (w.establishmentName == establishment)
                rows << &w;
    QString shownEstablishment;
    for (const WorkerFollowUp* row : std::as_const(rows)) {
        const WorkerFollowUp& w = *row;
        if (establishmentColumn && w.establishmentName != shownEstablishment) {
            shownEstablishment = w.establishmentName;
            html += QStringLiteral("<tr style=\"background-color:#f3f3f3\"><td colspan=\"%1\" style=\"font-size:8pt\"><b>%2</b></td></tr>")
                        .arg(columns.size())
                        .arg(esc(QCoreApplication::translate("vigie::scheduling", "Establishment: %1").arg(shownEstablishment)));
        }
        // Overdue lines in red.
        const QString cellStyle = w.state == WorkerState::Overdue ? QStringLiteral(" style=\"font-size:8pt; color:#a40000\"")
                                                                  : QStringLiteral(" style=\"font-size:8pt\"");
        html += QStringLiteral("<tr>");
        for (const Column& c : columns)
            html += QStringLiteral("<td%1>%2</td>").arg(cellStyle, c.cell(w));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"font-size:8pt\">%1</p>")
                .arg(esc(QCoreApplication::translate("vigie::scheduling", "This status holds no medical information: only the dates and kinds of the visits of the individual "
                            "follow-up (medical secrecy, article L1110-4 of the Public Health Code). \"Up to date\": no statutory "
                            "visit overdue (articles R4624-10 to R4624-28 of the Labour Code).")));
    doc.html = html;
    return doc;
}

core::Status printFollowUp(const CompanyFollowUp& view, const ServiceLetterhead& service, const QString& path)
{
    return membership::printPdf(followUpDocument(view, service), path);
}

} // namespace vigie::scheduling
