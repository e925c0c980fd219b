#pragma once
// The key ring: the random 256-bit database key, wrapped once per account with a key derived from
// that account's password by Argon2id (libsodium crypto_pwhash, t=3, m=64 MiB: above OWASP's minimum
// of t=2, m=19 MiB). Like the key slots of an encrypted disk: signing in unwraps the key, a password
// change re-wraps one slot and nothing else changes.
//
// Kept beside the database as "<database>.keyring" (JSON), written atomically (temporary file, fsync,
// rename). It holds no secret in clear. It also keeps, per login, the count of consecutive failed
// sign-ins and their times: a failed sign-in cannot write to the encrypted database it failed to
// open, so the attempt is recorded here and moved into the audit trail at the next successful opening.

#include "core/Result.h"
#include "storage/SecretKey.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vigie::storage {

struct KdfParams {
    quint64 opsLimit = 3;
    quint64 memLimit = 64ull * 1024 * 1024;
};

struct FailedSignIn {
    QString login;
    QDateTime at;
};

class KeyRing
{
public:
    static QString pathFor(const QString& databasePath) { return databasePath + QStringLiteral(".keyring"); }

    static core::Result<KeyRing> load(const QString& path);
    core::Status save(const QString& path) const;

    bool hasSlot(const QString& login) const;
    QStringList logins() const;
    // Wraps `key` for `login` (replacing its slot if present). Only this slot changes.
    core::Status setSlot(const QString& login, const QString& password, const SecretKey& key);
    core::Status removeSlot(const QString& login);
    // AuthFailed for an unknown login and for a wrong password alike (no login enumeration).
    core::Result<SecretKey> unlock(const QString& login, const QString& password) const;

    // Sign-in throttling state (see class comment).
    int consecutiveFailures(const QString& login) const;
    QDateTime lastFailure(const QString& login) const;
    void recordFailure(const QString& login, const QDateTime& atUtc);
    // An attempt refused while locked: audited, but the password was not tried, so no count, no delay.
    void recordLockedAttempt(const QString& login, const QDateTime& atUtc) { m_pending.append({login, atUtc}); }
    void clearFailures(const QString& login);
    QList<FailedSignIn> pendingFailures() const { return m_pending; }
    void clearPendingFailures() { m_pending.clear(); }

    void setKdfParams(const KdfParams& p) { m_kdf = p; } // tests may lower the cost; never below OWASP
    const KdfParams& kdfParams() const { return m_kdf; }

private:
    struct Slot {
        QString login;
        QByteArray salt;
        QByteArray nonce;
        QByteArray wrapped;
        KdfParams kdf;
        int failures = 0;
        QDateTime lastFailure;
    };
    Slot* find(const QString& login);
    const Slot* find(const QString& login) const;

    QList<Slot> m_slots;
    QList<FailedSignIn> m_pending;
    KdfParams m_kdf;
};

} // namespace vigie::storage
