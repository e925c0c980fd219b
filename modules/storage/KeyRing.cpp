#include "storage/KeyRing.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace vigie::storage {
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {

constexpr const char* Format = "vigie-keyring-1";

// The slot's additional data binds the wrapped key to its login: a slot copied under another
// login does not unwrap.
QByteArray associatedData(const QString& login) { return QByteArray(Format) + '\0' + login.toUtf8(); }

bool deriveKek(unsigned char* kek, const QString& password, const QByteArray& salt, const KdfParams& kdf)
{
    const QByteArray pw = password.toUtf8();
    const int rc = crypto_pwhash(kek, crypto_aead_xchacha20poly1305_ietf_KEYBYTES, pw.constData(),
                                 static_cast<unsigned long long>(pw.size()),
                                 reinterpret_cast<const unsigned char*>(salt.constData()), kdf.opsLimit,
                                 size_t(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    return rc == 0;
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

Status KeyRing::setSlot(const QString& login, const QString& password, const SecretKey& key)
{
    if (sodium_init() < 0)
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "libsodium could not start"));
    Slot slot;
    slot.login = login;
    slot.kdf = m_kdf;
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    slot.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(slot.salt.data(), size_t(slot.salt.size()));
    randombytes_buf(slot.nonce.data(), size_t(slot.nonce.size()));

    SecretKey kek;
    if (!deriveKek(kek.data(), password, slot.salt, slot.kdf))
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Not enough memory to derive the key (Argon2id)"));
    slot.wrapped.resize(SecretKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long len = 0;
    const QByteArray ad = associatedData(login);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.wrapped.data()), &len, key.data(), SecretKey::Size,
        reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(slot.nonce.constData()), kek.data());
    slot.wrapped.resize(qsizetype(len));

    if (Slot* existing = find(login)) {
        slot.failures = 0;
        *existing = slot;
    } else {
        m_slots.append(slot);
    }
    return {};
}

Status KeyRing::removeSlot(const QString& login)
{
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].login == login) {
            m_slots.removeAt(i);
            return {};
        }
    }
    return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::storage", "No key slot for the login %1").arg(login));
}

Result<SecretKey> KeyRing::unlock(const QString& login, const QString& password) const
{
    const Slot* slot = find(login);
    if (!slot) {
        // Spend the same effort as a real attempt so that timing does not reveal which logins exist.
        SecretKey dummy;
        deriveKek(dummy.data(), password, QByteArray(crypto_pwhash_SALTBYTES, '\0'), m_kdf);
        return Result<SecretKey>::fail(ErrorCode::AuthFailed, QCoreApplication::translate("vigie::storage", "Wrong login or password"));
    }
    SecretKey kek;
    if (!deriveKek(kek.data(), password, slot->salt, slot->kdf))
        return Result<SecretKey>::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Not enough memory to derive the key (Argon2id)"));
    SecretKey key;
    unsigned long long len = 0;
    const QByteArray ad = associatedData(login);
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        key.data(), &len, nullptr, reinterpret_cast<const unsigned char*>(slot->wrapped.constData()),
        static_cast<unsigned long long>(slot->wrapped.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), reinterpret_cast<const unsigned char*>(slot->nonce.constData()),
        kek.data());
    if (rc != 0 || len != SecretKey::Size)
        return Result<SecretKey>::fail(ErrorCode::AuthFailed, QCoreApplication::translate("vigie::storage", "Wrong login or password"));
    return Result<SecretKey>(key);
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
    KeyRing ring;
    for (const QJsonValue& v : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = v.toObject();
        Slot s;
        s.login = o.value(QStringLiteral("login")).toString();
        s.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
        s.nonce = QByteArray::fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1());
        s.wrapped = QByteArray::fromBase64(o.value(QStringLiteral("wrapped")).toString().toLatin1());
        s.kdf.opsLimit = quint64(o.value(QStringLiteral("ops_limit")).toInteger());
        s.kdf.memLimit = quint64(o.value(QStringLiteral("mem_limit")).toInteger());
        s.failures = o.value(QStringLiteral("failures")).toInt();
        s.lastFailure = QDateTime::fromString(o.value(QStringLiteral("last_failure")).toString(), Qt::ISODateWithMs);
        if (s.login.isEmpty() || s.salt.size() != crypto_pwhash_SALTBYTES ||
            s.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES || s.kdf.opsLimit < 1)
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
    for (const Slot& s : m_slots) {
        slotArray.append(QJsonObject{
            {QStringLiteral("login"), s.login},
            {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
            {QStringLiteral("ops_limit"), qint64(s.kdf.opsLimit)},
            {QStringLiteral("mem_limit"), qint64(s.kdf.memLimit)},
            {QStringLiteral("salt"), QString::fromLatin1(s.salt.toBase64())},
            {QStringLiteral("nonce"), QString::fromLatin1(s.nonce.toBase64())},
            {QStringLiteral("wrapped"), QString::fromLatin1(s.wrapped.toBase64())},
            {QStringLiteral("failures"), s.failures},
            {QStringLiteral("last_failure"),
             s.lastFailure.isValid() ? s.lastFailure.toUTC().toString(Qt::ISODateWithMs) : QString()},
        });
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
    // a crash leaves either the old key ring or the new one, never half of one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to write the key ring %1").arg(path));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to write the key ring %1").arg(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace vigie::storage
