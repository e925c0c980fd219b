#pragma once
// The administrator's settings of the contribution: per year, the national average cost (the
// arrêté's yearly reference) and the service's rate, refused outside 80–120 % of it; the service's
// identity as the seller of its invoices; the price list of complementary services.

#include "core/Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::membership {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(security::Session& session, int year, QWidget* parent = nullptr);

    bool saveContribution();
    bool saveIdentity();
    bool savePrices();

    QSpinBox* yearBox() const { return m_year; }
    QLineEdit* averageField() const { return m_average; }
    QLineEdit* rateField() const { return m_rate; }
    QLabel* boundsLabel() const { return m_bounds; }
    QLabel* messageLabel() const { return m_message; }
    QTableWidget* priceTable() const { return m_prices; }

private:
    void loadYear();
    void updateBounds();
    void showMessage(const QString& text, bool error);

    security::Session& m_session;
    QSpinBox* m_year;
    QLineEdit* m_average;
    QLineEdit* m_rate;
    QLineEdit* m_vat;
    QLabel* m_bounds;
    QLineEdit* m_name;
    QLineEdit* m_legalForm;
    QLineEdit* m_street;
    QLineEdit* m_postalCode;
    QLineEdit* m_city;
    QLineEdit* m_siret;
    QLineEdit* m_vatNumber;
    QLineEdit* m_vatExemption;
    QSpinBox* m_paymentDays;
    QLineEdit* m_iban;
    QLineEdit* m_bic;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_website;
    QTableWidget* m_prices;
    QLabel* m_message;
};

} // namespace vigie::membership
