#pragma once
// The server's own tables (sync-design.md §4.5): the change log with its commit-ordered, gap-free
// server_seq, the exactly-once table, the devices, the quarantine, the heads of the devices' audit
// chains and the epoch. One class, one set of SQL statements, on either of two databases:
//  - the store's encrypted file itself (the embedded default): the log shares the connection, hence
//    the transaction, of the rows it describes, and begin/commit here do nothing;
//  - PostgreSQL (a postgresql:// location): a connection and transactions of its own. server_seq is
//    then taken from the counter row (UPDATE … RETURNING), whose row lock is held until COMMIT, so
//    that commit order is seq order and a reader that sees seq k sees every seq below it — never a
//    sequence, which skips and commits out of order (sync-design.md §4.5).

#include "core/Result.h"
#include "sync/Protocol.h"
#include "sync/Scope.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace vigie::storage {
class Database;
}

namespace vigie::sync {

// A postgresql:// location, as the configuration and `vigie-server init --store` give it.
struct PostgresLocation {
    static bool isPostgres(const QString& location) { return location.startsWith(QLatin1String("postgresql://")); }
    // postgresql://[user[:password]@][host][:port]/dbname[?host=/socket/folder&sslmode=…]
    static core::Result<PostgresLocation> parse(const QString& location);
    QString host, user, password, database, options;
    int port = 5432;
};

struct LoggedChange {
    qint64 seq = 0;
    int ord = 0;
    QString table, rowId, op;
    qint64 rowVersion = 0;
    QString payload; // compact JSON, empty for a deletion
    RowScope scope;
    QString originDevice, originMutation, hlc;
};

struct DeviceRow {
    QString id, accountId, login, name, credentialSha256, enrolledAt, lastSeen;
    bool revoked = false;
};

class ServerLog
{
public:
    // On the store's own connection (embedded): same transaction as the rows.
    static std::unique_ptr<ServerLog> onDatabase(storage::Database& db);
    // On a PostgreSQL connection of its own; its tables created if absent.
    static core::Result<std::unique_ptr<ServerLog>> onPostgres(const PostgresLocation& location);
    // Creates the tables in an empty PostgreSQL database; refuses one that holds a server log already.
    static core::Status createOnPostgres(const PostgresLocation& location, const QString& epoch);
    // Creates the tables in the embedded store's file (idempotent: stores made before a table existed get it).
    static core::Status createOnDatabase(storage::Database& db);
    ~ServerLog();

    bool separate() const { return m_separate; }
    QSqlDatabase sql() const { return m_sql; }
    // A transaction of the log's own (PostgreSQL); nothing on the embedded store.
    core::Status begin();
    core::Status commit();
    void rollback();

    core::Result<qint64> nextSeq();
    core::Result<qint64> lastSeq();
    core::Status append(const LoggedChange& change);
    // The "table/row id" of every row the log holds.
    core::Result<QSet<QString>> loggedRows();
    // The changes after `cursor`, in order, as an executed forward-only query (one statement, hence
    // one snapshot): server_seq, ord, tbl, row_id, op, row_version, payload, scope_kind, part,
    // worker_id, origin_device.
    core::Result<QSqlQuery> changesAfter(qint64 cursor);

    // The first result of a mutation already received from the device.
    core::Result<std::optional<MutationResult>> recorded(const QString& device, const QString& mutation);
    core::Status markApplied(const QString& device, const QString& mutation, qint64 seq);
    core::Status quarantine(const QString& device, const Mutation& mutation, const QString& reason, const QString& receivedAt);

    core::Status addDevice(const DeviceRow& device);
    core::Result<std::optional<DeviceRow>> device(const QString& id);
    core::Result<QList<DeviceRow>> devices();
    core::Status touch(const QString& device, const QString& when);
    // false for an unknown device.
    core::Result<bool> revoke(const QString& device, const QString& when);

    core::Status addAnchor(const QString& device, const AuditAnchor& head, const QString& receivedAt);
    core::Result<std::optional<AuditAnchor>> lastAnchor(const QString& device);

    QString epoch();
    // A new epoch after a restore, with the last server_seq the restored store holds: what a device
    // had acknowledged beyond it, the restore lost, and the device sends it again.
    core::Status setEpoch(const QString& epoch, qint64 baseSeq);
    // The base of the current epoch (0 for the first epoch, which lost nothing).
    qint64 epochBase();

private:
    ServerLog(QSqlDatabase sql, bool separate, storage::Database* db);
    core::Status exec(QSqlQuery& q);

    QSqlDatabase m_sql;
    bool m_separate;
    storage::Database* m_db; // the embedded store (its meta table holds the epoch), or null
    QString m_connectionName;
};

} // namespace vigie::sync
