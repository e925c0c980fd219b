#pragma once
// Part 5° on the record page: the worker's documents (kind, date, signer, draft / signed / superseded)
// and what is done with them — draft one from a closed consultation, edit a draft, sign (the store and
// the access policy decide who signs what: a nurse signs attestations and prevention orders, never an
// avis; the refusal is shown in French and audited by the store), preview, print on paper
// (QPrintDialog) or to a PDF file (save dialog), correct a signed one by superseding it.
//
// Keyboard-first, page-wide shortcuts shown in the tooltips: Ctrl+D new, Ctrl+E edit, Ctrl+Shift+S
// sign (after confirmation), Enter preview, Ctrl+P print, Ctrl+Shift+P save as PDF, Ctrl+R correct,
// Ctrl+Delete delete a draft (its author, after confirmation). The Sign button is offered only for the
// kinds the role signs (RoleOffers). No SQL here.

#include "dmst/ui/DocumentEditor.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace vigie::dmst {

class DocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    // `scope`: the widget whose shortcuts these are (the record page).
    DocumentsPanel(security::Session& session, QWidget* scope, QWidget* parent = nullptr);

    // The worker shown (empty: none) and the consultation open on the page (new documents start from it).
    void setWorker(const QString& workerId);
    void setConsultation(const QString& consultationId) { m_consultationId = consultationId; }
    void refresh();
    void clear();

    QTableWidget* table() const { return m_table; }
    QString statusText() const;
    QString selectedId() const;
    bool select(const QString& documentId);
    // The dialog open now (new, edit, correct), if any: it is not modal to the application.
    DocumentEditor* editor() const { return m_editor; }
    QDialog* preview() const { return m_preview; }
    // Where "save as PDF" writes: asks the user by default (QFileDialog); tests give their own.
    void setPathChooser(std::function<QString(const QString& suggested)> chooser) { m_choosePath = std::move(chooser); }
    // Asks before signing or deleting (a QMessageBox by default); tests give their own answer.
    void setConfirmer(std::function<bool(const QString& question)> confirmer) { m_confirm = std::move(confirmer); }

    // The actions behind the buttons and shortcuts.
    void newDocument();
    void editDocument();
    void signDocument();
    void previewDocument();
    void printDocument();
    void saveAsPdf();
    void correctDocument();
    // Deletes the selected draft (its author only), after confirmation.
    void deleteDraft();

signals:
    // A document was drafted, edited, signed or corrected (the page refreshes its history).
    void changed();

private:
    void openEditor(DocumentEditor* editor);
    void showMessage(const QString& text, bool error);
    void updateButtons();
    std::optional<StoredDocument> selected();

    security::Session& m_session;
    QString m_workerId;
    QString m_consultationId;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_preview_ = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_delete = nullptr;
    QPointer<DocumentEditor> m_editor;
    QPointer<QDialog> m_preview;
    std::function<QString(const QString&)> m_choosePath;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace vigie::dmst
