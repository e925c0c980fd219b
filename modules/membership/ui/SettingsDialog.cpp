#include "membership/ui/SettingsDialog.h"

#include "membership/ContributionStore.h"
#include "membership/Member.h"
#include "security/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::membership {

namespace {
enum PriceColumn { Code, Label, Price, Vat, PriceColumnCount };

// "20" or "5,5" (percent) → basis points; -1 when not a rate.
int basisPointsOf(const QString& text)
{
    auto cents = parseMoney(text); // the same shape: digits and at most two decimals
    return cents && cents.value() <= 10000 ? int(cents.value()) : -1;
}
} // namespace

SettingsDialog::SettingsDialog(security::Session& session, int year, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_year(new QSpinBox(this)),
      m_average(new QLineEdit(this)),
      m_rate(new QLineEdit(this)),
      m_vat(new QLineEdit(this)),
      m_bounds(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_legalForm(new QLineEdit(this)),
      m_street(new QLineEdit(this)),
      m_postalCode(new QLineEdit(this)),
      m_city(new QLineEdit(this)),
      m_siret(new QLineEdit(this)),
      m_vatNumber(new QLineEdit(this)),
      m_vatExemption(new QLineEdit(this)),
      m_paymentDays(new QSpinBox(this)),
      m_iban(new QLineEdit(this)),
      m_bic(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_email(new QLineEdit(this)),
      m_website(new QLineEdit(this)),
      m_prices(new QTableWidget(0, PriceColumnCount, this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("contributionSettingsDialog"));
    setWindowTitle(tr("Contribution settings"));
    m_year->setRange(2000, 2999);
    m_year->setValue(year);
    m_average->setObjectName(QStringLiteral("nationalAverage"));
    m_average->setPlaceholderText(tr("e.g. 115,50"));
    m_rate->setObjectName(QStringLiteral("contributionRate"));
    m_vat->setText(QStringLiteral("0"));
    m_bounds->setObjectName(QStringLiteral("rateBounds"));
    m_bounds->setWordWrap(true);
    m_paymentDays->setRange(0, 60);
    m_paymentDays->setValue(30);
    m_vatExemption->setPlaceholderText(tr("Mention printed on lines without VAT (the article of the tax code)"));

    auto* contribution = new QGroupBox(tr("Contribution per worker followed"), this);
    auto* cf = new QFormLayout(contribution);
    cf->addRow(tr("Year:"), m_year);
    cf->addRow(tr("National average cost (€):"), m_average);
    cf->addRow(tr("Rate of the service (€):"), m_rate);
    cf->addRow(tr("VAT on the contribution (%):"), m_vat);
    cf->addRow(QString(), m_bounds);
    auto* saveYear = new QPushButton(tr("Save the contribution"), contribution);
    saveYear->setObjectName(QStringLiteral("saveContribution"));
    cf->addRow(QString(), saveYear);

    auto* identity = new QGroupBox(tr("The service, as seller on its invoices"), this);
    auto* idf = new QFormLayout(identity);
    idf->addRow(tr("Name:"), m_name);
    idf->addRow(tr("Legal form:"), m_legalForm);
    idf->addRow(tr("Street:"), m_street);
    auto* city = new QHBoxLayout;
    city->addWidget(m_postalCode);
    city->addWidget(m_city, 1);
    idf->addRow(tr("Postal code and city:"), city);
    idf->addRow(tr("SIRET:"), m_siret);
    idf->addRow(tr("VAT number:"), m_vatNumber);
    idf->addRow(tr("VAT exemption mention:"), m_vatExemption);
    idf->addRow(tr("Payment within (days):"), m_paymentDays);
    idf->addRow(tr("IBAN:"), m_iban);
    idf->addRow(tr("BIC:"), m_bic);
    idf->addRow(tr("Phone:"), m_phone);
    idf->addRow(tr("E-mail:"), m_email);
    idf->addRow(tr("Website:"), m_website);
    auto* saveId = new QPushButton(tr("Save the identity"), identity);
    idf->addRow(QString(), saveId);

    auto* prices = new QGroupBox(tr("Price list of complementary services"), this);
    auto* pl = new QVBoxLayout(prices);
    m_prices->setObjectName(QStringLiteral("priceTable"));
    m_prices->setHorizontalHeaderLabels({tr("Code"), tr("Label"), tr("Price excl. VAT (€)"), tr("VAT (%)")});
    m_prices->verticalHeader()->setVisible(false);
    m_prices->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_prices->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    auto* addPrice = new QPushButton(tr("Add a service"), prices);
    auto* savePrice = new QPushButton(tr("Save the price list"), prices);
    auto* priceButtons = new QHBoxLayout;
    priceButtons->addWidget(addPrice);
    priceButtons->addWidget(savePrice);
    priceButtons->addStretch(1);
    pl->addWidget(m_prices, 1);
    pl->addLayout(priceButtons);

    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* left = new QVBoxLayout;
    left->addWidget(contribution);
    left->addWidget(prices, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(identity, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(m_year, &QSpinBox::valueChanged, this, &SettingsDialog::loadYear);
    connect(m_average, &QLineEdit::textChanged, this, &SettingsDialog::updateBounds);
    connect(m_rate, &QLineEdit::textChanged, this, &SettingsDialog::updateBounds);
    connect(saveYear, &QPushButton::clicked, this, &SettingsDialog::saveContribution);
    connect(saveId, &QPushButton::clicked, this, &SettingsDialog::saveIdentity);
    connect(savePrice, &QPushButton::clicked, this, &SettingsDialog::savePrices);
    connect(addPrice, &QPushButton::clicked, this, [this] {
        m_prices->insertRow(m_prices->rowCount());
        m_prices->setCurrentCell(m_prices->rowCount() - 1, Code);
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadYear();
    if (auto s = ContributionStore::serviceIdentity(session); s && s.value()) {
        const ServiceIdentity& i = *s.value();
        m_name->setText(i.name);
        m_legalForm->setText(i.legalForm);
        m_street->setText(i.street);
        m_postalCode->setText(i.postalCode);
        m_city->setText(i.city);
        m_siret->setText(formatSiret(i.siret));
        m_vatNumber->setText(i.vatNumber);
        m_vatExemption->setText(i.vatExemption);
        m_paymentDays->setValue(i.paymentDays);
        m_iban->setText(i.iban);
        m_bic->setText(i.bic);
        m_phone->setText(i.phone);
        m_email->setText(i.email);
        m_website->setText(i.website);
    }
    if (auto list = ContributionStore::priceList(session, true); list)
        for (const PriceItem& p : list.value()) {
            const int row = m_prices->rowCount();
            m_prices->insertRow(row);
            m_prices->setItem(row, Code, new QTableWidgetItem(p.code));
            m_prices->setItem(row, Label, new QTableWidgetItem(p.label));
            m_prices->setItem(row, Price, new QTableWidgetItem(formatAmount(p.unitPrice)));
            m_prices->setItem(row, Vat, new QTableWidgetItem(formatAmount(p.vatRateBp)));
        }
    resize(1100, 640);
}

void SettingsDialog::loadYear()
{
    auto y = ContributionStore::year(m_session, m_year->value());
    if (y && y.value()) {
        m_average->setText(formatAmount(y.value()->nationalAverage));
        m_rate->setText(formatAmount(y.value()->rate));
        m_vat->setText(formatAmount(y.value()->vatRateBp));
    } else {
        m_rate->clear();
    }
    updateBounds();
}

void SettingsDialog::updateBounds()
{
    auto average = parseMoney(m_average->text());
    if (!average || average.value() <= 0) {
        m_bounds->setText(tr("Enter the national average cost set by arrêté for the year."));
        return;
    }
    const RateBounds b = rateBounds(average.value());
    QString text = tr("Allowed rate: from %1 to %2 (80 % to 120 %).").arg(formatMoney(b.min), formatMoney(b.max));
    auto rate = parseMoney(m_rate->text());
    const bool outside = rate && (rate.value() < b.min || rate.value() > b.max);
    m_bounds->setText(text);
    m_bounds->setStyleSheet(outside ? QStringLiteral("color:#b00020;") : QStringLiteral("color:#4a5563;"));
}

bool SettingsDialog::saveContribution()
{
    auto average = parseMoney(m_average->text());
    auto rate = parseMoney(m_rate->text());
    const int vat = basisPointsOf(m_vat->text());
    core::Status s;
    if (!average)
        s = average.error();
    else if (!rate)
        s = rate.error();
    else if (vat < 0)
        s = core::Status::fail(core::ErrorCode::Invalid, tr("Invalid VAT rate: %1").arg(m_vat->text()));
    else
        s = ContributionStore::setYear(m_session, ContributionYear{m_year->value(), average.value(), rate.value(), vat});
    showMessage(s ? tr("Contribution for %1 saved.").arg(m_year->value()) : s.error().message, !s);
    return s.ok();
}

bool SettingsDialog::saveIdentity()
{
    ServiceIdentity i;
    i.name = m_name->text();
    i.legalForm = m_legalForm->text();
    i.street = m_street->text();
    i.postalCode = m_postalCode->text();
    i.city = m_city->text();
    i.siret = m_siret->text();
    i.vatNumber = m_vatNumber->text();
    i.vatExemption = m_vatExemption->text();
    i.paymentDays = m_paymentDays->value();
    i.iban = m_iban->text();
    i.bic = m_bic->text();
    i.phone = m_phone->text();
    i.email = m_email->text();
    i.website = m_website->text();
    const core::Status s = ContributionStore::setServiceIdentity(m_session, i);
    showMessage(s ? tr("The service's identity is saved.") : s.error().message, !s);
    return s.ok();
}

bool SettingsDialog::savePrices()
{
    for (int r = 0; r < m_prices->rowCount(); ++r) {
        const auto text = [&](int c) { return m_prices->item(r, c) ? m_prices->item(r, c)->text().trimmed() : QString(); };
        if (text(Code).isEmpty() && text(Label).isEmpty())
            continue;
        auto price = parseMoney(text(Price));
        const int vat = basisPointsOf(text(Vat).isEmpty() ? QStringLiteral("0") : text(Vat));
        core::Status s;
        if (!price)
            s = price.error();
        else if (vat < 0)
            s = core::Status::fail(core::ErrorCode::Invalid, tr("Invalid VAT rate: %1").arg(text(Vat)));
        else
            s = ContributionStore::setPrice(m_session, PriceItem{text(Code), text(Label), price.value(), vat, true});
        if (!s) {
            showMessage(s.error().message, true);
            return false;
        }
    }
    showMessage(tr("Price list saved."), false);
    return true;
}

void SettingsDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#b00020;") : QStringLiteral("color:#1b5e20;"));
}

} // namespace vigie::membership
