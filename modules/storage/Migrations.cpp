#include "storage/Migrations.h"

#include "storage/ChangeCapture.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#ifndef VIGIE_VERSION
#define VIGIE_VERSION "0.0.0"
#endif

namespace vigie::storage {
using core::ErrorCode;
using core::Status;

namespace {

Status runOne(Database& db, const Migration& m, int newVersion)
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
    if (s) {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("INSERT INTO _migrations(number, name) VALUES (?, ?)"));
        q.addBindValue(m.number);
        q.addBindValue(m.name);
        if (!q.exec())
            s = Status::fail(ErrorCode::Storage, sqlErrorText(q));
    }
    if (s)
        s = db.execScript(QStringLiteral("PRAGMA user_version = %1").arg(newVersion));
    if (s)
        s = db.setMeta(QStringLiteral("schema_version"), QString::number(newVersion));
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

// The migrations already applied. Modules bring their own migrations, so numbers are tracked one by
// one: a module added later still gets its lower-numbered migration applied.
core::Result<QSet<int>> appliedMigrations(Database& db, int userVersion, const QList<Migration>& known)
{
    if (Status s = db.execScript(QStringLiteral("CREATE TABLE IF NOT EXISTS _migrations (number INTEGER PRIMARY KEY, "
                                                "name TEXT NOT NULL)"));
        !s)
        return s.error();
    QSet<int> applied;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT number FROM _migrations")))
        return core::Error{ErrorCode::Storage, sqlErrorText(q)};
    while (q.next())
        applied.insert(q.value(0).toInt());
    if (applied.isEmpty() && userVersion > 0)
        for (const Migration& m : known) // a file from before the ledger: numbered up to user_version
            if (m.number <= userVersion)
                applied.insert(m.number);
    return applied;
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
    auto applied = appliedMigrations(db, current, all);
    if (!applied)
        return applied.error();
    QSet<int> knownNumbers;
    for (const Migration& m : all)
        knownNumbers.insert(m.number);
    for (int n : applied.value())
        if (!knownNumbers.contains(n))
            return Status::fail(ErrorCode::Storage,
                                QCoreApplication::translate("vigie::storage", "%1 has schema version %2, newer than this version of Vigie knows (%3): "
                                   "install a newer Vigie to open it")
                                    .arg(db.path())
                                    .arg(n)
                                    .arg(latestKnown));
    const int goal = target < 0 ? latestKnown : target;
    QList<Migration> pending;
    for (const Migration& m : all)
        if (!applied.value().contains(m.number) && m.number <= goal)
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
    int version = current;
    for (const Migration& m : pending) {
        version = std::max(version, m.number);
        if (Status s = runOne(db, m, version); !s)
            return s;
    }
    return {};
}

} // namespace vigie::storage
