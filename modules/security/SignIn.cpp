#include "security/SignIn.h"

#include "core/Uuid.h"
#include "security/AccountStore.h"
#include "security/PasswordPolicy.h"
#include "storage/AuditTrail.h"
#include "storage/KeyRing.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace vigie::security {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using storage::AuditEvent;

namespace {
using SessionResult = Result<std::unique_ptr<Session>>;

AuditEvent signInEvent(const QString& login, const QString& outcome, const QString& detail)
{
    return AuditEvent{login, {}, QStringLiteral("sign_in"), QStringLiteral("session"), {}, 0, outcome, detail};
}
} // namespace

qint64 SignInThrottle::delaySecs(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int doublings = std::min(failures - FreeAttempts, 7); // 30 s × 2^7 = 64 min, capped at 1 h
    return std::min<qint64>(30LL << doublings, 3600);
}

SessionResult signIn(const QString& databasePath, const QString& login, const QString& password,
                     const core::Clock& clock)
{
    const QString ringPath = storage::KeyRing::pathFor(databasePath);
    if (!QFileInfo::exists(databasePath))
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::security", "Database file not found: %1").arg(databasePath)};
    auto ring = storage::KeyRing::load(ringPath);
    if (!ring)
        return ring.error();
    storage::KeyRing& keys = ring.value();
    const QDateTime now = clock.nowUtc();

    const int failures = keys.consecutiveFailures(login);
    const qint64 wait = SignInThrottle::delaySecs(failures);
    if (wait > 0 && keys.lastFailure(login).isValid() && keys.lastFailure(login).secsTo(now) < wait) {
        const QDateTime until = keys.lastFailure(login).addSecs(wait);
        keys.recordLockedAttempt(login, now);
        (void)keys.save(ringPath);
        return Error{ErrorCode::AuthFailed,
                     QCoreApplication::translate("vigie::security", "Too many failed attempts for %1: try again after %2")
                         .arg(login, QLocale().toString(until.toLocalTime(), QLocale::ShortFormat))};
    }

    auto key = keys.unlock(login, password);
    if (!key) {
        if (key.error().code == ErrorCode::AuthFailed) {
            keys.recordFailure(login, now);
            if (Status s = keys.save(ringPath); !s)
                return s.error();
        }
        return key.error();
    }

    auto db = storage::Database::open(databasePath, key.value());
    if (!db)
        return db.error();
    auto account = AccountStore::findByLogin(*db.value(), login);
    if (!account || !account.value().active)
        return Error{ErrorCode::AuthFailed, QCoreApplication::translate("vigie::security", "The account %1 is disabled").arg(login)};

    auto session = std::make_unique<Session>(std::move(db.value()), key.value(), account.value(), clock);
    // Failures recorded while the database was closed enter the audit trail now, before the success.
    for (const storage::FailedSignIn& f : keys.pendingFailures()) {
        if (Status s = storage::AuditTrail::appendAt(session->db(), signInEvent(f.login, QStringLiteral("failure"), {}),
                                                     f.at);
            !s)
            return s.error();
    }
    keys.clearPendingFailures();
    keys.clearFailures(login);
    if (Status s = keys.save(ringPath); !s)
        return s.error();
    if (Status s = session->audit(signInEvent(login, QStringLiteral("success"), {})); !s)
        return s.error();
    return session;
}

SessionResult createDatabase(const QString& databasePath, const NewAccount& admin, const QString& password,
                             const core::Clock& clock, bool enforcePasswordPolicy)
{
    if (QFileInfo::exists(databasePath))
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "The file %1 already exists; it is left untouched").arg(databasePath)};
    const QString ringPath = storage::KeyRing::pathFor(databasePath);
    if (QFileInfo::exists(ringPath))
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "The file %1 already exists; it is left untouched").arg(ringPath)};
    if (Status s = AccountStore::validateLogin(admin.login); !s)
        return s.error();
    if (enforcePasswordPolicy)
        if (Status s = PasswordPolicy::check(password, admin.login, admin.displayName); !s)
            return s.error();

    const storage::SecretKey key = storage::SecretKey::random();
    storage::KeyRing ring;
    if (Status s = ring.setSlot(admin.login, password, key); !s)
        return s.error();

    storage::Database::Options options;
    options.mode = storage::Database::Mode::CreateNew;
    auto db = storage::Database::open(databasePath, key, options);
    if (!db)
        return db.error();
    storage::Database& database = *db.value();
    const Account account{core::newUuidV7(clock), admin.login, admin.displayName, Role::Admin, admin.rpps, true};
    const QString nodeId = core::newUuidV7(clock); // this workstation's identity in hybrid logical clocks
    core::Hlc hlc(clock, nodeId);
    {
        storage::Transaction tx(database);
        if (!tx.active())
            return tx.beginError();
        Status s = database.setMeta(QStringLiteral("node_id"), nodeId);
        if (s)
            s = database.setMeta(QStringLiteral("created_at"), clock.nowUtc().toString(Qt::ISODateWithMs));
        if (s)
            s = AccountStore::insertRow(database, account, hlc.now().toString(), account.id,
                                        clock.nowUtc().toString(Qt::ISODateWithMs));
        if (s)
            s = storage::AuditTrail::append(database,
                                            AuditEvent{admin.login, roleCode(Role::Admin), QStringLiteral("database.create"),
                                                       QStringLiteral("database"), {}, 0, QStringLiteral("success"), {}},
                                            clock);
        if (s)
            s = tx.commit();
        if (!s)
            return s.error();
    }
    if (Status s = ring.save(ringPath); !s)
        return s.error();
    return std::make_unique<Session>(std::move(db.value()), key, account, clock);
}

} // namespace vigie::security
