#include "sync/PostgresDump.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

namespace vigie::sync::PostgresDump {
using core::ErrorCode;
using core::Status;

namespace {
QStringList connection(const PostgresLocation& l)
{
    QStringList args{QStringLiteral("--host"), l.host, QStringLiteral("--port"), QString::number(l.port), QStringLiteral("--dbname"), l.database};
    if (!l.user.isEmpty())
        args << QStringLiteral("--username") << l.user;
    return args;
}

// Runs a PostgreSQL program; its error output in the message when it fails.
Status run(const QString& program, const QStringList& args, const PostgresLocation* location, QByteArray* output = nullptr)
{
    QProcess p;
    if (location && !location->password.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), location->password); // never on the command line
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    if (!p.waitForStarted())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "Cannot run %1 (is postgresql-client installed?)").arg(program));
    p.closeWriteChannel();
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "%1 failed: %2")
                                                    .arg(program, QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    if (output)
        *output = p.readAllStandardOutput();
    return {};
}
} // namespace

Status write(const PostgresLocation& location, const QString& out)
{
    if (QFile::exists(out))
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "The file %1 already exists; it is left untouched").arg(out));
    if (Status s = run(QStringLiteral("pg_dump"), connection(location) + QStringList{QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                                                                                      QStringLiteral("--file"), out},
                       &location);
        !s) {
        QFile::remove(out);
        return s;
    }
    QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status s = check(out); !s) {
        QFile::remove(out);
        return s;
    }
    return {};
}

Status check(const QString& dump)
{
    QByteArray contents;
    if (Status s = run(QStringLiteral("pg_restore"), {QStringLiteral("--list"), dump}, nullptr, &contents); !s)
        return s;
    if (!contents.contains("TABLE DATA public _srv_change_log"))
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "The archive %1 holds no server log").arg(dump));
    return {};
}

Status restore(const PostgresLocation& location, const QString& dump)
{
    return run(QStringLiteral("pg_restore"), connection(location) + QStringList{QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                                                                                QStringLiteral("--single-transaction"), QStringLiteral("--no-owner"),
                                                                                QStringLiteral("--exit-on-error"), dump},
               &location);
}

} // namespace vigie::sync::PostgresDump
