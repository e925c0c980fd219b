#include "dmst/ui/MyDayPage.h"

#include "dmst/ConsultationStore.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/ArrivalStore.h"
#include "scheduling/Codes.h"
#include "security/Session.h"
#include "thesaurus/ThesaurusStore.h"
#include "ui/IdentityBanner.h"
#include "ui/Navigator.h"

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::dmst {

namespace {
constexpr int WorkerRole = Qt::UserRole + 1;
constexpr int PrefillRole = Qt::UserRole + 2;

QString minutes(int m) { return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0')); }
} // namespace

MyDayPage::MyDayPage(security::Session& session, QWidget* parent) : QWidget(parent), m_session(session), m_day(session.clock().today())
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    auto* help = new QLabel(tr("A: arrived · Enter: open the record and the consultation · N: no-show · "
                               "Page Down / Page Up: next / previous day · Home: today"),
                            this);
    help->setStyleSheet(QStringLiteral("color: #4a5563;"));
    help->setWordWrap(true);
    layout->addWidget(help);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Worker"), tr("Kind of visit"), tr("Company"), tr("Post"), tr("Status")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setFocusProxy(m_table);

    connect(m_table, &QTableWidget::itemActivated, this, [this] { openSelected(); });
    const auto key = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_A), [this] { markArrival(); });
    key(QKeySequence(Qt::Key_N), [this] { markNoShow(); });
    key(QKeySequence(Qt::Key_PageDown), [this] { showDay(m_day.addDays(1)); });
    key(QKeySequence(Qt::Key_PageUp), [this] { showDay(m_day.addDays(-1)); });
    key(QKeySequence(Qt::Key_Home), [this] { showDay(m_session.clock().today()); });
}

void MyDayPage::clearPersonalData()
{
    m_table->setRowCount(0);
    m_status->clear();
}

void MyDayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

QString MyDayPage::statusText() const { return m_status->text(); }

void MyDayPage::showMessage(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b42318; font-weight: bold;") : QStringLiteral("color: #3b6e3b;"));
}

void MyDayPage::showDay(const QDate& day)
{
    m_day = day;
    m_status->clear();
    refresh();
}

QString MyDayPage::selectedAppointment() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

bool MyDayPage::select(const QString& appointmentId)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(Qt::UserRole).toString() == appointmentId) {
            m_table->setCurrentCell(r, 0);
            return true;
        }
    return false;
}

void MyDayPage::refresh()
{
    const QString keep = selectedAppointment();
    const QDate today = m_session.clock().today();
    m_title->setText(m_day == today ? tr("My day — %1").arg(QLocale().toString(m_day, QLocale::LongFormat))
                                    : tr("Day of %1").arg(QLocale().toString(m_day, QLocale::LongFormat)));
    m_table->setRowCount(0);
    auto day = scheduling::AppointmentStore::ofDay(m_session, m_day);
    if (!day) {
        showMessage(day.error().message, true);
        return;
    }
    QList<scheduling::Appointment> mine;
    QStringList ids;
    for (const scheduling::Appointment& a : day.value())
        if (a.professionalId == m_session.account().id && a.status != scheduling::AppointmentStatus::Cancelled) {
            mine << a;
            ids << a.id;
        }
    const auto arrivals = scheduling::ArrivalStore::arrivals(m_session, ids);
    const auto consultations = ConsultationStore::ownByAppointment(m_session, ids);
    m_table->setRowCount(int(mine.size()));
    int row = 0;
    for (const scheduling::Appointment& a : mine) {
        QString state = tr("expected");
        QColor colour(0x4a, 0x55, 0x63);
        const QString code = scheduling::codeOf(a.kind);
        if (a.status == scheduling::AppointmentStatus::NoShow) {
            state = tr("no-show");
            colour = QColor(0xb4, 0x23, 0x18);
        } else if (a.status == scheduling::AppointmentStatus::Done || (consultations && consultations.value().value(a.id, false))) {
            state = tr("done");
            colour = QColor(0x3b, 0x6e, 0x3b);
        } else if (consultations && consultations.value().contains(a.id)) {
            state = tr("in consultation");
            colour = QColor(0x12, 0x35, 0x5b);
        } else if (arrivals && arrivals.value().contains(a.id)) {
            state = tr("arrived at %1").arg(arrivals.value().value(a.id).toLocalTime().toString(QStringLiteral("HH:mm")));
            colour = QColor(0x8a, 0x5a, 0x00);
        }
        QString kind = code;
        if (auto found = thesaurus::ThesaurusStore::find(m_session, QStringLiteral("visit_kind"), code); found && found.value())
            kind = found.value()->labelFr;
        const QStringList cells{minutes(a.start) + QStringLiteral("–") + minutes(a.end), a.workerName, kind, a.establishmentName, a.postTitle, state};
        QVariantMap prefill{{QStringLiteral("appointment"), a.id},
                            {QStringLiteral("kind"), code},
                            {QStringLiteral("reason"), a.postTitle.isEmpty() ? kind : tr("%1 — post: %2").arg(kind, a.postTitle)},
                            {QStringLiteral("establishment"), a.establishmentId}};
        if (arrivals && arrivals.value().contains(a.id))
            prefill.insert(QStringLiteral("arrival"), arrivals.value().value(a.id).toLocalTime().time().toString(QStringLiteral("HH:mm")));
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, a.id);
            item->setData(WorkerRole, a.workerId);
            item->setData(PrefillRole, prefill);
            if (c == State)
                item->setForeground(colour);
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    if (mine.isEmpty())
        showMessage(tr("No appointment in your agendas on this day"), false);
    if (!select(keep) && m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
}

void MyDayPage::markArrival()
{
    const QString id = selectedAppointment();
    if (id.isEmpty())
        return;
    if (core::Status s = scheduling::ArrivalStore::markArrived(m_session, id); !s)
        return showMessage(s.error().message, true);
    refresh();
    showMessage(tr("Arrival recorded: Enter opens the record and the consultation"), false);
}

void MyDayPage::markNoShow()
{
    const QString id = selectedAppointment();
    if (id.isEmpty())
        return;
    if (core::Status s = scheduling::AppointmentStore::setStatus(m_session, id, scheduling::AppointmentStatus::NoShow); !s)
        return showMessage(s.error().message, true);
    refresh();
    showMessage(tr("No-show recorded: the visit is to be planned again"), false);
}

void MyDayPage::openSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QTableWidgetItem* item = m_table->item(rows.first().row(), 0);
    ui::SearchHit hit;
    hit.kind = QStringLiteral("appointment");
    hit.id = item->data(WorkerRole).toString();
    hit.text = m_table->item(rows.first().row(), Worker)->text();
    hit.payload = item->data(PrefillRole);
    ui::Navigator::instance().setCurrentWorker(hit.id);
    ui::Navigator::instance().open(hit);
}

} // namespace vigie::dmst
