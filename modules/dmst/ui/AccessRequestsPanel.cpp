#include "dmst/ui/AccessRequestsPanel.h"

#include "dmst/print/DmstPrinter.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::dmst {

namespace {
QString dateText(const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }
const QColor Overdue(0xb4, 0x23, 0x18);
} // namespace

AccessRequestsPanel::AccessRequestsPanel(security::Session& session, QWidget* scope, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* rule = new QLabel(tr("Legal delay: 8 days, two months when the information is more than five years old (L1111-7 CSP)"), this);
    rule->setWordWrap(true);
    rule->setStyleSheet(QStringLiteral("color: #4a5563;"));
    layout->addWidget(rule);

    auto* form = new QFormLayout;
    m_date = new QLineEdit(this);
    m_date->setPlaceholderText(tr("dd/mm/yyyy"));
    m_date->setMaximumWidth(120);
    m_requester = new QComboBox(this);
    for (Requester r : {Requester::Worker, Requester::Physician, Requester::Representative, Requester::Heir})
        m_requester->addItem(requesterText(r), requesterCode(r));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Name of who asks"));
    m_scope = new QLineEdit(this);
    m_scope->setPlaceholderText(tr("Whole record"));
    form->addRow(tr("Re&ceived on"), m_date);
    form->addRow(tr("Asked by"), m_requester);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Scope"), m_scope);
    layout->addLayout(form);
    m_record = new QPushButton(tr("Record the request"), this);
    m_record->setToolTip(tr("Records the request and its legal due date (Ctrl+Shift+R)"));
    layout->addWidget(m_record, 0, Qt::AlignRight);
    m_name->setEnabled(false);
    connect(m_requester, &QComboBox::currentIndexChanged, this, [this] {
        m_name->setEnabled(m_requester->currentData().toString() != requesterCode(Requester::Worker));
    });

    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Received"), tr("Due on"), tr("State"), tr("Asked by"), tr("Scope")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_pdf = new QPushButton(tr("Send as PDF…"), this);
    m_pdf->setToolTip(tr("Writes the whole record as a PDF file and marks the request fulfilled (Ctrl+Shift+E)"));
    m_fhir = new QPushButton(tr("Send as FHIR…"), this);
    m_fhir->setToolTip(tr("Writes the whole record as a FHIR R4 JSON file and marks the request fulfilled (Ctrl+Shift+J)"));
    buttons->addStretch(1);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_fhir);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2 + 4);
    layout->addWidget(m_status);

    connect(m_record, &QPushButton::clicked, this, &AccessRequestsPanel::recordRequest);
    connect(m_pdf, &QPushButton::clicked, this, [this] { fulfil(QStringLiteral("pdf")); });
    connect(m_fhir, &QPushButton::clicked, this, [this] { fulfil(QStringLiteral("fhir")); });
    connect(m_date, &QLineEdit::returnPressed, this, &AccessRequestsPanel::recordRequest);
    const auto shortcut = [this, scope](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, scope);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { recordRequest(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { fulfil(QStringLiteral("pdf")); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), [this] { fulfil(QStringLiteral("fhir")); });
    m_choosePath = [this](const QString& suggested, const QString& format) {
        return QFileDialog::getSaveFileName(this, tr("Save the worker's record"), suggested,
                                            format == QLatin1String("pdf") ? tr("PDF documents (*.pdf)") : tr("FHIR JSON (*.json)"));
    };
}

QString AccessRequestsPanel::statusText() const { return m_status->text(); }

void AccessRequestsPanel::showMessage(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b42318; font-weight: bold;") : QStringLiteral("color: #3b6e3b;"));
}

void AccessRequestsPanel::setWorker(const QString& workerId)
{
    m_workerId = workerId;
    m_date->setText(dateText(m_session.clock().today()));
    m_requester->setCurrentIndex(0);
    m_name->clear();
    m_scope->clear();
    m_status->clear();
    refresh();
}

void AccessRequestsPanel::clear()
{
    m_workerId.clear();
    m_date->clear();
    m_name->clear();
    m_scope->clear();
    m_table->setRowCount(0);
    m_status->clear();
}

void AccessRequestsPanel::refresh()
{
    m_table->setRowCount(0);
    if (m_workerId.isEmpty())
        return;
    auto list = ExportStore::requests(m_session, m_workerId);
    if (!list) {
        showMessage(list.error().message, true);
        return;
    }
    const QDate today = m_session.clock().today();
    m_table->setRowCount(int(list.value().size()));
    int row = 0;
    for (const AccessRequest& r : list.value()) {
        const RequestState state = requestState(r.dueOn, r.fulfilledOn, today);
        QString stateText = requestStateText(state);
        switch (state) {
        case RequestState::Pending: stateText = tr("in progress: %n day(s) left", nullptr, int(today.daysTo(r.dueOn))); break;
        case RequestState::Overdue: stateText = tr("OVERDUE by %n day(s)", nullptr, int(r.dueOn.daysTo(today))); break;
        case RequestState::Fulfilled:
        case RequestState::FulfilledLate:
            stateText = tr("%1 on %2 (%3)").arg(stateText, dateText(r.fulfilledOn), r.format.toUpper());
            break;
        }
        const QString who = r.requesterName.isEmpty() ? requesterText(r.requester)
                                                      : QStringLiteral("%1 — %2").arg(requesterText(r.requester), r.requesterName);
        const QStringList cells{dateText(r.requestedOn), dateText(r.dueOn), stateText, who, r.scope.isEmpty() ? tr("Whole record") : r.scope};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, r.id);
            if (state == RequestState::Overdue) {
                item->setForeground(Overdue);
                item->setBackground(QColor(0xfd, 0xec, 0xea));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            } else if (state == RequestState::Fulfilled || state == RequestState::FulfilledLate) {
                item->setForeground(QColor(0x3b, 0x6e, 0x3b));
            }
            if (c == 1)
                item->setToolTip(r.oldestData.isValid() && r.dueOn > r.requestedOn.addDays(8)
                                     ? tr("Two months: the record holds information from %1, more than five years old").arg(dateText(r.oldestData))
                                     : tr("Eight days after the request"));
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void AccessRequestsPanel::recordRequest()
{
    if (m_workerId.isEmpty())
        return;
    const QString text = m_date->text().trimmed();
    const QDate on = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
    if (!on.isValid()) {
        showMessage(tr("Date of the request: « %1 » is not a date (dd/mm/yyyy)").arg(text), true);
        m_date->setFocus();
        return;
    }
    const Requester who = requesterFromCode(m_requester->currentData().toString()).value_or(Requester::Worker);
    auto r = ExportStore::recordRequest(m_session, m_workerId, on, who, m_name->text(), m_scope->text());
    if (!r) {
        showMessage(r.error().message, true);
        return;
    }
    refresh();
    showMessage(tr("Request recorded: the record is due by %1").arg(dateText(r.value().dueOn)), false);
    emit changed();
}

void AccessRequestsPanel::fulfil(const QString& format)
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (m_workerId.isEmpty() || rows.isEmpty()) {
        showMessage(tr("Select a request first"), true);
        return;
    }
    const QString id = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
    auto list = ExportStore::requests(m_session, m_workerId);
    if (!list)
        return showMessage(list.error().message, true);
    std::optional<AccessRequest> request;
    for (const AccessRequest& r : list.value())
        if (r.id == id)
            request = r;
    if (!request)
        return;
    if (request->fulfilledOn.isValid())
        return showMessage(tr("This request was already fulfilled on %1").arg(dateText(request->fulfilledOn)), true);
    const QString suggested = QDir::home().filePath(QStringLiteral("dossier-medical-%1.%2")
                                                        .arg(m_session.clock().today().toString(QStringLiteral("yyyy-MM-dd")),
                                                             format == QLatin1String("pdf") ? QStringLiteral("pdf") : QStringLiteral("json")));
    const QString path = m_choosePath ? m_choosePath(suggested, format) : QString();
    if (path.isEmpty())
        return;
    auto snapshot = ExportStore::snapshot(m_session, m_workerId);
    if (!snapshot)
        return showMessage(snapshot.error().message, true);
    if (core::Status s = writeRecordCopy(snapshot.value(), {request->requestedOn, request->dueOn, m_session.clock().nowUtc()}, format, path); !s)
        return showMessage(s.error().message, true);
    if (core::Status s = ExportStore::markFulfilled(m_session, id, format); !s)
        return showMessage(s.error().message, true);
    refresh();
    showMessage(tr("Record sent (%1): %2").arg(format.toUpper(), QDir::toNativeSeparators(path)), false);
    emit changed();
}

} // namespace vigie::dmst
