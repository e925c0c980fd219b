#include "scheduling/ui/CompanyFollowUpPage.h"

#include "scheduling/DueVisit.h"
#include "scheduling/ConvocationStore.h"
#include "scheduling/print/ConvocationPrinter.h"
#include "scheduling/print/FollowUpPrinter.h"
#include "security/Session.h"
#include "ui/RecordShortcut.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::scheduling {

namespace {

constexpr int WorkerIdRole = Qt::UserRole + 1; // on the worker's cell: her id (F4 opens her record)
const QColor OverdueTint(0xfd, 0xe2, 0xe1);
const QColor DueTint(0xff, 0xf4, 0xd6);

QString dateText(const std::optional<QDate>& d) { return d ? d->toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

// A cell whose sort follows `key` (ISO dates sort as text).
class SortedItem : public QTableWidgetItem
{
public:
    SortedItem(const QString& text, const QString& key) : QTableWidgetItem(text) { setData(Qt::UserRole, key); }
    bool operator<(const QTableWidgetItem& other) const override { return data(Qt::UserRole).toString() < other.data(Qt::UserRole).toString(); }
};

} // namespace

CompanyFollowUpPage::CompanyFollowUpPage(security::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Follow-up by company</h2>"), this));

    auto* bar = new QHBoxLayout;
    m_company = new QComboBox(this);
    m_company->setEditable(true); // type a few letters of the name or the SIREN
    m_company->setInsertPolicy(QComboBox::NoInsert);
    m_company->setMinimumContentsLength(40);
    m_company->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // a long name never widens the page
    auto* companyLabel = new QLabel(tr("&Company"), this);
    companyLabel->setBuddy(m_company);
    m_horizon = new QComboBox(this);
    for (int months : {1, 3, 6})
        m_horizon->addItem(tr("%n month(s)", "", months), months);
    m_horizon->setCurrentIndex(1);
    auto* horizonLabel = new QLabel(tr("Due &within"), this);
    horizonLabel->setBuddy(m_horizon);
    bar->addWidget(companyLabel);
    bar->addWidget(m_company, 1);
    bar->addWidget(horizonLabel);
    bar->addWidget(m_horizon);
    layout->addLayout(bar);

    m_summary = new QLabel(this);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_summary->setFont(big);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount, this);
    QStringList headers(ColumnCount);
    headers[WorkerColumn] = tr("Worker");
    headers[StateColumn] = tr("State");
    headers[DeadlineColumn] = tr("Next deadline");
    headers[ReasonColumn] = tr("Reason");
    headers[AppointmentColumn] = tr("Next appointment");
    headers[LastVisitColumn] = tr("Last visit");
    headers[CategoryColumn] = tr("Category");
    headers[EstablishmentColumn] = tr("Establishment");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    m_printStatus = new QPushButton(tr("&Print the follow-up status…"), this);
    m_printStatus->setToolTip(tr("The PDF sent to the employer: dates and kinds of visits only (Ctrl+P)"));
    m_printStatus->setShortcut(QKeySequence::Print);
    const QDate today = session.clock().today();
    m_from = new QDateEdit(today.addDays(1), this);
    m_to = new QDateEdit(today.addDays(14), this);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    auto* fromLabel = new QLabel(tr("Convocations &from"), this);
    fromLabel->setBuddy(m_from);
    m_printConvocations = new QPushButton(tr("Print the c&onvocations…"), this);
    m_printConvocations->setToolTip(tr("One letter per planned or confirmed appointment of the company's workers in the period"));
    actions->addWidget(m_printStatus);
    actions->addStretch();
    actions->addWidget(fromLabel);
    actions->addWidget(m_from);
    actions->addWidget(new QLabel(tr("to"), this));
    actions->addWidget(m_to);
    actions->addWidget(m_printConvocations);
    layout->addLayout(actions);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_company, &QComboBox::activated, this, &CompanyFollowUpPage::showCompany);
    connect(m_horizon, &QComboBox::currentIndexChanged, this, &CompanyFollowUpPage::showCompany);
    connect(m_printStatus, &QPushButton::clicked, this, &CompanyFollowUpPage::askAndPrintStatus);
    connect(m_printConvocations, &QPushButton::clicked, this, &CompanyFollowUpPage::askAndPrintConvocations);
    // Issue 18: F4 opens the record of the worker of the current row, for the roles that read records.
    m_openRecord = ui::addOpenRecordAction(this, m_session.account().role, [this] { return selectedWorkerId(); });
    reloadCompanies();
}

QString CompanyFollowUpPage::selectedWorkerId() const
{
    const QTableWidgetItem* item = m_table->currentRow() < 0 ? nullptr : m_table->item(m_table->currentRow(), WorkerColumn);
    return item ? item->data(WorkerIdRole).toString() : QString();
}

void CompanyFollowUpPage::showError(const QString& message)
{
    m_status->setText(QStringLiteral("<span style=\"color:#a40000\">%1</span>").arg(message.toHtmlEscaped()));
}

void CompanyFollowUpPage::reloadCompanies()
{
    m_company->clear();
    auto companies = FollowUpStore::companies(m_session);
    if (!companies)
        return showError(companies.error().message);
    for (const Company& c : companies.value())
        m_company->addItem(tr("%1 — SIREN %2").arg(c.name, c.siren), c.id);
    m_company->setCurrentIndex(-1);
    m_company->lineEdit()->setPlaceholderText(tr("Name or SIREN of the company"));
    m_summary->setText(tr("Choose a company: %n company(ies) in your teams", "", int(companies.value().size())));
}

void CompanyFollowUpPage::showCompany()
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_view.reset();
    const QString id = m_company->currentData().toString();
    if (id.isEmpty())
        return;
    const QDate today = m_session.clock().today();
    auto view = FollowUpStore::companyFollowUp(m_session, id, today, today.addMonths(m_horizon->currentData().toInt()));
    if (!view)
        return showError(view.error().message);
    m_view = view.value();
    for (const WorkerFollowUp& w : std::as_const(m_view->workers)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString last = w.lastVisit ? tr("%1 — %2").arg(dateText(w.lastVisit), w.lastVisitKind ? visitTitle(*w.lastVisitKind) : QString())
                                         : tr("none recorded");
        const QString reason = w.next ? tr("%1 (%2)").arg(visitTitle(w.next->kind), basisText(w.next->basis)) : QString();
        const QString appointment =
            w.nextAppointment ? tr("%1 — %2").arg(dateText(w.nextAppointment), w.nextAppointmentKind ? visitTitle(*w.nextAppointmentKind) : QString())
                              : QString();
        QList<QTableWidgetItem*> items(ColumnCount);
        items[WorkerColumn] = new QTableWidgetItem(w.workerName);
        items[WorkerColumn]->setData(WorkerIdRole, w.workerId);
        items[StateColumn] = new SortedItem(workerStateText(w.state), QString::number(2 - int(w.state)));
        items[DeadlineColumn] =
            new SortedItem(w.next ? dateText(w.next->deadline) : tr("none"), w.next ? w.next->deadline.toString(Qt::ISODate) : QStringLiteral("9999"));
        items[ReasonColumn] = new QTableWidgetItem(reason);
        items[AppointmentColumn] =
            new SortedItem(appointment, w.nextAppointment ? w.nextAppointment->toString(Qt::ISODate) : QStringLiteral("9999"));
        items[LastVisitColumn] = new SortedItem(last, w.lastVisit ? w.lastVisit->toString(Qt::ISODate) : QString());
        items[CategoryColumn] = new QTableWidgetItem(codeOf(w.category));
        items[EstablishmentColumn] = new QTableWidgetItem(w.establishmentName);
        const QColor tint = w.state == WorkerState::Overdue ? OverdueTint : w.state == WorkerState::Due ? DueTint : QColor();
        for (int c = 0; c < items.size(); ++c) {
            items.at(c)->setToolTip(items.at(c)->text());
            if (tint.isValid())
                items.at(c)->setBackground(tint);
            m_table->setItem(row, c, items.at(c));
        }
        if (w.state == WorkerState::Overdue) {
            QFont bold = items.at(StateColumn)->font();
            bold.setBold(true);
            items.at(StateColumn)->setFont(bold);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StateColumn, Qt::AscendingOrder); // overdue first
    m_table->resizeColumnsToContents();
    m_summary->setText(followUpSummary(*m_view));
    m_status->clear();
}

bool CompanyFollowUpPage::printStatus(const QString& path)
{
    if (!m_view) {
        showError(tr("Choose a company first"));
        return false;
    }
    auto head = ConvocationStore::letterhead(m_session);
    if (!head) {
        showError(head.error().message);
        return false;
    }
    if (auto s = printFollowUp(*m_view, head.value(), path); !s) {
        showError(s.error().message);
        return false;
    }
    m_status->setText(tr("Follow-up status written to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool CompanyFollowUpPage::printConvocations(const QString& path)
{
    if (!m_view) {
        showError(tr("Choose a company first"));
        return false;
    }
    if (m_to->date() < m_from->date()) {
        showError(tr("The period ends (%1) before it starts (%2)").arg(dateText(m_to->date()), dateText(m_from->date())));
        return false;
    }
    auto batch = ConvocationStore::companyLetters(m_session, m_view->company.id, m_from->date(), m_to->date());
    if (!batch) {
        showError(batch.error().message);
        return false;
    }
    if (batch.value().letters == 0) {
        showError(tr("No appointment to convoke for %1 from %2 to %3").arg(m_view->company.name, dateText(m_from->date()), dateText(m_to->date())));
        return false;
    }
    if (auto s = scheduling::printConvocations(batch.value(), path); !s) {
        showError(s.error().message);
        return false;
    }
    m_status->setText(tr("%n convocation letter(s) written to %1", "", batch.value().letters).arg(QDir::toNativeSeparators(path)));
    return true;
}

void CompanyFollowUpPage::askAndPrintStatus()
{
    if (!m_view)
        return showError(tr("Choose a company first"));
    const QString name = tr("follow-up-%1-%2.pdf").arg(m_view->company.siren, m_view->today.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Print the follow-up status"), QDir::home().filePath(name), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        printStatus(path);
}

void CompanyFollowUpPage::askAndPrintConvocations()
{
    if (!m_view)
        return showError(tr("Choose a company first"));
    const QString name = tr("convocations-%1-%2.pdf").arg(m_view->company.siren, m_from->date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Print the convocations"), QDir::home().filePath(name), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        printConvocations(path);
}

void CompanyFollowUpPage::clearPersonalData()
{
    m_view.reset();
    m_table->setRowCount(0);
    m_summary->clear();
    m_status->clear();
}

} // namespace vigie::scheduling
