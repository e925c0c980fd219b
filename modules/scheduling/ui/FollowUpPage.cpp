#include "scheduling/ui/FollowUpPage.h"

#include "scheduling/DueVisit.h"
#include "scheduling/AgendaStore.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/Convocation.h"
#include "scheduling/DemandStore.h"
#include "scheduling/FollowUpRows.h"
#include "security/Session.h"
#include "ui/RecordShortcut.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigie::scheduling {

namespace {

constexpr int SortRole = Qt::UserRole + 1;
constexpr int ScopeRole = Qt::UserRole + 2; // the establishment ids a tree item stands for
constexpr int WorkerIdRole = Qt::UserRole + 3; // on the worker's cell: her id (F4 opens her record)
const QColor LateTint(0xfd, 0xe2, 0xe1);

QString dateText(QDate d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

QStandardItem* cell(const QString& text, const QVariant& sortKey = {})
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text), SortRole);
    return item;
}

} // namespace

FollowUpPage::FollowUpPage(security::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Workers' follow-up</h2>"), this));

    auto* bar = new QHBoxLayout;
    m_horizon = new QComboBox(this);
    for (int months : {1, 3, 6, 12})
        m_horizon->addItem(tr("%n month(s)", "", months), months);
    m_horizon->setCurrentIndex(1);
    auto* horizonLabel = new QLabel(tr("Deadlines &within"), this);
    horizonLabel->setBuddy(m_horizon);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Worker, establishment, visit, article…"));
    m_filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("&Filter"), this);
    filterLabel->setBuddy(m_filter);
    bar->addWidget(horizonLabel);
    bar->addWidget(m_horizon);
    bar->addSpacing(24);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(this);
    m_scope = new QTreeWidget(splitter);
    m_scope->setHeaderLabels({tr("Team / establishment"), tr("Overdue"), tr("Due"), tr("Planned")});
    m_scope->setRootIsDecorated(true);
    m_scope->setUniformRowHeights(true);
    // The counts stay in view; a long establishment name is elided (its tooltip gives it whole).
    m_scope->header()->setStretchLastSection(false);
    m_scope->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int col = 1; col <= 3; ++col)
        m_scope->header()->setSectionResizeMode(col, QHeaderView::ResizeToContents);
    m_scope->setToolTip(tr("Overdue: deadline passed, no appointment. Due: to plan or requested within the period. Planned: appointment booked."));
    m_model = new QStandardItemModel(0, ColumnCount, this);
    QStringList headers(ColumnCount);
    headers[DeadlineColumn] = tr("Deadline");
    headers[StateColumn] = tr("State");
    headers[WorkerColumn] = tr("Worker");
    headers[EstablishmentColumn] = tr("Establishment");
    headers[KindColumn] = tr("Visit");
    headers[ReasonColumn] = tr("Reason (article)");
    m_model->setHorizontalHeaderLabels(headers);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(splitter);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(false); // the tint of late rows must stay readable
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    splitter->addWidget(m_scope);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({470, 810});
    layout->addWidget(splitter, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_horizon, &QComboBox::currentIndexChanged, this, &FollowUpPage::reload);
    connect(m_scope, &QTreeWidget::currentItemChanged, this, &FollowUpPage::fillTable);
    // Issue 18: F4 opens the record of the worker of the current row, for the roles that read records.
    m_openRecord = ui::addOpenRecordAction(this, m_session.account().role, [this] { return selectedWorkerId(); });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    reload();
}

QString FollowUpPage::selectedWorkerId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    return m_proxy->index(current.row(), WorkerColumn).data(WorkerIdRole).toString();
}

void FollowUpPage::showError(const QString& message)
{
    m_status->setText(QStringLiteral("<span style=\"color:#a40000\">%1</span>").arg(message.toHtmlEscaped()));
}

void FollowUpPage::reload()
{
    auto teams = AgendaStore::teamsToPlan(m_session);
    if (!teams)
        return showError(teams.error().message);
    const QDate today = m_session.clock().today();
    const QDate horizon = today.addMonths(m_horizon->currentData().toInt());
    auto establishments = FollowUpStore::teamEstablishments(m_session, teams.value());
    if (!establishments)
        return showError(establishments.error().message);
    auto rows = followUpRows(m_session, teams.value(), horizon);
    if (!rows)
        return showError(rows.error().message);
    m_establishments = establishments.value();
    m_rows = rows.value();
    fillScope();
}

void FollowUpPage::fillScope()
{
    const QString previous = m_scope->currentItem() ? m_scope->currentItem()->text(0) : QString();
    m_scope->clear();
    auto addCounts = [](QTreeWidgetItem* item, const EstablishmentCounts& c) {
        item->setText(1, QString::number(c.overdue));
        item->setText(2, QString::number(c.due));
        item->setText(3, QString::number(c.planned));
        for (int col = 1; col <= 3; ++col)
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        if (c.overdue > 0) {
            item->setForeground(1, QColor(0xa4, 0x00, 0x00));
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
    };
    auto* all = new QTreeWidgetItem(m_scope, {tr("All my teams")});
    EstablishmentCounts total;
    QStringList allIds;
    QTreeWidgetItem* team = nullptr;
    EstablishmentCounts teamTotal;
    QStringList teamIds;
    auto closeTeam = [&] {
        if (!team)
            return;
        addCounts(team, teamTotal);
        team->setData(0, ScopeRole, teamIds);
    };
    for (const TeamEstablishment& e : std::as_const(m_establishments)) {
        if (!team || team->data(0, Qt::UserRole).toString() != e.teamId) {
            closeTeam();
            team = new QTreeWidgetItem(all, {e.teamName});
            team->setData(0, Qt::UserRole, e.teamId);
            teamTotal = {};
            teamIds.clear();
        }
        const EstablishmentCounts c = countsOf(m_rows, e.establishmentId);
        auto* item = new QTreeWidgetItem(team, {e.city.isEmpty() ? e.establishmentName : tr("%1 (%2)").arg(e.establishmentName, e.city)});
        item->setData(0, ScopeRole, QStringList{e.establishmentId});
        item->setToolTip(0, item->text(0));
        addCounts(item, c);
        teamIds << e.establishmentId;
        teamTotal.overdue += c.overdue;
        teamTotal.due += c.due;
        teamTotal.planned += c.planned;
        if (!allIds.contains(e.establishmentId)) { // an establishment of two teams counts once
            allIds << e.establishmentId;
            total.overdue += c.overdue;
            total.due += c.due;
            total.planned += c.planned;
        }
    }
    closeTeam();
    all->setData(0, ScopeRole, allIds);
    addCounts(all, total);
    m_scope->expandAll();
    QTreeWidgetItem* current = all;
    if (!previous.isEmpty())
        if (const auto found = m_scope->findItems(previous, Qt::MatchExactly | Qt::MatchRecursive); !found.isEmpty())
            current = found.first();
    m_scope->setCurrentItem(current);
    fillTable();
}

void FollowUpPage::fillTable()
{
    m_model->removeRows(0, m_model->rowCount());
    QTreeWidgetItem* scope = m_scope->currentItem();
    if (!scope)
        return;
    const QStringList ids = scope->data(0, ScopeRole).toStringList();
    QHash<QString, QString> names;
    for (const TeamEstablishment& e : std::as_const(m_establishments))
        names.insert(e.establishmentId, e.establishmentName);
    int overdue = 0;
    for (const DueRow& r : std::as_const(m_rows)) {
        if (!ids.contains(r.establishmentId))
            continue;
        // The state says "overdue" in words, and the row is tinted: colour alone would not reach
        // every reader nor survive a black-and-white print of the screen.
        QList<QStandardItem*> items(ColumnCount);
        items[DeadlineColumn] = cell(dateText(r.deadline), r.deadline.toString(Qt::ISODate));
        items[StateColumn] = cell(dueStateText(r), int(r.state));
        items[WorkerColumn] = cell(r.workerName);
        items[WorkerColumn]->setData(r.workerId, WorkerIdRole);
        items[EstablishmentColumn] = cell(names.value(r.establishmentId));
        items[KindColumn] = cell(visitTitle(r.kind));
        items[ReasonColumn] = cell(basisText(r.basis));
        if (r.late)
            for (QStandardItem* i : items)
                i->setBackground(LateTint);
        if (r.state == DueState::Overdue) {
            QFont bold = items.at(StateColumn)->font();
            bold.setBold(true);
            items.at(StateColumn)->setFont(bold);
            ++overdue;
        }
        m_model->appendRow(items);
    }
    m_table->sortByColumn(DeadlineColumn, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%1: %n visit(s), of which %2 overdue", "", int(m_model->rowCount())).arg(scope->text(0)).arg(overdue));
}

void FollowUpPage::clearPersonalData()
{
    m_rows.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_filter->clear();
    m_status->clear();
}

} // namespace vigie::scheduling
