#pragma once
// Every place of the schema that refers to a worker, read from the schema itself (issue 13 item 1), so
// that an identity merge carries the whole person — the medical record, appointments and whatever a
// later migration adds — without a hand-kept list that the next migration would forget.
//
// A reference is a foreign key to workers(id) in a table of the application (internal tables, named
// with a leading underscore, are derived data: keys, audit, outbox). A few references stay where they
// are on purpose, each with its reason (keptInPlace()); tests fail when a table refers to a worker
// without a foreign key, so no reference escapes the derivation.

#include "core/Result.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace vigie::workforce {

struct WorkerReference {
    QString table;
    QString column;
    bool unique = false;    // at most one row per worker (the record of part 1°): filled, not moved, when both have one
    bool versioned = false; // carries row_version, hlc and updated_by (the sync conventions)

    // "dmst_consultations" for worker_id, "table.column" otherwise: the key of a merge's `moved` list.
    QString key() const;
};

namespace WorkerReferences {
// Every foreign key to workers(id) of the schema, by table then column.
core::Result<QList<WorkerReference>> all(QSqlDatabase db);
// The references a merge leaves in place, "table.column" → why (the merge ledger itself, the merged
// identity's own link, declaration snapshots that keep the id they were declared with).
const QMap<QString, QString>& keptInPlace();
// all() without keptInPlace(): what a merge moves.
core::Result<QList<WorkerReference>> moved(QSqlDatabase db);
} // namespace WorkerReferences

} // namespace vigie::workforce
