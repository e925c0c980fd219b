#pragma once
// Drafting a document of part 5° (attestation de suivi, avis d'aptitude, avis d'inaptitude, annexe 4
// proposal, prevention order), editing a draft, or correcting a signed one (a new draft that
// supersedes it). The record's part — identity, employer, post, visit — is read by DocumentStore;
// this dialog asks only what the professional decides, pre-filled from the consultation (its
// conclusion) and the record (the exposures as the post's main risks, the service's contact).
// Only the fields of the chosen kind show, and only the kinds the signed-in role may issue are offered
// (RoleOffers: a nurse is never offered an avis). The attestation and the avis d'aptitude go to the
// employer: they have no free-text conclusion, only the structured decision and the next visit. Keyboard-first: Ctrl+S saves the draft, Escape cancels;
// dates are typed dd/mm/yyyy and a wrong one is named in the message.

#include "dmst/DocumentStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace vigie::ui {
class ThesaurusPicker;
}

namespace vigie::dmst {

class DocumentEditor : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { New, Edit, Correct };
    struct ConsultationChoice {
        QString id;
        QString label;
        QString conclusion;
    };

    // New: `consultations` are the closed ones to choose from, `preferred` selected first.
    DocumentEditor(security::Session& session, const QString& workerId, const QList<ConsultationChoice>& consultations,
                   const QString& preferred, QWidget* parent = nullptr);
    // Edit (a draft) or Correct (a signed document): the kind and the consultation stay.
    DocumentEditor(security::Session& session, Mode mode, const StoredDocument& document, QWidget* parent = nullptr);

    QComboBox* kindBox() const { return m_kind; }
    QComboBox* fitnessBox() const { return m_fitness; }
    QLineEdit* nextVisitEdit() const { return m_nextVisit; }
    QPlainTextEdit* conclusionEdit() const { return m_conclusion; }
    QLineEdit* dateEdit(const QString& which) const; // postStudy, conditionsStudy, employerExchange, secondVisit
    QPlainTextEdit* risksEdit() const { return m_risks; }
    QPlainTextEdit* adviceEdit() const { return m_advice; }
    QListWidget* measureList() const { return m_measures; }
    // Adds an adjustment measure by its code (what choosing it in the picker does).
    void addMeasure(const QString& code);
    QString messageText() const;
    // The id of the document saved (after accept()).
    const QString& documentId() const { return m_documentId; }

    // Saves through DocumentStore; the dialog closes only when the store accepted.
    void accept() override;

private:
    void build();
    void showKind();
    void prefill(const StoredDocument& document);
    std::optional<DocumentRequest> request();
    void fail(const QString& message);

    security::Session& m_session;
    Mode m_mode = Mode::New;
    QString m_workerId;
    QString m_sourceId; // the draft edited or the signed document corrected
    QString m_documentId;
    QList<ConsultationChoice> m_choices;
    DocumentKind m_fixedKind = DocumentKind::Attestation;

    QComboBox* m_kind = nullptr;
    QComboBox* m_consultation = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_conclusionLabel = nullptr;
    QPlainTextEdit* m_conclusion = nullptr;
    QGroupBox* m_decision = nullptr;   // avis d'aptitude: fit / fit with adjustments; attestation: next visit
    QLabel* m_fitnessLabel = nullptr;
    QComboBox* m_fitness = nullptr;
    QLineEdit* m_nextVisit = nullptr;
    QGroupBox* m_inaptitude = nullptr;
    QLineEdit* m_postStudy = nullptr;
    QLineEdit* m_conditionsStudy = nullptr;
    QLineEdit* m_employerExchange = nullptr;
    QLineEdit* m_secondVisit = nullptr;
    QLineEdit* m_secondArrival = nullptr;
    QLineEdit* m_secondDeparture = nullptr;
    QCheckBox* m_exemptHarmful = nullptr;
    QCheckBox* m_exemptNoRedeployment = nullptr;
    QGroupBox* m_adjustment = nullptr;
    ui::ThesaurusPicker* m_measurePicker = nullptr;
    QListWidget* m_measures = nullptr;
    QGroupBox* m_prevention = nullptr;
    QPlainTextEdit* m_risks = nullptr;
    QPlainTextEdit* m_advice = nullptr;
    QPlainTextEdit* m_healthIssues = nullptr;
    QPlainTextEdit* m_contact = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace vigie::dmst
