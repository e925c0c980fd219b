#include "scheduling/ui/WorklistPage.h"

#include "ui/RecordShortcut.h"
#include "ui/ListTable.h"
#include "ui/FrenchSort.h"
#include "scheduling/AgendaStore.h"
#include "scheduling/Convocation.h"
#include "scheduling/ConvocationStore.h"
#include "scheduling/DueVisit.h"
#include "scheduling/FollowUpStore.h"
#include "scheduling/ToPlan.h"
#include "scheduling/mail/MailSending.h"
#include "scheduling/print/ConvocationPrinter.h"
#include "scheduling/ui/TeamProtocolDialog.h"
#include "scheduling/ui/VisitRequestDialog.h"
#include "security/Session.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

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

// One row; `index` (into the page's list) rides on the first cell so that a sorted table still maps
// back; `keys` give the sort key of a cell (a date as ISO text), else it sorts by its text in French.
void setRow(QTableWidget* t, int row, int index, const QStringList& cells, const QList<QVariant>& keys = {},
            const QColor& tint = QColor())
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new ui::SortItem(cells.at(c), keys.value(c)); // tooltip: long texts are clipped in the column
        if (tint.isValid())
            item->setBackground(tint);
        if (c == 0)
            item->setData(Qt::UserRole, index);
        t->setItem(row, c, item);
    }
}

// Fills a table from empty, then sorts it again by the column the user chose (header click), if any;
// otherwise the rows keep the page's order (overdue first, by deadline: the planner's order).
struct Filling {
    explicit Filling(QTableWidget* t) : table(t) { t->setRowCount(0); }
    ~Filling()
    {
        table->resizeColumnsToContents();
        for (int c = 0; c + 1 < table->columnCount(); ++c)
            table->setColumnWidth(c, std::min(table->columnWidth(c), 320)); // long names elide, with their tooltip
        const int column = table->horizontalHeader()->sortIndicatorSection();
        if (column >= 0 && column < table->columnCount())
            table->sortItems(column, table->horizontalHeader()->sortIndicatorOrder());
    }
    QTableWidget* table;
};

// A click on a header sorts by that column (again: the other way); names in French order (SortItem).
void makeSortable(QTableWidget* t)
{
    QHeaderView* header = t->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    QObject::connect(header, &QHeaderView::sectionClicked, t, [t](int column) {
        t->sortItems(column, t->horizontalHeader()->sortIndicatorOrder());
    });
}

QString isoKey(QDate d) { return d.toString(Qt::ISODate); }

} // namespace

WorklistPage::WorklistPage(security::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Visits to plan</h2>"), this);
    layout->addWidget(title);

    auto* bar = new QHBoxLayout;
    const QDate today = session.clock().today();
    // From today: today's remaining hours can be offered (nothing before now: AgendaStore, Planner).
    m_from = new QDateEdit(today, this);
    m_to = new QDateEdit(today.addDays(14), this);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        e->setMinimumDate(today);
    }
    auto* proposeButton = new QPushButton(tr("&Propose appointments"), this);
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    bar->addWidget(fromLabel);
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

    // Filters: employer, team, professional, kind of visit.
    auto* filters = new QHBoxLayout;
    m_company = new QComboBox(this);
    m_team = new QComboBox(this);
    m_professional = new QComboBox(this);
    m_kind = new QComboBox(this);
    const std::pair<QComboBox*, QString> labelled[] = {{m_company, tr("E&mployer")}, {m_team, tr("T&eam")},
                                                       {m_professional, tr("Professiona&l")}, {m_kind, tr("&Visit")}};
    for (const auto& [box, text] : labelled) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16); // a long company name does not widen the page
        auto* label = new QLabel(text, this);
        label->setBuddy(box);
        filters->addWidget(label);
        filters->addWidget(box, 1);
    }
    layout->addLayout(filters);

    m_tabs = new QTabWidget(this);
    const QStringList demandHeaders{tr("Deadline"), tr("Worker"), tr("Employer"), tr("Visit"), tr("By"), tr("Basis"), tr("Source")};
    m_toPlan = makeWorkTable(demandHeaders, this);
    m_overdue = makeWorkTable(demandHeaders, this);
    m_proposals = makeWorkTable({tr("Day"), tr("Time"), tr("Professional"), tr("Place"), tr("Worker"), tr("Employer"), tr("Visit"),
                                 tr("Deadline"), tr("Why")},
                                this);
    m_toConfirm = makeWorkTable({tr("Day"), tr("Time"), tr("Professional"), tr("Worker"), tr("Employer"), tr("Visit"), tr("Deadline")}, this);
    for (QTableWidget* t : {m_toPlan, m_overdue, m_proposals, m_toConfirm}) {
        makeSortable(t);
        t->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(t, &QWidget::customContextMenuRequested, this, [this, t](const QPoint& pos) { showMenu(t, pos); });
    }

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
    // Double-click: the obvious action of each list.
    for (QTableWidget* t : {m_toPlan, m_overdue})
        connect(t, &QTableWidget::cellDoubleClicked, this, &WorklistPage::proposeSelected);
    connect(m_proposals, &QTableWidget::cellDoubleClicked, this, &WorklistPage::acceptSelected);
    connect(m_toConfirm, &QTableWidget::cellDoubleClicked, this, &WorklistPage::confirmSelected);
    // Issue 18: F4 opens the record of the worker of the current row, for the roles that read records.
    m_openRecord = ui::addOpenRecordAction(this, m_session.account().role, [this] { return selectedWorkerId(); });
    loadFilters();
    for (QComboBox* box : {m_company, m_team, m_professional, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &WorklistPage::applyFilters);
    reload();
}

void WorklistPage::showError(const QString& message)
{
    m_status->setText(QStringLiteral("<span style=\"color:#a40000\">%1</span>").arg(message.toHtmlEscaped()));
}

void WorklistPage::loadFilters()
{
    auto teams = AgendaStore::teamsToPlan(m_session);
    if (!teams)
        return showError(teams.error().message);
    const QDate today = m_session.clock().today();
    auto agendas = AgendaStore::load(m_session, teams.value(), today, today);
    if (agendas)
        m_agendas = agendas.value();
    m_employer.clear();
    m_teamEstablishments.clear();
    m_companyEstablishments.clear();
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    QList<std::pair<QString, QString>> teamNames;
    if (auto te = FollowUpStore::teamEstablishments(m_session, teams.value())) {
        for (const TeamEstablishment& t : te.value()) {
            m_employer.insert(t.establishmentId, t.establishmentName);
            m_teamEstablishments[t.teamId] << t.establishmentId;
            if (teamNames.isEmpty() || teamNames.last().first != t.teamId)
                teamNames.append({t.teamId, t.teamName});
        }
    }
    std::sort(teamNames.begin(), teamNames.end(), [](const auto& a, const auto& b) { return ui::frenchLess(a.second, b.second); });
    for (const auto& [id, name] : teamNames)
        if (m_team->findData(id) < 0)
            m_team->addItem(name, id);
    m_company->clear();
    m_company->addItem(tr("All employers"), QString());
    if (auto companies = FollowUpStore::companies(m_session)) {
        QList<Company> list = companies.value();
        std::sort(list.begin(), list.end(), [](const Company& a, const Company& b) { return ui::frenchLess(a.name, b.name); });
        for (const Company& c : list) {
            m_companyEstablishments.insert(c.id, c.establishmentIds);
            m_company->addItem(c.name, c.id);
            m_company->setItemData(m_company->count() - 1, tr("SIREN %1").arg(c.siren), Qt::ToolTipRole);
        }
    }
    m_professional->clear();
    m_professional->addItem(tr("All professionals"), QString());
    QList<Professional> pros = m_agendas.professionals;
    std::sort(pros.begin(), pros.end(), [](const Professional& a, const Professional& b) { return ui::frenchLess(a.name, b.name); });
    for (const Professional& p : pros)
        m_professional->addItem(p.name, p.id);
    m_kind->clear();
    m_kind->addItem(tr("All visits"), -1);
    for (VisitKind k : {VisitKind::Vip, VisitKind::VipRenewal, VisitKind::Ema, VisitKind::EmaRenewal, VisitKind::SirIntermediate,
                        VisitKind::Return, VisitKind::PreReturn, VisitKind::OnRequest, VisitKind::MidCareer, VisitKind::PostExposure})
        m_kind->addItem(visitTitle(k), int(k));
}

QString WorklistPage::employerOf(const QString& establishmentId) const
{
    return m_employer.value(establishmentId);
}

bool WorklistPage::demandShown(const Demand& d) const
{
    const QString company = m_company->currentData().toString();
    if (!company.isEmpty() && !m_companyEstablishments.value(company).contains(d.establishmentId))
        return false;
    const QString team = m_team->currentData().toString();
    if (!team.isEmpty() && !d.teamIds.contains(team))
        return false;
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0 && int(d.kind) != kind)
        return false;
    // A professional: the visits she may perform for her teams.
    if (const Professional* pro = m_agendas.professional(m_professional->currentData().toString())) {
        bool shared = false;
        for (const QString& t : pro->teamIds)
            shared = shared || d.teamIds.contains(t);
        if (!shared || !mayPerform(pro->kind, d.performer))
            return false;
    }
    return true;
}

bool WorklistPage::appointmentShown(const QString& establishmentId, const QString& professionalId, VisitKind kind) const
{
    const QString company = m_company->currentData().toString();
    if (!company.isEmpty() && !m_companyEstablishments.value(company).contains(establishmentId))
        return false;
    const QString team = m_team->currentData().toString();
    if (!team.isEmpty() && !m_teamEstablishments.value(team).contains(establishmentId))
        return false;
    const int k = m_kind->currentData().toInt();
    if (k >= 0 && int(kind) != k)
        return false;
    const QString pro = m_professional->currentData().toString();
    return pro.isEmpty() || pro == professionalId;
}

void WorklistPage::applyFilters()
{
    fillDemands();
    fillProposals();
    fillToConfirm();
}

void WorklistPage::reload()
{
    const QDate today = m_session.clock().today();
    // The one definition of the visits to plan (ToPlan.h), shared with the agenda page.
    auto demands = visitsToPlan(m_session);
    if (!demands)
        return showError(demands.error().message);
    m_demands = demands.value();
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
    Filling toPlan(m_toPlan), overdue(m_overdue);
    for (int i = 0; i < m_demands.size(); ++i) {
        const Demand& d = m_demands.at(i);
        if (!demandShown(d))
            continue;
        QTableWidget* t = d.latest < today ? m_overdue : m_toPlan;
        const int row = t->rowCount();
        t->insertRow(row);
        const QString deadline = d.earliest ? tr("%1 to %2").arg(dateText(*d.earliest), dateText(d.latest)) : dateText(d.latest);
        const QString source = d.requestId.isEmpty() ? tr("Follow-up rules") : tr("Request of %1").arg(dateText(d.requestedOn));
        const QColor tint = d.latest < today ? QColor(0xfd, 0xe2, 0xe1) : (legallyCritical(d) ? QColor(0xff, 0xf4, 0xd6) : QColor());
        setRow(t, row, i,
               {deadline, d.workerName, employerOf(d.establishmentId), visitTitle(d.kind), performerText(d.performer), basisText(d.basis),
                source},
               {isoKey(d.latest)}, tint);
    }
    const bool filtered = m_overdue->rowCount() + m_toPlan->rowCount() < m_demands.size();
    m_tabs->setTabText(0, filtered ? tr("Overdue (%1 shown)").arg(m_overdue->rowCount()) : tr("Overdue (%1)").arg(m_overdue->rowCount()));
    m_tabs->setTabText(1, filtered ? tr("To plan (%1 shown)").arg(m_toPlan->rowCount()) : tr("To plan (%1)").arg(m_toPlan->rowCount()));
}

void WorklistPage::propose()
{
    auto teams = AgendaStore::teamsToPlan(m_session);
    if (!teams)
        return showError(teams.error().message);
    const QDate today = m_session.clock().today();
    if (m_to->date() < m_from->date())
        return showError(tr("The period ends on %1, before it starts on %2").arg(dateText(m_to->date()), dateText(m_from->date())));
    const QDate from = std::max(m_from->date(), today);
    auto agendas = AgendaStore::load(m_session, teams.value(), from, m_to->date());
    if (!agendas)
        return showError(agendas.error().message);
    m_agendas = agendas.value();
    QList<Demand> shown;
    for (const Demand& d : std::as_const(m_demands))
        if (demandShown(d))
            shown << d;
    const Plan plan = planVisits(m_agendas, PlanRequest{today, from, m_to->date(), shown});
    m_plan = plan.proposals;
    fillProposals();
    m_tabs->setCurrentIndex(2);
    m_status->setText(tr("%1 proposal(s), %2 within the deadline, %3 not placed")
                          .arg(plan.proposals.size())
                          .arg(plan.withinDeadline())
                          .arg(plan.unplaced.size()));
}

void WorklistPage::proposeSelected()
{
    QTableWidget* table = m_tabs->currentIndex() == 0 ? m_overdue : m_toPlan;
    QList<Demand> chosen;
    for (int i : selectedIndexes(table))
        chosen << m_demands.at(i);
    if (chosen.isEmpty())
        return;
    auto teams = AgendaStore::teamsToPlan(m_session);
    if (!teams)
        return showError(teams.error().message);
    const QDate today = m_session.clock().today();
    const QDate from = std::max(m_from->date(), today);
    auto agendas = AgendaStore::load(m_session, teams.value(), from, m_to->date());
    if (!agendas)
        return showError(agendas.error().message);
    m_agendas = agendas.value();
    const Plan plan = planVisits(m_agendas, PlanRequest{today, from, m_to->date(), chosen});
    m_plan = plan.proposals;
    fillProposals();
    m_tabs->setCurrentIndex(2);
    if (!plan.unplaced.isEmpty())
        return showError(tr("%1: %2").arg(plan.unplaced.first().demand.workerName, plan.unplaced.first().reason));
    m_status->setText(tr("%1 proposal(s), %2 within the deadline, %3 not placed")
                          .arg(plan.proposals.size())
                          .arg(plan.withinDeadline())
                          .arg(plan.unplaced.size()));
}

void WorklistPage::fillProposals()
{
    Filling filling(m_proposals);
    int shown = 0;
    for (int i = 0; i < m_plan.size(); ++i) {
        const Proposal& p = m_plan.at(i);
        if (!appointmentShown(p.demand.establishmentId, p.professionalId, p.demand.kind))
            continue;
        ++shown;
        const int row = m_proposals->rowCount();
        m_proposals->insertRow(row);
        const Professional* pro = m_agendas.professional(p.professionalId);
        const Place* place = m_agendas.place(p.placeId);
        setRow(m_proposals, row, i,
               {dateText(p.day), clockText(p.start) + QStringLiteral(" – ") + clockText(p.end), pro ? pro->name : p.professionalId,
                place ? place->name : p.placeId, p.demand.workerName, employerOf(p.demand.establishmentId), visitTitle(p.demand.kind),
                dateText(p.demand.latest), p.explanation},
               {isoKey(p.day) + clockText(p.start), {}, {}, {}, {}, {}, {}, isoKey(p.demand.latest)},
               p.withinDeadline ? QColor() : QColor(0xfd, 0xe2, 0xe1));
    }
    m_tabs->setTabText(2, shown < m_plan.size() ? tr("Proposals (%1 shown)").arg(shown) : tr("Proposals (%1)").arg(m_plan.size()));
}

void WorklistPage::fillToConfirm()
{
    Filling filling(m_toConfirm);
    int shown = 0;
    for (int i = 0; i < m_planned.size(); ++i) {
        const Appointment& a = m_planned.at(i);
        if (!appointmentShown(a.establishmentId, a.professionalId, a.kind))
            continue;
        ++shown;
        const int row = m_toConfirm->rowCount();
        m_toConfirm->insertRow(row);
        setRow(m_toConfirm, row, i,
               {dateText(a.day), clockText(a.start) + QStringLiteral(" – ") + clockText(a.end), a.professionalName, a.workerName,
                a.establishmentName, visitTitle(a.kind), dateText(a.dueBy)},
               {isoKey(a.day) + clockText(a.start), {}, {}, {}, {}, {}, isoKey(a.dueBy)});
    }
    m_tabs->setTabText(3, shown < m_planned.size() ? tr("To confirm (%1 shown)").arg(shown) : tr("To confirm (%1)").arg(m_planned.size()));
}

QString WorklistPage::selectedWorkerId() const
{
    QWidget* shown = m_tabs->currentWidget();
    QTableWidget* table = shown == m_overdue ? m_overdue : shown == m_toPlan ? m_toPlan : shown == m_toConfirm->parentWidget() ? m_toConfirm : m_proposals;
    const QTableWidgetItem* item = table->currentRow() < 0 ? nullptr : table->item(table->currentRow(), 0);
    if (!item)
        return {};
    const int i = item->data(Qt::UserRole).toInt();
    if (table == m_proposals)
        return i < m_plan.size() ? m_plan.at(i).demand.workerId : QString();
    if (table == m_toConfirm)
        return i < m_planned.size() ? m_planned.at(i).workerId : QString();
    return i < m_demands.size() ? m_demands.at(i).workerId : QString();
}

QList<int> WorklistPage::selectedIndexes(QTableWidget* table) const
{
    QList<int> out;
    for (const QModelIndex& i : table->selectionModel()->selectedRows())
        if (QTableWidgetItem* item = table->item(i.row(), 0))
            out << item->data(Qt::UserRole).toInt();
    std::sort(out.begin(), out.end());
    return out;
}

void WorklistPage::acceptSelected()
{
    QList<Proposal> chosen;
    const QList<int> indexes = selectedIndexes(m_proposals);
    for (int i : indexes)
        chosen << m_plan.at(i);
    if (chosen.isEmpty())
        return;
    auto booked = AppointmentStore::accept(m_session, chosen);
    if (!booked)
        return showError(booked.error().message);
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it)
        m_plan.removeAt(*it);
    fillProposals();
    const QString done = tr("%1 appointment(s) booked").arg(booked.value().size());
    reload();
    m_status->setText(done + QStringLiteral(" — ") + m_status->text());
    m_lastBooked = booked.value();
    offerConvocations(m_lastBooked);
}

// Not blocking (window-modal): the assistant may also leave it and print later from the agenda.
void WorklistPage::offerConvocations(const QStringList& ids)
{
    if (ids.isEmpty())
        return;
    if (m_offer)
        m_offer->close();
    m_offer = new QMessageBox(QMessageBox::Question, tr("Convocations"),
                              tr("%n appointment(s) booked. Convoke the workers now?", "", int(ids.size())), QMessageBox::NoButton, this);
    m_offer->setAttribute(Qt::WA_DeleteOnClose);
    m_offer->setInformativeText(tr("Print the letters, or send the e-mails due now (today's appointments included)."));
    QPushButton* print = m_offer->addButton(tr("&Print the convocations…"), QMessageBox::AcceptRole);
    QPushButton* send = m_offer->addButton(tr("&Send by e-mail"), QMessageBox::ActionRole);
    m_offer->addButton(tr("&Later"), QMessageBox::RejectRole);
    m_offer->setDefaultButton(print);
    connect(m_offer, &QMessageBox::buttonClicked, this, [this, ids, print, send](QAbstractButton* button) {
        if (button == print) {
            const QString name = tr("convocations-%1.pdf").arg(m_session.clock().today().toString(Qt::ISODate));
            const QString path = QFileDialog::getSaveFileName(this, tr("Print the convocations"), QDir::home().filePath(name), tr("PDF (*.pdf)"));
            if (!path.isEmpty())
                printConvocationsOf(ids, path);
        } else if (button == send) {
            auto sent = sendDueMails(m_session, m_session.clock().today());
            if (!sent)
                return showError(sent.error().message);
            int ok = 0;
            for (const SendResult& r : sent.value())
                ok += r.sent ? 1 : 0;
            m_status->setText(tr("%1 e-mail(s) sent, %2 not sent").arg(ok).arg(sent.value().size() - ok));
        }
    });
    connect(m_offer, &QObject::destroyed, this, [this] { m_offer = nullptr; });
    m_offer->open();
}

bool WorklistPage::printConvocationsOf(const QStringList& appointmentIds, const QString& path)
{
    auto batch = ConvocationStore::appointmentLetters(m_session, appointmentIds);
    if (!batch) {
        showError(batch.error().message);
        return false;
    }
    if (batch.value().letters == 0) {
        showError(tr("No appointment to convoke"));
        return false;
    }
    if (auto s = printConvocations(batch.value(), path); !s) {
        showError(s.error().message);
        return false;
    }
    m_status->setText(tr("%n convocation letter(s) written to %1", "", batch.value().letters).arg(QDir::toNativeSeparators(path)));
    return true;
}

void WorklistPage::refuseSelected()
{
    // A refused proposal is simply not booked: the visit stays to plan.
    const QList<int> indexes = selectedIndexes(m_proposals);
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it)
        m_plan.removeAt(*it);
    fillProposals();
}

void WorklistPage::confirmSelected()
{
    for (int i : selectedIndexes(m_toConfirm))
        if (auto s = AppointmentStore::setStatus(m_session, m_planned.at(i).id, AppointmentStatus::Confirmed); !s)
            return showError(s.error().message);
    reload();
}

void WorklistPage::showMenu(QTableWidget* table, const QPoint& pos)
{
    if (!table->itemAt(pos))
        return;
    QMenu menu(this);
    const auto item = [&menu, this](const QString& text, const std::function<void()>& act) {
        connect(menu.addAction(text), &QAction::triggered, this, act);
    };
    if (table == m_toPlan || table == m_overdue) {
        item(tr("&Propose an appointment"), [this] { proposeSelected(); });
        item(tr("&New request…"), [this] { newRequest(); });
    } else if (table == m_proposals) {
        item(tr("&Accept"), [this] { acceptSelected(); });
        item(tr("&Refuse"), [this] { refuseSelected(); });
    } else {
        item(tr("&Confirm"), [this] { confirmSelected(); });
        item(tr("&Print the convocation…"), [this] {
            QStringList ids;
            for (int i : selectedIndexes(m_toConfirm))
                ids << m_planned.at(i).id;
            offerConvocations(ids);
        });
    }
    menu.addSeparator();
    if (m_openRecord)
        menu.addAction(m_openRecord);
    const int workerColumn = table == m_proposals ? 4 : (table == m_toConfirm ? 3 : 1);
    item(tr("C&opy the worker's name"), [table, workerColumn] {
        if (QTableWidgetItem* cell = table->item(table->currentRow(), workerColumn))
            QApplication::clipboard()->setText(cell->text());
    });
    menu.exec(table->viewport()->mapToGlobal(pos));
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
    m_lastBooked.clear();
    if (m_offer)
        m_offer->close();
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
