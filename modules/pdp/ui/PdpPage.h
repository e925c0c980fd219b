#pragma once
// "Maintien en emploi" (issue 17): the workspace of the job-retention cell and of the social worker.
// Left, the cases (her caseload — the cases whose social follow-up she leads —, every open case of her
// teams, or the closed ones), with the next review and its date; right, the selected case: its
// summary, its steps in order (what, when, who — never the clinical content), the social follow-up
// (rights explained, administrative help, notes on the social situation) and the reviews at 3 and 6
// months and at one year, due or done. Buttons add a step, start the follow-up, record a review, close
// the case with its outcome. A second tab lists the new flags (stoppages of more than 30 days without a
// case) and opens a case for one. Reads and writes through PdpStore, never SQL; every action
// follows the PDP policy (security/PdpPolicy), so a button the role may not use says why.

#include "pdp/PdpStore.h"
#include "ui/ModuleRegistry.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::pdp {

class PdpPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT
public:
    enum Scope { MyCaseload, AllOpen, Closed };

    explicit PdpPage(security::Session& session, QWidget* parent = nullptr);

    void reload();
    void clearPersonalData() override;

    bool addStep();
    bool startSocial();
    bool saveSocial();
    bool recordReview();
    bool closeCase();
    bool openCaseForFlag();
    bool printAgenda(const QString& path);

    QComboBox* scopeBox() const { return m_scope; }
    QTableWidget* caseTable() const { return m_cases; }
    QLabel* summaryLabel() const { return m_summary; }
    QTableWidget* stepTable() const { return m_steps; }
    QTableWidget* reviewTable() const { return m_reviews; }
    QTableWidget* flagTable() const { return m_flags; }
    QComboBox* stepKindBox() const { return m_stepKind; }
    QDateEdit* stepDateEdit() const { return m_stepDate; }
    QComboBox* partnerBox() const { return m_partner; }
    QDateEdit* socialDateEdit() const { return m_socialDate; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QCheckBox* rightsBox() const { return m_rights; }
    QComboBox* situationBox() const { return m_situation; }
    QDateEdit* reviewDateEdit() const { return m_reviewDate; }
    QLabel* statusLabel() const { return m_status; }
    QTabWidget* tabs() const { return m_tabs; }
    QString currentCaseId() const;
    QString currentWorkerId() const;
    QAction* openRecordAction() const { return m_openRecord; } // F4; null for roles that do not read records

private:
    QWidget* casesTab();
    QWidget* flagsTab();
    void fillCases();
    void showCase();
    void fillFlags();
    bool fail(const QString& message);
    void succeed(const QString& message);

    security::Session& m_session;
    QAction* m_openRecord = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_scope = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableWidget* m_cases = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_steps = nullptr;
    QComboBox* m_stepKind = nullptr;
    QDateEdit* m_stepDate = nullptr;
    QDateEdit* m_stepEnd = nullptr;
    QComboBox* m_partner = nullptr;
    QLabel* m_socialState = nullptr;
    QDateEdit* m_socialDate = nullptr;
    QCheckBox* m_rights = nullptr;
    QCheckBox* m_adminHelp = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTableWidget* m_reviews = nullptr;
    QDateEdit* m_reviewDate = nullptr;
    QComboBox* m_situation = nullptr;
    QTableWidget* m_flags = nullptr;
    QComboBox* m_flagOrigin = nullptr;
    QLabel* m_status = nullptr;
    QList<CaseSummary> m_caseRows;
    std::optional<CaseDetail> m_detail;
    QList<Flag> m_flagRows;
};

} // namespace vigie::pdp
