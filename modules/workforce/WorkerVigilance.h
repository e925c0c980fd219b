#pragma once
// Identity vigilance from a worker's own screen (issue 5 part 6): the likely duplicates of a worker
// already recorded, and the merges in force into it — what the worker page shows so that a person
// chooses to merge, to keep apart, or to undo a merge. Merging and undoing are IdentityStore's.
//
// Rights: reading part 1° of the worker's record (the access policy, audited); the duplicates found
// are only those the account could find on entry (IdentityStore::likelyDuplicates).

#include "core/Result.h"
#include "security/Session.h"
#include "workforce/IdentityStore.h"

#include <QList>
#include <QString>

namespace vigie::workforce::WorkerVigilance {

// A merge in force into a worker, with the traits of the identity it merged away.
struct MergeInForce {
    MergeRecord merge;
    DuplicateCandidate merged; // its traits (reason unused)
};

// The worker's likely duplicates among the other live workers, strongest reason first.
core::Result<QList<DuplicateCandidate>> duplicatesOf(security::Session& session, const QString& workerId);
// The merges in force that moved another identity into this worker, most recent first.
core::Result<QList<MergeInForce>> mergesInto(security::Session& session, const QString& workerId);

namespace Sql {
core::Result<Identity> identityOf(QSqlDatabase db, const QString& workerId);
core::Result<QList<MergeInForce>> mergesInto(QSqlDatabase db, const QString& workerId);
} // namespace Sql

} // namespace vigie::workforce::WorkerVigilance
