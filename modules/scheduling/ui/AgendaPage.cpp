#include "scheduling/ui/AgendaPage.h"

#include "scheduling/DueVisit.h"
#include "scheduling/AgendaStore.h"
#include "scheduling/Convocation.h"
#include "scheduling/DemandStore.h"
#include "scheduling/ToPlan.h"
#include "scheduling/ui/AgendaEditorDialog.h"
#include "scheduling/ui/PlanningDragDrop.h"
#include "security/Session.h"
#include "ui/RecordShortcut.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::scheduling {

namespace {
constexpr int FirstMinute = 8 * 60;
constexpr int LastMinute = 18 * 60;
constexpr int Step = 5; // every start time is a multiple of 5 minutes (slot lengths are)
const QColor Open(0xe6, 0xf4, 0xea);
const QColor Closed(0xee, 0xee, 0xee);
const QColor Booked(0xcf, 0xe2, 0xf3);
const QColor Late(0xfd, 0xe2, 0xe1);
const QColor Critical(0xff, 0xf4, 0xd6);
const QColor Picked(0xff, 0xd8, 0x8a);

QString dateText(QDate d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

bool sharesTeam(const Demand& d, const QStringList& teams)
{
    return std::any_of(teams.cbegin(), teams.cend(), [&](const QString& t) { return d.teamIds.contains(t); });
}
} // namespace

AgendaPage::AgendaPage(security::Session& session, QWidget* parent) : QWidget(parent), m_session(session), m_day(session.clock().today())
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Agendas</h2>"), this));
    auto* bar = new QHBoxLayout;
    m_view = new QComboBox(this);
    m_view->addItem(tr("By professional"));
    m_view->addItem(tr("By place"));
    m_professional = new QComboBox(this);
    m_place = new QComboBox(this);
    m_place->hide();
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Week"));
    m_mode->addItem(tr("Day"));
    m_date = new QDateEdit(m_day, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    auto* edit = new QPushButton(tr("&Edit agendas… (Ctrl+E)"), this);
    bar->addWidget(m_view);
    bar->addWidget(m_professional, 1);
    bar->addWidget(m_place, 1);
    bar->addWidget(m_mode);
    bar->addWidget(m_date);
    bar->addWidget(edit);
    layout->addLayout(bar);

    auto* split = new QSplitter(this);
    auto* side = new QWidget(split);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_toPlanTitle = new QLabel(tr("<b>To plan</b>"), side);
    m_toPlan = new DemandList(side);
    m_toPlan->setWordWrap(true);
    m_toPlan->setSpacing(2);
    auto* planHere = new QPushButton(tr("&Plan at the selected slot (Enter)"), side);
    sideLayout->addWidget(m_toPlanTitle);
    sideLayout->addWidget(m_toPlan, 1);
    sideLayout->addWidget(planHere);
    m_grid = new AgendaGrid(split);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setDefaultSectionSize(9);
    m_grid->verticalHeader()->setMinimumSectionSize(9);
    m_grid->setFont(QFont(m_grid->font().family(), 8));
    split->addWidget(side);
    split->addWidget(m_grid);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({280, 1000});
    layout->addWidget(split, 1);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    layout->addWidget(m_detail);
    showDone(tr("Drag a visit to plan onto a free slot, or an appointment to another slot. Keyboard: select a visit, then a slot, "
                "Enter · Ctrl+X picks an appointment to move · Page Up / Page Down: previous / next · Home: today · D: day · W: week · "
                "P: by professional · L: by place · double-click an appointment for its reason"));

    auto teams = AgendaStore::teamsToPlan(session);
    if (teams)
        m_teams = teams.value();
    loadChoices();
    connect(m_view, &QComboBox::currentIndexChanged, this, [this](int i) { setPlaceView(i == 1); });
    connect(m_professional, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        fillDemandList();
    });
    connect(m_place, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int i) { setWeekView(i == 0); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) { setDay(d); });
    connect(edit, &QPushButton::clicked, this, &AgendaPage::editAgendas);
    connect(planHere, &QPushButton::clicked, this, [this] { planSelected(); });
    connect(m_grid, &AgendaGrid::enterPressed, this, [this] { planSelected(); });
    connect(m_grid, &AgendaGrid::demandDropped, this, [this](const QString& key, int row, int column) { planAt(key, row, column); });
    connect(m_grid, &AgendaGrid::appointmentDropped, this,
            [this](const QString& id, int row, int column) { moveAt(id, row, column); });
    connect(m_grid, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        const QTableWidgetItem* item = m_grid->item(row, column);
        if (!item || !item->data(Qt::UserRole).isValid())
            return;
        const Appointment& a = m_shown.at(item->data(Qt::UserRole).toInt());
        m_detail->setText(tr("%1, %2 – %3 with %4 at %5: %6 (deadline %7). %8")
                              .arg(a.workerName, clockText(a.start), clockText(a.end), a.professionalName, a.placeName,
                                   visitTitle(a.kind), dateText(a.dueBy), a.explanation)
                              .toHtmlEscaped());
    });
    auto* editKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    editKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(editKey, &QShortcut::activated, this, &AgendaPage::editAgendas);
    auto* pickKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_X), this);
    pickKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pickKey, &QShortcut::activated, this, &AgendaPage::pickSelectedAppointment);
    auto* dropPick = new QShortcut(QKeySequence(Qt::Key_Escape), m_grid);
    dropPick->setContext(Qt::WidgetShortcut);
    connect(dropPick, &QShortcut::activated, this, [this] {
        m_picked.clear();
        refresh();
    });
    // Issue 18: F4 opens the record of the selected appointment's worker (or of the visit to plan
    // selected in the list, when the list has the focus), for the roles that read records.
    m_openRecord = ui::addOpenRecordAction(this, m_session.account().role, [this] { return selectedWorkerId(); });
    setFocusPolicy(Qt::StrongFocus);
    refresh();        // the agendas first: the list keeps to the professional's teams
    reloadDemands();
}

void AgendaPage::loadChoices()
{
    const QString pro = m_professional->currentData().toString();
    const QString place = m_place->currentData().toString();
    const QSignalBlocker b1(m_professional), b2(m_place);
    m_professional->clear();
    m_place->clear();
    auto agendas = AgendaStore::load(m_session, m_teams, m_day, m_day);
    if (!agendas)
        return showRefusal(agendas.error().message);
    for (const Professional& p : agendas.value().professionals)
        m_professional->addItem(p.name, p.id);
    for (const Place& p : agendas.value().places)
        m_place->addItem(p.name, p.id);
    if (const int i = m_professional->findData(pro); i >= 0)
        m_professional->setCurrentIndex(i);
    if (const int i = m_place->findData(place); i >= 0)
        m_place->setCurrentIndex(i);
}

QTableWidget* AgendaPage::grid() const { return m_grid; }
QListWidget* AgendaPage::toPlanList() const { return m_toPlan; }

void AgendaPage::showProfessional(const QString& professionalId)
{
    const int i = m_professional->findData(professionalId);
    if (i >= 0)
        m_professional->setCurrentIndex(i);
}

void AgendaPage::showPlace(const QString& placeId)
{
    const int i = m_place->findData(placeId);
    if (i >= 0)
        m_place->setCurrentIndex(i);
}

void AgendaPage::setDay(QDate day)
{
    if (!day.isValid() || day == m_day)
        return;
    m_day = day;
    const QSignalBlocker block(m_date);
    m_date->setDate(day);
    refresh();
}

void AgendaPage::setWeekView(bool week)
{
    if (week == m_week)
        return;
    m_week = week;
    const QSignalBlocker block(m_mode);
    m_mode->setCurrentIndex(week ? 0 : 1);
    refresh();
}

void AgendaPage::setPlaceView(bool byPlace)
{
    if (byPlace == m_byPlace)
        return;
    m_byPlace = byPlace;
    const QSignalBlocker block(m_view);
    m_view->setCurrentIndex(byPlace ? 1 : 0);
    m_professional->setVisible(!byPlace);
    m_place->setVisible(byPlace);
    refresh();
    fillDemandList();
}

void AgendaPage::step(int direction)
{
    setDay(m_day.addDays(direction * (m_week ? 7 : 1)));
}

void AgendaPage::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_PageUp: step(-1); return;
    case Qt::Key_PageDown: step(1); return;
    case Qt::Key_Home: setDay(m_session.clock().today()); return;
    case Qt::Key_D: setWeekView(false); return;
    case Qt::Key_W: setWeekView(true); return;
    case Qt::Key_P: setPlaceView(false); return;
    case Qt::Key_L: setPlaceView(true); return;
    default: QWidget::keyPressEvent(event);
    }
}

int AgendaPage::rowOf(int minutes) { return (minutes - FirstMinute) / Step; }

ManualSlot AgendaPage::slotAt(int row, int column) const
{
    if (column < 0 || column >= m_columns.size() || row < 0)
        return {};
    const Column& c = m_columns.at(column);
    return ManualSlot{c.professionalId, c.day, FirstMinute + row * Step};
}

void AgendaPage::reloadDemands()
{
    m_demands.clear();
    if (!m_teams.isEmpty()) {
        // The one definition of the visits to plan (ToPlan.h), as on the worklist.
        auto demands = visitsToPlan(m_session);
        if (!demands)
            return showRefusal(demands.error().message);
        m_demands = demands.value();
    }
    fillDemandList();
}

void AgendaPage::fillDemandList()
{
    const QString selected = m_toPlan->currentItem() ? m_toPlan->currentItem()->data(DemandKeyRole).toString() : QString();
    m_toPlan->clear();
    const QDate today = m_session.clock().today();
    const Professional* pro = m_agendas.professional(m_professional->currentData().toString());
    QStringList teams = m_teams;
    if (!m_byPlace && pro)
        teams = pro->teamIds;
    for (const Demand& d : std::as_const(m_demands)) {
        if (!sharesTeam(d, teams))
            continue;
        const QString when = d.latest < today ? tr("overdue since %1").arg(dateText(d.latest.addDays(1))) : tr("by %1").arg(dateText(d.latest));
        auto* item = new QListWidgetItem(tr("%1 · %2\n%3 · %4").arg(d.workerName, visitTitle(d.kind), basisText(d.basis), when));
        item->setData(DemandKeyRole, d.key);
        item->setToolTip(d.performer == Performer::Mt ? tr("Occupational physician only (R4623-14 II)") : tr("Any health professional of the team"));
        if (d.latest < today)
            item->setBackground(Late);
        else if (legallyCritical(d))
            item->setBackground(Critical);
        m_toPlan->addItem(item);
        if (d.key == selected)
            m_toPlan->setCurrentItem(item);
    }
    m_toPlanTitle->setText(tr("<b>To plan (%1)</b> — overdue in red, legally critical in yellow").arg(m_toPlan->count()));
}

QList<AgendaPage::Column> AgendaPage::columnsFor(QDate first, int days) const
{
    QList<Column> out;
    if (!m_byPlace) {
        const QString pro = m_professional->currentData().toString();
        if (pro.isEmpty())
            return out;
        for (int d = 0; d < days; ++d)
            out.append(Column{first.addDays(d), pro});
        return out;
    }
    // By place: the professionals with an opening at the place that day, in the agenda's order.
    const QString place = m_place->currentData().toString();
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        for (const Professional& p : m_agendas.professionals)
            if (std::any_of(p.hours.cbegin(), p.hours.cend(), [&](const OpeningHours& h) { return h.placeId == place && h.appliesOn(day); }))
                out.append(Column{day, p.id});
    }
    return out;
}

void AgendaPage::paintColumn(int column, const Column& c)
{
    const Professional* pro = m_agendas.professional(c.professionalId);
    const bool off = core::isHoliday(c.day, m_agendas.region) || (pro && pro->absentOn(c.day));
    const QString place = m_byPlace ? m_place->currentData().toString() : QString();
    const int rows = m_grid->rowCount();
    for (int r = 0; r < rows; ++r) {
        const int minute = FirstMinute + r * Step;
        const OpeningHours* h = (off || !pro) ? nullptr : openingAt(*pro, c.day, minute, minute + Step);
        const bool open = h && (place.isEmpty() || h->placeId == place);
        auto* item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDropEnabled);
        item->setBackground(open ? Open : Closed);
        if (open && !m_byPlace && (r == 0 || !openingAt(*pro, c.day, minute - Step, minute)))
            if (const Place* p = m_agendas.place(h->placeId))
                item->setText(p->name);
        if (open)
            item->setForeground(QColor(0x55, 0x77, 0x55));
        m_grid->setItem(r, column, item);
    }
}

void AgendaPage::refresh()
{
    m_grid->clear();
    m_grid->clearSpans();
    m_shown.clear();
    m_columns.clear();
    const QDate first = m_week ? m_day.addDays(1 - m_day.dayOfWeek()) : m_day;
    const int days = m_week ? 5 : 1;
    const QDate last = first.addDays(days - 1);
    const int rows = (LastMinute - FirstMinute) / Step;
    m_grid->setRowCount(rows);
    m_grid->setColumnCount(0);
    QStringList times;
    for (int r = 0; r < rows; ++r)
        times << ((FirstMinute + r * Step) % 30 == 0 ? clockText(FirstMinute + r * Step) : QString());
    m_grid->setVerticalHeaderLabels(times);
    if (m_teams.isEmpty())
        return;
    auto agendas = AgendaStore::load(m_session, m_teams, first, last);
    if (!agendas)
        return showRefusal(agendas.error().message);
    m_agendas = agendas.value();
    m_columns = columnsFor(first, days);
    m_grid->setColumnCount(int(m_columns.size()));
    const QLocale locale;
    QStringList headers;
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column& col = m_columns.at(c);
        const Professional* pro = m_agendas.professional(col.professionalId);
        const bool narrow = m_byPlace && m_week; // a column per professional and day: short texts
        QString header = locale.toString(col.day, narrow ? QStringLiteral("ddd d") : m_byPlace ? QStringLiteral("ddd d MMM") : QStringLiteral("dddd d MMMM"));
        if (m_byPlace && pro)
            header += QStringLiteral("\n") + (narrow ? pro->name.section(QLatin1Char(' '), -1) : pro->name);
        if (core::isHoliday(col.day, m_agendas.region))
            header += QStringLiteral("\n") + tr("Public holiday");
        else if (pro && pro->absentOn(col.day))
            header += QStringLiteral("\n") + tr("Absent");
        headers << header;
        paintColumn(c, col);
    }
    for (int c = 0; c < m_columns.size(); ++c) {
        auto* header = new QTableWidgetItem(headers.at(c));
        if (const Professional* pro = m_agendas.professional(m_columns.at(c).professionalId))
            header->setToolTip(pro->name + QStringLiteral(" — ") + locale.toString(m_columns.at(c).day, QStringLiteral("dddd d MMMM")));
        m_grid->setHorizontalHeaderItem(c, header);
    }
    if (m_byPlace && m_columns.isEmpty())
        showDone(tr("Nobody receives at %1 in this period.").arg(m_place->currentText()));
    auto appointments = AppointmentStore::between(m_session, first, last);
    if (!appointments)
        return showRefusal(appointments.error().message);
    const QString place = m_place->currentData().toString();
    for (const Appointment& ap : appointments.value()) {
        if (ap.status == AppointmentStatus::Cancelled || (m_byPlace && ap.placeId != place))
            continue;
        int col = -1;
        for (int c = 0; c < m_columns.size() && col < 0; ++c)
            if (m_columns.at(c).day == ap.day && m_columns.at(c).professionalId == ap.professionalId)
                col = c;
        const int row = rowOf(ap.start);
        const int span = std::max(1, (ap.end - ap.start + Step - 1) / Step);
        if (col < 0 || row < 0 || row >= rows)
            continue;
        m_shown << ap;
        const QString text = m_byPlace && m_week ? QStringLiteral("%1 %2").arg(clockText(ap.start), ap.workerName.section(QLatin1Char(' '), 0, 0))
                                                 : QStringLiteral("%1 %2 · %3").arg(clockText(ap.start), ap.workerName, visitTitle(ap.kind));
        auto* item = new QTableWidgetItem(text);
        item->setBackground(ap.id == m_picked ? Picked : (ap.day > ap.dueBy ? Late : Booked));
        item->setData(Qt::UserRole, int(m_shown.size() - 1));
        const bool movable = ap.status == AppointmentStatus::Planned || ap.status == AppointmentStatus::Confirmed;
        if (movable)
            item->setData(AppointmentIdRole, ap.id);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDropEnabled | (movable ? Qt::ItemIsDragEnabled : Qt::NoItemFlags));
        item->setToolTip(QStringLiteral("%1 %2 – %3 · %4 · %5\n%6").arg(ap.workerName, clockText(ap.start), clockText(ap.end), visitTitle(ap.kind),
                                                                        ap.professionalName, ap.explanation));
        m_grid->setItem(row, col, item);
        if (span > 1 && row + span <= rows)
            m_grid->setSpan(row, col, span, 1);
    }
}

void AgendaPage::showRefusal(const QString& message)
{
    m_detail->setText(QStringLiteral("<span style=\"color:#a40000\">%1</span>").arg(message.toHtmlEscaped()));
}

void AgendaPage::showDone(const QString& message)
{
    m_detail->setText(message.toHtmlEscaped());
}

QString AgendaPage::planAt(const QString& demandKey, int row, int column)
{
    const auto it = std::find_if(m_demands.cbegin(), m_demands.cend(), [&](const Demand& d) { return d.key == demandKey; });
    QString refusal;
    if (it == m_demands.cend())
        refusal = tr("This visit is no longer to plan");
    const ManualSlot slot = slotAt(row, column);
    if (refusal.isEmpty() && slot.professionalId.isEmpty())
        refusal = tr("Choose a slot in the agenda");
    if (!refusal.isEmpty()) {
        showRefusal(refusal);
        return refusal;
    }
    const Demand demand = *it;
    auto proposal = proposalByHand(m_agendas, demand, slot, m_session.clock().today());
    if (!proposal) {
        showRefusal(proposal.error().message);
        return proposal.error().message;
    }
    auto booked = AppointmentStore::accept(m_session, {proposal.value()});
    if (!booked) {
        showRefusal(booked.error().message);
        return booked.error().message;
    }
    const Professional* pro = m_agendas.professional(slot.professionalId);
    const QString proName = pro ? pro->name : slot.professionalId; // refresh() reloads m_agendas
    reloadDemands();
    refresh();
    showDone(tr("%1 booked with %2 on %3 at %4").arg(demand.workerName, proName, dateText(slot.day), clockText(slot.start)));
    return {};
}

QString AgendaPage::moveAt(const QString& appointmentId, int row, int column)
{
    const ManualSlot slot = slotAt(row, column);
    if (slot.professionalId.isEmpty()) {
        showRefusal(tr("Choose a slot in the agenda"));
        return tr("Choose a slot in the agenda");
    }
    QString refusal;
    if (slot.day < m_session.clock().today())
        refusal = tr("This day has passed");
    else if (auto moved = AppointmentStore::move(m_session, appointmentId, slot.professionalId, slot.day, slot.start); !moved)
        refusal = moved.error().message;
    if (!refusal.isEmpty()) {
        const Professional* pro = m_agendas.professional(slot.professionalId);
        const QString message = tr("Not moved to %1 on %2 at %3: %4")
                                    .arg(pro ? pro->name : slot.professionalId, dateText(slot.day), clockText(slot.start), refusal);
        showRefusal(message);
        return message;
    }
    m_picked.clear();
    refresh();
    showDone(tr("Appointment moved to %1 at %2").arg(dateText(slot.day), clockText(slot.start)));
    return {};
}

QString AgendaPage::selectedWorkerId() const
{
    const QListWidgetItem* visit = m_toPlan->currentItem();
    if (visit && m_toPlan->hasFocus()) {
        const QString key = visit->data(DemandKeyRole).toString();
        for (const Demand& d : m_demands)
            if (d.key == key)
                return d.workerId;
    }
    const QTableWidgetItem* item = m_grid->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return {};
    const int i = item->data(Qt::UserRole).toInt();
    return i >= 0 && i < m_shown.size() ? m_shown.at(i).workerId : QString();
}

void AgendaPage::pickSelectedAppointment()
{
    const QTableWidgetItem* item = m_grid->currentItem();
    if (!item || !item->data(AppointmentIdRole).isValid())
        return showRefusal(tr("Select a planned or confirmed appointment first"));
    m_picked = item->data(AppointmentIdRole).toString();
    const Appointment& a = m_shown.at(item->data(Qt::UserRole).toInt());
    refresh();
    showDone(tr("%1 picked: select the new slot and press Enter (Escape to cancel)").arg(a.workerName));
}

QString AgendaPage::planSelected()
{
    const int row = m_grid->currentRow(), column = m_grid->currentColumn();
    if (!m_picked.isEmpty())
        return moveAt(m_picked, row, column);
    const QListWidgetItem* item = m_toPlan->currentItem();
    if (!item) {
        showRefusal(tr("Select a visit to plan in the list first"));
        return tr("Select a visit to plan in the list first");
    }
    return planAt(item->data(DemandKeyRole).toString(), row, column);
}

void AgendaPage::editAgendas()
{
    AgendaEditorDialog dialog(m_session, m_professional->currentData().toString(), this);
    dialog.exec();
    loadChoices();
    refresh();
}

void AgendaPage::clearPersonalData()
{
    m_grid->clear();
    m_shown.clear();
    m_demands.clear();
    m_toPlan->clear();
    m_detail->clear();
}

} // namespace vigie::scheduling
