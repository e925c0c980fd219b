#include "workforce/IdentityStore.h"

#include "security/PolicyStore.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "workforce/WorkerReferences.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace vigie::workforce {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {

constexpr int KeyBatch = 20000;

using storage::sqlFailure; // a failed query as a storage error (storage/Database.h)

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString movedJson(const QMap<QString, QStringList>& moved)
{
    QJsonObject o;
    for (auto it = moved.cbegin(); it != moved.cend(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QStringList> movedFrom(const QString& json)
{
    QMap<QString, QStringList> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        QStringList ids;
        for (const QJsonValue& v : it.value().toArray())
            ids << v.toString();
        out.insert(it.key(), ids);
    }
    return out;
}

// Closed consultations and signed documents refuse any change (their triggers); a merge only relinks
// them to the kept identity, which the triggers allow while _relink.active is set (migration 0017).
Status setRelink(QSqlDatabase db, bool active)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE _relink SET active = ? WHERE id = 1"));
    q.addBindValue(active ? 1 : 0);
    if (!q.exec())
        return sqlFailure(q);
    if (q.numRowsAffected() != 1)
        return Status::fail(ErrorCode::Storage, QStringLiteral("_relink: the guard row is missing"));
    return {};
}

// Points one row's reference at `to`, stamping it as every synchronised change is.
Status relinkRow(QSqlDatabase db, const WriteContext& ctx, const WorkerReference& ref, const QString& rowId, const QString& from,
                 const QString& to)
{
    // Identifiers come from the schema (sqlite_master), never from input.
    QSqlQuery q(db);
    if (ref.versioned) {
        q.prepare(QStringLiteral("UPDATE \"%1\" SET \"%2\" = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                                 "WHERE id = ? AND \"%2\" = ?")
                      .arg(ref.table, ref.column));
        q.addBindValue(to);
        q.addBindValue(ctx.hlc());
        q.addBindValue(ctx.accountId);
    } else {
        q.prepare(QStringLiteral("UPDATE \"%1\" SET \"%2\" = ? WHERE id = ? AND \"%2\" = ?").arg(ref.table, ref.column));
        q.addBindValue(to);
    }
    q.addBindValue(rowId);
    q.addBindValue(from);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

// Marks a row changed (the sync conventions) after a merge or its undo changed some of its fields.
Status stampRow(QSqlDatabase db, const WriteContext& ctx, const QString& table, const QString& rowId)
{
    QSqlQuery stamp(db);
    stamp.prepare(QStringLiteral("UPDATE \"%1\" SET row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ?").arg(table));
    stamp.addBindValue(ctx.hlc());
    stamp.addBindValue(ctx.accountId);
    stamp.addBindValue(rowId);
    if (!stamp.exec())
        return sqlFailure(stamp);
    return {};
}

Result<QStringList> rowsReferring(QSqlDatabase db, const WorkerReference& ref, const QString& workerId)
{
    QSqlQuery ids(db);
    ids.setForwardOnly(true);
    ids.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE \"%2\" = ? ORDER BY id").arg(ref.table, ref.column));
    ids.addBindValue(workerId);
    if (!ids.exec())
        return sqlFailure(ids);
    QStringList list;
    while (ids.next())
        list << ids.value(0).toString();
    return list;
}

// Every row (tombstones included: the whole history moves) that refers to `from` now refers to `to`.
Result<QMap<QString, QStringList>> moveRows(QSqlDatabase db, const WriteContext& ctx, const WorkerReference& ref,
                                            const QString& from, const QString& to)
{
    auto list = rowsReferring(db, ref, from);
    if (!list)
        return list.error();
    for (const QString& rowId : list.value())
        if (Status s = relinkRow(db, ctx, ref, rowId, from, to); !s)
            return s.error();
    return QMap<QString, QStringList>{{ref.key(), list.value()}};
}

QString filledKey(const WorkerReference& ref) { return ref.key() + QStringLiteral("#filled"); }

// A table with one row per worker (the record's part 1°): the duplicate's row moves when the kept
// worker has none; otherwise its values fill the kept row's empty fields (listed as "row|column", so
// that an unmerge empties them again) and the duplicate's row stays with the merged identity.
Result<QMap<QString, QStringList>> fillOrMoveUnique(QSqlDatabase db, const WriteContext& ctx, const WorkerReference& ref,
                                                    const QString& keptId, const QString& mergedId)
{
    auto keptRows = rowsReferring(db, ref, keptId);
    if (!keptRows)
        return keptRows.error();
    if (keptRows.value().isEmpty())
        return moveRows(db, ctx, ref, mergedId, keptId);
    auto dupRows = rowsReferring(db, ref, mergedId);
    if (!dupRows)
        return dupRows.error();
    if (dupRows.value().isEmpty())
        return QMap<QString, QStringList>{};
    const QString keptRow = keptRows.value().first();
    const QString dupRow = dupRows.value().first();
    QSqlQuery cols(db);
    cols.setForwardOnly(true);
    cols.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE name NOT IN "
                                "('id', 'row_version', 'hlc', 'updated_by', 'deleted', ?) AND pk = 0"));
    cols.addBindValue(ref.table);
    cols.addBindValue(ref.column);
    if (!cols.exec())
        return sqlFailure(cols);
    QStringList filled;
    while (cols.next()) {
        const QString col = cols.value(0).toString();
        QSqlQuery fill(db);
        fill.prepare(QStringLiteral("UPDATE \"%1\" SET \"%2\" = (SELECT \"%2\" FROM \"%1\" WHERE id = ?) "
                                    "WHERE id = ? AND \"%2\" IS NULL AND (SELECT \"%2\" FROM \"%1\" WHERE id = ?) IS NOT NULL")
                         .arg(ref.table, col));
        fill.addBindValue(dupRow);
        fill.addBindValue(keptRow);
        fill.addBindValue(dupRow);
        if (!fill.exec())
            return sqlFailure(fill);
        if (fill.numRowsAffected() > 0)
            filled << keptRow + QLatin1Char('|') + col;
    }
    if (!filled.isEmpty() && ref.versioned)
        if (Status s = stampRow(db, ctx, ref.table, keptRow); !s)
            return s.error();
    return QMap<QString, QStringList>{{filledKey(ref), filled}};
}

// Undoes one entry of a merge's `moved` list (a table's moved rows, or the fields a merge filled).
Status putBack(QSqlDatabase db, const WriteContext& ctx, const QList<WorkerReference>& references, const QString& key,
               const QStringList& entries, const QString& keptId, const QString& mergedId)
{
    const bool filled = key.endsWith(QLatin1String("#filled"));
    const QString refKey = filled ? key.chopped(int(qstrlen("#filled"))) : key;
    const WorkerReference* ref = nullptr;
    for (const WorkerReference& r : references)
        if (r.key() == refKey)
            ref = &r;
    if (!ref)
        return Status::fail(ErrorCode::Storage,
                            QCoreApplication::translate("vigie::workforce", "The merge moved rows of %1, which no longer refers to workers")
                                .arg(refKey));
    if (!filled) {
        for (const QString& rowId : entries)
            if (Status s = relinkRow(db, ctx, *ref, rowId, keptId, mergedId); !s)
                return s;
        return {};
    }
    QString keptRow;
    for (const QString& entry : entries) {
        const qsizetype bar = entry.indexOf(QLatin1Char('|'));
        keptRow = entry.left(bar);
        const QString col = entry.mid(bar + 1);
        QSqlQuery cols(db);
        cols.setForwardOnly(true);
        cols.prepare(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"));
        cols.addBindValue(ref->table);
        cols.addBindValue(col);
        if (!cols.exec() || !cols.next() || cols.value(0).toInt() != 1)
            return Status::fail(ErrorCode::Storage, QStringLiteral("merge: unknown column %1 of %2").arg(col, ref->table));
        QSqlQuery empty(db);
        empty.prepare(QStringLiteral("UPDATE \"%1\" SET \"%2\" = NULL WHERE id = ?").arg(ref->table, col));
        empty.addBindValue(keptRow);
        if (!empty.exec())
            return sqlFailure(empty);
    }
    if (!keptRow.isEmpty() && ref->versioned)
        return stampRow(db, ctx, ref->table, keptRow);
    return {};
}

// Reading identities to compare them: the declaration's rights or reading part 1°.
Status requireIdentityVigilance(security::Session& session)
{
    namespace AccessPolicy = security::AccessPolicy;
    using security::Module;
    const security::Role role = session.account().role;
    if (AccessPolicy::canUseModule(role, Module::Membership) || AccessPolicy::canUseModule(role, Module::Planning) ||
        AccessPolicy::matrixAllows(role, 1, security::Action::Read))
        return {};
    return storage::auditedRefusal(session.audit(storage::AuditEvent{{}, {}, QStringLiteral("search"), QStringLiteral("worker.duplicates"), {}, 1,
                                                                     QStringLiteral("denied"), QStringLiteral("reason=role")}),
                                   Error{ErrorCode::Denied,
                                         QCoreApplication::translate("vigie::workforce", "Access refused: your role does not give access to workers' identity")});
}

} // namespace

QString DuplicateCandidate::describe() const
{
    QString name = birthName.toUpper() + QLatin1Char(' ') + firstBirthFirstName;
    if (!usedName.isEmpty())
        name += QStringLiteral(" (%1)").arg(usedName.toUpper());
    //: %1 name, %2 birth date, %3 worker id, %4 why it is a likely duplicate
    return QCoreApplication::translate("vigie::workforce", "%1, born %2 (id %3): %4")
        .arg(name, birthDate, workerId, duplicateReasonText(reason));
}

int MergeRecord::movedCount() const
{
    int n = 0;
    for (const QStringList& ids : moved)
        n += int(ids.size());
    return n;
}

// ----- SQL layer ---------------------------------------------------------------------------------

Result<bool> IdentityStore::Sql::anyPending(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM _worker_keys_pending)")) || !q.next())
        return sqlFailure(q);
    return q.value(0).toInt() == 1;
}

const QString& IdentityStore::Sql::putKeysSql()
{
    static const QString sql = QStringLiteral(
        "INSERT OR REPLACE INTO _worker_keys(worker_id, alias_of, nir, identity_key, phonetic_key, nir_hash, phonetic_hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    return sql;
}

void IdentityStore::Sql::bindKeys(QSqlQuery& q, const QString& workerId, const QString& aliasOf, const IdentityKeys& keys)
{
    q.addBindValue(workerId);
    q.addBindValue(textOrNull(aliasOf));
    q.addBindValue(textOrNull(keys.nir));
    q.addBindValue(keys.identityKey);
    q.addBindValue(keys.phoneticKey);
    q.addBindValue(keys.nir.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(keyHash(keys.nir)));
    q.addBindValue(keyHash(keys.phoneticKey));
}

Status IdentityStore::Sql::storeKeys(QSqlDatabase db, const QString& workerId, const IdentityKeys& keys)
{
    QSqlQuery q(db);
    q.prepare(putKeysSql());
    bindKeys(q, workerId, {}, keys);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Result<int> IdentityStore::Sql::refreshKeys(QSqlDatabase db, int batch)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.worker_id, w.id IS NULL OR w.deleted = 1, coalesce(w.merged_into, ''), w.birth_name, "
                             "w.first_birth_first_name, w.birth_date, coalesce(w.ins_matricule, w.nir) "
                             "FROM _worker_keys_pending p LEFT JOIN workers w ON w.id = p.worker_id LIMIT ?"));
    q.addBindValue(batch);
    if (!q.exec())
        return sqlFailure(q);
    struct Row {
        QString id;
        bool drop;
        QString aliasOf;
        IdentityKeys keys;
    };
    QList<Row> rows;
    while (q.next()) {
        Row r{q.value(0).toString(), q.value(1).toInt() == 1, q.value(2).toString(), {}};
        if (!r.drop) {
            const QDate birth = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            r.keys = {q.value(6).toString(), identityKey(q.value(3).toString(), q.value(4).toString(), birth),
                      phoneticKey(q.value(3).toString(), q.value(4).toString(), birth)};
        }
        rows << std::move(r);
    }
    q.finish();
    QSqlQuery put(db), drop(db), done(db);
    put.prepare(putKeysSql());
    drop.prepare(QStringLiteral("DELETE FROM _worker_keys WHERE worker_id = ?"));
    done.prepare(QStringLiteral("DELETE FROM _worker_keys_pending WHERE worker_id = ?"));
    for (const Row& r : rows) {
        if (r.drop) {
            drop.addBindValue(r.id);
            if (!drop.exec())
                return sqlFailure(drop);
        } else {
            bindKeys(put, r.id, r.aliasOf, r.keys);
            if (!put.exec())
                return sqlFailure(put);
        }
        done.addBindValue(r.id);
        if (!done.exec())
            return sqlFailure(done);
    }
    return int(rows.size());
}

Status IdentityStore::Sql::recomputeKeys(QSqlDatabase db, const QString& workerId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT deleted, coalesce(merged_into, ''), birth_name, first_birth_first_name, birth_date, "
                             "coalesce(ins_matricule, nir) FROM workers WHERE id = ?"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    if (q.next() && q.value(0).toInt() == 0) {
        const QDate birth = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        const QString aliasOf = q.value(1).toString();
        const IdentityKeys keys{q.value(5).toString(), identityKey(q.value(2).toString(), q.value(3).toString(), birth),
                                phoneticKey(q.value(2).toString(), q.value(3).toString(), birth)};
        q.finish();
        QSqlQuery put(db);
        put.prepare(putKeysSql());
        bindKeys(put, workerId, aliasOf, keys);
        if (!put.exec())
            return sqlFailure(put);
    } else {
        q.finish();
        QSqlQuery drop(db);
        drop.prepare(QStringLiteral("DELETE FROM _worker_keys WHERE worker_id = ?"));
        drop.addBindValue(workerId);
        if (!drop.exec())
            return sqlFailure(drop);
    }
    QSqlQuery done(db);
    done.prepare(QStringLiteral("DELETE FROM _worker_keys_pending WHERE worker_id = ?"));
    done.addBindValue(workerId);
    if (!done.exec())
        return sqlFailure(done);
    return {};
}

const QString& IdentityStore::Sql::candidatesSql()
{
    // Equal identity keys have equal phonetic keys: the phonetic index finds both kinds of match.
    static const QString sql = QStringLiteral(
        "SELECT coalesce(alias_of, worker_id), nir, identity_key, phonetic_key FROM _worker_keys WHERE nir_hash = ? "
        "UNION SELECT coalesce(alias_of, worker_id), nir, identity_key, phonetic_key FROM _worker_keys WHERE phonetic_hash = ?");
    return sql;
}

void IdentityStore::Sql::bindCandidates(QSqlQuery& q, const IdentityKeys& keys)
{
    q.addBindValue(keys.nir.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(keyHash(keys.nir)));
    q.addBindValue(keyHash(keys.phoneticKey));
}

QList<QPair<QString, KeyMatch>> IdentityStore::bestMatches(const IdentityKeys& keys, const QList<KeyHit>& hits)
{
    // Rank: the same person, then same traits, same NIR, sounds alike. A worker may come twice (its own
    // keys and those of an identity merged into it): its strongest match counts.
    auto rank = [](const KeyMatch& m) {
        if (m.comparison == KeyComparison::Same)
            return 0;
        return m.reason == DuplicateReason::SameTraits ? 1 : m.reason == DuplicateReason::SameNir ? 2 : 3;
    };
    QList<QPair<QString, KeyMatch>> out;
    for (const KeyHit& h : hits) {
        const KeyMatch m = compareKeys(keys, h.keys);
        if (m.comparison == KeyComparison::Different)
            continue;
        bool seen = false;
        for (auto& [id, best] : out)
            if (id == h.workerId) {
                seen = true;
                if (rank(m) < rank(best))
                    best = m;
            }
        if (!seen)
            out << qMakePair(h.workerId, m);
    }
    return out;
}

Result<QList<KeyHit>> IdentityStore::Sql::candidates(QSqlDatabase db, const IdentityKeys& keys)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(candidatesSql());
    bindCandidates(q, keys);
    if (!q.exec())
        return sqlFailure(q);
    QList<KeyHit> out;
    while (q.next())
        out << KeyHit{q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}};
    return out;
}

Result<DuplicateCandidate> IdentityStore::Sql::describe(QSqlDatabase db, const QString& workerId, DuplicateReason reason)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, birth_name, first_birth_first_name, birth_date, sex, coalesce(used_name, ''), "
                             "ins_status FROM workers WHERE id = ?"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "No worker has the id %1").arg(workerId)};
    DuplicateCandidate c;
    c.workerId = q.value(0).toString();
    c.birthName = q.value(1).toString();
    c.firstBirthFirstName = q.value(2).toString();
    c.birthDate = q.value(3).toString();
    c.sex = q.value(4).toString();
    c.usedName = q.value(5).toString();
    c.insStatus = q.value(6).toString();
    c.reason = reason;
    return c;
}

Result<MergeRecord> IdentityStore::Sql::findMerge(QSqlDatabase db, const QString& mergeId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, kept_worker_id, merged_worker_id, reason, moved, merged_at, merged_by, "
                             "coalesce(undone_at, '') FROM worker_merges WHERE id = ? AND deleted = 0"));
    q.addBindValue(mergeId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "No identity merge has the id %1").arg(mergeId)};
    return MergeRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), movedFrom(q.value(4).toString())};
}

Result<MergeRecord> IdentityStore::Sql::merge(QSqlDatabase db, const WriteContext& ctx, const QString& keptId,
                                              const QString& mergedId, const QString& reason)
{
    if (keptId == mergedId)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "A worker cannot be merged with itself (%1)").arg(keptId)};
    if (reason.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "A merge needs a reason")};
    // Both identities must be live: a merged-away identity is merged again through the one it points to.
    for (const QString& id : {keptId, mergedId}) {
        QSqlQuery w(db);
        w.setForwardOnly(true);
        w.prepare(QStringLiteral("SELECT deleted, coalesce(merged_into, '') FROM workers WHERE id = ?"));
        w.addBindValue(id);
        if (!w.exec())
            return sqlFailure(w);
        if (!w.next() || w.value(0).toInt() == 1)
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "No worker has the id %1").arg(id)};
        if (!w.value(1).toString().isEmpty())
            return Error{ErrorCode::Invalid,
                         QCoreApplication::translate("vigie::workforce", "The identity %1 was already merged into %2")
                             .arg(id, w.value(1).toString())};
    }
    MergeRecord m;
    m.id = ctx.newId();
    m.keptWorkerId = keptId;
    m.mergedWorkerId = mergedId;
    m.reason = reason.trimmed();
    m.mergedAt = ctx.nowUtc;
    m.mergedBy = ctx.accountId;
    if (Status s = setRelink(db, true); !s)
        return s.error();
    auto references = WorkerReferences::moved(db);
    if (!references)
        return references.error();
    for (const WorkerReference& ref : references.value()) {
        auto moved = ref.unique ? fillOrMoveUnique(db, ctx, ref, keptId, mergedId) : moveRows(db, ctx, ref, mergedId, keptId);
        if (!moved)
            return moved.error();
        for (auto it = moved.value().cbegin(); it != moved.value().cend(); ++it)
            if (!it.value().isEmpty())
                m.moved.insert(it.key(), it.value());
    }
    if (Status s = setRelink(db, false); !s)
        return s.error();
    QSqlQuery w(db);
    w.prepare(QStringLiteral("UPDATE workers SET merged_into = ?, row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ?"));
    w.addBindValue(keptId);
    w.addBindValue(ctx.hlc());
    w.addBindValue(ctx.accountId);
    w.addBindValue(mergedId);
    if (!w.exec())
        return sqlFailure(w);
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO worker_merges(id, kept_worker_id, merged_worker_id, reason, moved, merged_at, "
                               "merged_by, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString& v : {m.id, keptId, mergedId, m.reason, movedJson(m.moved), m.mergedAt, m.mergedBy, ctx.hlc(), ctx.accountId})
        ins.addBindValue(v);
    if (!ins.exec())
        return sqlFailure(ins);
    if (Status s = recomputeKeys(db, mergedId); !s)
        return s.error();
    return m;
}

Result<MergeRecord> IdentityStore::Sql::undo(QSqlDatabase db, const WriteContext& ctx, const QString& mergeId)
{
    auto found = findMerge(db, mergeId);
    if (!found)
        return found.error();
    MergeRecord m = found.value();
    if (!m.undoneAt.isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "The identity merge %1 was already undone on %2")
                                             .arg(mergeId, m.undoneAt)};
    // Rows moved since by another merge of the kept identity stay where they are now.
    if (Status s = setRelink(db, true); !s)
        return s.error();
    auto references = WorkerReferences::all(db);
    if (!references)
        return references.error();
    for (auto it = m.moved.cbegin(); it != m.moved.cend(); ++it) {
        if (Status s = putBack(db, ctx, references.value(), it.key(), it.value(), m.keptWorkerId, m.mergedWorkerId); !s)
            return s.error();
    }
    if (Status s = setRelink(db, false); !s)
        return s.error();
    QSqlQuery w(db);
    w.prepare(QStringLiteral("UPDATE workers SET merged_into = NULL, row_version = row_version + 1, hlc = ?, updated_by = ? "
                             "WHERE id = ?"));
    w.addBindValue(ctx.hlc());
    w.addBindValue(ctx.accountId);
    w.addBindValue(m.mergedWorkerId);
    if (!w.exec())
        return sqlFailure(w);
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE worker_merges SET undone_at = ?, undone_by = ?, row_version = row_version + 1, hlc = ?, "
                             "updated_by = ? WHERE id = ?"));
    for (const QString& v : {ctx.nowUtc, ctx.accountId, ctx.hlc(), ctx.accountId, mergeId})
        u.addBindValue(v);
    if (!u.exec())
        return sqlFailure(u);
    if (Status s = recomputeKeys(db, m.mergedWorkerId); !s)
        return s.error();
    m.undoneAt = ctx.nowUtc;
    return m;
}

// ----- Stores ------------------------------------------------------------------------------------

Status IdentityStore::refreshKeys(security::Session& session)
{
    QSqlDatabase db = session.db().sql();
    for (;;) {
        auto pending = Sql::anyPending(db);
        if (!pending)
            return pending.error();
        if (!pending.value())
            return {};
        storage::Transaction tx(session.db());
        if (!tx.active())
            return Status::fail(ErrorCode::Storage,
                                QCoreApplication::translate("vigie::workforce", "Unable to update the identity keys (database busy?)"));
        auto n = Sql::refreshKeys(db, KeyBatch);
        if (!n)
            return n.error();
        if (Status s = tx.commit(); !s)
            return s;
    }
}

Result<QList<DuplicateCandidate>> IdentityStore::likelyDuplicates(security::Session& session, const Identity& identity,
                                                                  const QString& establishmentId)
{
    if (Status s = requireIdentityVigilance(session); !s)
        return s.error();
    if (Status s = refreshKeys(session); !s)
        return s.error();
    QSqlDatabase db = session.db().sql();
    const IdentityKeys keys = keysOf(identity);
    auto hits = Sql::candidates(db, keys);
    if (!hits)
        return hits.error();
    QList<DuplicateCandidate> out;
    for (const auto& [workerId, m] : bestMatches(keys, hits.value())) {
        auto c = Sql::describe(db, workerId, m.comparison == KeyComparison::Same ? DuplicateReason::SameNir : m.reason);
        if (!c)
            return c.error();
        c.value().sameIdentity = m.comparison == KeyComparison::Same;
        if (!establishmentId.isEmpty()) {
            QSqlQuery e(db);
            e.setForwardOnly(true);
            e.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM employments WHERE worker_id = ? AND establishment_id = ? AND deleted = 0)"));
            e.addBindValue(workerId);
            e.addBindValue(establishmentId);
            if (!e.exec() || !e.next())
                return sqlFailure(e);
            c.value().employedHere = e.value(0).toInt() == 1;
        }
        out << c.value();
    }
    // Strongest reason first, then by name.
    std::sort(out.begin(), out.end(), [](const DuplicateCandidate& a, const DuplicateCandidate& b) {
        if (a.reason != b.reason)
            return int(a.reason) < int(b.reason);
        return a.birthName + a.firstBirthFirstName < b.birthName + b.firstBirthFirstName;
    });
    if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("search"), QStringLiteral("worker.duplicates"), {}, 1,
                                                     QStringLiteral("allowed"), QStringLiteral("results=%1").arg(out.size())});
        !s)
        return s.error();
    return out;
}

Result<QString> IdentityStore::merge(security::Session& session, const QString& keptId, const QString& mergedId,
                                     const QString& reason)
{
    // An unknown identity is said so (not a refusal); a merged-away identity has no rows left for the
    // policy to place it in a team: say what it is.
    for (const QString& id : {keptId, mergedId}) {
        QSqlQuery q(session.db().sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT coalesce(merged_into, '') FROM workers WHERE id = ? AND deleted = 0"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlFailure(q);
        if (!q.next())
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "No worker has the id %1").arg(id)};
        if (!q.value(0).toString().isEmpty())
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "The identity %1 was already merged into %2")
                                                 .arg(id, q.value(0).toString())};
    }
    for (const QString& id : {keptId, mergedId})
        if (Status s = security::PolicyStore::require(session, security::Action::Write, id, 1); !s)
            return s.error();
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::workforce", "Unable to merge the identities (database busy?)")};
    const WriteContext ctx = writeContextOf(session);
    auto m = Sql::merge(session.db().sql(), ctx, keptId, mergedId, reason);
    if (!m)
        return m.error();
    for (const QString& worker : {keptId, mergedId})
        if (Status s = session.audit(storage::AuditEvent{
                {}, {}, QStringLiteral("merge"), QStringLiteral("worker.identity"), worker, 1, QStringLiteral("success"),
                QStringLiteral("merge=%1 kept=%2 merged=%3 moved=%4").arg(m.value().id, keptId, mergedId).arg(m.value().movedCount())});
            !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return m.value().id;
}

Result<MergeRecord> IdentityStore::findMerge(security::Session& session, const QString& mergeId)
{
    auto m = Sql::findMerge(session.db().sql(), mergeId);
    if (!m)
        return m.error();
    if (Status s = security::PolicyStore::require(session, security::Action::Read, m.value().keptWorkerId, 1); !s)
        return s.error();
    return m;
}

Status IdentityStore::undoMerge(security::Session& session, const QString& mergeId)
{
    auto found = Sql::findMerge(session.db().sql(), mergeId);
    if (!found)
        return found.error();
    // The merged identity's rows are all on the kept one now: the kept worker's record decides.
    if (Status s = security::PolicyStore::require(session, security::Action::Write, found.value().keptWorkerId, 1); !s)
        return s;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::workforce", "Unable to undo the merge (database busy?)"));
    auto m = Sql::undo(session.db().sql(), writeContextOf(session), mergeId);
    if (!m)
        return m.error();
    for (const QString& worker : {m.value().keptWorkerId, m.value().mergedWorkerId})
        if (Status s = session.audit(storage::AuditEvent{
                {}, {}, QStringLiteral("merge.undo"), QStringLiteral("worker.identity"), worker, 1, QStringLiteral("success"),
                QStringLiteral("merge=%1 kept=%2 merged=%3").arg(mergeId, m.value().keptWorkerId, m.value().mergedWorkerId)});
            !s)
            return s;
    return tx.commit();
}

} // namespace vigie::workforce
