#pragma once
// The medical record's page: find a worker, see the identity banner, the record's synthesis (what it
// opens on: SynthesisPanel), the consultations, the documents, work history, correspondence, consents,
// the retention date and — for the physician — the record's access history; document a consultation
// in ConsultationForm with autosave (each change is saved within AutosaveDelayMs, and at once when the
// page locks, changes worker or closes), close it, correct a closed one, record that the worker was
// informed of his rights; the documents of part 5° (DocumentsPanel) and, for the physician, the
// worker's access requests (AccessRequestsPanel). Keyboard-first: Ctrl+F find, Ctrl+N new
// consultation, Ctrl+I rights information given, Ctrl+Return close, Ctrl+Shift+C correct, Alt+1…9 and
// Alt+0 the sections (listed one under the other, so that no title is cut); the panels' own shortcuts
// are in their headers. Every read and write goes through the dmst stores (access policy, audit); no
// SQL here.

#include "dmst/ConsultationStore.h"
#include "ui/ModuleRegistry.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace vigie::ui {
class IdentityBanner;
}

namespace vigie::dmst {

class AccessRequestsPanel;
class ConsentsPanel;
class ConsultationForm;
class CorrespondencePanel;
class DocumentsPanel;
class PartsPanel;
class SynthesisPanel;
class WorkHistoryPanel;

class RecordPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT

public:
    static constexpr int AutosaveDelayMs = 400;

    RecordPage(security::Session& session, QWidget* parent = nullptr);
    ~RecordPage() override;

    void clearPersonalData() override;
    bool openHit(const ui::SearchHit& hit) override;

    // Opens the worker's record (what choosing a search result does). False with a message when refused.
    bool openWorker(const QString& workerId);
    const QString& workerId() const { return m_workerId; }
    const QString& consultationId() const { return m_consultationId; }
    ConsultationForm* form() const { return m_form; }
    QListWidget* results() const { return m_results; }
    QTableWidget* accessHistory() const { return m_history; }
    DocumentsPanel* documents() const { return m_documents; }
    PartsPanel* parts() const { return m_parts; }
    AccessRequestsPanel* accessRequests() const { return m_requests; }
    QTabWidget* tabs() const { return m_tabs; }
    // The sections listed one under the other (the tab bar is hidden: titles never cut).
    QListWidget* sections() const { return m_sections; }
    SynthesisPanel* synthesis() const { return m_synthesis; }
    WorkHistoryPanel* workHistory() const { return m_workHistory; }
    CorrespondencePanel* correspondence() const { return m_correspondence; }
    ConsentsPanel* consents() const { return m_consents; }
    QString statusText() const;

    // The actions behind the shortcuts (tests call them as the keys do).
    void newConsultation();
    void closeConsultation();
    void correctConsultation();
    void recordRightsInformation();
    // Adds the text typed in the personal-note field (physicians; visible to the author only).
    void addPersonalNote();
    QListWidget* personalNotes() const { return m_notes; }
    QPlainTextEdit* personalNoteEdit() const { return m_noteEdit; }
    // Saves the draft now if it changed; false with the message shown when refused. A field with an
    // implausible value stays in red and out of the record; the others are saved.
    bool saveNow();
    // A new consultation pre-filled from `from` (kind, reason, establishment, visit id: what an
    // appointment gives), after confirmation when the worker already had one today.
    void startConsultation(const Consultation& from);
    // Asks the yes-no questions (a QMessageBox by default); tests give their own answer. Also the
    // documents panel's.
    void setConfirmer(std::function<bool(const QString& question)> confirmer);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void search(const QString& text);
    void showMore(const QString& text, int offset);
    void refreshLists();
    void loadConsultation(const QString& id);
    void showMessage(const QString& text, bool error);
    // Shows or hides a tab and its line in the list of sections.
    void showSection(QWidget* tab, bool visible);

    security::Session& m_session;
    QString m_workerId;
    QString m_consultationId;
    bool m_dirty = false;
    QLineEdit* m_find = nullptr;
    QListWidget* m_results = nullptr;
    ui::IdentityBanner* m_banner = nullptr;
    QLabel* m_retention = nullptr;
    QTabWidget* m_tabs = nullptr;
    QListWidget* m_consultations = nullptr;
    DocumentsPanel* m_documents = nullptr;
    PartsPanel* m_parts = nullptr;         // identity check and exposures (1°, 2°)
    QListWidget* m_sections = nullptr;
    SynthesisPanel* m_synthesis = nullptr;
    WorkHistoryPanel* m_workHistory = nullptr;     // 2°
    CorrespondencePanel* m_correspondence = nullptr; // 4°
    ConsentsPanel* m_consents = nullptr;           // 7°
    QWidget* m_notesTab = nullptr;
    AccessRequestsPanel* m_requests = nullptr; // the physician's
    QTableWidget* m_history = nullptr;
    QListWidget* m_notes = nullptr;          // the physician's own personal notes
    QPlainTextEdit* m_noteEdit = nullptr;
    ConsultationForm* m_form = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_rights = nullptr;
    QTimer* m_autosave = nullptr;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace vigie::dmst
