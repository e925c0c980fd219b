#include "sync/ServerLog.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace vigie::sync {
using core::Error;
using core::ErrorCode;
using core::Status;

namespace {
// The tables in the embedded store's file (SQLite). Created by EmbeddedServerStore::create.
const char* const SqliteTables = R"(
CREATE TABLE IF NOT EXISTS _srv_counter (id INTEGER PRIMARY KEY CHECK (id = 1), v INTEGER NOT NULL);
INSERT OR IGNORE INTO _srv_counter(id, v) VALUES (1, 0);
CREATE TABLE IF NOT EXISTS _srv_change_log (
    server_seq INTEGER NOT NULL, ord INTEGER NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')), row_version INTEGER NOT NULL, payload TEXT,
    scope_kind INTEGER NOT NULL, part INTEGER NOT NULL, worker_id TEXT NOT NULL,
    origin_device TEXT NOT NULL, origin_mutation TEXT NOT NULL, hlc TEXT NOT NULL,
    PRIMARY KEY (server_seq, ord)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS _srv_change_log_row ON _srv_change_log(tbl, row_id);
CREATE TABLE IF NOT EXISTS _srv_applied_mutation (
    device_id TEXT NOT NULL, mutation_id TEXT NOT NULL, server_seq INTEGER NOT NULL,
    status TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (device_id, mutation_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS _srv_devices (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, login TEXT NOT NULL, name TEXT NOT NULL,
    credential_sha256 TEXT NOT NULL, enrolled_at TEXT NOT NULL, last_seen TEXT, revoked_at TEXT
);
CREATE TABLE IF NOT EXISTS _srv_quarantine (
    device_id TEXT NOT NULL, mutation_id TEXT NOT NULL, received_at TEXT NOT NULL,
    reason TEXT NOT NULL, mutation TEXT NOT NULL, PRIMARY KEY (device_id, mutation_id)
);
CREATE TABLE IF NOT EXISTS _srv_audit_anchor (
    id INTEGER PRIMARY KEY, device_id TEXT NOT NULL, audit_count INTEGER NOT NULL,
    audit_hash TEXT NOT NULL, received_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS _srv_audit_anchor_device ON _srv_audit_anchor(device_id, id);
)";

// The same tables in PostgreSQL: 64-bit sequence numbers, an identity column for the anchors, and
// the epoch in a table of its own (the embedded store keeps it in its file's meta table).
const char* const PostgresTables = R"(
CREATE TABLE IF NOT EXISTS _srv_counter (id INTEGER PRIMARY KEY CHECK (id = 1), v BIGINT NOT NULL);
INSERT INTO _srv_counter(id, v) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
CREATE TABLE IF NOT EXISTS _srv_change_log (
    server_seq BIGINT NOT NULL, ord INTEGER NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')), row_version BIGINT NOT NULL, payload TEXT,
    scope_kind INTEGER NOT NULL, part INTEGER NOT NULL, worker_id TEXT NOT NULL,
    origin_device TEXT NOT NULL, origin_mutation TEXT NOT NULL, hlc TEXT NOT NULL,
    PRIMARY KEY (server_seq, ord)
);
CREATE INDEX IF NOT EXISTS _srv_change_log_row ON _srv_change_log(tbl, row_id);
CREATE TABLE IF NOT EXISTS _srv_applied_mutation (
    device_id TEXT NOT NULL, mutation_id TEXT NOT NULL, server_seq BIGINT NOT NULL,
    status TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (device_id, mutation_id)
);
CREATE TABLE IF NOT EXISTS _srv_devices (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, login TEXT NOT NULL, name TEXT NOT NULL,
    credential_sha256 TEXT NOT NULL, enrolled_at TEXT NOT NULL, last_seen TEXT, revoked_at TEXT
);
CREATE TABLE IF NOT EXISTS _srv_quarantine (
    device_id TEXT NOT NULL, mutation_id TEXT NOT NULL, received_at TEXT NOT NULL,
    reason TEXT NOT NULL, mutation TEXT NOT NULL, PRIMARY KEY (device_id, mutation_id)
);
CREATE TABLE IF NOT EXISTS _srv_audit_anchor (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, device_id TEXT NOT NULL,
    audit_count BIGINT NOT NULL, audit_hash TEXT NOT NULL, received_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS _srv_audit_anchor_device ON _srv_audit_anchor(device_id, id);
CREATE TABLE IF NOT EXISTS _srv_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)";

// A string bound as text, never as NULL: QPSQL binds a null QString as NULL, the SQLCipher driver as ''.
QString text(const QString& s) { return s.isNull() ? QString(QLatin1String("")) : s; }

Error pgError(const QString& what, const QSqlError& e)
{
    return Error{ErrorCode::Storage, QStringLiteral("PostgreSQL: %1: %2").arg(what, e.text())};
}

core::Result<QSqlDatabase> connect(const PostgresLocation& l, const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "The PostgreSQL driver of Qt (QPSQL) is not installed")};
    db.setHostName(l.host);
    db.setPort(l.port);
    db.setDatabaseName(l.database);
    db.setUserName(l.user);
    db.setPassword(l.password);
    db.setConnectOptions(l.options);
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "Cannot connect to the PostgreSQL database %1 on %2: %3")
                                                 .arg(l.database, l.host, why)};
    }
    return db;
}

Status execScript(QSqlDatabase& db, const char* script)
{
    for (const QString& statement : QString::fromUtf8(script).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(statement))
            return storage::sqlFailure(q);
    }
    return {};
}
} // namespace

core::Result<PostgresLocation> PostgresLocation::parse(const QString& location)
{
    const QUrl url(location, QUrl::StrictMode);
    PostgresLocation l;
    l.database = url.path().mid(1);
    if (!url.isValid() || url.scheme() != QLatin1String("postgresql") || l.database.isEmpty() || l.database.contains(QLatin1Char('/')))
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::sync", "Invalid PostgreSQL location \"%1\" (postgresql://USER@HOST:PORT/DATABASE)")
                                           .arg(location)};
    l.host = url.host();
    l.user = url.userName();
    l.password = url.password();
    l.port = url.port(5432);
    QStringList options;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            l.host = value; // a socket folder, as libpq reads it
        else
            options << key + QLatin1Char('=') + value;
    }
    l.options = options.join(QLatin1Char(';'));
    return l;
}

ServerLog::ServerLog(QSqlDatabase sql, bool separate, storage::Database* db)
    : m_sql(std::move(sql)), m_separate(separate), m_db(db), m_connectionName(separate ? m_sql.connectionName() : QString())
{
}

ServerLog::~ServerLog()
{
    if (m_separate) {
        m_sql.close();
        m_sql = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

std::unique_ptr<ServerLog> ServerLog::onDatabase(storage::Database& db)
{
    return std::unique_ptr<ServerLog>(new ServerLog(db.sql(), false, &db));
}

core::Result<std::unique_ptr<ServerLog>> ServerLog::onPostgres(const PostgresLocation& location)
{
    auto db = connect(location, QStringLiteral("vigie-server-log-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!db)
        return db.error();
    std::unique_ptr<ServerLog> log(new ServerLog(db.value(), true, nullptr));
    QSqlQuery q(log->m_sql);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM _srv_meta WHERE key = 'server_epoch'")) || !q.next() || q.value(0).toInt() != 1)
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "The PostgreSQL database %1 holds no Vigie server store (run vigie-server init)")
                                             .arg(location.database)};
    return log;
}

Status ServerLog::createOnPostgres(const PostgresLocation& location, const QString& epoch)
{
    auto log = connect(location, QStringLiteral("vigie-server-init-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!log)
        return log.error();
    Status result = [&]() -> Status {
        QSqlDatabase& db = log.value();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename LIKE '\\_srv\\_%'")) || !q.next())
            return storage::sqlFailure(q);
        if (q.value(0).toInt() > 0)
            return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "The PostgreSQL database %1 holds a server store already; it is left untouched")
                                                        .arg(location.database));
        if (!db.transaction())
            return pgError(QStringLiteral("BEGIN"), db.lastError());
        Status s = execScript(db, PostgresTables);
        if (s) {
            QSqlQuery e(db);
            e.prepare(QStringLiteral("INSERT INTO _srv_meta(key, value) VALUES ('server_epoch', ?)"));
            e.addBindValue(epoch);
            if (!e.exec())
                s = storage::sqlFailure(e);
        }
        if (!s) {
            db.rollback();
            return s;
        }
        return db.commit() ? Status() : Status(pgError(QStringLiteral("COMMIT"), db.lastError()));
    }();
    const QString name = log.value().connectionName();
    log.value().close();
    log.value() = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status ServerLog::createOnDatabase(storage::Database& db) { return db.execScript(QString::fromUtf8(SqliteTables)); }

Status ServerLog::begin()
{
    if (m_separate && !m_sql.transaction())
        return pgError(QStringLiteral("BEGIN"), m_sql.lastError());
    return {};
}

Status ServerLog::commit()
{
    if (m_separate && !m_sql.commit())
        return pgError(QStringLiteral("COMMIT"), m_sql.lastError());
    return {};
}

void ServerLog::rollback()
{
    if (m_separate)
        m_sql.rollback();
}

Status ServerLog::exec(QSqlQuery& q) { return q.exec() ? Status() : Status(storage::sqlFailure(q)); }

core::Result<qint64> ServerLog::nextSeq()
{
    QSqlQuery q(m_sql);
    if (!q.exec(QStringLiteral("UPDATE _srv_counter SET v = v + 1 WHERE id = 1 RETURNING v")) || !q.next())
        return storage::sqlFailure(q);
    return q.value(0).toLongLong();
}

core::Result<qint64> ServerLog::lastSeq()
{
    QSqlQuery q(m_sql);
    if (!q.exec(QStringLiteral("SELECT v FROM _srv_counter WHERE id = 1")) || !q.next())
        return storage::sqlFailure(q);
    return q.value(0).toLongLong();
}

Status ServerLog::append(const LoggedChange& c)
{
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("INSERT INTO _srv_change_log(server_seq, ord, tbl, row_id, op, row_version, payload, scope_kind, "
                             "part, worker_id, origin_device, origin_mutation, hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(c.seq);
    q.addBindValue(c.ord);
    q.addBindValue(text(c.table));
    q.addBindValue(text(c.rowId));
    q.addBindValue(text(c.op));
    q.addBindValue(c.rowVersion);
    q.addBindValue(c.op == QLatin1String("D") ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.payload));
    q.addBindValue(int(c.scope.kind));
    q.addBindValue(c.scope.part);
    q.addBindValue(text(c.scope.workerId));
    q.addBindValue(text(c.originDevice));
    q.addBindValue(text(c.originMutation));
    q.addBindValue(text(c.hlc));
    return exec(q);
}

core::Result<QSet<QString>> ServerLog::loggedRows()
{
    QSqlQuery q(m_sql);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT tbl || '/' || row_id FROM _srv_change_log")))
        return storage::sqlFailure(q);
    QSet<QString> logged;
    while (q.next())
        logged.insert(q.value(0).toString());
    return logged;
}

core::Result<QSqlQuery> ServerLog::changesAfter(qint64 cursor)
{
    QSqlQuery q(m_sql);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT server_seq, ord, tbl, row_id, op, row_version, payload, scope_kind, part, worker_id, origin_device "
                             "FROM _srv_change_log WHERE server_seq > ? ORDER BY server_seq, ord"));
    q.addBindValue(cursor);
    if (!q.exec())
        return storage::sqlFailure(q);
    return q;
}

core::Result<std::optional<MutationResult>> ServerLog::recorded(const QString& device, const QString& mutation)
{
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("SELECT server_seq, status, reason FROM _srv_applied_mutation WHERE device_id = ? AND mutation_id = ?"));
    q.addBindValue(device);
    q.addBindValue(mutation);
    if (!q.exec())
        return storage::sqlFailure(q);
    if (!q.next())
        return std::optional<MutationResult>();
    return std::optional<MutationResult>(MutationResult{mutation, q.value(1).toString(), q.value(0).toLongLong(), q.value(2).toString()});
}

Status ServerLog::markApplied(const QString& device, const QString& mutation, qint64 seq)
{
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("INSERT INTO _srv_applied_mutation(device_id, mutation_id, server_seq, status, reason) VALUES (?,?,?,'applied','')"));
    q.addBindValue(device);
    q.addBindValue(mutation);
    q.addBindValue(seq);
    return exec(q);
}

Status ServerLog::quarantine(const QString& device, const Mutation& mutation, const QString& reason, const QString& receivedAt)
{
    // ON CONFLICT … DO UPDATE: the same statement on SQLite and PostgreSQL.
    QSqlQuery a(m_sql);
    a.prepare(QStringLiteral("INSERT INTO _srv_applied_mutation(device_id, mutation_id, server_seq, status, reason) VALUES (?,?,0,'rejected',?) "
                             "ON CONFLICT (device_id, mutation_id) DO UPDATE SET server_seq = 0, status = 'rejected', reason = excluded.reason"));
    a.addBindValue(device);
    a.addBindValue(mutation.mutationId);
    a.addBindValue(text(reason));
    if (Status s = exec(a); !s)
        return s;
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("INSERT INTO _srv_quarantine(device_id, mutation_id, received_at, reason, mutation) VALUES (?,?,?,?,?) "
                             "ON CONFLICT (device_id, mutation_id) DO UPDATE SET received_at = excluded.received_at, reason = excluded.reason, "
                             "mutation = excluded.mutation"));
    q.addBindValue(device);
    q.addBindValue(mutation.mutationId);
    q.addBindValue(text(receivedAt));
    q.addBindValue(text(reason));
    q.addBindValue(QString::fromUtf8(QJsonDocument(mutation.toJson()).toJson(QJsonDocument::Compact)));
    return exec(q);
}

Status ServerLog::addDevice(const DeviceRow& d)
{
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("INSERT INTO _srv_devices(id, account_id, login, name, credential_sha256, enrolled_at) VALUES (?,?,?,?,?,?)"));
    q.addBindValue(d.id);
    q.addBindValue(text(d.accountId));
    q.addBindValue(text(d.login));
    q.addBindValue(text(d.name));
    q.addBindValue(text(d.credentialSha256));
    q.addBindValue(text(d.enrolledAt));
    return exec(q);
}

namespace {
const QString DeviceColumns = QStringLiteral("id, account_id, login, name, credential_sha256, enrolled_at, last_seen, revoked_at");
DeviceRow deviceFrom(const QSqlQuery& q)
{
    return DeviceRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), !q.value(7).isNull()};
}
} // namespace

core::Result<std::optional<DeviceRow>> ServerLog::device(const QString& id)
{
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("SELECT %1 FROM _srv_devices WHERE id = ?").arg(DeviceColumns));
    q.addBindValue(id);
    if (!q.exec())
        return storage::sqlFailure(q);
    if (!q.next())
        return std::optional<DeviceRow>();
    return std::optional<DeviceRow>(deviceFrom(q));
}

core::Result<QList<DeviceRow>> ServerLog::devices()
{
    QSqlQuery q(m_sql);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM _srv_devices ORDER BY enrolled_at, id").arg(DeviceColumns)))
        return storage::sqlFailure(q);
    QList<DeviceRow> list;
    while (q.next())
        list.append(deviceFrom(q));
    return list;
}

Status ServerLog::touch(const QString& device, const QString& when)
{
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("UPDATE _srv_devices SET last_seen = ? WHERE id = ?"));
    q.addBindValue(text(when));
    q.addBindValue(device);
    return exec(q);
}

core::Result<bool> ServerLog::revoke(const QString& device, const QString& when)
{
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("UPDATE _srv_devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?"));
    q.addBindValue(text(when));
    q.addBindValue(device);
    if (!q.exec())
        return storage::sqlFailure(q);
    return q.numRowsAffected() == 1;
}

Status ServerLog::addAnchor(const QString& device, const AuditAnchor& head, const QString& receivedAt)
{
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("INSERT INTO _srv_audit_anchor(device_id, audit_count, audit_hash, received_at) VALUES (?,?,?,?)"));
    q.addBindValue(device);
    q.addBindValue(head.count);
    q.addBindValue(text(head.hash));
    q.addBindValue(text(receivedAt));
    return exec(q);
}

core::Result<std::optional<AuditAnchor>> ServerLog::lastAnchor(const QString& device)
{
    QSqlQuery q(m_sql);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT audit_count, audit_hash, received_at FROM _srv_audit_anchor WHERE device_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(device);
    if (!q.exec())
        return storage::sqlFailure(q);
    if (!q.next())
        return std::optional<AuditAnchor>();
    AuditAnchor kept;
    kept.count = q.value(0).toLongLong();
    kept.hash = q.value(1).toString();
    kept.receivedAt = q.value(2).toString();
    return std::optional<AuditAnchor>(kept);
}

QString ServerLog::epoch()
{
    if (m_db)
        return m_db->meta(QStringLiteral("server_epoch"));
    QSqlQuery q(m_sql);
    if (!q.exec(QStringLiteral("SELECT value FROM _srv_meta WHERE key = 'server_epoch'")) || !q.next())
        return {};
    return q.value(0).toString();
}

Status ServerLog::setEpoch(const QString& epoch, qint64 baseSeq)
{
    if (m_db) {
        if (Status s = m_db->setMeta(QStringLiteral("server_epoch_base"), QString::number(baseSeq)); !s)
            return s;
        return m_db->setMeta(QStringLiteral("server_epoch"), epoch);
    }
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("INSERT INTO _srv_meta(key, value) VALUES ('server_epoch_base', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(baseSeq));
    if (Status s = exec(q); !s)
        return s;
    q.prepare(QStringLiteral("UPDATE _srv_meta SET value = ? WHERE key = 'server_epoch'"));
    q.addBindValue(epoch);
    return exec(q);
}

qint64 ServerLog::epochBase()
{
    if (m_db)
        return m_db->meta(QStringLiteral("server_epoch_base")).toLongLong();
    QSqlQuery q(m_sql);
    if (!q.exec(QStringLiteral("SELECT value FROM _srv_meta WHERE key = 'server_epoch_base'")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace vigie::sync
