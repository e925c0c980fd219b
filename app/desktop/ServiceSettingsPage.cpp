#include "ServiceSettingsPage.h"

#include "RenewalDelaysBox.h"

#include "membership/ContributionStore.h"
#include "scheduling/MailStore.h"
#include "security/Session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie::desktop {

ServiceSettingsPage::ServiceSettingsPage(security::Session& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_name(new QLineEdit(this)),
      m_street(new QLineEdit(this)),
      m_postalCode(new QLineEdit(this)),
      m_city(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_siret(new QLineEdit(this)),
      m_email(new QLineEdit(this)),
      m_website(new QLineEdit(this)),
      m_identityMessage(new QLabel(this)),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_security(new QComboBox(this)),
      m_sender(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_reminder(new QSpinBox(this)),
      m_mailMessage(new QLabel(this))
{
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(new QLabel(tr("<h2>Service settings</h2>"), this));
    auto* columns = new QHBoxLayout;

    auto* identity = new QGroupBox(tr("The service: identity and contact"), this);
    auto* idf = new QFormLayout(identity);
    auto* idHint = new QLabel(tr("Printed on the convocations, the prevention orders and the invoices."), identity);
    idHint->setWordWrap(true);
    idf->addRow(idHint);
    idf->addRow(tr("&Name:"), m_name);
    idf->addRow(tr("&Street:"), m_street);
    idf->addRow(tr("&Postal code:"), m_postalCode);
    idf->addRow(tr("C&ity:"), m_city);
    idf->addRow(tr("P&hone:"), m_phone);
    m_siret->setPlaceholderText(tr("14 digits"));
    idf->addRow(tr("SIRE&T:"), m_siret); // required: the service's identity is also the invoices' seller
    idf->addRow(tr("&E-mail:"), m_email);
    idf->addRow(tr("&Website:"), m_website);
    auto* saveIdentityButton = new QPushButton(tr("Save the &identity"), identity);
    idf->addRow(saveIdentityButton);
    m_identityMessage->setWordWrap(true);
    idf->addRow(m_identityMessage);
    columns->addWidget(identity, 1);

    auto* mail = new QGroupBox(tr("Mail server (convocations and reminders)"), this);
    auto* mf = new QFormLayout(mail);
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security->addItem(tr("STARTTLS (port 587)"), int(scheduling::SmtpSecurity::StartTls));
    m_security->addItem(tr("TLS (port 465)"), int(scheduling::SmtpSecurity::Tls));
    m_security->addItem(tr("None (internal relay only)"), int(scheduling::SmtpSecurity::None));
    m_password->setEchoMode(QLineEdit::Password);
    m_reminder->setRange(1, 14);
    m_reminder->setValue(2);
    m_reminder->setSuffix(tr(" day(s) before"));
    mf->addRow(tr("Ser&ver:"), m_host);
    mf->addRow(tr("P&ort:"), m_port);
    mf->addRow(tr("Encr&yption:"), m_security);
    mf->addRow(tr("Se&nder address:"), m_sender);
    mf->addRow(tr("&User name:"), m_user);
    mf->addRow(tr("Pass&word:"), m_password);
    mf->addRow(tr("&Reminder:"), m_reminder);
    auto* saveMailButton = new QPushButton(tr("Save the &mail server"), mail);
    mf->addRow(saveMailButton);
    m_mailMessage->setWordWrap(true);
    mf->addRow(m_mailMessage);
    columns->addWidget(mail, 1);

    // The renewal delays and the other delays of the service (issue 19 item 3).
    m_delays = new RenewalDelaysBox(session, this);
    columns->addWidget(m_delays, 1);

    outer->addLayout(columns);
    outer->addStretch(1);
    connect(saveIdentityButton, &QPushButton::clicked, this, &ServiceSettingsPage::saveIdentity);
    connect(saveMailButton, &QPushButton::clicked, this, &ServiceSettingsPage::saveMail);
    reload();
}

void ServiceSettingsPage::say(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #b42318;") : QStringLiteral("color: #1d6b3a;"));
}

void ServiceSettingsPage::reload()
{
    if (auto s = membership::ContributionStore::serviceIdentity(m_session); s && s.value()) {
        const membership::ServiceIdentity& i = *s.value();
        m_name->setText(i.name);
        m_street->setText(i.street);
        m_postalCode->setText(i.postalCode);
        m_city->setText(i.city);
        m_phone->setText(i.phone);
        m_siret->setText(i.siret);
        m_email->setText(i.email);
        m_website->setText(i.website);
    } else if (!s) {
        say(m_identityMessage, s.error().message, true);
    }
    if (auto m = scheduling::MailStore::settings(m_session); m && m.value()) {
        const scheduling::SmtpSettings& smtp = *m.value();
        m_host->setText(smtp.host);
        m_port->setValue(smtp.port);
        m_security->setCurrentIndex(m_security->findData(int(smtp.security)));
        m_sender->setText(smtp.sender);
        m_user->setText(smtp.username);
        m_password->setText(smtp.password);
        m_reminder->setValue(smtp.reminderDays);
    } else if (!m) {
        say(m_mailMessage, m.error().message, true);
    }
}

bool ServiceSettingsPage::saveIdentity()
{
    // The invoicing fields (legal form, SIRET, VAT, bank) stay as the membership settings set them.
    membership::ServiceIdentity i;
    if (auto s = membership::ContributionStore::serviceIdentity(m_session); s && s.value())
        i = *s.value();
    i.name = m_name->text().trimmed();
    i.street = m_street->text().trimmed();
    i.postalCode = m_postalCode->text().trimmed();
    i.city = m_city->text().trimmed();
    i.phone = m_phone->text().trimmed();
    i.siret = m_siret->text().trimmed();
    i.email = m_email->text().trimmed();
    i.website = m_website->text().trimmed();
    const core::Status s = membership::ContributionStore::setServiceIdentity(m_session, i);
    say(m_identityMessage, s ? tr("The service's identity is saved.") : s.error().message, !s);
    return bool(s);
}

bool ServiceSettingsPage::saveMail()
{
    scheduling::SmtpSettings smtp;
    smtp.host = m_host->text().trimmed();
    smtp.port = m_port->value();
    smtp.security = scheduling::SmtpSecurity(m_security->currentData().toInt());
    smtp.sender = m_sender->text().trimmed();
    smtp.username = m_user->text().trimmed();
    smtp.password = m_password->text();
    smtp.reminderDays = m_reminder->value();
    const core::Status s = scheduling::MailStore::setSettings(m_session, smtp);
    say(m_mailMessage, s ? tr("The mail server is saved.") : s.error().message, !s);
    return bool(s);
}

} // namespace vigie::desktop
