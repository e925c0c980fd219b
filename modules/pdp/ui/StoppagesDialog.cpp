#include "pdp/ui/StoppagesDialog.h"

#include "pdp/PdpStore.h"
#include "security/Session.h"
#include "ui/ListTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::pdp {

namespace {
QString dateText(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }
QDateEdit* dateEdit(const QDate& d, QWidget* parent)
{
    auto* e = new QDateEdit(d, parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return e;
}
} // namespace

StoppagesDialog::StoppagesDialog(security::Session& session, const QString& workerId, const QString& workerName, QWidget* parent)
    : QDialog(parent), m_session(session), m_workerId(workerId)
{
    setWindowTitle(tr("Work stoppages — %1").arg(workerName));
    auto* layout = new QVBoxLayout(this);
    m_table = ui::makeListTable({tr("Cause"), tr("First day"), tr("Last day"), tr("Expected return"), tr("Days"), tr("Job retention")}, this);
    layout->addWidget(m_table, 1);

    const QDate today = m_session.clock().today();
    auto* form = new QFormLayout;
    m_cause = new QComboBox(this);
    for (scheduling::AbsenceCause c : {scheduling::AbsenceCause::Illness, scheduling::AbsenceCause::WorkAccident,
                                       scheduling::AbsenceCause::OccupationalDisease, scheduling::AbsenceCause::Maternity})
        m_cause->addItem(causeTitle(c), int(c));
    m_first = dateEdit(today, this);
    m_ended = new QCheckBox(tr("&Ended on"), this);
    m_last = dateEdit(today, this);
    m_last->setEnabled(false);
    m_expected = dateEdit(today.addDays(30), this);
    auto* lastRow = new QHBoxLayout;
    lastRow->addWidget(m_ended);
    lastRow->addWidget(m_last, 1);
    auto* causeLabel = new QLabel(tr("&Cause"), this);
    causeLabel->setBuddy(m_cause);
    auto* firstLabel = new QLabel(tr("&First day off work"), this);
    firstLabel->setBuddy(m_first);
    auto* expectedLabel = new QLabel(tr("E&xpected return"), this);
    expectedLabel->setBuddy(m_expected);
    form->addRow(causeLabel, m_cause);
    form->addRow(firstLabel, m_first);
    form->addRow(tr("Last day"), lastRow);
    form->addRow(expectedLabel, m_expected);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add the stoppage"), this);
    auto* end = new QPushButton(tr("&End the selected stoppage on the last day"), this);
    buttons->addWidget(add);
    buttons->addWidget(end);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(m_ended, &QCheckBox::toggled, m_last, &QWidget::setEnabled);
    connect(add, &QPushButton::clicked, this, [this] { addStoppage(); });
    connect(end, &QPushButton::clicked, this, [this] { endSelected(); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 520);
    reload();
}

bool StoppagesDialog::fail(const QString& message)
{
    m_status->setText(QStringLiteral("<span style=\"color:#a40000\">%1</span>").arg(message.toHtmlEscaped()));
    return false;
}

void StoppagesDialog::reload()
{
    m_table->setRowCount(0);
    auto rows = StoppageStore::list(m_session, m_workerId);
    if (!rows) {
        fail(rows.error().message);
        return;
    }
    const QDate today = m_session.clock().today();
    for (const StoppageRow& r : rows.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{causeTitle(r.stoppage.cause), dateText(r.stoppage.first),
                                r.stoppage.last ? dateText(*r.stoppage.last) : tr("still off work"),
                                r.stoppage.expectedReturn ? dateText(*r.stoppage.expectedReturn) : QString(),
                                QString::number(lengthOn(r.stoppage, today)),
                                flagsPdp(r.stoppage, today) ? tr("more than 30 days: liaison meeting, pre-return visit") : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 0)
                item->setData(Qt::UserRole, r.stoppage.id);
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

bool StoppagesDialog::addStoppage()
{
    Stoppage s;
    s.workerId = m_workerId;
    s.cause = scheduling::AbsenceCause(m_cause->currentData().toInt());
    s.first = m_first->date();
    if (m_ended->isChecked())
        s.last = m_last->date();
    else
        s.expectedReturn = m_expected->date();
    auto id = StoppageStore::add(m_session, s);
    if (!id)
        return fail(id.error().message);
    reload();
    const QDate today = m_session.clock().today();
    m_status->setText(flagsPdp(s, today) ? tr("Stoppage recorded: more than 30 days off work, the worker is flagged for the cell")
                                         : tr("Stoppage recorded"));
    return true;
}

bool StoppagesDialog::endSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return fail(tr("Select the stoppage to end"));
    if (core::Status s = StoppageStore::end(m_session, m_table->item(row, 0)->data(Qt::UserRole).toString(), m_last->date()); !s)
        return fail(s.error().message);
    reload();
    m_status->setText(tr("Stoppage ended on %1").arg(dateText(m_last->date())));
    return true;
}

} // namespace vigie::pdp
