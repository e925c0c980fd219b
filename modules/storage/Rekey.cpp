#include "storage/Rekey.h"

#include "storage/Database.h"
#include "storage/SecretKey.h"

#include <QCoreApplication>

#include <sodium.h>
#include <sqlite3.h>

#include <cstdio>

namespace vigie::storage {
using core::ErrorCode;
using core::Status;

namespace {
Status exec(sqlite3* handle, const char* sql)
{
    char* err = nullptr;
    if (sqlite3_exec(handle, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString why = QString::fromUtf8(err ? err : sqlite3_errmsg(handle));
        sqlite3_free(err);
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to re-key the database: %1").arg(why));
    }
    return {};
}
} // namespace

Status rekey(Database& db, const SecretKey& newKey)
{
    sqlite3* handle = db.handle();
    if (Status s = exec(handle, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;"); !s)
        return s;
    // The statement holds the key in hex: a buffer of ours, wiped right after use.
    char sql[128];
    char hex[2 * SecretKey::Size + 1];
    sodium_bin2hex(hex, sizeof hex, newKey.data(), SecretKey::Size);
    std::snprintf(sql, sizeof sql, "PRAGMA rekey = \"x'%s'\";", hex);
    Status rekeyed = exec(handle, sql);
    sodium_memzero(hex, sizeof hex);
    sodium_memzero(sql, sizeof sql);
    Status wal = exec(handle, "PRAGMA journal_mode=WAL;");
    if (!rekeyed)
        return rekeyed;
    return wal;
}

} // namespace vigie::storage
