#pragma once
// Backups of a workstation's database (issue 20 item 4): a consistent online copy made with SQLite's
// backup API between two connections keyed alike (the copy is encrypted with the same key, page by
// page, while the application keeps working), written 0600, then verified before anyone relies on it
// — cipher_integrity_check (every page's HMAC), integrity_check, the audit chain — with the key ring
// of the moment beside it ("<copy>.keyring"), so that the passwords valid then open it, and, when the
// database is sealed, a seal of the copy's audit head ("<copy>.auditseal", AuditSeal.h): without it the
// restored database would report its own seal missing, as after tampering.

#include "core/Result.h"

#include <QString>

namespace vigie::storage {

class Database;
class SecretKey;

struct BackupCheck {
    qint64 auditRecords = 0;
    QString sha256; // of the copy's file, lowercase hex
    QString auditHeadHash; // hash of the last audit record (the genesis hash when there is none)
};

namespace Backup {
// Copies `db` into `out` (refused when it exists: exit 1) and its key ring beside it, then verifies the
// copy and, given the seal key, seals its audit head. On any failure nothing is left at `out`. An empty
// `keyRingPath` copies no key ring (the service server's store, whose key is in a key file).
core::Result<BackupCheck> write(Database& db, const SecretKey& key, const QString& keyRingPath, const QString& out,
                                const SecretKey* sealKey = nullptr);
// Opens `path` with `key` (without migrating it) and checks every page, the b-trees and the audit chain.
core::Result<BackupCheck> verify(const QString& path, const SecretKey& key);
// The SHA-256 of a file, lowercase hex.
core::Result<QString> sha256Of(const QString& path);
} // namespace Backup

} // namespace vigie::storage
