#include "workforce/ui/DeclarationPage.h"

#include "security/Session.h"
#include "thesaurus/ui/ThesaurusPickerAdapter.h"
#include "ui/RecordShortcut.h"
#include "ui/ThesaurusPicker.h"
#include "workforce/IdentityStore.h"
#include "workforce/ui/DistributionChart.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie::workforce {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SiretRole = Qt::UserRole + 2;

const char* ErrorColor = "#b00020";
const char* WarningColor = "#8a5300";
const char* InfoColor = "#1d4f91";

QString escaped(const QString& s) { return s.toHtmlEscaped(); }

// A column named as the user knows it ("date de naissance"), not by its file header ("birth_date").
QString shownColumn(const QString& header)
{
    const auto column = columnFromName(header);
    return column ? columnTitle(*column) : header;
}

QString categoryTitle(Category c)
{
    switch (c) {
    case Category::Si: return DeclarationPage::tr("SI — standard follow-up");
    case Category::Sia: return DeclarationPage::tr("SIA — adapted follow-up");
    case Category::Sir: return DeclarationPage::tr("SIR — reinforced follow-up");
    }
    return {};
}
} // namespace

DeclarationPage::DeclarationPage(security::Session& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_establishment(new QComboBox(this)),
      m_year(new QSpinBox(this)),
      m_birthName(new QLineEdit(this)),
      m_firstNames(new QLineEdit(this)),
      m_birthDate(new QLineEdit(this)),
      m_sex(new QComboBox(this)),
      m_nir(new QLineEdit(this)),
      m_usedName(new QLineEdit(this)),
      m_postTitle(new QLineEdit(this)),
      m_contract(thesaurus::makePicker(session, QStringLiteral("contract_type"), this)),
      m_startDate(new QLineEdit(this)),
      m_endDate(new QLineEdit(this)),
      m_nightWork(new QCheckBox(tr("Night worker"), this)),
      m_apprentice(new QCheckBox(tr("Apprentice"), this)),
      m_rqth(new QCheckBox(tr("Recognised disabled worker (RQTH)"), this)),
      m_exposurePicker(thesaurus::makePicker(session, QStringLiteral("exposure"), this)),
      m_exposures(new QListWidget(this)),
      m_removeExposure(new QPushButton(tr("Remove the risk"), this)),
      m_category(new QLabel(this)),
      m_guidance(new QLabel(this)),
      m_duplicatesBox(new QWidget(this)),
      m_duplicatesLayout(new QVBoxLayout(m_duplicatesBox)),
      m_duplicateGroup(new QButtonGroup(this)),
      m_add(new QPushButton(tr("&Add to the declaration"), this)),
      m_lines(new QTableWidget(this)),
      m_removeLine(new QPushButton(tr("Remove the line"), this)),
      m_import(new QPushButton(tr("&Import a CSV file…"), this)),
      m_check(new QPushButton(tr("&Check"), this)),
      m_declare(new QPushButton(tr("&Declare"), this)),
      m_status(new QLabel(this)),
      m_problems(new QListWidget(this)),
      m_distribution(new QTableWidget(4, 3, this)),
      m_chart(new DistributionChart(this)),
      m_difference(new QLabel(this)),
      m_duplicateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("declarationPage"));
    auto* title = new QLabel(tr("Workforce declaration"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);

    // What is declared.
    m_establishment->setObjectName(QStringLiteral("declarationEstablishment"));
    m_establishment->setAccessibleName(tr("Establishment"));
    m_establishment->setMinimumContentsLength(32);
    m_establishment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // a long name never widens the page
    m_year->setObjectName(QStringLiteral("declarationYear"));
    m_year->setRange(DeclarationStore::MinYear, DeclarationStore::MaxYear);
    m_year->setValue(session.clock().today().year());
    m_year->setAccessibleName(tr("Year declared"));
    m_import->setObjectName(QStringLiteral("declarationImport"));
    auto* top = new QHBoxLayout;
    auto* estLabel = new QLabel(tr("&Establishment:"), this);
    estLabel->setBuddy(m_establishment);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(estLabel);
    top->addWidget(m_establishment, 1);
    top->addSpacing(12);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_import);

    // The entry form: identity on the left, post on the right.
    m_birthName->setObjectName(QStringLiteral("birthName"));
    m_firstNames->setObjectName(QStringLiteral("firstNames"));
    m_firstNames->setPlaceholderText(tr("All birth first names, first one first"));
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_birthDate->setPlaceholderText(tr("DD/MM/YYYY"));
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sex->addItem(QString(), QString());
    m_sex->addItem(tr("Female"), QStringLiteral("F"));
    m_sex->addItem(tr("Male"), QStringLiteral("M"));
    m_sex->addItem(tr("Undetermined"), QStringLiteral("U"));
    m_nir->setObjectName(QStringLiteral("nir"));
    m_nir->setPlaceholderText(tr("Optional, 15 characters"));
    m_usedName->setObjectName(QStringLiteral("usedName"));
    m_postTitle->setObjectName(QStringLiteral("postTitle"));
    m_contract->setObjectName(QStringLiteral("contractType"));
    m_startDate->setObjectName(QStringLiteral("startDate"));
    m_startDate->setPlaceholderText(tr("DD/MM/YYYY"));
    m_endDate->setObjectName(QStringLiteral("endDate"));
    m_endDate->setPlaceholderText(tr("Empty while employed"));
    m_nightWork->setObjectName(QStringLiteral("nightWork"));
    m_apprentice->setObjectName(QStringLiteral("apprentice"));
    m_rqth->setObjectName(QStringLiteral("rqth"));
    m_exposurePicker->setObjectName(QStringLiteral("exposurePicker"));
    m_exposures->setObjectName(QStringLiteral("exposureList"));
    m_exposures->setAccessibleName(tr("Risks of the post"));
    m_exposures->setMaximumHeight(m_exposures->fontMetrics().height() * 4 + 8);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (QWidget* w : {static_cast<QWidget*>(m_birthName), static_cast<QWidget*>(m_firstNames), static_cast<QWidget*>(m_postTitle),
                       static_cast<QWidget*>(m_contract), static_cast<QWidget*>(m_exposurePicker), static_cast<QWidget*>(m_exposures)})
        w->setMinimumWidth(em * 16);

    auto* identity = new QFormLayout;
    identity->addRow(tr("Birth &name:"), m_birthName);
    identity->addRow(tr("Birth &first names:"), m_firstNames);
    identity->addRow(tr("Birth &date:"), m_birthDate);
    identity->addRow(tr("Se&x:"), m_sex);
    identity->addRow(tr("NI&R:"), m_nir);
    identity->addRow(tr("&Used name:"), m_usedName);
    identity->addRow(QString(), m_rqth);
    auto* post = new QFormLayout;
    post->addRow(tr("&Post:"), m_postTitle);
    post->addRow(tr("&Contract:"), m_contract);
    post->addRow(tr("&Start in the post:"), m_startDate);
    post->addRow(tr("E&nd:"), m_endDate);
    auto* flags = new QHBoxLayout;
    flags->addWidget(m_nightWork);
    flags->addWidget(m_apprentice);
    flags->addStretch(1);
    post->addRow(QString(), flags);
    post->addRow(tr("&Risks:"), m_exposurePicker);
    auto* exposureRow = new QHBoxLayout;
    exposureRow->addWidget(m_exposures, 1);
    exposureRow->addWidget(m_removeExposure, 0, Qt::AlignTop);
    post->addRow(QString(), exposureRow);
    auto* formBox = new QGroupBox(tr("Worker and post"), this);
    auto* formLayout = new QHBoxLayout(formBox);
    formLayout->addLayout(identity, 1);
    formLayout->addSpacing(16);
    formLayout->addLayout(post, 1);

    // Guidance, category and identity vigilance, next to the form.
    m_category->setObjectName(QStringLiteral("declarationCategory"));
    m_category->setWordWrap(true);
    m_category->setTextFormat(Qt::RichText);
    m_guidance->setObjectName(QStringLiteral("declarationGuidance"));
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::RichText);
    m_guidance->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_duplicatesBox->setObjectName(QStringLiteral("declarationDuplicates"));
    m_duplicatesLayout->setContentsMargins(0, 0, 0, 0);
    m_duplicatesBox->hide();
    m_add->setObjectName(QStringLiteral("declarationAdd"));
    auto* guideBox = new QGroupBox(tr("Guidance"), this);
    auto* guideLayout = new QVBoxLayout(guideBox);
    guideLayout->addWidget(m_category);
    guideLayout->addWidget(m_guidance, 1);
    guideLayout->addWidget(m_duplicatesBox);
    guideLayout->addWidget(m_add, 0, Qt::AlignRight);
    auto* entry = new QHBoxLayout;
    entry->addWidget(formBox, 3);
    entry->addWidget(guideBox, 2);

    // The lines.
    m_lines->setObjectName(QStringLiteral("declarationLines"));
    m_lines->setAccessibleName(tr("Lines of the declaration"));
    const QStringList headers{tr("Line"),  tr("Birth name"), tr("First names"), tr("Birth date"), tr("Post"),
                              tr("Contract"), tr("Start"),   tr("Night"),       tr("Risks"),      tr("Category"),
                              tr("Identity")};
    m_lines->setColumnCount(int(headers.size()));
    m_lines->setHorizontalHeaderLabels(headers);
    m_lines->verticalHeader()->setVisible(false);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setAlternatingRowColors(true);
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_removeLine->setObjectName(QStringLiteral("declarationRemoveLine"));
    m_check->setObjectName(QStringLiteral("declarationCheck"));
    m_declare->setObjectName(QStringLiteral("declarationDeclare"));
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch(1);
    lineButtons->addWidget(m_check);
    lineButtons->addWidget(m_declare);

    // The result.
    m_status->setObjectName(QStringLiteral("declarationStatus"));
    m_status->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("declarationProblems"));
    m_problems->setAccessibleName(tr("Errors and warnings of the declaration"));
    m_problems->setWordWrap(true);
    m_problems->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_distribution->setObjectName(QStringLiteral("declarationDistribution"));
    m_distribution->setHorizontalHeaderLabels({tr("Category"), tr("Workers"), tr("Share")});
    m_distribution->verticalHeader()->setVisible(false);
    m_distribution->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_distribution->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_distribution->setFixedHeight(m_distribution->horizontalHeader()->sizeHint().height() +
                                   4 * (m_distribution->fontMetrics().height() + 10) + 4);
    for (int r = 0; r < 4; ++r)
        m_distribution->setRowHeight(r, m_distribution->fontMetrics().height() + 10);
    m_difference->setObjectName(QStringLiteral("declarationDifference"));
    m_difference->setWordWrap(true);
    auto* resultBox = new QGroupBox(tr("Result"), this);
    auto* resultLayout = new QHBoxLayout(resultBox);
    auto* left = new QVBoxLayout;
    left->addWidget(m_status);
    left->addWidget(m_problems, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_distribution);
    right->addWidget(m_chart);
    right->addWidget(m_difference);
    right->addStretch(1);
    resultLayout->addLayout(left, 1);
    resultLayout->addLayout(right, 1);

    // Tight vertical margins: the entry form, the lines and the result must fit a 1366x768 screen.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addLayout(entry);
    layout->addWidget(m_lines, 1);
    layout->addLayout(lineButtons);
    layout->addWidget(resultBox, 1);

    // Guidance follows every edit; duplicates after a short pause.
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(DuplicateDebounceMsecs);
    connect(m_duplicateTimer, &QTimer::timeout, this, &DeclarationPage::refreshDuplicates);
    for (QLineEdit* f : {m_birthName, m_firstNames, m_birthDate, m_nir, m_usedName, m_postTitle, m_startDate, m_endDate})
        connect(f, &QLineEdit::textChanged, this, &DeclarationPage::refreshGuidance);
    for (QLineEdit* f : {m_birthName, m_firstNames, m_birthDate, m_nir})
        connect(f, &QLineEdit::textChanged, this, [this] {
            m_identityChoice.clear();
            m_duplicateTimer->start();
        });
    connect(m_sex, &QComboBox::currentIndexChanged, this, &DeclarationPage::refreshGuidance);
    for (QCheckBox* b : {m_nightWork, m_apprentice, m_rqth})
        connect(b, &QCheckBox::toggled, this, &DeclarationPage::refreshGuidance);
    connect(m_contract, &ui::ThesaurusPicker::codeChanged, this, &DeclarationPage::refreshGuidance);
    connect(m_exposurePicker, &ui::ThesaurusPicker::codeChosen, this, &DeclarationPage::addExposure);
    connect(m_removeExposure, &QPushButton::clicked, this, [this] {
        delete m_exposures->currentItem();
        refreshGuidance();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &DeclarationPage::refreshGuidance);
    connect(m_establishment, &QComboBox::currentIndexChanged, this, [this] {
        m_report.reset();
        m_duplicateTimer->start();
    });
    connect(m_add, &QPushButton::clicked, this, &DeclarationPage::addCurrentLine);
    connect(m_removeLine, &QPushButton::clicked, this, [this] { removeLine(m_lines->currentRow()); });
    // Issue 18: F4 opens the record of the worker of the current line, once she is known (an existing
    // worker, or the declaration recorded), for the roles that read records.
    m_openRecord = ui::addOpenRecordAction(this, m_session.account().role, [this] { return selectedWorkerId(); });
    connect(m_check, &QPushButton::clicked, this, &DeclarationPage::checkDeclaration);
    connect(m_declare, &QPushButton::clicked, this, &DeclarationPage::declare);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a workforce declaration"), QString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });

    setTabOrder(m_establishment, m_year);
    setFocusProxy(m_birthName);
    loadEstablishments();
    rebuildLines();
    refreshGuidance();
    m_chart->clear();
}

// ----- What is declared --------------------------------------------------------------------------

void DeclarationPage::loadEstablishments()
{
    m_establishment->clear();
    auto list = DeclarationStore::establishments(m_session);
    if (!list) {
        m_status->setText(list.error().message);
        m_establishment->setEnabled(false);
        return;
    }
    for (const EstablishmentRef& e : list.value()) {
        m_establishment->addItem(QStringLiteral("%1 — %2").arg(e.name, e.siret));
        m_establishment->setItemData(m_establishment->count() - 1, e.id, IdRole);
        m_establishment->setItemData(m_establishment->count() - 1, e.siret, SiretRole);
    }
    if (list.value().isEmpty())
        m_status->setText(tr("No establishment is assigned to your team: there is nothing to declare."));
}

bool DeclarationPage::selectEstablishment(const QString& siret)
{
    const int i = m_establishment->findData(siret, SiretRole);
    if (i < 0)
        return false;
    m_establishment->setCurrentIndex(i);
    return true;
}

QString DeclarationPage::establishmentSiret() const { return m_establishment->currentData(SiretRole).toString(); }
QString DeclarationPage::establishmentId() const { return m_establishment->currentData(IdRole).toString(); }

Catalog DeclarationPage::catalogFor(const QList<RawLine>& lines) const
{
    auto catalog = DeclarationStore::catalogFor(m_session, lines);
    return catalog ? catalog.value() : Catalog{};
}

// ----- The form ----------------------------------------------------------------------------------

RawLine DeclarationPage::currentLine() const
{
    RawLine l;
    l.line = int(m_rawLines.size()) + 1;
    l.set(Column::BirthName, m_birthName->text());
    l.set(Column::FirstNames, m_firstNames->text());
    l.set(Column::BirthDate, m_birthDate->text());
    l.set(Column::Sex, m_sex->currentData().toString());
    l.set(Column::Nir, m_nir->text());
    l.set(Column::UsedName, m_usedName->text());
    l.set(Column::PostTitle, m_postTitle->text());
    l.set(Column::ContractType, m_contract->code());
    l.set(Column::StartDate, m_startDate->text());
    l.set(Column::EndDate, m_endDate->text());
    l.set(Column::NightWork, m_nightWork->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    l.set(Column::Apprentice, m_apprentice->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    l.set(Column::Rqth, m_rqth->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    QStringList codes;
    for (int i = 0; i < m_exposures->count(); ++i)
        codes << m_exposures->item(i)->data(IdRole).toString();
    l.set(Column::Exposures, codes.join(QLatin1Char(';')));
    l.set(Column::IdentityChoice, m_identityChoice);
    return l;
}

void DeclarationPage::addExposure(const QString& code)
{
    if (code.isEmpty())
        return;
    for (int i = 0; i < m_exposures->count(); ++i)
        if (m_exposures->item(i)->data(IdRole).toString() == code) {
            m_exposurePicker->clear();
            return;
        }
    // The exposure by its label (the thesaurus' code only in the tooltip: issue 19).
    QString text = code;
    if (auto info = DeclarationStore::exposure(m_session, code); info && info.value())
        text = info.value()->label;
    auto* item = new QListWidgetItem(text, m_exposures);
    item->setToolTip(code);
    item->setData(IdRole, code);
    m_exposurePicker->clear();
    refreshGuidance();
}

void DeclarationPage::refreshGuidance()
{
    const RawLine line = currentLine();
    bool started = false;
    for (Column c : {Column::BirthName, Column::FirstNames, Column::BirthDate, Column::PostTitle, Column::StartDate,
                     Column::ContractType, Column::Nir})
        started = started || !line.value(c).trimmed().isEmpty();
    started = started || m_exposures->count() > 0;
    if (!started) {
        m_category->setText(tr("Enter a worker: the guidance and the follow-up category appear as you type."));
        m_guidance->clear();
        return;
    }
    const LineCheck check = checkLine(line, catalogFor({line}), m_year->value(), m_session.clock().today());
    const FollowUpDecision& f = check.line.followUp;
    m_category->setText(tr("<b>Follow-up: %1</b><br>%2").arg(escaped(categoryTitle(f.category)), escaped(f.text())));

    const QString missingText = QCoreApplication::translate("vigie::workforce", "the value is missing");
    QStringList toComplete, items;
    for (const Problem& p : check.problems) {
        const auto column = columnFromName(p.column);
        if (p.severity == Severity::Error && p.message == missingText) {
            toComplete << (column ? columnTitle(*column) : p.column);
            continue;
        }
        const char* color = p.severity == Severity::Error ? ErrorColor : p.severity == Severity::Warning ? WarningColor : InfoColor;
        const QString mark = p.severity == Severity::Error ? tr("Error") : p.severity == Severity::Warning ? tr("Warning") : tr("Note");
        items << QStringLiteral("<span style='color:%1'><b>%2</b> (%3): %4</span>")
                     .arg(QLatin1String(color), escaped(mark), escaped(column ? columnTitle(*column) : QString()), escaped(p.message));
    }
    if (!toComplete.isEmpty())
        items.prepend(QStringLiteral("<span style='color:%1'>%2</span>")
                          .arg(QLatin1String(WarningColor), escaped(tr("To complete: %1").arg(toComplete.join(QStringLiteral(", "))))));
    m_guidance->setText(items.join(QStringLiteral("<br>")));
}

void DeclarationPage::refreshDuplicates()
{
    m_duplicateTimer->stop();
    m_candidates.clear();
    const RawLine line = currentLine();
    const LineCheck check = checkLine(line, Catalog{}, m_year->value(), m_session.clock().today());
    if (check.identityOk) {
        auto found = IdentityStore::likelyDuplicates(m_session, check.line.identity, establishmentId());
        if (found)
            m_candidates = found.value();
    }
    showDuplicates();
}

void DeclarationPage::showDuplicates()
{
    for (QAbstractButton* b : m_duplicateGroup->buttons())
        m_duplicateGroup->removeButton(b);
    while (QLayoutItem* item = m_duplicatesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_candidates.isEmpty()) {
        m_duplicatesBox->hide();
        return;
    }
    bool needsChoice = false;
    auto* heading = new QLabel(m_duplicatesBox);
    heading->setWordWrap(true);
    m_duplicatesLayout->addWidget(heading);
    for (const DuplicateCandidate& c : std::as_const(m_candidates)) {
        const bool known = c.sameIdentity || (c.employedHere && c.reason == DuplicateReason::SameTraits);
        if (known) {
            auto* label = new QLabel(tr("Known worker: %1 — the line is recorded for them.").arg(c.describe()), m_duplicatesBox);
            label->setWordWrap(true);
            m_duplicatesLayout->addWidget(label);
            continue;
        }
        needsChoice = true;
        //: %1 name, %2 birth date, %3 why it is a likely duplicate
        auto* same = new QRadioButton(tr("Same person as %1, born %2 (%3): merge")
                                          .arg(c.birthName.toUpper() + QLatin1Char(' ') + c.firstBirthFirstName,
                                               QDate::fromString(c.birthDate, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")),
                                               duplicateReasonText(c.reason)),
                                      m_duplicatesBox);
        same->setToolTip(c.describe());
        same->setObjectName(QStringLiteral("duplicateSame_") + c.workerId);
        same->setChecked(m_identityChoice == c.workerId);
        m_duplicateGroup->addButton(same);
        m_duplicatesLayout->addWidget(same);
        connect(same, &QRadioButton::toggled, this, [this, id = c.workerId](bool on) {
            if (on)
                m_identityChoice = id;
        });
    }
    if (needsChoice) {
        heading->setText(QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                             .arg(QLatin1String(WarningColor),
                                  escaped(tr("Identity vigilance: likely duplicates of this worker. Choose before adding the line."))));
        auto* apart = new QRadioButton(tr("A different person (keep apart)"), m_duplicatesBox);
        apart->setObjectName(QStringLiteral("duplicateApart"));
        apart->setChecked(m_identityChoice == QLatin1String("new"));
        m_duplicateGroup->addButton(apart);
        m_duplicatesLayout->addWidget(apart);
        connect(apart, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                m_identityChoice = QStringLiteral("new");
        });
    } else {
        heading->setText(tr("Identity vigilance: this worker is already known."));
    }
    m_duplicatesBox->show();
}

void DeclarationPage::chooseIdentity(const QString& choice)
{
    m_identityChoice = choice;
    for (QAbstractButton* b : m_duplicateGroup->buttons()) {
        const bool match = b->objectName() == (choice == QLatin1String("new") ? QStringLiteral("duplicateApart")
                                                                              : QStringLiteral("duplicateSame_") + choice);
        if (match)
            b->setChecked(true);
    }
}

bool DeclarationPage::addCurrentLine()
{
    if (m_duplicateTimer->isActive())
        refreshDuplicates();
    const RawLine line = currentLine();
    const LineCheck check = checkLine(line, catalogFor({line}), m_year->value(), m_session.clock().today());
    refreshGuidance();
    if (!check.ok()) {
        m_guidance->setText(QStringLiteral("<span style='color:%1'><b>%2</b></span><br>")
                                .arg(QLatin1String(ErrorColor), escaped(tr("The line cannot be added yet:"))) +
                            m_guidance->text());
        return false;
    }
    bool needsChoice = false;
    for (const DuplicateCandidate& c : std::as_const(m_candidates))
        needsChoice = needsChoice || !(c.sameIdentity || (c.employedHere && c.reason == DuplicateReason::SameTraits));
    if (needsChoice && m_identityChoice.isEmpty()) {
        m_guidance->setText(QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                                .arg(QLatin1String(ErrorColor),
                                     escaped(tr("Identity vigilance: say whether this is the same person as a worker listed, "
                                                "or a different person, before adding the line."))));
        return false;
    }
    m_rawLines << line;
    if (m_source == QLatin1String("csv"))
        m_source = QStringLiteral("form"); // a file completed by hand is a form declaration
    rebuildLines();
    clearForm();
    m_birthName->setFocus(Qt::OtherFocusReason);
    return true;
}

void DeclarationPage::removeLine(int row)
{
    if (row < 0 || row >= m_rawLines.size())
        return;
    m_rawLines.removeAt(row);
    rebuildLines();
}

void DeclarationPage::clearForm()
{
    for (QLineEdit* f : {m_birthName, m_firstNames, m_birthDate, m_nir, m_usedName, m_postTitle, m_startDate, m_endDate})
        f->clear();
    m_sex->setCurrentIndex(0);
    m_contract->clear();
    m_exposurePicker->clear();
    m_exposures->clear();
    for (QCheckBox* b : {m_nightWork, m_apprentice, m_rqth})
        b->setChecked(false);
    m_identityChoice.clear();
    m_candidates.clear();
    m_duplicateTimer->stop();
    showDuplicates();
    refreshGuidance();
}

void DeclarationPage::rebuildLines()
{
    const Catalog catalog = m_rawLines.isEmpty() ? Catalog{} : catalogFor(m_rawLines);
    m_lines->setRowCount(int(m_rawLines.size()));
    QHash<QString, QString> labels; // exposure code → its label, read once per rebuild
    for (int r = 0; r < m_rawLines.size(); ++r) {
        const RawLine& l = m_rawLines.at(r);
        const LineCheck check = checkLine(l, catalog, m_year->value(), m_session.clock().today());
        const auto exposureLabels = [this, &labels](const QString& field) {
            QStringList out;
            for (const QString& code : exposureCodesOf(field)) {
                if (!labels.contains(code)) {
                    auto info = DeclarationStore::exposure(m_session, code);
                    labels.insert(code, info && info.value() ? info.value()->label : code);
                }
                out << labels.value(code);
            }
            return out.join(QStringLiteral(", "));
        };
        const QString identity = l.value(Column::IdentityChoice).isEmpty()          ? QString()
                                 : l.value(Column::IdentityChoice) == QLatin1String("new") ? tr("kept apart")
                                                                                      : tr("merged");
        const QStringList cells{QString::number(l.line),
                                l.value(Column::BirthName),
                                l.value(Column::FirstNames),
                                l.value(Column::BirthDate),
                                l.value(Column::PostTitle),
                                l.value(Column::ContractType),
                                l.value(Column::StartDate),
                                check.line.nightWork ? tr("yes") : QString(),
                                exposureLabels(l.value(Column::Exposures)),
                                check.ok() ? categoryCode(check.line.followUp.category) : tr("error"),
                                identity};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 9)
                item->setToolTip(check.line.followUp.text());
            m_lines->setItem(r, c, item);
        }
    }
    m_lines->resizeColumnsToContents();
    m_declare->setEnabled(!m_rawLines.isEmpty());
    m_check->setEnabled(!m_rawLines.isEmpty());
    m_removeLine->setEnabled(!m_rawLines.isEmpty());
}

// ----- Import, check, declare --------------------------------------------------------------------

bool DeclarationPage::importCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxDeclarationBytes) {
        m_status->setText(tr("Unable to read the file %1").arg(path));
        return false;
    }
    const CsvDeclaration csv = readDeclarationCsv(file.readAll());
    m_rawLines = csv.lines;
    m_readProblems = csv.problems;
    m_source = QStringLiteral("csv");
    m_fileName = QFileInfo(path).fileName();
    m_report.reset();
    rebuildLines();
    m_problems->clear();
    if (!csv.problems.isEmpty()) {
        for (const Problem& p : csv.problems)
            m_problems->addItem(tr("Line %1 · %2: %3").arg(p.line).arg(p.column.isEmpty() ? tr("file") : shownColumn(p.column), p.message));
        m_status->setText(tr("%1: the file has errors; correct it and import it again.").arg(m_fileName));
    } else {
        m_status->setText(tr("%1: %n line(s) read. Check, then declare.", nullptr, int(csv.lines.size())).arg(m_fileName));
    }
    return true;
}

QString DeclarationPage::selectedWorkerId() const
{
    const int row = m_lines->currentRow();
    if (row < 0 || row >= m_rawLines.size())
        return {};
    const int line = m_source == QLatin1String("csv") ? m_rawLines.at(row).line : row + 1;
    if (m_report)
        for (const LineResult& l : m_report->lines)
            if (l.line == line && (m_report->accepted || l.resolution == Resolution::Existing || l.resolution == Resolution::Merge))
                return l.workerId; // a dry run's new identity does not exist yet
    const QString choice = m_rawLines.at(row).value(Column::IdentityChoice);
    return choice == QLatin1String("new") ? QString() : choice; // "same person as" an existing worker
}

std::optional<DeclarationReport> DeclarationPage::submit(bool dryRun)
{
    DeclarationRequest request;
    request.siret = establishmentSiret();
    request.year = m_year->value();
    request.lines = m_rawLines;
    if (m_source != QLatin1String("csv"))
        for (int i = 0; i < request.lines.size(); ++i)
            request.lines[i].line = i + 1;
    request.readProblems = m_readProblems;
    request.source = m_source;
    request.fileName = m_source == QLatin1String("csv") ? m_fileName : QString();
    request.dryRun = dryRun;
    auto report = DeclarationStore::submit(m_session, request);
    if (!report) {
        m_status->setText(report.error().message);
        m_problems->clear();
        return std::nullopt;
    }
    return report.value();
}

void DeclarationPage::checkDeclaration()
{
    if (auto report = submit(true))
        showReport(*report, false);
}

bool DeclarationPage::declare()
{
    auto report = submit(false);
    if (!report)
        return false;
    showReport(*report, report->accepted);
    if (report->accepted) {
        m_readProblems.clear();
        emit declared(report->declarationId);
    }
    return report->accepted;
}

void DeclarationPage::showReport(const DeclarationReport& r, bool written)
{
    m_report = r;
    m_problems->clear();
    for (const Problem& p : r.problems) {
        if (p.severity == Severity::Info)
            continue;
        const QString where = p.line > 0 ? tr("Line %1").arg(p.line) : tr("File");
        const QString what = p.column.isEmpty() ? QString() : QStringLiteral(" · ") + shownColumn(p.column);
        auto* item = new QListWidgetItem((p.severity == Severity::Error ? tr("Error") : tr("Warning")) + QStringLiteral(" — ") +
                                             where + what + QStringLiteral(": ") + p.message,
                                         m_problems);
        item->setForeground(QColor(QLatin1String(p.severity == Severity::Error ? ErrorColor : WarningColor)));
    }
    if (r.hasErrors()) {
        m_status->setText(tr("The declaration is refused: %n error(s), listed below by line. Nothing has been recorded.",
                             nullptr, r.errorCount()));
        m_distribution->clearContents();
        m_chart->clear();
        m_difference->clear();
        return;
    }
    m_status->setText(written ? tr("Declaration of %1 for %2 recorded (version %3).").arg(r.year).arg(r.establishmentName).arg(r.version)
                              : tr("The declaration of %1 is valid. Nothing has been recorded yet: declare it to record it.").arg(r.year));
    const int total = r.distribution.total();
    const QList<Category> categories{Category::Si, Category::Sia, Category::Sir};
    for (int row = 0; row < 4; ++row) {
        const bool totalRow = row == 3;
        const int count = totalRow ? total : r.distribution.count(categories.at(row));
        const QString share = total > 0 ? QLocale().toString(100.0 * count / total, 'f', 1) + QStringLiteral(" %") : QString();
        const QStringList cells{totalRow ? tr("Total") : categoryTitle(categories.at(row)), QString::number(count), share};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (totalRow) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_distribution->setItem(row, c, item);
        }
    }
    m_chart->setDistribution(r.distribution);
    QString difference;
    if (r.diff.hasPrevious)
        difference = tr("Compared with %1: %2 arrival(s), %3 departure(s), %4 change(s) of category.")
                         .arg(r.year - 1)
                         .arg(r.diff.arrivals.size())
                         .arg(r.diff.departures.size())
                         .arg(r.diff.changes.size());
    else
        difference = tr("No declaration for %1: the arrivals are the %2 worker(s) who started in %3.")
                         .arg(r.year - 1)
                         .arg(r.diff.arrivals.size())
                         .arg(r.year);
    difference += QLatin1Char(' ') + (written ? tr("%n initial visit(s) handed to scheduling.", nullptr, int(r.visitRequests.size()))
                                              : tr("%n initial visit(s) to hand to scheduling.", nullptr, int(r.visitRequests.size())));
    if (r.employmentsClosed > 0)
        difference += QLatin1Char(' ') +
                      (written ? tr("%n employment(s) of the departures ended on %1.", nullptr, r.employmentsClosed)
                               : tr("%n employment(s) of the departures to end on %1.", nullptr, r.employmentsClosed))
                          .arg(QLocale().toString(r.closingDate, QLocale::ShortFormat));
    QStringList changes;
    for (const DiffEntry& e : r.diff.changes.mid(0, 5))
        changes << tr("%1: %2 → %3").arg(r.names.value(e.workerId), categoryCode(*e.before), categoryCode(*e.after));
    if (!changes.isEmpty())
        difference += QLatin1Char('\n') + changes.join(QStringLiteral("; "));
    m_difference->setText(difference);
}

void DeclarationPage::clearPersonalData()
{
    clearForm();
    m_rawLines.clear();
    m_readProblems.clear();
    m_fileName.clear();
    m_source = QStringLiteral("form");
    m_report.reset();
    rebuildLines();
    m_problems->clear();
    m_status->clear();
    m_distribution->clearContents();
    m_chart->clear();
    m_difference->clear();
}

} // namespace vigie::workforce
