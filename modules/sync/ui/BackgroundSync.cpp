#include "sync/ui/BackgroundSync.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "sync/Transport.h"

#include <QCoreApplication>
#include <QThread>

namespace vigie::sync {

// Lives on the sync thread: its connection is opened there on the first run, used and closed there.
class BackgroundSync::Worker : public QObject
{
    Q_OBJECT

public:
    Worker(QString path, storage::SecretKey key, const core::Clock& clock, TransportFactory factory)
        : m_path(std::move(path)), m_key(std::move(key)), m_clock(clock), m_factory(std::move(factory)) {}

public slots:
    void run()
    {
        SyncReport report = runOnce();
        report.finishedAt = m_clock.nowUtc();
        emit done(report);
    }

signals:
    void done(const vigie::sync::SyncReport& report);
    void progressed(const vigie::sync::SyncCounts& counts);

private:
    SyncReport runOnce()
    {
        SyncReport report;
        if (!m_db) {
            auto db = storage::Database::open(m_path, m_key);
            if (!db) {
                report.outcome = SyncReport::Outcome::Failed;
                report.error = db.error().message;
                return report;
            }
            m_db = std::move(db.value());
        }
        if (!enrolled(*m_db))
            return report; // NotEnrolled
        const QString server = SyncClient::state(*m_db, QStringLiteral("server"));
        const QString fingerprint = SyncClient::state(*m_db, QStringLiteral("fingerprint"));
        std::unique_ptr<Transport> transport = m_factory ? m_factory(server, fingerprint)
                                                         : std::make_unique<HttpsTransport>(server, fingerprint);
        SyncClient client(*m_db, *transport, m_clock);
        client.onProgress = [this](const SyncCounts& soFar) { emit progressed(soFar); };
        auto counts = client.syncNow();
        if (counts) {
            report.outcome = SyncReport::Outcome::Done;
            report.counts = counts.value();
        } else {
            report.outcome = counts.error().code == Unreachable ? SyncReport::Outcome::Offline : SyncReport::Outcome::Failed;
            report.error = counts.error().message;
        }
        if (auto status = SyncClient::status(*m_db))
            report.status = status.value();
        return report;
    }

    QString m_path;
    storage::SecretKey m_key;
    const core::Clock& m_clock;
    TransportFactory m_factory;
    std::unique_ptr<storage::Database> m_db;
};

BackgroundSync::BackgroundSync(QString databasePath, storage::SecretKey key, const core::Clock& clock, TransportFactory factory,
                               QObject* parent)
    : QObject(parent), m_thread(new QThread), m_worker(new Worker(std::move(databasePath), std::move(key), clock, std::move(factory)))
{
    qRegisterMetaType<vigie::sync::SyncReport>();
    qRegisterMetaType<vigie::sync::SyncCounts>();
    m_thread->setObjectName(QStringLiteral("vigie-sync"));
    m_worker->moveToThread(m_thread);
    // The worker, hence its connection, is destroyed on its own thread when the thread ends.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::done, this, &BackgroundSync::onFinished, Qt::QueuedConnection);
    connect(m_worker, &Worker::progressed, this, &BackgroundSync::progress, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

BackgroundSync::~BackgroundSync()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool BackgroundSync::enrolled(storage::Database& db) { return !SyncClient::state(db, QStringLiteral("device_id")).isEmpty(); }

void BackgroundSync::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    emit started();
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection);
}

void BackgroundSync::onFinished(const SyncReport& report)
{
    m_running = false;
    emit finished(report);
    if (m_again) {
        m_again = false;
        syncNow();
    }
}

} // namespace vigie::sync

#include "BackgroundSync.moc"
