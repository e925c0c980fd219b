#include "workforce/ui/WorkerSearchPage.h"

#include "security/Session.h"
#include "ui/IdentityBanner.h"
#include "ui/Navigator.h"
#include "ui/RecordShortcut.h"
#include "security/AccessPolicy.h"
#include "workforce/ui/WorkerFollowUpPanel.h"
#include "workforce/ui/WorkerSearchModel.h"
#include "workforce/ui/WorkforceUi.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie::workforce {
namespace {
const QColor MutedColor(0x4a, 0x55, 0x63);
const QColor ErrorColor(0xb0, 0x00, 0x20);

bool isEnter(const QKeyEvent* e)
{
    return e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
}
} // namespace

WorkerSearchPage::WorkerSearchPage(security::Session* session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_model(new WorkerSearchModel(session, this)),
      m_field(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_status(new QLabel(this)),
      m_banner(new ui::IdentityBanner(this)),
      m_followUp(session && security::AccessPolicy::matrixAllows(session->account().role, 2, security::Action::Read)
                     ? new WorkerFollowUpPanel(session, this)
                     : nullptr),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("workerSearchPage"));

    auto* title = new QLabel(tr("Workers"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* fieldLabel = new QLabel(tr("&Search:"), this);
    fieldLabel->setBuddy(m_field);
    m_field->setObjectName(QStringLiteral("workerSearchField"));
    m_field->setPlaceholderText(tr("Birth or used name…"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search workers by birth or used name"));
    QFont fieldFont = m_field->font();
    fieldFont.setPointSizeF(fieldFont.pointSizeF() * 1.15);
    m_field->setFont(fieldFont);
    m_field->setMinimumWidth(m_field->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24);
    m_field->installEventFilter(this);

    m_view->setObjectName(QStringLiteral("workerSearchResults"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Workers found"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells
    m_view->setSortingEnabled(false);   // rows come sorted by name, page by page: sorting would load them all
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    const QFontMetrics fm = m_view->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(WorkerSearchModel::BirthName, em * 13);
    header->resizeSection(WorkerSearchModel::FirstName, em * 10);
    header->resizeSection(WorkerSearchModel::BirthDate, fm.horizontalAdvance(QStringLiteral("00/00/0000")) + em * 3);
    header->resizeSection(WorkerSearchModel::Sex, em * 7);
    header->resizeSection(WorkerSearchModel::UsedName, em * 13);
    m_view->installEventFilter(this);

    m_status->setObjectName(QStringLiteral("workerSearchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* searchRow = new QHBoxLayout;
    searchRow->setSpacing(8);
    searchRow->addWidget(fieldLabel);
    searchRow->addWidget(m_field, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addSpacing(4);
    layout->addWidget(m_banner);
    if (m_followUp) {
        layout->addWidget(m_followUp);
        // A merge moved rows between identities: search again so the merged identity disappears.
        connect(m_followUp, &WorkerFollowUpPanel::workerChanged, this, [this] { m_model->setQuery(m_model->query()); });
    }

    setFocusProxy(m_field);
    setTabOrder(m_field, m_view);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMsecs);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &WorkerSearchPage::searchNow);
    connect(m_model, &WorkerSearchModel::resultsChanged, this, &WorkerSearchPage::updateStatus);
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) { selectRow(index.row()); });
    // Issue 18: the worker chosen here is the one the medical record shows; F4 opens her record.
    connect(this, &WorkerSearchPage::workerSelected, this,
            [](const WorkerSummary& worker) { ui::Navigator::instance().setCurrentWorker(worker.id); });
    // The worker of the results' current row (the one the arrows reached, Enter not needed), else the
    // one in the banner; offered only to the roles that use the record (ui::addOpenRecordAction).
    if (m_session)
        m_openRecord = ui::addOpenRecordAction(this, m_session->account().role, [this] {
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid() && current.row() < m_model->rowCount())
                return m_model->workerAt(current.row()).id;
            return m_selected ? m_selected->id : QString();
        });

    if (!m_session)
        m_field->setEnabled(false);
    updateStatus();
}

void WorkerSearchPage::searchNow()
{
    m_debounce->stop();
    const QString text = m_field->text();
    if (text != m_model->query())
        m_model->setQuery(text);
}

bool WorkerSearchPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_selected = m_model->workerAt(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_banner->setIdentity(identityOf(*m_selected), m_session ? m_session->clock().today() : QDate());
    showFollowUp(*m_selected);
    emit workerSelected(*m_selected);
    return true;
}

void WorkerSearchPage::clearPatientData()
{
    m_field->clear();
    m_debounce->stop();
    m_model->clear();
    m_banner->clear();
    if (m_followUp)
        m_followUp->clear();
    m_selected.reset();
    updateStatus();
}

void WorkerSearchPage::showWorker(const WorkerSummary& worker)
{
    m_field->setText(worker.birthName);
    searchNow();
    for (int pages = 0; pages < 5; ++pages) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->workerAt(row).id == worker.id) {
                selectRow(row);
                m_view->setFocus(Qt::OtherFocusReason);
                return;
            }
        if (!m_model->canFetchMore({}))
            break;
        m_model->fetchMore({});
    }
    m_selected = worker;
    m_view->clearSelection();
    m_banner->setIdentity(identityOf(worker), m_session ? m_session->clock().today() : QDate());
    showFollowUp(worker);
    emit workerSelected(worker);
}

bool WorkerSearchPage::openHit(const ui::SearchHit& hit)
{
    if (hit.kind != QLatin1String("worker") || !hit.payload.canConvert<WorkerSummary>())
        return false;
    showWorker(hit.payload.value<WorkerSummary>());
    return true;
}

void WorkerSearchPage::showFollowUp(const WorkerSummary& worker)
{
    if (m_followUp)
        m_followUp->setWorker(worker.id, ui::nameInCapitals(worker.birthName) + QLatin1Char(' ') + worker.firstBirthFirstName);
}

void WorkerSearchPage::enterResults()
{
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    m_view->setFocus(Qt::TabFocusReason);
    m_view->setCurrentIndex(m_model->index(current.isValid() ? current.row() : 0, 0));
}

void WorkerSearchPage::updateStatus()
{
    QString text;
    QColor color = MutedColor;
    const int rows = m_model->rowCount();
    if (!m_session) {
        text = tr("Not signed in: sign in to search workers.");
    } else if (!m_model->errorString().isEmpty()) {
        text = m_model->errorString();
        color = ErrorColor;
    } else if (m_model->query().trimmed().isEmpty()) {
        text = tr("Type the beginning of a birth or used name.");
    } else if (rows == 0) {
        text = tr("No worker found");
    } else if (m_model->canFetchMore({})) {
        text = tr("%n worker(s) shown; scroll down to see more", nullptr, rows);
    } else {
        text = tr("%n worker(s) shown", nullptr, rows);
    }
    m_status->setText(text);
    m_status->setStyleSheet(QStringLiteral("QLabel { color:%1; }").arg(color.name()));
}

bool WorkerSearchPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool plain = (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == Qt::NoModifier;

    if (watched == m_field) {
        if (plain && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)) {
            searchNow();
            enterResults();
            return true;
        }
        if (plain && isEnter(key)) {
            searchNow();
            if (m_model->rowCount() == 1)
                selectRow(0); // one match: Enter takes it
            else
                enterResults();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            searchNow();
            return true;
        }
    } else if (watched == m_view) {
        if (plain && isEnter(key)) {
            selectRow(m_view->currentIndex().row());
            return true;
        }
        if (plain && key->key() == Qt::Key_Up && m_view->currentIndex().row() <= 0) {
            m_field->setFocus(Qt::BacktabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_field->setFocus(Qt::BacktabFocusReason);
            m_field->selectAll();
            return true;
        }
        // Typing a letter while in the results refines the search instead of jumping between rows.
        const QString text = key->text();
        if (plain && !text.isEmpty() && text.at(0).isPrint() && key->key() != Qt::Key_Space) {
            m_field->setFocus(Qt::OtherFocusReason);
            m_field->insert(text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vigie::workforce
