#include "workforce/ui/WorkerFollowUpPanel.h"

#include "security/AccessPolicy.h"
#include "security/Session.h"
#include "workforce/ui/CategoryOverrideDialog.h"
#include "workforce/ui/DuplicatesDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::workforce {
namespace {
QString dateText(const QString& iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}
} // namespace

WorkerFollowUpPanel::WorkerFollowUpPanel(security::Session* session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_override(new QPushButton(tr("Change the &category…"), this)),
      m_duplicates(new QPushButton(tr("Likely &duplicates…"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("workerFollowUpPanel"));
    m_table->setObjectName(QStringLiteral("workerEmployments"));
    m_table->setHorizontalHeaderLabels({tr("Establishment"), tr("Post"), tr("Start"), tr("End"), tr("Category"), tr("Why")});
    m_table->setAccessibleName(tr("Employments and follow-up categories"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 9);
    m_override->setObjectName(QStringLiteral("overrideCategoryButton"));
    m_override->setToolTip(tr("The occupational physician sets the category in force, with a reason (Ctrl+Shift+C)"));
    m_duplicates->setObjectName(QStringLiteral("duplicatesButton"));
    m_duplicates->setToolTip(tr("Identity vigilance: likely duplicates, merges and their undo (Ctrl+Shift+D)"));
    m_status->setObjectName(QStringLiteral("followUpStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_override);
    buttons->addWidget(m_duplicates);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_override, &QPushButton::clicked, this, &WorkerFollowUpPanel::editCategory);
    connect(m_duplicates, &QPushButton::clicked, this, &WorkerFollowUpPanel::reviewDuplicates);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WorkerFollowUpPanel::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] { editCategory(); });
    auto* categoryKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    categoryKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(categoryKey, &QShortcut::activated, this, &WorkerFollowUpPanel::editCategory);
    auto* duplicatesKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this);
    duplicatesKey->setContext(Qt::WindowShortcut);
    connect(duplicatesKey, &QShortcut::activated, this, &WorkerFollowUpPanel::reviewDuplicates);
    clear();
}

void WorkerFollowUpPanel::setWorker(const QString& workerId, const QString& displayName)
{
    m_workerId = workerId;
    m_workerName = displayName;
    reload();
}

void WorkerFollowUpPanel::clear()
{
    m_workerId.clear();
    m_workerName.clear();
    m_employments.clear();
    m_table->setRowCount(0);
    m_status->clear();
    updateButtons();
}

void WorkerFollowUpPanel::reload()
{
    m_employments.clear();
    m_table->setRowCount(0);
    if (!m_session || m_workerId.isEmpty()) {
        updateButtons();
        return;
    }
    auto found = EmploymentStore::ofWorker(*m_session, m_workerId);
    if (!found) {
        m_status->setText(found.error().message);
        m_status->setStyleSheet(QStringLiteral("QLabel { color:#b00020; }"));
        updateButtons();
        return;
    }
    m_employments = found.value();
    m_table->setRowCount(int(m_employments.size()));
    for (int row = 0; row < m_employments.size(); ++row) {
        const EmploymentFollowUp& e = m_employments.at(row);
        const QString why = e.override ? tr("Physician's decision: %1").arg(e.overrideReason)
                                       : (e.reason.isEmpty() ? tr("Not computed (employment recorded before the declarations)") : e.reason);
        const QStringList cells{e.establishmentName, e.postTitle, dateText(e.start), dateText(e.end), categoryCode(e.effective), why};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == Category && e.override) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setToolTip(tr("Computed: %1").arg(e.computed ? categoryCode(*e.computed) : QStringLiteral("—")));
            }
            if (c == Why)
                item->setToolTip(why);
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setStyleSheet(QStringLiteral("QLabel { color:#4a5563; }"));
    m_status->setText(m_employments.isEmpty() ? tr("No employment recorded.")
                                              : tr("%n employment(s).", nullptr, int(m_employments.size())));
    if (!m_employments.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

// Both dialogs are window-modal and open without blocking (QDialog::open): the page reloads when they
// finish. They delete themselves on close.
void WorkerFollowUpPanel::editCategory()
{
    const int row = m_table->currentRow();
    if (!m_session || row < 0 || row >= m_employments.size() || !m_override->isEnabled())
        return;
    auto* dialog = new CategoryOverrideDialog(*m_session, m_employments.at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &WorkerFollowUpPanel::reload);
    dialog->open();
    emit dialogOpened(dialog);
}

void WorkerFollowUpPanel::reviewDuplicates()
{
    if (!m_session || m_workerId.isEmpty())
        return;
    auto* dialog = new DuplicatesDialog(*m_session, m_workerId, m_workerName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->changed()) {
            reload();
            emit workerChanged();
        }
    });
    dialog->open();
    emit dialogOpened(dialog);
}

void WorkerFollowUpPanel::updateButtons()
{
    const bool physician = m_session && EmploymentStore::mayOverrideCategory(m_session->account().role);
    m_override->setVisible(physician);
    m_override->setEnabled(physician && m_table->currentRow() >= 0);
    m_duplicates->setEnabled(m_session && !m_workerId.isEmpty());
}

} // namespace vigie::workforce
