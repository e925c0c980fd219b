#pragma once
// The server store (sync-design.md §4.5). Its folder holds one encrypted file (the project's
// SQLCipher storage) with the service's data in the same schema as the desktops — so that the one
// access policy reads its facts (teams, delegations, oppositions) exactly as on a desktop — the
// accounts and their key slots (the server checks a user's password at enrolment) and the server's
// audit trail. The raw database key lives in a key file readable by the server's user only (0600),
// so that the service starts unattended.
//
// The server's own tables (ServerLog: change log, applied mutations, counter, devices, quarantine,
// audit anchors, epoch) live either in that same file (the embedded default: one writer, one
// transaction for rows and log) or, for a large service, in PostgreSQL (a postgresql:// location).
// Then PostgreSQL is the authority: a push commits the log there first, then the file's rows; the
// file records the last server_seq its rows include, and on open applies whatever the log holds
// beyond it (a crash between the two commits loses nothing).

#include "core/Clock.h"
#include "security/AccountStore.h"
#include "storage/Backup.h"
#include "storage/SecretKey.h"
#include "sync/ServerLog.h"
#include "sync/ServerStore.h"

#include <functional>
#include <memory>

namespace vigie::storage {
class Database;
}
namespace vigie::security {
class Session;
}

namespace vigie::sync {

class EmbeddedServerStore final : public ServerStore
{
public:
    static QString databasePath(const QString& dir);
    static QString keyFilePath(const QString& dir);

    // Creates DIR (empty or absent), the encrypted store, its key file and the first administrator.
    // `populate`, when given, receives the administrator's session to fill the new store (the demo)
    // before everything in it is written to the change log.
    using Populate = std::function<core::Status(std::unique_ptr<security::Session>)>;
    // `postgres`: a postgresql:// location for the server's log (empty: in the file).
    static core::Status create(const QString& dir, const security::NewAccount& admin, const QString& password,
                               const core::Clock& clock, const Populate& populate = {}, const QString& postgres = {});
    static core::Result<std::unique_ptr<EmbeddedServerStore>> open(const QString& dir, const core::Clock& clock,
                                                                   const QString& postgres = {});
    ~EmbeddedServerStore() override;

    // A verified online copy of the store at `out` (storage::Backup: same key, 0600; the key file is
    // not copied: it stays with the server, or in the administrator's safe). With PostgreSQL, the
    // log's pg_dump archive beside it, "<out>.pgdump", taken after the file and checked.
    core::Result<storage::BackupCheck> backup(const QString& out);
    // Puts a verified backup in place of the store of DIR (the current one is kept as
    // "server.db.replaced-<UTC time>") and gives the store a new epoch, so that every desktop sees
    // that the server went back in time and pushes again what it lost (sync-design.md §4.5). Audited.
    // Returns the kept file's path. The server must be stopped.
    // With PostgreSQL, the log comes back from "<backup>.pgdump" (pg_restore, one transaction) before
    // the file is replaced, and the file then catches up from it.
    static core::Result<QString> restore(const QString& dir, const QString& backupFile, const core::Clock& clock,
                                         const QString& postgres = {});

    storage::Database& db() { return *m_db; }
    ServerLog& log();
    bool onPostgres() const { return m_postgresLog != nullptr; }
    const storage::SecretKey& key() const { return m_key; }

    // Writes to the change log every row of the service's data not logged yet (data written on the
    // server outside the protocol: the first administrator, the demo), in server transactions of at
    // most `perTransaction` rows, so that a new device receives them by pulling from 0.
    core::Result<int> logUnloggedRows(int perTransaction = 1000);

    core::Result<Enrolment> enroll(const QString& login, const QString& password, const QString& deviceName) override;
    core::Result<Device> authenticate(const QString& deviceId, const QString& credential) override;
    core::Result<PushResponse> push(const Device& device, const PushRequest& request) override;
    core::Result<PullPage> pull(const Device& device, qint64 cursor, int limit, bool includeOwn = false) override;
    core::Status anchor(const Device& device, const AuditAnchor& head) override;
    core::Result<AuditAnchor> lastAnchor(const Device& device) override;
    core::Result<QList<Device>> devices() override;
    core::Status revoke(const QString& deviceId) override;
    core::Result<qint64> lastServerSeq() override;
    QString epoch() override;
    qint64 epochBase() override;

private:
    EmbeddedServerStore(QString dir, std::unique_ptr<storage::Database> db, storage::SecretKey key, const core::Clock& clock,
                        std::unique_ptr<ServerLog> postgresLog);
    // The log on the connection of `db` (the file), or PostgreSQL's; `holder` keeps the former alive.
    ServerLog& logOn(storage::Database& db, std::unique_ptr<ServerLog>& holder);
    // Applies to the file the rows PostgreSQL's log holds beyond those the file includes.
    core::Result<int> catchUp();
    core::Status audit(const QString& login, const QString& role, const QString& action, const QString& resource,
                       const QString& outcome, const QString& detail);

    QString m_dir;
    std::unique_ptr<storage::Database> m_db;
    storage::SecretKey m_key;
    const core::Clock& m_clock;
    std::unique_ptr<ServerLog> m_postgresLog; // null on the embedded store
    QString m_postgresLocation;
    std::unique_ptr<ServerLog> m_fileLog;     // the log in the file, on m_db's connection
};

} // namespace vigie::sync
