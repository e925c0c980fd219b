#include "storage/KeyRing.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <sodium.h>

#include <cstdlib>
#include <cstring>

namespace vigie::storage {
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {

constexpr const char* Format = "vigie-keyring-1"; // the file's format name, kept: format-2 slots say so themselves
constexpr int SlotSecretSize = crypto_box_SECRETKEYBYTES + SecretKey::Size; // X25519 secret key ‖ seal key
static_assert(crypto_box_SECRETKEYBYTES == 32 && crypto_box_PUBLICKEYBYTES == 32);


// The slot's additional data binds the wrapped secrets to their login and to the slot's flags: a
// slot copied under another login, or whose flags were edited in the file, does not unwrap.
QByteArray associatedData(int format, const QString& login, bool hasSeal, bool mustChange, const QByteArray& publicKey)
{
    QByteArray ad = QByteArray(Format) + '\0' + login.toUtf8();
    if (format >= 2)
        ad += QByteArray("\0slot-2\0", 8) + (hasSeal ? "seal" : "noseal") + '\0' + (mustChange ? "change" : "keep") +
              '\0' + publicKey;
    return ad;
}

const unsigned char* bytes(const QByteArray& b) { return reinterpret_cast<const unsigned char*>(b.constData()); }

// The password's UTF-8 copy is ours: wiped as soon as Argon2id has read it. (The QString itself
// belongs to the caller and to Qt's widgets, which may keep copies this code cannot wipe.)
bool deriveKek(unsigned char* kek, const QString& password, const QByteArray& salt, const KdfParams& kdf)
{
    QByteArray pw = password.toUtf8();
    const int rc = crypto_pwhash(kek, crypto_aead_xchacha20poly1305_ietf_KEYBYTES, pw.constData(),
                                 static_cast<unsigned long long>(pw.size()), bytes(salt), kdf.opsLimit,
                                 size_t(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(pw.data(), size_t(pw.size()));
    return rc == 0;
}

// Secret bytes in sodium_malloc'ed memory (locked, guarded), wiped and freed on scope exit.
class SecretBuffer
{
public:
    explicit SecretBuffer(size_t size) : m_size(size), m_p(static_cast<unsigned char*>(sodium_malloc(size)))
    {
        if (!m_p)
            std::abort();
        sodium_memzero(m_p, size);
    }
    ~SecretBuffer() { sodium_free(m_p); }
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;
    unsigned char* data() { return m_p; }
    size_t size() const { return m_size; }

private:
    size_t m_size;
    unsigned char* m_p;
};

QByteArray sealTo(const QByteArray& publicKey, const SecretKey& key)
{
    QByteArray out(crypto_box_SEALBYTES + SecretKey::Size, '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()), key.data(), SecretKey::Size, bytes(publicKey));
    return out;
}

bool openSealed(const QByteArray& sealed, const QByteArray& publicKey, const unsigned char* secretKey, SecretKey& out)
{
    return sealed.size() == crypto_box_SEALBYTES + SecretKey::Size &&
           crypto_box_seal_open(out.data(), bytes(sealed), static_cast<unsigned long long>(sealed.size()),
                                bytes(publicKey), secretKey) == 0;
}
} // namespace

KeyRing::Slot* KeyRing::find(const QString& login)
{
    for (Slot& s : m_slots)
        if (s.login == login)
            return &s;
    return nullptr;
}
const KeyRing::Slot* KeyRing::find(const QString& login) const { return const_cast<KeyRing*>(this)->find(login); }

bool KeyRing::hasSlot(const QString& login) const { return find(login) != nullptr; }

QStringList KeyRing::logins() const
{
    QStringList out;
    for (const Slot& s : m_slots)
        out << s.login;
    return out;
}

bool KeyRing::sealed() const
{
    for (const Slot& s : m_slots)
        if (s.format >= 2 && s.hasSeal)
            return true;
    return false;
}

Status KeyRing::setSlot(const QString& login, const QString& password, const SecretKey& key, const SecretKey* sealKey,
                        bool mustChangePassword)
{
    if (sodium_init() < 0)
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "libsodium could not start"));
    Slot slot;
    slot.login = login;
    slot.kdf = m_kdf;
    slot.hasSeal = sealKey != nullptr;
    slot.mustChange = mustChangePassword;
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    slot.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(slot.salt.data(), size_t(slot.salt.size()));
    randombytes_buf(slot.nonce.data(), size_t(slot.nonce.size()));

    SecretBuffer secrets(SlotSecretSize);
    slot.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(slot.publicKey.data()), secrets.data());
    if (sealKey)
        std::memcpy(secrets.data() + crypto_box_SECRETKEYBYTES, sealKey->data(), SecretKey::Size);
    slot.sealedKey = sealTo(slot.publicKey, key);

    SecretKey kek;
    if (!deriveKek(kek.data(), password, slot.salt, slot.kdf))
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Not enough memory to derive the key (Argon2id)"));
    slot.wrapped.resize(SlotSecretSize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long len = 0;
    const QByteArray ad = associatedData(2, login, slot.hasSeal, slot.mustChange, slot.publicKey);
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(slot.wrapped.data()), &len,
                                               secrets.data(), secrets.size(), bytes(ad),
                                               static_cast<unsigned long long>(ad.size()), nullptr, bytes(slot.nonce),
                                               kek.data());
    slot.wrapped.resize(qsizetype(len));

    if (Slot* existing = find(login))
        *existing = slot; // failures start again at 0 with the new password
    else
        m_slots.append(slot);
    return {};
}

Status KeyRing::removeSlot(const QString& login)
{
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].login == login) {
            // Overwrite what the file held before dropping it from memory.
            sodium_memzero(m_slots[i].wrapped.data(), size_t(m_slots[i].wrapped.size()));
            m_slots.removeAt(i);
            return {};
        }
    }
    return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::storage", "No key slot for the login %1").arg(login));
}

Result<UnlockedSlot> KeyRing::open(const QString& login, const QString& password) const
{
    const auto wrong = [] { return Result<UnlockedSlot>::fail(ErrorCode::AuthFailed, QCoreApplication::translate("vigie::storage", "Wrong login or password")); };
    const Slot* slot = find(login);
    if (!slot) {
        // Spend the same effort as a real attempt so that timing does not reveal which logins exist.
        SecretKey dummy;
        deriveKek(dummy.data(), password, QByteArray(crypto_pwhash_SALTBYTES, '\0'), m_kdf);
        return wrong();
    }
    SecretKey kek;
    if (!deriveKek(kek.data(), password, slot->salt, slot->kdf))
        return Result<UnlockedSlot>::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Not enough memory to derive the key (Argon2id)"));
    const QByteArray ad = associatedData(slot->format, login, slot->hasSeal, slot->mustChange, slot->publicKey);
    UnlockedSlot out;
    unsigned long long len = 0;
    if (slot->format < 2) {
        const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
            out.databaseKey.data(), &len, nullptr, bytes(slot->wrapped), static_cast<unsigned long long>(slot->wrapped.size()),
            bytes(ad), static_cast<unsigned long long>(ad.size()), bytes(slot->nonce), kek.data());
        if (rc != 0 || len != SecretKey::Size)
            return wrong();
        out.legacy = true;
        return out;
    }
    if (slot->wrapped.size() != SlotSecretSize + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return wrong();
    SecretBuffer secrets(SlotSecretSize);
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        secrets.data(), &len, nullptr, bytes(slot->wrapped), static_cast<unsigned long long>(slot->wrapped.size()),
        bytes(ad), static_cast<unsigned long long>(ad.size()), bytes(slot->nonce), kek.data());
    if (rc != 0 || len != SlotSecretSize)
        return wrong();
    if (!openSealed(slot->sealedKey, slot->publicKey, secrets.data(), out.databaseKey))
        return Result<UnlockedSlot>::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "The key slot of %1 is damaged").arg(login));
    if (!slot->sealedNext.isEmpty()) {
        SecretKey next;
        if (openSealed(slot->sealedNext, slot->publicKey, secrets.data(), next))
            out.nextKey = next;
    }
    if (slot->hasSeal) {
        SecretKey seal;
        std::memcpy(seal.data(), secrets.data() + crypto_box_SECRETKEYBYTES, SecretKey::Size);
        out.sealKey = seal;
    }
    out.mustChangePassword = slot->mustChange;
    return out;
}

Result<SecretKey> KeyRing::unlock(const QString& login, const QString& password) const
{
    auto opened = open(login, password);
    if (!opened)
        return opened.error();
    return opened.value().databaseKey;
}

Status KeyRing::beginRotation(const SecretKey& next)
{
    QStringList legacy;
    for (const Slot& s : m_slots)
        if (s.format < 2)
            legacy << s.login;
    if (!legacy.isEmpty())
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::storage", "These accounts must sign in once before the key can be rotated: %1")
                                .arg(legacy.join(QStringLiteral(", "))));
    for (Slot& s : m_slots)
        s.sealedNext = sealTo(s.publicKey, next);
    return {};
}

void KeyRing::finishRotation()
{
    for (Slot& s : m_slots) {
        if (!s.sealedNext.isEmpty())
            s.sealedKey = s.sealedNext;
        s.sealedNext.clear();
    }
}

void KeyRing::abortRotation()
{
    for (Slot& s : m_slots)
        s.sealedNext.clear();
}

int KeyRing::consecutiveFailures(const QString& login) const
{
    const Slot* s = find(login);
    return s ? s->failures : 0;
}

QDateTime KeyRing::lastFailure(const QString& login) const
{
    const Slot* s = find(login);
    return s ? s->lastFailure : QDateTime();
}

void KeyRing::recordFailure(const QString& login, const QDateTime& atUtc)
{
    if (Slot* s = find(login)) {
        ++s->failures;
        s->lastFailure = atUtc;
    }
    m_pending.append({login, atUtc});
}

void KeyRing::clearFailures(const QString& login)
{
    if (Slot* s = find(login)) {
        s->failures = 0;
        s->lastFailure = QDateTime();
    }
}

Result<KeyRing> KeyRing::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<KeyRing>::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Key ring not found or unreadable: %1").arg(path));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &perr);
    const QJsonObject root = doc.object();
    if (perr.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        return Result<KeyRing>::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "%1 is not a Vigie key ring").arg(path));
    const auto b64 = [](const QJsonObject& o, const char* name) {
        return QByteArray::fromBase64(o.value(QLatin1String(name)).toString().toLatin1());
    };
    KeyRing ring;
    for (const QJsonValue& v : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = v.toObject();
        Slot s;
        s.format = o.value(QStringLiteral("slot_format")).toInt(1);
        s.login = o.value(QStringLiteral("login")).toString();
        s.salt = b64(o, "salt");
        s.nonce = b64(o, "nonce");
        s.wrapped = b64(o, "wrapped");
        s.publicKey = b64(o, "public_key");
        s.sealedKey = b64(o, "sealed_key");
        s.sealedNext = b64(o, "sealed_next");
        s.hasSeal = o.value(QStringLiteral("audit_seal")).toBool();
        s.mustChange = o.value(QStringLiteral("must_change_password")).toBool();
        s.kdf.opsLimit = quint64(o.value(QStringLiteral("ops_limit")).toInteger());
        s.kdf.memLimit = quint64(o.value(QStringLiteral("mem_limit")).toInteger());
        s.failures = o.value(QStringLiteral("failures")).toInt();
        s.lastFailure = QDateTime::fromString(o.value(QStringLiteral("last_failure")).toString(), Qt::ISODateWithMs);
        if (s.login.isEmpty() || s.salt.size() != crypto_pwhash_SALTBYTES ||
            s.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES || s.kdf.opsLimit < 1 ||
            (s.format >= 2 && s.publicKey.size() != crypto_box_PUBLICKEYBYTES))
            return Result<KeyRing>::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Damaged key slot in %1").arg(path));
        ring.m_slots.append(s);
    }
    for (const QJsonValue& v : root.value(QStringLiteral("pending_failures")).toArray()) {
        const QJsonObject o = v.toObject();
        ring.m_pending.append({o.value(QStringLiteral("login")).toString(),
                               QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)});
    }
    return Result<KeyRing>(ring);
}

Status KeyRing::save(const QString& path) const
{
    QJsonArray slotArray;
    const auto b64 = [](const QByteArray& b) { return QString::fromLatin1(b.toBase64()); };
    for (const Slot& s : m_slots) {
        QJsonObject o{
            {QStringLiteral("login"), s.login},
            {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
            {QStringLiteral("ops_limit"), qint64(s.kdf.opsLimit)},
            {QStringLiteral("mem_limit"), qint64(s.kdf.memLimit)},
            {QStringLiteral("salt"), b64(s.salt)},
            {QStringLiteral("nonce"), b64(s.nonce)},
            {QStringLiteral("wrapped"), b64(s.wrapped)},
            {QStringLiteral("failures"), s.failures},
            {QStringLiteral("last_failure"),
             s.lastFailure.isValid() ? s.lastFailure.toUTC().toString(Qt::ISODateWithMs) : QString()},
        };
        if (s.format >= 2) {
            o.insert(QStringLiteral("slot_format"), s.format);
            o.insert(QStringLiteral("public_key"), b64(s.publicKey));
            o.insert(QStringLiteral("sealed_key"), b64(s.sealedKey));
            if (!s.sealedNext.isEmpty())
                o.insert(QStringLiteral("sealed_next"), b64(s.sealedNext));
            o.insert(QStringLiteral("audit_seal"), s.hasSeal);
            o.insert(QStringLiteral("must_change_password"), s.mustChange);
        }
        slotArray.append(o);
    }
    QJsonArray pending;
    for (const FailedSignIn& f : m_pending)
        pending.append(QJsonObject{{QStringLiteral("login"), f.login},
                                   {QStringLiteral("at"), f.at.toUTC().toString(Qt::ISODateWithMs)}});
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(Format)},
                           {QStringLiteral("cipher"), QStringLiteral("xchacha20poly1305-ietf")},
                           {QStringLiteral("slots"), slotArray},
                           {QStringLiteral("pending_failures"), pending}};
    // QSaveFile writes a temporary file, flushes it to disk and renames it over the old one:
    // a crash leaves either the old key ring or the new one, never half of one. The temporary file
    // is made owner-only before anything is written to it, so the key ring is never readable by
    // others, not even for a moment.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to write the key ring %1").arg(path));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to write the key ring %1").arg(path));
    return {};
}

Status KeyRing::update(const QString& path, const std::function<Status(KeyRing&)>& change)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(20000))
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "The key ring %1 is locked by another program").arg(path));
    auto ring = load(path);
    if (!ring)
        return ring.error();
    if (Status s = change(ring.value()); !s)
        return s;
    return ring.value().save(path);
}

} // namespace vigie::storage
