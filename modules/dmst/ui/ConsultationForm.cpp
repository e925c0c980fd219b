#include "dmst/ui/ConsultationForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace vigie::dmst {

namespace {
QPlainTextEdit* textArea(int lines, QWidget* parent)
{
    auto* e = new QPlainTextEdit(parent);
    e->setTabChangesFocus(true); // Tab moves on: the keyboard goes through the form in order
    e->setMinimumHeight(e->fontMetrics().lineSpacing() * lines + 12);
    e->setMaximumHeight(e->fontMetrics().lineSpacing() * (lines + 3) + 12);
    return e;
}

std::optional<double> number(const QLineEdit* e)
{
    bool ok = false;
    const double v = QLocale().toDouble(e->text().trimmed(), &ok);
    if (ok)
        return v;
    const double c = e->text().trimmed().toDouble(&ok);
    return ok ? std::optional<double>(c) : std::nullopt;
}

QString numberText(const std::optional<double>& v) { return v ? QLocale().toString(*v, 'g', 4) : QString(); }
} // namespace

ConsultationForm::ConsultationForm(const QList<QPair<QString, QString>>& kinds, const QList<QPair<QString, QString>>& problemGroups,
                                   QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* visit = new QGroupBox(tr("Visit"), this);
    auto* vf = new QGridLayout(visit);
    m_kind = new QComboBox(visit);
    for (const auto& [code, label] : kinds)
        m_kind->addItem(label, code);
    // Long visit-kind labels would set the form's minimum width: the combo shrinks, its list stays whole.
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(16);
    m_reason = new QLineEdit(visit);
    m_date = new QDateEdit(visit);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_arrival = new QTimeEdit(visit);
    m_departure = new QTimeEdit(visit);
    m_arrival->setDisplayFormat(QStringLiteral("HH:mm"));
    m_departure->setDisplayFormat(QStringLiteral("HH:mm"));
    vf->addWidget(new QLabel(tr("&Kind"), visit), 0, 0);
    vf->addWidget(m_kind, 0, 1, 1, 3);
    vf->addWidget(new QLabel(tr("Reason"), visit), 1, 0);
    vf->addWidget(m_reason, 1, 1, 1, 3);
    vf->addWidget(new QLabel(tr("Date"), visit), 2, 0);
    vf->addWidget(m_date, 2, 1);
    // The times on their own line under the date: beside it they pushed the departure out of the
    // form's width at 1366 pixels (the record page shares the screen with the navigation).
    auto* times = new QHBoxLayout;
    times->addWidget(m_arrival);
    times->addSpacing(12);
    auto* departureLabel = new QLabel(tr("Departure"), visit);
    departureLabel->setBuddy(m_departure);
    times->addWidget(departureLabel);
    times->addWidget(m_departure);
    times->addStretch(1);
    auto* arrivalLabel = new QLabel(tr("Arrival"), visit);
    arrivalLabel->setBuddy(m_arrival);
    vf->addWidget(arrivalLabel, 3, 0);
    vf->addLayout(times, 3, 1, 1, 3);
    static_cast<QLabel*>(vf->itemAtPosition(0, 0)->widget())->setBuddy(m_kind);
    layout->addWidget(visit);

    auto* interview = new QGroupBox(tr("Interview"), this);
    auto* il = new QVBoxLayout(interview);
    m_interview = textArea(4, interview);
    il->addWidget(m_interview);
    layout->addWidget(interview);

    auto* exam = new QGroupBox(tr("Examination"), this);
    auto* ef = new QGridLayout(exam);
    m_weight = new QLineEdit(exam);
    m_height = new QLineEdit(exam);
    m_weight->setValidator(new QDoubleValidator(0, 400, 1, m_weight));
    m_height->setValidator(new QDoubleValidator(0, 260, 1, m_height));
    m_bmi = new QLabel(exam);
    m_systolic = new QLineEdit(exam);
    m_diastolic = new QLineEdit(exam);
    m_systolic->setValidator(new QIntValidator(0, 300, m_systolic));
    m_diastolic->setValidator(new QIntValidator(0, 200, m_diastolic));
    m_vision = new QLineEdit(exam);
    m_hearing = new QLineEdit(exam);
    m_urine = new QLineEdit(exam);
    for (QLineEdit* e : {m_weight, m_height, m_systolic, m_diastolic})
        e->setMaximumWidth(80);
    ef->addWidget(new QLabel(tr("Weight (kg)"), exam), 0, 0);
    ef->addWidget(m_weight, 0, 1);
    ef->addWidget(new QLabel(tr("Height (cm)"), exam), 0, 2);
    ef->addWidget(m_height, 0, 3);
    ef->addWidget(m_bmi, 0, 4);
    ef->addWidget(new QLabel(tr("Blood pressure (mmHg)"), exam), 1, 0);
    ef->addWidget(m_systolic, 1, 1);
    ef->addWidget(new QLabel(QStringLiteral("/"), exam), 1, 2, Qt::AlignRight);
    ef->addWidget(m_diastolic, 1, 3);
    ef->addWidget(new QLabel(tr("Vision"), exam), 2, 0);
    ef->addWidget(m_vision, 2, 1, 1, 4);
    ef->addWidget(new QLabel(tr("Hearing"), exam), 3, 0);
    ef->addWidget(m_hearing, 3, 1, 1, 4);
    ef->addWidget(new QLabel(tr("Urine test strip"), exam), 4, 0);
    ef->addWidget(m_urine, 4, 1, 1, 4);
    m_examination = textArea(2, exam);
    m_problems = textArea(2, exam);
    ef->addWidget(new QLabel(tr("Clinical examination"), exam), 5, 0);
    ef->addWidget(m_examination, 5, 1, 1, 4);
    ef->addWidget(new QLabel(tr("Health problems (one per line)"), exam), 6, 0);
    ef->addWidget(m_problems, 6, 1, 1, 4);
    auto* groups = new QGridLayout;
    for (const auto& [code, label] : problemGroups) {
        auto* box = new QCheckBox(label, exam);
        box->setProperty("code", code);
        // Two a line: four French labels a line cut the form at 1366 pixels wide.
        groups->addWidget(box, int(m_problemBoxes.size()) / 2, int(m_problemBoxes.size()) % 2);
        m_problemBoxes << box;
    }
    // The coded problems under their title, across the whole group: beside the labels' column, two
    // French labels a line made the form wider than the record page leaves it at 1366 pixels.
    ef->addWidget(new QLabel(tr("Coded problems"), exam), 7, 0, 1, 5);
    ef->addLayout(groups, 8, 0, 1, 5);
    m_issues = new QLabel(exam);
    m_issues->setWordWrap(true);
    m_issues->setStyleSheet(QStringLiteral("color: #b42318; font-weight: bold;"));
    m_issues->hide();
    ef->addWidget(m_issues, 9, 0, 1, 5);
    ef->setColumnStretch(4, 1);
    layout->addWidget(exam);

    auto* follow = new QGroupBox(tr("Complementary exams, referral and conclusion"), this);
    auto* ff = new QFormLayout(follow);
    m_prescribed = textArea(2, follow);
    m_results = textArea(2, follow);
    m_orientation = new QComboBox(follow);
    for (Orientation o : {Orientation::None, Orientation::Physician, Orientation::Care, Orientation::Team})
        m_orientation->addItem(orientationText(o), orientationCode(o));
    m_orientation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_orientation->setMinimumContentsLength(14);
    m_orientationNote = new QLineEdit(follow);
    m_conclusion = textArea(3, follow);
    ff->addRow(tr("Exams prescribed"), m_prescribed);
    ff->addRow(tr("Results"), m_results);
    auto* orientation = new QHBoxLayout;
    orientation->addWidget(m_orientation);
    orientation->addWidget(m_orientationNote, 1);
    ff->addRow(tr("Referral"), orientation);
    ff->addRow(tr("Conclusion"), m_conclusion);
    layout->addWidget(follow);
    layout->addStretch(1);

    const auto changed = [this] {
        updateBmi();
        if (!m_loading)
            emit edited();
    };
    for (QLineEdit* e : {m_reason, m_weight, m_height, m_systolic, m_diastolic, m_vision, m_hearing, m_urine, m_orientationNote})
        connect(e, &QLineEdit::textEdited, this, changed);
    for (QPlainTextEdit* e : {m_interview, m_examination, m_problems, m_prescribed, m_results, m_conclusion})
        connect(e, &QPlainTextEdit::textChanged, this, changed);
    for (QComboBox* c : {m_kind, m_orientation})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox* b : m_problemBoxes)
        connect(b, &QCheckBox::toggled, this, changed);
    connect(m_date, &QDateEdit::dateChanged, this, changed);
    connect(m_arrival, &QTimeEdit::timeChanged, this, changed);
    connect(m_departure, &QTimeEdit::timeChanged, this, changed);
    setReadOnly(true);
}

void ConsultationForm::setConsultation(const Consultation& c)
{
    m_loading = true;
    m_base = c;
    const int kind = m_kind->findData(c.kind);
    if (kind < 0 && !c.kind.isEmpty())
        m_kind->addItem(c.kind, c.kind);
    m_kind->setCurrentIndex(m_kind->findData(c.kind));
    m_reason->setText(c.reason);
    m_date->setDate(c.visitDate);
    m_arrival->setTime(c.arrival.isValid() ? c.arrival : QTime(0, 0));
    m_departure->setTime(c.departure.isValid() ? c.departure : QTime(0, 0));
    m_interview->setPlainText(c.interview);
    m_weight->setText(numberText(c.weightKg));
    m_height->setText(numberText(c.heightCm));
    m_systolic->setText(c.systolic ? QString::number(*c.systolic) : QString());
    m_diastolic->setText(c.diastolic ? QString::number(*c.diastolic) : QString());
    m_vision->setText(c.vision);
    m_hearing->setText(c.hearing);
    m_urine->setText(c.urine);
    m_examination->setPlainText(c.examination);
    m_problems->setPlainText(c.problems);
    for (QCheckBox* b : m_problemBoxes)
        b->setChecked(c.problemCodes.contains(b->property("code").toString()));
    m_prescribed->setPlainText(c.examsPrescribed);
    m_results->setPlainText(c.examsResults);
    m_orientation->setCurrentIndex(m_orientation->findData(orientationCode(c.orientation)));
    m_orientationNote->setText(c.orientationNote);
    m_conclusion->setPlainText(c.conclusion);
    updateBmi();
    setReadOnly(c.closed || c.id.isEmpty());
    m_loading = false;
}

Consultation ConsultationForm::consultation() const
{
    Consultation c = m_base;
    c.kind = m_kind->currentData().toString();
    c.reason = m_reason->text();
    c.visitDate = m_date->date();
    c.arrival = m_arrival->time() == QTime(0, 0) ? QTime() : m_arrival->time();
    c.departure = m_departure->time() == QTime(0, 0) ? QTime() : m_departure->time();
    c.interview = m_interview->toPlainText();
    c.weightKg = number(m_weight);
    c.heightCm = number(m_height);
    const auto integer = [](const QLineEdit* e) -> std::optional<int> {
        bool ok = false;
        const int v = e->text().trimmed().toInt(&ok);
        return ok ? std::optional<int>(v) : std::nullopt;
    };
    c.systolic = integer(m_systolic);
    c.diastolic = integer(m_diastolic);
    c.vision = m_vision->text();
    c.hearing = m_hearing->text();
    c.urine = m_urine->text();
    c.examination = m_examination->toPlainText();
    c.problems = m_problems->toPlainText();
    c.problemCodes.clear();
    for (QCheckBox* b : m_problemBoxes)
        if (b->isChecked())
            c.problemCodes << b->property("code").toString();
    c.examsPrescribed = m_prescribed->toPlainText();
    c.examsResults = m_results->toPlainText();
    c.orientation = orientationFromCode(m_orientation->currentData().toString()).value_or(Orientation::None);
    c.orientationNote = m_orientationNote->text();
    c.conclusion = m_conclusion->toPlainText();
    return c;
}

void ConsultationForm::clear()
{
    setConsultation(Consultation{});
    showIssues({});
}

QCheckBox* ConsultationForm::problemBox(const QString& code) const
{
    for (QCheckBox* b : m_problemBoxes)
        if (b->property("code").toString() == code)
            return b;
    return nullptr;
}

void ConsultationForm::showIssues(const QList<FieldIssue>& issues)
{
    const QList<QPair<QString, QWidget*>> fields{{QStringLiteral("weight"), m_weight},       {QStringLiteral("height"), m_height},
                                                 {QStringLiteral("systolic"), m_systolic},   {QStringLiteral("diastolic"), m_diastolic},
                                                 {QStringLiteral("departure"), m_departure}};
    QStringList messages;
    for (const auto& [name, widget] : fields) {
        QString message;
        for (const FieldIssue& i : issues)
            if (i.field == name)
                message = i.message;
        widget->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("border: 2px solid #b42318; color: #b42318;"));
        widget->setToolTip(message);
        if (!message.isEmpty())
            messages << message;
    }
    m_issues->setText(messages.join(QLatin1Char('\n')));
    m_issues->setVisible(!messages.isEmpty());
}

QString ConsultationForm::issuesText() const { return m_issues->text(); }

QString ConsultationForm::bmiText() const { return m_bmi->text(); }

void ConsultationForm::updateBmi()
{
    const auto bmi = bodyMassIndex(number(m_weight), number(m_height));
    m_bmi->setText(bmi ? tr("BMI %1 (%2)").arg(QLocale().toString(*bmi, 'f', 1), bmiClass(*bmi)) : QString());
}

void ConsultationForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* e : {m_reason, m_weight, m_height, m_systolic, m_diastolic, m_vision, m_hearing, m_urine, m_orientationNote})
        e->setReadOnly(readOnly);
    for (QPlainTextEdit* e : {m_interview, m_examination, m_problems, m_prescribed, m_results, m_conclusion})
        e->setReadOnly(readOnly);
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_orientation, m_date, m_arrival, m_departure})
        w->setEnabled(!readOnly);
    for (QCheckBox* b : m_problemBoxes)
        b->setEnabled(!readOnly);
}

} // namespace vigie::dmst
