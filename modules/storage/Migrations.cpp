#include "storage/Migrations.h"

#include "storage/ChangeCapture.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#ifndef VIGIE_VERSION
#define VIGIE_VERSION "0.0.0"
#endif

namespace vigie::storage {
using core::ErrorCode;
using core::Status;

namespace {

Status runOne(Database& db, const Migration& m)
{
    QFile file(m.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Migration %1 is unreadable").arg(m.number));
    const QString script = QString::fromUtf8(file.readAll());

    Transaction tx(db);
    if (!tx.active())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to start migration %1 (database busy?)").arg(m.number));
    Status s = db.execScript(script);
    if (s)
        s = ChangeCapture::installTriggers(db);
    if (s)
        s = db.execScript(QStringLiteral("PRAGMA user_version = %1").arg(m.number));
    if (s)
        s = db.setMeta(QStringLiteral("schema_version"), QString::number(m.number));
    if (s)
        s = db.setMeta(QStringLiteral("written_by"), QStringLiteral(VIGIE_VERSION));
    if (s)
        s = tx.commit();
    if (!s)
        return Status::fail(ErrorCode::Storage,
                            QCoreApplication::translate("vigie::storage", "Migration %1 (%2) failed, the database is unchanged: %3")
                                .arg(m.number)
                                .arg(m.name, s.error().message));
    return {};
}
} // namespace

QList<Migration> Migrations::available()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(entry);
        if (match.hasMatch())
            out.append({match.captured(1).toInt(), match.captured(2), dir.filePath(entry)});
    }
    std::sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) { return a.number < b.number; });
    return out;
}

int Migrations::latest()
{
    const auto all = available();
    return all.isEmpty() ? 0 : all.last().number;
}

QString Migrations::backupPathFor(const QString& databasePath, int fromVersion)
{
    return databasePath + QStringLiteral(".schema%1.bak").arg(fromVersion);
}

Status Migrations::migrate(Database& db, int target, bool backupFirst)
{
    const QList<Migration> all = available();
    const int latestKnown = all.isEmpty() ? 0 : all.last().number;
    const int current = db.schemaVersion();
    if (current < 0)
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to read the schema version of %1").arg(db.path()));
    if (current > latestKnown)
        return Status::fail(ErrorCode::Storage,
                            QCoreApplication::translate("vigie::storage", "%1 has schema version %2, newer than this version of Vigie knows (%3): "
                               "install a newer Vigie to open it")
                                .arg(db.path())
                                .arg(current)
                                .arg(latestKnown));
    const int goal = target < 0 ? latestKnown : target;
    QList<Migration> pending;
    for (const Migration& m : all)
        if (m.number > current && m.number <= goal)
            pending.append(m);
    if (pending.isEmpty())
        return {};

    if (backupFirst && current > 0) {
        // The WAL is folded into the main file first so that the copy is complete on its own.
        if (Status s = db.execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
            return s;
        const QString backup = backupPathFor(db.path(), current);
        QFile::remove(backup);
        if (!QFile::copy(db.path(), backup))
            return Status::fail(ErrorCode::Storage,
                                QCoreApplication::translate("vigie::storage", "Unable to back up %1 to %2 before migrating").arg(db.path(), backup));
    }
    for (const Migration& m : pending) {
        if (Status s = runOne(db, m); !s)
            return s;
    }
    return {};
}

} // namespace vigie::storage
