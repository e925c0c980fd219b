#pragma once
// The desktop's side of synchronisation (sync-design.md §4.4, §4.6): pushes the outbox, then pulls
// the server's pages, each applied with change capture suspended and the new cursor stored in the
// same local transaction (any prefix of pages plus the rest gives the same state).

#include "core/Clock.h"
#include "core/Result.h"
#include "sync/Protocol.h"

#include <QString>

#include <functional>

namespace vigie::storage {
class Database;
}

namespace vigie::sync {

class Transport;

struct SyncCounts {
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0;
    int quarantined = 0;
    int purged = 0; // rows removed because the user's rights no longer reach them
    QString line() const; // "pushed N pulled M conflicts C quarantined Q"
};

struct SyncStatus {
    QString server;
    QString device;
    QString lastSync;
    int pending = 0;
    int conflicts = 0;
    int quarantined = 0;
    QString epoch;
};

class SyncClient
{
public:
    SyncClient(storage::Database& db, Transport& transport, const core::Clock& clock);

    // The device's state in _sync_state (enrolment); the credential stays inside the encrypted file.
    static core::Status saveEnrolment(storage::Database& db, const QString& server, const QString& fingerprint,
                                      const Enrolment& enrolment);
    static QString state(storage::Database& db, const QString& key);
    // A new device: its encrypted database is created at `path`, holding this user's key slot and
    // the account as the server knows it (same id, same role), written without capture (it came
    // from the server), and the enrolment.
    static core::Status createDevice(const QString& path, const Enrolment& enrolment, const QString& password,
                                     const core::Clock& clock, const QString& server, const QString& fingerprint);
    static core::Result<SyncStatus> status(storage::Database& db);

    // Called after each pushed batch and each applied page, with the counts so far (a new device's
    // first synchronisation may take many pages: the desktop shows them).
    std::function<void(const SyncCounts&)> onProgress;

    // Pushes everything waiting, then pulls everything available.
    core::Result<SyncCounts> syncNow(int pushBatch = 500, int pullLimit = 2000);
    // Asks the server for its epoch; when it changed (the server was restored from a backup), what
    // this device had sent after the backup's last server_seq is made pending again (the server
    // lost it; mutation ids keep it from being applied twice), and the cursor goes back to that
    // server_seq, so the scopes are read again from there. Audited on the device.
    core::Status followEpoch();
    core::Status pushAll(SyncCounts& counts, int batch);
    core::Status pullAll(SyncCounts& counts, int limit);
    // Audit anchoring: the head of this device's audit chain, sent at the end of each synchronisation
    // (so it covers the records the synchronisation itself wrote), and the last head the server kept.
    core::Status sendAuditAnchor();
    core::Result<AuditAnchor> serverAnchor();

private:
    core::Status applyPage(const PullPage& page, SyncCounts& counts);
    // The user's rights changed (the page's scope fingerprint): once nothing made here is still
    // waiting, the rows of workers and records are removed and the scopes read again from the
    // start, so that the device holds exactly what the user may now hold. Audited (sync.scope_leave).
    core::Status leaveScopes(const QString& scope, qint64 rereadUntil, SyncCounts& counts);

    storage::Database& m_db;
    Transport& m_transport;
    const core::Clock& m_clock;
};

} // namespace vigie::sync
