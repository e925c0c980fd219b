#include "sync/EmbeddedServerStore.h"

#include "sync/FaultPoint.h"

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
#include "sync/PostgresDump.h"
#include "sync/ServerLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

namespace vigie::sync {
using core::Error;
using core::ErrorCode;
using core::Status;

namespace {
QString sha256(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString compact(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

Error authFailed()
{
    return Error{ErrorCode::AuthFailed, QCoreApplication::translate("vigie::sync", "Wrong login or password, or account disabled")};
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

namespace {
// The replica's meta key naming the last server_seq of PostgreSQL's log that its rows include.
const QString LogAppliedKey = QStringLiteral("server_log_applied");
} // namespace

EmbeddedServerStore::EmbeddedServerStore(QString dir, std::unique_ptr<storage::Database> db, storage::SecretKey key,
                                         const core::Clock& clock, std::unique_ptr<ServerLog> postgresLog)
    : m_dir(std::move(dir)), m_db(std::move(db)), m_key(std::move(key)), m_clock(clock), m_postgresLog(std::move(postgresLog)),
      m_fileLog(m_postgresLog ? nullptr : ServerLog::onDatabase(*m_db))
{
}

EmbeddedServerStore::~EmbeddedServerStore() = default;

ServerLog& EmbeddedServerStore::log() { return m_postgresLog ? *m_postgresLog : *m_fileLog; }

ServerLog& EmbeddedServerStore::logOn(storage::Database& db, std::unique_ptr<ServerLog>& holder)
{
    if (m_postgresLog)
        return *m_postgresLog;
    holder = ServerLog::onDatabase(db);
    return *holder;
}

Status EmbeddedServerStore::create(const QString& dir, const security::NewAccount& admin, const QString& password,
                                   const core::Clock& clock, const Populate& populate, const QString& postgres)
{
    std::optional<PostgresLocation> pg;
    if (!postgres.isEmpty()) {
        auto parsed = PostgresLocation::parse(postgres);
        if (!parsed)
            return parsed.error();
        pg = parsed.value();
    }
    if (!QDir().mkpath(dir))
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "Cannot create the folder %1").arg(dir));
    const QString keyFile = keyFilePath(dir);
    if (QFile::exists(keyFile))
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "The file %1 already exists; it is left untouched").arg(keyFile));
    // PostgreSQL first: a database that holds a server store already is refused before anything is written.
    const QString epoch = core::newUuidV7(clock);
    if (pg)
        if (Status s = ServerLog::createOnPostgres(*pg, epoch); !s)
            return s;
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
    if (!pg) {
        if (Status s = ServerLog::createOnDatabase(db); !s)
            return s;
        if (Status s = db.setMeta(QStringLiteral("server_epoch"), epoch); !s)
            return s;
    }
    if (populate) {
        if (Status s = populate(std::move(session.value())); !s)
            return s;
    } else {
        session.value().reset();
    }
    auto store = open(dir, clock, postgres);
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

core::Result<std::unique_ptr<EmbeddedServerStore>> EmbeddedServerStore::open(const QString& dir, const core::Clock& clock, const QString& postgres)
{
    auto keyRead = readKeyFile(dir);
    if (!keyRead)
        return keyRead.error();
    const storage::SecretKey& key = keyRead.value();
    auto db = storage::Database::open(databasePath(dir), key);
    if (!db)
        return db.error();
    std::unique_ptr<ServerLog> postgresLog;
    if (!postgres.isEmpty()) {
        auto location = PostgresLocation::parse(postgres);
        if (!location)
            return location.error();
        auto log = ServerLog::onPostgres(location.value());
        if (!log)
            return log.error();
        postgresLog = std::move(log.value());
    } else if (Status s = ServerLog::createOnDatabase(*db.value()); !s) {
        return s.error(); // tables added since the store was made (the audit anchors)
    }
    std::unique_ptr<EmbeddedServerStore> store(new EmbeddedServerStore(dir, std::move(db.value()), key, clock, std::move(postgresLog)));
    store->m_postgresLocation = postgres;
    if (store->m_postgresLog)
        if (auto caught = store->catchUp(); !caught)
            return caught.error();
    return store;
}

core::Result<int> EmbeddedServerStore::catchUp()
{
    // Rows PostgreSQL committed while the file's transaction did not (a crash between the two
    // commits): the log is the authority, the file's rows follow it, in log order.
    const qint64 applied = m_db->meta(LogAppliedKey).toLongLong();
    auto last = m_postgresLog->lastSeq();
    if (!last)
        return last.error();
    if (last.value() <= applied)
        return 0;
    RowCodec codec(*m_db);
    storage::Transaction tx(*m_db);
    if (!tx.active())
        return tx.beginError();
    std::optional<storage::CaptureSuspension> suspended(std::in_place, *m_db);
    if (!suspended->ok())
        return Error{ErrorCode::Storage, QStringLiteral("capture suspension failed")};
    auto changes = m_postgresLog->changesAfter(applied);
    if (!changes)
        return changes.error();
    QSqlQuery& q = changes.value();
    int count = 0;
    qint64 seq = applied;
    while (q.next()) {
        seq = q.value(0).toLongLong();
        const QString table = q.value(2).toString();
        const Status s = q.value(4).toString() == QLatin1String("D")
                             ? codec.remove(table, q.value(3).toString())
                             : codec.upsert(table, QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object());
        if (!s)
            return s.error();
        ++count;
    }
    suspended.reset();
    if (Status s = m_db->setMeta(LogAppliedKey, QString::number(seq)); !s)
        return s.error();
    if (Status s = audit(QStringLiteral("vigie-server"), QStringLiteral("admin"), QStringLiteral("sync.catch_up"), QStringLiteral("server.store"),
                         QStringLiteral("success"), QStringLiteral("from=%1;to=%2;rows=%3").arg(applied).arg(seq).arg(count));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return count;
}

QString EmbeddedServerStore::epoch() { return log().epoch(); }
qint64 EmbeddedServerStore::epochBase() { return log().epochBase(); }

Status EmbeddedServerStore::audit(const QString& login, const QString& role, const QString& action, const QString& resource,
                                  const QString& outcome, const QString& detail)
{
    return storage::AuditTrail::append(*m_db, storage::AuditEvent{login, role, action, resource, {}, 0, outcome, detail}, m_clock);
}

core::Result<qint64> EmbeddedServerStore::lastServerSeq() { return log().lastSeq(); }

core::Result<int> EmbeddedServerStore::logUnloggedRows(int perTransaction)
{
    RowCodec codec(*m_db);
    auto tables = codec.tables();
    if (!tables)
        return tables.error();
    auto logged = log().loggedRows();
    if (!logged)
        return logged.error();
    QList<QPair<QString, QJsonObject>> pending;
    for (const QString& t : tables.value()) {
        auto rows = codec.readAll(t);
        if (!rows)
            return rows.error();
        for (const QJsonObject& r : rows.value())
            if (!logged.value().contains(t + QLatin1Char('/') + r.value(QStringLiteral("id")).toString()))
                pending.append({t, r});
    }
    for (qsizetype at = 0; at < pending.size(); at += perTransaction) {
        storage::Transaction tx(*m_db);
        if (!tx.active())
            return tx.beginError();
        if (Status s = log().begin(); !s)
            return s.error();
        auto seq = log().nextSeq();
        if (!seq)
            return seq.error();
        int ord = 0;
        for (qsizetype i = at; i < qMin(pending.size(), at + perTransaction); ++i) {
            const auto& [table, row] = pending.at(i);
            LoggedChange c{seq.value(), ord++, table, row.value(QStringLiteral("id")).toString(), QStringLiteral("I"),
                           qint64(row.value(QStringLiteral("row_version")).toDouble()), compact(row), scopeOf(table, row),
                           QStringLiteral("server"), QString(), row.value(QStringLiteral("hlc")).toString()};
            if (Status s = log().append(c); !s)
                return s.error();
        }
        if (m_postgresLog)
            if (Status s = m_db->setMeta(LogAppliedKey, QString::number(seq.value())); !s)
                return s.error();
        if (Status s = log().commit(); !s)
            return s.error();
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
    if (Status s = log().begin(); !s)
        return s.error();
    if (Status s = log().addDevice(DeviceRow{e.deviceId, a.id, a.login, deviceName, sha256(e.credential),
                                             m_clock.nowUtc().toString(Qt::ISODateWithMs), {}, false});
        !s)
        return s.error();
    if (Status s = audit(a.login, e.role, QStringLiteral("sync.enroll"), QStringLiteral("device:") + e.deviceId,
                         QStringLiteral("success"), QStringLiteral("name=") + deviceName);
        !s)
        return s.error();
    if (Status s = log().commit(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return e;
}

core::Result<Device> EmbeddedServerStore::authenticate(const QString& deviceId, const QString& credential)
{
    auto row = log().device(deviceId);
    if (!row)
        return row.error();
    if (!row.value() || row.value()->credentialSha256 != sha256(credential))
        return Error{ErrorCode::AuthFailed, QCoreApplication::translate("vigie::sync", "Unknown device or wrong device credential: %1").arg(deviceId)};
    const DeviceRow& r = *row.value();
    Device d{deviceId, r.accountId, r.login, r.name, r.enrolledAt, r.lastSeen, r.revoked};
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT active FROM accounts WHERE id = ?"));
    q.addBindValue(r.accountId);
    if (!q.exec())
        return storage::sqlFailure(q);
    const bool active = q.next() && q.value(0).toInt() == 1;
    if (d.revoked || !active) {
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

namespace {
// What the user may hold, summed up: the role, the teams and protocols, the delegations live today
// and the establishments of every team they reach. A change of any of them changes what the pull
// sends; the device then leaves what it lost (SyncClient::leaveScopes). Not covered: a worker's own
// facts (an opposition, an employment moved to another team's establishment), judged row by row.
core::Result<QString> scopeFingerprint(security::Session& session, const security::Subject& subject)
{
    QStringList teams = subject.teamIds;
    QStringList protocols = subject.protocolTeamIds;
    teams.sort();
    protocols.sort();
    QStringList parts{security::roleCode(subject.role), teams.join(QLatin1Char(',')), protocols.join(QLatin1Char(','))};
    const QDate today = session.clock().nowUtc().date();
    for (const security::Delegation& d : subject.delegations)
        if (d.liveOn(today)) {
            parts << QStringLiteral("delegation:%1:%2").arg(d.id, d.teamId);
            teams << d.teamId;
        }
    teams.sort();
    teams.removeDuplicates();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT team_id, establishment_id FROM team_establishments WHERE deleted = 0 ORDER BY team_id, establishment_id"));
    if (!q.exec())
        return storage::sqlFailure(q);
    while (q.next())
        if (teams.contains(q.value(0).toString()))
            parts << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
    std::sort(parts.begin() + 3, parts.end());
    return QString::fromLatin1(QCryptographicHash::hash(parts.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

core::Result<PushResponse> EmbeddedServerStore::push(const Device& device, const PushRequest& request)
{
    auto sessionResult = userSession(databasePath(m_dir), m_key, device.login, m_clock);
    if (!sessionResult)
        return sessionResult.error();
    security::Session& session = *sessionResult.value();
    storage::Database& db = session.db();
    std::unique_ptr<ServerLog> fileLog;
    ServerLog& log = logOn(db, fileLog);
    auto subject = security::PolicyStore::loadSubject(session);
    if (!subject)
        return subject.error();
    ScopeJudge judge(session, subject.value());
    RowCodec codec(db);
    const QString role = security::roleCode(session.account().role);

    if (request.schemaVersion > db.schemaVersion())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "This computer's data is in a newer version (schema %1) than the server's (schema %2): the server must be updated first; the changes stay on the computer meanwhile")
                                             .arg(request.schemaVersion)
                                             .arg(db.schemaVersion())};
    PushResponse response;
    QString rejection;
    QString rejectedMutation;
    {
        // The file's transaction first (BEGIN IMMEDIATE: one writer), then the log's: every push
        // takes them in this order, so two pushes never wait on each other crosswise.
        storage::Transaction tx(db);
        if (!tx.active())
            return tx.beginError();
        if (Status s = log.begin(); !s)
            return s.error();
        QList<const Mutation*> fresh;
        for (const Mutation& m : request.mutations) {
            auto first = log.recorded(device.id, m.mutationId);
            if (!first) {
                log.rollback();
                return first.error();
            }
            if (first.value()) {
                MutationResult r = *first.value();
                if (r.status == QLatin1String("applied"))
                    r.status = QStringLiteral("duplicate");
                response.results.append(r);
            } else {
                fresh.append(&m);
            }
        }
        if (fresh.isEmpty()) {
            log.rollback();
            tx.rollback();
            return response;
        }
        auto seq = log.nextSeq();
        if (!seq) {
            log.rollback();
            return seq.error();
        }
        // Capture is suspended for the applied rows only, and switched on again before the commit:
        // no crash can leave it off (ChangeCapture.h).
        std::optional<storage::CaptureSuspension> suspended(std::in_place, db);
        if (!suspended->ok()) {
            log.rollback();
            return Error{ErrorCode::Storage, QStringLiteral("capture suspension failed")};
        }
        auto failed = [&log](const Error& e) {
            log.rollback();
            return e;
        };
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
                return failed(stored.error());
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
                        return failed(allowed.error());
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
            LoggedChange c{seq.value(), ord++, m->table, m->rowId, m->op, m->rowVersion, compact(m->payload), scope,
                           device.id, m->mutationId, m->hlc};
            if (Status s = log.append(c); !s)
                return failed(s.error());
            if (Status s = log.markApplied(device.id, m->mutationId, seq.value()); !s)
                return failed(s.error());
            response.results.append({m->mutationId, QStringLiteral("applied"), seq.value(), {}});
        }
        suspended.reset();
        if (rejection.isEmpty()) {
            if (Status s = log.touch(device.id, m_clock.nowUtc().toString(Qt::ISODateWithMs)); !s)
                return failed(s.error());
            if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("sync.push"), QStringLiteral("device:") + device.id, {}, 0,
                                                             QStringLiteral("success"),
                                                             QStringLiteral("seq=%1;mutations=%2").arg(seq.value()).arg(fresh.size())});
                !s)
                return failed(s.error());
            if (m_postgresLog)
                if (Status s = db.setMeta(LogAppliedKey, QString::number(seq.value())); !s)
                    return failed(s.error());
            // The log commits first: it is the authority. Should the file's commit fail after it,
            // the next open of the store applies the logged rows to the file (catchUp).
            faultPoint(ServerPushBeforeCommit);
            if (Status s = log.commit(); !s)
                return s.error();
            faultPoint(ServerPushBetweenCommits);
            if (Status s = tx.commit(); !s)
                return s.error();
            response.serverSeq = seq.value();
            return response;
        }
        log.rollback();
        tx.rollback(); // all or none: nothing of this client transaction is applied
    }
    // The transaction is refused as a whole: every new mutation of it is quarantined with its payload
    // and the reason, and the refusal is recorded like the first result, so a retry gets it again.
    storage::Transaction tx(db);
    if (!tx.active())
        return tx.beginError();
    if (Status s = log.begin(); !s)
        return s.error();
    // Results recorded before this request stand; the changes applied in the rolled-back attempt do not.
    QList<MutationResult> results;
    for (const MutationResult& r : response.results)
        if (r.status != QLatin1String("applied"))
            results.append(r);
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    for (const Mutation& m : request.mutations) {
        bool known = false;
        for (const MutationResult& r : results)
            known = known || r.mutationId == m.mutationId;
        if (known)
            continue;
        const QString reason = m.mutationId == rejectedMutation ? rejection : QStringLiteral("transaction_rejected");
        if (Status s = log.quarantine(device.id, m, reason, now); !s) {
            log.rollback();
            return s.error();
        }
        results.append({m.mutationId, QStringLiteral("rejected"), 0, reason});
    }
    if (Status s = session.audit(storage::AuditEvent{{}, role, QStringLiteral("sync.push"), QStringLiteral("device:") + device.id, {}, 0,
                                                     QStringLiteral("denied"), QStringLiteral("reason=%1;mutation=%2").arg(rejection.section(QLatin1Char(':'), 0, 0), rejectedMutation)});
        !s) {
        log.rollback();
        return s.error();
    }
    if (Status s = log.commit(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    response.results = results;
    response.serverSeq = 0;
    return response;
}

core::Result<PullPage> EmbeddedServerStore::pull(const Device& device, qint64 cursor, int limit, bool includeOwn)
{
    auto sessionResult = userSession(databasePath(m_dir), m_key, device.login, m_clock);
    if (!sessionResult)
        return sessionResult.error();
    security::Session& session = *sessionResult.value();
    storage::Database& db = session.db();
    std::unique_ptr<ServerLog> fileLog;
    ServerLog& log = logOn(db, fileLog);
    auto subject = security::PolicyStore::loadSubject(session);
    if (!subject)
        return subject.error();
    ScopeJudge judge(session, subject.value());
    limit = qBound(1, limit, 20000);

    PullPage page;
    page.epoch = log.epoch();
    auto fingerprint = scopeFingerprint(session, subject.value());
    if (!fingerprint)
        return fingerprint.error();
    page.scope = fingerprint.value();
    page.schemaVersion = db.schemaVersion();
    page.cursor = cursor;
    int withheld = 0;
    {
        // One statement, hence one read snapshot (WAL on the file; a statement snapshot on
        // PostgreSQL): every server_seq it sees is committed, and as the counter row is updated in
        // the writing transaction and locked until its commit, none below it is missing.
        auto changes = log.changesAfter(cursor);
        if (!changes)
            return changes.error();
        QSqlQuery& q = changes.value();
        int rows = 0;
        while (q.next()) {
            const qint64 seq = q.value(0).toLongLong();
            if (seq != page.cursor && rows >= limit) {
                page.more = true;
                break;
            }
            page.cursor = seq;
            ++rows;
            if (!includeOwn && q.value(10).toString() == device.id)
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
    // PostgreSQL: last_seen in a statement of its own, so that no row lock is held while the file's
    // transaction waits for its writer lock.
    if (m_postgresLog)
        if (Status s = log.touch(device.id, m_clock.nowUtc().toString(Qt::ISODateWithMs)); !s)
            return s.error();
    storage::Transaction tx(db);
    if (!tx.active())
        return tx.beginError();
    if (!m_postgresLog)
        if (Status s = log.touch(device.id, m_clock.nowUtc().toString(Qt::ISODateWithMs)); !s)
            return s.error();
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
    // With PostgreSQL, the file first, then the log: the log then holds every row the file's copy
    // includes, and a restore catches the file up from it (never the other way round).
    const QString dump = m_postgresLog ? out + QStringLiteral(".pgdump") : QString();
    if (!dump.isEmpty() && QFile::exists(dump))
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "The file %1 already exists; it is left untouched").arg(dump)};
    auto check = storage::Backup::write(*m_db, m_key, QString(), out);
    if (!check)
        return check.error();
    QString detail = QStringLiteral("file=%1 sha256=%2").arg(QFileInfo(out).fileName(), check.value().sha256);
    if (!dump.isEmpty()) {
        auto location = PostgresLocation::parse(m_postgresLocation);
        const Status dumped = location ? PostgresDump::write(location.value(), dump) : Status(location.error());
        auto dumpSum = dumped ? storage::Backup::sha256Of(dump) : core::Result<QString>(dumped.error());
        if (!dumpSum) {
            QFile::remove(out);
            QFile::remove(dump);
            return dumpSum.error();
        }
        detail += QStringLiteral(" dump=%1 dump_sha256=%2").arg(QFileInfo(dump).fileName(), dumpSum.value());
    }
    if (Status s = audit(QStringLiteral("vigie-server"), QStringLiteral("admin"), QStringLiteral("backup"), QStringLiteral("server.backup"),
                         QStringLiteral("success"), detail);
        !s)
        return s.error();
    return check;
}

core::Result<QString> EmbeddedServerStore::restore(const QString& dir, const QString& backupFile, const core::Clock& clock,
                                                   const QString& postgres)
{
    std::optional<PostgresLocation> location;
    const QString dump = backupFile + QStringLiteral(".pgdump");
    if (!postgres.isEmpty()) {
        auto parsed = PostgresLocation::parse(postgres);
        if (!parsed)
            return parsed.error();
        location = parsed.value();
        if (Status s = PostgresDump::check(dump); !s)
            return Error{s.error().code, QCoreApplication::translate("vigie::sync", "The backup %1 is refused, nothing was replaced: %2")
                                             .arg(dump, s.error().message)};
    }
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
    // The log: pg_restore in one transaction, so a failure leaves PostgreSQL as it was.
    if (location)
        if (Status s = PostgresDump::restore(*location, dump); !s) {
            QFile::remove(copy);
            return Error{s.error().code, QCoreApplication::translate("vigie::sync", "The backup %1 is refused, nothing was replaced: %2")
                                             .arg(dump, s.error().message)};
        }
    const QString kept = target + QStringLiteral(".replaced-") + clock.nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(target + suffix) && !QFile::rename(target + suffix, kept + suffix))
            return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "Unable to set the current store aside as %1").arg(kept)};
    if (!QFile::rename(copy, target))
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "Unable to put the backup in place at %1 (the previous store is %2)")
                                             .arg(target, kept)};
    auto store = open(dir, clock, postgres); // with PostgreSQL, the file catches up from the restored log
    if (!store)
        return store.error();
    storage::Database& db = *store.value()->m_db;
    storage::Transaction tx(db);
    if (!tx.active())
        return tx.beginError();
    const QString previous = store.value()->log().epoch();
    auto base = store.value()->lastServerSeq();
    if (!base)
        return base.error();
    if (Status s = store.value()->log().setEpoch(core::newUuidV7(clock), base.value()); !s)
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
    if (Status s = log().begin(); !s)
        return s;
    if (Status s = log().addAnchor(device.id, head, m_clock.nowUtc().toString(Qt::ISODateWithMs)); !s) {
        log().rollback();
        return s;
    }
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
            !s) {
            log().rollback();
            return s;
        }
    if (Status s = log().commit(); !s)
        return s;
    return tx.commit();
}

core::Result<AuditAnchor> EmbeddedServerStore::lastAnchor(const Device& device)
{
    auto kept = log().lastAnchor(device.id);
    if (!kept)
        return kept.error();
    if (kept.value())
        return *kept.value();
    AuditAnchor none;
    none.hash = QString::fromLatin1(storage::AuditTrail::GenesisHash);
    return none;
}

core::Result<QList<Device>> EmbeddedServerStore::devices()
{
    auto rows = log().devices();
    if (!rows)
        return rows.error();
    QList<Device> list;
    for (const DeviceRow& r : rows.value())
        list.append({r.id, r.accountId, r.login, r.name, r.enrolledAt, r.lastSeen, r.revoked});
    return list;
}

Status EmbeddedServerStore::revoke(const QString& deviceId)
{
    storage::Transaction tx(*m_db);
    if (!tx.active())
        return tx.beginError();
    if (Status s = log().begin(); !s)
        return s;
    auto known = log().revoke(deviceId, m_clock.nowUtc().toString(Qt::ISODateWithMs));
    if (!known || !known.value()) {
        log().rollback();
        return known ? Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "Unknown device: %1").arg(deviceId))
                     : Status(known.error());
    }
    if (Status s = audit(QStringLiteral("vigie-server"), QStringLiteral("admin"), QStringLiteral("sync.revoke"),
                         QStringLiteral("device:") + deviceId, QStringLiteral("success"), {});
        !s) {
        log().rollback();
        return s;
    }
    if (Status s = log().commit(); !s)
        return s;
    return tx.commit();
}

} // namespace vigie::sync
