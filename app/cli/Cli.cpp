#include "Cli.h"

#include "security/SignIn.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace vigie::cli {
using core::Error;
using core::ErrorCode;
using core::Result;


QString defaultDatabasePath()
{
    const QString env = qEnvironmentVariable("VIGIE_DB");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("vigie.db"));
}

Result<CommandArgs> CommandArgs::parse(const QStringList& args, const QStringList& valued, const QStringList& flags)
{
    CommandArgs out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            if (valued.contains(a)) {
                if (i + 1 >= args.size())
                    return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::cli", "The option %1 needs a value").arg(a)};
                out.m_values.insert(a, args.at(++i));
            } else if (flags.contains(a)) {
                out.m_flags << a;
            } else {
                return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::cli", "Unknown option: %1").arg(a)};
            }
        } else {
            out.m_positional << a;
        }
    }
    return out;
}

Result<int> CommandArgs::intValue(const QString& name, int fallback, int min, int max) const
{
    if (!m_values.contains(name))
        return fallback;
    bool ok = false;
    const int v = m_values.value(name).toInt(&ok);
    if (!ok || v < min || v > max)
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("vigie::cli", "Invalid value for %1: \"%2\" (a number from %3 to %4 is expected)")
                         .arg(name, m_values.value(name))
                         .arg(min)
                         .arg(max)};
    return v;
}

Result<QString> CommandArgs::required(const QString& name) const
{
    if (!m_values.contains(name) || m_values.value(name).isEmpty())
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::cli", "The option %1 is required").arg(name)};
    return m_values.value(name);
}

Cli::Cli(QString db, QString user, QString passwordFile, const core::Clock& clock)
    : m_db(std::move(db)), m_user(std::move(user)), m_passwordFile(std::move(passwordFile)), m_clock(clock)
{
}

Result<QString> Cli::readPassword(const QString& file, const QString& prompt) const
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::cli", "Unable to read the password file %1").arg(file)};
        QString line = QString::fromUtf8(f.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        return line;
    }
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::cerr << prompt.toStdString() << std::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << std::endl;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

Result<std::unique_ptr<security::Session>> Cli::signIn(bool allowTemporaryPassword)
{
    return signIn(m_clock, allowTemporaryPassword);
}

Result<std::unique_ptr<security::Session>> Cli::signIn(const core::Clock& clock, bool allowTemporaryPassword)
{
    if (m_user.isEmpty())
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::cli", "This command needs --user LOGIN")};
    auto password = readPassword(m_passwordFile, QCoreApplication::translate("vigie::cli", "Password for %1: ").arg(m_user));
    if (!password)
        return password.error();
    auto session = security::signIn(m_db, m_user, password.value(), clock);
    if (session && session.value()->mustChangePassword() && !allowTemporaryPassword)
        return Error{ErrorCode::AuthFailed,
                     QCoreApplication::translate("vigie::cli", "The password of %1 was set by an administrator: choose your own first "
                                                               "with: vigie-cli --user %1 user passwd --login %1")
                         .arg(m_user)};
    return session;
}

int Cli::fail(const Error& error) const
{
    QString message = error.message;
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err(QStringLiteral("vigie-cli: ") + message);
    return int(error.code);
}

int Cli::usage(const QString& message) const { return fail(Error{ErrorCode::Usage, message}); }

void Cli::out(const QString& line) const
{
    const QByteArray b = line.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
}

void Cli::err(const QString& line) const
{
    const QByteArray b = line.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fflush(stderr);
}

} // namespace vigie::cli
