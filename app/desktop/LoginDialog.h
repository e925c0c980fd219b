#pragma once
// Signing in to the workstation's database: login and password, checked by security::signIn (the
// same policy as the CLI: key ring, throttling, audit). A refusal shows the message under the fields,
// keeps the login typed and clears the password.

#include "core/Result.h"
#include "security/Session.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vigie::core {
class Clock;
}

namespace vigie::desktop {

class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    // `clock` must outlive the dialog and the session it yields.
    LoginDialog(QString databasePath, const core::Clock& clock, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // After accept(): the signed-in session (null before, or once taken).
    std::unique_ptr<security::Session> takeSession();
    const QString& databasePath() const { return m_databasePath; }

    QLineEdit* loginField() const { return m_login; }
    QLineEdit* passwordField() const { return m_password; }
    QPushButton* signInButton() const { return m_signIn; }
    QLabel* errorLabel() const { return m_error; }
    // Shown after signing in with a password an administrator set: the person's own, twice.
    QLineEdit* newPasswordField() const { return m_newPassword; }
    QLineEdit* newPasswordConfirmationField() const { return m_newConfirmation; }
    bool choosingPassword() const { return m_pending != nullptr; }
    // The message under the fields (empty when none), and the refusal it comes from.
    QString errorText() const;
    const std::optional<core::Error>& lastError() const { return m_lastError; }

    // What the "Sign in" button does: true and accept() on success; false with the message shown.
    bool attemptSignIn();

private:
    void showError(const QString& message);

    QString m_databasePath;
    const core::Clock& m_clock;
    std::unique_ptr<security::Session> m_session;
    std::optional<core::Error> m_lastError;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_signIn;
    // A password set by an administrator: the session waits until the person has chosen their own.
    std::unique_ptr<security::Session> m_pending;
    QWidget* m_choose;
    QLineEdit* m_newPassword;
    QLineEdit* m_newConfirmation;
    bool chooseOwnPassword();
};

} // namespace vigie::desktop
