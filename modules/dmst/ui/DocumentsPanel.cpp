#include "dmst/ui/DocumentsPanel.h"

#include "dmst/ConsultationStore.h"
#include "dmst/RoleOffers.h"
#include "dmst/print/DmstPrinter.h"
#include "membership/print/DocumentPrinter.h"
#include "thesaurus/ThesaurusStore.h"

#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vigie::dmst {

namespace {
constexpr int SignedRole = Qt::UserRole + 1;
constexpr int SupersededRole = Qt::UserRole + 2;
constexpr int KindRole = Qt::UserRole + 3;

QString dateText(const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

QString fileSafe(const QString& s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D))
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('\''))
            out += QLatin1Char('-');
    return out;
}
} // namespace

DocumentsPanel::DocumentsPanel(security::Session& session, QWidget* scope, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Document"), tr("State"), tr("Signed by")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setToolTip(tr("Enter: preview the selected document"));
    layout->addWidget(m_table, 1);

    auto* buttons = new QGridLayout;
    const auto button = [this, scope](const QString& text, const QKeySequence& keys, const QString& tip, void (DocumentsPanel::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(keys.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        if (!keys.isEmpty()) {
            auto* s = new QShortcut(keys, scope);
            s->setContext(Qt::WidgetWithChildrenShortcut);
            connect(s, &QShortcut::activated, this, slot);
        }
        return b;
    };
    m_new = button(tr("New…"), QKeySequence(Qt::CTRL | Qt::Key_D), tr("Draft a document from the consultation"), &DocumentsPanel::newDocument);
    m_edit = button(tr("Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), tr("Edit the selected draft"), &DocumentsPanel::editDocument);
    m_sign = button(tr("Sign"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), tr("Sign the selected draft: it can no longer change"),
                    &DocumentsPanel::signDocument);
    m_preview_ = button(tr("Preview"), QKeySequence(), tr("Preview the selected document (Enter)"), &DocumentsPanel::previewDocument);
    m_print = button(tr("Print…"), QKeySequence(Qt::CTRL | Qt::Key_P), tr("Print the signed document on paper"), &DocumentsPanel::printDocument);
    m_pdf = button(tr("PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Save the signed document as a PDF file"),
                   &DocumentsPanel::saveAsPdf);
    m_correct = button(tr("Correct…"), QKeySequence(Qt::CTRL | Qt::Key_R), tr("Correct the signed document: a new one replaces it"),
                       &DocumentsPanel::correctDocument);
    m_delete = button(tr("Delete"), QKeySequence(Qt::CTRL | Qt::Key_Delete), tr("Delete the selected draft (its author only)"),
                      &DocumentsPanel::deleteDraft);
    const QList<QPushButton*> all{m_new, m_edit, m_sign, m_correct, m_preview_, m_print, m_pdf, m_delete};
    for (int i = 0; i < all.size(); ++i)
        buttons->addWidget(all[i], i / 4, i % 4);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2 + 4); // a refusal's reason fits
    layout->addWidget(m_status);

    connect(m_table, &QTableWidget::itemActivated, this, [this] { previewDocument(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DocumentsPanel::updateButtons);
    m_choosePath = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save the document as PDF"), suggested, tr("PDF documents (*.pdf)"));
    };
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Confirm"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
    updateButtons();
}

void DocumentsPanel::setWorker(const QString& workerId)
{
    m_workerId = workerId;
    m_consultationId.clear();
    m_status->clear();
    refresh();
}

void DocumentsPanel::clear()
{
    m_workerId.clear();
    m_consultationId.clear();
    m_table->setRowCount(0);
    m_status->clear();
    if (m_editor)
        m_editor->reject();
    if (m_preview)
        m_preview->close();
    updateButtons();
}

QString DocumentsPanel::statusText() const { return m_status->text(); }

void DocumentsPanel::showMessage(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b42318; font-weight: bold;") : QStringLiteral("color: #3b6e3b;"));
}

void DocumentsPanel::refresh()
{
    const QString keep = selectedId();
    m_table->setRowCount(0);
    if (m_workerId.isEmpty())
        return updateButtons();
    auto docs = DocumentStore::list(m_session, m_workerId);
    if (!docs) {
        showMessage(docs.error().message, true);
        return updateButtons();
    }
    m_table->setRowCount(int(docs.value().size()));
    int row = 0;
    for (const StoredDocument& d : docs.value()) {
        QString state = d.signedDocument ? tr("signed") : tr("draft");
        if (!d.supersededBy.isEmpty())
            state = tr("superseded by a correction");
        else if (!d.supersedes.isEmpty())
            state += tr(" (correction)");
        const QStringList cells{dateText(d.signedDocument ? d.issuedOn : d.content.visitDate), documentKindTitle(d.kind), state,
                                d.signedDocument ? d.content.signerName : QStringLiteral("—")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, d.id);
            item->setData(SignedRole, d.signedDocument);
            item->setData(SupersededRole, !d.supersededBy.isEmpty());
            item->setData(KindRole, documentKindCode(d.kind));
            if (!d.supersededBy.isEmpty())
                item->setForeground(Qt::gray);
            else if (!d.signedDocument)
                item->setForeground(QColor(0x8a, 0x5a, 0x00)); // a draft waits for its signature
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    if (!select(keep) && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

QString DocumentsPanel::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

bool DocumentsPanel::select(const QString& documentId)
{
    if (documentId.isEmpty())
        return false;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(Qt::UserRole).toString() == documentId) {
            m_table->selectRow(r);
            return true;
        }
    return false;
}

std::optional<StoredDocument> DocumentsPanel::selected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        showMessage(tr("Select a document first"), true);
        return std::nullopt;
    }
    auto d = DocumentStore::load(m_session, id);
    if (!d) {
        showMessage(d.error().message, true);
        return std::nullopt;
    }
    return d.value();
}

void DocumentsPanel::updateButtons()
{
    const bool worker = !m_workerId.isEmpty();
    m_new->setEnabled(worker);
    const auto rows = m_table->selectionModel()->selectedRows();
    const QTableWidgetItem* item = rows.isEmpty() ? nullptr : m_table->item(rows.first().row(), 0);
    const bool isSigned = item && item->data(SignedRole).toBool();
    const bool superseded = item && item->data(SupersededRole).toBool();
    m_edit->setEnabled(item && !isSigned);
    m_delete->setEnabled(item && !isSigned);
    // Signing is offered only for what the role signs (a nurse: attestations and prevention orders).
    const auto kind = item ? documentKindFromCode(item->data(KindRole).toString()) : std::nullopt;
    m_sign->setEnabled(item && !isSigned && kind && offeredDocuments(m_session.account().role).contains(*kind));
    for (QPushButton* b : {m_print, m_pdf})
        b->setEnabled(isSigned);
    m_correct->setEnabled(isSigned && !superseded);
    m_preview_->setEnabled(item != nullptr);
}

void DocumentsPanel::openEditor(DocumentEditor* editor)
{
    if (m_editor)
        m_editor->reject();
    m_editor = editor;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const QString id = editor->documentId();
        refresh();
        select(id);
        showMessage(tr("Draft saved: check it (Enter), then sign it (Ctrl+Shift+S)"), false);
        m_table->setFocus();
        emit changed();
    });
    editor->open();
}

void DocumentsPanel::newDocument()
{
    if (m_workerId.isEmpty())
        return;
    auto list = ConsultationStore::list(m_session, m_workerId);
    if (!list) {
        showMessage(list.error().message, true);
        return;
    }
    QList<DocumentEditor::ConsultationChoice> choices;
    for (const ConsultationSummary& c : list.value()) {
        if (!c.closed || !c.supersededBy.isEmpty())
            continue;
        QString kind = c.kind;
        if (auto found = thesaurus::ThesaurusStore::find(m_session, QStringLiteral("visit_kind"), c.kind); found && found.value())
            kind = found.value()->labelFr;
        choices.append({c.id, QStringLiteral("%1  ·  %2  ·  %3").arg(dateText(c.visitDate), kind, c.professionalName), c.conclusion});
    }
    if (choices.isEmpty()) {
        showMessage(tr("A document is drafted from a closed consultation: close the consultation first"), true);
        return;
    }
    openEditor(new DocumentEditor(m_session, m_workerId, choices, m_consultationId, this));
}

void DocumentsPanel::editDocument()
{
    auto d = selected();
    if (!d)
        return;
    if (d->signedDocument) {
        showMessage(tr("A signed document is not edited: correct it (Ctrl+R)"), true);
        return;
    }
    openEditor(new DocumentEditor(m_session, DocumentEditor::Mode::Edit, *d, this));
}

void DocumentsPanel::correctDocument()
{
    auto d = selected();
    if (!d)
        return;
    if (!d->signedDocument) {
        showMessage(tr("A draft is edited, not corrected (Ctrl+E)"), true);
        return;
    }
    if (!d->supersededBy.isEmpty()) {
        showMessage(tr("This document was already corrected: correct the latest version"), true);
        return;
    }
    openEditor(new DocumentEditor(m_session, DocumentEditor::Mode::Correct, *d, this));
}

void DocumentsPanel::signDocument()
{
    // Its shortcut follows the button: what the role does not sign (a nurse, an avis) is not offered,
    // so Ctrl+Shift+S does not ask and then refuse (issue 18 item 5); the store still refuses if asked.
    if (!m_sign->isEnabled())
        return;
    const QString id = selectedId();
    if (id.isEmpty()) {
        showMessage(tr("Select a document first"), true);
        return;
    }
    if (m_confirm && !m_confirm(tr("Sign this document? Once signed it can no longer change; a mistake is then corrected by a new document.")))
        return;
    if (core::Status s = DocumentStore::sign(m_session, id); !s) {
        showMessage(tr("Not signed: %1").arg(s.error().message), true);
        emit changed(); // a refusal is in the access history too
        return;
    }
    refresh();
    select(id);
    showMessage(tr("Signed: print it (Ctrl+P) or save it as PDF (Ctrl+Shift+P)"), false);
    emit changed();
}

void DocumentsPanel::deleteDraft()
{
    auto d = selected();
    if (!d)
        return;
    if (d->signedDocument)
        return showMessage(tr("A signed document is never deleted: correct it (Ctrl+R)"), true);
    if (m_confirm && !m_confirm(tr("Delete this draft (%1)?").arg(documentKindTitle(d->kind))))
        return;
    if (core::Status s = DocumentStore::removeDraft(m_session, d->id); !s) {
        showMessage(tr("Not deleted: %1").arg(s.error().message), true);
        emit changed();
        return;
    }
    refresh();
    showMessage(tr("Draft deleted"), false);
    emit changed();
}

void DocumentsPanel::previewDocument()
{
    auto d = selected();
    if (!d)
        return;
    membership::PrintableDocument doc = printable(d->kind, d->content, d->id);
    if (d->signedDocument)
        doc.html = d->html; // exactly the text signed
    else // a draft on screen must never pass for the document handed over
        doc.html.replace(QStringLiteral("<body>"), QStringLiteral("<body><p style=\"color:#b42318; font-weight:bold;\">%1</p>")
                                                       .arg(tr("DRAFT — not signed: not to be handed to the worker").toHtmlEscaped()));
    if (m_preview)
        m_preview->close();
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(d->signedDocument ? tr("Preview: %1").arg(doc.title) : tr("Preview of the draft: %1").arg(doc.title));
    dialog->resize(820, 900);
    auto* layout = new QVBoxLayout(dialog);
    auto* browser = new QTextBrowser(dialog);
    membership::addDocumentResources(*browser->document(), doc);
    browser->setHtml(doc.html);
    layout->addWidget(browser);
    auto* close = new QPushButton(tr("Close (Esc)"), dialog);
    connect(close, &QPushButton::clicked, dialog, &QDialog::close);
    layout->addWidget(close, 0, Qt::AlignRight);
    m_preview = dialog;
    dialog->show();
    browser->setFocus();
}

void DocumentsPanel::printDocument()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return showMessage(tr("Select a document first"), true);
    auto doc = DocumentStore::forPrinting(m_session, id);
    if (!doc)
        return showMessage(doc.error().message, true);
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setDocName(doc.value().title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print: %1").arg(doc.value().title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (core::Status s = membership::printDocument(doc.value(), printer); !s)
        return showMessage(s.error().message, true);
    showMessage(tr("Sent to the printer: %1").arg(doc.value().title), false);
    emit changed();
}

void DocumentsPanel::saveAsPdf()
{
    auto d = selected();
    if (!d)
        return;
    if (!d->signedDocument)
        return showMessage(tr("Only a signed document is printed: sign it first (Ctrl+Shift+S)"), true);
    const QString suggested = QDir::home().filePath(QStringLiteral("%1-%2-%3.pdf")
                                                        .arg(fileSafe(documentKindTitle(d->kind)), fileSafe(d->content.birthName),
                                                             d->issuedOn.toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path = m_choosePath ? m_choosePath(suggested) : QString();
    if (path.isEmpty())
        return;
    auto doc = DocumentStore::forPrinting(m_session, d->id);
    if (!doc)
        return showMessage(doc.error().message, true);
    if (core::Status s = printDocumentPdf(doc.value(), path); !s)
        return showMessage(s.error().message, true);
    showMessage(tr("Saved: %1").arg(QDir::toNativeSeparators(path)), false);
    emit changed();
}

} // namespace vigie::dmst
