#include "sync/SyncClient.h"

#include "sync/FaultPoint.h"

#include "core/Hlc.h"
#include "core/Uuid.h"
#include "security/AccountStore.h"
#include "storage/AuditSeal.h"
#include "storage/AuditTrail.h"
#include "storage/KeyRing.h"
#include "storage/ChangeCapture.h"
#include "storage/Database.h"
#include "sync/RowCodec.h"
#include "sync/Transport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrlQuery>

#include <optional>

namespace vigie::sync {
using core::Error;
using core::ErrorCode;
using core::Status;

QString SyncCounts::line() const
{
    return QStringLiteral("pushed %1 pulled %2 conflicts %3 quarantined %4").arg(pushed).arg(pulled).arg(conflicts).arg(quarantined);
}

SyncClient::SyncClient(storage::Database& db, Transport& transport, const core::Clock& clock)
    : m_db(db), m_transport(transport), m_clock(clock)
{
    m_transport.setDevice(state(db, QStringLiteral("device_id")), state(db, QStringLiteral("credential")));
}

namespace {
Status setState(storage::Database& db, const QString& key, const QString& value)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO _sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return storage::sqlFailure(q);
    return {};
}

int countOf(storage::Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

Error notEnrolled(const QString& path)
{
    return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::sync", "The database %1 is not enrolled with a server (vigie-cli sync enroll)").arg(path)};
}
} // namespace

QString SyncClient::state(storage::Database& db, const QString& key)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT value FROM _sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Status SyncClient::saveEnrolment(storage::Database& db, const QString& server, const QString& fingerprint, const Enrolment& e)
{
    storage::Transaction tx(db);
    if (!tx.active())
        return tx.beginError();
    const QList<QPair<QString, QString>> values{{QStringLiteral("server"), server},      {QStringLiteral("fingerprint"), fingerprint},
                                                {QStringLiteral("device_id"), e.deviceId}, {QStringLiteral("credential"), e.credential},
                                                {QStringLiteral("epoch"), e.epoch},        {QStringLiteral("account_id"), e.accountId},
                                                {QStringLiteral("cursor"), QStringLiteral("0")}};
    for (const auto& [k, v] : values)
        if (Status s = setState(db, k, v); !s)
            return s;
    return tx.commit();
}

Status SyncClient::createDevice(const QString& path, const Enrolment& e, const QString& password, const core::Clock& clock,
                                const QString& server, const QString& fingerprint)
{
    const auto role = security::roleFromCode(e.role);
    if (!role)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "The server sent an unknown role: %1").arg(e.role));
    const QString ringPath = storage::KeyRing::pathFor(path);
    for (const QString& p : {path, ringPath})
        if (QFileInfo::exists(p))
            return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "The file %1 already exists; it is left untouched").arg(p));
    const storage::SecretKey key = storage::SecretKey::random();
    // The audit seal's key goes in the slot and the first seal beside the file, as for any new
    // database (AuditSeal.h): otherwise the device would never be sealed.
    const storage::SecretKey sealKey = storage::SecretKey::random();
    storage::KeyRing ring;
    if (Status s = ring.setSlot(e.login, password, key, &sealKey, false); !s)
        return s;
    storage::Database::Options options;
    options.mode = storage::Database::Mode::CreateNew;
    auto db = storage::Database::open(path, key, options);
    if (!db)
        return db.error();
    storage::Database& database = *db.value();
    const QString nodeId = core::newUuidV7(clock);
    core::Hlc hlc(clock, nodeId);
    {
        storage::Transaction tx(database);
        if (!tx.active())
            return tx.beginError();
        Status s = database.setMeta(QStringLiteral("node_id"), nodeId);
        if (s)
            s = database.setMeta(QStringLiteral("created_at"), clock.nowUtc().toString(Qt::ISODateWithMs));
        if (s) {
            // The account came from the server: not captured (capture on again before the commit).
            storage::CaptureSuspension suspended(database);
            s = suspended.ok() ? security::AccountStore::insertRow(database, security::Account{e.accountId, e.login, e.displayName, *role, {}, true},
                                                                   hlc.now().toString(), e.accountId, clock.nowUtc().toString(Qt::ISODateWithMs))
                               : Status::fail(ErrorCode::Storage, QStringLiteral("capture suspension failed"));
        }
        if (s)
            s = storage::AuditTrail::append(database,
                                            storage::AuditEvent{e.login, e.role, QStringLiteral("sync.enroll"), QStringLiteral("device:") + e.deviceId,
                                                                {}, 0, QStringLiteral("success"), QStringLiteral("server=") + server},
                                            clock);
        if (s)
            s = tx.commit();
        if (!s)
            return s;
    }
    if (Status s = saveEnrolment(database, server, fingerprint, e); !s)
        return s;
    auto head = storage::AuditSeal::currentHead(database);
    if (!head)
        return head.error();
    if (Status s = storage::AuditSeal::write(storage::AuditSeal::pathFor(path), sealKey, head.value()); !s)
        return s;
    return ring.save(ringPath);
}

core::Result<SyncStatus> SyncClient::status(storage::Database& db)
{
    SyncStatus s;
    s.server = state(db, QStringLiteral("server"));
    s.device = state(db, QStringLiteral("device_id"));
    if (s.device.isEmpty())
        return notEnrolled(db.path());
    s.lastSync = state(db, QStringLiteral("last_sync"));
    s.epoch = state(db, QStringLiteral("epoch"));
    s.pending = countOf(db, QStringLiteral("SELECT count(*) FROM _outbox WHERE state = 'pending'"));
    s.conflicts = countOf(db, QStringLiteral("SELECT count(*) FROM _conflict WHERE status = 'open'"));
    s.quarantined = countOf(db, QStringLiteral("SELECT count(*) FROM _quarantine WHERE status = 'open'"));
    return s;
}

core::Result<SyncCounts> SyncClient::syncNow(int pushBatch, int pullLimit)
{
    if (state(m_db, QStringLiteral("device_id")).isEmpty())
        return notEnrolled(m_db.path());
    SyncCounts counts;
    if (Status s = followEpoch(); !s)
        return s.error();
    if (Status s = pushAll(counts, pushBatch); !s)
        return s.error();
    if (Status s = pullAll(counts, pullLimit); !s)
        return s.error();
    if (Status s = sendAuditAnchor(); !s)
        return s.error();
    storage::Transaction tx(m_db);
    if (!tx.active())
        return tx.beginError();
    if (Status s = setState(m_db, QStringLiteral("last_sync"), m_clock.nowUtc().toString(Qt::ISODate)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return counts;
}

Status SyncClient::followEpoch()
{
    auto hello = m_transport.call(QString::fromLatin1(HelloPath), {}, true);
    if (!hello)
        return hello.error();
    const QString epoch = hello.value().value(QStringLiteral("epoch")).toString();
    const QString known = state(m_db, QStringLiteral("epoch"));
    if (epoch.isEmpty() || epoch == known)
        return {};
    // What the restored store held: beyond it, what this device had acknowledged is lost and sent
    // again. Not the server's current server_seq: other desktops may have pushed since the restore,
    // and their new transactions reuse the numbers of the lost ones (found by the soak, seed 1).
    const QJsonValue base = hello.value().value(QStringLiteral("epoch_base_seq"));
    const qint64 serverSeq = qint64((base.isUndefined() ? hello.value().value(QStringLiteral("server_seq")) : base).toDouble(-1));
    if (serverSeq < 0)
        return Status::fail(ErrorCode::Storage, QStringLiteral("hello: no server_seq"));
    storage::Transaction tx(m_db);
    if (!tx.active())
        return tx.beginError();
    QSqlQuery again(m_db.sql());
    // The refused changes too: the restored server may have lost their quarantine (they were refused
    // after its backup); sent again, each is judged again or found in its record, and kept on both
    // sides (found by the soak, seed 1101).
    again.prepare(QStringLiteral("UPDATE _outbox SET state = 'pending', server_seq = NULL WHERE (state = 'acked' AND server_seq > ?) OR state = 'quarantined'"));
    again.addBindValue(serverSeq);
    if (!again.exec())
        return storage::sqlFailure(again);
    const int resent = again.numRowsAffected();
    const qint64 cursor = state(m_db, QStringLiteral("cursor")).toLongLong();
    if (Status s = setState(m_db, QStringLiteral("cursor"), QString::number(qMin(cursor, serverSeq))); !s)
        return s;
    if (Status s = setState(m_db, QStringLiteral("epoch"), epoch); !s)
        return s;
    // What is sent again gets new server_seq numbers, in an order that mixes with what the other
    // desktops send again: the last one the server applies wins, and it may be this device's older
    // change of a row it has since received from another. So this device reads its own changes
    // too, up to the last one sent again, and ends on the server's version (found by the soak,
    // seed 1050).
    if (resent > 0)
        if (Status s = setState(m_db, QStringLiteral("reread_resent"), QStringLiteral("1")); !s)
            return s;
    if (Status s = storage::AuditTrail::append(m_db,
                                               storage::AuditEvent{state(m_db, QStringLiteral("account_id")), {}, QStringLiteral("sync.epoch"), QStringLiteral("server"), {}, 0,
                                                                   QStringLiteral("success"),
                                                                   QStringLiteral("from=%1;to=%2;server_seq=%3;resent=%4;cursor=%5")
                                                                       .arg(known, epoch)
                                                                       .arg(serverSeq)
                                                                       .arg(resent)
                                                                       .arg(qMin(cursor, serverSeq))},
                                               m_clock);
        !s)
        return s;
    return tx.commit();
}

Status SyncClient::sendAuditAnchor()
{
    auto kept = serverAnchor();
    if (!kept)
        return kept.error();
    auto head = storage::AuditSeal::currentHead(m_db);
    if (!head)
        return head.error();
    if (head.value().count == kept.value().count && head.value().hash == kept.value().hash)
        return {};
    AuditAnchor anchor;
    anchor.count = head.value().count;
    anchor.hash = head.value().hash;
    anchor.keptCount = kept.value().count;
    auto atKept = storage::AuditSeal::hashAtCount(m_db, kept.value().count);
    if (!atKept)
        return atKept.error();
    anchor.hashAtKept = atKept.value();
    auto answer = m_transport.call(QString::fromLatin1(AnchorPath), anchor.toJson());
    if (!answer)
        return answer.error();
    return {};
}

core::Result<AuditAnchor> SyncClient::serverAnchor()
{
    if (state(m_db, QStringLiteral("device_id")).isEmpty())
        return notEnrolled(m_db.path());
    auto answer = m_transport.call(QString::fromLatin1(AnchorPath), {}, true);
    if (!answer)
        return answer.error();
    return AuditAnchor::fromJson(answer.value());
}

Status SyncClient::pushAll(SyncCounts& counts, int batch)
{
    for (;;) {
        PushRequest request;
        request.deviceId = state(m_db, QStringLiteral("device_id"));
        request.schemaVersion = m_db.schemaVersion();
        QList<qint64> seqs;
        {
            QSqlQuery q(m_db.sql());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT seq, mutation_id, table_name, row_id, op, row_version, hlc, updated_by, payload "
                                     "FROM _outbox WHERE state = 'pending' ORDER BY seq LIMIT ?"));
            q.addBindValue(batch);
            if (!q.exec())
                return storage::sqlFailure(q);
            while (q.next()) {
                seqs << q.value(0).toLongLong();
                request.mutations.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                          q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(),
                                          q.value(7).toString(), QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object()});
            }
        }
        if (request.mutations.isEmpty())
            return {};
        auto answer = m_transport.call(QString::fromLatin1(PushPath), request.toJson());
        if (!answer)
            return answer.error();
        faultPoint(ClientPushAnswered);
        const PushResponse response = PushResponse::fromJson(answer.value());
        if (response.results.size() != request.mutations.size())
            return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "The server answered %1 results for %2 changes")
                                                        .arg(response.results.size()).arg(request.mutations.size()));
        storage::Transaction tx(m_db);
        if (!tx.active())
            return tx.beginError();
        for (qsizetype i = 0; i < request.mutations.size(); ++i) {
            const Mutation& m = request.mutations.at(i);
            const MutationResult* r = nullptr;
            for (const MutationResult& candidate : response.results)
                if (candidate.mutationId == m.mutationId)
                    r = &candidate;
            if (!r)
                return Status::fail(ErrorCode::Storage, QStringLiteral("push: no result for mutation %1").arg(m.mutationId));
            QSqlQuery u(m_db.sql());
            if (r->status == QLatin1String("applied") || r->status == QLatin1String("duplicate")) {
                u.prepare(QStringLiteral("UPDATE _outbox SET state = 'acked', server_seq = ? WHERE seq = ?"));
                u.addBindValue(r->serverSeq);
                u.addBindValue(seqs.at(i));
                ++counts.pushed;
            } else if (r->status == QLatin1String("rejected")) {
                QSqlQuery qq(m_db.sql());
                qq.prepare(QStringLiteral("INSERT OR REPLACE INTO _quarantine(mutation_id, reason, mutation, at) VALUES (?,?,?,?)"));
                qq.addBindValue(m.mutationId);
                qq.addBindValue(r->reason);
                qq.addBindValue(QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact)));
                qq.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
                if (!qq.exec())
                    return storage::sqlFailure(qq);
                u.prepare(QStringLiteral("UPDATE _outbox SET state = 'quarantined' WHERE seq = ?"));
                u.addBindValue(seqs.at(i));
                ++counts.quarantined;
            } else {
                return Status::fail(ErrorCode::Storage, QStringLiteral("push: unknown status %1").arg(r->status));
            }
            if (!u.exec())
                return storage::sqlFailure(u);
        }
        // A change that was refused once and is now applied (sent again after a new epoch, the
        // user's rights having changed meanwhile) leaves the list of refused changes.
        QSqlQuery resolved(m_db.sql());
        if (!resolved.exec(QStringLiteral("UPDATE _quarantine SET status = 'resolved' WHERE status = 'open' AND mutation_id IN "
                                          "(SELECT mutation_id FROM _outbox WHERE state = 'acked')")))
            return storage::sqlFailure(resolved);
        if (Status s = tx.commit(); !s)
            return s;
        if (onProgress)
            onProgress(counts);
    }
}

Status SyncClient::pullAll(SyncCounts& counts, int limit)
{
    if (state(m_db, QStringLiteral("reread_resent")) == QLatin1String("1")) {
        // The pushes ran: the changes sent again after a new epoch hold their new numbers now.
        storage::Transaction tx(m_db);
        if (!tx.active())
            return tx.beginError();
        const qint64 lastResent = countOf(m_db, QStringLiteral("SELECT coalesce(max(server_seq), 0) FROM _outbox WHERE state = 'acked'"));
        const qint64 until = qMax(state(m_db, QStringLiteral("reread_until")).toLongLong(), lastResent);
        if (Status s = setState(m_db, QStringLiteral("reread_until"), QString::number(until)); !s)
            return s;
        if (Status s = setState(m_db, QStringLiteral("reread_resent"), QStringLiteral("0")); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    for (;;) {
        const QString cursor = state(m_db, QStringLiteral("cursor"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"), cursor.isEmpty() ? QStringLiteral("0") : cursor);
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        // Reading the scopes again after leaving some: up to where it was, the device asks for its
        // own changes too, as it removed them with the rest.
        if (state(m_db, QStringLiteral("reread_until")).toLongLong() > cursor.toLongLong())
            query.addQueryItem(QStringLiteral("own"), QStringLiteral("1"));
        auto answer = m_transport.call(QString::fromLatin1(PullPath) + QLatin1Char('?') + query.toString(), {}, true);
        if (!answer)
            return answer.error();
        const PullPage page = PullPage::fromJson(answer.value());
        if (page.epoch != state(m_db, QStringLiteral("epoch")))
            return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "The server's epoch changed (restored from a backup?): %1 instead of %2")
                                                        .arg(page.epoch, state(m_db, QStringLiteral("epoch"))));
        if (page.schemaVersion > m_db.schemaVersion())
            return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "The server holds data in a newer version (schema %1) than this computer (schema %2): update Vigie on this computer to receive the others' changes. Your own work is kept and was sent.")
                                                        .arg(page.schemaVersion)
                                                        .arg(m_db.schemaVersion()));
        if (page.cursor < cursor.toLongLong())
            return Status::fail(ErrorCode::Storage, QStringLiteral("pull: the server's cursor went back"));
        if (!page.scope.isEmpty() && page.scope != state(m_db, QStringLiteral("scope"))) {
            if (state(m_db, QStringLiteral("scope")).isEmpty()) {
                // The first fingerprint this device receives: remembered, nothing to leave.
                storage::Transaction tx(m_db);
                if (!tx.active())
                    return tx.beginError();
                if (Status s = setState(m_db, QStringLiteral("scope"), page.scope); !s)
                    return s;
                if (Status s = tx.commit(); !s)
                    return s;
            } else {
                if (Status s = leaveScopes(page.scope, qMax(page.cursor, cursor.toLongLong()), counts); !s)
                    return s;
                continue; // read again from the start
            }
        }
        if (Status s = applyPage(page, counts); !s)
            return s;
        if (onProgress)
            onProgress(counts);
        if (!page.more)
            return {};
    }
}

Status SyncClient::leaveScopes(const QString& scope, qint64 rereadUntil, SyncCounts& counts)
{
    // Nothing typed here is removed unsent: the push ran first; what is still waiting must reach the
    // server (applied or quarantined there, and kept here) before anything is purged.
    const int pending = countOf(m_db, QStringLiteral("SELECT count(*) FROM _outbox WHERE state = 'pending'"));
    if (pending > 0)
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "The user's rights changed: %n change(s) made on this computer must reach the server before it removes what the user may no longer see", nullptr, pending));
    RowCodec codec(m_db);
    auto tables = codec.tables();
    if (!tables)
        return tables.error();
    if (Status s = m_db.execScript(QStringLiteral("PRAGMA foreign_keys = OFF")); !s)
        return s;
    Status result = [&]() -> Status {
        storage::Transaction tx(m_db);
        if (!tx.active())
            return tx.beginError();
        std::optional<storage::CaptureSuspension> suspended(std::in_place, m_db);
        if (!suspended->ok())
            return Status::fail(ErrorCode::Storage, QStringLiteral("capture suspension failed"));
        int purged = 0;
        QStringList detail;
        for (const QString& table : tables.value()) {
            auto workerData = codec.isWorkerData(table);
            if (!workerData)
                return workerData.error();
            if (!workerData.value())
                continue;
            // A closed consultation or a signed document may never be deleted from the record: the
            // guard is lifted for this copy only, inside this transaction (the server keeps the
            // original; a crash rolls the guard back in place with the rows).
            QSqlQuery guards(m_db.sql());
            guards.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '%BEFORE DELETE%'"));
            guards.addBindValue(table);
            if (!guards.exec())
                return storage::sqlFailure(guards);
            QStringList recreate;
            QStringList names;
            while (guards.next()) {
                names << guards.value(0).toString();
                recreate << guards.value(1).toString();
            }
            QSqlQuery d(m_db.sql());
            for (const QString& name : std::as_const(names))
                if (!d.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)))
                    return storage::sqlFailure(d);
            // The table's name comes from the database's own schema (RowCodec), never from the network.
            if (!d.exec(QStringLiteral("DELETE FROM \"%1\"").arg(table)))
                return storage::sqlFailure(d);
            const int removed = d.numRowsAffected();
            for (const QString& sql : std::as_const(recreate))
                if (!d.exec(sql))
                    return storage::sqlFailure(d);
            if (removed > 0) {
                purged += removed;
                detail << QStringLiteral("%1:%2").arg(table).arg(removed);
            }
        }
        suspended.reset();
        if (Status s = setState(m_db, QStringLiteral("cursor"), QStringLiteral("0")); !s)
            return s;
        if (Status s = setState(m_db, QStringLiteral("scope"), scope); !s)
            return s;
        if (Status s = setState(m_db, QStringLiteral("reread_until"), QString::number(rereadUntil)); !s)
            return s;
        if (Status s = storage::AuditTrail::append(m_db,
                                                   storage::AuditEvent{state(m_db, QStringLiteral("account_id")), {}, QStringLiteral("sync.scope_leave"),
                                                                       QStringLiteral("server"), {}, 0, QStringLiteral("success"),
                                                                       QStringLiteral("purged=%1;%2").arg(purged).arg(detail.join(QLatin1Char(',')))},
                                                   m_clock);
            !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        counts.purged += purged;
        return {};
    }();
    const Status restored = m_db.execScript(QStringLiteral("PRAGMA foreign_keys = ON"));
    return result ? restored : result;
}

Status SyncClient::applyPage(const PullPage& page, SyncCounts& counts)
{
    // Rows arrive filtered (a row may refer to one the user may not hold): foreign keys are not
    // checked while applying; the server checked them when it accepted the change.
    if (Status s = m_db.execScript(QStringLiteral("PRAGMA foreign_keys = OFF")); !s)
        return s;
    Status result = [&]() -> Status {
        storage::Transaction tx(m_db);
        if (!tx.active())
            return tx.beginError();
        // Suspended for the page's rows only, on again before the commit: no crash can leave it off.
        std::optional<storage::CaptureSuspension> suspended(std::in_place, m_db);
        if (!suspended->ok())
            return Status::fail(ErrorCode::Storage, QStringLiteral("capture suspension failed"));
        RowCodec codec(m_db);
        auto keepBoth = [&](const Change& c, const QVariant& local) -> Status {
            QSqlQuery k(m_db.sql());
            k.prepare(QStringLiteral("INSERT INTO _conflict(id, tbl, row_id, local_payload, server_payload, server_seq, at) VALUES (?,?,?,?,?,?,?)"));
            k.addBindValue(core::newUuidV7(m_clock));
            k.addBindValue(c.table);
            k.addBindValue(c.rowId);
            k.addBindValue(local);
            k.addBindValue(QString::fromUtf8(QJsonDocument(c.payload).toJson(QJsonDocument::Compact)));
            k.addBindValue(c.serverSeq);
            k.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
            if (!k.exec())
                return storage::sqlFailure(k);
            ++counts.conflicts;
            return {};
        };
        for (const Change& c : page.changes) {
            // A row changed here and not pushed yet: both versions are kept for a person to choose.
            QSqlQuery p(m_db.sql());
            p.prepare(QStringLiteral("SELECT payload FROM _outbox WHERE state = 'pending' AND table_name = ? AND row_id = ? ORDER BY seq DESC LIMIT 1"));
            p.addBindValue(c.table);
            p.addBindValue(c.rowId);
            if (!p.exec())
                return storage::sqlFailure(p);
            if (p.next()) {
                if (Status s = keepBoth(c, p.value(0)); !s)
                    return s;
                continue;
            }
            // A row this device changed after this change, pushed and acknowledged at a later
            // server_seq while this page was still to come: the device's own version is the
            // server's newer one (the server does not send a device its own changes), and
            // applying the older one would leave the device behind for good.
            QSqlQuery later(m_db.sql());
            later.prepare(QStringLiteral("SELECT 1 FROM _outbox WHERE state = 'acked' AND table_name = ? AND row_id = ? AND server_seq > ? LIMIT 1"));
            later.addBindValue(c.table);
            later.addBindValue(c.rowId);
            later.addBindValue(c.serverSeq);
            if (!later.exec())
                return storage::sqlFailure(later);
            if (later.next())
                continue;
            const Status applied = c.op == QLatin1String("D") ? codec.remove(c.table, c.rowId) : codec.upsert(c.table, c.payload);
            if (!applied) {
                // The server's row collides with a local one (the same login or the same worker
                // created on two desktops): the failed statement changed nothing; the server's
                // version is kept beside the local one, for a person to decide.
                if (applied.error().code != ErrorCode::Storage)
                    return applied;
                if (Status s = keepBoth(c, QVariant()); !s)
                    return s;
                continue;
            }
            ++counts.pulled;
            faultPoint(ClientPullRowApplied);
        }
        suspended.reset();
        if (Status s = setState(m_db, QStringLiteral("cursor"), QString::number(page.cursor)); !s)
            return s;
        faultPoint(ClientPullBeforeCommit);
        return tx.commit();
    }();
    const Status restored = m_db.execScript(QStringLiteral("PRAGMA foreign_keys = ON"));
    return result ? restored : result;
}

} // namespace vigie::sync
