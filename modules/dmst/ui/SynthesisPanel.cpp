#include "dmst/ui/SynthesisPanel.h"

#include "dmst/VisitDocument.h"
#include "security/Session.h"
#include "ui/IdentityBanner.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace vigie::dmst {

namespace {
QString day(const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }
QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString heading(const QString& title) { return QStringLiteral("<h3 style=\"margin:10px 0 4px 0; color:#12355b\">%1</h3>").arg(esc(title)); }
QString muted(const QString& text) { return QStringLiteral("<p style=\"color:#5f6b7a; margin:2px 0\">%1</p>").arg(esc(text)); }
QString list(const QStringList& items)
{
    QString out = QStringLiteral("<ul style=\"margin:0 0 0 -20px\">");
    for (const QString& i : items)
        out += QStringLiteral("<li>%1</li>").arg(i);
    return out + QStringLiteral("</ul>");
}
} // namespace

SynthesisPanel::SynthesisPanel(security::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_view = new QTextBrowser(this);
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setTabChangesFocus(true);
    m_view->setAccessibleName(tr("Synthesis of the record"));
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
}

QString SynthesisPanel::text() const { return m_view->toPlainText(); }

void SynthesisPanel::setWorker(const QString& workerId)
{
    m_workerId = workerId;
    refresh();
}

void SynthesisPanel::clear()
{
    m_workerId.clear();
    m_synthesis = RecordSynthesis{};
    m_view->clear();
}

void SynthesisPanel::refresh()
{
    m_synthesis = RecordSynthesis{};
    if (m_workerId.isEmpty()) {
        m_view->clear();
        return;
    }
    auto synthesis = SynthesisStore::of(m_session, m_workerId);
    if (!synthesis) {
        m_view->setHtml(QStringLiteral("<p style=\"color:#b42318\"><b>%1</b></p>").arg(esc(synthesis.error().message)));
        return;
    }
    m_synthesis = synthesis.value();
    m_view->setHtml(html());
}

QString SynthesisPanel::html() const
{
    const RecordSynthesis& s = m_synthesis;
    const QDate today = m_session.clock().today();
    QString out;
    if (!s.alerts.isEmpty()) {
        QStringList items;
        for (const SynthesisAlert& a : s.alerts)
            items << QStringLiteral("<span style=\"color:#b42318\"><b>%1</b></span>").arg(esc(a.text));
        out += heading(tr("Alerts")) + list(items);
    }
    if (s.identity) {
        const WorkerIdentity& w = *s.identity;
        out += heading(tr("Identity"));
        QString name = QStringLiteral("<b>%1</b> %2").arg(esc(ui::nameInCapitals(w.birthName)), esc(w.birthFirstNames));
        if (!w.usedName.isEmpty())
            name += esc(tr(" (used name: %1)").arg(ui::nameInCapitals(w.usedName)));
        QStringList items{name, esc(tr("Born on %1 — %2").arg(day(w.birthDate), ui::sexText(w.sex))),
                          esc(tr("INS status: %1").arg(ui::insStatusText(ui::insStatusFromCode(w.insStatus))))};
        if (!w.insMatricule.isEmpty() && w.insStatus == QLatin1String("QUAL"))
            items << esc(tr("Matricule INS: %1").arg(w.insMatricule));
        out += list(items);
    }
    if (s.posts) {
        out += heading(tr("Current posts"));
        if (s.posts->isEmpty())
            out += muted(tr("No current post"));
        QStringList items;
        for (const SynthesisPost& p : *s.posts) {
            QString line = QStringLiteral("<b>%1</b> — %2 (%3) · <b>%4</b>")
                               .arg(esc(p.post), esc(p.establishment), esc(tr("since %1").arg(day(p.start))), esc(p.category));
            if (!p.reason.isEmpty())
                line += esc(p.decided ? tr(" — physician's decision: %1").arg(p.reason) : QStringLiteral(" — %1").arg(p.reason));
            items << line;
        }
        out += list(items);
    }
    if (s.exposures) {
        out += heading(tr("Exposures"));
        if (s.exposures->isEmpty())
            out += muted(tr("No exposure recorded"));
        QStringList items;
        for (const Exposure& e : *s.exposures) {
            const bool current = !e.end.isValid() || e.end >= today;
            QString line = QStringLiteral("%1%2</b> — %3 · %4")
                               .arg(current ? QStringLiteral("<b>") : QStringLiteral("<b style=\"color:#5f6b7a\">"),
                                    esc(e.label.isEmpty() ? e.code : e.label), esc(intensityText(e.intensity)),
                                    esc(current ? tr("current, since %1").arg(day(e.start)) : tr("past, %1 to %2").arg(day(e.start), day(e.end))));
            if (!e.l4161Label.isEmpty())
                line += esc(tr(" · L4161-1 factor: %1").arg(e.l4161Label));
            line += esc(QStringLiteral(" · ") + exposureSourceText(e.source));
            items << line;
        }
        out += list(items);
    }
    if (s.due) {
        out += heading(tr("Next due visits"));
        if (s.due->isEmpty())
            out += muted(tr("No visit due"));
        QStringList items;
        for (const SynthesisDue& d : *s.due) {
            QString when = d.earliest.isValid() ? tr("between %1 and %2").arg(day(d.earliest), day(d.latest)) : tr("by %1").arg(day(d.latest));
            QString line = QStringLiteral("<b>%1</b> — %2").arg(esc(d.kindLabel), esc(when));
            if (d.overdue)
                line += QStringLiteral(" <span style=\"color:#b42318\"><b>%1</b></span>").arg(esc(tr("overdue")));
            if (d.physicianOnly)
                line += esc(tr(" · by the occupational physician"));
            if (!d.basis.isEmpty())
                line += esc(QStringLiteral(" (%1)").arg(d.basis));
            items << line;
        }
        out += list(items);
    }
    if (s.conclusions) {
        out += heading(tr("Last conclusions"));
        if (s.conclusions->isEmpty())
            out += muted(tr("No closed consultation"));
        QStringList items;
        for (const ConsultationSummary& c : *s.conclusions)
            items << QStringLiteral("<b>%1</b> · %2 · %3 — %4")
                         .arg(esc(day(c.visitDate)), esc(c.kind), esc(c.professionalName),
                              esc(c.conclusion.isEmpty() ? tr("no conclusion written") : c.conclusion));
        out += list(items);
    }
    if (s.documents) {
        out += heading(tr("Last documents"));
        if (s.documents->isEmpty())
            out += muted(tr("No document"));
        QStringList items;
        for (const StoredDocument& d : *s.documents)
            items << QStringLiteral("<b>%1</b> · %2 · %3")
                         .arg(esc(day(d.issuedOn)), esc(documentKindTitle(d.kind)), esc(d.signedDocument ? tr("signed") : tr("draft")));
        out += list(items);
    }
    if (s.pdp) {
        out += heading(tr("Job retention (PDP)"));
        if (!*s.pdp) {
            out += muted(tr("No open case"));
        } else {
            const SynthesisPdp& p = **s.pdp;
            QString line = tr("Case open since %1, followed by %2").arg(day(p.opened), p.inCharge);
            if (p.nextReview.isValid())
                line += tr(" — next review on %1").arg(day(p.nextReview));
            out += list({QStringLiteral("<b>%1</b>").arg(esc(line))});
        }
    }
    for (const QString& refusal : s.refusals)
        out += muted(refusal);
    return out;
}

} // namespace vigie::dmst
