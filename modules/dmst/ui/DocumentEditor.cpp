#include "dmst/ui/DocumentEditor.h"

#include "dmst/RecordStore.h"
#include "dmst/RoleOffers.h"
#include "thesaurus/ThesaurusStore.h"
#include "thesaurus/ui/ThesaurusPickerAdapter.h"
#include "ui/ThesaurusPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace vigie::dmst {

namespace {

QPlainTextEdit* textArea(int lines, QWidget* parent)
{
    auto* e = new QPlainTextEdit(parent);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(e->fontMetrics().lineSpacing() * lines + 12);
    return e;
}

QLineEdit* dateField(QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setPlaceholderText(DocumentEditor::tr("dd/mm/yyyy"));
    e->setMaximumWidth(120);
    return e;
}

QLineEdit* timeField(QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setPlaceholderText(DocumentEditor::tr("hh:mm"));
    e->setMaximumWidth(70);
    return e;
}

QString dateText(const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }
QString timeText(const QTime& t) { return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString(); }

// The chosen measures: Delete or Backspace removes the selected one.
class MeasureList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    void keyPressEvent(QKeyEvent* e) override
    {
        if ((e->key() == Qt::Key_Delete || e->key() == Qt::Key_Backspace) && currentItem()) {
            delete takeItem(currentRow());
            return;
        }
        QListWidget::keyPressEvent(e);
    }
};
} // namespace

DocumentEditor::DocumentEditor(security::Session& session, const QString& workerId, const QList<ConsultationChoice>& consultations,
                               const QString& preferred, QWidget* parent)
    : QDialog(parent), m_session(session), m_mode(Mode::New), m_workerId(workerId), m_choices(consultations)
{
    build();
    setWindowTitle(tr("New document"));
    for (const ConsultationChoice& c : consultations)
        m_consultation->addItem(c.label, c.id);
    if (const int i = m_consultation->findData(preferred); i >= 0)
        m_consultation->setCurrentIndex(i);
    const auto conclusionOf = [this] {
        for (const ConsultationChoice& c : m_choices)
            if (c.id == m_consultation->currentData().toString())
                return c.conclusion;
        return QString();
    };
    m_conclusion->setPlainText(conclusionOf());
    connect(m_consultation, &QComboBox::currentIndexChanged, this, [this, conclusionOf] {
        if (!m_conclusion->document()->isModified())
            m_conclusion->setPlainText(conclusionOf());
    });
    // The post's main risks for a prevention order: the exposures recorded in part 2°.
    if (auto exposures = RecordStore::exposures(session, workerId); exposures) {
        QStringList risks;
        for (const Exposure& e : exposures.value())
            if (!e.end.isValid() && !risks.contains(e.label.isEmpty() ? e.code : e.label))
                risks << (e.label.isEmpty() ? e.code : e.label);
        m_risks->setPlainText(risks.join(QLatin1Char('\n')));
    }
    m_kind->setFocus();
    showKind();
}

DocumentEditor::DocumentEditor(security::Session& session, Mode mode, const StoredDocument& document, QWidget* parent)
    : QDialog(parent), m_session(session), m_mode(mode), m_workerId(document.workerId), m_sourceId(document.id), m_fixedKind(document.kind)
{
    build();
    setWindowTitle(mode == Mode::Edit ? tr("Edit the draft: %1").arg(documentKindTitle(document.kind))
                                      : tr("Correct the signed document: %1").arg(documentKindTitle(document.kind)));
    if (m_kind->findData(documentKindCode(document.kind)) < 0) // a kind this role is not offered: shown, fixed
        m_kind->addItem(documentKindTitle(document.kind), documentKindCode(document.kind));
    m_kind->setCurrentIndex(m_kind->findData(documentKindCode(document.kind)));
    m_kind->setEnabled(false);
    m_consultation->addItem(document.content.visitDate.toString(QStringLiteral("dd/MM/yyyy")) + QStringLiteral("  ·  ") +
                                document.content.visitKindLabel,
                            document.consultationId);
    m_consultation->setEnabled(false);
    if (mode == Mode::Correct)
        m_hint->setText(tr("The signed document stays as it was; this correction replaces it once signed, and says so."));
    prefill(document);
    m_conclusion->setFocus();
    showKind();
}

void DocumentEditor::build()
{
    resize(760, 680);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    for (DocumentKind k : offeredDocuments(m_session.account().role))
        m_kind->addItem(documentKindTitle(k), documentKindCode(k));
    m_consultation = new QComboBox(this);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Consultation"), m_consultation);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #4a5563;"));
    layout->addWidget(m_hint);

    m_decision = new QGroupBox(tr("Decision"), this);
    auto* dg = new QFormLayout(m_decision);
    m_fitness = new QComboBox(m_decision);
    m_nextVisit = dateField(m_decision);
    m_fitnessLabel = new QLabel(tr("&Opinion"), m_decision);
    m_fitnessLabel->setBuddy(m_fitness);
    dg->addRow(m_fitnessLabel, m_fitness);
    dg->addRow(tr("&Next visit at the latest on"), m_nextVisit);
    layout->addWidget(m_decision);

    m_conclusionLabel = new QLabel(tr("C&onclusion"), this);
    m_conclusion = textArea(4, this);
    m_conclusionLabel->setBuddy(m_conclusion);
    layout->addWidget(m_conclusionLabel);
    layout->addWidget(m_conclusion);

    m_inaptitude = new QGroupBox(tr("Steps taken before the opinion (R4624-42)"), this);
    auto* ig = new QFormLayout(m_inaptitude);
    m_postStudy = dateField(m_inaptitude);
    m_conditionsStudy = dateField(m_inaptitude);
    m_employerExchange = dateField(m_inaptitude);
    m_secondVisit = dateField(m_inaptitude);
    m_secondArrival = timeField(m_inaptitude);
    m_secondDeparture = timeField(m_inaptitude);
    ig->addRow(tr("Post study on"), m_postStudy);
    ig->addRow(tr("Study of the working conditions on"), m_conditionsStudy);
    ig->addRow(tr("Exchange with the employer on"), m_employerExchange);
    auto* second = new QHBoxLayout;
    second->addWidget(m_secondVisit);
    second->addWidget(new QLabel(tr("from"), m_inaptitude));
    second->addWidget(m_secondArrival);
    second->addWidget(new QLabel(tr("to"), m_inaptitude));
    second->addWidget(m_secondDeparture);
    second->addStretch(1);
    ig->addRow(tr("Second examination (optional)"), second);
    m_exemptHarmful = new QCheckBox(tr("Any continued employment would be seriously harmful to the worker's health"), m_inaptitude);
    m_exemptNoRedeployment = new QCheckBox(tr("The worker's state of health rules out any redeployment"), m_inaptitude);
    ig->addRow(m_exemptHarmful);
    ig->addRow(m_exemptNoRedeployment);
    layout->addWidget(m_inaptitude);

    m_adjustment = new QGroupBox(tr("Measures proposed (annexe 4)"), this);
    auto* ag = new QVBoxLayout(m_adjustment);
    m_measurePicker = thesaurus::makePicker(m_session, QStringLiteral("adjustment"), m_adjustment);
    m_measurePicker->lineEdit()->setPlaceholderText(tr("Type a measure and press Enter to add it"));
    ag->addWidget(m_measurePicker);
    m_measures = new MeasureList(m_adjustment);
    m_measures->setToolTip(tr("Delete removes the selected measure"));
    m_measures->setMaximumHeight(120);
    ag->addWidget(m_measures);
    connect(m_measurePicker, &ui::ThesaurusPicker::codeChosen, this, [this](const QString& code) {
        addMeasure(code);
        m_measurePicker->clear();
    });
    layout->addWidget(m_adjustment);

    m_prevention = new QGroupBox(tr("Prevention order"), this);
    auto* pg = new QFormLayout(m_prevention);
    m_risks = textArea(2, m_prevention);
    m_advice = textArea(3, m_prevention);
    m_healthIssues = textArea(2, m_prevention);
    m_contact = textArea(1, m_prevention);
    m_contact->setPlaceholderText(tr("The service's telephone and e-mail when left empty"));
    pg->addRow(tr("Main risks of the post"), m_risks);
    pg->addRow(tr("Prevention advice"), m_advice);
    pg->addRow(tr("Health issues linked to the post"), m_healthIssues);
    pg->addRow(tr("How to reach the service"), m_contact);
    layout->addWidget(m_prevention);
    layout->addStretch(1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b42318; font-weight: bold;"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("Save the draft (Ctrl+S)"), QDialogButtonBox::AcceptRole);
    save->setToolTip(tr("Saves the draft; it is signed from the list (Ctrl+Shift+S)"));
    auto* cancel = buttons->addButton(tr("Cancel (Esc)"), QDialogButtonBox::RejectRole);
    save->setAutoDefault(false);
    cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &DocumentEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DocumentEditor::reject);
    layout->addWidget(buttons);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    connect(shortcut, &QShortcut::activated, this, &DocumentEditor::accept);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DocumentEditor::showKind);
}

void DocumentEditor::showKind()
{
    const DocumentKind kind = documentKindFromCode(m_kind->currentData().toString()).value_or(DocumentKind::Attestation);
    m_inaptitude->setVisible(kind == DocumentKind::Inaptitude);
    // The attestation and the avis d'aptitude go to the employer: no free text, a structured decision.
    const bool freeText = kind != DocumentKind::Attestation && kind != DocumentKind::Aptitude;
    m_conclusionLabel->setVisible(freeText);
    m_conclusion->setVisible(freeText);
    m_decision->setVisible(!freeText);
    const QString keep = m_fitness->currentData().toString();
    m_fitness->clear();
    for (Fitness f : fitnessChoices(kind))
        m_fitness->addItem(fitnessText(f), fitnessCode(f));
    if (const int i = m_fitness->findData(keep); i >= 0)
        m_fitness->setCurrentIndex(i);
    m_fitness->setVisible(kind == DocumentKind::Aptitude);
    m_fitnessLabel->setVisible(kind == DocumentKind::Aptitude);
    m_adjustment->setVisible(kind == DocumentKind::Adjustment);
    m_prevention->setVisible(kind == DocumentKind::PreventionOrder);
    if (m_mode != Mode::New)
        return;
    switch (kind) {
    case DocumentKind::Attestation:
        m_hint->setText(tr("Issued after any visit but a pre-return one; a nurse may sign it. It goes to the employer: no medical information."));
        break;
    case DocumentKind::Aptitude:
        m_hint->setText(tr("For a worker under reinforced follow-up (SIR), after any visit but a pre-return one; signed by the physician. "
                           "It goes to the employer: no medical information."));
        break;
    case DocumentKind::Inaptitude:
        m_hint->setText(tr("The dates of the post study, of the study of the working conditions and of the exchange with the employer "
                           "are required (R4624-42); signed by the physician."));
        break;
    case DocumentKind::Adjustment: m_hint->setText(tr("Individual measures (L4624-3); signed by the physician.")); break;
    case DocumentKind::PreventionOrder: m_hint->setText(tr("The main risks of the post and the prevention advice are required.")); break;
    }
}

void DocumentEditor::prefill(const StoredDocument& d)
{
    const DocumentContent& c = d.content;
    m_conclusion->setPlainText(c.conclusion);
    showKind();
    if (const int i = m_fitness->findData(c.fitness); i >= 0)
        m_fitness->setCurrentIndex(i);
    m_nextVisit->setText(dateText(c.nextVisitOn));
    m_postStudy->setText(dateText(c.postStudyOn));
    m_conditionsStudy->setText(dateText(c.conditionsStudyOn));
    m_employerExchange->setText(dateText(c.employerExchangeOn));
    m_secondVisit->setText(dateText(c.secondVisitOn));
    m_secondArrival->setText(timeText(c.secondArrival));
    m_secondDeparture->setText(timeText(c.secondDeparture));
    m_exemptHarmful->setChecked(c.exemptHarmful);
    m_exemptNoRedeployment->setChecked(c.exemptNoRedeployment);
    m_risks->setPlainText(c.risks);
    m_advice->setPlainText(c.advice);
    m_healthIssues->setPlainText(c.healthIssues);
    m_contact->setPlainText(c.contact);
    // The content keeps the measures' labels as printed: find their codes again.
    for (const QString& label : c.measureLabels) {
        auto hits = thesaurus::ThesaurusStore::search(m_session, QStringLiteral("adjustment"), label, {5, true, true});
        if (!hits)
            continue;
        for (const thesaurus::SearchHit& h : hits.value())
            if (h.code.labelFr == label) {
                addMeasure(h.code.code);
                break;
            }
    }
}

QLineEdit* DocumentEditor::dateEdit(const QString& which) const
{
    if (which == QLatin1String("postStudy"))
        return m_postStudy;
    if (which == QLatin1String("conditionsStudy"))
        return m_conditionsStudy;
    if (which == QLatin1String("employerExchange"))
        return m_employerExchange;
    if (which == QLatin1String("secondVisit"))
        return m_secondVisit;
    return nullptr;
}

void DocumentEditor::addMeasure(const QString& code)
{
    for (int i = 0; i < m_measures->count(); ++i)
        if (m_measures->item(i)->data(Qt::UserRole).toString() == code)
            return;
    auto found = thesaurus::ThesaurusStore::find(m_session, QStringLiteral("adjustment"), code);
    if (!found || !found.value()) {
        fail(tr("Unknown adjustment measure: %1").arg(code));
        return;
    }
    auto* item = new QListWidgetItem(found.value()->labelFr, m_measures);
    item->setData(Qt::UserRole, code);
}

QString DocumentEditor::messageText() const { return m_message->text(); }

void DocumentEditor::fail(const QString& message) { m_message->setText(message); }

std::optional<DocumentRequest> DocumentEditor::request()
{
    DocumentRequest r;
    r.kind = documentKindFromCode(m_kind->currentData().toString()).value_or(DocumentKind::Attestation);
    r.consultationId = m_consultation->currentData().toString();
    r.conclusion = m_conclusion->toPlainText().trimmed();
    bool ok = true;
    const auto date = [this, &ok](QLineEdit* e, const QString& what) {
        const QString text = e->text().trimmed();
        if (text.isEmpty() || !ok)
            return QDate();
        const QDate d = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
        if (!d.isValid()) {
            fail(tr("%1: « %2 » is not a date (dd/mm/yyyy)").arg(what, text));
            e->setFocus();
            ok = false;
        }
        return d;
    };
    const auto time = [this, &ok](QLineEdit* e, const QString& what) {
        const QString text = e->text().trimmed();
        if (text.isEmpty() || !ok)
            return QTime();
        QTime t = QTime::fromString(text, QStringLiteral("H:mm"));
        if (!t.isValid())
            t = QTime::fromString(text, QStringLiteral("H'h'mm"));
        if (!t.isValid()) {
            fail(tr("%1: « %2 » is not a time (hh:mm)").arg(what, text));
            e->setFocus();
            ok = false;
        }
        return t;
    };
    if (r.kind == DocumentKind::Attestation || r.kind == DocumentKind::Aptitude) {
        r.conclusion.clear(); // never a free text on a document meant for the employer
        r.fitness = m_fitness->currentData().toString();
        r.nextVisitOn = date(m_nextVisit, tr("Next visit"));
    }
    if (r.kind == DocumentKind::Inaptitude) {
        r.postStudyOn = date(m_postStudy, tr("Post study"));
        r.conditionsStudyOn = date(m_conditionsStudy, tr("Study of the working conditions"));
        r.employerExchangeOn = date(m_employerExchange, tr("Exchange with the employer"));
        r.secondVisitOn = date(m_secondVisit, tr("Second examination"));
        r.secondArrival = time(m_secondArrival, tr("Second examination, arrival"));
        r.secondDeparture = time(m_secondDeparture, tr("Second examination, departure"));
        r.exemptHarmful = m_exemptHarmful->isChecked();
        r.exemptNoRedeployment = m_exemptNoRedeployment->isChecked();
    }
    if (r.kind == DocumentKind::Adjustment)
        for (int i = 0; i < m_measures->count(); ++i)
            r.measureCodes << m_measures->item(i)->data(Qt::UserRole).toString();
    if (r.kind == DocumentKind::PreventionOrder) {
        r.risks = m_risks->toPlainText().trimmed();
        r.advice = m_advice->toPlainText().trimmed();
        r.healthIssues = m_healthIssues->toPlainText().trimmed();
        r.contact = m_contact->toPlainText().trimmed();
    }
    if (!ok)
        return std::nullopt;
    return r;
}

void DocumentEditor::accept()
{
    if (m_mode == Mode::New && m_consultation->count() == 0) {
        fail(tr("A document is drafted from a closed consultation: close the consultation first"));
        return;
    }
    const auto r = request();
    if (!r)
        return;
    switch (m_mode) {
    case Mode::New: {
        auto id = DocumentStore::draft(m_session, *r);
        if (!id)
            return fail(id.error().message);
        m_documentId = id.value();
        break;
    }
    case Mode::Edit:
        if (core::Status s = DocumentStore::update(m_session, m_sourceId, *r); !s)
            return fail(s.error().message);
        m_documentId = m_sourceId;
        break;
    case Mode::Correct: {
        auto id = DocumentStore::correct(m_session, m_sourceId, *r);
        if (!id)
            return fail(id.error().message);
        m_documentId = id.value();
        break;
    }
    }
    QDialog::accept();
}

} // namespace vigie::dmst
