#include "pdp/ui/PdpPage.h"

#include "pdp/print/CellAgendaPrint.h"
#include "pdp/ui/StoppagesDialog.h"
#include "security/PdpPolicy.h"
#include "security/PolicyStore.h"
#include "security/Session.h"
#include "ui/ListTable.h"
#include "ui/RecordShortcut.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::pdp {

namespace {
QString dateText(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }
QString optText(const std::optional<QDate>& d) { return d ? dateText(*d) : QString(); }

void setRow(QTableWidget* table, int row, const QStringList& cells, const QString& id = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        if (c == 0)
            item->setData(Qt::UserRole, id);
        table->setItem(row, c, item);
    }
}

QDateEdit* dateEdit(const QDate& d, QWidget* parent)
{
    auto* e = new QDateEdit(d, parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return e;
}
} // namespace

PdpPage::PdpPage(security::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Job retention</h2>"), this));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(casesTab(), tr("&Cases"));
    m_tabs->addTab(flagsTab(), tr("New &flags"));
    layout->addWidget(m_tabs, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    reload();
}

QWidget* PdpPage::casesTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* bar = new QHBoxLayout;
    m_scope = new QComboBox(page);
    m_scope->addItem(tr("My caseload"), MyCaseload);
    m_scope->addItem(tr("All open cases of my teams"), AllOpen);
    m_scope->addItem(tr("Closed cases"), Closed);
    auto* scopeLabel = new QLabel(tr("&Show"), page);
    scopeLabel->setBuddy(m_scope);
    m_filter = new QLineEdit(page);
    m_filter->setPlaceholderText(tr("Worker, establishment…"));
    m_filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("F&ilter"), page);
    filterLabel->setBuddy(m_filter);
    auto* agenda = new QPushButton(tr("Cell's &agenda (PDF)…"), page);
    auto* stoppages = new QPushButton(tr("&Work stoppages…"), page);
    stoppages->setToolTip(tr("The work stoppages of the selected case's worker"));
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope);
    bar->addSpacing(16);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(stoppages);
    bar->addWidget(agenda);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(page);
    m_cases = ui::makeListTable({tr("Worker"), tr("Establishment"), tr("Opened"), tr("Next review"), tr("On")}, splitter);
    splitter->addWidget(m_cases);

    auto* right = new QWidget(splitter);
    auto* detail = new QVBoxLayout(right);
    detail->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(right);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    detail->addWidget(m_summary);

    auto* stepsBox = new QGroupBox(tr("Steps"), right);
    auto* stepsLayout = new QVBoxLayout(stepsBox);
    m_steps = ui::makeListTable({tr("Date"), tr("Step"), tr("By"), tr("Details")}, stepsBox);
    stepsLayout->addWidget(m_steps, 1);
    auto* stepBar = new QHBoxLayout;
    m_stepKind = new QComboBox(stepsBox);
    for (StepKind k : allStepKinds())
        m_stepKind->addItem(titleOf(k), int(k));
    auto* kindLabel = new QLabel(tr("S&tep"), stepsBox);
    kindLabel->setBuddy(m_stepKind);
    const QDate today = m_session.clock().today();
    m_stepDate = dateEdit(today, stepsBox);
    m_stepEnd = dateEdit(today, stepsBox);
    m_stepEnd->setToolTip(tr("Last day of a supervised trial or of a CRPE"));
    m_partner = new QComboBox(stepsBox);
    m_partner->addItem(QString(), QString());
    if (auto partners = PdpStore::partners(m_session))
        for (const auto& [code, label] : partners.value())
            m_partner->addItem(label, code);
    m_partner->setToolTip(tr("The partner of a referral"));
    auto* addStepButton = new QPushButton(tr("Add the st&ep"), stepsBox);
    stepBar->addWidget(kindLabel);
    stepBar->addWidget(m_stepKind, 2);
    stepBar->addWidget(m_stepDate);
    stepBar->addWidget(new QLabel(tr("to"), stepsBox));
    stepBar->addWidget(m_stepEnd);
    stepBar->addWidget(m_partner, 2);
    stepBar->addWidget(addStepButton);
    stepsLayout->addLayout(stepBar);
    detail->addWidget(stepsBox, 2);

    auto* socialBox = new QGroupBox(tr("Social follow-up"), right);
    auto* socialLayout = new QVBoxLayout(socialBox);
    auto* socialBar = new QHBoxLayout;
    m_socialState = new QLabel(socialBox);
    m_socialDate = dateEdit(today, socialBox);
    auto* start = new QPushButton(tr("Start the social follow-&up"), socialBox);
    socialBar->addWidget(m_socialState, 1);
    socialBar->addWidget(m_socialDate);
    socialBar->addWidget(start);
    socialLayout->addLayout(socialBar);
    auto* checks = new QHBoxLayout;
    m_rights = new QCheckBox(tr("&Rights explained"), socialBox);
    m_adminHelp = new QCheckBox(tr("A&dministrative help"), socialBox);
    checks->addWidget(m_rights);
    checks->addWidget(m_adminHelp);
    checks->addStretch(1);
    auto* save = new QPushButton(tr("Save the fo&llow-up"), socialBox);
    checks->addWidget(save);
    socialLayout->addLayout(checks);
    m_notes = new QPlainTextEdit(socialBox);
    m_notes->setPlaceholderText(tr("The social situation, the steps taken with the worker (no health information)"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    socialLayout->addWidget(m_notes);
    detail->addWidget(socialBox, 1);

    auto* reviewsBox = new QGroupBox(tr("Reviews"), right);
    auto* reviewsLayout = new QVBoxLayout(reviewsBox);
    m_reviews = ui::makeListTable({tr("Review"), tr("Due on"), tr("Done on"), tr("Situation")}, reviewsBox);
    reviewsLayout->addWidget(m_reviews, 1);
    auto* reviewBar = new QHBoxLayout;
    m_reviewDate = dateEdit(today, reviewsBox);
    m_situation = new QComboBox(reviewsBox);
    m_situation->addItem(tr("(situation at one year)"), QString());
    for (Outcome o : allOutcomes())
        m_situation->addItem(titleOf(o), codeOf(o));
    auto* record = new QPushButton(tr("Record the selected re&view"), reviewsBox);
    auto* close = new QPushButton(tr("Close the case wit&h this situation"), reviewsBox);
    reviewBar->addWidget(m_reviewDate);
    reviewBar->addWidget(m_situation, 1);
    reviewBar->addWidget(record);
    reviewBar->addWidget(close);
    reviewsLayout->addLayout(reviewBar);
    // Long labels elide in the combo boxes instead of widening the window (issue 19 item 5).
    for (QComboBox* combo : {m_stepKind, m_partner, m_situation}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    detail->addWidget(reviewsBox, 1);

    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({480, 800});
    layout->addWidget(splitter, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &PdpPage::reload);
    connect(m_filter, &QLineEdit::textChanged, this, &PdpPage::fillCases);
    connect(m_cases, &QTableWidget::itemSelectionChanged, this, &PdpPage::showCase);
    // Issue 18: F4 opens the record of the selected case's worker, for the roles that read records
    // (not the social worker's).
    m_openRecord = ui::addOpenRecordAction(this, m_session.account().role, [this] { return currentWorkerId(); });
    connect(addStepButton, &QPushButton::clicked, this, [this] { addStep(); });
    connect(start, &QPushButton::clicked, this, [this] { startSocial(); });
    connect(save, &QPushButton::clicked, this, [this] { saveSocial(); });
    connect(record, &QPushButton::clicked, this, [this] { recordReview(); });
    connect(close, &QPushButton::clicked, this, [this] { closeCase(); });
    connect(stoppages, &QPushButton::clicked, this, [this] {
        if (!m_detail) {
            fail(tr("Select a case first"));
            return;
        }
        StoppagesDialog dialog(m_session, m_detail->summary.workerId, m_detail->summary.workerName, this);
        dialog.exec();
        reload();
    });
    connect(agenda, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Cell's agenda"), QStringLiteral("cellule-pdp.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            printAgenda(path);
    });
    return page;
}

QWidget* PdpPage::flagsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Work stoppages of more than 30 days without a job-retention case: offer a liaison meeting and a "
                                    "pre-return visit (L1226-1-3, R4624-29)."),
                                 page));
    m_flags = ui::makeListTable({tr("Worker"), tr("Cause"), tr("First day"), tr("Last day"), tr("Days")}, page);
    layout->addWidget(m_flags, 1);
    auto* bar = new QHBoxLayout;
    m_flagOrigin = new QComboBox(page);
    for (Origin o : allOrigins())
        m_flagOrigin->addItem(titleOf(o), int(o));
    m_flagOrigin->setCurrentIndex(int(allOrigins().indexOf(Origin::Service)));
    auto* originLabel = new QLabel(tr("Ori&gin"), page);
    originLabel->setBuddy(m_flagOrigin);
    auto* open = new QPushButton(tr("&Open a case for the selected worker"), page);
    bar->addWidget(originLabel);
    bar->addWidget(m_flagOrigin);
    bar->addStretch(1);
    bar->addWidget(open);
    layout->addLayout(bar);
    connect(open, &QPushButton::clicked, this, [this] { openCaseForFlag(); });
    return page;
}

bool PdpPage::fail(const QString& message)
{
    m_status->setText(QStringLiteral("<span style=\"color:#a40000\">%1</span>").arg(message.toHtmlEscaped()));
    return false;
}

void PdpPage::succeed(const QString& message) { m_status->setText(message.toHtmlEscaped()); }

QString PdpPage::currentCaseId() const { return m_detail ? m_detail->summary.id : QString(); }

// The worker of the table's current row, read from the row itself: the detail beside follows the
// selection, and a row made current without being selected (the keyboard's Home on the row the table
// set current when it took the focus) emits no selection change, so the detail may be empty or be
// another case's while F4 must still open this row's worker.
QString PdpPage::currentWorkerId() const
{
    const int row = m_cases->currentRow();
    const QTableWidgetItem* item = row < 0 ? nullptr : m_cases->item(row, 0);
    if (!item)
        return {};
    const QString caseId = item->data(Qt::UserRole).toString();
    for (const CaseSummary& c : m_caseRows)
        if (c.id == caseId)
            return c.workerId;
    return {};
}

void PdpPage::reload()
{
    const QString keep = currentCaseId();
    const Scope scope = Scope(m_scope->currentData().toInt());
    auto rows = PdpStore::cases(m_session, scope != Closed);
    if (!rows) {
        m_caseRows.clear();
        fillCases();
        fail(rows.error().message);
        return;
    }
    m_caseRows.clear();
    const QString me = m_session.account().id;
    for (const CaseSummary& c : rows.value()) {
        if (scope == Closed && !c.closed)
            continue;
        if (scope == MyCaseload && c.socialWorkerId != me && c.inChargeId != me)
            continue;
        m_caseRows << c;
    }
    if (scope != Closed)
        std::stable_sort(m_caseRows.begin(), m_caseRows.end(), [](const CaseSummary& a, const CaseSummary& b) {
            if (a.nextReview.has_value() != b.nextReview.has_value())
                return a.nextReview.has_value();
            return a.nextReview && *a.nextReview < *b.nextReview;
        });
    fillCases();
    for (int r = 0; r < m_cases->rowCount(); ++r)
        if (m_cases->item(r, 0)->data(Qt::UserRole).toString() == keep)
            m_cases->selectRow(r);
    fillFlags();
}

void PdpPage::fillCases()
{
    const QSignalBlocker block(m_cases);
    m_cases->setRowCount(0);
    const QString filter = m_filter->text().trimmed();
    const QDate today = m_session.clock().today();
    for (const CaseSummary& c : std::as_const(m_caseRows)) {
        if (!filter.isEmpty() && !c.workerName.contains(filter, Qt::CaseInsensitive) && !c.establishment.contains(filter, Qt::CaseInsensitive))
            continue;
        const int row = m_cases->rowCount();
        m_cases->insertRow(row);
        QString next;
        if (c.closed && c.outcome)
            next = titleOf(*c.outcome);
        else if (c.nextReview)
            next = titleOf(reviewFromCode(c.nextReviewCode).valueOr(Review::Social3Months));
        setRow(m_cases, row, {c.workerName, c.establishment, dateText(c.opened), next, c.closed ? optText(c.closedOn) : optText(c.nextReview)}, c.id);
        if (!c.closed && c.nextReview && *c.nextReview < today)
            for (int col = 0; col < m_cases->columnCount(); ++col)
                m_cases->item(row, col)->setBackground(QColor(0xfd, 0xe2, 0xe1));
    }
    m_cases->resizeColumnsToContents();
    if (m_cases->rowCount() == 0) {
        m_detail.reset();
        showCase();
    }
}

void PdpPage::showCase()
{
    const int row = m_cases->currentRow();
    const bool selected = row >= 0 && m_cases->item(row, 0) && !m_cases->selectedItems().isEmpty();
    m_steps->setRowCount(0);
    m_reviews->setRowCount(0);
    m_notes->clear();
    m_rights->setChecked(false);
    m_adminHelp->setChecked(false);
    if (!selected) {
        m_detail.reset();
        m_summary->setText(tr("Select a case."));
        m_socialState->clear();
        return;
    }
    auto d = PdpStore::detail(m_session, m_cases->item(row, 0)->data(Qt::UserRole).toString());
    if (!d) {
        m_detail.reset();
        fail(d.error().message);
        return;
    }
    m_detail = d.value();
    const CaseSummary& s = m_detail->summary;
    QString state = s.closed ? tr("closed on %1 — %2").arg(optText(s.closedOn), s.outcome ? titleOf(*s.outcome) : QString())
                             : tr("open");
    m_summary->setText(tr("<b>%1</b> (born %2) — %3<br>Case opened on %4 at the request of: %5. In charge: %6. Status: %7.%8")
                           .arg(s.workerName.toHtmlEscaped(), QDate::fromString(s.birthDate, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")),
                                s.establishment.toHtmlEscaped(), dateText(s.opened), titleOf(s.origin).toHtmlEscaped(), s.inCharge.toHtmlEscaped(),
                                state.toHtmlEscaped(),
                                m_detail->returnedOn ? tr(" Back at work on %1.").arg(dateText(*m_detail->returnedOn)) : QString()));
    for (const StepRow& st : m_detail->steps) {
        const int r = m_steps->rowCount();
        m_steps->insertRow(r);
        QString details;
        if (st.step.end)
            details = tr("until %1").arg(dateText(*st.step.end));
        if (!st.step.partner.isEmpty())
            details = m_partner->itemText(std::max(0, m_partner->findData(st.step.partner)));
        if (st.linkedDocument)
            details = tr("annexe 4 signed (in the medical record, for the physician)");
        setRow(m_steps, r, {dateText(st.step.date), titleOf(st.step.kind), st.doneBy, details}, st.step.id);
    }
    m_steps->resizeColumnsToContents();
    if (m_detail->social) {
        const SocialFollowUp& f = *m_detail->social;
        m_socialState->setText(tr("Led by %1 since %2%3").arg(f.socialWorker, dateText(f.started), f.ended ? tr(", ended on %1").arg(dateText(*f.ended)) : QString()));
        m_rights->setChecked(f.rightsExplained);
        m_adminHelp->setChecked(f.adminHelp);
        m_notes->setPlainText(f.notes);
    } else {
        m_socialState->setText(tr("No social follow-up yet."));
    }
    const QDate today = m_session.clock().today();
    for (const ReviewRow& rv : m_detail->reviews) {
        const int r = m_reviews->rowCount();
        m_reviews->insertRow(r);
        QString situation = rv.situation.isEmpty() ? QString() : titleOf(outcomeFromCode(rv.situation).valueOr(Outcome::Other));
        setRow(m_reviews, r, {titleOf(rv.review), dateText(rv.due), rv.done ? dateText(*rv.done) : (rv.due < today ? tr("overdue") : tr("to do")), situation},
               codeOf(rv.review));
        if (!rv.done && rv.due < today)
            for (int col = 0; col < m_reviews->columnCount(); ++col)
                m_reviews->item(r, col)->setBackground(QColor(0xfd, 0xe2, 0xe1));
    }
    m_reviews->resizeColumnsToContents();
}

void PdpPage::fillFlags()
{
    m_flags->setRowCount(0);
    auto flags = StoppageStore::flags(m_session);
    m_flagRows = flags ? flags.value() : QList<Flag>();
    for (const Flag& f : std::as_const(m_flagRows)) {
        const int r = m_flags->rowCount();
        m_flags->insertRow(r);
        setRow(m_flags, r, {f.workerName, causeTitle(f.cause), dateText(f.first), f.last ? dateText(*f.last) : tr("still off work"), QString::number(f.days)},
               f.workerId);
    }
    m_flags->resizeColumnsToContents();
    m_tabs->setTabText(1, m_flagRows.isEmpty() ? tr("New &flags") : tr("New &flags (%1)").arg(m_flagRows.size()));
}

bool PdpPage::addStep()
{
    if (!m_detail)
        return fail(tr("Select a case first"));
    Step st;
    st.kind = StepKind(m_stepKind->currentData().toInt());
    st.date = m_stepDate->date();
    if (st.kind == StepKind::SupervisedTrial || st.kind == StepKind::Crpe)
        st.end = m_stepEnd->date();
    if (st.kind == StepKind::Referral)
        st.partner = m_partner->currentData().toString();
    auto id = PdpStore::addStep(m_session, m_detail->summary.id, st);
    if (!id)
        return fail(id.error().message);
    reload();
    succeed(tr("%1 of %2 added").arg(titleOf(st.kind), dateText(st.date)));
    return true;
}

bool PdpPage::startSocial()
{
    if (!m_detail)
        return fail(tr("Select a case first"));
    auto id = PdpStore::startSocial(m_session, m_detail->summary.id, m_socialDate->date());
    if (!id)
        return fail(id.error().message);
    reload();
    // The reviews by the service's delays (pdp_settings), as the store schedules them.
    const auto stored = PdpStore::reviewDelays(m_session);
    const ReviewDelays delays = stored ? stored.value() : ReviewDelays{};
    succeed(tr("Social follow-up started on %1: reviews on %2 and %3")
                .arg(dateText(m_socialDate->date()), dateText(reviewDate(Review::Social3Months, m_socialDate->date(), delays)),
                     dateText(reviewDate(Review::Social6Months, m_socialDate->date(), delays))));
    return true;
}

bool PdpPage::saveSocial()
{
    if (!m_detail)
        return fail(tr("Select a case first"));
    if (core::Status s = PdpStore::updateSocial(m_session, m_detail->summary.id, m_rights->isChecked(), m_adminHelp->isChecked(), m_notes->toPlainText());
        !s)
        return fail(s.error().message);
    succeed(tr("Social follow-up saved"));
    return true;
}

bool PdpPage::recordReview()
{
    if (!m_detail)
        return fail(tr("Select a case first"));
    const int row = m_reviews->currentRow();
    if (row < 0 || !m_reviews->item(row, 0))
        return fail(tr("Select the review to record"));
    const auto review = reviewFromCode(m_reviews->item(row, 0)->data(Qt::UserRole).toString());
    if (!review)
        return fail(review.error().message);
    std::optional<Outcome> situation;
    if (!m_situation->currentData().toString().isEmpty())
        situation = outcomeFromCode(m_situation->currentData().toString()).valueOr(Outcome::Other);
    if (core::Status s = PdpStore::recordReview(m_session, m_detail->summary.id, review.value(), m_reviewDate->date(), situation, {}); !s)
        return fail(s.error().message);
    reload();
    succeed(tr("%1 recorded on %2").arg(titleOf(review.value()), dateText(m_reviewDate->date())));
    return true;
}

bool PdpPage::closeCase()
{
    if (!m_detail)
        return fail(tr("Select a case first"));
    const QString code = m_situation->currentData().toString();
    if (code.isEmpty())
        return fail(tr("Choose the worker's situation to close the case"));
    const Outcome outcome = outcomeFromCode(code).valueOr(Outcome::Other);
    if (core::Status s = PdpStore::close(m_session, m_detail->summary.id, outcome, m_reviewDate->date()); !s)
        return fail(s.error().message);
    const QString name = m_detail->summary.workerName;
    reload();
    succeed(tr("Case of %1 closed: %2").arg(name, titleOf(outcome)));
    return true;
}

bool PdpPage::openCaseForFlag()
{
    const int row = m_flags->currentRow();
    if (row < 0 || !m_flags->item(row, 0))
        return fail(tr("Select the worker"));
    const QString worker = m_flags->item(row, 0)->data(Qt::UserRole).toString();
    auto id = PdpStore::open(m_session, worker, Origin(m_flagOrigin->currentData().toInt()), m_session.clock().today());
    if (!id)
        return fail(id.error().message);
    m_scope->setCurrentIndex(AllOpen);
    reload();
    m_tabs->setCurrentIndex(0);
    for (int r = 0; r < m_cases->rowCount(); ++r)
        if (m_cases->item(r, 0)->data(Qt::UserRole).toString() == id.value())
            m_cases->selectRow(r);
    succeed(tr("Case opened"));
    return true;
}

bool PdpPage::printAgenda(const QString& path)
{
    const QDate day = m_session.clock().today();
    if (core::Status s = printCellAgenda(m_session, day, path); !s)
        return fail(s.error().message);
    succeed(tr("Cell's agenda of %1 written to %2").arg(dateText(day), path));
    return true;
}

void PdpPage::clearPersonalData()
{
    m_caseRows.clear();
    m_flagRows.clear();
    m_detail.reset();
    m_cases->setRowCount(0);
    m_flags->setRowCount(0);
    m_steps->setRowCount(0);
    m_reviews->setRowCount(0);
    m_notes->clear();
    m_summary->clear();
    m_socialState->clear();
    m_filter->clear();
    m_status->clear();
}

} // namespace vigie::pdp
