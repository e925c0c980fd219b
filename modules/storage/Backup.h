#pragma once
// Backups of a workstation's database (issue 20 item 4): a consistent online copy made with SQLite's
// backup API between two connections keyed alike (the copy is encrypted with the same key, page by
// page, while the application keeps working), written 0600, then verified before anyone relies on it
// — cipher_integrity_check (every page's HMAC), integrity_check, the audit chain — with the key ring
// of the moment beside it ("<copy>.keyring"), so that the passwords valid then open it.

#include "core/Result.h"

#include <QString>

namespace vigie::storage {

class Database;
class SecretKey;

struct BackupCheck {
    qint64 auditRecords = 0;
    QString sha256; // of the copy's file, lowercase hex
};

namespace Backup {
// Copies `db` into `out` (refused when it exists: exit 1) and its key ring beside it, then verifies the
// copy. On any failure nothing is left at `out`.
core::Result<BackupCheck> write(Database& db, const SecretKey& key, const QString& keyRingPath, const QString& out);
// Opens `path` with `key` (without migrating it) and checks every page, the b-trees and the audit chain.
core::Result<BackupCheck> verify(const QString& path, const SecretKey& key);
// The SHA-256 of a file, lowercase hex.
core::Result<QString> sha256Of(const QString& path);
} // namespace Backup

} // namespace vigie::storage
