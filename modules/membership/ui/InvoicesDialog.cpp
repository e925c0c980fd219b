#include "membership/ui/InvoicesDialog.h"

#include "membership/ContributionStore.h"
#include "membership/Documents.h"
#include "membership/Member.h"
#include "membership/print/DocumentPrinter.h"
#include "membership/ui/SettingsDialog.h"
#include "security/AccessPolicy.h"
#include "security/Session.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::membership {

namespace {
QTableWidgetItem* cell(const QString& text, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

InvoicesDialog::InvoicesDialog(security::Session& session, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_year(new QSpinBox(this)),
      m_rate(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_message(new QLabel(this)),
      m_issue(new QPushButton(tr("&Issue the year's invoices"), this)),
      m_payment(new QPushButton(tr("Record a &payment…"), this)),
      m_pdf(new QPushButton(tr("Save as P&DF…"), this)),
      m_settings(new QPushButton(tr("&Settings…"), this))
{
    setObjectName(QStringLiteral("invoicesDialog"));
    setWindowTitle(tr("Contributions and invoices"));
    const security::Role role = session.account().role;
    const bool member = security::AccessPolicy::canUseModule(role, security::Module::Membership).allowed;
    const bool admin = security::AccessPolicy::canUseModule(role, security::Module::Administration).allowed;

    m_year->setObjectName(QStringLiteral("invoiceYear"));
    m_year->setRange(2000, 2999);
    m_year->setValue(session.clock().today().year());
    m_rate->setObjectName(QStringLiteral("contributionRate"));
    m_rate->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Date"), tr("SIRET"), tr("Member"), tr("Workers"), tr("Total incl. VAT"),
                                        tr("Paid"), tr("Status")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(Member, QHeaderView::Stretch);
    m_message->setObjectName(QStringLiteral("invoiceMessage"));
    m_message->setWordWrap(true);
    m_issue->setObjectName(QStringLiteral("issueInvoices"));
    m_payment->setObjectName(QStringLiteral("recordPayment"));
    m_pdf->setObjectName(QStringLiteral("invoicePdf"));
    m_settings->setObjectName(QStringLiteral("contributionSettings"));
    m_issue->setVisible(member);
    m_payment->setVisible(member);
    m_settings->setVisible(admin);
    m_pdf->setEnabled(canPrintDocuments());

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_year);
    top->addWidget(m_rate, 1);
    top->addWidget(m_settings);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_issue);
    actions->addWidget(m_payment);
    actions->addWidget(m_pdf);
    actions->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(m_year, &QSpinBox::valueChanged, this, &InvoicesDialog::reload);
    connect(m_issue, &QPushButton::clicked, this, [this] { (void)issue(); });
    connect(m_payment, &QPushButton::clicked, this, &InvoicesDialog::askPayment);
    connect(m_pdf, &QPushButton::clicked, this, &InvoicesDialog::askPdf);
    connect(m_settings, &QPushButton::clicked, this, [this] {
        SettingsDialog settings(m_session, m_year->value(), this);
        settings.exec();
        reload();
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(1000, 560);
}

void InvoicesDialog::setYear(int year) { m_year->setValue(year); }

void InvoicesDialog::reload()
{
    const int year = m_year->value();
    auto settings = ContributionStore::year(m_session, year);
    if (!settings)
        m_rate->setText(settings.error().message);
    else if (!settings.value())
        m_rate->setText(tr("The contribution for %1 is not set yet.").arg(year));
    else {
        const ContributionYear& y = *settings.value();
        const RateBounds b = rateBounds(y.nationalAverage);
        m_rate->setText(tr("%1: %2 per worker followed (national average cost %3; allowed from %4 to %5)")
                            .arg(year)
                            .arg(formatMoney(y.rate), formatMoney(y.nationalAverage), formatMoney(b.min), formatMoney(b.max)));
    }
    m_table->setRowCount(0);
    auto list = InvoiceStore::list(m_session, year);
    if (!list) {
        showMessage(list.error().message, true);
        return;
    }
    for (const InvoiceSummary& s : list.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Number, cell(s.number));
        m_table->setItem(row, Date, cell(QLocale().toString(s.issueDate, QLocale::ShortFormat)));
        m_table->setItem(row, Siret, cell(formatSiret(s.siret)));
        m_table->setItem(row, Member, cell(s.buyerName));
        m_table->setItem(row, Workers, cell(QLocale().toString(s.workers), true));
        m_table->setItem(row, Total, cell(formatMoney(s.total), true));
        m_table->setItem(row, Paid, cell(formatMoney(s.paid), true));
        auto* status = cell(paymentStatusTitle(s.status));
        if (s.status == PaymentStatus::Overdue)
            status->setForeground(QColor(0xb0, 0x00, 0x20));
        else if (s.status == PaymentStatus::Paid)
            status->setForeground(QColor(0x1b, 0x5e, 0x20));
        m_table->setItem(row, Status, status);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Member, QHeaderView::Stretch);
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_payment->setEnabled(m_table->rowCount() > 0);
    m_pdf->setEnabled(m_table->rowCount() > 0 && canPrintDocuments());
}

core::Result<InvoiceRunReport> InvoicesDialog::issue()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = InvoiceStore::run(m_session, m_year->value());
    QApplication::restoreOverrideCursor();
    reload();
    if (!report)
        showMessage(report.error().message, true);
    else if (report.value().issued == 0)
        showMessage(tr("No new invoice: %n member(s) already invoiced for %1.", nullptr, report.value().alreadyInvoiced)
                        .arg(report.value().year),
                    false);
    else
        showMessage(tr("%n invoice(s) issued, %1 to %2.", nullptr, report.value().issued)
                        .arg(report.value().numbers.first(), report.value().numbers.last()),
                    false);
    return report;
}

QString InvoicesDialog::selectedNumber() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, Number) ? m_table->item(row, Number)->text() : QString();
}

core::Status InvoicesDialog::recordPayment(const QString& number, Cents amount, const QDate& paidOn, const QString& reference)
{
    core::Status s = InvoiceStore::recordPayment(m_session, number, amount, paidOn, reference);
    if (s) {
        reload();
        showMessage(tr("Payment of %1 recorded on %2.").arg(formatMoney(amount), number), false);
    } else {
        showMessage(s.error().message, true);
    }
    return s;
}

core::Status InvoicesDialog::savePdf(const QString& number, const QString& path)
{
    auto invoice = InvoiceStore::load(m_session, number);
    if (!invoice)
        return invoice.error();
    core::Status s = printPdf(invoiceDocument(invoice.value()), path);
    if (s)
        s = InvoiceStore::notePrinted(m_session, number);
    showMessage(s ? tr("Invoice %1 written: %2").arg(number, QDir::toNativeSeparators(path)) : s.error().message, !s);
    return s;
}

void InvoicesDialog::askPayment()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    QDialog ask(this);
    ask.setWindowTitle(tr("Payment received — %1").arg(number));
    auto* amount = new QLineEdit(&ask);
    amount->setPlaceholderText(tr("e.g. 1 440,00"));
    auto* date = new QDateEdit(m_session.clock().today(), &ask);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    auto* reference = new QLineEdit(&ask);
    auto* error = new QLabel(&ask);
    error->setStyleSheet(QStringLiteral("color:#b00020;"));
    auto* form = new QFormLayout(&ask);
    form->addRow(tr("Amount (€):"), amount);
    form->addRow(tr("Received on:"), date);
    form->addRow(tr("Reference:"), reference);
    form->addRow(error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &ask, [&] {
        auto cents = parseMoney(amount->text());
        if (!cents) {
            error->setText(cents.error().message);
            return;
        }
        if (core::Status s = recordPayment(number, cents.value(), date->date(), reference->text()); !s) {
            error->setText(s.error().message);
            return;
        }
        ask.accept();
    });
    ask.exec();
}

void InvoicesDialog::askPdf()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Invoice %1").arg(number),
                                                      QDir(folder).filePath(number + QStringLiteral(".pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        (void)savePdf(number, path);
}

void InvoicesDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#b00020;") : QStringLiteral("color:#1b5e20;"));
}

} // namespace vigie::membership
