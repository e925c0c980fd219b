#pragma once
// The first screen: find a worker by birth or used name as you type, pick one, see their identity and,
// for roles that read part 2° of records, their employments and follow-up categories (WorkerFollowUpPanel).
//
// Keyboard first: the search field has the focus; typing searches after a short pause; Down moves
// into the results; Enter (or a double click) selects the row into the identity banner; Up on the first
// row goes back to the field; Escape in the field clears it, Escape in the results returns to the field.

#include "ui/ModuleRegistry.h"
#include "workforce/WorkerStore.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace vigie::security {
class Session;
}
namespace vigie::ui {
class IdentityBanner;
}

namespace vigie::workforce {

class WorkerFollowUpPanel;
class WorkerSearchModel;

class WorkerSearchPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT

public:
    static constexpr int DebounceMsecs = 200;

    // `session` may be null (no one signed in): the page is shown, disabled. It must outlive the page.
    explicit WorkerSearchPage(security::Session* session, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_field; }
    QTableView* resultView() const { return m_view; }
    WorkerSearchModel* model() const { return m_model; }
    ui::IdentityBanner* banner() const { return m_banner; }
    WorkerFollowUpPanel* followUpPanel() const { return m_followUp; }
    QLabel* statusLabel() const { return m_status; }
    const std::optional<WorkerSummary>& selectedWorker() const { return m_selected; }
    QAction* openRecordAction() const { return m_openRecord; } // F4; null for roles that do not read records

    // Runs the pending search now instead of waiting for the pause (Enter in the field, tests).
    void searchNow();
    // Selects a result row into the banner (what Enter does). Returns false for a row that does not exist.
    bool selectRow(int row);
    // SESS-01: hides every identity (field, results, banner), e.g. when the session locks.
    void clearPatientData();
    // Shows one worker (e.g. chosen in the global search): searches their birth name and selects
    // their row, or shows them in the banner when the row is beyond the pages loaded.
    void showWorker(const WorkerSummary& worker);

    // ui::ModulePage
    void clearPersonalData() override { clearPatientData(); }
    bool openHit(const ui::SearchHit& hit) override;

signals:
    void workerSelected(const vigie::workforce::WorkerSummary& worker);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateStatus();
    void enterResults();
    void showFollowUp(const WorkerSummary& worker);

    security::Session* m_session;
    WorkerSearchModel* m_model;
    QLineEdit* m_field;
    QTableView* m_view;
    QLabel* m_status;
    ui::IdentityBanner* m_banner;
    WorkerFollowUpPanel* m_followUp; // null for roles that never read part 2°
    QTimer* m_debounce;
    std::optional<WorkerSummary> m_selected;
    QAction* m_openRecord = nullptr;
};

} // namespace vigie::workforce
