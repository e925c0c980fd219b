#include "security/SignIn.h"

#include "core/Uuid.h"
#include "security/AccountStore.h"
#include "security/PasswordPolicy.h"
#include "storage/AuditSeal.h"
#include "storage/AuditTrail.h"
#include "storage/KeyRing.h"

#include <QCoreApplication>
#include <QFile>
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
    const storage::KeyRing& keys = ring.value();
    const QDateTime now = clock.nowUtc();

    const int failures = keys.consecutiveFailures(login);
    const qint64 wait = SignInThrottle::delaySecs(failures);
    if (wait > 0 && keys.lastFailure(login).isValid() && keys.lastFailure(login).secsTo(now) < wait) {
        const QDateTime until = keys.lastFailure(login).addSecs(wait);
        (void)storage::KeyRing::update(ringPath, [&](storage::KeyRing& r) {
            r.recordLockedAttempt(login, now);
            return Status{};
        });
        return Error{ErrorCode::AuthFailed,
                     QCoreApplication::translate("vigie::security", "Too many failed attempts for %1: try again after %2")
                         .arg(login, QLocale().toString(until.toLocalTime(), QLocale::ShortFormat))};
    }

    // Argon2id runs outside the key ring's lock; only the bookkeeping below holds it.
    auto opened = keys.open(login, password);
    if (!opened) {
        if (opened.error().code == ErrorCode::AuthFailed) {
            if (Status s = storage::KeyRing::update(ringPath, [&](storage::KeyRing& r) {
                    r.recordFailure(login, now);
                    return Status{};
                });
                !s)
                return s.error();
        }
        return opened.error();
    }
    storage::UnlockedSlot& slot = opened.value();

    storage::SecretKey key = slot.databaseKey;
    auto db = storage::Database::open(databasePath, key);
    bool rotated = false;
    if (!db && slot.nextKey) {
        // A key rotation re-keyed the file but did not record it as finished: the next key opens it.
        db = storage::Database::open(databasePath, *slot.nextKey);
        key = *slot.nextKey;
        rotated = true;
    }
    if (!db)
        return db.error();
    auto account = AccountStore::findByLogin(*db.value(), login);
    if (!account || !account.value().active)
        return Error{ErrorCode::AuthFailed, QCoreApplication::translate("vigie::security", "The account %1 is disabled").arg(login)};

    auto session = std::make_unique<Session>(std::move(db.value()), key, account.value(), clock);
    // A format-1 slot is upgraded now that its password is known; it receives the seal key only when
    // the database has none yet (then this session seals it for the first time).
    std::optional<storage::SecretKey> sealKey = slot.sealKey;
    bool expectSeal = true;
    if (slot.legacy && !keys.sealed()) {
        sealKey = storage::SecretKey::random();
        expectSeal = false;
    }
    if (sealKey)
        session->attachAuditSeal(*sealKey, expectSeal);
    session->setMustChangePassword(slot.mustChangePassword);

    // Failures recorded while the database was closed enter the audit trail now, before the success.
    Status bookkeeping = storage::KeyRing::update(ringPath, [&](storage::KeyRing& r) {
        for (const storage::FailedSignIn& f : r.pendingFailures())
            if (Status s = storage::AuditTrail::appendAt(session->db(), signInEvent(f.login, QStringLiteral("failure"), {}),
                                                         f.at);
                !s)
                return s;
        r.clearPendingFailures();
        r.clearFailures(login);
        if (rotated)
            r.finishRotation();
        if (slot.legacy)
            return r.setSlot(login, password, key, sealKey ? &*sealKey : nullptr, false);
        return Status{};
    });
    if (!bookkeeping)
        return bookkeeping.error();
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
    const storage::SecretKey sealKey = storage::SecretKey::random();
    storage::KeyRing ring;
    if (Status s = ring.setSlot(admin.login, password, key, &sealKey, false); !s)
        return s.error();
    QFile::remove(storage::AuditSeal::pathFor(databasePath)); // a seal left by an older file of that name

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
    auto session = std::make_unique<Session>(std::move(db.value()), key, account, clock);
    session->attachAuditSeal(sealKey, false); // the first seal
    return session;
}

} // namespace vigie::security
