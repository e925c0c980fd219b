#pragma once
// Identity vigilance in the database (security-requirements.md INS-08; issue 5 part 6): the keys that
// find likely duplicates, the search run before an identity is saved, and merges — audited and
// reversible.
//
// Keys: _worker_keys holds, per worker that can be a candidate (not deleted, not merged away), its NIR
// (matricule INS, else the declared NIR), identity key and phonetic key (Identity.h). Workers written
// by another path (demo data, synchronisation) are queued by triggers and computed by refreshKeys()
// before any search; the workforce stores write the keys of the workers they create themselves.
//
// Merge: `merged` turns out to be the same person as `kept`. Every row that refers to it — found in the
// schema by WorkerReferences: employments, visits, the whole medical record, appointments, whatever a
// later table adds — moves to `kept` (ids recorded in worker_merges.moved); the
// merged identity stays, hidden from searches, with merged_into = kept, and its keys now stand for
// `kept` (the spelling once merged is recognised as that worker). Declaration snapshots keep the id they
// were declared with and are read through merged_into. undoMerge() moves exactly the recorded rows back and clears merged_into.
// Rights: writing part 1° of both records (the access policy: physician, collaborator physician,
// intern, nurse, or IPRP/assistant with a live delegation) — for an undo, of the kept record, which
// holds all the rows then; declaration entry merges (a declared line
// recognised as an existing worker) are covered by the declaration's own rights. Every merge and undo
// is audited on both workers; refusals too.

#include "core/Result.h"
#include "security/Session.h"
#include "workforce/Identity.h"
#include "workforce/WriteContext.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace vigie::workforce {

// An existing worker found as a likely duplicate, with the strict traits people compare (INS-07).
struct DuplicateCandidate {
    QString workerId;
    QString birthName;
    QString firstBirthFirstName;
    QString birthDate; // YYYY-MM-DD
    QString sex;
    QString usedName;
    QString insStatus;
    DuplicateReason reason = DuplicateReason::SameTraits;
    bool sameIdentity = false; // same NIR and same traits: the same person, nothing to choose
    bool employedHere = false; // employed in the establishment being declared

    // "DUPONT Marie, 1980-03-12 (id …): same NIR" — for reports.
    QString describe() const;
};

struct MergeRecord {
    QString id;
    QString keptWorkerId;
    QString mergedWorkerId;
    QString reason;
    QString mergedAt;
    QString mergedBy;
    QString undoneAt;                  // empty while in force
    QMap<QString, QStringList> moved;  // table → ids of the rows moved
    int movedCount() const;
};

// A row of _worker_keys: the live worker it stands for (itself, or the identity it was merged into)
// and its keys.
struct KeyHit {
    QString workerId;
    IdentityKeys keys;
};

namespace IdentityStore {
// Computes the queued keys, in transactions of its own (call it outside any transaction).
core::Status refreshKeys(security::Session& session);
// Likely duplicates of `identity` among the existing workers (keys refreshed first). `establishmentId`
// marks the candidates employed there. Rights: the declaration's (Membership or Planning module) or
// reading part 1°; one audit record per search, without the traits typed.
core::Result<QList<DuplicateCandidate>> likelyDuplicates(security::Session& session, const Identity& identity,
                                                         const QString& establishmentId = {});
core::Result<QString> merge(security::Session& session, const QString& keptId, const QString& mergedId,
                            const QString& reason);
// The workers among `hits` that are likely duplicates of `keys` (or the same person), each once with
// its strongest match.
QList<QPair<QString, KeyMatch>> bestMatches(const IdentityKeys& keys, const QList<KeyHit>& hits);
core::Status undoMerge(security::Session& session, const QString& mergeId);
core::Result<MergeRecord> findMerge(security::Session& session, const QString& mergeId);

// The SQL layer, on any connection carrying the 0005 schema. No rights, no audit, no transaction.
namespace Sql {
// Computes up to `batch` queued keys; returns how many were processed.
core::Result<int> refreshKeys(QSqlDatabase db, int batch);
core::Result<bool> anyPending(QSqlDatabase db);
// Writes the keys of one worker (before inserting it: nothing is then queued).
core::Status storeKeys(QSqlDatabase db, const QString& workerId, const IdentityKeys& keys);
// The statement that writes a row of keys, and its binding (the benchmark writes keys in bulk).
const QString& putKeysSql();
void bindKeys(QSqlQuery& query, const QString& workerId, const QString& aliasOf, const IdentityKeys& keys);
// Recomputes one worker's keys from its row (an alias when it is merged away; removed when deleted).
core::Status recomputeKeys(QSqlDatabase db, const QString& workerId);
// Workers sharing the NIR, the identity key or the phonetic key (an alias stands for its worker).
const QString& candidatesSql();
void bindCandidates(QSqlQuery& query, const IdentityKeys& keys);
core::Result<QList<KeyHit>> candidates(QSqlDatabase db, const IdentityKeys& keys);
core::Result<DuplicateCandidate> describe(QSqlDatabase db, const QString& workerId, DuplicateReason reason);
core::Result<MergeRecord> merge(QSqlDatabase db, const WriteContext& context, const QString& keptId,
                                const QString& mergedId, const QString& reason);
core::Result<MergeRecord> undo(QSqlDatabase db, const WriteContext& context, const QString& mergeId);
core::Result<MergeRecord> findMerge(QSqlDatabase db, const QString& mergeId);
} // namespace Sql
} // namespace IdentityStore

} // namespace vigie::workforce
