#include "companysheet/ui/CompanySheetsPage.h"

#include "companysheet/SheetPlan.h"
#include "companysheet/print/SheetPrinter.h"
#include "core/Clock.h"
#include "membership/EstablishmentStore.h"
#include "companysheet/ui/SendingDialog.h"
#include "prevention/PrimaryPreventionStore.h"
#include "prevention/ui/ActionsPanel.h"
#include "thesaurus/ThesaurusStore.h"
#include "thesaurus/ui/ThesaurusPickerAdapter.h"
#include "ui/ThesaurusPicker.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vigie::companysheet {

namespace {
QString key(const QString& section, const QString& field) { return section + QLatin1Char('.') + field; }
QString dateText(const QDateTime& utc) { return core::Clock::parisDate(utc).toString(QStringLiteral("dd/MM/yyyy")); }
// The exposure table's counts (CDI, CDD, temporary, other) take digits only, as typed.
class CountDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), line));
        return editor;
    }
};
const QStringList ExposureColumns{QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("cdi"), QStringLiteral("cdd"),
                                  QStringLiteral("interim"), QStringLiteral("other"), QStringLiteral("measures")};
} // namespace

CompanySheetsPage::CompanySheetsPage(security::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* root = new QHBoxLayout(this);
    auto* splitter = new QSplitter(this);
    root->addWidget(splitter);

    // Left: the establishments.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setPlaceholderText(tr("Search an establishment by name"));
    m_search->setClearButtonEnabled(true);
    m_establishments = new QListWidget(left);
    m_establishments->setObjectName(QStringLiteral("establishments"));
    // Issue 19 item 6: the establishments without a primary-prevention action within the service's interval.
    m_withoutPrimary = new QCheckBox(tr("Only those &without primary prevention"), left);
    m_withoutPrimary->setObjectName(QStringLiteral("withoutPrimaryPrevention"));
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_withoutPrimary);
    leftLayout->addWidget(m_establishments);
    connect(m_search, &QLineEdit::textChanged, this, [this] { reloadEstablishments(); });
    connect(m_withoutPrimary, &QCheckBox::toggled, this, [this] { reloadEstablishments(); });
    connect(m_establishments, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            selectEstablishment(item->data(Qt::UserRole).toString());
    });

    // Right: the sheet.
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Choose an establishment"), right);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    rightLayout->addWidget(m_title);
    m_tabs = new QTabWidget(right);
    rightLayout->addWidget(m_tabs, 1);
    m_message = new QLabel(right);
    m_message->setWordWrap(true);
    rightLayout->addWidget(m_message);

    // History tab.
    auto* historyTab = new QWidget(m_tabs);
    auto* historyLayout = new QVBoxLayout(historyTab);
    m_history = new QTableWidget(0, 5, historyTab);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setHorizontalHeaderLabels({tr("Version"), tr("Validated on"), tr("Author"), tr("Drawn from"), tr("Sent to the employer")});
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    historyLayout->addWidget(m_history, 1);
    auto* historyButtons = new QHBoxLayout;
    auto* newDraft = new QPushButton(tr("&New draft from this version"), historyTab);
    auto* compare = new QPushButton(tr("&Compare"), historyTab);
    auto* print = new QPushButton(tr("&Print…"), historyTab);
    auto* sent = new QPushButton(tr("Sent to the &employer…"), historyTab);
    sent->setObjectName(QStringLiteral("recordSending"));
    sent->setToolTip(tr("Record the day the selected version (the latest when none is selected) went to the employer"));
    historyButtons->addWidget(newDraft);
    historyButtons->addWidget(compare);
    historyButtons->addWidget(print);
    historyButtons->addWidget(sent);
    historyButtons->addStretch();
    historyLayout->addLayout(historyButtons);
    m_diff = new QTextBrowser(historyTab);
    m_diff->setObjectName(QStringLiteral("diff"));
    m_diff->setPlaceholderText(tr("Select two versions (or one, to compare it with the previous one) and press Compare."));
    historyLayout->addWidget(m_diff, 1);
    m_tabs->addTab(historyTab, tr("&History"));
    connect(newDraft, &QPushButton::clicked, this, [this] { startDraft(); });
    connect(compare, &QPushButton::clicked, this, [this] { compareSelected(); });
    connect(sent, &QPushButton::clicked, this, [this] { recordSending(); });
    connect(print, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Print the company sheet"), QString(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            printTo(path);
    });

    // Draft tab: the sections on the left, the selected section's fields on the right.
    auto* draftTab = new QWidget(m_tabs);
    auto* draftLayout = new QVBoxLayout(draftTab);
    m_draftInfo = new QLabel(tr("No draft open. Start one from the history (Ctrl+N)."), draftTab);
    m_draftInfo->setWordWrap(true);
    draftLayout->addWidget(m_draftInfo);
    auto* editor = new QHBoxLayout;
    m_sections = new QListWidget(draftTab);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setMaximumWidth(260);
    m_forms = new QStackedWidget(draftTab);
    editor->addWidget(m_sections);
    editor->addWidget(m_forms, 1);
    draftLayout->addLayout(editor, 1);
    for (const PageDef& page : pages()) {
        for (const SectionDef& s : sectionsOfPage(page.page)) {
            auto* item = new QListWidgetItem(page.page == 0 ? s.title() : tr("p. %1 — %2").arg(page.page).arg(s.title()), m_sections);
            item->setData(Qt::UserRole, s.key);
            auto* scroll = new QScrollArea(m_forms);
            scroll->setWidgetResizable(true);
            scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            auto* form = new QWidget(scroll);
            auto* outer = new QVBoxLayout(form);
            auto* layout = new QFormLayout;
            outer->addLayout(layout);
            outer->addStretch(); // the fields stay together at the top, whatever the window's height
            layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
            for (const FieldDef& f : s.fields) {
                QWidget* w = nullptr;
                switch (f.kind) {
                case FieldKind::Paragraph: {
                    auto* e = new QPlainTextEdit(form);
                    e->setTabChangesFocus(true);
                    e->setFixedHeight(84); // about five lines: the form stays readable at a glance
                    w = e;
                    break;
                }
                case FieldKind::YesNo: {
                    auto* c = new QComboBox(form);
                    c->addItems({QString(), tr("yes"), tr("no")});
                    w = c;
                    break;
                }
                case FieldKind::Exposures: {
                    auto* box = new QWidget(form);
                    auto* v = new QVBoxLayout(box);
                    v->setContentsMargins(0, 0, 0, 0);
                    m_exposures = new QTableWidget(0, 7, box);
                    m_exposures->setObjectName(QStringLiteral("exposures"));
                    m_exposures->setHorizontalHeaderLabels(
                        {tr("Code"), tr("Exposure"), QStringLiteral("CDI"), QStringLiteral("CDD"), tr("Temporary"), tr("Other"), tr("Prevention measures")});
                    m_exposures->horizontalHeader()->setStretchLastSection(true);
                    for (int c = 2; c <= 5; ++c)
                        m_exposures->setItemDelegateForColumn(c, new CountDelegate(m_exposures));
                    m_exposures->setMinimumHeight(180);
                    auto* buttons = new QHBoxLayout;
                    // Exposures come from the exposure thesaurus: type a code or words, Enter adds it.
                    m_exposurePicker = thesaurus::makePicker(m_session, QStringLiteral("exposure"), box);
                    m_exposurePicker->setObjectName(QStringLiteral("exposurePicker"));
                    m_exposurePicker->setToolTip(tr("Add an exposure of the thesaurus: type a code or words of its label, then Enter"));
                    auto* remove = new QPushButton(tr("Remove the exposure"), box);
                    buttons->addWidget(new QLabel(tr("Add an exposure"), box));
                    buttons->addWidget(m_exposurePicker, 1);
                    buttons->addWidget(remove);
                    v->addLayout(buttons);
                    v->addWidget(m_exposures);
                    connect(m_exposurePicker, &ui::ThesaurusPicker::codeChosen, this, [this](const QString& code) {
                        if (code.isEmpty())
                            return;
                        for (int row = 0; row < m_exposures->rowCount(); ++row)
                            if (m_exposures->item(row, 0) && m_exposures->item(row, 0)->text() == code)
                                return m_exposures->setCurrentCell(row, 2);
                        const int row = m_exposures->rowCount();
                        m_exposures->insertRow(row);
                        auto known = thesaurus::ThesaurusStore::find(m_session, QStringLiteral("exposure"), code);
                        const QString label = known && known.value() ? known.value()->labelFr : QString();
                        const QStringList cells{code, label, QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QString()};
                        for (int c = 0; c < cells.size(); ++c)
                            m_exposures->setItem(row, c, new QTableWidgetItem(cells.at(c)));
                        m_exposures->item(row, 0)->setFlags(m_exposures->item(row, 0)->flags() & ~Qt::ItemIsEditable);
                        m_exposures->setCurrentCell(row, 2); // the counts are typed next
                        m_exposurePicker->clear();
                    });
                    connect(remove, &QPushButton::clicked, this, [this] {
                        if (m_exposures->currentRow() >= 0)
                            m_exposures->removeRow(m_exposures->currentRow());
                    });
                    w = box;
                    break;
                }
                case FieldKind::Count:
                case FieldKind::Date:
                case FieldKind::Text: {
                    auto* e = new QLineEdit(form);
                    // Numbers and dates refuse other characters as they are typed.
                    if (f.kind == FieldKind::Count) {
                        e->setPlaceholderText(tr("number"));
                        e->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,7}")), e));
                    }
                    if (f.kind == FieldKind::Date) {
                        e->setPlaceholderText(tr("DD/MM/YYYY"));
                        e->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,2}(/[0-9]{0,2}(/[0-9]{0,4})?)?")), e));
                    }
                    w = e;
                    break;
                }
                }
                w->setObjectName(QStringLiteral("field.") + key(s.key, f.key));
                // Unwrapped: a wrapped label beside a one-line field gets clipped by QFormLayout.
                auto* label = new QLabel(f.label, form);
                label->setBuddy(w);
                if (f.kind == FieldKind::Exposures) {
                    // The list needs the full width: its heading above it.
                    layout->addRow(label);
                    layout->addRow(w);
                } else {
                    layout->addRow(label, w);
                }
                m_fields.insert(key(s.key, f.key), w);
            }
            scroll->setWidget(form);
            m_forms->addWidget(scroll);
        }
    }
    connect(m_sections, &QListWidget::currentRowChanged, m_forms, &QStackedWidget::setCurrentIndex);
    auto* draftButtons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save the draft"), draftTab);
    m_validate = new QPushButton(tr("&Validate as a new version"), draftTab);
    m_abandon = new QPushButton(tr("&Abandon the draft"), draftTab);
    draftButtons->addWidget(m_save);
    draftButtons->addWidget(m_validate);
    draftButtons->addStretch();
    draftButtons->addWidget(m_abandon);
    draftLayout->addLayout(draftButtons);
    m_tabs->addTab(draftTab, tr("&Draft"));
    connect(m_save, &QPushButton::clicked, this, [this] { saveDraft(); });
    connect(m_validate, &QPushButton::clicked, this, [this] { validateDraft(); });
    connect(m_abandon, &QPushButton::clicked, this, [this] {
        if (m_draftId.isEmpty() ||
            QMessageBox::question(this, tr("Abandon the draft"), tr("Abandon this draft? What it holds is lost.")) != QMessageBox::Yes)
            return;
        if (core::Status s = CompanySheetStore::abandonDraft(m_session, m_draftId); !s)
            return say(s.error().message, true);
        clearDraft();
        say(tr("Draft abandoned."));
    });

    // Workplace actions tab: what the team did at the establishment besides the sheet.
    m_actions = new prevention::ActionsPanel(m_session, m_tabs);
    m_tabs->addTab(m_actions, tr("Ac&tions"));

    // Keyboard first.
    const auto shortcut = [this](const QKeySequence& keys, const std::function<void()>& run) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, run);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { startDraft(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_S), [this] { saveDraft(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { validateDraft(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] { compareSelected(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown), [this] { showSection(m_sections->currentRow() + 1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp), [this] { showSection(m_sections->currentRow() - 1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Print the company sheet"), QString(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            printTo(path);
    });

    splitter->setStretchFactor(1, 3);
    clearDraft();
    reloadEstablishments();
}

void CompanySheetsPage::say(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b42318;") : QStringLiteral("color: #1d6b3a;"));
}

QString CompanySheetsPage::message() const { return m_message->text(); }

void CompanySheetsPage::reloadEstablishments()
{
    const QString text = m_search->text().trimmed();
    if (m_withoutPrimary->isChecked()) {
        m_establishments->clear();
        auto without = prevention::PrimaryPreventionStore::withoutAction(m_session);
        if (!without)
            return say(without.error().message, true);
        const QString folded = text.toCaseFolded();
        for (const prevention::EstablishmentWithout& e : without.value()) {
            if (!folded.isEmpty() && !e.name.toCaseFolded().contains(folded))
                continue;
            const QString due = e.status.due.toString(QStringLiteral("dd/MM/yyyy"));
            auto* item = new QListWidgetItem(e.status.due.isValid() ? tr("%1 — due %2").arg(e.name, due) : e.name, m_establishments);
            item->setData(Qt::UserRole, e.establishmentId);
            item->setToolTip(e.status.last.isValid() ? tr("Last primary-prevention action on %1").arg(e.status.last.toString(QStringLiteral("dd/MM/yyyy")))
                                                     : tr("No primary-prevention action recorded"));
            if (e.status.late)
                item->setForeground(QColor(0xb4, 0x23, 0x18));
        }
        say(tr("%n establishment(s) without a primary-prevention action in the service's interval.", nullptr, m_establishments->count()));
        return;
    }
    // One more than shown: a list cut short says so (issue 19: never silently capped).
    constexpr int Shown = 500;
    auto found = text.isEmpty() ? membership::EstablishmentStore::list(m_session, Shown + 1)
                                : membership::EstablishmentStore::findByName(m_session, text, Shown + 1);
    m_establishments->clear();
    if (!found)
        return say(found.error().message, true);
    QList<membership::EstablishmentSummary> rows = found.value();
    const bool more = rows.size() > Shown;
    if (more) {
        rows.resize(Shown);
        say(tr("The first %1 establishments by name are listed, and there are more: type to narrow").arg(Shown));
    }
    for (const membership::EstablishmentSummary& e : std::as_const(rows)) {
        auto* item = new QListWidgetItem(e.name, m_establishments);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(tr("SIRET %1 · %2").arg(membership::formatSiret(e.siret), e.city));
    }
}

bool CompanySheetsPage::selectEstablishment(const QString& establishmentId)
{
    auto member = CompanySheetStore::establishment(m_session, establishmentId);
    if (!member) {
        say(member.error().message, true);
        return false;
    }
    m_establishmentId = establishmentId;
    m_title->setText(tr("Company sheet — %1 (SIRET %2)").arg(member.value().name, membership::formatSiret(member.value().siret)));
    clearDraft();
    reloadHistory();
    m_actions->setEstablishment(establishmentId);
    // Resume one's own open draft, if any.
    auto drafts = CompanySheetStore::openDrafts(m_session, establishmentId);
    if (drafts) {
        QStringList others;
        for (const DraftInfo& d : drafts.value()) {
            if (d.authorId == m_session.account().id && m_draftId.isEmpty()) {
                if (auto draft = CompanySheetStore::loadDraft(m_session, d.id))
                    loadDraft(draft.value());
            } else if (d.authorId != m_session.account().id) {
                others << d.authorName;
            }
        }
        if (!others.isEmpty())
            say(tr("Draft(s) in progress by: %1. Their changes will be merged by section when validated.").arg(others.join(QStringLiteral(", "))));
        else
            say({});
    }
    return true;
}

void CompanySheetsPage::reloadHistory()
{
    m_history->setRowCount(0);
    m_diff->clear();
    m_versions.clear();
    if (m_establishmentId.isEmpty())
        return;
    auto history = CompanySheetStore::history(m_session, m_establishmentId);
    if (!history)
        return say(history.error().message, true);
    m_versions = history.value();
    for (qsizetype i = m_versions.size() - 1; i >= 0; --i) { // latest first
        const VersionInfo& v = m_versions.at(i);
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        QStringList sent;
        for (const Sending& s : v.sendings)
            sent << tr("%1 (%2)").arg(s.sentOn.toString(QStringLiteral("dd/MM/yyyy")), channelTitle(s.channel));
        const QStringList cells{QString::number(v.number), dateText(v.validatedAt), v.authorName,
                                v.basedOnNumber > 0 ? tr("version %1").arg(v.basedOnNumber) + (v.merged ? tr(", merged") : QString())
                                                    : QString(),
                                sent.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, v.number);
            m_history->setItem(row, c, item);
        }
    }
    m_history->resizeColumnsToContents();
    if (m_versions.isEmpty())
        m_diff->setPlaceholderText(tr("No validated version yet: start the first sheet with New draft (Ctrl+N)."));
}

bool CompanySheetsPage::recordSending()
{
    if (m_versions.isEmpty()) {
        say(tr("No validated version to send yet."), true);
        return false;
    }
    const int number = selectedVersion() > 0 ? selectedVersion() : m_versions.last().number;
    SendingDialog dialog(m_session, m_establishmentId, number, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reloadHistory();
    say(tr("Version %1 recorded as sent to the employer.").arg(number));
    return true;
}

int CompanySheetsPage::selectedVersion() const
{
    const QList<QTableWidgetItem*> items = m_history->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toInt();
}

bool CompanySheetsPage::startDraft()
{
    if (m_establishmentId.isEmpty()) {
        say(tr("Choose an establishment first."), true);
        return false;
    }
    if (!m_draftId.isEmpty()) {
        m_tabs->setCurrentIndex(1);
        say(tr("A draft is already open: validate or abandon it first."), true);
        return false;
    }
    auto draft = CompanySheetStore::startDraft(m_session, m_establishmentId, selectedVersion());
    if (!draft) {
        say(draft.error().message, true);
        return false;
    }
    loadDraft(draft.value());
    say(tr("Draft started, pre-filled from the membership record, the workforce and the previous version."));
    return true;
}

void CompanySheetsPage::loadDraft(const Draft& draft)
{
    m_draftId = draft.info.id;
    m_draftInfo->setText(draft.info.sourceNumber > 0 ? tr("Draft of %1, started on %2 from version %3.")
                                                           .arg(draft.info.authorName, dateText(draft.info.createdAt))
                                                           .arg(draft.info.sourceNumber)
                                                     : tr("Draft of %1, started on %2: first sheet of this establishment.")
                                                           .arg(draft.info.authorName, dateText(draft.info.createdAt)));
    for (const SectionDef& s : sections())
        for (const FieldDef& f : s.fields) {
            QWidget* w = m_fields.value(key(s.key, f.key));
            const QJsonValue v = draft.content.value(s.key, f.key);
            if (auto* e = qobject_cast<QLineEdit*>(w))
                e->setText(draft.content.text(s.key, f.key));
            else if (auto* p = qobject_cast<QPlainTextEdit*>(w))
                p->setPlainText(draft.content.text(s.key, f.key));
            else if (auto* c = qobject_cast<QComboBox*>(w))
                c->setCurrentIndex(v.isBool() ? (v.toBool() ? 1 : 2) : 0);
        }
    const QList<ExposureEntry> exposures = draft.content.exposures();
    m_exposures->setRowCount(0);
    for (const ExposureEntry& e : exposures) {
        const int row = m_exposures->rowCount();
        m_exposures->insertRow(row);
        const QStringList cells{e.code, e.label, QString::number(e.cdi), QString::number(e.cdd), QString::number(e.interim),
                                QString::number(e.other), e.measures};
        for (int c = 0; c < cells.size(); ++c)
            m_exposures->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_exposures->resizeColumnsToContents();
    for (QPushButton* b : {m_save, m_validate, m_abandon})
        b->setEnabled(true);
    m_sections->setEnabled(true);
    m_forms->setEnabled(true);
    m_tabs->setCurrentIndex(1);
    showSection(0);
}

void CompanySheetsPage::clearDraft()
{
    m_draftId.clear();
    m_draftInfo->setText(tr("No draft open. Start one from the history (Ctrl+N)."));
    for (QWidget* w : std::as_const(m_fields)) {
        if (auto* e = qobject_cast<QLineEdit*>(w))
            e->clear();
        else if (auto* p = qobject_cast<QPlainTextEdit*>(w))
            p->clear();
        else if (auto* c = qobject_cast<QComboBox*>(w))
            c->setCurrentIndex(0);
    }
    if (m_exposures)
        m_exposures->setRowCount(0);
    for (QPushButton* b : {m_save, m_validate, m_abandon})
        b->setEnabled(false);
    m_sections->setEnabled(false);
    m_forms->setEnabled(false);
}

void CompanySheetsPage::showSection(int index)
{
    if (index < 0 || index >= m_sections->count())
        return;
    m_sections->setCurrentRow(index);
    // The first field of the section gets the focus: typing can start at once.
    const QString section = m_sections->item(index)->data(Qt::UserRole).toString();
    if (const SectionDef* s = companysheet::section(section); s && !s->fields.isEmpty())
        if (QWidget* w = m_fields.value(key(section, s->fields.first().key)); w && m_forms->isEnabled())
            w->setFocus();
}

std::optional<SheetContent> CompanySheetsPage::collect()
{
    SheetContent c;
    for (const SectionDef& s : sections())
        for (const FieldDef& f : s.fields) {
            if (f.kind == FieldKind::Exposures)
                continue;
            QWidget* w = m_fields.value(key(s.key, f.key));
            QString text;
            if (auto* e = qobject_cast<QLineEdit*>(w))
                text = e->text();
            else if (auto* p = qobject_cast<QPlainTextEdit*>(w))
                text = p->toPlainText();
            else if (auto* cb = qobject_cast<QComboBox*>(w))
                text = cb->currentIndex() == 1 ? QStringLiteral("oui") : cb->currentIndex() == 2 ? QStringLiteral("non") : QString();
            if (core::Status st = c.setText(s.key, f.key, text); !st) {
                say(tr("%1: %2").arg(f.label, st.error().message), true);
                for (int row = 0; row < m_sections->count(); ++row)
                    if (m_sections->item(row)->data(Qt::UserRole).toString() == s.key)
                        showSection(row);
                return std::nullopt;
            }
        }
    QList<ExposureEntry> entries;
    for (int row = 0; row < m_exposures->rowCount(); ++row) {
        const auto cell = [&](int column) { return m_exposures->item(row, column) ? m_exposures->item(row, column)->text().trimmed() : QString(); };
        if (cell(0).isEmpty())
            continue; // an empty row left behind
        ExposureEntry e{cell(0), cell(1), 0, 0, 0, 0, cell(6)};
        int* counts[] = {&e.cdi, &e.cdd, &e.interim, &e.other};
        for (int i = 0; i < 4; ++i) {
            bool ok = true;
            *counts[i] = cell(2 + i).isEmpty() ? 0 : cell(2 + i).toInt(&ok);
            if (!ok || *counts[i] < 0) {
                say(tr("Exposure %1: the number of workers must be a whole number").arg(e.code), true);
                return std::nullopt;
            }
        }
        entries << e;
    }
    if (core::Status st = c.set(Sections::Exposures, QStringLiteral("exposures"), exposuresToJson(entries)); !st) {
        say(st.error().message, true);
        return std::nullopt;
    }
    return c;
}

bool CompanySheetsPage::saveDraft()
{
    if (m_draftId.isEmpty())
        return false;
    const auto content = collect();
    if (!content)
        return false;
    if (core::Status s = CompanySheetStore::saveDraft(m_session, m_draftId, *content); !s) {
        say(s.error().message, true);
        return false;
    }
    say(tr("Draft saved."));
    return true;
}

bool CompanySheetsPage::validateDraft()
{
    if (m_draftId.isEmpty() || !saveDraft())
        return false;
    // A validated version can no longer be changed: asked first (Yes/No, in French through Qt's catalogue).
    if (QMessageBox::question(this, tr("Validate the company sheet"),
                              tr("Validate this draft as version %1 of the sheet? A validated version can no longer be changed.")
                                  .arg(m_versions.isEmpty() ? 1 : m_versions.last().number + 1),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes) {
        say(tr("Not validated: the draft stays open."));
        return false;
    }
    auto outcome = CompanySheetStore::validate(m_session, m_draftId);
    if (!outcome) {
        say(outcome.error().message, true);
        return false;
    }
    if (outcome.value().conflict()) {
        // A person decides, section by section.
        QMap<QString, Side> choices;
        for (const QString& sectionKey : outcome.value().merge.conflicts) {
            const SectionDef* s = section(sectionKey);
            QMessageBox box(QMessageBox::Question, tr("Changed in both versions"),
                            tr("Version %1, validated since this draft was started, also changed the section \"%2\". Which one "
                               "do you keep?")
                                .arg(outcome.value().theirsNumber)
                                .arg(s ? s->title() : sectionKey),
                            QMessageBox::NoButton, this);
            QPushButton* mine = box.addButton(tr("Keep my draft's"), QMessageBox::AcceptRole);
            box.addButton(tr("Keep version %1's").arg(outcome.value().theirsNumber), QMessageBox::RejectRole);
            QPushButton* cancel = box.addButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() == cancel)
                return false;
            choices.insert(sectionKey, box.clickedButton() == mine ? Side::Ours : Side::Theirs);
        }
        auto resolved = CompanySheetStore::resolve(m_session, m_draftId, choices);
        if (!resolved) {
            say(resolved.error().message, true);
            return false;
        }
        loadDraft(resolved.value());
        say(tr("The sections are merged: check the draft, then validate it."));
        return false;
    }
    const VersionInfo v = *outcome.value().version;
    clearDraft();
    reloadHistory();
    m_tabs->setCurrentIndex(0);
    say(v.merged ? tr("Version %1 validated, merged with the version validated meanwhile (%2).")
                       .arg(v.number)
                       .arg(outcome.value().merge.fromTheirs.size())
                 : tr("Version %1 validated.").arg(v.number));
    return true;
}

bool CompanySheetsPage::compareSelected()
{
    QList<int> numbers;
    for (QTableWidgetItem* item : m_history->selectedItems())
        if (!numbers.contains(item->data(Qt::UserRole).toInt()))
            numbers << item->data(Qt::UserRole).toInt();
    std::sort(numbers.begin(), numbers.end());
    if (numbers.size() == 1 && numbers.first() > 1)
        numbers.prepend(numbers.first() - 1);
    if (numbers.size() < 2) {
        say(tr("Select two versions, or one that has a previous version."), true);
        return false;
    }
    auto a = CompanySheetStore::version(m_session, m_establishmentId, numbers.first());
    auto b = CompanySheetStore::version(m_session, m_establishmentId, numbers.last());
    if (!a || !b) {
        say((!a ? a.error() : b.error()).message, true);
        return false;
    }
    const QList<SectionChanges> changes = diff(a.value().content, b.value().content);
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("From version %1 to version %2").arg(numbers.first()).arg(numbers.last()).toHtmlEscaped());
    if (changes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No difference.").toHtmlEscaped());
    const auto cell = [](const QString& section, const QString& field, const QJsonValue& v) {
        const QString t = displayValue(section, field, v);
        return t.isEmpty() ? QStringLiteral("<i>—</i>") : t.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    for (const SectionChanges& sc : changes) {
        const SectionDef* s = section(sc.section);
        html += QStringLiteral("<h4>%1</h4><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" style=\"border-collapse: collapse;\">"
                               "<tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg((s ? s->title() : sc.section).toHtmlEscaped(), tr("Field").toHtmlEscaped(),
                         tr("Version %1").arg(numbers.first()).toHtmlEscaped(), tr("Version %1").arg(numbers.last()).toHtmlEscaped());
        for (const FieldChange& c : sc.fields) {
            const FieldDef* f = field(c.section, c.field);
            const QString after = c.details.isEmpty() ? cell(c.section, c.field, c.after)
                                                      : c.details.join(QLatin1Char('\n')).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg((f ? f->label : c.field).toHtmlEscaped(), cell(c.section, c.field, c.before), after);
        }
        html += QStringLiteral("</table>");
    }
    m_diff->setHtml(html);
    return true;
}

bool CompanySheetsPage::printTo(const QString& path)
{
    if (m_establishmentId.isEmpty())
        return false;
    if (core::Status s = printSheetPdf(m_session, m_establishmentId, selectedVersion(), path); !s) {
        say(s.error().message, true);
        return false;
    }
    say(tr("Printed to %1.").arg(path));
    return true;
}

void CompanySheetsPage::clearPersonalData()
{
    // Nothing typed is lost to the lock: the draft is saved (in the encrypted database) first.
    if (!m_draftId.isEmpty())
        saveDraft();
    m_search->clear();
    m_establishmentId.clear();
    m_title->setText(tr("Choose an establishment"));
    m_history->setRowCount(0);
    m_diff->clear();
    m_actions->clear();
    clearDraft();
    say({});
}

bool CompanySheetsPage::openHit(const ui::SearchHit& hit)
{
    if (hit.kind != QLatin1String("establishment"))
        return false;
    return selectEstablishment(hit.id);
}

} // namespace vigie::companysheet
