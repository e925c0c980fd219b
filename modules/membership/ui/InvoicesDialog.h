#pragma once
// Contributions and invoices of a year: the year's rate with its allowed range, the invoice run, the
// invoices with their payment status, payments received, and an invoice's PDF. The membership roles
// issue invoices and record payments; the administrator reads them and opens the settings (the
// yearly reference and rate, the service's identity as a seller, the price list).

#include "core/Result.h"
#include "membership/InvoiceStore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::membership {

class InvoicesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Number, Date, Siret, Member, Workers, Total, Paid, Status, ColumnCount };

    explicit InvoicesDialog(security::Session& session, QWidget* parent = nullptr);

    void setYear(int year);
    void reload();
    // The invoice run of the year shown; the table is reloaded and the outcome shown.
    core::Result<InvoiceRunReport> issue();
    core::Status recordPayment(const QString& number, Cents amount, const QDate& paidOn, const QString& reference = {});
    core::Status savePdf(const QString& number, const QString& path);
    QString selectedNumber() const;

    QSpinBox* yearBox() const { return m_year; }
    QTableWidget* table() const { return m_table; }
    QLabel* rateLabel() const { return m_rate; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* issueButton() const { return m_issue; }
    QPushButton* paymentButton() const { return m_payment; }
    QPushButton* pdfButton() const { return m_pdf; }
    QPushButton* settingsButton() const { return m_settings; }

private:
    void askPayment();
    void askPdf();
    void showMessage(const QString& text, bool error);

    security::Session& m_session;
    QSpinBox* m_year;
    QLabel* m_rate;
    QTableWidget* m_table;
    QLabel* m_message;
    QPushButton* m_issue;
    QPushButton* m_payment;
    QPushButton* m_pdf;
    QPushButton* m_settings;
};

} // namespace vigie::membership
