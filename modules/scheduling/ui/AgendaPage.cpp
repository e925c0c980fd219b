#include "scheduling/ui/AgendaPage.h"

#include "scheduling/AgendaStore.h"
#include "scheduling/Convocation.h"
#include "security/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::scheduling {

namespace {
constexpr int FirstMinute = 8 * 60;
constexpr int LastMinute = 18 * 60;
constexpr int Step = 5; // every start time is a multiple of 5 minutes (slot lengths are)
const QColor Open(0xe6, 0xf4, 0xea);
const QColor Closed(0xee, 0xee, 0xee);
const QColor Booked(0xcf, 0xe2, 0xf3);
const QColor Late(0xfd, 0xe2, 0xe1);
} // namespace

AgendaPage::AgendaPage(security::Session& session, QWidget* parent) : QWidget(parent), m_session(session), m_day(session.clock().today())
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Agendas</h2>"), this));
    auto* bar = new QHBoxLayout;
    m_professional = new QComboBox(this);
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Week"));
    m_mode->addItem(tr("Day"));
    m_date = new QDateEdit(m_day, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    bar->addWidget(new QLabel(tr("Professional"), this));
    bar->addWidget(m_professional, 1);
    bar->addWidget(m_mode);
    bar->addWidget(m_date);
    layout->addLayout(bar);
    m_grid = new QTableWidget(this);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setDefaultSectionSize(9);
    m_grid->verticalHeader()->setMinimumSectionSize(9);
    m_grid->setFont(QFont(m_grid->font().family(), 8));
    layout->addWidget(m_grid, 1);
    m_detail = new QLabel(tr("Page Up / Page Down: previous / next · Home: today · D: day · W: week · double-click an appointment for its reason"), this);
    m_detail->setWordWrap(true);
    layout->addWidget(m_detail);

    auto teams = AgendaStore::teamsToPlan(session);
    if (teams) {
        auto agendas = AgendaStore::load(session, teams.value(), m_day, m_day);
        if (agendas)
            for (const Professional& p : agendas.value().professionals)
                m_professional->addItem(p.name, p.id);
    }
    connect(m_professional, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int i) { setWeekView(i == 0); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) { setDay(d); });
    connect(m_grid, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        const QTableWidgetItem* item = m_grid->item(row, column);
        if (!item || !item->data(Qt::UserRole).isValid())
            return;
        const Appointment& a = m_shown.at(item->data(Qt::UserRole).toInt());
        m_detail->setText(tr("%1, %2 – %3: %4 (deadline %5). %6")
                              .arg(a.workerName, clockText(a.start), clockText(a.end), visitTitle(a.kind),
                                   a.dueBy.toString(QStringLiteral("dd/MM/yyyy")), a.explanation));
    });
    setFocusPolicy(Qt::StrongFocus);
    refresh();
}

void AgendaPage::showProfessional(const QString& professionalId)
{
    const int i = m_professional->findData(professionalId);
    if (i >= 0)
        m_professional->setCurrentIndex(i);
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
    default: QWidget::keyPressEvent(event);
    }
}

void AgendaPage::refresh()
{
    m_grid->clear();
    m_grid->clearSpans();
    m_shown.clear();
    const QString proId = m_professional->currentData().toString();
    const QDate first = m_week ? m_day.addDays(1 - m_day.dayOfWeek()) : m_day;
    const int days = m_week ? 5 : 1;
    const QDate last = first.addDays(days - 1);
    const int rows = (LastMinute - FirstMinute) / Step;
    m_grid->setRowCount(rows);
    m_grid->setColumnCount(days);
    QStringList times;
    for (int r = 0; r < rows; ++r)
        times << ((FirstMinute + r * Step) % 30 == 0 ? clockText(FirstMinute + r * Step) : QString());
    m_grid->setVerticalHeaderLabels(times);
    if (proId.isEmpty())
        return;
    auto teams = AgendaStore::teamsToPlan(m_session);
    if (!teams)
        return m_detail->setText(teams.error().message);
    auto agendas = AgendaStore::load(m_session, teams.value(), first, last);
    if (!agendas)
        return m_detail->setText(agendas.error().message);
    const Agendas& a = agendas.value();
    const Professional* pro = a.professional(proId);
    if (!pro)
        return;
    const QLocale locale;
    QStringList headers;
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        QString header = locale.toString(day, QStringLiteral("dddd d MMMM"));
        const bool holiday = core::isHoliday(day, a.region);
        if (holiday)
            header += QStringLiteral("\n") + tr("Public holiday");
        else if (pro->absentOn(day))
            header += QStringLiteral("\n") + tr("Absent");
        headers << header;
        for (int r = 0; r < rows; ++r) {
            const int minute = FirstMinute + r * Step;
            const OpeningHours* h = (holiday || pro->absentOn(day)) ? nullptr : openingAt(*pro, day, minute, minute + Step);
            auto* item = new QTableWidgetItem;
            item->setBackground(h ? Open : Closed);
            if (h && (r == 0 || !openingAt(*pro, day, minute - Step, minute)))
                if (const Place* place = a.place(h->placeId))
                    item->setText(place->name);
            if (h)
                item->setForeground(QColor(0x55, 0x77, 0x55));
            m_grid->setItem(r, d, item);
        }
    }
    m_grid->setHorizontalHeaderLabels(headers);
    auto appointments = AppointmentStore::between(m_session, first, last);
    if (!appointments)
        return m_detail->setText(appointments.error().message);
    for (const Appointment& ap : appointments.value()) {
        if (ap.professionalId != proId || ap.status == AppointmentStatus::Cancelled)
            continue;
        const int col = int(first.daysTo(ap.day));
        const int row = (ap.start - FirstMinute) / Step;
        const int span = std::max(1, (ap.end - ap.start + Step - 1) / Step);
        if (row < 0 || row >= rows)
            continue;
        m_shown << ap;
        auto* item = new QTableWidgetItem(QStringLiteral("%1 %2 · %3").arg(clockText(ap.start), ap.workerName, visitTitle(ap.kind)));
        item->setBackground(ap.day > ap.dueBy ? Late : Booked);
        item->setData(Qt::UserRole, int(m_shown.size() - 1));
        item->setToolTip(ap.explanation);
        m_grid->setItem(row, col, item);
        if (span > 1 && row + span <= rows)
            m_grid->setSpan(row, col, span, 1);
    }
}

void AgendaPage::clearPersonalData()
{
    m_grid->clear();
    m_shown.clear();
    m_detail->clear();
}

} // namespace vigie::scheduling
