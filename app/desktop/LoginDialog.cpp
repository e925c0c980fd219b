#include "LoginDialog.h"

#include "security/AccountStore.h"
#include "security/SignIn.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie::desktop {

LoginDialog::LoginDialog(QString databasePath, const core::Clock& clock, QWidget* parent)
    : QDialog(parent),
      m_databasePath(std::move(databasePath)),
      m_clock(clock),
      m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_error(new QLabel(this)),
      m_signIn(new QPushButton(tr("Sign in"), this)),
      m_choose(new QWidget(this)),
      m_newPassword(new QLineEdit(m_choose)),
      m_newConfirmation(new QLineEdit(m_choose))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Vigie — Sign in"));

    auto* title = new QLabel(QStringLiteral("Vigie"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Occupational health service"), this);
    subtitle->setStyleSheet(QStringLiteral("QLabel { color:#4a5563; }"));

    m_login->setObjectName(QStringLiteral("loginField"));
    m_login->setMaxLength(64);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    // Choosing one's own password after an administrator set one (hidden until then).
    m_newPassword->setObjectName(QStringLiteral("newPasswordField"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword->setMaxLength(256);
    m_newPassword->setPlaceholderText(tr("At least 12 characters"));
    m_newConfirmation->setObjectName(QStringLiteral("newPasswordConfirmationField"));
    m_newConfirmation->setEchoMode(QLineEdit::Password);
    m_newConfirmation->setMaxLength(256);
    auto* chooseLayout = new QVBoxLayout(m_choose);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    auto* chooseText = new QLabel(tr("Your password was set by an administrator. Choose your own password: nobody "
                                     "else will know it."),
                                  m_choose);
    chooseText->setWordWrap(true);
    chooseLayout->addWidget(chooseText);
    auto* chooseForm = new QFormLayout;
    chooseForm->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    chooseForm->addRow(tr("&New password:"), m_newPassword);
    chooseForm->addRow(tr("Con&firmation:"), m_newConfirmation);
    chooseLayout->addLayout(chooseForm);
    m_choose->setVisible(false);

    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color:#b00020; font-weight:bold; }"));
    m_error->setVisible(false);

    const QFileInfo file(m_databasePath);
    auto* database = new QLabel(tr("Database: %1").arg(file.fileName()), this);
    database->setObjectName(QStringLiteral("databaseName"));
    database->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    database->setStyleSheet(QStringLiteral("QLabel { color:#4a5563; }"));

    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    // accepted() stays unconnected: the button signs in first, and only a success accepts.
    connect(m_signIn, &QPushButton::clicked, this, [this] { attemptSignIn(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_choose);
    layout->addWidget(m_error);
    layout->addWidget(database);
    layout->addSpacing(4);
    layout->addWidget(buttons);

    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_signIn);
    m_login->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);
}

LoginDialog::~LoginDialog() = default;

std::unique_ptr<security::Session> LoginDialog::takeSession()
{
    return std::move(m_session);
}

QString LoginDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void LoginDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool LoginDialog::attemptSignIn()
{
    if (m_pending)
        return chooseOwnPassword();
    const QString login = m_login->text().trimmed();
    m_lastError.reset();
    if (login.isEmpty()) {
        m_lastError = core::Error{core::ErrorCode::Usage, tr("Enter your login.")};
        showError(m_lastError->message);
        m_login->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (m_password->text().isEmpty()) {
        m_lastError = core::Error{core::ErrorCode::Usage, tr("Enter your password.")};
        showError(m_lastError->message);
        m_password->setFocus(Qt::OtherFocusReason);
        return false;
    }

    // Unwrapping the key (Argon2id) takes a moment: say so, and refuse a second click meanwhile.
    m_signIn->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = security::signIn(m_databasePath, login, m_password->text(), m_clock);
    QApplication::restoreOverrideCursor();
    m_signIn->setEnabled(true);
    m_password->clear(); // never kept in the widget longer than the attempt

    if (!session) {
        m_lastError = session.error();
        showError(session.error().message);
        m_password->setFocus(Qt::OtherFocusReason);
        return false;
    }
    showError({});
    if (session.value()->mustChangePassword()) {
        // Signed in, but with the administrator's password: nothing opens before the person's own.
        m_pending = std::move(session.value());
        m_login->setEnabled(false);
        m_password->setEnabled(false);
        m_choose->setVisible(true);
        m_signIn->setText(tr("Save and sign in"));
        m_newPassword->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_session = std::move(session.value());
    accept();
    return true;
}

bool LoginDialog::chooseOwnPassword()
{
    m_lastError.reset();
    const QString chosen = m_newPassword->text();
    const bool same = chosen == m_newConfirmation->text();
    m_newConfirmation->clear();
    if (!same) {
        m_lastError = core::Error{core::ErrorCode::Invalid, tr("The password and its confirmation differ.")};
        showError(m_lastError->message);
        m_newConfirmation->setFocus(Qt::OtherFocusReason);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status changed = security::AccountStore::changePassword(*m_pending, m_pending->account().login, chosen);
    QApplication::restoreOverrideCursor();
    m_newPassword->clear();
    if (!changed) {
        m_lastError = changed.error();
        showError(changed.error().message);
        m_newPassword->setFocus(Qt::OtherFocusReason);
        return false;
    }
    showError({});
    m_session = std::move(m_pending);
    accept();
    return true;
}

} // namespace vigie::desktop
