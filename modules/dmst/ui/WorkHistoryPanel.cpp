#include "dmst/ui/WorkHistoryPanel.h"

#include "dmst/RecordStore.h"
#include "dmst/ui/PanelSupport.h"
#include "security/Session.h"

#include <QGridLayout>

#include <algorithm>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace vigie::dmst {
using namespace panel;

WorkHistoryPanel::WorkHistoryPanel(security::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* intro = new QLabel(tr("Work history (part 2°): employers, posts, NAF and periods, past posts included. Enter on a line opens it to be corrected."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = listTable({tr("Employer"), tr("Post"), tr("NAF"), tr("From"), tr("To")}, this);
    m_table->setAccessibleName(tr("Work history"));
    layout->addWidget(m_table, 1);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_detail);

    auto* form = new QGridLayout;
    m_employer = new QLineEdit(this);
    m_post = new QLineEdit(this);
    m_naf = new QLineEdit(this);
    m_naf->setPlaceholderText(tr("e.g. 25.62A"));
    m_from = new QLineEdit(this);
    m_to = new QLineEdit(this);
    for (QLineEdit* d : {m_from, m_to}) {
        d->setPlaceholderText(tr("dd/mm/yyyy"));
        d->setMinimumWidth(d->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 16);
        d->setMaximumWidth(d->minimumWidth() + 20);
    }
    m_to->setToolTip(tr("Empty: the post is current"));
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addWidget(label(tr("&Employer"), m_employer), 0, 0);
    form->addWidget(m_employer, 0, 1, 1, 3);
    form->addWidget(label(tr("P&ost"), m_post), 1, 0);
    form->addWidget(m_post, 1, 1, 1, 3);
    form->addWidget(label(tr("NA&F"), m_naf), 2, 0);
    form->addWidget(m_naf, 2, 1, 1, 3);
    form->addWidget(label(tr("Fro&m"), m_from), 3, 0);
    form->addWidget(m_from, 3, 1);
    form->addWidget(label(tr("T&o"), m_to), 3, 2);
    form->addWidget(m_to, 3, 3);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    layout->addLayout(form);
    auto* row = new QHBoxLayout;
    m_add = new QPushButton(tr("Add to the work history (Enter)"), this);
    m_add->setAutoDefault(false);
    m_new = new QPushButton(tr("New line (Escape)"), this);
    m_new->setAutoDefault(false);
    m_new->setVisible(false);
    row->addStretch(1);
    row->addWidget(m_new);
    row->addWidget(m_add);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, [this] { (void)add(); });
    for (QLineEdit* e : {m_employer, m_post, m_naf, m_from, m_to})
        connect(e, &QLineEdit::returnPressed, this, [this] { (void)add(); });
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) { open(item->row()); });
    connect(m_new, &QPushButton::clicked, this, &WorkHistoryPanel::cancelEdit);
    // Escape is taken only while a line is being corrected (the picker's own Escape stays otherwise).
    auto* escape = m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    escape->setEnabled(false);
    connect(escape, &QShortcut::activated, this, [this] {
        if (!m_editing.isEmpty())
            cancelEdit();
    });
}

void WorkHistoryPanel::cancelEdit()
{
    m_editing.clear();
    for (QLineEdit* f : {m_employer, m_post, m_naf, m_from, m_to})
        f->clear();
    m_add->setText(tr("Add to the work history (Enter)"));
    m_new->setVisible(false);
    m_escape->setEnabled(false);
}

QString WorkHistoryPanel::statusText() const { return m_status->text(); }
QString WorkHistoryPanel::detailText() const { return m_detail->text(); }

void WorkHistoryPanel::showMessage(const QString& text, bool error) { showStatus(m_status, text, error); }

void WorkHistoryPanel::setWorker(const QString& workerId)
{
    clear();
    m_workerId = workerId;
    refresh();
}

void WorkHistoryPanel::clear()
{
    m_workerId.clear();
    m_editing.clear();
    m_escape->setEnabled(false);
    m_add->setText(tr("Add to the work history (Enter)"));
    m_new->setVisible(false);
    m_table->setRowCount(0);
    m_detail->clear();
    m_status->clear();
    for (QLineEdit* e : {m_employer, m_post, m_naf, m_from, m_to})
        e->clear();
}

void WorkHistoryPanel::refresh()
{
    m_table->setRowCount(0);
    if (m_workerId.isEmpty())
        return;
    auto list = RecordStore::workHistory(m_session, m_workerId);
    if (!list)
        return showMessage(list.error().message, true);
    m_table->setRowCount(int(list.value().size()));
    int row = 0;
    for (const WorkHistoryEntry& e : list.value()) {
        setRow(m_table, row, {e.employer, e.post, e.naf, dayText(e.start), e.end.isValid() ? dayText(e.end) : tr("current")});
        m_table->item(row, Employer)->setData(Qt::UserRole, e.id);
        m_table->item(row, To)->setData(Qt::UserRole, !e.end.isValid()); // "current": no end date
        ++row;
    }
    m_table->resizeColumnsToContents();
    for (int c : {int(Employer), int(Post)})
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 140));
}

bool WorkHistoryPanel::add()
{
    if (m_workerId.isEmpty())
        return false;
    WorkHistoryEntry e;
    e.workerId = m_workerId;
    e.employer = m_employer->text().trimmed();
    e.post = m_post->text().trimmed();
    e.naf = m_naf->text().trimmed().toUpper();
    e.start = typedDay(m_from->text());
    if (!e.start.isValid()) {
        showMessage(m_from->text().trimmed().isEmpty() ? tr("The start date is missing (dd/mm/yyyy)")
                                                       : tr("« %1 » is not a date (dd/mm/yyyy)").arg(m_from->text()),
                    true);
        m_from->setFocus();
        return false;
    }
    if (!m_to->text().trimmed().isEmpty()) {
        e.end = typedDay(m_to->text());
        if (!e.end.isValid()) {
            showMessage(tr("« %1 » is not a date (dd/mm/yyyy)").arg(m_to->text()), true);
            m_to->setFocus();
            return false;
        }
    }
    const bool correcting = !m_editing.isEmpty();
    if (correcting) {
        e.id = m_editing;
        if (core::Status st = RecordStore::updateWorkHistory(m_session, e); !st) {
            showMessage(st.error().message, true);
            return false;
        }
    } else if (auto id = RecordStore::addWorkHistory(m_session, e); !id) {
        showMessage(id.error().message, true);
        return false;
    }
    cancelEdit();
    refresh();
    showMessage(correcting ? tr("Work history corrected: %1 — %2").arg(e.employer, e.post)
                           : tr("Added to the work history: %1 — %2").arg(e.employer, e.post),
                false);
    m_employer->setFocus();
    return true;
}

void WorkHistoryPanel::open(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    const auto cell = [this, row](int c) { return m_table->item(row, c) ? m_table->item(row, c)->text() : QString(); };
    m_detail->setText(tr("%1 — %2\nNAF: %3 · from %4 to %5").arg(cell(Employer), cell(Post), cell(Naf).isEmpty() ? tr("not given") : cell(Naf), cell(From), cell(To)));
    // The line in the fields, to be corrected in place (the dates as typed: dd/mm/yyyy).
    m_editing = m_table->item(row, Employer)->data(Qt::UserRole).toString();
    m_employer->setText(cell(Employer));
    m_post->setText(cell(Post));
    m_naf->setText(cell(Naf));
    m_from->setText(cell(From));
    m_to->setText(m_table->item(row, To)->data(Qt::UserRole).toBool() ? QString() : cell(To));
    m_add->setText(tr("Save the correction (Enter)"));
    m_new->setVisible(true);
    m_escape->setEnabled(true);
    m_employer->setFocus();
}

} // namespace vigie::dmst
