#include "workforce/ui/DuplicatesDialog.h"

#include "ui/ListTable.h"
#include "security/Session.h"
#include "ui/IdentityBanner.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::workforce {
namespace {

QString birthText(const QString& iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}

QStringList traitCells(const DuplicateCandidate& c)
{
    return {ui::nameInCapitals(c.birthName), c.firstBirthFirstName, birthText(c.birthDate), ui::sexText(c.sex),
            ui::nameInCapitals(c.usedName), ui::insStatusText(ui::insStatusFromCode(c.insStatus))};
}

void fillRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

DuplicatesDialog::DuplicatesDialog(security::Session& session, const QString& workerId, const QString& workerName, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_workerId(workerId),
      m_candidates(ui::makeListTable({tr("Birth name"), tr("First name"), tr("Born on"), tr("Sex"), tr("Used name"), tr("INS status"), tr("Why")}, this)),
      m_merges(ui::makeListTable({tr("Birth name"), tr("First name"), tr("Born on"), tr("Sex"), tr("Used name"), tr("INS status"), tr("Merged on"),
                          tr("Reason")},
                         this)),
      m_reason(new QLineEdit(this)),
      m_merge(new QPushButton(tr("&Merge into this worker"), this)),
      m_undo(new QPushButton(tr("&Undo the merge"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Identity vigilance — %1").arg(workerName));
    m_candidates->setObjectName(QStringLiteral("duplicateCandidates"));
    m_merges->setObjectName(QStringLiteral("mergesInForce"));
    m_reason->setObjectName(QStringLiteral("mergeReason"));
    m_reason->setPlaceholderText(tr("What shows it is the same person (required), e.g. identity document seen"));
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_undo->setObjectName(QStringLiteral("undoMergeButton"));
    m_message->setObjectName(QStringLiteral("vigilanceMessage"));
    m_message->setWordWrap(true);

    auto* intro = new QLabel(tr("Identities that may be the same person as <b>%1</b>: same NIR, same birth name, first name and "
                                "birth date (accents, case and hyphens ignored), or names that sound alike with the same birth "
                                "date. Compare the traits before merging; if they are different people, simply close this window.")
                                 .arg(workerName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto* mergeRow = new QHBoxLayout;
    mergeRow->addWidget(reasonLabel);
    mergeRow->addWidget(m_reason, 1);
    mergeRow->addWidget(m_merge);
    auto* mergesTitle = new QLabel(tr("Identities merged into this worker (a merge can be undone):"), this);
    auto* undoRow = new QHBoxLayout;
    undoRow->addStretch(1);
    undoRow->addWidget(m_undo);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_candidates, 2);
    layout->addLayout(mergeRow);
    layout->addSpacing(8);
    layout->addWidget(mergesTitle);
    layout->addWidget(m_merges, 1);
    layout->addLayout(undoRow);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_undo, &QPushButton::clicked, this, &DuplicatesDialog::undoSelected);
    connect(m_reason, &QLineEdit::textChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_candidates, &QTableWidget::itemSelectionChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_merges, &QTableWidget::itemSelectionChanged, this, &DuplicatesDialog::updateButtons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 88, em * 34);
    reload();
    m_candidates->setFocus();
}

void DuplicatesDialog::reload()
{
    m_candidates->setRowCount(0);
    m_merges->setRowCount(0);
    m_found.clear();
    m_inForce.clear();
    auto found = WorkerVigilance::duplicatesOf(m_session, m_workerId);
    if (!found) {
        showMessage(found.error().message, true);
    } else {
        m_found = found.value();
        m_candidates->setRowCount(int(m_found.size()));
        for (int row = 0; row < m_found.size(); ++row)
            fillRow(m_candidates, row, traitCells(m_found.at(row)) << duplicateReasonText(m_found.at(row).reason));
        if (m_found.isEmpty())
            showMessage(tr("No likely duplicate of this worker."), false);
        else
            m_candidates->selectRow(0);
    }
    auto merges = WorkerVigilance::mergesInto(m_session, m_workerId);
    if (!merges) {
        showMessage(merges.error().message, true);
    } else {
        m_inForce = merges.value();
        m_merges->setRowCount(int(m_inForce.size()));
        for (int row = 0; row < m_inForce.size(); ++row) {
            const auto& m = m_inForce.at(row);
            const QDate on = QDateTime::fromString(m.merge.mergedAt, Qt::ISODateWithMs).toLocalTime().date();
            fillRow(m_merges, row, traitCells(m.merged) << QLocale().toString(on, QLocale::ShortFormat) << m.merge.reason);
        }
    }
    m_candidates->resizeColumnsToContents();
    m_merges->resizeColumnsToContents();
    updateButtons();
}

bool DuplicatesDialog::mergeSelected()
{
    const int row = m_candidates->currentRow();
    if (row < 0 || row >= m_found.size())
        return false;
    auto merged = IdentityStore::merge(m_session, m_workerId, m_found.at(row).workerId, m_reason->text());
    if (!merged) {
        showMessage(merged.error().message, true);
        return false;
    }
    m_changed = true;
    m_reason->clear();
    reload();
    showMessage(tr("Merged: the employments, visits and requests of that identity now belong to this worker."), false);
    return true;
}

bool DuplicatesDialog::undoSelected()
{
    const int row = m_merges->currentRow();
    if (row < 0 || row >= m_inForce.size())
        return false;
    if (core::Status s = IdentityStore::undoMerge(m_session, m_inForce.at(row).merge.id); !s) {
        showMessage(s.error().message, true);
        return false;
    }
    m_changed = true;
    reload();
    showMessage(tr("Merge undone: the two identities are separate again."), false);
    return true;
}

void DuplicatesDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color:#b00020; }") : QStringLiteral("QLabel { color:#4a5563; }"));
}

void DuplicatesDialog::updateButtons()
{
    m_merge->setEnabled(m_candidates->currentRow() >= 0 && !m_reason->text().trimmed().isEmpty());
    m_undo->setEnabled(m_merges->currentRow() >= 0);
}

} // namespace vigie::workforce
