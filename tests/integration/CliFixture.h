#pragma once
// Runs vigie-cli and the independent SQLCipher shell for the integration tests.

#include "TestSupport.h"

#include <QTemporaryDir>

namespace vigie::test {

inline const QByteArray DemoPassword = "Demo-Vigie-2026!";

struct Cli {
    QTemporaryDir dir;
    QString pw = dir.filePath(QStringLiteral("pw"));

    Cli() { writeFile(pw, DemoPassword + '\n'); }

    static void writeFile(const QString& path, const QByteArray& content)
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
    }
    QString file(const QString& name) const { return dir.filePath(name); }

    ProcessResult run(const QStringList& args, const QByteArray& input = {}) const
    {
        return test::run(binDir() + QStringLiteral("/vigie-cli"), args, input);
    }
    // Runs a command as `user` on `db` with the password file `pwFile` (default: the demo password).
    ProcessResult as(const QString& db, const QString& user, const QStringList& command, const QString& pwFile = {}) const
    {
        return run(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                               QStringLiteral("--password-file"), pwFile.isEmpty() ? pw : pwFile} +
                   command);
    }
    // Demo data dated from the real day (delegations and visits are relative to it), or from a pinned
    // day when two runs must give identical data.
    ProcessResult demo(const QString& db, int workers, int seed = 3, const QString& pinnedDay = {}) const
    {
        QStringList args{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--password-file"), pw,
                         QStringLiteral("--workers"), QString::number(workers), QStringLiteral("--establishments"),
                         QStringLiteral("20"), QStringLiteral("--seed"), QString::number(seed)};
        if (!pinnedDay.isEmpty())
            args << QStringLiteral("--today") << pinnedDay;
        return run(args);
    }
    // The independent SQLCipher 4 shell, keyed with the raw key and the cipher settings `key show` printed.
    static ProcessResult shell(const QString& db, const QByteArray& keyHex, const QByteArray& settings,
                               const QByteArray& sql)
    {
        return test::run(binDir() + QStringLiteral("/sqlcipher-shell"), {db},
                         "PRAGMA key = \"x'" + keyHex + "'\";\n" + settings + "\n" + sql);
    }
    static QByteArray lastLine(const QByteArray& out) { return out.trimmed().split('\n').last(); }
    // The shell's rows without the "ok" that SQLCipher prints for `PRAGMA key`.
    static QByteArray rows(const QByteArray& out) { return out.startsWith("ok\n") ? out.mid(3) : out; }
};

} // namespace vigie::test
