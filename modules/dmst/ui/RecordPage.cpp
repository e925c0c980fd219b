#include "dmst/ui/RecordPage.h"

#include "dmst/DocumentStore.h"
#include "dmst/ExportStore.h"
#include "dmst/RecordStore.h"
#include "dmst/RoleOffers.h"
#include "dmst/ui/AccessRequestsPanel.h"
#include "dmst/ui/ConsultationForm.h"
#include "dmst/ui/DocumentsPanel.h"
#include "dmst/ui/ConsentsPanel.h"
#include "dmst/ui/CorrespondencePanel.h"
#include "dmst/ui/PartsPanel.h"
#include "dmst/ui/SynthesisPanel.h"
#include "dmst/ui/WorkHistoryPanel.h"
#include "thesaurus/ThesaurusStore.h"
#include "ui/IdentityBanner.h"
#include "ui/Navigator.h"
#include "workforce/WorkerLookup.h"
#include "workforce/WorkerStore.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::dmst {

namespace {
const QStringList VisitKinds{QStringLiteral("VIP"),         QStringLiteral("VIP_RENEWAL"), QStringLiteral("EMA"),
                             QStringLiteral("EMA_RENEWAL"), QStringLiteral("SIR_INTERMEDIATE"), QStringLiteral("RETURN"),
                             QStringLiteral("PRE_RETURN"),  QStringLiteral("MID_CAREER"), QStringLiteral("POST_EXPOSURE"),
                             QStringLiteral("ON_REQUEST")};

// The kinds the signed-in role performs (a nurse is never offered an EMA: RoleOffers).
QList<QPair<QString, QString>> visitKinds(security::Session& s)
{
    QList<QPair<QString, QString>> out;
    for (const QString& code : VisitKinds) {
        auto found = thesaurus::ThesaurusStore::find(s, QStringLiteral("visit_kind"), code);
        const QString performer = found && found.value() ? found.value()->attributes.value(QStringLiteral("performer")).toString() : QString();
        if (!mayPerformVisit(s.account().role, performer))
            continue;
        out.append({code, found && found.value() ? found.value()->labelFr : code});
    }
    return out;
}

const QStringList ProblemGroups{QStringLiteral("CARDIOVASCULAR"), QStringLiteral("MUSCULOSKELETAL"), QStringLiteral("MENTAL_HEALTH"),
                                QStringLiteral("RESPIRATORY"),    QStringLiteral("SKIN"),            QStringLiteral("HEARING"),
                                QStringLiteral("OTHER")};

QList<QPair<QString, QString>> problemGroups(security::Session& s)
{
    QList<QPair<QString, QString>> out;
    for (const QString& code : ProblemGroups) {
        auto found = thesaurus::ThesaurusStore::find(s, QStringLiteral("health_problem"), code);
        if (found && found.value())
            out.append({code, found.value()->labelFr});
    }
    return out;
}

QString actionWord(const QString& code)
{
    if (code == QLatin1String("read"))
        return RecordPage::tr("read");
    if (code == QLatin1String("write"))
        return RecordPage::tr("write");
    if (code == QLatin1String("sign"))
        return RecordPage::tr("sign");
    if (code == QLatin1String("export"))
        return RecordPage::tr("export");
    if (code == QLatin1String("print"))
        return RecordPage::tr("print");
    if (code == QLatin1String("close"))
        return RecordPage::tr("close");
    if (code == QLatin1String("correct"))
        return RecordPage::tr("correct");
    return code;
}
} // namespace

RecordPage::RecordPage(security::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find a worker: name, \"name first name\" in either order, or date of birth (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    top->addWidget(m_find, 1);
    layout->addLayout(top);
    m_results = new QListWidget(this);
    m_results->setMaximumHeight(180);
    m_results->hide();
    layout->addWidget(m_results);
    m_banner = new ui::IdentityBanner(this);
    layout->addWidget(m_banner);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    m_retention = new QLabel(left);
    m_retention->setWordWrap(true);
    ll->addWidget(m_retention);
    m_tabs = new QTabWidget(left);
    m_synthesis = new SynthesisPanel(session, m_tabs);
    m_tabs->addTab(m_synthesis, tr("Synthesis"));
    m_consultations = new QListWidget(m_tabs);
    m_documents = new DocumentsPanel(session, this, m_tabs);
    m_requests = new AccessRequestsPanel(session, this, m_tabs);
    m_history = new QTableWidget(0, 4, m_tabs);
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Part")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->addTab(m_consultations, tr("Consultations"));
    m_tabs->addTab(m_documents, tr("Documents"));
    auto* notes = new QWidget(m_tabs);
    auto* nl = new QVBoxLayout(notes);
    auto* private_ = new QLabel(tr("Visible to you only, never exported nor communicated"), notes);
    private_->setWordWrap(true);
    nl->addWidget(private_);
    m_notes = new QListWidget(notes);
    m_notes->setWordWrap(true);
    nl->addWidget(m_notes, 1);
    m_noteEdit = new QPlainTextEdit(notes);
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(90);
    nl->addWidget(m_noteEdit);
    auto* addNote = new QPushButton(tr("Add the note"), notes);
    nl->addWidget(addNote, 0, Qt::AlignRight);
    connect(addNote, &QPushButton::clicked, this, &RecordPage::addPersonalNote);
    m_notesTab = notes;
    m_parts = new PartsPanel(session, this, m_tabs);
    m_tabs->addTab(m_parts, tr("Identity and exposures"));
    m_workHistory = new WorkHistoryPanel(session, m_tabs);
    m_tabs->addTab(m_workHistory, tr("Work history"));
    m_correspondence = new CorrespondencePanel(session, m_tabs);
    m_tabs->addTab(m_correspondence, tr("Correspondence"));
    m_consents = new ConsentsPanel(session, this, m_tabs);
    m_tabs->addTab(m_consents, tr("Consents and oppositions"));
    m_tabs->addTab(notes, tr("My notes"));
    m_tabs->addTab(m_requests, tr("Access requests"));
    m_tabs->addTab(m_history, tr("Access history"));
    // Ten sections: a tab bar would cut their titles or hide some behind arrows on a 1366-pixel screen.
    // They are listed one under the other instead, each title whole, with its Alt+digit.
    m_tabs->tabBar()->hide();
    m_sections = new QListWidget(left);
    m_sections->setAccessibleName(tr("Sections of the record"));
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sections->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString key = tr("Alt+%1").arg((i + 1) % 10);
        m_tabs->setTabToolTip(i, key);
        auto* item = new QListWidgetItem(m_tabs->tabText(i), m_sections);
        item->setToolTip(key);
    }
    int widest = 0;
    for (int i = 0; i < m_sections->count(); ++i)
        widest = std::max(widest, m_sections->fontMetrics().horizontalAdvance(m_sections->item(i)->text()));
    m_sections->setFixedWidth(widest + 2 * m_sections->frameWidth() + 24);
    connect(m_sections, &QListWidget::currentRowChanged, m_tabs, [this](int row) {
        if (row >= 0 && m_tabs->isTabVisible(row))
            m_tabs->setCurrentIndex(row);
    });
    connect(m_tabs, &QTabWidget::currentChanged, m_sections, [this](int index) { m_sections->setCurrentRow(index); });
    m_sections->setCurrentRow(m_tabs->currentIndex());
    connect(m_consents, &ConsentsPanel::changed, this, [this] { m_synthesis->refresh(); });
    connect(m_parts, &PartsPanel::identityChanged, this, [this] {
        if (auto identity = RecordStore::identity(m_session, m_workerId); identity) {
            const WorkerIdentity& w = identity.value();
            m_banner->setIdentity(ui::IdentityTraits{w.birthName, w.birthFirstNames.section(QLatin1Char(' '), 0, 0), w.birthDate, w.sex, w.usedName,
                                                     w.insStatus},
                                  m_session.clock().today());
        }
    });
    connect(m_documents, &DocumentsPanel::changed, this, &RecordPage::refreshLists);
    connect(m_requests, &AccessRequestsPanel::changed, this, &RecordPage::refreshLists);
    auto* sectioned = new QHBoxLayout;
    sectioned->setContentsMargins(0, 0, 0, 0);
    sectioned->addWidget(m_sections);
    sectioned->addWidget(m_tabs, 1);
    ll->addLayout(sectioned, 1);

    auto* right = new QWidget(split);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    // Two buttons a line: the four French labels side by side were wider than the form at 1366 pixels.
    auto* buttons = new QGridLayout;
    m_new = new QPushButton(tr("New consultation (Ctrl+N)"), right);
    m_rights = new QPushButton(tr("Rights information given (Ctrl+I)"), right);
    m_close = new QPushButton(tr("Close the consultation (Ctrl+Enter)"), right);
    m_correct = new QPushButton(tr("Correct (Ctrl+Shift+C)"), right);
    buttons->addWidget(m_new, 0, 0);
    buttons->addWidget(m_close, 0, 1);
    buttons->addWidget(m_rights, 1, 0);
    buttons->addWidget(m_correct, 1, 1);
    buttons->setColumnStretch(2, 1);
    rl->addLayout(buttons);
    m_status = new QLabel(right);
    m_status->setWordWrap(true); // a long refusal wraps instead of widening the window past the screen
    rl->addWidget(m_status);
    auto* scroll = new QScrollArea(right);
    scroll->setWidgetResizable(true);
    m_form = new ConsultationForm(visitKinds(session), problemGroups(session), scroll);
    scroll->setWidget(m_form);
    // The form is never narrower than its fields: the splitter gives the record's sections what is
    // left, so no field sits under a horizontal scroll bar (the departure time was cut at 1366 pixels).
    scroll->setMinimumWidth(m_form->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 2 * scroll->frameWidth());
    rl->addWidget(scroll, 1);
    split->addWidget(left);
    split->addWidget(right);
    // The left side holds the documents' and the access requests' tables: wide enough for their
    // columns on a 1280-pixel screen; the consultation form keeps the larger part.
    // Never below what its sections' fields ask, though: a fixed 420 let the splitter squeeze the part
    // panels under their fields' width at 1366 pixels (labels and dates overlapping).
    left->setMinimumWidth(std::max(420, left->minimumSizeHint().width()));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({620, 720});
    layout->addWidget(split, 1);

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, [this] { (void)saveNow(); });
    connect(m_form, &ConsultationForm::edited, this, [this] {
        m_dirty = true;
        m_autosave->start();
    });
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Confirm"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
    connect(m_find, &QLineEdit::textEdited, this, &RecordPage::search);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0)
            openWorker(m_results->item(0)->data(Qt::UserRole).toString());
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->data(Qt::UserRole).toString().isEmpty()) { // "more matches"
            const int row = m_results->row(item);
            showMore(m_find->text(), item->data(Qt::UserRole + 1).toInt());
            m_results->setCurrentRow(row);
            return;
        }
        openWorker(item->data(Qt::UserRole).toString());
    });
    connect(m_consultations, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { loadConsultation(item->data(Qt::UserRole).toString()); });
    connect(m_new, &QPushButton::clicked, this, &RecordPage::newConsultation);
    connect(m_close, &QPushButton::clicked, this, &RecordPage::closeConsultation);
    connect(m_correct, &QPushButton::clicked, this, &RecordPage::correctConsultation);
    connect(m_rights, &QPushButton::clicked, this, &RecordPage::recordRightsInformation);
    const auto shortcut = [this](const QKeySequence& keys, void (RecordPage::*slot)()) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), &RecordPage::newConsultation);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &RecordPage::closeConsultation);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &RecordPage::closeConsultation);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &RecordPage::correctConsultation);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), &RecordPage::recordRightsInformation);
    for (int i = 0; i < m_tabs->count() && i < 10; ++i) {
        auto* tab = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + (i + 1) % 10)), this);
        tab->setContext(Qt::WidgetWithChildrenShortcut);
        connect(tab, &QShortcut::activated, m_tabs, [this, i] {
            if (m_tabs->isTabVisible(i)) {
                m_tabs->setCurrentIndex(i);
                m_tabs->currentWidget()->setFocus();
            }
        });
    }
    auto* find = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_find, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    clearPersonalData();
}

RecordPage::~RecordPage()
{
    if (m_dirty)
        (void)saveNow();
}

void RecordPage::clearPersonalData()
{
    // The lock: what was typed is saved first, then nothing of the worker stays on screen.
    if (m_dirty)
        (void)saveNow();
    m_workerId.clear();
    m_consultationId.clear();
    m_find->clear();
    m_results->clear();
    m_results->hide();
    m_banner->clear();
    m_retention->clear();
    m_consultations->clear();
    m_documents->clear();
    m_requests->clear();
    m_parts->clear();
    m_synthesis->clear();
    m_workHistory->clear();
    m_correspondence->clear();
    m_consents->clear();
    m_history->setRowCount(0);
    m_notes->clear();
    m_noteEdit->clear();
    m_form->clear();
    m_status->clear();
    for (QPushButton* b : {m_new, m_close, m_correct, m_rights})
        b->setEnabled(false);
}

bool RecordPage::openHit(const ui::SearchHit& hit)
{
    if (hit.kind == QLatin1String("worker") || hit.kind == QLatin1String("record"))
        return openWorker(hit.id);
    if (hit.kind != QLatin1String("appointment"))
        return false;
    // From "Ma journée": the record, then the consultation of that appointment — resumed when this
    // professional already started it, otherwise started pre-filled from the appointment.
    const QVariantMap prefill = hit.payload.toMap();
    if (hit.id != m_workerId && !openWorker(hit.id))
        return false;
    const QString appointment = prefill.value(QStringLiteral("appointment")).toString();
    if (auto mine = ConsultationStore::ownByAppointment(m_session, {appointment}); mine && mine.value().contains(appointment)) {
        if (auto list = ConsultationStore::list(m_session, m_workerId); list)
            for (const ConsultationSummary& c : list.value())
                if (auto full = ConsultationStore::load(m_session, c.id); full && full.value().appointmentId == appointment && c.supersededBy.isEmpty()) {
                    loadConsultation(c.id);
                    return true;
                }
        return true;
    }
    Consultation c;
    c.appointmentId = appointment;
    c.kind = prefill.value(QStringLiteral("kind")).toString();
    c.reason = prefill.value(QStringLiteral("reason")).toString();
    c.establishmentId = prefill.value(QStringLiteral("establishment")).toString();
    c.arrival = QTime::fromString(prefill.value(QStringLiteral("arrival")).toString(), QStringLiteral("HH:mm"));
    startConsultation(c);
    return true;
}

void RecordPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The worker chosen elsewhere (a search, an agenda, a list) is the one shown.
    const QString chosen = ui::Navigator::instance().currentWorker();
    if (!chosen.isEmpty() && chosen != m_workerId)
        (void)openWorker(chosen);
}

QString RecordPage::statusText() const { return m_status->text(); }

void RecordPage::showSection(QWidget* tab, bool visible)
{
    const int i = m_tabs->indexOf(tab);
    if (i < 0)
        return;
    m_tabs->setTabVisible(i, visible);
    m_sections->item(i)->setHidden(!visible);
}

void RecordPage::showMessage(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b42318; font-weight: bold;") : QStringLiteral("color: #3b6e3b;"));
}

void RecordPage::search(const QString& text)
{
    m_results->clear();
    if (text.trimmed().size() < 2) {
        m_results->hide();
        return;
    }
    showMore(text, 0);
    m_results->setVisible(m_results->count() > 0);
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

// One more page of matches; the last line says that more exist and loads them when chosen (never a
// silent cap).
void RecordPage::showMore(const QString& text, int offset)
{
    constexpr int PageSize = 100;
    if (m_results->count() > 0 && m_results->item(m_results->count() - 1)->data(Qt::UserRole).toString().isEmpty())
        delete m_results->takeItem(m_results->count() - 1);
    auto found = workforce::WorkerLookup::find(m_session, text, PageSize, offset);
    if (!found) {
        showMessage(found.error().message, true);
        return;
    }
    for (const workforce::WorkerSummary& w : found.value().workers) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 %2 — %3").arg(ui::nameInCapitals(w.birthName), w.firstBirthFirstName,
                                                                          QDate::fromString(w.birthDate, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"))),
                                         m_results);
        item->setData(Qt::UserRole, w.id);
    }
    if (found.value().more) {
        auto* more = new QListWidgetItem(tr("More matches: Enter shows the next %1").arg(PageSize), m_results);
        more->setData(Qt::UserRole + 1, offset + PageSize);
        more->setForeground(QColor(0x12, 0x35, 0x5b));
    }
    if (found.value().workers.isEmpty() && offset == 0)
        showMessage(tr("No worker found for « %1 »").arg(text.trimmed()), false);
}

bool RecordPage::openWorker(const QString& workerId)
{
    if (m_dirty && !saveNow())
        return false;
    auto identity = RecordStore::identity(m_session, workerId);
    if (!identity) {
        showMessage(identity.error().message, true);
        return false;
    }
    clearPersonalData();
    m_workerId = workerId;
    ui::Navigator::instance().setCurrentWorker(workerId);
    const WorkerIdentity& w = identity.value();
    m_banner->setIdentity(ui::IdentityTraits{w.birthName, w.birthFirstNames.section(QLatin1Char(' '), 0, 0), w.birthDate, w.sex, w.usedName, w.insStatus},
                          m_session.clock().today());
    refreshLists();
    if (security::AccessPolicy::matrixAllows(m_session.account().role, Part::Documents, security::Action::Read))
        m_documents->setWorker(workerId);
    if (m_session.account().role == security::Role::Physician)
        m_requests->setWorker(workerId);
    const security::Role role = m_session.account().role;
    const auto reads = [role](int part) { return security::AccessPolicy::matrixAllows(role, part, security::Action::Read); };
    showSection(m_parts, security::AccessPolicy::matrixAllows(role, Part::Identity, security::Action::Write));
    if (m_tabs->isTabVisible(m_tabs->indexOf(m_parts)))
        m_parts->setWorker(workerId);
    // Parts 2°, 4° and 7°: offered to the roles that read them (the stores decide for this worker).
    showSection(m_workHistory, reads(Part::Exposures));
    if (reads(Part::Exposures))
        m_workHistory->setWorker(workerId);
    showSection(m_correspondence, reads(Part::Correspondence));
    if (reads(Part::Correspondence))
        m_correspondence->setWorker(workerId);
    showSection(m_consents, reads(Part::Consents));
    if (reads(Part::Consents))
        m_consents->setWorker(workerId);
    // The record opens on its synthesis.
    m_synthesis->setWorker(workerId);
    m_tabs->setCurrentWidget(m_synthesis);
    m_sections->setCurrentRow(m_tabs->currentIndex());
    // Resume this professional's draft, if a crash or a lock left one.
    if (!security::AccessPolicy::matrixAllows(m_session.account().role, Part::Health, security::Action::Read))
        return true;
    auto draft = ConsultationStore::openDraft(m_session, workerId);
    if (draft && !draft.value().isEmpty())
        loadConsultation(draft.value());
    return true;
}

void RecordPage::refreshLists()
{
    m_consultations->clear();
    m_history->setRowCount(0);
    if (m_workerId.isEmpty())
        return;
    // Parts the role never reads (IPRP, assistant: 1° and 2° only) are not asked for: no refusal to audit
    // on every opening, and the tabs say why they are empty.
    const security::Role role = m_session.account().role;
    const bool health = security::AccessPolicy::matrixAllows(role, Part::Health, security::Action::Read);
    const bool documents = security::AccessPolicy::matrixAllows(role, Part::Documents, security::Action::Read);
    m_new->setEnabled(security::AccessPolicy::matrixAllows(role, Part::Health, security::Action::Write));
    m_rights->setEnabled(security::AccessPolicy::matrixAllows(role, Part::Rights, security::Action::Write));
    if (!health)
        m_consultations->addItem(tr("Health data (part 3°) is not accessible to your role"));
    else if (auto list = ConsultationStore::list(m_session, m_workerId); list) {
        for (const ConsultationSummary& c : list.value()) {
            QString state = c.closed ? tr("closed") : tr("draft");
            if (!c.supersededBy.isEmpty())
                state = tr("superseded by a correction");
            auto* item = new QListWidgetItem(QStringLiteral("%1  ·  %2  ·  %3  ·  %4")
                                                 .arg(c.visitDate.toString(QStringLiteral("dd/MM/yyyy")), c.kind, c.professionalName, state),
                                             m_consultations);
            item->setData(Qt::UserRole, c.id);
            if (!c.supersededBy.isEmpty())
                item->setForeground(Qt::gray);
        }
    } else {
        m_consultations->addItem(list.error().message);
    }
    // Documents (part 5°): a role that never reads them does not get the tab.
    showSection(m_documents, documents);
    // The access history is the physician's (R4624-45-5): others do not get the tab's content; the
    // worker's access requests are answered by the physician too.
    const bool physician = m_session.account().role == security::Role::Physician;
    showSection(m_history, physician);
    showSection(m_requests, physician);
    if (physician) {
        if (auto history = RecordStore::accessHistory(m_session, m_workerId); history) {
            m_history->setRowCount(int(history.value().size()));
            int row = 0;
            for (const RecordStore::AccessEvent& e : history.value()) {
                const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
                m_history->setItem(row, 0, new QTableWidgetItem(at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
                m_history->setItem(row, 1, new QTableWidgetItem(e.account));
                m_history->setItem(row, 2, new QTableWidgetItem(e.denied ? tr("%1 (refused)").arg(actionWord(e.action)) : actionWord(e.action)));
                m_history->setItem(row, 3, new QTableWidgetItem(e.part > 0 ? QStringLiteral("%1°").arg(e.part) : QString()));
                if (e.denied)
                    for (int c = 0; c < 4; ++c)
                        m_history->item(row, c)->setForeground(QColor(0xb4, 0x23, 0x18));
                ++row;
            }
            m_history->resizeColumnsToContents();
        }
    }
    const bool notes = role == security::Role::Physician || role == security::Role::CollaboratorPhysician || role == security::Role::Intern;
    showSection(m_notesTab, notes);
    m_notes->clear();
    if (notes && health) {
        if (auto own = ConsultationStore::personalNotes(m_session, m_workerId); own)
            for (const PersonalNote& n : own.value())
                m_notes->addItem(QStringLiteral("%1 — %2").arg(
                    QDateTime::fromString(n.writtenAt, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), n.body));
    }
    if (!physician)
        return; // the retention date is shown to the physician
    if (auto retention = ExportStore::retention(m_session, m_workerId); retention) {
        const RetentionResult& r = retention.value();
        m_retention->setText(r.suspended ? r.explanation
                                         : r.purgeOn.isValid()
                                               ? tr("Kept until %1: %2").arg(r.purgeOn.toString(QStringLiteral("dd/MM/yyyy")), r.explanation)
                                               : QString());
    }
}

void RecordPage::loadConsultation(const QString& id)
{
    if (m_dirty && !saveNow())
        return;
    auto c = ConsultationStore::load(m_session, id);
    if (!c) {
        showMessage(c.error().message, true);
        return;
    }
    m_consultationId = id;
    m_documents->setConsultation(id);
    m_form->setConsultation(c.value());
    m_close->setEnabled(!c.value().closed);
    m_correct->setEnabled(c.value().closed && c.value().supersededBy.isEmpty());
    showMessage(c.value().closed ? tr("Closed consultation: read only; a correction is a new entry")
                                 : tr("Draft saved at %1").arg(QDateTime::fromString(c.value().savedAt, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
                false);
    m_form->interviewEdit()->setFocus();
}

bool RecordPage::saveNow()
{
    m_autosave->stop();
    if (!m_dirty || m_consultationId.isEmpty())
        return true;
    const Consultation c = m_form->consultation();
    // Every valid field is saved; an implausible one stays as typed, in red with its message, and is
    // left out of the record until corrected (the store drops it the same way).
    const QList<FieldIssue> issues = fieldIssues(c);
    m_form->showIssues(issues);
    if (core::Status s = ConsultationStore::saveDraft(m_session, c); !s) {
        showMessage(tr("Not saved: %1").arg(s.error().message), true);
        return false;
    }
    m_dirty = false;
    const QString at = m_session.clock().nowUtc().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    if (issues.isEmpty())
        showMessage(tr("Draft saved at %1").arg(at), false);
    else
        showMessage(tr("Draft saved at %1, except the fields in red: %2").arg(at, issues.first().message), true);
    return true;
}

void RecordPage::newConsultation() { startConsultation(Consultation{}); }

void RecordPage::startConsultation(const Consultation& from)
{
    if (m_workerId.isEmpty() || (m_dirty && !saveNow()))
        return;
    const QDate today = m_session.clock().today();
    // Two consultations of one worker on one day: asked, not silently done.
    if (auto list = ConsultationStore::list(m_session, m_workerId); list)
        for (const ConsultationSummary& other : list.value())
            if (other.visitDate == today && other.supersedes.isEmpty() && other.supersededBy.isEmpty()) {
                if (m_confirm && !m_confirm(tr("This worker already has a consultation today. Start another one?")))
                    return;
                break;
            }
    Consultation c = from;
    c.workerId = m_workerId;
    if (c.kind.isEmpty())
        c.kind = VisitKinds.first();
    c.visitDate = today;
    if (!c.arrival.isValid())
        c.arrival = QTime::fromMSecsSinceStartOfDay(int(m_session.clock().nowUtc().toLocalTime().time().msecsSinceStartOfDay() / 60000 * 60000));
    auto id = ConsultationStore::startDraft(m_session, c);
    if (!id) {
        showMessage(id.error().message, true);
        return;
    }
    refreshLists();
    loadConsultation(id.value());
    m_form->setFocus();
}

void RecordPage::closeConsultation()
{
    if (m_consultationId.isEmpty() || !saveNow())
        return;
    // A field still in red is not in the record: closing would lose it.
    if (const QList<FieldIssue> issues = fieldIssues(m_form->consultation()); !issues.isEmpty()) {
        showMessage(tr("Not closed: %1").arg(issues.first().message), true);
        return;
    }
    if (core::Status s = ConsultationStore::close(m_session, m_consultationId); !s) {
        showMessage(s.error().message, true);
        return;
    }
    const QString id = m_consultationId;
    refreshLists();
    loadConsultation(id);
}

void RecordPage::correctConsultation()
{
    if (m_consultationId.isEmpty())
        return;
    auto id = ConsultationStore::correct(m_session, m_consultationId);
    if (!id) {
        showMessage(id.error().message, true);
        return;
    }
    refreshLists();
    loadConsultation(id.value());
}

void RecordPage::addPersonalNote()
{
    if (m_workerId.isEmpty() || m_noteEdit->toPlainText().trimmed().isEmpty())
        return;
    auto id = ConsultationStore::addPersonalNote(m_session, m_workerId, m_consultationId, m_noteEdit->toPlainText());
    if (!id) {
        showMessage(id.error().message, true);
        return;
    }
    m_noteEdit->clear();
    refreshLists();
}

void RecordPage::recordRightsInformation()
{
    if (m_workerId.isEmpty())
        return;
    auto id = RecordStore::recordRightsInformation(m_session, RightsInformation{{}, m_workerId, m_session.clock().today(),
                                                                                 InformationMeans::Paper, false, {}});
    if (!id) {
        showMessage(id.error().message, true);
        return;
    }
    showMessage(tr("Recorded: the worker was informed of his rights on the record (R4624-45-6)"), false);
    refreshLists();
}

void RecordPage::setConfirmer(std::function<bool(const QString&)> confirmer)
{
    m_confirm = confirmer;
    m_documents->setConfirmer(std::move(confirmer));
}

} // namespace vigie::dmst
