#pragma once
// Synchronisation in the background (issue 14 item 6). A run pushes what waits and pulls what is
// available (SyncClient) on a thread of its own, through a connection of its own to the desktop's
// encrypted file: the pages' connection is never used from there, and typing never waits on the
// network. Runs are started by syncNow() (F5, and a timer in the main window); one at a time: a
// request during a run is remembered and served right after it, never dropped.

#include "core/Result.h"
#include "storage/SecretKey.h"
#include "sync/SyncClient.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace vigie::core {
class Clock;
}
namespace vigie::storage {
class Database;
}

namespace vigie::sync {

class Transport;

// What a run found, for the status bar.
struct SyncReport {
    enum class Outcome { NotEnrolled, Done, Offline, Failed };
    Outcome outcome = Outcome::NotEnrolled;
    SyncCounts counts;      // this run's (Done only)
    SyncStatus status;      // the device's state after the run (pending, conflicts, last sync…)
    QString error;          // Offline, Failed: the reason, for people
    QDateTime finishedAt;   // UTC
};

class BackgroundSync : public QObject
{
    Q_OBJECT

public:
    // Builds the transport to the enrolled server (its URL and pinned fingerprint); by default HTTPS.
    // Called on the sync thread.
    using TransportFactory = std::function<std::unique_ptr<Transport>(const QString& server, const QString& fingerprint)>;

    BackgroundSync(QString databasePath, storage::SecretKey key, const core::Clock& clock, TransportFactory factory = {},
                   QObject* parent = nullptr);
    ~BackgroundSync() override; // waits for the run in progress, then closes the thread's connection

    // The database was enrolled with a server (`vigie-cli sync enroll`).
    static bool enrolled(storage::Database& db);
    bool running() const { return m_running; }

public slots:
    void syncNow();

signals:
    void started();
    // During a run: what was sent and received so far (after each batch or page).
    void progress(const vigie::sync::SyncCounts& counts);
    void finished(const vigie::sync::SyncReport& report);

private:
    void onFinished(const SyncReport& report);

    class Worker;
    QThread* m_thread;
    Worker* m_worker;
    bool m_running = false;
    bool m_again = false;
};

} // namespace vigie::sync

Q_DECLARE_METATYPE(vigie::sync::SyncReport)
Q_DECLARE_METATYPE(vigie::sync::SyncCounts)
