#pragma once
// "Suivi des salariés" (issue 6 part 6): the workers due per team and per establishment, with their
// deadlines and reasons. Left, the account's teams and their establishments with their counts
// (overdue, due within the horizon, planned); right, one row per visit — worker, establishment, kind,
// deadline, reason with its article, state — sortable, filtered by a text, overdue rows tinted and
// saying so. Reads through DemandStore, AppointmentStore and FollowUpStore, never SQL.

#include "scheduling/FollowUp.h"
#include "scheduling/FollowUpStore.h"
#include "ui/ModuleRegistry.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTreeWidget;

namespace vigie::security {
class Session;
}

namespace vigie::scheduling {

class FollowUpPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT
public:
    // Deadline and state first: what a hurried assistant reads before anything else.
    enum Column { DeadlineColumn, StateColumn, WorkerColumn, EstablishmentColumn, KindColumn, ReasonColumn, ColumnCount };

    explicit FollowUpPage(security::Session& session, QWidget* parent = nullptr);

    void reload();
    void clearPersonalData() override;

    QTreeWidget* scopeTree() const { return m_scope; }
    QTableView* table() const { return m_table; }
    QSortFilterProxyModel* rows() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* horizonBox() const { return m_horizon; }
    // The worker of the current row (empty when none); F4 opens her record (ui/RecordShortcut.h).
    QString selectedWorkerId() const;
    QAction* openRecordAction() const { return m_openRecord; } // null for roles that do not read records

private:
    void fillScope();
    void fillTable();
    void showError(const QString& message);

    security::Session& m_session;
    QComboBox* m_horizon = nullptr;
    QLineEdit* m_filter = nullptr;
    QTreeWidget* m_scope = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_openRecord = nullptr;
    QList<TeamEstablishment> m_establishments;
    QList<DueRow> m_rows;
};

} // namespace vigie::scheduling
