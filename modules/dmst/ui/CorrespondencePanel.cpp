#include "dmst/ui/CorrespondencePanel.h"

#include "dmst/RecordStore.h"
#include "dmst/ui/PanelSupport.h"
#include "security/Session.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::dmst {
using namespace panel;

CorrespondencePanel::CorrespondencePanel(security::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* intro = new QLabel(tr("Correspondence between health professionals (part 4°). Enter on a line opens the letter."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = listTable({tr("Date"), tr("Direction"), tr("Correspondent"), tr("Subject"), tr("PDF")}, this);
    m_table->setAccessibleName(tr("Correspondence"));
    layout->addWidget(m_table, 2);
    m_reader = new QPlainTextEdit(this);
    m_reader->setReadOnly(true);
    m_reader->setTabChangesFocus(true);
    m_reader->setPlaceholderText(tr("The letter opened is shown here"));
    layout->addWidget(m_reader, 1);
    auto* readRow = new QHBoxLayout;
    m_save = new QPushButton(tr("Save its PDF as…"), this);
    m_save->setAutoDefault(false);
    m_save->setEnabled(false);
    readRow->addStretch(1);
    readRow->addWidget(m_save);
    layout->addLayout(readRow);

    auto* form = new QGridLayout;
    m_direction = new QComboBox(this);
    m_direction->addItem(tr("Received"), true);
    m_direction->addItem(tr("Sent"), false);
    m_correspondent = new QLineEdit(this);
    m_correspondent->setPlaceholderText(tr("e.g. Dr Martin, cardiologist"));
    m_date = new QLineEdit(this);
    m_date->setPlaceholderText(tr("dd/mm/yyyy"));
    m_date->setMinimumWidth(m_date->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 16);
    m_date->setMaximumWidth(m_date->minimumWidth() + 20);
    m_subject = new QLineEdit(this);
    m_body = new QPlainTextEdit(this);
    m_body->setTabChangesFocus(true);
    m_body->setMaximumHeight(70);
    m_body->setPlaceholderText(tr("Text or summary of the letter"));
    m_pdf = new QLineEdit(this);
    m_pdf->setPlaceholderText(tr("PDF of the letter (optional): path of the file"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    browse->setAutoDefault(false);
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addWidget(label(tr("&Letter"), m_direction), 0, 0);
    form->addWidget(m_direction, 0, 1);
    form->addWidget(label(tr("Dat&ed"), m_date), 0, 2);
    form->addWidget(m_date, 0, 3);
    form->addWidget(label(tr("&Correspondent"), m_correspondent), 1, 0);
    form->addWidget(m_correspondent, 1, 1, 1, 3);
    form->addWidget(label(tr("Su&bject"), m_subject), 2, 0);
    form->addWidget(m_subject, 2, 1, 1, 3);
    form->addWidget(label(tr("Te&xt"), m_body), 3, 0);
    form->addWidget(m_body, 3, 1, 1, 3);
    auto* pdfRow = new QHBoxLayout;
    pdfRow->addWidget(m_pdf, 1);
    pdfRow->addWidget(browse);
    form->addWidget(label(tr("P&DF"), m_pdf), 4, 0);
    form->addLayout(pdfRow, 4, 1, 1, 3);
    form->setColumnStretch(1, 1);
    layout->addLayout(form);
    auto* row = new QHBoxLayout;
    auto* addButton = new QPushButton(tr("Add the letter (Enter)"), this);
    addButton->setAutoDefault(false);
    row->addStretch(1);
    row->addWidget(addButton);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(addButton, &QPushButton::clicked, this, [this] { (void)this->add(); });
    for (QLineEdit* e : {m_correspondent, m_date, m_subject, m_pdf})
        connect(e, &QLineEdit::returnPressed, this, [this] { (void)this->add(); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("PDF of the letter"), {}, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            m_pdf->setText(path);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the PDF of the letter"), {}, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            (void)savePdf(path);
    });
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) { open(item->row()); });
}

QString CorrespondencePanel::statusText() const { return m_status->text(); }

void CorrespondencePanel::showMessage(const QString& text, bool error) { showStatus(m_status, text, error); }

void CorrespondencePanel::setWorker(const QString& workerId)
{
    clear();
    m_workerId = workerId;
    m_date->setText(dayText(m_session.clock().today()));
    refresh();
}

void CorrespondencePanel::clear()
{
    m_workerId.clear();
    m_opened.clear();
    m_table->setRowCount(0);
    m_reader->clear();
    m_save->setEnabled(false);
    m_status->clear();
    for (QLineEdit* e : {m_correspondent, m_date, m_subject, m_pdf})
        e->clear();
    m_body->clear();
}

void CorrespondencePanel::refresh()
{
    m_table->setRowCount(0);
    if (m_workerId.isEmpty())
        return;
    auto list = RecordStore::correspondence(m_session, m_workerId);
    if (!list)
        return showMessage(list.error().message, true);
    m_table->setRowCount(int(list.value().size()));
    int row = 0;
    for (const Correspondence& c : list.value()) {
        setRow(m_table, row, {dayText(c.dated), c.received ? tr("received") : tr("sent"), c.correspondent, c.subject,
                              c.hasAttachment ? c.attachmentName : QString()});
        m_table->item(row, Date)->setData(Qt::UserRole, c.id);
        m_table->item(row, Date)->setData(Qt::UserRole + 1, c.body);
        m_table->item(row, Date)->setData(Qt::UserRole + 2, c.hasAttachment);
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Correspondent, std::min(m_table->columnWidth(Correspondent), 140));
    m_table->setColumnWidth(Subject, std::min(m_table->columnWidth(Subject), 160));
}

bool CorrespondencePanel::add()
{
    if (m_workerId.isEmpty())
        return false;
    Correspondence c;
    c.workerId = m_workerId;
    c.received = m_direction->currentData().toBool();
    c.correspondent = m_correspondent->text().trimmed();
    c.subject = m_subject->text().trimmed();
    c.body = m_body->toPlainText();
    c.dated = typedDay(m_date->text());
    if (!c.dated.isValid()) {
        showMessage(tr("« %1 » is not a date (dd/mm/yyyy)").arg(m_date->text()), true);
        m_date->setFocus();
        return false;
    }
    if (const QString path = m_pdf->text().trimmed(); !path.isEmpty()) {
        QFile file(path);
        if (QFileInfo(path).size() > MaxAttachmentBytes) {
            showMessage(tr("The attached file %1 is larger than 10 MiB").arg(QFileInfo(path).fileName()), true);
            return false;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
            m_pdf->setFocus();
            return false;
        }
        c.attachment = file.readAll();
        c.attachmentName = QFileInfo(path).fileName();
    }
    auto id = RecordStore::addCorrespondence(m_session, c);
    if (!id) {
        showMessage(id.error().message, true);
        return false;
    }
    for (QLineEdit* e : {m_correspondent, m_subject, m_pdf})
        e->clear();
    m_body->clear();
    refresh();
    showMessage(c.attachment.isEmpty() ? tr("Letter added: %1").arg(c.subject) : tr("Letter added with its PDF: %1").arg(c.subject), false);
    m_correspondent->setFocus();
    return true;
}

void CorrespondencePanel::open(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    QTableWidgetItem* first = m_table->item(row, Date);
    m_opened = first->data(Qt::UserRole).toString();
    const auto cell = [this, row](int c) { return m_table->item(row, c) ? m_table->item(row, c)->text() : QString(); };
    m_reader->setPlainText(tr("%1 on %2 — %3\nSubject: %4\n\n%5")
                               .arg(cell(Direction), cell(Date), cell(Correspondent), cell(Subject), first->data(Qt::UserRole + 1).toString()));
    m_save->setEnabled(first->data(Qt::UserRole + 2).toBool());
}

bool CorrespondencePanel::savePdf(const QString& path)
{
    if (m_opened.isEmpty())
        return false;
    auto bytes = RecordStore::correspondencePdf(m_session, m_opened);
    if (!bytes) {
        showMessage(bytes.error().message, true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size() || !file.commit()) {
        showMessage(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    // A health document: readable by its owner only.
    (void)QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    showMessage(tr("PDF saved: %1").arg(path), false);
    return true;
}

} // namespace vigie::dmst
