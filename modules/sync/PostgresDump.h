#pragma once
// Backups of a server log kept in PostgreSQL (issue 20 item 4): PostgreSQL's own tools, pg_dump
// (custom format: one consistent snapshot, taken while the server works) and pg_restore, run as
// programs with the location's connection settings. A dump is checked by reading its table of
// contents back, and must hold the server's change log.

#include "core/Result.h"
#include "sync/ServerLog.h"

namespace vigie::sync::PostgresDump {

// Writes the log's database to `out` (refused when it exists), then checks it.
core::Status write(const PostgresLocation& location, const QString& out);
// Whether `dump` is a readable pg_dump archive of a server log.
core::Status check(const QString& dump);
// Replaces the log's tables by those of `dump`, in one transaction.
core::Status restore(const PostgresLocation& location, const QString& dump);

} // namespace vigie::sync::PostgresDump
