#include "dmst/ui/ConsentsPanel.h"

#include "dmst/RecordStore.h"
#include "dmst/ui/PanelSupport.h"
#include "security/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::dmst {
using namespace panel;

ConsentsPanel::ConsentsPanel(security::Session& session, QWidget* scope, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* intro = new QLabel(tr("Consents and oppositions of the worker (part 7°). An opposition to the team's access applies at once: "
                                "only the occupational physician then reaches the record."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = listTable({tr("Consent or opposition"), tr("Given on"), tr("Withdrawn on")}, this);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Consents and oppositions"));
    layout->addWidget(m_table, 1);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    layout->addWidget(m_detail);

    auto* kindRow = new QHBoxLayout;
    m_kind = new QComboBox(this);
    for (ConsentKind k : {ConsentKind::TelehealthConsent, ConsentKind::OppositionTeam, ConsentKind::OppositionOtherServices, ConsentKind::OppositionDmp})
        m_kind->addItem(consentKindText(k), consentKindCode(k));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(20);
    auto* kindLabel = new QLabel(tr("&Nature"), this);
    kindLabel->setBuddy(m_kind);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kind, 1);
    layout->addLayout(kindRow);
    auto* row = new QHBoxLayout;
    m_date = new QLineEdit(this);
    m_date->setPlaceholderText(tr("dd/mm/yyyy"));
    m_date->setMinimumWidth(m_date->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 16);
    m_date->setMaximumWidth(m_date->minimumWidth() + 20);
    auto* dateLabel = new QLabel(tr("&Date"), this);
    dateLabel->setBuddy(m_date);
    auto* addButton = new QPushButton(tr("Record (Enter)"), this);
    addButton->setAutoDefault(false);
    auto* withdraw = new QPushButton(tr("Withdraw the line chosen (Ctrl+Shift+W)"), this);
    withdraw->setAutoDefault(false);
    row->addWidget(dateLabel);
    row->addWidget(m_date);
    row->addStretch(1);
    row->addWidget(addButton);
    layout->addLayout(row);
    // Its own line: beside the date and the other button it was cut on a 1366-pixel screen.
    auto* withdrawRow = new QHBoxLayout;
    withdrawRow->addStretch(1);
    withdrawRow->addWidget(withdraw);
    layout->addLayout(withdrawRow);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(addButton, &QPushButton::clicked, this, [this] { (void)this->add(); });
    connect(m_date, &QLineEdit::returnPressed, this, [this] { (void)this->add(); });
    connect(withdraw, &QPushButton::clicked, this, [this] { (void)this->withdraw(); });
    auto* key = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), scope);
    key->setContext(Qt::WidgetWithChildrenShortcut);
    connect(key, &QShortcut::activated, this, [this] {
        if (isVisible())
            (void)this->withdraw();
    });
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) { open(item->row()); });
}

QString ConsentsPanel::statusText() const { return m_status->text(); }
QString ConsentsPanel::detailText() const { return m_detail->text(); }

void ConsentsPanel::showMessage(const QString& text, bool error) { showStatus(m_status, text, error); }

void ConsentsPanel::setWorker(const QString& workerId)
{
    clear();
    m_workerId = workerId;
    m_date->setText(dayText(m_session.clock().today()));
    refresh();
}

void ConsentsPanel::clear()
{
    m_workerId.clear();
    m_table->setRowCount(0);
    m_detail->clear();
    m_status->clear();
    m_date->clear();
}

void ConsentsPanel::refresh()
{
    m_table->setRowCount(0);
    if (m_workerId.isEmpty())
        return;
    auto list = RecordStore::consents(m_session, m_workerId);
    if (!list)
        return showMessage(list.error().message, true);
    m_table->setRowCount(int(list.value().size()));
    int row = 0;
    for (const Consent& c : list.value()) {
        setRow(m_table, row, {consentKindText(c.kind), dayText(c.givenOn), c.withdrawnOn.isValid() ? dayText(c.withdrawnOn) : tr("in force")});
        m_table->item(row, Kind)->setData(Qt::UserRole, c.id);
        m_table->item(row, Kind)->setData(Qt::UserRole + 1, c.withdrawnOn.isValid());
        ++row;
    }
    m_table->resizeColumnToContents(Given);
    m_table->resizeColumnToContents(Withdrawn);
    m_table->setColumnWidth(Kind, std::max(200, m_table->viewport()->width() - m_table->columnWidth(Given) - m_table->columnWidth(Withdrawn) - 4));
    m_table->resizeRowsToContents();
}

bool ConsentsPanel::add()
{
    if (m_workerId.isEmpty())
        return false;
    Consent c;
    c.workerId = m_workerId;
    c.kind = consentKindFromCode(m_kind->currentData().toString()).value_or(ConsentKind::TelehealthConsent);
    c.givenOn = typedDay(m_date->text());
    if (!c.givenOn.isValid()) {
        showMessage(tr("« %1 » is not a date (dd/mm/yyyy)").arg(m_date->text()), true);
        m_date->setFocus();
        return false;
    }
    auto id = RecordStore::recordConsent(m_session, c);
    if (!id) {
        showMessage(id.error().message, true);
        return false;
    }
    refresh();
    showMessage(tr("Recorded: %1, on %2").arg(consentKindText(c.kind), dayText(c.givenOn)), false);
    emit changed();
    return true;
}

void ConsentsPanel::open(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    const auto cell = [this, row](int c) { return m_table->item(row, c) ? m_table->item(row, c)->text() : QString(); };
    m_detail->setText(tr("%1 — given on %2, %3").arg(cell(Kind), cell(Given),
                                                    m_table->item(row, Kind)->data(Qt::UserRole + 1).toBool() ? tr("withdrawn on %1").arg(cell(Withdrawn))
                                                                                                               : tr("in force")));
}

bool ConsentsPanel::withdraw()
{
    const int row = m_table->currentRow();
    if (m_workerId.isEmpty() || row < 0)
        return false;
    const QDate on = typedDay(m_date->text());
    if (!on.isValid()) {
        showMessage(tr("« %1 » is not a date (dd/mm/yyyy)").arg(m_date->text()), true);
        return false;
    }
    const QString kind = m_table->item(row, Kind)->text();
    if (core::Status s = RecordStore::withdrawConsent(m_session, m_table->item(row, Kind)->data(Qt::UserRole).toString(), on); !s) {
        showMessage(s.error().message, true);
        return false;
    }
    refresh();
    showMessage(tr("Withdrawn on %1: %2").arg(dayText(on), kind), false);
    emit changed();
    return true;
}

} // namespace vigie::dmst
