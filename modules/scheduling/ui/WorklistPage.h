#pragma once
// The assistant's worklist (issue 6 part 6): what there is to plan — the visits due and the open
// requests of the account's teams, overdue ones first, each with its deadline and its reason (the
// article) — the planner's proposals for a period, to accept or refuse, and the appointments to
// confirm; and a new visit request (Ctrl+N). Reads and writes through the scheduling stores, never SQL.
//
// Issue 19: the visits to plan are the one shared definition (ToPlan.h); the lists are filtered by
// employer (company), team, professional and kind of visit, show the employer, sort by any column
// (names the French way), offer a context menu and act on a double-click (a visit: propose an
// appointment for it; a proposal: accept it; an appointment: confirm it). Accepting proposals offers
// at once to print their convocations or to send the e-mails due, today's appointments included.

#include "scheduling/AppointmentStore.h"
#include "scheduling/Planner.h"
#include "ui/ModuleRegistry.h"

#include <QHash>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QMessageBox;
class QPoint;
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
    // Proposals for the selected visits only (double-click on a visit, or its context menu).
    void proposeSelected();
    void acceptSelected();
    void refuseSelected();
    void confirmSelected();
    void editProtocol(); // the team protocol dialog (Ctrl+Shift+P)
    // "New request" (Ctrl+N): the request dialog (VisitRequestDialog.h); the lists are reloaded when one
    // is recorded.
    void newRequest();
    // The convocation letters of the appointments just booked, as one PDF; false (reason shown) when refused.
    bool printConvocationsOf(const QStringList& appointmentIds, const QString& path);

    void clearPersonalData() override;

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* toPlanTable() const { return m_toPlan; }
    QTableWidget* proposalTable() const { return m_proposals; }
    QTableWidget* toConfirmTable() const { return m_toConfirm; }
    QTableWidget* overdueTable() const { return m_overdue; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* companyFilter() const { return m_company; }
    QComboBox* teamFilter() const { return m_team; }
    QComboBox* professionalFilter() const { return m_professional; }
    QComboBox* kindFilter() const { return m_kind; }
    QLabel* statusLabel() const { return m_status; }
    // The worker of the current row of the list shown (empty when none); F4 opens her record.
    QString selectedWorkerId() const;
    QAction* openRecordAction() const { return m_openRecord; } // null for roles that do not read records
    // The visits to plan, before the filters (the shared definition), and the ids last booked.
    int visitsToPlanCount() const { return int(m_demands.size()); }
    const QStringList& lastBooked() const { return m_lastBooked; }
    // The offer shown after a booking (print, send, later), while it is open.
    QMessageBox* convocationOffer() const { return m_offer; }

private:
    void showError(const QString& message);
    void loadFilters();
    void applyFilters();
    bool demandShown(const Demand& d) const;
    bool appointmentShown(const QString& establishmentId, const QString& professionalId, VisitKind kind) const;
    void fillDemands();
    void fillProposals();
    void fillToConfirm();
    void offerConvocations(const QStringList& ids);
    void showMenu(QTableWidget* table, const QPoint& pos);
    // The indexes into m_demands / m_plan / m_planned of the selected rows (the tables may be sorted).
    QList<int> selectedIndexes(QTableWidget* table) const;
    QString employerOf(const QString& establishmentId) const;

    security::Session& m_session;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_company = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_professional = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_toPlan = nullptr;
    QTableWidget* m_overdue = nullptr;
    QTableWidget* m_proposals = nullptr;
    QTableWidget* m_toConfirm = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_refuse = nullptr;
    QPushButton* m_confirm = nullptr;
    QMessageBox* m_offer = nullptr;
    QAction* m_openRecord = nullptr;
    QList<Demand> m_demands;
    QList<Proposal> m_plan;
    QList<Appointment> m_planned;
    Agendas m_agendas;       // the professionals of the teams, and the period's agendas once proposed
    QStringList m_lastBooked;
    QHash<QString, QString> m_employer;             // establishment id → "Company (Establishment)"
    QHash<QString, QStringList> m_companyEstablishments; // company id → its establishments in the teams
    QHash<QString, QStringList> m_teamEstablishments;    // team id → its establishments
};

} // namespace vigie::scheduling
