#include "prevention/ui/ActionsPanel.h"

#include "prevention/ui/ActionDialog.h"

#include "prevention/PrimaryPreventionStore.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::prevention {

namespace {
QString sizeText(qint64 bytes) { return QLocale().formattedDataSize(bytes, 0); }
} // namespace

ActionsPanel::ActionsPanel(security::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    m_record = new QPushButton(tr("&Record an action…"), this);
    m_record->setToolTip(tr("Ctrl+Shift+N"));
    m_saveReport = new QPushButton(tr("Save the rep&ort…"), this);
    m_saveReport->setToolTip(tr("Ctrl+Shift+S"));
    buttons->addWidget(m_record);
    buttons->addWidget(m_saveReport);
    buttons->addStretch();
    layout->addLayout(buttons);
    // When the next primary-prevention action is due here (offer §3.2.3, the service's interval).
    m_primary = new QLabel(this);
    m_primary->setObjectName(QStringLiteral("primaryPrevention"));
    m_primary->setWordWrap(true);
    layout->addWidget(m_primary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, 7, splitter);
    m_table->setObjectName(QStringLiteral("actions"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Action"), tr("Title"), tr("Participants"), tr("Led by"), tr("Sheet version"), tr("Report")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("actionDetails"));
    m_details->setPlaceholderText(tr("Choose an action to see it whole."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_record, &QPushButton::clicked, this, [this] { recordAction(); });
    const auto save = [this] {
        if (selectedId().isEmpty())
            return say(tr("Choose an action first."), true);
        const ActionSummary* a = nullptr;
        for (const ActionSummary& x : std::as_const(m_actions))
            if (x.id == selectedId())
                a = &x;
        if (!a || a->reportFileName.isEmpty())
            return say(tr("This action has no report."), true);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the action's report"), a->reportFileName);
        if (!path.isEmpty())
            saveReport(path);
    };
    connect(m_saveReport, &QPushButton::clicked, this, save);
    auto* recordKeys = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    recordKeys->setContext(Qt::WidgetWithChildrenShortcut);
    connect(recordKeys, &QShortcut::activated, this, [this] { recordAction(); });
    auto* saveKeys = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    saveKeys->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKeys, &QShortcut::activated, this, save);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { showSelected(); });
    setEnabled(false);
}

void ActionsPanel::say(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b42318;") : QStringLiteral("color: #1d6b3a;"));
}

QString ActionsPanel::message() const { return m_message->text(); }

void ActionsPanel::setEstablishment(const QString& establishmentId)
{
    m_establishmentId = establishmentId;
    say({});
    reload();
}

void ActionsPanel::clear() { setEstablishment({}); }

void ActionsPanel::reload()
{
    const QString keep = selectedId();
    m_table->setRowCount(0);
    m_details->clear();
    m_actions.clear();
    setEnabled(!m_establishmentId.isEmpty());
    m_primary->clear();
    if (m_establishmentId.isEmpty())
        return;
    showPrimaryPrevention();
    auto actions = ActionStore::list(m_session, m_establishmentId);
    if (!actions)
        return say(actions.error().message, true);
    m_actions = actions.value();
    for (const ActionSummary& a : std::as_const(m_actions)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString participants =
            a.namedParticipants > 0 ? tr("%1 (%n named)", nullptr, a.namedParticipants).arg(a.participants) : QString::number(a.participants);
        const QStringList cells{a.date.toString(QStringLiteral("dd/MM/yyyy")),
                                actionCodeTitle(a.code),
                                a.title,
                                participants,
                                a.professionals.join(QStringLiteral(", ")),
                                a.sheetVersion > 0 ? tr("version %1").arg(a.sheetVersion) : QString(),
                                a.reportFileName.isEmpty() ? QString() : tr("%1 (%2)").arg(a.reportFileName, sizeText(a.reportSize))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, a.id);
            item->setToolTip(cells.at(c));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c) // long titles elide (tooltip) instead of widening the page
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    if (m_actions.isEmpty())
        m_details->setPlaceholderText(tr("No workplace action recorded here yet: record one with Ctrl+Shift+N."));
    else
        m_details->setPlaceholderText(tr("Choose an action to see it whole."));
    if (!keep.isEmpty())
        selectAction(keep);
}

QString ActionsPanel::selectedId() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

bool ActionsPanel::selectAction(const QString& actionId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == actionId) {
            m_table->setCurrentCell(row, 0);
            m_table->selectRow(row);
            return true;
        }
    return false;
}

void ActionsPanel::showSelected()
{
    m_details->clear();
    const QString id = selectedId();
    for (const ActionSummary& a : std::as_const(m_actions)) {
        if (a.id != id)
            continue;
        const auto row = [](const QString& label, const QString& value) {
            return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        };
        QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(a.title.toHtmlEscaped());
        html += row(tr("Action"), actionCodeTitle(a.code));
        html += row(tr("Date"), a.date.toString(QStringLiteral("dd/MM/yyyy")));
        html += row(tr("Participants"), QString::number(a.participants));
        html += row(tr("Workers named"), QString::number(a.namedParticipants));
        if (!a.participantNames.isEmpty())
            html += row(tr("Other participants"), a.participantNames);
        html += row(tr("Led by"), a.professionals.join(QStringLiteral(", ")));
        html += row(tr("Company sheet version it fed"), a.sheetVersion > 0 ? tr("version %1").arg(a.sheetVersion) : tr("none"));
        html += row(tr("Report"), a.reportFileName.isEmpty() ? tr("none") : tr("%1 (%2)").arg(a.reportFileName, sizeText(a.reportSize)));
        if (!a.notes.isEmpty())
            html += row(tr("Notes"), a.notes);
        html += QStringLiteral("</table>");
        m_details->setHtml(html);
        return;
    }
}

bool ActionsPanel::recordAction()
{
    if (m_establishmentId.isEmpty()) {
        say(tr("Choose an establishment first."), true);
        return false;
    }
    ActionDialog dialog(m_session, m_establishmentId, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    selectAction(dialog.recordedId());
    m_table->setFocus();
    say(tr("Workplace action recorded."));
    return true;
}

bool ActionsPanel::saveReport(const QString& path)
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        say(tr("Choose an action first."), true);
        return false;
    }
    auto report = ActionStore::report(m_session, id);
    if (!report) {
        say(report.error().message, true);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(report.value().content) != report.value().content.size()) {
        say(tr("Cannot write %1").arg(path), true);
        return false;
    }
    say(tr("Report saved to %1").arg(path));
    return true;
}

void ActionsPanel::showPrimaryPrevention()
{
    auto status = PrimaryPreventionStore::status(m_session, m_establishmentId);
    if (!status) {
        m_primary->setText(status.error().message);
        return;
    }
    const PrimaryPreventionStatus& st = status.value();
    const QString format = QStringLiteral("dd/MM/yyyy");
    QString text = st.last.isValid() ? tr("Last primary-prevention action: %1 on %2.").arg(actionCodeTitle(st.lastCode), st.last.toString(format))
                                     : tr("No primary-prevention action recorded here.");
    if (st.due.isValid())
        text += QLatin1Char(' ') + (st.late ? tr("The next one was due on %1: late.") : tr("The next one is due by %1.")).arg(st.due.toString(format));
    m_primary->setText(text);
    m_primary->setStyleSheet(st.late ? QStringLiteral("color: #b42318; font-weight: bold;") : QString());
}

} // namespace vigie::prevention
