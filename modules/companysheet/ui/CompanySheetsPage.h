#pragma once
// The "Company sheets" page: the establishments in reach on the left; on the right the history of
// the chosen establishment's sheet (versions, sendings, the differences between two versions, print)
// and the draft editor, one section of the plan at a time. Keyboard first: Ctrl+N new draft from the
// selected version, Alt+Page Down / Alt+Page Up next / previous section, Ctrl+S save, Ctrl+Return
// validate, Ctrl+D compare, Ctrl+P print. Reads and writes through CompanySheetStore, never SQL.

#include "companysheet/CompanySheetStore.h"
#include "ui/ModuleRegistry.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace vigie::ui {
class ThesaurusPicker;
}
namespace vigie::prevention {
class ActionsPanel;
}

namespace vigie::companysheet {

class CompanySheetsPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT
public:
    explicit CompanySheetsPage(security::Session& session, QWidget* parent = nullptr);

    void clearPersonalData() override;
    bool openHit(const ui::SearchHit& hit) override;

    // For the buttons, the shortcuts and the tests.
    bool selectEstablishment(const QString& establishmentId);
    bool startDraft();            // from the selected version (the latest when none is selected)
    bool saveDraft();
    bool validateDraft();         // asks a person for each conflicting section when needed
    bool compareSelected();       // the two selected versions, or the selected one with its previous
    bool printTo(const QString& path); // the selected version (the latest when none is selected)
    bool recordSending();         // "sent to the employer", for the selected version (the latest when none)
    void showSection(int index);

    QString message() const;      // the last message shown (errors, confirmations)

private:
    void reloadEstablishments();
    void reloadHistory();
    void loadDraft(const Draft& draft);
    void clearDraft();
    std::optional<SheetContent> collect(); // the draft's content from the widgets; nullopt after an error shown
    int selectedVersion() const;
    void say(const QString& text, bool error = false);

    security::Session& m_session;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_withoutPrimary = nullptr; // only the establishments without primary prevention
    QListWidget* m_establishments = nullptr;
    QLabel* m_title = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_history = nullptr;
    QTextBrowser* m_diff = nullptr;
    QLabel* m_draftInfo = nullptr;
    QListWidget* m_sections = nullptr;
    QStackedWidget* m_forms = nullptr;
    QTableWidget* m_exposures = nullptr;
    ui::ThesaurusPicker* m_exposurePicker = nullptr;
    QHash<QString, QWidget*> m_fields; // "section.field" → editor
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_validate = nullptr;
    QPushButton* m_abandon = nullptr;
    QString m_establishmentId;
    QString m_draftId;
    QList<VersionInfo> m_versions;
    prevention::ActionsPanel* m_actions = nullptr; // the establishment's workplace actions (issue 19 item 6)
};

} // namespace vigie::companysheet
