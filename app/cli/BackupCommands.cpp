// backup --out FILE and restore FILE (cli-contract.md "Operations"; issue 20 item 4), administrator only.
//
// backup: a consistent online copy of the database (storage::Backup: SQLite's backup API, same key),
// the key ring beside it (FILE.keyring), verified (every page's HMAC, integrity, audit chain); prints
// "FILE<TAB>SHA256<TAB>AUDIT_RECORDS". Refuses an existing FILE (exit 1).
// restore: the backup is copied aside, opened with the administrator's password from its own key ring
// and verified before anything is replaced; then the current database (and its key ring) is kept as
// "<db>.replaced-<UTC time>" and the backup takes its place; the restore is audited in it. A damaged
// backup is refused (exit 5) and nothing is touched. Close the application on this workstation first.
#include "Commands.h"

#include "security/SignIn.h"
#include "storage/AuditSeal.h"
#include "storage/AuditTrail.h"
#include "storage/Backup.h"
#include "storage/KeyRing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace vigie::cli {
using core::Error;
using core::ErrorCode;

namespace {
Error notAdministrator(security::Session& s, const QString& action)
{
    return storage::auditedRefusal(
        s.audit(storage::AuditEvent{{}, {}, action, QStringLiteral("database.backup"), {}, 0, QStringLiteral("denied"), QStringLiteral("reason=role")}),
        Error{ErrorCode::Denied, QCoreApplication::translate("vigie::cli", "Permission denied: only an administrator backs up or restores the database")});
}

bool moveWithCompanions(const QString& from, const QString& to)
{
    bool ok = QFile::rename(from, to);
    for (const QString& suffix : {QStringLiteral(".keyring"), QStringLiteral(".auditseal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(from + suffix))
            ok = QFile::rename(from + suffix, to + suffix) && ok;
    return ok;
}
} // namespace

int runBackup(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--out")});
    if (!parsed)
        return cli.fail(parsed.error());
    if (!parsed.value().positional().isEmpty())
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli backup --out FILE"));
    auto out = parsed.value().required(QStringLiteral("--out"));
    if (!out)
        return cli.fail(out.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    security::Session& s = *session.value();
    if (s.account().role != security::Role::Admin)
        return cli.fail(notAdministrator(s, QStringLiteral("backup")));
    const storage::AuditSealer* sealer = s.auditSealer();
    auto check = storage::Backup::write(s.db(), s.databaseKey(), s.keyRingPath(), out.value(), sealer ? &sealer->sealKey() : nullptr);
    if (!check)
        return cli.fail(check.error());
    if (core::Status a = s.audit(storage::AuditEvent{{}, {}, QStringLiteral("backup"), QStringLiteral("database.backup"), {}, 0, QStringLiteral("success"),
                                                     QStringLiteral("file=%1 sha256=%2").arg(QFileInfo(out.value()).fileName(), check.value().sha256)});
        !a)
        return cli.fail(a.error());
    cli.out(QStringLiteral("%1\t%2\t%3").arg(out.value(), check.value().sha256).arg(check.value().auditRecords));
    return 0;
}

int runRestore(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {});
    if (!parsed)
        return cli.fail(parsed.error());
    if (parsed.value().positional().size() != 1)
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli restore FILE"));
    const QString backup = parsed.value().positional().first();
    const QString target = cli.databasePath();
    if (!QFileInfo::exists(backup) || !QFileInfo::exists(storage::KeyRing::pathFor(backup)))
        return cli.fail(Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::cli", "No backup at %1 (the file and its key ring %2 are both needed)")
                                                      .arg(backup, storage::KeyRing::pathFor(backup))});
    if (cli.user().isEmpty())
        return cli.fail(Error{ErrorCode::Usage, QCoreApplication::translate("vigie::cli", "This command needs --user LOGIN")});
    auto password = cli.readPassword(cli.globalPasswordFile(), QCoreApplication::translate("vigie::cli", "Password for %1: ").arg(cli.user()));
    if (!password)
        return cli.fail(password.error());
    // Whoever replaces a database must be its administrator (audited there), when it still opens.
    if (QFileInfo::exists(target)) {
        auto current = security::signIn(target, cli.user(), password.value(), cli.clock());
        if (current && current.value()->account().role != security::Role::Admin)
            return cli.fail(notAdministrator(*current.value(), QStringLiteral("restore")));
        if (!current && current.error().code != ErrorCode::Storage)
            return cli.fail(current.error());
    }
    // The backup is checked on a copy beside the target: nothing is replaced before it proves sound.
    QTemporaryDir aside(QFileInfo(target).absolutePath() + QStringLiteral("/.vigie-restore-XXXXXX"));
    if (!aside.isValid())
        return cli.fail(Error{ErrorCode::Storage, QCoreApplication::translate("vigie::cli", "Unable to prepare the restore beside %1").arg(target)});
    const QString copy = aside.filePath(QStringLiteral("restored.db"));
    const QString backupSeal = storage::AuditSeal::pathFor(backup);
    if (!QFile::copy(backup, copy) || !QFile::copy(storage::KeyRing::pathFor(backup), storage::KeyRing::pathFor(copy)) ||
        (QFileInfo::exists(backupSeal) && !QFile::copy(backupSeal, storage::AuditSeal::pathFor(copy))))
        return cli.fail(Error{ErrorCode::Storage, QCoreApplication::translate("vigie::cli", "Unable to read the backup %1").arg(backup)});
    auto sum = storage::Backup::sha256Of(backup);
    if (!sum)
        return cli.fail(sum.error());
    {
        auto restored = security::signIn(copy, cli.user(), password.value(), cli.clock());
        if (!restored)
            return cli.fail(Error{restored.error().code, QCoreApplication::translate("vigie::cli", "The backup %1 is refused, nothing was replaced: %2")
                                                             .arg(backup, restored.error().message)});
        if (restored.value()->account().role != security::Role::Admin)
            return cli.fail(Error{ErrorCode::Denied, QCoreApplication::translate("vigie::cli", "Permission denied: only an administrator backs up or restores the database")});
        // A backup whose audit trail was cut or rewritten after it was made no longer matches its seal.
        if (const storage::AuditSealer* sealer = restored.value()->auditSealer(); sealer && !sealer->trusted())
            return cli.fail(Error{ErrorCode::Storage, QCoreApplication::translate("vigie::cli", "The backup %1 is refused, nothing was replaced: %2")
                                                          .arg(backup, sealer->initialCheck().message)});
        const storage::SecretKey key = restored.value()->databaseKey();
        restored.value().reset(); // closed before the checks reopen it
        auto check = storage::Backup::verify(copy, key);
        if (!check)
            return cli.fail(Error{check.error().code, QCoreApplication::translate("vigie::cli", "The backup %1 is refused, nothing was replaced: %2")
                                                          .arg(backup, check.error().message)});
    }
    QString kept;
    if (QFileInfo::exists(target)) {
        kept = target + QStringLiteral(".replaced-") + cli.clock().nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        if (!moveWithCompanions(target, kept))
            return cli.fail(Error{ErrorCode::Storage, QCoreApplication::translate("vigie::cli", "Unable to set the current database aside as %1").arg(kept)});
    }
    if (!moveWithCompanions(copy, target))
        return cli.fail(Error{ErrorCode::Storage, QCoreApplication::translate("vigie::cli", "Unable to put the backup in place at %1 (the previous database is %2)")
                                                      .arg(target, kept)});
    auto session = security::signIn(target, cli.user(), password.value(), cli.clock());
    if (!session)
        return cli.fail(session.error());
    if (core::Status a = session.value()->audit(storage::AuditEvent{{}, {}, QStringLiteral("restore"), QStringLiteral("database.backup"), {}, 0,
                                                                    QStringLiteral("success"),
                                                                    QStringLiteral("sha256=%1 replaced=%2").arg(sum.value(), QFileInfo(kept).fileName())});
        !a)
        return cli.fail(a.error());
    cli.out(QStringLiteral("%1\t%2\t%3").arg(target, sum.value(), kept));
    return 0;
}

} // namespace vigie::cli
