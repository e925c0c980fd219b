#include "storage/AuditSeal.h"

#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <atomic>

#include <sodium.h>
#include <sqlite3.h>

namespace vigie::storage {
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {
constexpr const char* Format = "vigie-auditseal-1";
constexpr int DefaultAutoCheckpointPages = 1000; // SQLite's own default, which our WAL hook replaces


QByteArray macOf(const SecretKey& key, const AuditHead& head)
{
    const QByteArray message = QByteArray(Format) + '\0' + QByteArray::number(head.count) + '\0' + head.hash.toLatin1();
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char*>(message.constData()),
                           static_cast<unsigned long long>(message.size()), key.data());
    return QByteArray(reinterpret_cast<const char*>(mac), sizeof mac).toHex();
}

// The head read with the SQLite API directly: this also runs inside the WAL hook, under Qt's query.
Result<AuditHead> headOf(sqlite3* handle)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT seq, hash FROM _audit ORDER BY seq DESC LIMIT 1", -1, &st, nullptr) != SQLITE_OK)
        return Result<AuditHead>::fail(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(handle)));
    AuditHead head{0, QString::fromLatin1(AuditTrail::GenesisHash)};
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        head.count = sqlite3_column_int64(st, 0);
        head.hash = QString::fromLatin1(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Result<AuditHead>::fail(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(handle)));
    return head;
}

Result<QString> hashAt(sqlite3* handle, qint64 seq)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT hash FROM _audit WHERE seq = ?", -1, &st, nullptr) != SQLITE_OK)
        return Result<QString>::fail(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(handle)));
    sqlite3_bind_int64(st, 1, seq);
    QString hash;
    if (sqlite3_step(st) == SQLITE_ROW)
        hash = QString::fromLatin1(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return hash;
}

struct ReadSeal {
    bool exists = false;
    bool authentic = false;
    AuditHead head;
};

ReadSeal readSeal(const QString& path, const SecretKey& key)
{
    ReadSeal out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    out.exists = true;
    QByteArray mac;
    bool countOk = false;
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.value(0) != Format)
        return out;
    for (const QByteArray& line : lines) {
        if (line.startsWith("count="))
            out.head.count = line.mid(6).toLongLong(&countOk);
        else if (line.startsWith("hash="))
            out.head.hash = QString::fromLatin1(line.mid(5));
        else if (line.startsWith("hmac="))
            mac = line.mid(5);
    }
    const QByteArray expected = macOf(key, out.head);
    out.authentic = countOk && mac.size() == expected.size() &&
                    sodium_memcmp(mac.constData(), expected.constData(), size_t(mac.size())) == 0;
    return out;
}
} // namespace

QString AuditSeal::pathFor(const QString& databasePath) { return databasePath + QStringLiteral(".auditseal"); }

Result<AuditHead> AuditSeal::currentHead(Database& db) { return headOf(db.handle()); }

Status AuditSeal::write(const QString& sealPath, const SecretKey& sealKey, const AuditHead& head)
{
    const QByteArray text = QByteArray(Format) + "\ncount=" + QByteArray::number(head.count) + "\nhash=" +
                            head.hash.toLatin1() + "\nhmac=" + macOf(sealKey, head) + '\n';
    // Temporary file, fsync, rename: a crash leaves the previous seal or this one, never half of one.
    QSaveFile file(sealPath);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(text) != text.size() || !file.commit())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to write the audit seal %1").arg(sealPath));
    return {};
}

Result<QString> AuditSeal::hashAtCount(Database& db, qint64 count)
{
    if (count == 0)
        return QString::fromLatin1(AuditTrail::GenesisHash);
    return hashAt(db.handle(), count);
}

Result<SealCheck> AuditSeal::compareWith(Database& db, const AuditHead& vouched)
{
    SealCheck c;
    auto current = currentHead(db);
    if (!current)
        return current.error();
    c.current = current.value();
    c.sealed = vouched;
    if (c.current.count < vouched.count) {
        c.state = SealCheck::State::Truncated;
        return c;
    }
    auto hash = hashAt(db.handle(), vouched.count);
    if (!hash)
        return hash.error();
    const QString expected = vouched.count == 0 ? QString::fromLatin1(AuditTrail::GenesisHash) : hash.value();
    if (expected != vouched.hash)
        c.state = SealCheck::State::Rewritten;
    return c;
}

Result<SealCheck> AuditSeal::check(Database& db, const SecretKey& sealKey, bool expectSeal)
{
    SealCheck c;
    auto current = currentHead(db);
    if (!current)
        return current.error();
    c.current = current.value();
    const ReadSeal seal = readSeal(pathFor(db.path()), sealKey);
    if (!seal.exists) {
        if (expectSeal) {
            c.state = SealCheck::State::Missing;
            c.message = QCoreApplication::translate("vigie::storage", "The audit seal %1 is missing: the end of the trail cannot be vouched for")
                            .arg(pathFor(db.path()));
        }
        return c;
    }
    c.sealed = seal.head;
    if (!seal.authentic) {
        c.state = SealCheck::State::Forged;
        c.message = QCoreApplication::translate("vigie::storage", "The audit seal %1 was not made with this database's seal key: it was forged or replaced")
                        .arg(pathFor(db.path()));
        return c;
    }
    auto compared = compareWith(db, c.sealed);
    if (!compared)
        return compared.error();
    c.state = compared.value().state;
    if (c.state == SealCheck::State::Truncated)
        c.message = QCoreApplication::translate("vigie::storage", "The audit trail holds %1 records but its seal vouches for %2: records at its end were deleted "
                       "(from record %3 on)")
                        .arg(c.current.count)
                        .arg(c.sealed.count)
                        .arg(c.current.count + 1);
    else if (c.state == SealCheck::State::Rewritten)
        c.message = QCoreApplication::translate("vigie::storage", "Record %1 of the audit trail is not the one its seal vouches for: the trail was truncated and "
                       "refilled, recomputed or rewritten")
                        .arg(c.sealed.count);
    return c;
}

AuditSealer::AuditSealer(Database& db, const SecretKey& sealKey, bool expectSeal)
    : m_db(db), m_key(sealKey), m_path(AuditSeal::pathFor(db.path()))
{
    auto checked = AuditSeal::check(db, sealKey, expectSeal);
    if (checked) {
        m_initial = checked.value();
        m_trusted = m_initial.intact();
        m_last = m_initial.sealed;
    }
    if (m_trusted) {
        (void)sealNow(); // an older database gets its first seal; otherwise nothing changed
        sqlite3_wal_hook(m_db.handle(), &AuditSealer::onWalCommit, this);
    }
}

namespace {
std::atomic<int> deferredSealings{0};
}

DeferredSealing::DeferredSealing() { ++deferredSealings; }
DeferredSealing::~DeferredSealing() { --deferredSealings; }
bool DeferredSealing::active() { return deferredSealings.load() > 0; }

AuditSealer::~AuditSealer()
{
    if (m_trusted) {
        sqlite3* handle = m_db.handle();
        if (handle) {
            (void)sealNow(); // what a deferred sealing left behind (no-op when the seal is current)
            sqlite3_wal_hook(handle, nullptr, nullptr);
            sqlite3_wal_autocheckpoint(handle, DefaultAutoCheckpointPages);
        }
    }
}

Status AuditSealer::sealNow()
{
    if (!m_trusted)
        return {};
    auto head = headOf(m_db.handle());
    if (!head)
        return head.error();
    if (head.value().count == m_last.count && head.value().hash == m_last.hash)
        return {};
    if (Status s = AuditSeal::write(m_path, m_key, head.value()); !s)
        return s;
    m_last = head.value();
    ++m_written;
    return {};
}

int AuditSealer::onWalCommit(void* self, sqlite3* handle, const char* dbName, int pages)
{
    // After a commit, the write lock released: the head read here is committed data.
    if (!DeferredSealing::active())
        (void)static_cast<AuditSealer*>(self)->sealNow();
    // This hook replaces SQLite's automatic checkpoint: do what it would have done.
    if (pages >= DefaultAutoCheckpointPages)
        sqlite3_wal_checkpoint(handle, dbName);
    return SQLITE_OK;
}

} // namespace vigie::storage
