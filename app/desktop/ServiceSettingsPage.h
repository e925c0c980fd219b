#pragma once
// The administrator's settings of the service, on screen (issue 19 item 3): its identity and contact
// (printed on convocations, prevention orders and invoices) and the mail server that sends the
// convocations and their reminders (until now only `vigie-cli mail set`). Each group is saved on its
// own, through its store (ContributionStore, MailStore: Administration module, audited); a refusal is
// shown in French below the group with its reason.

#include "ui/ModuleRegistry.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace vigie::security {
class Session;
}

namespace vigie::desktop {
class RenewalDelaysBox;

class ServiceSettingsPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT
public:
    explicit ServiceSettingsPage(security::Session& session, QWidget* parent = nullptr);

    bool saveIdentity();
    bool saveMail();
    void reload();

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* streetField() const { return m_street; }
    QLineEdit* postalCodeField() const { return m_postalCode; }
    QLineEdit* cityField() const { return m_city; }
    QLineEdit* phoneField() const { return m_phone; }
    QLineEdit* siretField() const { return m_siret; }
    QLineEdit* emailField() const { return m_email; }
    QLineEdit* hostField() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QComboBox* securityBox() const { return m_security; }
    QLineEdit* senderField() const { return m_sender; }
    QLineEdit* userField() const { return m_user; }
    QLineEdit* passwordField() const { return m_password; }
    QSpinBox* reminderBox() const { return m_reminder; }
    QLabel* identityMessage() const { return m_identityMessage; }
    QLabel* mailMessage() const { return m_mailMessage; }
    RenewalDelaysBox* delaysBox() const { return m_delays; }

private:
    void say(QLabel* label, const QString& text, bool error);

    security::Session& m_session;
    QLineEdit* m_name;
    QLineEdit* m_street;
    QLineEdit* m_postalCode;
    QLineEdit* m_city;
    QLineEdit* m_phone;
    QLineEdit* m_siret;
    QLineEdit* m_email;
    QLineEdit* m_website;
    QLabel* m_identityMessage;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_sender;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QSpinBox* m_reminder;
    QLabel* m_mailMessage;
    RenewalDelaysBox* m_delays = nullptr;
};

} // namespace vigie::desktop
