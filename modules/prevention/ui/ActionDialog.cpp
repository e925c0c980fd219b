#include "prevention/ui/ActionDialog.h"

#include "companysheet/CompanySheetStore.h"
#include "core/Clock.h"
#include "prevention/ActionStore.h"
#include "prevention/ParticipantStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie::prevention {

namespace {
constexpr int ShownWorkers = 500;
}

ActionDialog::ActionDialog(security::Session& session, const QString& establishmentId, QWidget* parent)
    : QDialog(parent), m_session(session), m_establishmentId(establishmentId)
{
    setWindowTitle(tr("Record a workplace action"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("code"));
    for (const QString& code : actionCodes())
        m_code->addItem(actionCodeTitle(code), code);
    m_code->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_code->setMinimumContentsLength(30);
    form->addRow(tr("&Action"), m_code);

    const QDate today = session.clock().today();
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today); // an action is recorded once done
    form->addRow(tr("&Date"), m_date);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("What was done, in a few words"));
    form->addRow(tr("&Title"), m_title);

    m_participants = new QSpinBox(this);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setRange(0, 100000);
    m_participants->setToolTip(tr("People of the company who took part, named below or not"));
    form->addRow(tr("&Participants"), m_participants);

    auto* workersBox = new QWidget(this);
    auto* workersLayout = new QVBoxLayout(workersBox);
    workersLayout->setContentsMargins(0, 0, 0, 0);
    m_workerFilter = new QLineEdit(workersBox);
    m_workerFilter->setObjectName(QStringLiteral("workerFilter"));
    m_workerFilter->setPlaceholderText(tr("Type to narrow the list; Down, then Space ticks a worker"));
    m_workerFilter->setClearButtonEnabled(true);
    m_workers = new QListWidget(workersBox);
    m_workers->setObjectName(QStringLiteral("workers"));
    m_workers->setMinimumHeight(120);
    m_workersNote = new QLabel(workersBox);
    m_workersNote->setWordWrap(true);
    workersLayout->addWidget(m_workerFilter);
    workersLayout->addWidget(m_workers, 1);
    workersLayout->addWidget(m_workersNote);
    form->addRow(tr("&Workers who took part"), workersBox);

    m_names = new QLineEdit(this);
    m_names->setObjectName(QStringLiteral("names"));
    m_names->setPlaceholderText(tr("Others, by name or function (manager, CSE members…)"));
    form->addRow(tr("&Other participants"), m_names);

    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("version"));
    m_version->addItem(tr("None"), 0);
    if (auto history = companysheet::CompanySheetStore::history(session, establishmentId))
        for (const companysheet::VersionInfo& v : history.value())
            m_version->addItem(tr("Version %1 of %2").arg(v.number).arg(core::Clock::parisDate(v.validatedAt).toString(QStringLiteral("dd/MM/yyyy"))),
                               v.number);
    form->addRow(tr("Company &sheet version it fed"), m_version);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);
    form->addRow(tr("&Notes"), m_notes);

    auto* reportRow = new QHBoxLayout;
    m_report = new QLineEdit(this);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setPlaceholderText(tr("Path of the report file (PDF, office document), if any"));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    reportRow->addWidget(m_report, 1);
    reportRow->addWidget(choose);
    // A row holding a layout gets a label without buddy from addRow(QString, ...): its "&" would be
    // shown as such. The label is made here, its buddy the path field (Alt+R reaches it).
    auto* reportLabel = new QLabel(tr("&Report"), this);
    reportLabel->setObjectName(QStringLiteral("reportLabel"));
    reportLabel->setBuddy(m_report);
    form->addRow(reportLabel, reportRow);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The action's report"), QString(),
                                                          tr("Reports (*.pdf *.odt *.docx *.doc *.xlsx *.ods *.jpg *.png);;All files (*)"));
        if (!path.isEmpty())
            m_report->setText(path);
    });

    auto* led = new QLabel(tr("Led by %1").arg(session.account().displayName), this);
    layout->addWidget(led);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b42318;"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);

    connect(m_workerFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_workers->count(); ++i)
            m_workers->item(i)->setHidden(!m_workers->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    connect(m_workers, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (item->checkState() == Qt::Checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
        // Participants are at least the workers named.
        if (m_participants->value() < m_checked.size())
            m_participants->setValue(int(m_checked.size()));
    });
    // A refusal stays shown only while it holds: any change of the form clears it.
    const auto clearMessage = [this] { m_message->clear(); };
    connect(m_title, &QLineEdit::textChanged, this, clearMessage);
    connect(m_code, &QComboBox::currentIndexChanged, this, clearMessage);
    connect(m_participants, &QSpinBox::valueChanged, this, clearMessage);
    connect(m_report, &QLineEdit::textChanged, this, clearMessage);
    m_workerFilter->installEventFilter(this);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { reloadWorkers(); });
    reloadWorkers();
    resize(720, 640);
}

bool ActionDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_workerFilter && event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        for (int i = 0; i < m_workers->count(); ++i)
            if (!m_workers->item(i)->isHidden()) {
                m_workers->setCurrentRow(i);
                break;
            }
        m_workers->setFocus();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QString ActionDialog::message() const { return m_message->text(); }

void ActionDialog::say(const QString& text) { m_message->setText(text); }

void ActionDialog::reloadWorkers()
{
    const QSignalBlocker block(m_workers);
    m_workers->clear();
    auto workers = ParticipantStore::employedAt(m_session, m_establishmentId, m_date->date(), ShownWorkers + 1);
    if (!workers) {
        m_workersNote->setText(workers.error().message);
        return;
    }
    QList<KnownWorker> rows = workers.value();
    const bool more = rows.size() > ShownWorkers;
    if (more)
        rows.resize(ShownWorkers);
    for (const KnownWorker& w : std::as_const(rows)) {
        auto* item = new QListWidgetItem(w.name, m_workers);
        item->setData(Qt::UserRole, w.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_checked.contains(w.id) ? Qt::Checked : Qt::Unchecked);
        item->setHidden(!w.name.contains(m_workerFilter->text().trimmed(), Qt::CaseInsensitive));
    }
    if (rows.isEmpty())
        m_workersNote->setText(tr("No worker employed here on that date: give the number of participants only."));
    else if (more)
        m_workersNote->setText(tr("The first %1 workers by name are listed, and there are more: type to narrow").arg(ShownWorkers));
    else
        m_workersNote->setText(tr("%n worker(s) employed here on that date.", nullptr, int(rows.size())));
}

void ActionDialog::accept()
{
    WorkplaceAction action;
    action.establishmentId = m_establishmentId;
    action.code = m_code->currentData().toString();
    action.kind = familyOf(action.code);
    action.date = m_date->date();
    action.title = m_title->text().trimmed();
    action.participants = m_participants->value();
    action.participantNames = m_names->text().trimmed();
    action.notes = m_notes->toPlainText().trimmed();
    action.professionals = {m_session.account().login};
    action.sheetVersion = m_version->currentData().toInt();
    for (int i = 0; i < m_workers->count(); ++i)
        if (m_workers->item(i)->checkState() == Qt::Checked)
            action.participantWorkers << m_workers->item(i)->data(Qt::UserRole).toString();
    if (core::Status s = validateAction(action, m_session.clock().today()); !s)
        return say(s.error().message);

    std::optional<ReportFile> report;
    if (const QString path = m_report->text().trimmed(); !path.isEmpty()) {
        QFile file(path);
        if (QFileInfo(path).size() > MaxReportBytes)
            return say(tr("The report is larger than %1 MB: attach a lighter file.").arg(MaxReportBytes / (1024 * 1024)));
        if (!file.open(QIODevice::ReadOnly))
            return say(tr("The report cannot be read: %1").arg(path));
        auto checked = reportOf(QFileInfo(path).fileName(), file.readAll());
        if (!checked)
            return say(checked.error().message);
        report = checked.value();
    }
    auto id = ActionStore::record(m_session, action, report);
    if (!id)
        return say(id.error().message);
    m_recordedId = id.value();
    QDialog::accept();
}

} // namespace vigie::prevention
