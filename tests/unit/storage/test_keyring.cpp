// The key ring: Argon2id key slots, one per account, written atomically.
#include "TestSupport.h"
#include "catch_qt.h"

#include "storage/KeyRing.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QThread>

#include <atomic>
#include <thread>

#include <sys/stat.h>

using namespace vigie;
using storage::KeyRing;

TEST_CASE("a key slot unwraps the database key with the right password only")
{
    const storage::SecretKey key = storage::SecretKey::random();
    KeyRing ring;
    REQUIRE(ring.setSlot(QStringLiteral("medecin"), QStringLiteral("Correct-Horse-42"), key));
    auto ok = ring.unlock(QStringLiteral("medecin"), QStringLiteral("Correct-Horse-42"));
    REQUIRE(ok.ok());
    CHECK(ok.value() == key);

    auto wrong = ring.unlock(QStringLiteral("medecin"), QStringLiteral("correct-horse-42"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == core::ErrorCode::AuthFailed);
    auto unknown = ring.unlock(QStringLiteral("nobody"), QStringLiteral("Correct-Horse-42"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message == wrong.error().message); // no login enumeration
}

TEST_CASE("the key ring file holds no key in clear, uses Argon2id above OWASP's minimum, and is saved atomically")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.db.keyring"));
    const storage::SecretKey key = storage::SecretKey::random();
    KeyRing ring;
    REQUIRE(ring.setSlot(QStringLiteral("admin"), QStringLiteral("Un-Mot-De-Passe-Long"), key));
    REQUIRE(ring.setSlot(QStringLiteral("iprp"), QStringLiteral("Autre-Mot-De-Passe-9"), key));
    REQUIRE(ring.save(path));
    const QByteArray text = test::readAll(path);
    CHECK_FALSE(text.contains(key.toHex().toLatin1()));
    CHECK_FALSE(text.contains(QByteArray::fromHex(key.toHex().toLatin1()).toBase64()));
    CHECK_FALSE(text.contains("Un-Mot-De-Passe-Long"));
    const QJsonObject root = QJsonDocument::fromJson(text).object();
    for (const auto& v : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject slot = v.toObject();
        CHECK(slot.value(QStringLiteral("kdf")).toString() == QStringLiteral("argon2id13"));
        CHECK(slot.value(QStringLiteral("ops_limit")).toInteger() >= 2);               // OWASP: t ≥ 2
        CHECK(slot.value(QStringLiteral("mem_limit")).toInteger() >= 19 * 1024 * 1024); // OWASP: m ≥ 19 MiB
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 1); // no temporary file left behind

    auto loaded = KeyRing::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded.value().unlock(QStringLiteral("iprp"), QStringLiteral("Autre-Mot-De-Passe-9")).value() == key);
}

TEST_CASE("changing one password re-wraps only that slot")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.db.keyring"));
    const storage::SecretKey key = storage::SecretKey::random();
    KeyRing ring;
    REQUIRE(ring.setSlot(QStringLiteral("admin"), QStringLiteral("Un-Mot-De-Passe-Long"), key));
    REQUIRE(ring.setSlot(QStringLiteral("nurse"), QStringLiteral("Infirmier-2026-xyz"), key));
    REQUIRE(ring.save(path));
    const QJsonArray before = QJsonDocument::fromJson(test::readAll(path)).object().value(QStringLiteral("slots")).toArray();

    REQUIRE(ring.setSlot(QStringLiteral("nurse"), QStringLiteral("Nouveau-Secret-2027"), key));
    REQUIRE(ring.save(path));
    const QJsonArray after = QJsonDocument::fromJson(test::readAll(path)).object().value(QStringLiteral("slots")).toArray();
    REQUIRE(after.size() == 2);
    CHECK(after.at(0) == before.at(0)); // admin's slot byte for byte
    CHECK(after.at(1).toObject().value(QStringLiteral("wrapped")) != before.at(1).toObject().value(QStringLiteral("wrapped")));
    auto reloaded = KeyRing::load(path).value();
    CHECK_FALSE(reloaded.unlock(QStringLiteral("nurse"), QStringLiteral("Infirmier-2026-xyz")).ok());
    CHECK(reloaded.unlock(QStringLiteral("nurse"), QStringLiteral("Nouveau-Secret-2027")).value() == key);
}

TEST_CASE("a slot copied under another login does not unwrap")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.db.keyring"));
    KeyRing ring;
    REQUIRE(ring.setSlot(QStringLiteral("alice"), QStringLiteral("Meme-Mot-De-Passe"), storage::SecretKey::random()));
    REQUIRE(ring.save(path));
    QByteArray text = test::readAll(path);
    text.replace("\"alice\"", "\"mallory\"");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    CHECK_FALSE(KeyRing::load(path).value().unlock(QStringLiteral("mallory"), QStringLiteral("Meme-Mot-De-Passe")).ok());
}

TEST_CASE("two writers at once: a failed sign-in recorded during a password change does not undo it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.db.keyring"));
    const storage::SecretKey key = storage::SecretKey::random();
    {
        KeyRing ring;
        REQUIRE(ring.setSlot(QStringLiteral("medecin"), QStringLiteral("Ancien-Secret-2025"), key));
        REQUIRE(ring.save(path));
    }
    // Writer 1 changes the password and takes its time (Argon2id); writer 2, a failed sign-in of
    // another login, arrives meanwhile. Both read-modify-write the same file.
    std::atomic<bool> firstInside{false};
    core::Status first, second;
    std::thread passwordChange([&] {
        first = KeyRing::update(path, [&](KeyRing& r) {
            firstInside = true;
            core::Status s = r.setSlot(QStringLiteral("medecin"), QStringLiteral("Nouveau-Secret-2026"), key);
            QThread::msleep(300);
            return s;
        });
    });
    while (!firstInside)
        QThread::msleep(5);
    std::thread failedSignIn([&] {
        second = KeyRing::update(path, [&](KeyRing& r) {
            r.recordFailure(QStringLiteral("autre"), QDateTime::currentDateTimeUtc());
            return core::Status{};
        });
    });
    passwordChange.join();
    failedSignIn.join();
    REQUIRE(first);
    REQUIRE(second);
    auto ring = KeyRing::load(path);
    REQUIRE(ring.ok());
    CHECK(ring.value().unlock(QStringLiteral("medecin"), QStringLiteral("Nouveau-Secret-2026")).ok());
    CHECK_FALSE(ring.value().unlock(QStringLiteral("medecin"), QStringLiteral("Ancien-Secret-2025")).ok());
    REQUIRE(ring.value().pendingFailures().size() == 1);
    CHECK(ring.value().pendingFailures().first().login == QStringLiteral("autre"));
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 1); // the lock file is gone
}

TEST_CASE("the key ring is owner-only whatever the umask, and a rotation seals the next key to every slot")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.db.keyring"));
    const mode_t previous = ::umask(0);
    const storage::SecretKey key = storage::SecretKey::random();
    KeyRing ring;
    REQUIRE(ring.setSlot(QStringLiteral("admin"), QStringLiteral("Un-Mot-De-Passe-Long"), key));
    REQUIRE(ring.setSlot(QStringLiteral("iprp"), QStringLiteral("Autre-Mot-De-Passe-9"), key));
    REQUIRE(ring.save(path));
    ::umask(previous);
    CHECK(QFile::permissions(path) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    const storage::SecretKey next = storage::SecretKey::random();
    REQUIRE(ring.beginRotation(next));
    auto during = ring.open(QStringLiteral("iprp"), QStringLiteral("Autre-Mot-De-Passe-9"));
    REQUIRE(during.ok());
    CHECK(during.value().databaseKey == key);
    REQUIRE(during.value().nextKey.has_value());
    CHECK(*during.value().nextKey == next);
    ring.finishRotation();
    CHECK(ring.unlock(QStringLiteral("admin"), QStringLiteral("Un-Mot-De-Passe-Long")).value() == next);
    CHECK_FALSE(ring.open(QStringLiteral("admin"), QStringLiteral("Un-Mot-De-Passe-Long")).value().nextKey.has_value());
}
