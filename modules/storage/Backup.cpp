#include "storage/Backup.h"

#include "storage/AuditSeal.h"
#include "storage/AuditTrail.h"
#include "storage/CipherSettings.h"
#include "storage/Database.h"
#include "storage/SecretKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>

namespace vigie::storage {
using core::Error;
using core::ErrorCode;
using core::Result;

namespace {


// The destination connection, keyed and set up exactly as the source (same raw key, same cipher
// settings): the backup API then copies pages between two databases of one format.
Result<sqlite3*> openDestination(const QString& out, const SecretKey& key)
{
    sqlite3* dest = nullptr;
    if (sqlite3_open_v2(out.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const QString why = dest ? QString::fromUtf8(sqlite3_errmsg(dest)) : QString();
        sqlite3_close_v2(dest);
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to create the backup %1: %2").arg(out, why)};
    }
    QByteArray raw = "x'" + key.toHex().toLatin1() + "'";
    const int rc = sqlite3_key(dest, raw.constData(), int(raw.size()));
    raw.fill('\0');
    bool ok = rc == SQLITE_OK;
    for (const QByteArray& pragma : CipherSettings::pragmas())
        ok = ok && sqlite3_exec(dest, pragma.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok) {
        sqlite3_close_v2(dest);
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to key the backup %1").arg(out)};
    }
    return dest;
}

void removeCopy(const QString& out)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keyring"), QStringLiteral(".auditseal")})
        QFile::remove(out + suffix);
}

} // namespace

Result<QString> Backup::sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to read %1: %2").arg(path, f.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to read %1: %2").arg(path, f.errorString())};
    return QString::fromLatin1(hash.result().toHex());
}

Result<BackupCheck> Backup::verify(const QString& path, const SecretKey& key)
{
    BackupCheck check;
    {
        Database::Options o;
        o.backupBeforeMigrating = false;
        auto db = Database::open(path, key, o);
        if (!db)
            return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "The backup %1 does not open: %2").arg(path, db.error().message)};
        QSqlQuery cipher(db.value()->sql());
        if (!cipher.exec(QStringLiteral("PRAGMA cipher_integrity_check")))
            return sqlFailure(cipher);
        if (cipher.next()) // any row names a page whose HMAC does not match
            return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "The backup %1 is damaged: %2").arg(path, cipher.value(0).toString())};
        QSqlQuery integrity(db.value()->sql());
        if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")) || !integrity.next())
            return sqlFailure(integrity);
        if (integrity.value(0).toString() != QLatin1String("ok"))
            return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "The backup %1 is damaged: %2").arg(path, integrity.value(0).toString())};
        auto audit = AuditTrail::verify(*db.value());
        if (!audit)
            return audit.error();
        if (!audit.value().intact)
            return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "The audit trail of the backup %1 is broken at record %2").arg(path).arg(audit.value().firstBrokenSeq)};
        check.auditRecords = audit.value().records;
        auto head = AuditSeal::currentHead(*db.value());
        if (!head)
            return head.error();
        check.auditHeadHash = head.value().hash;
        // Fold the WAL the open may have created back into the file, so the checksum covers everything.
        (void)db.value()->execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto sum = sha256Of(path);
    if (!sum)
        return sum.error();
    check.sha256 = sum.value();
    return check;
}

Result<BackupCheck> Backup::write(Database& db, const SecretKey& key, const QString& keyRingPath, const QString& out,
                                  const SecretKey* sealKey)
{
    if (QFileInfo::exists(out))
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::storage", "The file %1 already exists; it is left untouched").arg(out)};
    // Created empty with owner-only permissions before any byte of the copy is written.
    {
        QFile f(out);
        if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to create the backup %1: %2").arg(out, f.errorString())};
    }
    auto dest = openDestination(out, key);
    if (!dest) {
        removeCopy(out);
        return dest.error();
    }
    sqlite3_backup* copy = sqlite3_backup_init(dest.value(), "main", db.handle(), "main");
    int rc = copy ? sqlite3_backup_step(copy, -1) : sqlite3_errcode(dest.value());
    const QString why = QString::fromUtf8(sqlite3_errmsg(dest.value()));
    if (copy)
        sqlite3_backup_finish(copy);
    sqlite3_close_v2(dest.value());
    if (rc != SQLITE_DONE) {
        removeCopy(out);
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "The backup %1 failed: %2").arg(out, why)};
    }
    if (!keyRingPath.isEmpty() &&
        (!QFile::copy(keyRingPath, out + QStringLiteral(".keyring")) ||
         !QFile::setPermissions(out + QStringLiteral(".keyring"), QFileDevice::ReadOwner | QFileDevice::WriteOwner))) {
        removeCopy(out);
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to copy the key ring %1 beside the backup").arg(keyRingPath)};
    }
    auto check = verify(out, key);
    if (!check) {
        removeCopy(out);
        return check.error();
    }
    if (sealKey) {
        const AuditHead head{check.value().auditRecords, check.value().auditHeadHash};
        if (core::Status s = AuditSeal::write(AuditSeal::pathFor(out), *sealKey, head); !s) {
            removeCopy(out);
            return s.error();
        }
    }
    return check;
}

} // namespace vigie::storage
