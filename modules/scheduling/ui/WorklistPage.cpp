#include "scheduling/ui/WorklistPage.h"

#include "ui/ListTable.h"
#include "scheduling/AgendaStore.h"
#include "scheduling/Convocation.h"
#include "scheduling/DemandStore.h"
#include "scheduling/DueVisit.h"
#include "scheduling/ui/TeamProtocolDialog.h"
#include "scheduling/ui/VisitRequestDialog.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::scheduling {

namespace {

// The worklist's tables: several rows at once (accept or refuse a selection), one line per row.
QTableWidget* makeWorkTable(const QStringList& headers, QWidget* parent)
{
    QTableWidget* t = ui::makeListTable(headers, parent, QAbstractItemView::ExtendedSelection);
    t->setWordWrap(false);
    return t;
}

QString dateText(QDate d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

QString performerText(Performer p)
{
    return p == Performer::Mt ? QCoreApplication::translate("vigie::scheduling", "Occupational physician")
                              : QCoreApplication::translate("vigie::scheduling", "Health professional");
}

void setRow(QTableWidget* t, int row, const QStringList& cells, const QColor& tint = QColor())
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c)); // long explanations are clipped in the column
        if (tint.isValid())
            item->setBackground(tint);
        t->setItem(row, c, item);
    }
}

} // namespace

WorklistPage::WorklistPage(security::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Visits to plan</h2>"), this);
    layout->addWidget(title);

    auto* bar = new QHBoxLayout;
    const QDate today = session.clock().today();
    m_from = new QDateEdit(today.addDays(1), this);
    m_to = new QDateEdit(today.addDays(14), this);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    auto* proposeButton = new QPushButton(tr("&Propose appointments"), this);
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(proposeButton);
    // The periodicities the worklist and the planner use: the team physician's protocol.
    auto* protocolButton = new QPushButton(tr("Team pro&tocol…"), this);
    protocolButton->setToolTip(tr("The periodicities of the team's protocol (Ctrl+Shift+P)"));
    protocolButton->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    bar->addWidget(protocolButton);
    connect(protocolButton, &QPushButton::clicked, this, &WorklistPage::editProtocol);
    bar->addStretch();
    auto* requestButton = new QPushButton(tr("&New request (Ctrl+N)"), this);
    bar->addWidget(requestButton);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    const QStringList demandHeaders{tr("Deadline"), tr("Worker"), tr("Visit"), tr("By"), tr("Basis"), tr("Source")};
    m_toPlan = makeWorkTable(demandHeaders, this);
    m_overdue = makeWorkTable(demandHeaders, this);
    m_proposals = makeWorkTable({tr("Day"), tr("Time"), tr("Professional"), tr("Place"), tr("Worker"), tr("Visit"), tr("Deadline"), tr("Why")}, this);
    m_toConfirm = makeWorkTable({tr("Day"), tr("Time"), tr("Professional"), tr("Worker"), tr("Visit"), tr("Deadline")}, this);

    auto* proposalsPage = new QWidget(this);
    auto* pl = new QVBoxLayout(proposalsPage);
    pl->addWidget(m_proposals);
    auto* pb = new QHBoxLayout;
    m_accept = new QPushButton(tr("&Accept selected"), proposalsPage);
    m_refuse = new QPushButton(tr("&Refuse selected"), proposalsPage);
    pb->addWidget(m_accept);
    pb->addWidget(m_refuse);
    pb->addStretch();
    pl->addLayout(pb);

    auto* confirmPage = new QWidget(this);
    auto* cl = new QVBoxLayout(confirmPage);
    cl->addWidget(m_toConfirm);
    m_confirm = new QPushButton(tr("&Confirm selected"), confirmPage);
    auto* cb = new QHBoxLayout;
    cb->addWidget(m_confirm);
    cb->addStretch();
    cl->addLayout(cb);

    m_tabs->addTab(m_overdue, tr("Overdue"));
    m_tabs->addTab(m_toPlan, tr("To plan"));
    m_tabs->addTab(proposalsPage, tr("Proposals"));
    m_tabs->addTab(confirmPage, tr("To confirm"));
    layout->addWidget(m_tabs, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(proposeButton, &QPushButton::clicked, this, &WorklistPage::propose);
    connect(requestButton, &QPushButton::clicked, this, &WorklistPage::newRequest);
    auto* requestKey = new QShortcut(QKeySequence::New, this);
    requestKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(requestKey, &QShortcut::activated, this, &WorklistPage::newRequest);
    connect(m_accept, &QPushButton::clicked, this, &WorklistPage::acceptSelected);
    connect(m_refuse, &QPushButton::clicked, this, &WorklistPage::refuseSelected);
    connect(m_confirm, &QPushButton::clicked, this, &WorklistPage::confirmSelected);
    reload();
}

void WorklistPage::showError(const QString& message)
{
    m_status->setText(QStringLiteral("<span style=\"color:#a40000\">%1</span>").arg(message.toHtmlEscaped()));
}

void WorklistPage::reload()
{
    auto teams = AgendaStore::teamsToPlan(m_session);
    if (!teams)
        return showError(teams.error().message);
    const QDate today = m_session.clock().today();
    auto demands = DemandStore::load(m_session, teams.value(), today, m_to->date().addMonths(1));
    if (!demands)
        return showError(demands.error().message);
    m_demands = demands.value();
    std::sort(m_demands.begin(), m_demands.end(), [today](const Demand& a, const Demand& b) { return plannerOrder(a, b, today); });
    fillDemands();
    auto planned = AppointmentStore::between(m_session, today, today.addDays(30));
    if (!planned)
        return showError(planned.error().message);
    m_planned.clear();
    for (const Appointment& a : planned.value())
        if (a.status == AppointmentStatus::Planned)
            m_planned << a;
    fillToConfirm();
    int overdue = 0;
    for (const Demand& d : std::as_const(m_demands))
        overdue += d.latest < today ? 1 : 0;
    m_status->setText(tr("%1 visit(s) to plan, %2 overdue, %3 appointment(s) to confirm")
                          .arg(m_demands.size())
                          .arg(overdue)
                          .arg(m_planned.size()));
}

void WorklistPage::fillDemands()
{
    const QDate today = m_session.clock().today();
    m_toPlan->setRowCount(0);
    m_overdue->setRowCount(0);
    for (const Demand& d : std::as_const(m_demands)) {
        QTableWidget* t = d.latest < today ? m_overdue : m_toPlan;
        const int row = t->rowCount();
        t->insertRow(row);
        const QString deadline = d.earliest ? tr("%1 to %2").arg(dateText(*d.earliest), dateText(d.latest)) : dateText(d.latest);
        const QString source = d.requestId.isEmpty() ? tr("Follow-up rules") : tr("Request of %1").arg(dateText(d.requestedOn));
        const QColor tint = d.latest < today ? QColor(0xfd, 0xe2, 0xe1) : (legallyCritical(d) ? QColor(0xff, 0xf4, 0xd6) : QColor());
        setRow(t, row, {deadline, d.workerName, visitTitle(d.kind), performerText(d.performer), basisText(d.basis), source}, tint);
    }
    for (QTableWidget* t : {m_toPlan, m_overdue})
        t->resizeColumnsToContents();
    m_tabs->setTabText(0, tr("Overdue (%1)").arg(m_overdue->rowCount()));
    m_tabs->setTabText(1, tr("To plan (%1)").arg(m_toPlan->rowCount()));
}

void WorklistPage::propose()
{
    auto teams = AgendaStore::teamsToPlan(m_session);
    if (!teams)
        return showError(teams.error().message);
    const QDate today = m_session.clock().today();
    const QDate from = std::max(m_from->date(), today.addDays(1));
    auto agendas = AgendaStore::load(m_session, teams.value(), from, m_to->date());
    if (!agendas)
        return showError(agendas.error().message);
    m_agendas = agendas.value();
    const Plan plan = planVisits(m_agendas, PlanRequest{today, from, m_to->date(), m_demands});
    m_plan = plan.proposals;
    fillProposals();
    m_tabs->setCurrentIndex(2);
    m_status->setText(tr("%1 proposal(s), %2 within the deadline, %3 not placed")
                          .arg(plan.proposals.size())
                          .arg(plan.withinDeadline())
                          .arg(plan.unplaced.size()));
}

void WorklistPage::fillProposals()
{
    m_proposals->setRowCount(0);
    for (const Proposal& p : std::as_const(m_plan)) {
        const int row = m_proposals->rowCount();
        m_proposals->insertRow(row);
        const Professional* pro = m_agendas.professional(p.professionalId);
        const Place* place = m_agendas.place(p.placeId);
        setRow(m_proposals, row,
               {dateText(p.day), clockText(p.start) + QStringLiteral(" – ") + clockText(p.end), pro ? pro->name : p.professionalId,
                place ? place->name : p.placeId, p.demand.workerName, visitTitle(p.demand.kind), dateText(p.demand.latest), p.explanation},
               p.withinDeadline ? QColor() : QColor(0xfd, 0xe2, 0xe1));
    }
    m_proposals->resizeColumnsToContents();
    m_tabs->setTabText(2, tr("Proposals (%1)").arg(m_plan.size()));
}

void WorklistPage::fillToConfirm()
{
    m_toConfirm->setRowCount(0);
    for (const Appointment& a : std::as_const(m_planned)) {
        const int row = m_toConfirm->rowCount();
        m_toConfirm->insertRow(row);
        setRow(m_toConfirm, row,
               {dateText(a.day), clockText(a.start) + QStringLiteral(" – ") + clockText(a.end), a.professionalName, a.workerName,
                visitTitle(a.kind), dateText(a.dueBy)});
    }
    m_toConfirm->resizeColumnsToContents();
    m_tabs->setTabText(3, tr("To confirm (%1)").arg(m_planned.size()));
}

QList<int> WorklistPage::selectedRows(QTableWidget* table) const
{
    QList<int> rows;
    for (const QModelIndex& i : table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void WorklistPage::acceptSelected()
{
    QList<Proposal> chosen;
    const QList<int> rows = selectedRows(m_proposals);
    for (int r : rows)
        chosen << m_plan.at(r);
    if (chosen.isEmpty())
        return;
    auto booked = AppointmentStore::accept(m_session, chosen);
    if (!booked)
        return showError(booked.error().message);
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_plan.removeAt(*it);
    fillProposals();
    const QString done = tr("%1 appointment(s) booked").arg(booked.value().size());
    reload();
    m_status->setText(done + QStringLiteral(" — ") + m_status->text());
}

void WorklistPage::refuseSelected()
{
    // A refused proposal is simply not booked: the visit stays to plan.
    const QList<int> rows = selectedRows(m_proposals);
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_plan.removeAt(*it);
    fillProposals();
}

void WorklistPage::confirmSelected()
{
    for (int r : selectedRows(m_toConfirm))
        if (auto s = AppointmentStore::setStatus(m_session, m_planned.at(r).id, AppointmentStatus::Confirmed); !s)
            return showError(s.error().message);
    reload();
}

void WorklistPage::newRequest()
{
    VisitRequestDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_status->setText(tr("Request recorded") + QStringLiteral(" — ") + m_status->text());
}

void WorklistPage::clearPersonalData()
{
    m_demands.clear();
    m_plan.clear();
    m_planned.clear();
    for (QTableWidget* t : {m_toPlan, m_overdue, m_proposals, m_toConfirm})
        t->setRowCount(0);
    m_status->clear();
}

void WorklistPage::editProtocol()
{
    // Window-modal and not blocking; the worklist is computed anew when it closes (the due dates follow
    // the protocol).
    auto* dialog = new TeamProtocolDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &WorklistPage::reload);
    dialog->open();
}

} // namespace vigie::scheduling
