#include "pdp/print/ReturnSummaryPrint.h"

#include "dmst/DocumentStore.h"
#include "membership/print/DocumentPrinter.h"
#include "pdp/PdpStore.h"
#include "security/PolicyStore.h"
#include "storage/AuditTrail.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie::pdp {

namespace {
QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString day(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }
} // namespace

core::Status printReturnSummary(security::Session& session, const QString& caseId, const QString& path)
{
    auto detail = PdpStore::detail(session, caseId);
    if (!detail)
        return detail.error();
    const CaseDetail& d = detail.value();
    if (core::Status s = security::PolicyStore::require(session, security::Action::Export, d.summary.workerId, 5); !s)
        return s;
    auto documents = dmst::DocumentStore::list(session, d.summary.workerId);
    if (!documents)
        return documents.error();
    QList<dmst::StoredDocument> proposals;
    for (const dmst::StoredDocument& doc : documents.value())
        if (doc.kind == dmst::DocumentKind::Adjustment && doc.signedDocument && doc.supersededBy.isEmpty())
            proposals << doc;
    std::sort(proposals.begin(), proposals.end(), [](const auto& a, const auto& b) { return a.issuedOn < b.issuedOn; });
    auto service = PdpStore::serviceName(session);
    if (!service)
        return service.error();

    membership::PrintableDocument out;
    out.title = QCoreApplication::translate("vigie::pdp", "Return to the company — proposals of the occupational physician");
    out.headerLeft = service.value();
    out.headerRight = d.summary.workerName;
    out.footer = QCoreApplication::translate("vigie::pdp", "For the employer (L4624-3). This document holds no information on the worker's health.");
    QString html = QStringLiteral("<h1 style=\"font-size:16pt\">%1</h1>").arg(esc(out.title));
    html += QStringLiteral("<p><b>%1</b> — %2</p>").arg(esc(d.summary.workerName), esc(d.summary.establishment));
    if (d.returnedOn)
        html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::pdp", "Back at work on %1.").arg(day(*d.returnedOn))));
    html += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>").arg(esc(QCoreApplication::translate("vigie::pdp", "Proposals of adjustment (annexe 4)")));
    if (proposals.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::pdp", "No signed proposal.")));
    for (const dmst::StoredDocument& p : std::as_const(proposals)) {
        html += QStringLiteral("<h3 style=\"font-size:11pt\">%1</h3>")
                    .arg(esc(QCoreApplication::translate("vigie::pdp", "Proposal of %1").arg(day(p.issuedOn))));
        if (!p.content.posts.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::pdp", "Post: %1").arg(p.content.posts.join(QStringLiteral(", ")))));
        if (!p.content.measureLabels.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const QString& m : p.content.measureLabels)
                html += QStringLiteral("<li>%1</li>").arg(esc(m));
            html += QStringLiteral("</ul>");
        }
        if (!p.content.conclusion.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(p.content.conclusion).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    html += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>").arg(esc(QCoreApplication::translate("vigie::pdp", "Follow-up with the company")));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">"
                           "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                .arg(esc(QCoreApplication::translate("vigie::pdp", "Date")), esc(QCoreApplication::translate("vigie::pdp", "Step")));
    for (const StepRow& s : d.steps) {
        QString what = titleOf(s.step.kind);
        if (s.step.end)
            what += QCoreApplication::translate("vigie::pdp", " (until %1)").arg(day(*s.step.end));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(day(s.step.date)), esc(what));
    }
    html += QStringLiteral("</table>");
    if (d.summary.closed && d.summary.outcome)
        html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::pdp", "Outcome: %1").arg(titleOf(*d.summary.outcome))));
    out.html = html;
    if (core::Status s = membership::printPdf(out, path); !s)
        return s;
    return session.audit(storage::AuditEvent{{}, {}, QStringLiteral("print"), QStringLiteral("pdp.return_summary"), d.summary.workerId, 5,
                                             QStringLiteral("allowed"),
                                             QStringLiteral("case=%1 proposals=%2").arg(caseId).arg(proposals.size())});
}

} // namespace vigie::pdp
