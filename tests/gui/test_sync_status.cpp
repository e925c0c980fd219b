// Synchronisation in the desktop (issue 14 item 6): the status bar says online or offline, when the
// last synchronisation succeeded, how many changes wait, conflicts and refused writes; F5 synchronises
// now; the run happens on another thread, on a connection of its own, so typing never waits. A real
// embedded server store answers in the same process (the protocol's endpoints, no network); the
// offline case uses the real HTTPS transport towards a closed loopback port.
#include "catch_qt.h"

#include "GuiSupport.h"
#include "MainWindow.h"
#include "Modules.h"
#include "Translations.h"

#include "core/Clock.h"
#include "security/AccountStore.h"
#include "security/Session.h"
#include "security/SignIn.h"
#include "storage/Database.h"
#include "sync/EmbeddedServerStore.h"
#include "sync/Endpoints.h"
#include "sync/SyncClient.h"
#include "sync/Enrolment.h"
#include "sync/ui/EnrolDialog.h"
#include "sync/ui/SyncStatusLine.h"
#include "ui/ModuleRegistry.h"

#include <QAtomicInt>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>

using namespace vigie;
using guitest::waitUntil;

namespace {
const QString Password = QStringLiteral("Clef-Solide-2026!");

struct EnrolledDesktop {
    QTemporaryDir dir;
    QString storeDir = dir.filePath(QStringLiteral("store"));
    QString path = dir.filePath(QStringLiteral("desktop.db"));
    core::ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<security::Session> session;
    ui::ModuleRegistry registry;
    QAtomicInt transportsOnMainThread = 0;
    QAtomicInt transports = 0;

    EnrolledDesktop()
    {
        guitest::isolateSettings();
        i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
        auto created = sync::EmbeddedServerStore::create(storeDir, security::NewAccount{QStringLiteral("admin"), QStringLiteral("Alice Admin"),
                                                                                         security::Role::Admin, {}, false},
                                                         Password, clock);
        REQUIRE(created);
        sync::DirectTransport enrol(storeFactory());
        auto answer = enrol.call(QString::fromLatin1(sync::EnrollPath),
                                 QJsonObject{{QStringLiteral("login"), QStringLiteral("admin")}, {QStringLiteral("password"), Password},
                                             {QStringLiteral("device_name"), QStringLiteral("poste")}});
        REQUIRE(answer);
        REQUIRE(sync::SyncClient::createDevice(path, sync::Enrolment::fromJson(answer.value()), Password, clock,
                                               QStringLiteral("https://127.0.0.1:1"), QString(64, QLatin1Char('0'))));
        auto signedIn = security::signIn(path, QStringLiteral("admin"), Password, clock);
        REQUIRE(signedIn);
        session = std::move(signedIn.value());
        desktop::registerAllModules(registry);
    }
    sync::DirectTransport::StoreFactory storeFactory()
    {
        return [this]() -> core::Result<std::unique_ptr<sync::ServerStore>> {
            auto s = sync::EmbeddedServerStore::open(storeDir, clock);
            if (!s)
                return s.error();
            return std::unique_ptr<sync::ServerStore>(std::move(s.value()));
        };
    }
    // The in-process server; notes on which thread the run asked for its transport.
    sync::BackgroundSync::TransportFactory direct()
    {
        return [this](const QString&, const QString&) -> std::unique_ptr<sync::Transport> {
            ++transports;
            if (QThread::currentThread() == QCoreApplication::instance()->thread())
                ++transportsOnMainThread;
            return std::make_unique<sync::DirectTransport>(storeFactory());
        };
    }
    qint64 serverCount(const QString& sql)
    {
        auto store = sync::EmbeddedServerStore::open(storeDir, clock);
        REQUIRE(store);
        QSqlQuery q(store.value()->db().sql());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

bool waitForRun(desktop::MainWindow& window, int runsBefore, QSignalSpy& spy)
{
    return waitUntil([&] { return spy.count() > runsBefore && !window.backgroundSync()->running(); }, 30000);
}
} // namespace

TEST_CASE("the status line: online, offline, waiting changes, conflicts, refused writes, not enrolled")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    const QDate today(2026, 3, 2);
    auto report = [](sync::SyncReport::Outcome outcome, const QString& lastSync, int pending, int conflicts, int quarantined) {
        sync::SyncReport r;
        r.outcome = outcome;
        r.status.lastSync = lastSync;
        r.status.pending = pending;
        r.status.conflicts = conflicts;
        r.status.quarantined = quarantined;
        r.status.server = QStringLiteral("https://srv:8443");
        return r;
    };
    using O = sync::SyncReport::Outcome;
    // The workstation's zone is the test's (TZ unset: UTC), so 08:15Z reads 08:15.
    qputenv("TZ", "UTC");
    struct Row {
        sync::SyncReport report;
        QString text;
        bool attention;
    };
    const std::vector<Row> rows{
        {report(O::Done, QStringLiteral("2026-03-02T08:15:00Z"), 0, 0, 0), QStringLiteral("En ligne, synchronisé à 08:15"), false},
        {report(O::Done, QStringLiteral("2026-03-02T08:15:00Z"), 3, 0, 0), QStringLiteral("En ligne, synchronisé à 08:15 · 3 modifications en attente"), false},
        {report(O::Offline, QStringLiteral("2026-02-27T17:40:00Z"), 1, 0, 0),
         QStringLiteral("Hors ligne, dernière synchronisation le 27 février à 17:40 · 1 modification en attente"), true},
        {report(O::Offline, QString(), 0, 0, 0), QStringLiteral("Hors ligne, jamais synchronisé"), true},
        {report(O::Done, QStringLiteral("2026-03-02T08:15:00Z"), 0, 2, 1),
         QStringLiteral("En ligne, synchronisé à 08:15 · 2 conflits · 1 écriture refusée"), true},
        {report(O::Failed, QString(), 0, 0, 0), QStringLiteral("Échec de la synchronisation"), true},
        {sync::SyncReport{}, QStringLiteral("Synchronisation\u00a0: poste non enrôlé"), false},
    };
    for (const Row& row : rows) {
        const sync::SyncStatusLine line = sync::statusLine(row.report, today);
        CHECK(line.text == row.text);
        CHECK(line.attention == row.attention);
    }
    CHECK(sync::statusLine(rows.front().report, today).toolTip.contains(QStringLiteral("F5")));
}

TEST_CASE("the desktop synchronises in the background at start and on F5, and the status bar follows")
{
    EnrolledDesktop d;
    desktop::MainWindow window(d.session.get(), d.path, d.registry, d.clock);
    window.resize(1366, 768);
    window.show();
    window.startSync(d.direct());
    REQUIRE(window.backgroundSync() != nullptr);
    QSignalSpy runs(window.backgroundSync(), &sync::BackgroundSync::finished);
    QSignalSpy progress(window.backgroundSync(), &sync::BackgroundSync::progress);
    REQUIRE(waitForRun(window, 0, runs));
    CHECK(progress.count() >= 1); // the first synchronisation reports its pages
    CHECK(sync::progressLine(sync::SyncCounts{120, 4000, 0, 0}).text == QStringLiteral("Synchronisation en cours… 120 envoyées, 4\u202f000 reçues"));
    CHECK(window.syncLabel()->text().startsWith(QStringLiteral("En ligne, synchronisé à")));
    CHECK(d.transportsOnMainThread.loadRelaxed() == 0);
    CHECK(d.transports.loadRelaxed() == 1);

    // A change made on the desktop waits in the outbox until F5 sends it.
    auto created = security::AccountStore::create(*d.session, security::NewAccount{QStringLiteral("planif"), QStringLiteral("Paul Planif"),
                                                                                     security::Role::Planner, {}},
                                                  Password);
    REQUIRE(created);
    CHECK(d.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'planif'")) == 0);
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F5);
    REQUIRE(waitForRun(window, 1, runs));
    CHECK(d.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'planif'")) == 1);
    const sync::SyncReport last = runs.last().first().value<sync::SyncReport>();
    CHECK(last.outcome == sync::SyncReport::Outcome::Done);
    CHECK(last.counts.pushed == 1);
    CHECK(last.status.pending == 0);
    CHECK_FALSE(window.syncLabel()->text().contains(QStringLiteral("attente")));
    CHECK(window.syncLabel()->toolTip().contains(QStringLiteral("1 modification(s) envoyée(s)")));
    window.grab().save(guitest::screenDir() + QStringLiteral("/sync-status-online-1366.png"));
    window.resize(1920, 1080);
    window.grab().save(guitest::screenDir() + QStringLiteral("/sync-status-online-1920.png"));
}

TEST_CASE("an unreachable server: offline in the status bar, the change kept waiting, nothing blocked")
{
    EnrolledDesktop d;
    auto created = security::AccountStore::create(*d.session, security::NewAccount{QStringLiteral("planif"), QStringLiteral("Paul Planif"),
                                                                                     security::Role::Planner, {}},
                                                  Password);
    REQUIRE(created);
    desktop::MainWindow window(d.session.get(), d.path, d.registry, d.clock);
    window.resize(1366, 768);
    window.show();
    window.startSync(); // the real HTTPS transport, towards https://127.0.0.1:1 where nothing listens
    QSignalSpy runs(window.backgroundSync(), &sync::BackgroundSync::finished);
    REQUIRE(waitForRun(window, 0, runs));
    const sync::SyncReport last = runs.last().first().value<sync::SyncReport>();
    CHECK(last.outcome == sync::SyncReport::Outcome::Offline);
    CHECK(last.error.contains(QStringLiteral("127.0.0.1")));
    CHECK(last.status.pending == 1);
    CHECK(window.syncLabel()->text() == QStringLiteral("Hors ligne, jamais synchronisé · 1 modification en attente"));
    // The pages' connection kept working while the run failed on its own.
    CHECK(d.session->db().sql().isOpen());
    window.grab().save(guitest::screenDir() + QStringLiteral("/sync-status-offline-1366.png"));
    window.resize(1920, 1080);
    window.grab().save(guitest::screenDir() + QStringLiteral("/sync-status-offline-1920.png"));
}

TEST_CASE("a database that was never enrolled says so, and F5 does not fail")
{
    guitest::isolateSettings();
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    QTemporaryDir dir;
    core::ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    const QString path = dir.filePath(QStringLiteral("alone.db"));
    auto session = security::createDatabase(path, security::NewAccount{QStringLiteral("admin"), QStringLiteral("Alice Admin"), security::Role::Admin, {}},
                                            Password, clock);
    REQUIRE(session);
    ui::ModuleRegistry registry;
    desktop::registerAllModules(registry);
    desktop::MainWindow window(session.value().get(), path, registry, clock);
    window.show();
    window.startSync();
    CHECK(window.backgroundSync() == nullptr);
    CHECK(window.syncLabel()->text() == QStringLiteral("Synchronisation\u00a0: poste non enrôlé"));
    QTest::keyClick(&window, Qt::Key_F5);
    CHECK(window.syncLabel()->text() == QStringLiteral("Synchronisation\u00a0: poste non enrôlé"));
}

TEST_CASE("enrolling from the desktop: nothing before the fingerprint is confirmed, a wrong password refused, then the first synchronisation")
{
    guitest::isolateSettings();
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    QTemporaryDir dir;
    core::ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    const QString storeDir = dir.filePath(QStringLiteral("store"));
    REQUIRE(sync::EmbeddedServerStore::create(storeDir, security::NewAccount{QStringLiteral("admin"), QStringLiteral("Alice Admin"), security::Role::Admin, {}, false},
                                              Password, clock));
    auto factory = [&]() -> core::Result<std::unique_ptr<sync::ServerStore>> {
        auto s = sync::EmbeddedServerStore::open(storeDir, clock);
        if (!s)
            return s.error();
        return std::unique_ptr<sync::ServerStore>(std::move(s.value()));
    };
    // The workstation's own database, made before it knew the server (same administrator's login).
    const QString path = dir.filePath(QStringLiteral("poste.db"));
    auto session = security::createDatabase(path, security::NewAccount{QStringLiteral("admin"), QStringLiteral("Alice Admin"), security::Role::Admin, {}},
                                            Password, clock);
    REQUIRE(session);
    ui::ModuleRegistry registry;
    desktop::registerAllModules(registry);
    desktop::MainWindow window(session.value().get(), path, registry, clock);
    window.show();
    window.startSync([&](const QString&, const QString&) -> std::unique_ptr<sync::Transport> {
        return std::make_unique<sync::DirectTransport>(factory);
    });
    REQUIRE(window.enrolAction()->isEnabled());

    const QString fingerprint = QStringLiteral("0123456789abcdef").repeated(4);
    int enrolCalls = 0;
    auto presented = [&](const QString& url) -> core::Result<QString> {
        if (url.contains(QStringLiteral("injoignable")))
            return core::Error{sync::Unreachable, QStringLiteral("Serveur injoignable : ") + url};
        return fingerprint;
    };
    auto enrol = [&](const sync::EnrolRequest& r) -> core::Result<sync::Enrolment> {
        ++enrolCalls;
        CHECK(r.pinnedFingerprint == fingerprint);
        sync::DirectTransport transport(factory);
        return sync::enrolDevice(r, clock, &transport);
    };
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<sync::EnrolDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        CHECK_FALSE(dialog->enrolButton()->isEnabled());
        dialog->serverField()->setText(QStringLiteral("https://injoignable:8443"));
        dialog->checkServer();
        CHECK(dialog->messageLabel()->text().contains(QStringLiteral("injoignable")));
        CHECK_FALSE(dialog->confirmBox()->isEnabled());
        dialog->serverField()->setText(QStringLiteral("https://serveur:8443"));
        dialog->checkServer();
        CHECK(dialog->fingerprintLabel()->text() == sync::EnrolDialog::grouped(fingerprint));
        CHECK(dialog->fingerprintLabel()->text().startsWith(QStringLiteral("0123 4567 89ab")));
        QTest::keyClicks(dialog->passwordField(), QStringLiteral("mauvais-mot-de-passe"));
        CHECK_FALSE(dialog->enrolButton()->isEnabled()); // not before the fingerprint is confirmed
        dialog->confirmBox()->setChecked(true);
        REQUIRE(dialog->enrolButton()->isEnabled());
        dialog->grab().save(guitest::screenDir() + QStringLiteral("/sync-enrol-dialog.png"));
        dialog->enrolButton()->click();
        CHECK(dialog->isVisible()); // the server refused the password
        CHECK_FALSE(dialog->messageLabel()->text().isEmpty());
        QTest::keyClicks(dialog->passwordField(), Password);
        dialog->enrolButton()->click();
    });
    window.enrolWorkstation(presented, enrol);
    CHECK(enrolCalls == 2);
    REQUIRE(window.backgroundSync() != nullptr);
    CHECK_FALSE(window.enrolAction()->isEnabled());
    QSignalSpy runs(window.backgroundSync(), &sync::BackgroundSync::finished);
    REQUIRE(waitForRun(window, 0, runs));
    CHECK(runs.last().first().value<sync::SyncReport>().outcome == sync::SyncReport::Outcome::Done);
    CHECK(window.syncLabel()->text().startsWith(QStringLiteral("En ligne")));
    CHECK(sync::SyncClient::state(session.value()->db(), QStringLiteral("fingerprint")) == fingerprint);
}
