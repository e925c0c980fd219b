#include "membership/ui/MembershipFormDialog.h"

#include "membership/Documents.h"
#include "membership/EstablishmentStore.h"
#include "membership/MembershipFormStore.h"
#include "membership/print/DocumentPrinter.h"
#include "security/Session.h"
#include "thesaurus/ThesaurusStore.h"
#include "thesaurus/ui/ThesaurusPickerAdapter.h"
#include "ui/ThesaurusPicker.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace vigie::membership {

MembershipFormDialog::MembershipFormDialog(security::Session& session, const QString& establishmentId, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_establishmentId(establishmentId),
      m_date(new QDateEdit(session.clock().today(), this)),
      m_si(new QSpinBox(this)),
      m_sia(new QSpinBox(this)),
      m_sir(new QSpinBox(this)),
      m_score(new QLabel(this)),
      m_riskPicker(thesaurus::makePicker(session, QStringLiteral("exposure"), this)),
      m_risks(new QListWidget(this)),
      m_notes(new QPlainTextEdit(this)),
      m_message(new QLabel(this)),
      m_saveButton(new QPushButton(tr("&Save the form"), this)),
      m_printButton(new QPushButton(tr("&Welcome sheet (PDF)…"), this))
{
    setObjectName(QStringLiteral("membershipFormDialog"));
    QString title = tr("Membership form");
    if (auto member = EstablishmentStore::load(session, establishmentId))
        title = tr("Membership form — %1 (%2)").arg(member.value().name, formatSiret(member.value().siret));
    setWindowTitle(title);

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMaximumDate(session.clock().today());
    for (QSpinBox* box : {m_si, m_sia, m_sir})
        box->setRange(0, 1'000'000);
    m_si->setObjectName(QStringLiteral("estimatedSi"));
    m_sia->setObjectName(QStringLiteral("estimatedSia"));
    m_sir->setObjectName(QStringLiteral("estimatedSir"));

    auto* estimates = new QGroupBox(tr("Estimated follow-up of the workers"), this);
    auto* ef = new QFormLayout(estimates);
    ef->addRow(tr("Date of the form:"), m_date);
    ef->addRow(tr("Individual follow-up (SI):"), m_si);
    ef->addRow(tr("Adapted follow-up (SIA):"), m_sia);
    ef->addRow(tr("Reinforced follow-up (SIR):"), m_sir);

    auto* risks = new QGroupBox(tr("Risks declared by the employer"), this);
    auto* rl = new QVBoxLayout(risks);
    m_riskPicker->setObjectName(QStringLiteral("riskPicker"));
    m_riskPicker->lineEdit()->setPlaceholderText(tr("Exposure: type a word, Enter adds it…"));
    m_risks->setObjectName(QStringLiteral("riskList"));
    auto* removeRisk = new QPushButton(tr("Remove the risk"), risks);
    rl->addWidget(m_riskPicker);
    rl->addWidget(m_risks, 1);
    rl->addWidget(removeRisk, 0, Qt::AlignLeft);

    // The six questions, in the offer's French wording (PreventionScore.h), answered yes or no.
    auto* questions = new QGroupBox(tr("Prevention culture"), this);
    auto* grid = new QGridLayout(questions);
    for (int i = 0; i < PreventionQuestionCount; ++i) {
        auto* label = new QLabel(QStringLiteral("%1. %2").arg(i + 1).arg(preventionQuestions()[size_t(i)]), questions);
        label->setWordWrap(true);
        auto* yes = new QRadioButton(tr("Yes"), questions);
        auto* no = new QRadioButton(tr("No"), questions);
        yes->setObjectName(QStringLiteral("question%1Yes").arg(i + 1));
        no->setObjectName(QStringLiteral("question%1No").arg(i + 1));
        auto* group = new QButtonGroup(this);
        group->addButton(yes, Yes);
        group->addButton(no, No);
        m_answers[size_t(i)] = group;
        grid->addWidget(label, i, 0);
        grid->addWidget(yes, i, 1);
        grid->addWidget(no, i, 2);
        connect(group, &QButtonGroup::idClicked, this, [this] {
            m_dirty = true;
            updateScore();
        });
    }
    grid->setColumnStretch(0, 1);
    m_score->setObjectName(QStringLiteral("preventionScore"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_score->setFont(big);
    grid->addWidget(m_score, PreventionQuestionCount, 0, 1, 3);

    m_notes->setPlaceholderText(tr("Notes (optional)"));
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 4);
    m_message->setObjectName(QStringLiteral("membershipFormMessage"));
    m_message->setWordWrap(true);
    m_saveButton->setObjectName(QStringLiteral("saveMembershipForm"));
    m_printButton->setObjectName(QStringLiteral("printWelcomeSheet"));
    m_printButton->setEnabled(canPrintDocuments());
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->addButton(m_printButton, QDialogButtonBox::ActionRole);
    box->addButton(m_saveButton, QDialogButtonBox::ActionRole);

    auto* top = new QHBoxLayout;
    top->addWidget(estimates, 1);
    top->addWidget(risks, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(questions);
    layout->addWidget(m_notes);
    layout->addWidget(m_message);
    layout->addWidget(box);

    connect(m_riskPicker, &ui::ThesaurusPicker::codeChosen, this, [this](const QString& code) {
        addRisk(code);
        m_riskPicker->clear();
    });
    connect(removeRisk, &QPushButton::clicked, this, [this] {
        delete m_risks->currentItem();
        m_dirty = true;
    });
    for (QSpinBox* b : {m_si, m_sia, m_sir})
        connect(b, &QSpinBox::valueChanged, this, [this] { m_dirty = true; });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { m_dirty = true; });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { m_dirty = true; });
    connect(m_saveButton, &QPushButton::clicked, this, &MembershipFormDialog::save);
    connect(m_printButton, &QPushButton::clicked, this, &MembershipFormDialog::askAndPrint);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The latest form, if any, as the starting point.
    auto latest = MembershipFormStore::latest(session, establishmentId);
    if (!latest)
        showMessage(latest.error().message, true);
    else if (latest.value()) {
        const MembershipForm& f = *latest.value();
        m_si->setValue(f.estimatedSi);
        m_sia->setValue(f.estimatedSia);
        m_sir->setValue(f.estimatedSir);
        for (int i = 0; i < PreventionQuestionCount; ++i)
            if (f.answers[size_t(i)])
                setAnswer(i, *f.answers[size_t(i)]);
        for (const QString& code : f.risks)
            addRisk(code);
        m_notes->setPlainText(f.notes);
        m_dirty = false;
        showMessage(tr("Latest form: %1").arg(QLocale().toString(f.date, QLocale::ShortFormat)), false);
    }
    updateScore();
    resize(900, 680);
}

void MembershipFormDialog::setAnswer(int question, bool yes)
{
    if (question < 0 || question >= PreventionQuestionCount)
        return;
    m_answers[size_t(question)]->button(yes ? Yes : No)->setChecked(true);
    m_dirty = true;
    updateScore();
}

void MembershipFormDialog::addRisk(const QString& code)
{
    if (code.isEmpty())
        return;
    for (int i = 0; i < m_risks->count(); ++i)
        if (m_risks->item(i)->data(Qt::UserRole).toString() == code)
            return;
    QString text = code;
    if (auto found = thesaurus::ThesaurusStore::find(m_session, QStringLiteral("exposure"), code); found && found.value())
        text = QStringLiteral("%1 — %2").arg(code, found.value()->label(QLocale().language() == QLocale::English));
    auto* item = new QListWidgetItem(text, m_risks);
    item->setData(Qt::UserRole, code);
    m_dirty = true;
}

MembershipForm MembershipFormDialog::form() const
{
    MembershipForm f;
    f.establishmentId = m_establishmentId;
    f.date = m_date->date();
    f.estimatedSi = m_si->value();
    f.estimatedSia = m_sia->value();
    f.estimatedSir = m_sir->value();
    for (int i = 0; i < PreventionQuestionCount; ++i) {
        const int id = m_answers[size_t(i)]->checkedId();
        if (id == Yes || id == No)
            f.answers[size_t(i)] = id == Yes;
    }
    for (int i = 0; i < m_risks->count(); ++i)
        f.risks << m_risks->item(i)->data(Qt::UserRole).toString();
    f.notes = m_notes->toPlainText();
    return f;
}

void MembershipFormDialog::updateScore()
{
    const MembershipForm f = form();
    if (const auto tenths = f.scoreTenths())
        m_score->setText(tr("Prevention culture score: %1 / 5").arg(formatScore(*tenths)));
    else
        m_score->setText(tr("Prevention culture score: answer the six questions (%1 of 6 answered)")
                             .arg(int(std::count_if(f.answers.cbegin(), f.answers.cend(), [](const auto& a) { return a.has_value(); }))));
}

bool MembershipFormDialog::save()
{
    auto saved = MembershipFormStore::save(m_session, form());
    if (!saved) {
        showMessage(saved.error().message, true);
        return false;
    }
    m_dirty = false;
    showMessage(tr("Form saved: prevention culture score %1 / 5").arg(formatScore(form().scoreTenths().value_or(0))), false);
    return true;
}

core::Status MembershipFormDialog::printWelcomeSheet(const QString& path)
{
    if (m_dirty && !save())
        return core::Status::fail(core::ErrorCode::Invalid, m_message->text());
    auto data = MembershipFormStore::welcomeSheetData(m_session, m_establishmentId);
    if (!data)
        return data.error();
    core::Status s = printPdf(welcomeSheet(data.value()), path);
    if (s)
        showMessage(tr("Welcome sheet written: %1").arg(QDir::toNativeSeparators(path)), false);
    else
        showMessage(s.error().message, true);
    return s;
}

void MembershipFormDialog::askAndPrint()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Welcome sheet"), QDir(folder).filePath(tr("welcome-sheet.pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        (void)printWelcomeSheet(path);
}

void MembershipFormDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#b00020;") : QStringLiteral("color:#1b5e20;"));
}

} // namespace vigie::membership
