#pragma once
// The assistant's worklist (issue 6 part 6): what there is to plan — the visits due and the open
// requests of the account's teams, overdue ones first, each with its deadline and its reason (the
// article) — the planner's proposals for a period, to accept or refuse, and the appointments to
// confirm; and a new visit request (Ctrl+N). Reads and writes through the scheduling stores, never SQL.

#include "scheduling/AppointmentStore.h"
#include "scheduling/Planner.h"
#include "ui/ModuleRegistry.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::scheduling {

class WorklistPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT
public:
    explicit WorklistPage(security::Session& session, QWidget* parent = nullptr);

    void reload();
    void propose();
    void acceptSelected();
    void refuseSelected();
    void confirmSelected();
    void editProtocol(); // the team protocol dialog (Ctrl+Shift+P)
    // "New request" (Ctrl+N): the request dialog (VisitRequestDialog.h); the lists are reloaded when one
    // is recorded.
    void newRequest();

    void clearPersonalData() override;

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* toPlanTable() const { return m_toPlan; }
    QTableWidget* proposalTable() const { return m_proposals; }
    QTableWidget* toConfirmTable() const { return m_toConfirm; }
    QTableWidget* overdueTable() const { return m_overdue; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

private:
    void showError(const QString& message);
    void fillDemands();
    void fillProposals();
    void fillToConfirm();
    QList<int> selectedRows(QTableWidget* table) const;

    security::Session& m_session;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_toPlan = nullptr;
    QTableWidget* m_overdue = nullptr;
    QTableWidget* m_proposals = nullptr;
    QTableWidget* m_toConfirm = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_refuse = nullptr;
    QPushButton* m_confirm = nullptr;
    QList<Demand> m_demands;
    QList<Proposal> m_plan;
    QList<Appointment> m_planned;
    Agendas m_agendas;
};

} // namespace vigie::scheduling
