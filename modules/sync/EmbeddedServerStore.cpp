#include "sync/EmbeddedServerStore.h"

#include "core/Uuid.h"
#include "security/AccessPolicy.h"
#include "security/PolicyStore.h"
#include "security/Session.h"
#include "security/SignIn.h"
#include "storage/AuditTrail.h"
#include "storage/ChangeCapture.h"
#include "storage/Database.h"
#include "storage/KeyRing.h"
#include "sync/RowCodec.h"
#include "sync/Scope.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <optional>

#include <fcntl.h>
#include <unistd.h>

namespace vigie::sync {
using core::Error;
using core::ErrorCode;
using core::Status;

namespace {
const QString ServerTables = QStringLiteral(R"(
CREATE TABLE IF NOT EXISTS _srv_counter (id INTEGER PRIMARY KEY CHECK (id = 1), v INTEGER NOT NULL);
INSERT OR IGNORE INTO _srv_counter(id, v) VALUES (1, 0);
CREATE TABLE IF NOT EXISTS _srv_change_log (
    server_seq      INTEGER NOT NULL,
    ord             INTEGER NOT NULL,
    tbl             TEXT NOT NULL,
    row_id          TEXT NOT NULL,
    op              TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')),
    row_version     INTEGER NOT NULL,
    payload         TEXT,
    scope_kind      INTEGER NOT NULL,
    part            INTEGER NOT NULL,
    worker_id       TEXT NOT NULL,
    origin_device   TEXT NOT NULL,
    origin_mutation TEXT NOT NULL,
    hlc             TEXT NOT NULL,
    PRIMARY KEY (server_seq, ord)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS _srv_change_log_row ON _srv_change_log(tbl, row_id);
CREATE TABLE IF NOT EXISTS _srv_applied_mutation (
    device_id   TEXT NOT NULL,
    mutation_id TEXT NOT NULL,
    server_seq  INTEGER NOT NULL,
    status      TEXT NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (device_id, mutation_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS _srv_devices (
    id                TEXT PRIMARY KEY,
    account_id        TEXT NOT NULL,
    login             TEXT NOT NULL,
    name              TEXT NOT NULL,
    credential_sha256 TEXT NOT NULL,
    enrolled_at       TEXT NOT NULL,
    last_seen         TEXT,
    revoked_at        TEXT
);
-- AuditAnchorTable below.
CREATE TABLE IF NOT EXISTS _srv_quarantine (
    device_id   TEXT NOT NULL,
    mutation_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    reason      TEXT NOT NULL,
    mutation    TEXT NOT NULL,
    PRIMARY KEY (device_id, mutation_id)
);
)");

// The heads of the devices' audit chains (one row per synchronisation that moved it). Created on open
// too: stores made before audit anchoring get it then.
const QString AuditAnchorTable = QStringLiteral(R"(
CREATE TABLE IF NOT EXISTS _srv_audit_anchor (
    id          INTEGER PRIMARY KEY,
    device_id   TEXT NOT NULL,
    audit_count INTEGER NOT NULL,
    audit_hash  TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS _srv_audit_anchor_device ON _srv_audit_anchor(device_id, id);
)");

QString sha256(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString compact(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

Error authFailed()
{
    return Error{ErrorCode::AuthFailed, QCoreApplication::translate("vigie::sync", "Wrong login or password, or account disabled")};
}

core::Result<qint64> nextServerSeq(storage::Database& db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("UPDATE _srv_counter SET v = v + 1 WHERE id = 1 RETURNING v")) || !q.next())
        return storage::sqlFailure(q);
    return q.value(0).toLongLong();
}

Status logChange(storage::Database& db, qint64 seq, int ord, const QString& table, const QString& rowId, const QString& op,
                 qint64 rowVersion, const QJsonObject& payload, const RowScope& scope, const QString& device,
                 const QString& mutation, const QString& hlc)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO _srv_change_log(server_seq, ord, tbl, row_id, op, row_version, payload, scope_kind, "
                             "part, worker_id, origin_device, origin_mutation, hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(seq);
    q.addBindValue(ord);
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(op);
    q.addBindValue(rowVersion);
    q.addBindValue(op == QLatin1String("D") ? QVariant() : QVariant(compact(payload)));
    q.addBindValue(int(scope.kind));
    q.addBindValue(scope.part);
    q.addBindValue(scope.workerId);
    q.addBindValue(device);
    q.addBindValue(mutation);
    q.addBindValue(hlc);
    if (!q.exec())
        return storage::sqlFailure(q);
    return {};
}

// Whether the user of `subject` may hold (Read) or write (Write) a row of this scope, by the policy.
class ScopeJudge
{
public:
    ScopeJudge(security::Session& session, security::Subject subject)
        : m_session(session), m_subject(std::move(subject)) {}

    core::Result<bool> allows(const QString& table, const RowScope& scope, security::Action action)
    {
        using security::AccessPolicy::can;
        if (scope.kind == RowScope::Kind::Shared)
            return true;
        int part = scope.part;
        if (scope.kind == RowScope::Kind::Worker) {
            // Worker data outside the record: the roles that reach the record see it for their
            // workers; the roles that plan visits for every worker; the job-retention cell (the
            // social worker) for the workers of its teams who have a case; the others never.
            if (!security::AccessPolicy::matrixAllows(m_subject.role, 1, security::Action::Read)) {
                if (security::AccessPolicy::canUseModule(m_subject.role, security::Module::Planning).allowed)
                    return true;
                // The cell writes its own tables only (pdp_*), never the worker's identity or posts.
                if (security::AccessPolicy::canUseModule(m_subject.role, security::Module::Pdp).allowed &&
                    (action == security::Action::Read || table.startsWith(QLatin1String("pdp_"))))
                    return inCellCaseload(scope.workerId);
                return false;
            }
            part = 1;
        }
        const QString key = QStringLiteral("%1/%2/%3").arg(scope.workerId).arg(part).arg(int(action));
        if (auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return it.value();
        auto record = security::PolicyStore::loadRecord(m_session, scope.workerId, part);
        if (!record)
            return record.error();
        const bool allowed = can(m_subject, action, record.value(), m_session.clock().today()).allowed;
        m_cache.insert(key, allowed);
        return allowed;
    }

    // A worker of one of the subject's teams with a job-retention case.
    core::Result<bool> inCellCaseload(const QString& workerId)
    {
        const QString key = QStringLiteral("pdp/") + workerId;
        if (auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return it.value();
        QSqlQuery q(m_session.db().sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM pdp_cases WHERE worker_id = ? AND deleted = 0"));
        q.addBindValue(workerId);
        if (!q.exec() || !q.next())
            return storage::sqlFailure(q);
        bool allowed = false;
        if (q.value(0).toInt() > 0) {
            auto record = security::PolicyStore::loadRecord(m_session, workerId, 1);
            if (!record)
                return record.error();
            for (const QString& team : record.value().teamIds)
                allowed = allowed || m_subject.teamIds.contains(team);
        }
        m_cache.insert(key, allowed);
        return allowed;
    }

    // Why the device's user may not push this change to a shared row; empty when it may.
    QString sharedWriteRefusal(const QString& table, const QJsonObject& row) const
    {
        const std::optional<SharedWriteRule> rule = sharedWriteRule(table);
        if (!rule)
            return QStringLiteral("unclassified_table");
        bool usesModule = false;
        for (security::Module m : rule->modules)
            usesModule = usesModule || security::AccessPolicy::canUseModule(m_subject.role, m).allowed;
        if (!usesModule)
            return QStringLiteral("denied");
        if (rule->byDelegatingPhysician &&
            (m_subject.role != security::Role::Physician || row.value(QStringLiteral("physician_id")).toString() != m_subject.accountId))
            return QStringLiteral("denied");
        return {};
    }

private:
    security::Session& m_session;
    security::Subject m_subject;
    QHash<QString, bool> m_cache;
};
} // namespace

QString EmbeddedServerStore::databasePath(const QString& dir) { return QDir(dir).filePath(QStringLiteral("server.db")); }
QString EmbeddedServerStore::keyFilePath(const QString& dir) { return QDir(dir).filePath(QStringLiteral("server.key")); }

EmbeddedServerStore::EmbeddedServerStore(QString dir, std::unique_ptr<storage::Database> db, storage::SecretKey key,
                                         const core::Clock& clock)
    : m_dir(std::move(dir)), m_db(std::move(db)), m_key(std::move(key)), m_clock(clock)
{
}

EmbeddedServerStore::~EmbeddedServerStore() = default;

Status EmbeddedServerStore::create(const QString& dir, const security::NewAccount& admin, const QString& password,
                                   const core::Clock& clock, const Populate& populate)
{
    if (!QDir().mkpath(dir))
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "Cannot create the folder %1").arg(dir));
    const QString keyFile = keyFilePath(dir);
    if (QFile::exists(keyFile))
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "The file %1 already exists; it is left untouched").arg(keyFile));
    auto session = security::createDatabase(databasePath(dir), admin, password, clock);
    if (!session)
        return session.error();
    // The key file: created 0600 from the start (never a moment readable by others), synced.
    const QByteArray hex = session.value()->databaseKey().toHex().toLatin1() + '\n';
    const int fd = ::open(QFile::encodeName(keyFile).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0 || ::write(fd, hex.constData(), size_t(hex.size())) != hex.size() || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "Cannot write the key file %1").arg(keyFile));
    }
    ::close(fd);
    storage::Database& db = session.value()->db();
    if (Status s = db.execScript(ServerTables); !s)
        return s;
    if (Status s = db.setMeta(QStringLiteral("server_epoch"), core::newUuidV7(clock)); !s)
        return s;
    if (populate) {
        if (Status s = populate(std::move(session.value())); !s)
            return s;
    } else {
        session.value().reset();
    }
    auto store = open(dir, clock);
    if (!store)
        return store.error();
    auto logged = store.value()->logUnloggedRows();
    return logged ? Status() : Status(logged.error());
}

namespace {
// The store's key, from its 0600 key file (open and restore).
core::Result<storage::SecretKey> readKeyFile(const QString& dir)
{
    QFile f(EmbeddedServerStore::keyFilePath(dir));
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "Cannot read the key file %1").arg(f.fileName())};
    bool ok = false;
    storage::SecretKey key = storage::SecretKey::fromHex(QString::fromLatin1(f.readAll().trimmed()), &ok);
    if (!ok)
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "The key file %1 is not a 256-bit key").arg(f.fileName())};
    return key;
}
} // namespace

core::Result<std::unique_ptr<EmbeddedServerStore>> EmbeddedServerStore::open(const QString& dir, const core::Clock& clock)
{
    auto keyRead = readKeyFile(dir);
    if (!keyRead)
        return keyRead.error();
    const storage::SecretKey& key = keyRead.value();
    auto db = storage::Database::open(databasePath(dir), key);
    if (!db)
        return db.error();
    if (Status s = db.value()->execScript(AuditAnchorTable); !s)
        return s.error();
    return std::unique_ptr<EmbeddedServerStore>(new EmbeddedServerStore(dir, std::move(db.value()), key, clock));
}

QString EmbeddedServerStore::epoch() { return m_db->meta(QStringLiteral("server_epoch")); }

Status EmbeddedServerStore::audit(const QString& login, const QString& role, const QString& action, const QString& resource,
                                  const QString& outcome, const QString& detail)
{
    return storage::AuditTrail::append(*m_db, storage::AuditEvent{login, role, action, resource, {}, 0, outcome, detail}, m_clock);
}

core::Result<qint64> EmbeddedServerStore::lastServerSeq()
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(QStringLiteral("SELECT v FROM _srv_counter WHERE id = 1")) || !q.next())
        return storage::sqlFailure(q);
    return q.value(0).toLongLong();
}

core::Result<int> EmbeddedServerStore::logUnloggedRows(int perTransaction)
{
    RowCodec codec(*m_db);
    auto tables = codec.tables();
    if (!tables)
        return tables.error();
    QSet<QString> logged;
    {
        QSqlQuery q(m_db->sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT tbl || '/' || row_id FROM _srv_change_log")))
            return storage::sqlFailure(q);
        while (q.next())
            logged.insert(q.value(0).toString());
    }
    QList<QPair<QString, QJsonObject>> pending;
    for (const QString& t : tables.value()) {
        auto rows = codec.readAll(t);
        if (!rows)
            return rows.error();
        for (const QJsonObject& r : rows.value())
            if (!logged.contains(t + QLatin1Char('/') + r.value(QStringLiteral("id")).toString()))
                pending.append({t, r});
    }
    for (qsizetype at = 0; at < pending.size(); at += perTransaction) {
        storage::Transaction tx(*m_db);
        if (!tx.active())
            return tx.beginError();
        auto seq = nextServerSeq(*m_db);
        if (!seq)
            return seq.error();
        int ord = 0;
        for (qsizetype i = at; i < qMin(pending.size(), at + perTransaction); ++i) {
            const auto& [table, row] = pending.at(i);
            if (Status s = logChange(*m_db, seq.value(), ord++, table, row.value(QStringLiteral("id")).toString(), QStringLiteral("I"),
                                     qint64(row.value(QStringLiteral("row_version")).toDouble()), row, scopeOf(table, row),
                                     QStringLiteral("server"), QString(), row.value(QStringLiteral("hlc")).toString());
                !s)
                return s.error();
        }
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    return int(pending.size());
}

core::Result<Enrolment> EmbeddedServerStore::enroll(const QString& login, const QString& password, const QString& deviceName)
{
    auto ring = storage::KeyRing::load(storage::KeyRing::pathFor(databasePath(m_dir)));
    if (!ring)
        return ring.error();
    auto unlocked = ring.value().unlock(login, password);
    auto account = security::AccountStore::findByLogin(*m_db, login);
    if (!unlocked || !account || !account.value().active) {
        (void)audit(login, {}, QStringLiteral("sync.enroll"), QStringLiteral("device"), QStringLiteral("failure"), {});
        return authFailed();
    }
    const security::Account& a = account.value();
    Enrolment e;
    e.deviceId = core::newUuidV7(m_clock);
    e.credential = storage::SecretKey::random().toHex();
    e.epoch = epoch();
    e.accountId = a.id;
    e.login = a.login;
    e.displayName = a.displayName;
    e.role = security::roleCode(a.role);
    storage::Transaction tx(*m_db);
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("INSERT INTO _srv_devices(id, account_id, login, name, credential_sha256, enrolled_at) VALUES (?,?,?,?,?,?)"));
    q.addBindValue(e.deviceId);
    q.addBindValue(a.id);
    q.addBindValue(a.login);
    q.addBindValue(deviceName);
    q.addBindValue(sha256(e.credential));
    q.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return storage::sqlFailure(q);
    if (Status s = audit(a.login, e.role, QStringLiteral("sync.enroll"), QStringLiteral("device:") + e.deviceId,
                         QStringLiteral("success"), QStringLiteral("name=") + deviceName);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return e;
}

core::Result<Device> EmbeddedServerStore::authenticate(const QString& deviceId, const QString& credential)
{
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.account_id, d.login, d.name, d.credential_sha256, d.enrolled_at, d.last_seen, d.revoked_at, "
                             "a.active FROM _srv_devices d LEFT JOIN accounts a ON a.id = d.account_id WHERE d.id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return storage::sqlFailure(q);
    if (!q.next() || q.value(3).toString() != sha256(credential))
        return Error{ErrorCode::AuthFailed, QCoreApplication::translate("vigie::sync", "Unknown device or wrong device credential: %1").arg(deviceId)};
    Device d{deviceId, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             q.value(4).toString(), q.value(5).toString(), !q.value(6).isNull()};
    if (d.revoked || q.value(7).toInt() != 1) {
        (void)audit(d.login, {}, QStringLiteral("sync.connect"), QStringLiteral("device:") + deviceId, QStringLiteral("denied"),
                    d.revoked ? QStringLiteral("reason=revoked") : QStringLiteral("reason=account_disabled"));
        return Error{ErrorCode::Denied, d.revoked ? QCoreApplication::translate("vigie::sync", "The device %1 has been revoked by the server's administrator").arg(deviceId)
                                                  : QCoreApplication::translate("vigie::sync", "The account of the device %1 is disabled").arg(deviceId)};
    }
    return d;
}

namespace {
// A session of the device's user on a connection of its own, so that the one access policy and its
// facts (teams, delegations, oppositions) are read exactly as on a desktop.
core::Result<std::unique_ptr<security::Session>> userSession(const QString& path, const storage::SecretKey& key,
                                                             const QString& login, const core::Clock& clock)
{
    auto db = storage::Database::open(path, key);
    if (!db)
        return db.error();
    auto account = security::AccountStore::findByLogin(*db.value(), login);
    if (!account)
        return account.error();
    return std::make_unique<security::Session>(std::move(db.value()), key, account.value(), clock);
}
} // namespace

core::Result<PushResponse> EmbeddedServerStore::push(const Device& device, const PushRequest& request)
{
    auto sessionResult = userSession(databasePath(m_dir), m_key, device.login, m_clock);
    if (!sessionResult)
        return sessionResult.error();
    security::Session& session = *sessionResult.value();
    storage::Database& db = session.db();
    auto subject = security::PolicyStore::loadSubject(session);
    if (!subject)
        return subject.error();
    ScopeJudge judge(session, subject.value());
    RowCodec codec(db);
    const QString role = security::roleCode(session.account().role);

    PushResponse response;
    QString rejection;
    QString rejectedMutation;
    {
        storage::Transaction tx(db);
        if (!tx.active())
            return tx.beginError();
        QList<const Mutation*> fresh;
        for (const Mutation& m : request.mutations) {
            QSqlQuery q(db.sql());
            q.prepare(QStringLiteral("SELECT server_seq, status, reason FROM _srv_applied_mutation WHERE device_id = ? AND mutation_id = ?"));
            q.addBindValue(device.id);
            q.addBindValue(m.mutationId);
            if (!q.exec())
                return storage::sqlFailure(q);
            if (q.next())
                response.results.append({m.mutationId, q.value(1).toString() == QLatin1String("applied") ? QStringLiteral("duplicate")
                                                                                                         : q.value(1).toString(),
                                         q.value(0).toLongLong(), q.value(2).toString()});
            else
                fresh.append(&m);
        }
        if (fresh.isEmpty()) {
            tx.rollback();
            return response;
        }
        auto seq = nextServerSeq(db);
        if (!seq)
            return seq.error();
        // Capture is suspended for the applied rows only, and switched on again before the commit:
        // no crash can leave it off (ChangeCapture.h).
        std::optional<storage::CaptureSuspension> suspended(std::in_place, db);
        if (!suspended->ok())
            return Error{ErrorCode::Storage, QStringLiteral("capture suspension failed")};
        int ord = 0;
        for (const Mutation* m : fresh) {
            const bool erase = m->op == QLatin1String("D");
            if (m->mutationId.isEmpty() || m->rowId.isEmpty() || !codec.isSynchronised(m->table) ||
                !(erase || m->op == QLatin1String("I") || m->op == QLatin1String("U")) ||
                (!erase && m->payload.value(QStringLiteral("id")).toString() != m->rowId)) {
                rejection = QStringLiteral("invalid_mutation");
                rejectedMutation = m->mutationId;
                break;
            }
            // The change is judged on the row as sent and on the row as stored: a device may not
            // move a row out of another's scope, nor into its own, by rewriting its worker or author.
            auto stored = codec.read(m->table, m->rowId);
            if (!stored)
                return stored.error();
            QList<QJsonObject> judged;
            if (!erase)
                judged << m->payload;
            if (!stored.value().isEmpty())
                judged << stored.value();
            const QJsonObject scopeRow = erase ? stored.value() : m->payload;
            const RowScope scope = scopeOf(m->table, scopeRow);
            QString refusal;
            for (const QJsonObject& row : std::as_const(judged)) {
                const RowScope rowScope = scopeOf(m->table, row);
                if (rowScope.kind == RowScope::Kind::Shared) {
                    refusal = judge.sharedWriteRefusal(m->table, row);
                } else {
                    auto allowed = judge.allows(m->table, rowScope, security::Action::Write);
                    if (!allowed)
                        return allowed.error();
                    refusal = allowed.value() ? QString() : QStringLiteral("denied");
                }
                if (!refusal.isEmpty())
                    break;
            }
            if (!refusal.isEmpty()) {
                rejection = refusal;
                rejectedMutation = m->mutationId;
                break;
            }
            const Status applied = erase ? codec.remove(m->table, m->rowId) : codec.upsert(m->table, m->payload);
            if (!applied) {
                rejection = QStringLiteral("storage: ") + applied.error().message;
                rejectedMutation = m->mutationId;
                break;
            }
            if (Status s = logChange(db, seq.value(), ord++, m->table, m->rowId, m->op, m->rowVersion, m->payload, scope,
                                     device.id, m->mutationId, m->hlc);
                !s)
                return s.error();
            QSqlQuery a(db.sql());
            a.prepare(QStringLiteral("INSERT INTO _srv_applied_mutation(device_id, mutation_id, server_seq, status, reason) VALUES (?,?,?,'applied','')"));
            a.addBindValue(device.id);
            a.addBindValue(m->mutationId);
            a.addBindValue(seq.value());
            if (!a.exec())
                return storage::sqlFailure(a);
            response.results.append({m->mutationId, QStringLiteral("applied"), seq.value(), {}});
        }
        suspended.reset();
        if (rejection.isEmpty()) {
            QSqlQuery u(db.sql());
            u.prepare(QStringLiteral("UPDATE _srv_devices SET last_seen = ? WHERE id = ?"));
            u.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
            u.addBindValue(device.id);
            if (!u.exec())
                return storage::sqlFailure(u);
            if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("sync.push"), QStringLiteral("device:") + device.id, {}, 0,
                                                             QStringLiteral("success"),
                                                             QStringLiteral("seq=%1;mutations=%2").arg(seq.value()).arg(fresh.size())});
                !s)
                return s.error();
            if (Status s = tx.commit(); !s)
                return s.error();
            response.serverSeq = seq.value();
            return response;
        }
        tx.rollback(); // all or none: nothing of this client transaction is applied
    }
    // The transaction is refused as a whole: every new mutation of it is quarantined with its payload
    // and the reason, and the refusal is recorded like the first result, so a retry gets it again.
    storage::Transaction tx(db);
    if (!tx.active())
        return tx.beginError();
    // Results recorded before this request stand; the changes applied in the rolled-back attempt do not.
    QList<MutationResult> results;
    for (const MutationResult& r : response.results)
        if (r.status != QLatin1String("applied"))
            results.append(r);
    for (const Mutation& m : request.mutations) {
        bool known = false;
        for (const MutationResult& r : results)
            known = known || r.mutationId == m.mutationId;
        if (known)
            continue;
        const QString reason = m.mutationId == rejectedMutation ? rejection : QStringLiteral("transaction_rejected");
        QSqlQuery a(db.sql());
        a.prepare(QStringLiteral("INSERT OR REPLACE INTO _srv_applied_mutation(device_id, mutation_id, server_seq, status, reason) VALUES (?,?,0,'rejected',?)"));
        a.addBindValue(device.id);
        a.addBindValue(m.mutationId);
        a.addBindValue(reason);
        QSqlQuery qq(db.sql());
        qq.prepare(QStringLiteral("INSERT OR REPLACE INTO _srv_quarantine(device_id, mutation_id, received_at, reason, mutation) VALUES (?,?,?,?,?)"));
        qq.addBindValue(device.id);
        qq.addBindValue(m.mutationId);
        qq.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
        qq.addBindValue(reason);
        qq.addBindValue(compact(m.toJson()));
        if (!a.exec())
            return storage::sqlFailure(a);
        if (!qq.exec())
            return storage::sqlFailure(qq);
        results.append({m.mutationId, QStringLiteral("rejected"), 0, reason});
    }
    if (Status s = session.audit(storage::AuditEvent{{}, role, QStringLiteral("sync.push"), QStringLiteral("device:") + device.id, {}, 0,
                                                     QStringLiteral("denied"), QStringLiteral("reason=%1;mutation=%2").arg(rejection.section(QLatin1Char(':'), 0, 0), rejectedMutation)});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    response.results = results;
    response.serverSeq = 0;
    return response;
}

core::Result<PullPage> EmbeddedServerStore::pull(const Device& device, qint64 cursor, int limit)
{
    auto sessionResult = userSession(databasePath(m_dir), m_key, device.login, m_clock);
    if (!sessionResult)
        return sessionResult.error();
    security::Session& session = *sessionResult.value();
    storage::Database& db = session.db();
    auto subject = security::PolicyStore::loadSubject(session);
    if (!subject)
        return subject.error();
    ScopeJudge judge(session, subject.value());
    limit = qBound(1, limit, 20000);

    PullPage page;
    page.epoch = db.meta(QStringLiteral("server_epoch"));
    page.cursor = cursor;
    int withheld = 0;
    {
        // One statement, hence one read snapshot (WAL): every server_seq it sees is committed, and
        // with one writer whose counter is updated in the writing transaction, none is missing.
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT server_seq, ord, tbl, row_id, op, row_version, payload, scope_kind, part, worker_id, origin_device "
                                 "FROM _srv_change_log WHERE server_seq > ? ORDER BY server_seq, ord"));
        q.addBindValue(cursor);
        if (!q.exec())
            return storage::sqlFailure(q);
        int rows = 0;
        while (q.next()) {
            const qint64 seq = q.value(0).toLongLong();
            if (seq != page.cursor && rows >= limit) {
                page.more = true;
                break;
            }
            page.cursor = seq;
            ++rows;
            if (q.value(10).toString() == device.id)
                continue; // the device's own change, which it holds already
            RowScope scope;
            scope.kind = RowScope::Kind(q.value(7).toInt());
            scope.part = q.value(8).toInt();
            scope.workerId = q.value(9).toString();
            auto allowed = judge.allows(q.value(2).toString(), scope, security::Action::Read);
            if (!allowed)
                return allowed.error();
            if (!allowed.value()) {
                ++withheld;
                continue;
            }
            Change c;
            c.serverSeq = seq;
            c.ord = q.value(1).toInt();
            c.table = q.value(2).toString();
            c.rowId = q.value(3).toString();
            c.op = q.value(4).toString();
            c.rowVersion = q.value(5).toLongLong();
            if (!q.value(6).isNull())
                c.payload = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
            page.changes.append(c);
        }
        q.finish();
    }
    storage::Transaction tx(db);
    if (!tx.active())
        return tx.beginError();
    QSqlQuery u(db.sql());
    u.prepare(QStringLiteral("UPDATE _srv_devices SET last_seen = ? WHERE id = ?"));
    u.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    u.addBindValue(device.id);
    if (!u.exec())
        return storage::sqlFailure(u);
    if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("sync.pull"), QStringLiteral("device:") + device.id, {}, 0,
                                                     QStringLiteral("success"),
                                                     QStringLiteral("from=%1;to=%2;sent=%3;withheld=%4")
                                                         .arg(cursor).arg(page.cursor).arg(page.changes.size()).arg(withheld)});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return page;
}

core::Result<storage::BackupCheck> EmbeddedServerStore::backup(const QString& out)
{
    auto check = storage::Backup::write(*m_db, m_key, QString(), out);
    if (!check)
        return check.error();
    if (Status s = audit(QStringLiteral("vigie-server"), QStringLiteral("admin"), QStringLiteral("backup"), QStringLiteral("server.backup"),
                         QStringLiteral("success"), QStringLiteral("file=%1 sha256=%2").arg(QFileInfo(out).fileName(), check.value().sha256));
        !s)
        return s.error();
    return check;
}

core::Result<QString> EmbeddedServerStore::restore(const QString& dir, const QString& backupFile, const core::Clock& clock)
{
    auto keyRead = readKeyFile(dir);
    if (!keyRead)
        return keyRead.error();
    const storage::SecretKey& key = keyRead.value();
    // Checked on a copy beside the store: nothing is replaced before the backup proves sound.
    const QString target = databasePath(dir);
    const QString copy = target + QStringLiteral(".restoring");
    QFile::remove(copy);
    if (!QFile::copy(backupFile, copy))
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "Unable to read the backup %1").arg(backupFile)};
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto check = storage::Backup::verify(copy, key);
    if (!check) {
        QFile::remove(copy);
        return Error{check.error().code, QCoreApplication::translate("vigie::sync", "The backup %1 is refused, nothing was replaced: %2")
                                             .arg(backupFile, check.error().message)};
    }
    const QString kept = target + QStringLiteral(".replaced-") + clock.nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(target + suffix) && !QFile::rename(target + suffix, kept + suffix))
            return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "Unable to set the current store aside as %1").arg(kept)};
    if (!QFile::rename(copy, target))
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "Unable to put the backup in place at %1 (the previous store is %2)")
                                             .arg(target, kept)};
    auto store = open(dir, clock);
    if (!store)
        return store.error();
    storage::Database& db = *store.value()->m_db;
    storage::Transaction tx(db);
    if (!tx.active())
        return tx.beginError();
    const QString previous = db.meta(QStringLiteral("server_epoch"));
    if (Status s = db.setMeta(QStringLiteral("server_epoch"), core::newUuidV7(clock)); !s)
        return s.error();
    if (Status s = store.value()->audit(QStringLiteral("vigie-server"), QStringLiteral("admin"), QStringLiteral("restore"), QStringLiteral("server.backup"),
                                        QStringLiteral("success"),
                                        QStringLiteral("sha256=%1 replaced=%2 previous_epoch=%3")
                                            .arg(check.value().sha256, QFileInfo(kept).fileName(), previous));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return kept;
}

Status EmbeddedServerStore::anchor(const Device& device, const AuditAnchor& head)
{
    if (head.count < 0 || head.hash.size() != 64)
        return Status::fail(ErrorCode::Invalid, QStringLiteral("invalid audit head"));
    auto last = lastAnchor(device);
    if (!last)
        return last.error();
    if (head.count == last.value().count && head.hash == last.value().hash)
        return {}; // unchanged since the last synchronisation
    storage::Transaction tx(*m_db);
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("INSERT INTO _srv_audit_anchor(device_id, audit_count, audit_hash, received_at) VALUES (?,?,?,?)"));
    q.addBindValue(device.id);
    q.addBindValue(head.count);
    q.addBindValue(head.hash);
    q.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return storage::sqlFailure(q);
    // A chain that went back (fewer records, or the same count with another hash) was cut or rewritten
    // on the device: the server cannot tell which record by itself, but it keeps both heads and says so.
    // A head that grew must still end, at the kept count, on the kept hash; otherwise the chain was
    // recomputed in between.
    const bool wentBack = head.count <= last.value().count;
    const bool recomputed = !wentBack && head.keptCount == last.value().count && head.hashAtKept != last.value().hash;
    if (wentBack || recomputed)
        if (Status s = audit(device.login, QString(), QStringLiteral("sync.anchor"), QStringLiteral("device:") + device.id, QStringLiteral("failure"),
                             QStringLiteral("reason=%1;was=%2;now=%3")
                                 .arg(wentBack ? QStringLiteral("audit_chain_rewound") : QStringLiteral("audit_chain_recomputed"))
                                 .arg(last.value().count)
                                 .arg(head.count));
            !s)
            return s;
    return tx.commit();
}

core::Result<AuditAnchor> EmbeddedServerStore::lastAnchor(const Device& device)
{
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT audit_count, audit_hash, received_at FROM _srv_audit_anchor WHERE device_id = ? "
                             "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(device.id);
    if (!q.exec())
        return storage::sqlFailure(q);
    AuditAnchor kept;
    kept.hash = QString::fromLatin1(storage::AuditTrail::GenesisHash);
    if (q.next()) {
        kept.count = q.value(0).toLongLong();
        kept.hash = q.value(1).toString();
        kept.receivedAt = q.value(2).toString();
    }
    return kept;
}

core::Result<QList<Device>> EmbeddedServerStore::devices()
{
    QSqlQuery q(m_db->sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, account_id, login, name, enrolled_at, last_seen, revoked_at FROM _srv_devices ORDER BY enrolled_at, id")))
        return storage::sqlFailure(q);
    QList<Device> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), !q.value(6).isNull()});
    return list;
}

Status EmbeddedServerStore::revoke(const QString& deviceId)
{
    storage::Transaction tx(*m_db);
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("UPDATE _srv_devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?"));
    q.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(deviceId);
    if (!q.exec())
        return storage::sqlFailure(q);
    if (q.numRowsAffected() != 1)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "Unknown device: %1").arg(deviceId));
    if (Status s = audit(QStringLiteral("vigie-server"), QStringLiteral("admin"), QStringLiteral("sync.revoke"),
                         QStringLiteral("device:") + deviceId, QStringLiteral("success"), {});
        !s)
        return s;
    return tx.commit();
}

} // namespace vigie::sync
