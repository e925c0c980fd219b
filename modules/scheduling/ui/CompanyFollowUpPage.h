#pragma once
// The company's view of its workers' follow-up (issue 6 part 6): pick a member company, see every
// current worker of its establishments — category in force, last visit, next statutory deadline with
// its reason, state (up to date, due, overdue), next appointment — and the profession's indicator
// "N workers, X % up to date". Prints it as the PDF "État du suivi individuel" sent to the employer,
// and prints the company's convocations over a period (issue 6 part 5). Only dates and kinds: never
// a medical content (FollowUpStore.h). Reads through FollowUpStore and ConvocationStore, never SQL.

#include "scheduling/FollowUpStore.h"
#include "ui/ModuleRegistry.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::scheduling {

class CompanyFollowUpPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT
public:
    // The worker's state and next deadline first: what the employer's question is about.
    enum Column { WorkerColumn, StateColumn, DeadlineColumn, ReasonColumn, AppointmentColumn, LastVisitColumn, CategoryColumn,
                  EstablishmentColumn, ColumnCount };

    explicit CompanyFollowUpPage(security::Session& session, QWidget* parent = nullptr);

    void reloadCompanies();
    void showCompany();
    // Writes the PDFs to `path`; the buttons ask for the file first. True when written (else the
    // reason is on the status line).
    bool printStatus(const QString& path);
    bool printConvocations(const QString& path);

    void clearPersonalData() override;

    QComboBox* companyBox() const { return m_company; }
    QTableWidget* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* statusLabel() const { return m_status; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    // The worker of the current row (empty when none); F4 opens her record (ui/RecordShortcut.h).
    QString selectedWorkerId() const;
    QAction* openRecordAction() const { return m_openRecord; } // null for roles that do not read records

private:
    void showError(const QString& message);
    void askAndPrintStatus();
    void askAndPrintConvocations();

    security::Session& m_session;
    QComboBox* m_company = nullptr;
    QComboBox* m_horizon = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_printStatus = nullptr;
    QPushButton* m_printConvocations = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_openRecord = nullptr;
    std::optional<CompanyFollowUp> m_view;
};

} // namespace vigie::scheduling
