#pragma once
// The command-line context: global options, one-line errors mapped to the exit codes of
// cli-contract.md, password reading, and signing in as --user under the same policy as the desktop.

#include "core/Clock.h"
#include "core/Result.h"
#include "security/Session.h"

#include <QMap>
#include <QStringList>

#include <memory>

namespace vigie::cli {

enum Exit { Success = 0, Invalid = 1, Usage = 2, Denied = 3, AuthFailed = 4, Storage = 5 };

// Options after a command: "--name value" pairs and bare flags; the rest are positional arguments.
class CommandArgs
{
public:
    // `valued` lists the options that take a value, `flags` those that do not. Unknown → usage error.
    static core::Result<CommandArgs> parse(const QStringList& args, const QStringList& valued,
                                           const QStringList& flags = {});
    bool has(const QString& name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const { return m_values.value(name, fallback); }
    core::Result<int> intValue(const QString& name, int fallback, int min, int max) const;
    core::Result<QString> required(const QString& name) const;
    const QStringList& positional() const { return m_positional; }

private:
    QMap<QString, QString> m_values;
    QStringList m_flags;
    QStringList m_positional;
};

class Cli
{
public:
    Cli(QString db, QString user, QString passwordFile, const core::Clock& clock);

    const QString& databasePath() const { return m_db; }
    const QString& globalPasswordFile() const { return m_passwordFile; }
    const QString& user() const { return m_user; }
    const core::Clock& clock() const { return m_clock; }

    // First line of `file` (newline stripped), or standard input without echo when `file` is empty.
    core::Result<QString> readPassword(const QString& file, const QString& prompt) const;
    // Signs in as --user with the global password (file or standard input). A password set by an
    // administrator is refused (exit 4, saying how to choose one's own) unless the command is the
    // one that replaces it (`allowTemporaryPassword`).
    core::Result<std::unique_ptr<security::Session>> signIn(bool allowTemporaryPassword = false);
    // The same, the session living at `clock`'s time (a command's --today): `clock` outlives the session.
    core::Result<std::unique_ptr<security::Session>> signIn(const core::Clock& clock, bool allowTemporaryPassword = false);

    int fail(const core::Error& error) const;   // prints the one-line message, returns the exit code
    int usage(const QString& message) const;
    void out(const QString& line) const;        // one line on standard output
    void err(const QString& line) const;        // one line on standard error

private:
    QString m_db;
    QString m_user;
    QString m_passwordFile;
    const core::Clock& m_clock;
};

QString defaultDatabasePath();

} // namespace vigie::cli
