#include "SyncWorld.h"

#include "SimNetwork.h"

#include "core/Clock.h"
#include "dmst/RecordStore.h"
#include "security/AccountStore.h"
#include "security/Session.h"
#include "security/TeamStore.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/KeyRing.h"
#include "sync/EmbeddedServerStore.h"
#include "sync/FaultPoint.h"
#include "sync/Protocol.h"
#include "sync/RowCodec.h"
#include "sync/ServerLog.h"
#include "sync/SyncClient.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>

#include <csignal>
#include <cstring>
#include <memory>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

namespace vigie::soak {
using core::Error;
using core::ErrorCode;
using core::Status;

namespace {
const QString Password = QStringLiteral("Soak-Vigie-2026!");
const QDate Today(2026, 3, 2);
// The roles that meet in a run: two physicians and a nurse of team A (shared records, concurrent
// edits), the physician of team B (who must never receive team A's records), the assistant of team
// A (delegated: parts 1° and 2°) and the administrator (accounts: shared data).
const char* const Logins[] = {"medecin", "collaborateur", "infirmier", "medecin2", "assistant", "admin"};

QString storeDir(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("store"));
}

core::Result<std::unique_ptr<sync::EmbeddedServerStore>> openServer(const QString& dir, const core::Clock& clock)
{
    return sync::EmbeddedServerStore::open(storeDir(dir), clock);
}

sync::DirectTransport::StoreFactory factoryFor(const QString& dir, const core::Clock& clock)
{
    return [dir, &clock]() -> core::Result<std::unique_ptr<sync::ServerStore>> {
        auto s = openServer(dir, clock);
        if (!s)
            return s.error();
        return std::unique_ptr<sync::ServerStore>(std::move(s.value()));
    };
}

Status copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo& entry : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir()) {
            if (Status s = copyFolder(entry.filePath(), target); !s)
                return s;
        } else if (!QFile::copy(entry.filePath(), target)) {
            return Status::fail(ErrorCode::Storage, QStringLiteral("cannot copy %1 to %2").arg(entry.filePath(), target));
        } else {
            QFile::setPermissions(target, entry.permissions());
        }
    }
    return {};
}

core::Result<std::unique_ptr<security::Session>> openDesktop(const QString& path, const DesktopSpec& spec, const core::Clock& clock)
{
    auto db = storage::Database::open(path, spec.key);
    if (!db)
        return db.error();
    auto account = security::AccountStore::findByLogin(*db.value(), spec.login);
    if (!account)
        return account.error();
    auto session = std::make_unique<security::Session>(std::move(db.value()), spec.key, account.value(), clock);
    session->attachAuditSeal(spec.sealKey, true);
    return session;
}

// A row as compared between a desktop and the server: absent values and nulls are the same.
QJsonObject normalised(QJsonObject o)
{
    for (auto it = o.begin(); it != o.end();)
        it = it->isNull() ? o.erase(it) : std::next(it);
    return o;
}
} // namespace

core::Result<Template> Template::build(const QString& dir, const QString& binDir)
{
    Template t;
    t.dir = dir;
    t.start = QDateTime(Today, QTime(9, 0), Qt::UTC);
    const QString pw = QDir(dir).filePath(QStringLiteral("password"));
    {
        QFile f(pw);
        if (!f.open(QIODevice::WriteOnly))
            return Error{ErrorCode::Storage, QStringLiteral("cannot write %1").arg(pw)};
        f.write(Password.toUtf8() + '\n');
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QDir(binDir).filePath(QStringLiteral("vigie-server")),
                 {QStringLiteral("demo"), QStringLiteral("--config"), QDir(dir).filePath(QStringLiteral("server.json")), QStringLiteral("--password-file"), pw,
                  QStringLiteral("--workers"), QStringLiteral("40"), QStringLiteral("--establishments"), QStringLiteral("5"), QStringLiteral("--years"),
                  QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--today"), Today.toString(Qt::ISODate)});
    if (!server.waitForFinished(300000) || server.exitStatus() != QProcess::NormalExit || server.exitCode() != 0)
        return Error{ErrorCode::Storage, QStringLiteral("vigie-server demo failed: %1").arg(QString::fromUtf8(server.readAll()))};

    core::ManualClock clock(t.start.addSecs(-3600));
    for (const char* login : Logins) {
        DesktopSpec spec;
        spec.login = QLatin1String(login);
        spec.file = spec.login + QStringLiteral(".db");
        const QString path = QDir(dir).filePath(spec.file);
        sync::DirectTransport transport(factoryFor(dir, clock));
        auto enrol = [&](const QString& name) -> core::Result<sync::Enrolment> {
            auto answer = transport.call(QString::fromLatin1(sync::EnrollPath),
                                         QJsonObject{{QStringLiteral("login"), spec.login}, {QStringLiteral("password"), Password},
                                                     {QStringLiteral("device_name"), name}});
            if (!answer)
                return answer.error();
            return sync::Enrolment::fromJson(answer.value());
        };
        auto desktop = enrol(spec.login + QStringLiteral("-desktop"));
        auto oracle = enrol(spec.login + QStringLiteral("-oracle"));
        if (!desktop || !oracle)
            return Error{ErrorCode::Storage, QStringLiteral("enrolment of %1: %2").arg(spec.login, (desktop ? oracle.error() : desktop.error()).message)};
        spec.deviceId = desktop.value().deviceId;
        spec.credential = desktop.value().credential;
        spec.oracleDeviceId = oracle.value().deviceId;
        spec.oracleCredential = oracle.value().credential;
        if (Status s = sync::SyncClient::createDevice(path, desktop.value(), Password, clock, QStringLiteral("https://soak:1"), QString(64, QLatin1Char('0'))); !s)
            return Error{ErrorCode::Storage, QStringLiteral("device of %1: %2").arg(spec.login, s.error().message)};
        auto ring = storage::KeyRing::load(storage::KeyRing::pathFor(path));
        if (!ring)
            return ring.error();
        auto slot = ring.value().open(spec.login, Password);
        if (!slot)
            return slot.error();
        spec.key = slot.value().databaseKey;
        if (!slot.value().sealKey)
            return Error{ErrorCode::Storage, QStringLiteral("no audit seal key for %1").arg(spec.login)};
        spec.sealKey = *slot.value().sealKey;
        auto session = openDesktop(path, spec, clock);
        if (!session)
            return session.error();
        transport.setDevice(spec.deviceId, spec.credential);
        sync::SyncClient client(session.value()->db(), transport, clock);
        if (auto first = client.syncNow(); !first)
            return Error{ErrorCode::Storage, QStringLiteral("first synchronisation of %1: %2").arg(spec.login, first.error().message)};
        t.desktops.append(spec);
    }
    return t;
}

namespace {

struct Desktop {
    DesktopSpec spec;
    QString path;
    core::ManualClock clock;
    qint64 skewSecs = 0;
    std::unique_ptr<security::Session> session;
    std::unique_ptr<SimNetwork> network;
    QStringList writtenRows; // work-history rows this desktop wrote: each must reach the server or be quarantined
    Desktop(const DesktopSpec& s, const QString& runDir, const QDateTime& now) : spec(s), path(QDir(runDir).filePath(s.file)), clock(now) {}
};

class Run
{
public:
    Run(const Template& world, quint64 seed, const QString& dir)
        : m_world(world), m_seed(seed), m_dir(dir), m_rng(seed), m_server(world.start)
    {
    }
    RunReport play();

private:
    void say(const QString& line) { m_report.schedule << QStringLiteral("[%1] %2").arg(m_step).arg(line); }
    void violation(const QString& what) { m_report.violations << what; }
    int pick(int n) { return n <= 1 ? 0 : std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    void tick(qint64 secs);
    bool open(Desktop& d);
    void edit(Desktop& d);
    void synchronise(Desktop& d);
    void killDuringSync(Desktop& d, const char* point, int nth);
    void changeRights(Desktop& admin);
    void backupServer();
    void restoreServer();
    void quiesce();
    void check();
    void checkDesktop(Desktop& d, sync::EmbeddedServerStore& server);
    void traceRow(Desktop& d, sync::EmbeddedServerStore& server, const QString& table, const QString& id);

    const Template& m_world;
    quint64 m_seed;
    QString m_dir;
    std::mt19937_64 m_rng;
    core::ManualClock m_server;
    std::vector<std::unique_ptr<Desktop>> m_desktops;
    FaultRates m_rates;
    QString m_backup;
    QString m_nurseTeam; // the team the nurse left, to come back to
    bool m_restored = false;
    int m_step = 0;
    int m_edits = 0, m_refused = 0, m_syncs = 0, m_failedSyncs = 0, m_kills = 0, m_serverKills = 0;
    RunReport m_report;
};

void Run::tick(qint64 secs)
{
    m_server.advanceSecs(secs);
    for (auto& d : m_desktops)
        d->clock.set(m_server.nowUtc().addSecs(d->skewSecs));
}

bool Run::open(Desktop& d)
{
    auto s = openDesktop(d.path, d.spec, d.clock);
    if (!s) {
        violation(QStringLiteral("%1: the desktop's database does not open: %2").arg(d.spec.login, s.error().message));
        return false;
    }
    d.session = std::move(s.value());
    return true;
}

void Run::edit(Desktop& d)
{
    storage::Database& db = d.session->db();
    ++m_edits;
    if (d.spec.login == QLatin1String("admin")) {
        // Accounts are shared data; only every eighth administrator's edit, as each one derives a key (Argon2id).
        if (pick(8) != 0) {
            --m_edits;
            return;
        }
        const QString login = QStringLiteral("soak%1x%2").arg(m_seed).arg(m_step);
        auto a = security::AccountStore::create(*d.session, security::NewAccount{login, QStringLiteral("Compte ") + login, security::Role::Director, {}}, Password);
        say(QStringLiteral("%1 creates the account %2: %3").arg(d.spec.login, login, a ? QStringLiteral("ok") : a.error().message));
        if (!a)
            violation(QStringLiteral("%1: creating the account %2 failed: %3").arg(d.spec.login, login, a.error().message));
        return;
    }
    // Part 2°: a new line of work history, or a correction of an existing one (concurrent edits of
    // one line by the physicians and the nurse of one team).
    QSqlQuery q(db.sql());
    const bool correct = chance(0.4);
    if (correct) {
        q.exec(QStringLiteral("SELECT count(*) FROM dmst_work_history"));
        const int n = q.next() ? q.value(0).toInt() : 0;
        if (n > 0) {
            q.prepare(QStringLiteral("SELECT worker_id, id FROM dmst_work_history ORDER BY rowid LIMIT 1 OFFSET ?"));
            q.addBindValue(pick(n));
            if (q.exec() && q.next()) {
                const QString workerId = q.value(0).toString();
                const QString id = q.value(1).toString();
                auto lines = dmst::RecordStore::workHistory(*d.session, workerId);
                if (!lines) {
                    ++m_refused;
                    say(QStringLiteral("%1 reads the work history of %2: %3").arg(d.spec.login, workerId, lines.error().message));
                    return;
                }
                for (dmst::WorkHistoryEntry e : lines.value()) {
                    if (e.id != id)
                        continue;
                    e.post = QStringLiteral("Poste corrigé %1-%2 par %3").arg(m_seed).arg(m_step).arg(d.spec.login);
                    Status s = dmst::RecordStore::updateWorkHistory(*d.session, e);
                    say(QStringLiteral("%1 corrects %2: %3").arg(d.spec.login, id, s ? QStringLiteral("ok") : s.error().message));
                    if (!s && s.error().code != ErrorCode::Denied)
                        violation(QStringLiteral("%1: correcting %2 failed: %3").arg(d.spec.login, id, s.error().message));
                    if (!s)
                        ++m_refused;
                    return;
                }
            }
        }
    }
    q.exec(QStringLiteral("SELECT count(*) FROM workers"));
    const int workers = q.next() ? q.value(0).toInt() : 0;
    if (workers == 0) {
        say(QStringLiteral("%1 holds no worker").arg(d.spec.login));
        return;
    }
    q.prepare(QStringLiteral("SELECT id FROM workers ORDER BY rowid LIMIT 1 OFFSET ?"));
    q.addBindValue(pick(workers));
    if (!q.exec() || !q.next())
        return;
    dmst::WorkHistoryEntry e;
    e.workerId = q.value(0).toString();
    e.employer = QStringLiteral("Employeur %1-%2").arg(m_seed).arg(m_step);
    e.post = QStringLiteral("Poste %1-%2 de %3").arg(m_seed).arg(m_step).arg(d.spec.login);
    e.start = Today.addMonths(-1 - pick(60));
    auto added = dmst::RecordStore::addWorkHistory(*d.session, e);
    say(QStringLiteral("%1 adds a work-history line for %2: %3").arg(d.spec.login, e.workerId, added ? added.value() : added.error().message));
    if (added)
        d.writtenRows << added.value();
    else if (added.error().code == ErrorCode::Denied)
        ++m_refused; // an opposition, or a worker outside the delegation: refused and audited, as it should be
    else
        violation(QStringLiteral("%1: adding a work-history line failed: %2").arg(d.spec.login, added.error().message));
}

void Run::synchronise(Desktop& d)
{
    ++m_syncs;
    sync::SyncClient client(d.session->db(), *d.network, d.clock);
    auto r = client.syncNow(1 + pick(20), 50 + pick(2000));
    if (!r)
        ++m_failedSyncs;
    say(QStringLiteral("%1 synchronises: %2").arg(d.spec.login, r ? r.value().line() : r.error().message));
}

// The desktop (or, at a server point, the server inside the desktop's request) is killed with
// SIGKILL at the `nth` time the process reaches `point`, in a forked child that does the
// synchronisation; the parent then opens the files again, as after a crash.
void Run::killDuringSync(Desktop& d, const char* point, int nth)
{
    d.session.reset(); // no connection crosses the fork
    const int pushBatch = 1 + pick(20);
    const int pullLimit = 50 + pick(500);
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child == 0) {
        int hits = 0;
        sync::setFaultHook([&hits, point, nth](const char* reached) {
            if (std::strcmp(reached, point) == 0 && ++hits == nth)
                ::raise(SIGKILL);
        });
        d.network->rates = FaultRates{}; // the kill is this step's fault: the point must be reached
        d.network->partitioned = false;
        auto s = openDesktop(d.path, d.spec, d.clock);
        if (!s)
            ::_exit(3);
        sync::SyncClient client(s.value()->db(), *d.network, d.clock);
        auto r = client.syncNow(pushBatch, pullLimit);
        ::_exit(r ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    const bool killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    if (killed)
        ++(std::strncmp(point, "server.", 7) == 0 ? m_serverKills : m_kills);
    say(QStringLiteral("%1 synchronises, killed at %2 #%3: %4")
            .arg(d.spec.login, QLatin1String(point))
            .arg(nth)
            .arg(killed ? QStringLiteral("killed") : WIFEXITED(status) ? QStringLiteral("exit %1").arg(WEXITSTATUS(status)) : QStringLiteral("signal")));
    if (WIFEXITED(status) && WEXITSTATUS(status) == 3)
        violation(QStringLiteral("%1: the desktop's database did not open in the child").arg(d.spec.login));
    open(d);
}

// The administrator takes the nurse out of her team, or puts her back: a permission change, the main
// real-world loss vector (sync-design.md §3.6). Her desktop must leave team A's records without
// losing what she typed there (pushed, or quarantined with its payload).
void Run::changeRights(Desktop& admin)
{
    QSqlQuery q(admin.session->db().sql());
    q.exec(QStringLiteral("SELECT tm.team_id FROM team_members tm JOIN accounts a ON a.id = tm.account_id WHERE a.login = 'infirmier' AND tm.deleted = 0"));
    if (q.next()) {
        m_nurseTeam = q.value(0).toString();
        Status s = security::TeamStore::removeMember(*admin.session, m_nurseTeam, QStringLiteral("infirmier"));
        say(QStringLiteral("admin takes the nurse out of her team: %1").arg(s ? QStringLiteral("ok") : s.error().message));
        if (!s)
            violation(QStringLiteral("admin: removing the nurse from her team failed: %1").arg(s.error().message));
    } else if (!m_nurseTeam.isEmpty()) {
        Status s = security::TeamStore::addMember(*admin.session, m_nurseTeam, QStringLiteral("infirmier"), false);
        say(QStringLiteral("admin puts the nurse back in her team: %1").arg(s ? QStringLiteral("ok") : s.error().message));
        if (!s)
            violation(QStringLiteral("admin: putting the nurse back failed: %1").arg(s.error().message));
    }
}

void Run::backupServer()
{
    auto server = openServer(m_dir, m_server);
    if (!server) {
        violation(QStringLiteral("backup: the server does not open: %1").arg(server.error().message));
        return;
    }
    m_backup = QDir(m_dir).filePath(QStringLiteral("server-backup.db"));
    auto b = server.value()->backup(m_backup);
    auto seq = server.value()->lastServerSeq();
    say(QStringLiteral("server backup at server_seq %1: %2").arg(seq ? seq.value() : -1).arg(b ? QStringLiteral("ok") : b.error().message));
    if (!b) {
        violation(QStringLiteral("backup failed: %1").arg(b.error().message));
        m_backup.clear();
    }
}

void Run::restoreServer()
{
    auto r = sync::EmbeddedServerStore::restore(storeDir(m_dir), m_backup, m_server);
    say(QStringLiteral("server restored from its backup: %1").arg(r ? QStringLiteral("ok") : r.error().message));
    if (!r)
        violation(QStringLiteral("restore failed: %1").arg(r.error().message));
    m_restored = true;
}

void Run::quiesce()
{
    for (auto& d : m_desktops) {
        d->network->rates = FaultRates{};
        d->network->partitioned = false;
        d->network->deliverDelayed(); // what was on its way arrives at last
        if (!d->session)
            open(*d);
    }
    for (int round = 0; round < 8; ++round) {
        bool still = false;
        for (auto& d : m_desktops) {
            tick(5);
            sync::SyncClient client(d->session->db(), *d->network, d->clock);
            auto r = client.syncNow();
            if (!r) {
                violation(QStringLiteral("%1: a synchronisation without faults failed: %2").arg(d->spec.login, r.error().message));
                return;
            }
            const sync::SyncCounts& c = r.value();
            still = still || c.pushed > 0 || c.pulled > 0 || c.conflicts > 0 || c.quarantined > 0;
        }
        if (!still) {
            say(QStringLiteral("quiescent after %1 rounds").arg(round + 1));
            return;
        }
    }
    violation(QStringLiteral("no quiescence after 8 rounds without faults (liveness)"));
}

void Run::checkDesktop(Desktop& d, sync::EmbeddedServerStore& server)
{
    storage::Database& db = d.session->db();
    const QString who = d.spec.login;
    QSqlQuery local(db.sql());
    local.exec(QStringLiteral("SELECT count(*) FROM _outbox WHERE state NOT IN ('acked', 'quarantined')"));
    if (local.next() && local.value(0).toInt() > 0)
        violation(QStringLiteral("%1: %2 outbox entries neither acknowledged nor quarantined").arg(who).arg(local.value(0).toInt()));

    // Acknowledged: applied on the server at that server_seq. Quarantined: in the server's quarantine.
    QSqlQuery serverLog(server.log().sql());
    QHash<QString, qint64> applied;
    serverLog.prepare(QStringLiteral("SELECT mutation_id, server_seq FROM _srv_applied_mutation WHERE device_id = ? AND status = 'applied'"));
    serverLog.addBindValue(d.spec.deviceId);
    serverLog.exec();
    while (serverLog.next())
        applied.insert(serverLog.value(0).toString(), serverLog.value(1).toLongLong());
    QSet<QString> quarantinedOnServer;
    serverLog.prepare(QStringLiteral("SELECT mutation_id FROM _srv_quarantine WHERE device_id = ? AND mutation <> ''"));
    serverLog.addBindValue(d.spec.deviceId);
    serverLog.exec();
    while (serverLog.next())
        quarantinedOnServer.insert(serverLog.value(0).toString());
    local.exec(QStringLiteral("SELECT mutation_id, state, server_seq, table_name, row_id FROM _outbox"));
    QSet<QString> quarantinedRows;
    int checked = 0;
    while (local.next()) {
        const QString m = local.value(0).toString();
        ++checked;
        if (local.value(1).toString() == QLatin1String("acked")) {
            if (!applied.contains(m))
                violation(QStringLiteral("%1: mutation %2 acknowledged but not applied on the server (lost)").arg(who, m));
            else if (applied.value(m) != local.value(2).toLongLong())
                violation(QStringLiteral("%1: mutation %2 acknowledged at server_seq %3, applied at %4").arg(who, m).arg(local.value(2).toLongLong()).arg(applied.value(m)));
        } else if (local.value(1).toString() == QLatin1String("quarantined")) {
            quarantinedRows.insert(local.value(3).toString() + QLatin1Char('/') + local.value(4).toString());
            if (!quarantinedOnServer.contains(m))
                violation(QStringLiteral("%1: mutation %2 quarantined here but not on the server").arg(who, m));
            QSqlQuery kept(db.sql());
            kept.prepare(QStringLiteral("SELECT count(*) FROM _quarantine WHERE mutation_id = ? AND mutation <> ''"));
            kept.addBindValue(m);
            if (!kept.exec() || !kept.next() || kept.value(0).toInt() != 1)
                violation(QStringLiteral("%1: mutation %2 quarantined without its payload").arg(who, m));
        }
    }
    // Every row this desktop wrote is on the server, unless its write was quarantined.
    sync::RowCodec serverRows(server.db());
    for (const QString& id : std::as_const(d.writtenRows)) {
        auto row = serverRows.read(QStringLiteral("dmst_work_history"), id);
        if (row && row.value().isEmpty() && !quarantinedRows.contains(QStringLiteral("dmst_work_history/") + id))
            violation(QStringLiteral("%1: the work-history line %2 it wrote is not on the server and was not quarantined (lost)").arg(who, id));
    }

    // The server's projection of this user's scopes, read through a device of the same user that
    // never synchronised, folded row by row; the desktop must hold exactly that.
    QSet<QString> excluded = quarantinedRows;
    local.exec(QStringLiteral("SELECT tbl, row_id FROM _conflict WHERE status = 'open'"));
    while (local.next())
        excluded.insert(local.value(0).toString() + QLatin1Char('/') + local.value(1).toString());
    auto oracle = server.authenticate(d.spec.oracleDeviceId, d.spec.oracleCredential);
    if (!oracle) {
        violation(QStringLiteral("%1: the oracle device is refused: %2").arg(who, oracle.error().message));
        return;
    }
    QHash<QString, QJsonObject> projection; // table/id -> row; an empty object for a deleted row
    qint64 cursor = 0;
    for (;;) {
        auto page = server.pull(oracle.value(), cursor, 20000);
        if (!page) {
            violation(QStringLiteral("%1: reading the projection failed: %2").arg(who, page.error().message));
            return;
        }
        for (const sync::Change& c : page.value().changes)
            projection.insert(c.table + QLatin1Char('/') + c.rowId, c.op == QLatin1String("D") ? QJsonObject() : normalised(c.payload));
        cursor = page.value().cursor;
        if (!page.value().more)
            break;
    }
    sync::RowCodec rows(db);
    auto tables = rows.tables();
    if (!tables) {
        violation(tables.error().message);
        return;
    }
    int differences = 0;
    QSet<QString> held;
    for (const QString& table : tables.value()) {
        auto all = rows.readAll(table);
        if (!all) {
            violation(all.error().message);
            return;
        }
        for (const QJsonObject& row : all.value()) {
            const QString key = table + QLatin1Char('/') + row.value(QStringLiteral("id")).toString();
            held.insert(key);
            if (excluded.contains(key))
                continue;
            const auto it = projection.constFind(key);
            if (it == projection.constEnd() || it->isEmpty()) {
                if (++differences <= 5)
                    violation(QStringLiteral("%1 holds %2, which the server's projection of its scopes does not (leak or divergence)").arg(who, key));
            } else if (*it != normalised(row)) {
                if (differences < 2)
                    traceRow(d, server, table, row.value(QStringLiteral("id")).toString());
                if (++differences <= 5)
                    violation(QStringLiteral("%1 holds %2 with other values than the server: %3 / server %4")
                                  .arg(who, key, QString::fromUtf8(QJsonDocument(normalised(row)).toJson(QJsonDocument::Compact)),
                                       QString::fromUtf8(QJsonDocument(*it).toJson(QJsonDocument::Compact))));
            }
        }
    }
    for (auto it = projection.constBegin(); it != projection.constEnd(); ++it)
        if (!it->isEmpty() && !held.contains(it.key()) && !excluded.contains(it.key()) && ++differences <= 5)
            violation(QStringLiteral("%1 lacks %2, which the server's projection of its scopes holds (not converged)").arg(who, it.key()));
    if (differences > 5)
        violation(QStringLiteral("%1: %2 differences in all").arg(who).arg(differences));

    auto chain = storage::AuditTrail::verify(db);
    if (!chain || !chain.value().intact)
        violation(QStringLiteral("%1: the audit chain does not verify (first broken record %2)").arg(who).arg(chain ? chain.value().firstBrokenSeq : -1));
}

// For a failing run: the row's history on the desktop (its outbox) and on the server (its log).
void Run::traceRow(Desktop& d, sync::EmbeddedServerStore& server, const QString& table, const QString& id)
{
    QSqlQuery q(d.session->db().sql());
    q.prepare(QStringLiteral("SELECT seq, mutation_id, state, server_seq, substr(payload, 1, 300) FROM _outbox WHERE table_name = ? AND row_id = ? ORDER BY seq"));
    q.addBindValue(table);
    q.addBindValue(id);
    q.exec();
    while (q.next())
        say(QStringLiteral("trace %1 outbox seq %2 mutation %3 %4 server_seq %5: %6").arg(d.spec.login).arg(q.value(0).toLongLong()).arg(q.value(1).toString(),
                  q.value(2).toString()).arg(q.value(3).toLongLong()).arg(q.value(4).toString()));
    QSqlQuery l(server.log().sql());
    l.prepare(QStringLiteral("SELECT server_seq, origin_device, origin_mutation, substr(payload, 1, 300) FROM _srv_change_log WHERE tbl = ? AND row_id = ? ORDER BY server_seq"));
    l.addBindValue(table);
    l.addBindValue(id);
    l.exec();
    while (l.next())
        say(QStringLiteral("trace server seq %1 from %2 mutation %3: %4").arg(l.value(0).toLongLong()).arg(l.value(1).toString(), l.value(2).toString(), l.value(3).toString()));
    say(QStringLiteral("trace %1 cursor %2 epoch %3").arg(d.spec.login, sync::SyncClient::state(d.session->db(), QStringLiteral("cursor")),
                                                          sync::SyncClient::state(d.session->db(), QStringLiteral("epoch"))));
}

void Run::check()
{
    auto server = openServer(m_dir, m_server);
    if (!server) {
        violation(QStringLiteral("the server does not open: %1").arg(server.error().message));
        return;
    }
    QSqlQuery twice(server.value()->log().sql());
    twice.exec(QStringLiteral("SELECT origin_device, origin_mutation, count(DISTINCT server_seq) FROM _srv_change_log WHERE origin_mutation <> '' "
                              "GROUP BY origin_device, origin_mutation, tbl, row_id HAVING count(DISTINCT server_seq) > 1"));
    while (twice.next())
        violation(QStringLiteral("mutation %1 of %2 applied %3 times").arg(twice.value(1).toString(), twice.value(0).toString()).arg(twice.value(2).toInt()));
    for (auto& d : m_desktops)
        checkDesktop(*d, *server.value());
    auto chain = storage::AuditTrail::verify(server.value()->db());
    if (!chain || !chain.value().intact)
        violation(QStringLiteral("the server's audit chain does not verify"));
}

RunReport Run::play()
{
    m_report.seed = m_seed;
    if (Status s = copyFolder(m_world.dir, m_dir); !s) {
        violation(s.error().message);
        return m_report;
    }
    // The faults of this run: each seed draws its own rates, from none to harsh.
    const double harsh = std::uniform_real_distribution<double>(0, 1)(m_rng);
    m_rates = FaultRates{0.15 * harsh, 0.1 * harsh, 0.15 * harsh, 0.3 * harsh};
    for (const DesktopSpec& spec : m_world.desktops) {
        auto d = std::make_unique<Desktop>(spec, m_dir, m_world.start);
        d->network = std::make_unique<SimNetwork>(factoryFor(m_dir, m_server), m_rng);
        d->network->setDevice(spec.deviceId, spec.credential);
        d->network->rates = m_rates;
        m_desktops.push_back(std::move(d));
    }
    // One desktop's clock is hours wrong, ahead or behind.
    Desktop& skewed = *m_desktops.at(std::size_t(pick(int(m_desktops.size()))));
    skewed.skewSecs = (chance(0.5) ? 1 : -1) * 3600 * (1 + pick(6));
    say(QStringLiteral("faults %1; %2's clock off by %3 s").arg(harsh, 0, 'f', 2).arg(skewed.spec.login).arg(skewed.skewSecs));
    tick(0);
    for (auto& d : m_desktops)
        if (!open(*d))
            return m_report;

    const int steps = 40 + pick(30);
    for (m_step = 1; m_step <= steps; ++m_step) {
        tick(1 + pick(600));
        Desktop& d = *m_desktops.at(std::size_t(pick(int(m_desktops.size()))));
        const int roll = pick(100);
        if (roll < 50) {
            edit(d);
        } else if (roll < 78) {
            synchronise(d);
        } else if (roll < 84) {
            killDuringSync(d, chance(0.5) ? sync::ClientPullRowApplied : chance(0.5) ? sync::ClientPullBeforeCommit : sync::ClientPushAnswered, 1 + pick(3));
        } else if (roll < 88) {
            killDuringSync(d, chance(0.5) ? sync::ServerPushBeforeCommit : sync::ServerPushBetweenCommits, 1 + pick(2));
        } else if (roll < 92) {
            changeRights(*m_desktops.back()); // the administrator's desktop is the last
        } else if (roll < 96) {
            d.network->partitioned = !d.network->partitioned;
            say(QStringLiteral("%1 %2").arg(d.spec.login, d.network->partitioned ? QStringLiteral("cut off") : QStringLiteral("reconnected")));
        } else if (m_backup.isEmpty()) {
            backupServer();
        } else if (!m_restored) {
            restoreServer();
        }
    }
    ++m_step;
    quiesce();
    if (m_report.violations.isEmpty())
        check();
    int dropped = 0, duplicated = 0, lost = 0, late = 0, conflicts = 0, purges = 0;
    for (auto& d : m_desktops) {
        if (d->session) {
            QSqlQuery q(d->session->db().sql());
            q.exec(QStringLiteral("SELECT (SELECT count(*) FROM _conflict), (SELECT count(*) FROM _audit WHERE action = 'sync.scope_leave')"));
            if (q.next()) {
                conflicts += q.value(0).toInt();
                purges += q.value(1).toInt();
            }
            q.exec(QStringLiteral("SELECT tbl, count(*), min(local_payload IS NULL) FROM _conflict GROUP BY tbl"));
            while (q.next())
                say(QStringLiteral("%1 keeps %2 conflicts on %3%4").arg(d->spec.login).arg(q.value(1).toInt()).arg(q.value(0).toString(),
                                                                                     q.value(2).toBool() ? QStringLiteral(" (a row that collided)") : QString()));
        }
        dropped += d->network->counts.dropped;
        duplicated += d->network->counts.duplicated;
        lost += d->network->counts.answersLost;
        late += d->network->counts.staleDelivered;
        d->session.reset();
    }
    m_report.summary = QStringLiteral("steps %1 edits %2 refused %3 syncs %4 (failed %5) desktop-kills %6 server-kills %7 restore %8 "
                                      "dropped %9 duplicated %10 answers-lost %11 late %12 conflicts kept %13 scopes left %14")
                           .arg(steps)
                           .arg(m_edits)
                           .arg(m_refused)
                           .arg(m_syncs)
                           .arg(m_failedSyncs)
                           .arg(m_kills)
                           .arg(m_serverKills)
                           .arg(m_restored ? 1 : 0)
                           .arg(dropped)
                           .arg(duplicated)
                           .arg(lost)
                           .arg(late)
                           .arg(conflicts)
                           .arg(purges);
    return m_report;
}
} // namespace

RunReport runOnce(const Template& world, quint64 seed, const QString& runDir)
{
    Run run(world, seed, runDir);
    return run.play();
}

} // namespace vigie::soak
