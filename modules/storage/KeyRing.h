#pragma once
// The key ring: one key slot per account, so that the account's password, and nothing else, opens
// the database. Like the key slots of an encrypted disk: signing in unwraps the key, a password
// change re-wraps one slot and nothing else changes.
//
// A slot (format 2) holds:
//  - an X25519 key pair of its own; the private half, together with the audit seal key (AuditSeal.h),
//    is wrapped (XChaCha20-Poly1305) with a key derived from the password by Argon2id (libsodium
//    crypto_pwhash, t=3, m=64 MiB: above OWASP's minimum of t=2, m=19 MiB);
//  - the database key sealed to the slot's public key (crypto_box_seal). An administrator can thus
//    re-key the database and give the new key to every remaining slot without knowing any password
//    (key rotation); the old key is then useless, and the seal key never leaves the password-wrapped
//    part, so that whoever holds only the database key cannot forge the audit seal.
//  - whether the password was set by an administrator and must be changed at the next sign-in
//    (bound to the wrapped part: editing the flag in the file makes the slot unusable).
// Format-1 slots (the database key wrapped directly) still open and are upgraded at sign-in.
//
// Kept beside the database as "<database>.keyring" (JSON), created with mode 0600 and written
// atomically (temporary file, fsync, rename). It holds no secret in clear. It also keeps, per login,
// the count of consecutive failed sign-ins and their times: a failed sign-in cannot write to the
// encrypted database it failed to open, so the attempt is recorded here and moved into the audit
// trail at the next successful opening. Every change goes through update(): a lock file serialises
// the read-modify-write, so that a failed sign-in in another process cannot undo a password change.

#include "core/Result.h"
#include "storage/SecretKey.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace vigie::storage {

struct KdfParams {
    quint64 opsLimit = 3;
    quint64 memLimit = 64ull * 1024 * 1024;
};

struct FailedSignIn {
    QString login;
    QDateTime at;
};

// What a password opens: the database key, the next key during a rotation that did not finish,
// the audit seal key (absent for a slot made before sealing existed), and whether the password was
// set by an administrator.
struct UnlockedSlot {
    SecretKey databaseKey;
    std::optional<SecretKey> nextKey;
    std::optional<SecretKey> sealKey;
    bool mustChangePassword = false;
    bool legacy = false; // format-1 slot: to be upgraded now that the password is known
};

class KeyRing
{
public:
    static QString pathFor(const QString& databasePath) { return databasePath + QStringLiteral(".keyring"); }

    static core::Result<KeyRing> load(const QString& path);
    core::Status save(const QString& path) const;
    // Loads, applies `change` and saves, holding "<path>.lock" all along (QLockFile): two processes
    // changing the key ring at once both see their change kept. Nothing is saved if `change` fails.
    static core::Status update(const QString& path, const std::function<core::Status(KeyRing&)>& change);

    bool hasSlot(const QString& login) const;
    QStringList logins() const;
    // Wraps `key` (and the seal key when given) for `login`, replacing its slot if present. Only
    // this slot changes.
    core::Status setSlot(const QString& login, const QString& password, const SecretKey& key,
                         const SecretKey* sealKey = nullptr, bool mustChangePassword = false);
    core::Status removeSlot(const QString& login);
    // AuthFailed for an unknown login and for a wrong password alike (no login enumeration).
    core::Result<SecretKey> unlock(const QString& login, const QString& password) const;
    core::Result<UnlockedSlot> open(const QString& login, const QString& password) const;
    // True when some slot holds the audit seal key: from then on the seal file must exist.
    bool sealed() const;

    // Key rotation, in two steps so that a crash in between loses nothing: beginRotation() seals
    // `next` to every slot beside its current key (saved before the database is re-keyed), then
    // finishRotation() makes it the current key (or abortRotation() drops it). Fails, changing
    // nothing, when a format-1 slot cannot receive it (its owner must sign in once first).
    core::Status beginRotation(const SecretKey& next);
    void finishRotation();
    void abortRotation();

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
        int format = 2;
        QString login;
        QByteArray salt;
        QByteArray nonce;
        QByteArray wrapped;    // format 2: X25519 secret key ‖ seal key; format 1: the database key
        QByteArray publicKey;  // format 2
        QByteArray sealedKey;  // format 2: crypto_box_seal(database key, publicKey)
        QByteArray sealedNext; // format 2, during a rotation
        bool hasSeal = false;
        bool mustChange = false;
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
