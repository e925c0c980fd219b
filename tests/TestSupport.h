#pragma once
// Helpers shared by the test suites: temporary encrypted databases, reading files, running tools.

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/SecretKey.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace vigie::test {

inline QString binDir() { return qEnvironmentVariable("VIGIE_BIN_DIR"); }

// A new encrypted database in its own temporary folder, migrated to the latest schema.
struct TempDatabase {
    QTemporaryDir dir;
    storage::SecretKey key = storage::SecretKey::random();
    QString path = dir.filePath(QStringLiteral("test.db"));
    std::unique_ptr<storage::Database> db;

    explicit TempDatabase(int migrateTo = -1)
    {
        storage::Database::Options o;
        o.mode = storage::Database::Mode::CreateNew;
        o.migrateTo = migrateTo;
        auto r = storage::Database::open(path, key, o);
        if (!r)
            qFatal("cannot create test database: %s", qPrintable(r.error().message));
        db = std::move(r.value());
    }
    void reopen(int migrateTo = -1)
    {
        db.reset();
        storage::Database::Options o;
        o.migrateTo = migrateTo;
        auto r = storage::Database::open(path, key, o);
        if (!r)
            qFatal("cannot reopen test database: %s", qPrintable(r.error().message));
        db = std::move(r.value());
    }
};

inline QVariant scalar(storage::Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ProcessResult run(const QString& program, const QStringList& args, const QByteArray& input = {},
                         int timeoutMs = 300000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted())
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// Standard one-row enterprise insert respecting the table conventions (for change-capture tests).
inline bool insertEnterprise(storage::Database& db, const QString& id, const QString& siren, const QString& name)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO enterprises(id, siren, name, hlc, updated_by) VALUES (?, ?, ?, '0', 'test')"));
    q.addBindValue(id);
    q.addBindValue(siren);
    q.addBindValue(name);
    return q.exec();
}

} // namespace vigie::test
