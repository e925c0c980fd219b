// vigie: the desktop application. Sign in, then the main window.
//
//   vigie [--db PATH] [--user LOGIN [--password-file FILE]] [--smoke-test]
//
// The database is --db, else $VIGIE_DB, else <AppDataLocation>/vigie.db (the CLI's rule).
// --smoke-test builds the sign-in dialog and the main window (signed in when --user and
// --password-file are given), processes events once and exits: `./dev run` uses it to check that the
// application starts on a machine without a display (offscreen platform).
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Modules.h"
#include "Translations.h"

#include "core/Clock.h"
#include "security/Session.h"
#include "ui/ModuleRegistry.h"

#include "vigie/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace vigie::desktop {
namespace {

QString databasePath(const QCommandLineParser& parser, const QCommandLineOption& db)
{
    if (parser.isSet(db))
        return parser.value(db);
    const QString env = qEnvironmentVariable("VIGIE_DB");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("vigie.db"));
}

// First line of the file, newline stripped (same convention as vigie-cli --password-file).
core::Result<QString> readPasswordFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{core::ErrorCode::Storage,
                                  QCoreApplication::translate("vigie::desktop", "Cannot read the password file %1: %2").arg(path, file.errorString())};
    QString line = QString::fromUtf8(file.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

void printError(const QString& message)
{
    std::fprintf(stderr, "vigie: %s\n", message.toLocal8Bit().constData());
}

// Fills the dialog with --user and the password file, and tries to sign in. False with the message
// shown in the dialog (and returned in `error`) on refusal.
bool signInFromOptions(LoginDialog& dialog, const QString& user, const QString& passwordFile,
                       core::Error& error)
{
    dialog.loginField()->setText(user);
    if (passwordFile.isEmpty())
        return false;
    auto password = readPasswordFile(passwordFile);
    if (!password) {
        error = password.error();
        return false;
    }
    dialog.passwordField()->setText(password.value());
    if (dialog.attemptSignIn())
        return true;
    error = dialog.lastError().value_or(core::Error{core::ErrorCode::AuthFailed, dialog.errorText()});
    return false;
}
} // namespace

// The whole program, inside the namespace so that lupdate gives its strings the "vigie::desktop" context.
int run(int argc, char** argv)
{
    // Without a display the smoke test (and --help) must still run: choose the offscreen platform
    // before Qt picks one it cannot open.
    bool headlessOk = false;
    for (int i = 1; i < argc; ++i)
        headlessOk = headlessOk || std::strcmp(argv[i], "--smoke-test") == 0 || std::strcmp(argv[i], "--help") == 0 ||
                     std::strcmp(argv[i], "--version") == 0 ||
                     std::strcmp(argv[i], "-h") == 0;
    if (headlessOk && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vigie"));
    QApplication::setApplicationName(QStringLiteral("vigie"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vigie"));
    QApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION_STRING));
    i18n::install(app, i18n::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("vigie::desktop", "Vigie, the occupational health service's desktop application."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("vigie::desktop", "Database file to open."), QCoreApplication::translate("vigie::desktop", "PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"), QCoreApplication::translate("vigie::desktop", "Login to sign in with."), QCoreApplication::translate("vigie::desktop", "LOGIN"));
    const QCommandLineOption passwordOption(QStringLiteral("password-file"),
                                            QCoreApplication::translate("vigie::desktop", "File whose first line is the password (with --user)."), QCoreApplication::translate("vigie::desktop", "FILE"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke-test"),
                                         QCoreApplication::translate("vigie::desktop", "Build the windows, process events once and exit (no display needed)."));
    parser.addOptions({dbOption, userOption, passwordOption, smokeOption});
    parser.process(app);

    const QString db = databasePath(parser, dbOption);
    const QString user = parser.value(userOption);
    const QString passwordFile = parser.value(passwordOption);
    core::SystemClock clock; // declared first: the session keeps a reference to it
    ui::ModuleRegistry registry;
    registerAllModules(registry);

    if (parser.isSet(smokeOption)) {
        std::unique_ptr<security::Session> session;
        LoginDialog dialog(db, clock);
        if (!user.isEmpty() || !passwordFile.isEmpty()) {
            if (user.isEmpty() || passwordFile.isEmpty()) {
                printError(QCoreApplication::translate("vigie::desktop", "--smoke-test signs in only with both --user and --password-file"));
                return 2;
            }
            core::Error error{core::ErrorCode::AuthFailed, {}};
            if (!signInFromOptions(dialog, user, passwordFile, error)) {
                printError(error.message);
                return static_cast<int>(error.code);
            }
            session = dialog.takeSession();
        } else {
            dialog.show();
        }
        MainWindow window(session.get(), db, registry, clock);
        window.show();
        QCoreApplication::processEvents();
        QTextStream(stdout) << QCoreApplication::translate("vigie::desktop", "Smoke test passed: platform %1, database %2, %3")
                                   .arg(QGuiApplication::platformName(), QDir::toNativeSeparators(db),
                                        session ? QCoreApplication::translate("vigie::desktop", "signed in as %1").arg(session->account().login)
                                                : QCoreApplication::translate("vigie::desktop", "not signed in"))
                            << Qt::endl;
        return 0;
    }

    // Sign in, work, and sign in again when the session ends (12 hours, 5 wrong unlock passwords, or
    // "Sign out" on the lock screen). Quitting ends the loop.
    bool firstAttempt = true;
    QString notice;
    for (;;) {
        LoginDialog dialog(db, clock);
        core::Error ignored{core::ErrorCode::AuthFailed, {}};
        const bool signedIn = firstAttempt && !user.isEmpty() && signInFromOptions(dialog, user, passwordFile, ignored);
        if (!signedIn) {
            if (firstAttempt && !ignored.message.isEmpty() && dialog.errorText().isEmpty())
                printError(ignored.message); // e.g. unreadable password file: say why the dialog asks
            if (!notice.isEmpty()) {
                dialog.loginField()->setText(user);
                dialog.errorLabel()->setText(notice);
                dialog.errorLabel()->setVisible(true);
            }
            if (dialog.exec() != QDialog::Accepted)
                return 0;
        }
        firstAttempt = false;
        std::unique_ptr<security::Session> session = dialog.takeSession();
        bool again = false;
        {
            MainWindow window(session.get(), db, registry, clock);
            QObject::connect(&window, &MainWindow::sessionExpired, &window, [&] {
                again = true;
                notice = QCoreApplication::translate("vigie::desktop", "Your session has ended: sign in again.");
            });
            QObject::connect(&window, &MainWindow::signOutRequested, &window, [&] {
                again = true;
                notice.clear();
            });
            window.show();
            window.startSync();
            app.exec();
        } // the window and its pages go before the session they use
        session.reset();
        if (!again)
            return 0;
    }
}

} // namespace vigie::desktop

int main(int argc, char** argv)
{
    return vigie::desktop::run(argc, argv);
}
