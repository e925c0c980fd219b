#pragma once
// Numbered schema migrations. Each module ships its migrations as Qt resources under
// ":/migrations/NNNN_name.sql" (see migrations/ and each module's CMakeLists); numbers are global and
// unique. The `_migrations` ledger records each one applied, so a migration is applied even when its
// number is lower than others already there (a module linked later); a database holding a migration
// this program does not know is refused as newer. Programs that open shared databases link every
// module with migrations through the `vigie_schema` target.
// Each one runs in its own transaction, after a backup copy of the file, and leaves the change-capture
// triggers regenerated for the new shape of the synchronised tables.

#include "core/Result.h"

#include <QList>
#include <QString>

namespace vigie::storage {

class Database;

struct Migration {
    int number = 0;
    QString name;
    QString resourcePath;
};

namespace Migrations {
QList<Migration> available();          // sorted by number
int latest();
// Migrates `db` to `target` (-1 = latest). Refuses a file whose schema is newer than this program knows.
core::Status migrate(Database& db, int target, bool backupFirst);
QString backupPathFor(const QString& databasePath, int fromVersion);
} // namespace Migrations

} // namespace vigie::storage
