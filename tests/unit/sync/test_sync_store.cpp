// The embedded server store and the desktop engine in one process (sync-design.md §4.5, §4.6), through
// the same endpoints as the HTTPS server: the key file, a push applied once although its answer was
// lost, a gap-free server_seq, pull pages of whole server transactions, a refused change quarantined
// on both sides with its payload, a revoked device refused.
//
// The whole file runs twice (ctest "sync:" and "sync_pg:"): with the server's log in the store's
// file, and with VIGIE_TEST_STORE=postgresql in a real PostgreSQL 15 started for the process.
#include "SyncFixture.h"

#include "security/AccountStore.h"
#include "security/SignIn.h"
#include "storage/AuditSeal.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "sync/EmbeddedServerStore.h"
#include "sync/Endpoints.h"
#include "sync/RowCodec.h"
#include "sync/Scope.h"
#include "sync/SyncClient.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <sys/stat.h>

using namespace vigie;
using test::Desktop;
using test::Password;
using test::Service;


TEST_CASE("server store: encrypted file, key file readable by its owner only, existing rows logged")
{
    Service service;
    struct stat st{};
    REQUIRE(::stat(QFile::encodeName(sync::EmbeddedServerStore::keyFilePath(service.storeDir)).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    // The administrator written at creation is in the change log, so a new device receives it.
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _srv_change_log WHERE tbl = 'accounts'")) == 1);
    CHECK(service.store()->lastServerSeq().value() == 1);
    CHECK_FALSE(test::readAll(sync::EmbeddedServerStore::databasePath(service.storeDir)).contains("Alice Admin"));
    CHECK(service.store()->epoch().size() == 36);
    // With PostgreSQL, the server's log is there and not in the file.
    CHECK(service.store()->onPostgres() == Service::onPostgres());
    CHECK(test::scalar(service.store()->db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '_srv_change_log'")).toInt() ==
          (Service::onPostgres() ? 0 : 1));
}

TEST_CASE("push: a change whose answer was lost is applied once, and reaches another desktop")
{
    Service service;
    Desktop a(service, QStringLiteral("admin"), QStringLiteral("a"));
    Desktop b(service, QStringLiteral("admin"), QStringLiteral("b"));
    REQUIRE(a.syncNow(service));
    a.createAccount(QStringLiteral("planif"), security::Role::Planner);
    REQUIRE(a.count(QStringLiteral("SELECT count(*) FROM _outbox WHERE state = 'pending'")) == 1);

    a.transport->loseNextResponseTo = QString::fromLatin1(sync::PushPath);
    auto lost = a.syncNow(service);
    REQUIRE_FALSE(lost);
    CHECK(int(lost.error().code) == 6);
    // The server applied it; the desktop does not know yet and keeps it waiting.
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'planif'")) == 1);
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM _outbox WHERE state = 'pending'")) == 1);

    auto retried = a.syncNow(service);
    REQUIRE(retried);
    CHECK(retried.value().pushed == 1);
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM _outbox WHERE state = 'acked' AND server_seq > 0")) == 1);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'planif'")) == 1);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _srv_change_log WHERE tbl = 'accounts' AND origin_device <> 'server'")) == 1);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _srv_applied_mutation")) == 1);

    auto pulled = b.syncNow(service);
    REQUIRE(pulled);
    CHECK(pulled.value().line() == QStringLiteral("pushed 0 pulled 2 conflicts 0 quarantined 0"));
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'planif'")) == 1);
    // Applied with capture suspended: nothing to send back.
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM _outbox")) == 0);
    // A's own change is not sent back to A.
    auto again = a.syncNow(service);
    REQUIRE(again);
    CHECK(again.value().line() == QStringLiteral("pushed 0 pulled 0 conflicts 0 quarantined 0"));
    // Capture is on again after applying: B's own next change is captured.
    CHECK(b.count(QStringLiteral("SELECT suspended FROM _capture")) == 0);
    b.createAccount(QStringLiteral("apres"), security::Role::Director);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM _outbox WHERE state = 'pending'")) == 1);
    // Every push and every pull page is in the server's audit trail.
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'sync.push' AND outcome = 'success'")) == 1);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'sync.pull'")) >= 4);
}

TEST_CASE("server_seq: one per server transaction, in commit order, without gaps, and pages hold whole transactions")
{
    Service service;
    Desktop a(service, QStringLiteral("admin"), QStringLiteral("a"));
    Desktop b(service, QStringLiteral("admin"), QStringLiteral("b"));
    // Three accounts in one push: one server transaction of three changes.
    a.createAccount(QStringLiteral("unite"), security::Role::Planner);
    a.createAccount(QStringLiteral("deuxieme"), security::Role::Director);
    a.createAccount(QStringLiteral("troisieme"), security::Role::Nurse);
    REQUIRE(a.syncNow(service));
    b.createAccount(QStringLiteral("quatrieme"), security::Role::Planner);
    REQUIRE(b.syncNow(service));
    CHECK(service.serverCount(QStringLiteral("SELECT count(DISTINCT server_seq) FROM _srv_change_log")) == 3);
    CHECK(service.serverCount(QStringLiteral("SELECT max(server_seq) FROM _srv_change_log")) == 3);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _srv_change_log WHERE server_seq = 2")) == 3);

    auto store = service.store();
    auto device = store->authenticate(b.enrolment.deviceId, b.enrolment.credential);
    REQUIRE(device);
    // A limit of one change still gives the whole transaction, and says more is to come.
    auto first = store->pull(device.value(), 0, 1);
    REQUIRE(first);
    CHECK(first.value().cursor == 1);
    CHECK(first.value().changes.size() == 1);
    CHECK(first.value().more);
    auto second = store->pull(device.value(), 1, 1);
    REQUIRE(second);
    CHECK(second.value().cursor == 2);
    CHECK(second.value().changes.size() == 3);
    CHECK(second.value().more);
    auto third = store->pull(device.value(), 2, 1);
    REQUIRE(third);
    CHECK(third.value().cursor == 3);
    CHECK(third.value().changes.isEmpty()); // its own change
    CHECK_FALSE(third.value().more);

    // A desktop pulling page by page ends with what it would have in one page.
    Desktop c(service, QStringLiteral("admin"), QStringLiteral("c"));
    auto paged = c.syncNow(service, 1);
    REQUIRE(paged);
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM accounts")) == 5);
    CHECK(sync::SyncClient::state(c.session->db(), QStringLiteral("cursor")) == QStringLiteral("3"));
}

TEST_CASE("a change the server refuses is quarantined on both sides with its payload, never dropped")
{
    Service service;
    Desktop a(service, QStringLiteral("admin"), QStringLiteral("a"));
    Desktop b(service, QStringLiteral("admin"), QStringLiteral("b"));
    // Two desktops create an account with the same login: the second one cannot be applied.
    a.createAccount(QStringLiteral("doublon"), security::Role::Planner);
    b.createAccount(QStringLiteral("doublon"), security::Role::Nurse);
    REQUIRE(a.syncNow(service));
    auto refused = b.syncNow(service);
    REQUIRE(refused);
    CHECK(refused.value().quarantined == 1);
    CHECK(refused.value().pushed == 0);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM _quarantine WHERE status = 'open' AND mutation LIKE '%doublon%' AND reason LIKE 'storage:%'")) == 1);
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM _outbox WHERE state = 'quarantined'")) == 1);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _srv_quarantine WHERE mutation LIKE '%doublon%'")) == 1);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'doublon'")) == 1);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'sync.push' AND outcome = 'denied'")) == 1);
    // The refusal is the first result: pushing it again gives the same answer, nothing more is applied.
    auto store = service.store();
    auto device = store->authenticate(b.enrolment.deviceId, b.enrolment.credential);
    REQUIRE(device);
    const QJsonObject mutation = QJsonDocument::fromJson(test::scalar(b.session->db(), QStringLiteral("SELECT mutation FROM _quarantine")).toString().toUtf8()).object();
    sync::PushRequest again{b.enrolment.deviceId, {sync::Mutation::fromJson(mutation)}};
    auto replay = store->push(device.value(), again);
    REQUIRE(replay);
    REQUIRE(replay.value().results.size() == 1);
    CHECK(replay.value().results.first().status == QStringLiteral("rejected"));
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _srv_change_log WHERE origin_device = '%1'").arg(b.enrolment.deviceId)) == 0);
}

TEST_CASE("a revoked device is refused, and the refusal is audited, and so is a wrong credential")
{
    Service service;
    Desktop a(service, QStringLiteral("admin"), QStringLiteral("a"));
    REQUIRE(a.syncNow(service));
    REQUIRE(service.store()->revoke(a.enrolment.deviceId));
    auto refused = a.syncNow(service);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::Denied);
    CHECK(refused.error().message.contains(a.enrolment.deviceId));
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'sync.connect' AND outcome = 'denied'")) == 1);
    auto devices = service.store()->devices();
    REQUIRE(devices);
    REQUIRE(devices.value().size() == 1);
    CHECK(devices.value().first().revoked);

    auto forged = service.store()->authenticate(a.enrolment.deviceId, QString(64, QLatin1Char('a')));
    REQUIRE_FALSE(forged);
    CHECK(forged.error().code == core::ErrorCode::AuthFailed);
    CHECK(service.store()->revoke(QStringLiteral("no-such-device")).error().code == core::ErrorCode::Invalid);
}

TEST_CASE("enrolment needs the user's right password and an active account")
{
    Service service;
    auto wrong = service.store()->enroll(QStringLiteral("admin"), QStringLiteral("wrong password"), QStringLiteral("x"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == core::ErrorCode::AuthFailed);
    auto unknown = service.store()->enroll(QStringLiteral("nobody"), Password, QStringLiteral("x"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == core::ErrorCode::AuthFailed);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'sync.enroll' AND outcome = 'failure'")) == 2);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _srv_devices")) == 0);
}

TEST_CASE("every synchronised table outside the worker's data says who may push to it")
{
    Service service;
    auto store = service.store();
    sync::RowCodec codec(store->db());
    auto tables = codec.tables();
    REQUIRE(tables);
    REQUIRE(tables.value().size() > 40);
    QStringList unclassified;
    for (const QString& table : tables.value()) {
        const bool workerData = table == QLatin1String("workers") ||
                                test::scalar(store->db(), QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = 'worker_id'").arg(table)).toInt() == 1;
        if (!workerData && !sync::sharedWriteRule(table))
            unclassified << table;
    }
    INFO(unclassified.join(QLatin1Char(' ')).toStdString());
    CHECK(unclassified.isEmpty());
}

TEST_CASE("the server judges every pushed row by the role it holds: no self-promotion, no table outside one's modules, no one else's delegation")
{
    Service service({{QStringLiteral("infirmiere"), security::Role::Nurse},
                     {QStringLiteral("iprp"), security::Role::Iprp},
                     {QStringLiteral("medecin"), security::Role::Physician},
                     {QStringLiteral("autremedecin"), security::Role::Physician}});
    auto store = service.store();
    auto idOf = [&](const char* login) {
        return test::scalar(store->db(), QStringLiteral("SELECT id FROM accounts WHERE login = '%1'").arg(QLatin1String(login))).toString();
    };
    auto deviceOf = [&](const char* login) {
        auto e = store->enroll(QLatin1String(login), Password, QLatin1String(login));
        INFO(login << ": " << (e ? QString() : e.error().message).toStdString());
        REQUIRE(e);
        auto d = store->authenticate(e.value().deviceId, e.value().credential);
        REQUIRE(d);
        return d.value();
    };
    int n = 0;
    auto pushOne = [&](const sync::Device& device, const QString& table, const QJsonObject& row) {
        sync::Mutation m;
        m.mutationId = QStringLiteral("m%1").arg(++n);
        m.table = table;
        m.rowId = row.value(QStringLiteral("id")).toString();
        m.op = QStringLiteral("U");
        m.rowVersion = 9;
        m.hlc = QStringLiteral("2026-03-02T09:00:00.000Z-0000-x");
        m.payload = row;
        auto r = store->push(device, sync::PushRequest{device.id, {m}});
        REQUIRE(r);
        REQUIRE(r.value().results.size() == 1);
        return r.value().results.first();
    };
    struct Case {
        const char* login;
        const char* table;
        QJsonObject row;
        const char* reason; // "" when the judge lets it through (it may still fail on the row's columns)
    };
    sync::RowCodec codec(store->db());
    QJsonObject promoted = codec.read(QStringLiteral("accounts"), idOf("infirmiere")).value();
    REQUIRE_FALSE(promoted.isEmpty());
    promoted.insert(QStringLiteral("role"), QStringLiteral("admin"));
    const QJsonObject place{{QStringLiteral("id"), QStringLiteral("place-1")}, {QStringLiteral("name"), QStringLiteral("Salle 2")}};
    auto delegation = [&](const QString& physician) {
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("delegation-") + physician}, {QStringLiteral("physician_id"), physician},
                           {QStringLiteral("delegate_id"), idOf("iprp")}};
    };
    const std::vector<Case> cases{
        {"infirmiere", "accounts", promoted, "denied"},                   // a nurse making herself administrator
        {"iprp", "agenda_places", place, "denied"},                       // an IPRP does not plan
        {"iprp", "service_identity", place, "denied"},                    // the service's settings are the administrator's
        {"medecin", "delegations", delegation(idOf("autremedecin")), "denied"}, // another physician's delegation
        {"infirmiere", "delegations", delegation(idOf("infirmiere")), "denied"}, // only a physician delegates
        {"medecin", "delegations", delegation(idOf("medecin")), ""},      // her own: judged allowed
        {"infirmiere", "agenda_places", place, ""},                       // a nurse plans her visits
    };
    int refusals = 0;
    for (const Case& c : cases) {
        const sync::MutationResult result = pushOne(deviceOf(c.login), QLatin1String(c.table), c.row);
        INFO(c.login << " -> " << c.table << ": " << result.reason.toStdString());
        CHECK(result.status == QStringLiteral("rejected")); // each row above is incomplete, so none is applied
        if (*c.reason) {
            CHECK(result.reason == QLatin1String(c.reason));
            ++refusals;
        } else {
            CHECK(result.reason.startsWith(QStringLiteral("storage:")));
        }
    }
    CHECK(test::scalar(store->db(), QStringLiteral("SELECT role FROM accounts WHERE login = 'infirmiere'")).toString() == QStringLiteral("nurse"));
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'sync.push' AND outcome = 'denied' AND detail LIKE 'reason=denied;%'")) == refusals);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _srv_quarantine WHERE reason = 'denied'")) == refusals);
}

TEST_CASE("the server keeps the head of each device's audit chain, finds a chain cut since, and audits a head that went back")
{
    Service service;
    Desktop a(service, QStringLiteral("admin"), QStringLiteral("a"));
    REQUIRE(a.syncNow(service));
    auto store = service.store();
    auto device = store->authenticate(a.enrolment.deviceId, a.enrolment.credential);
    REQUIRE(device);
    auto kept = store->lastAnchor(device.value());
    REQUIRE(kept);
    auto head = storage::AuditSeal::currentHead(a.session->db());
    REQUIRE(head);
    CHECK(kept.value().count == head.value().count);
    CHECK(kept.value().hash == head.value().hash);
    REQUIRE(kept.value().count >= 2);
    {
        sync::SyncClient client(a.session->db(), *a.transport, service.clock);
        auto fromServer = client.serverAnchor();
        REQUIRE(fromServer);
        CHECK(fromServer.value().count == kept.value().count);
        auto compared = storage::AuditSeal::compareWith(a.session->db(), storage::AuditHead{fromServer.value().count, fromServer.value().hash});
        REQUIRE(compared);
        CHECK(compared.value().state == storage::SealCheck::State::Intact);
    }

    // The end of the chain is cut in place by someone holding the session: the seal follows, the server's head does not.
    REQUIRE(a.session->db().execScript(QStringLiteral("DROP TRIGGER _audit_no_delete; DELETE FROM _audit WHERE seq >= %1;").arg(kept.value().count)));
    auto resealed = storage::AuditSeal::check(a.session->db(), a.session->auditSealer()->sealKey());
    REQUIRE(resealed);
    INFO(resealed.value().message.toStdString());
    CHECK(resealed.value().intact());
    auto cut = storage::AuditSeal::compareWith(a.session->db(), storage::AuditHead{kept.value().count, kept.value().hash});
    REQUIRE(cut);
    CHECK(cut.value().state == storage::SealCheck::State::Truncated);

    // The next synchronisation sends a head behind the one kept: kept as well, and audited on the server.
    REQUIRE(a.syncNow(service));
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'sync.anchor' AND outcome = 'failure'")) == 1);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _srv_audit_anchor")) == 2);
}

TEST_CASE("the server's store is backed up while it works, a restore comes back with a new epoch, and the desktops send again what it lost")
{
    Service service;
    Desktop a(service, QStringLiteral("admin"), QStringLiteral("a"));
    a.createAccount(QStringLiteral("avant"), security::Role::Planner);
    REQUIRE(a.syncNow(service));
    const QString backup = service.dir.filePath(QStringLiteral("server-backup.db"));
    QString epochBefore;
    {
        auto store = service.store();
        epochBefore = store->epoch();
        auto made = store->backup(backup);
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made);
        CHECK(made.value().sha256.size() == 64);
        CHECK_FALSE(QFileInfo::exists(backup + QStringLiteral(".keyring")));
        CHECK((QFileInfo(backup).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
        // With PostgreSQL, the log's pg_dump archive beside it, readable by its owner only.
        CHECK(QFileInfo::exists(backup + QStringLiteral(".pgdump")) == Service::onPostgres());
        if (Service::onPostgres())
            CHECK((QFileInfo(backup + QStringLiteral(".pgdump")).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    }
    a.createAccount(QStringLiteral("apres"), security::Role::Planner);
    REQUIRE(a.syncNow(service));
    REQUIRE(service.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'apres'")) == 1);

    // A damaged backup is refused and the store stays as it is.
    const QString damaged = service.dir.filePath(QStringLiteral("damaged.db"));
    {
        QByteArray bytes = test::readAll(backup);
        for (int i = 0; i < 64; ++i)
            bytes[bytes.size() / 2 + i] = char(bytes[bytes.size() / 2 + i] ^ 0x5a);
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto refused = sync::EmbeddedServerStore::restore(service.storeDir, damaged, service.clock, service.postgres);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("damaged.db")));
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'apres'")) == 1);

    auto kept = sync::EmbeddedServerStore::restore(service.storeDir, backup, service.clock, service.postgres);
    INFO((kept ? QString() : kept.error().message).toStdString());
    REQUIRE(kept);
    CHECK(QFileInfo::exists(kept.value()));
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'avant'")) == 1);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'apres'")) == 0);
    CHECK(service.store()->epoch() != epochBefore);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'restore' AND detail LIKE '%previous_epoch=") + epochBefore +
                              QStringLiteral("'")) == 1);
    auto audit = storage::AuditTrail::verify(service.store()->db());
    REQUIRE(audit);
    CHECK(audit.value().intact);

    // The desktop sees the new epoch, sends again what the server lost, and nothing typed is lost.
    auto after = a.syncNow(service);
    INFO((after ? QString() : after.error().message).toStdString());
    REQUIRE(after);
    CHECK(after.value().pushed >= 1);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'apres'")) == 1);
    CHECK(sync::SyncClient::state(a.session->db(), QStringLiteral("epoch")) == service.store()->epoch());
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'sync.epoch'")) == 1);
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM _outbox WHERE state = 'pending'")) == 0);
    // A second synchronisation finds nothing more to do.
    auto quiet = a.syncNow(service);
    REQUIRE(quiet);
    CHECK(quiet.value().pushed == 0);
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'sync.epoch'")) == 1);
}

// Found by the fault-injection harness (soak-sync, seed 1): the desktop compared its acknowledged
// server_seq with the server's current one, which other desktops had moved past the restore.
TEST_CASE("after a restore, a desktop that comes back after others pushed again still sends what the restore lost")
{
    Service service;
    Desktop a(service, QStringLiteral("admin"), QStringLiteral("a"));
    Desktop b(service, QStringLiteral("admin"), QStringLiteral("b"));
    REQUIRE(a.syncNow(service));
    REQUIRE(b.syncNow(service));
    const QString backup = service.dir.filePath(QStringLiteral("server-backup.db"));
    REQUIRE(service.store()->backup(backup));
    a.createAccount(QStringLiteral("perdu"), security::Role::Planner);
    REQUIRE(a.syncNow(service));
    REQUIRE(sync::EmbeddedServerStore::restore(service.storeDir, backup, service.clock, service.postgres));
    // B comes back first and pushes two transactions: the server's numbers go past A's acknowledged one.
    b.createAccount(QStringLiteral("nouveau1"), security::Role::Planner);
    REQUIRE(b.syncNow(service));
    b.createAccount(QStringLiteral("nouveau2"), security::Role::Planner);
    REQUIRE(b.syncNow(service));
    REQUIRE(service.serverCount(QStringLiteral("SELECT max(server_seq) FROM _srv_change_log")) >=
            a.count(QStringLiteral("SELECT max(server_seq) FROM _outbox WHERE state = 'acked'")));

    auto back = a.syncNow(service);
    INFO((back ? QString() : back.error().message).toStdString());
    REQUIRE(back);
    CHECK(back.value().pushed == 1);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'perdu'")) == 1);
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM accounts WHERE login LIKE 'nouveau%'")) == 2);
    REQUIRE(b.syncNow(service));
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'perdu'")) == 1);
}

// A pull brings, in server order, a change older than one this device has just pushed for the same
// row; the server does not send a device its own changes, so applying the older one would leave the
// device on a version the server no longer holds, for good.
TEST_CASE("a pulled change older than the device's own acknowledged change of the same row does not overwrite it")
{
    Service service;
    Desktop a(service, QStringLiteral("admin"), QStringLiteral("a"));
    Desktop b(service, QStringLiteral("admin"), QStringLiteral("b"));
    a.createAccount(QStringLiteral("cible"), security::Role::Planner);
    REQUIRE(a.syncNow(service));
    REQUIRE(b.syncNow(service));
    REQUIRE(security::AccountStore::changeRole(*b.session, QStringLiteral("cible"), security::Role::Director));
    REQUIRE(b.syncNow(service));
    REQUIRE(security::AccountStore::changeRole(*a.session, QStringLiteral("cible"), security::Role::Nurse));
    auto r = a.syncNow(service); // pushes its change after B's, then pulls B's
    REQUIRE(r);
    auto role = [](Desktop& d) { return test::scalar(d.session->db(), QStringLiteral("SELECT role FROM accounts WHERE login = 'cible'")).toString(); };
    CHECK(test::scalar(service.store()->db(), QStringLiteral("SELECT role FROM accounts WHERE login = 'cible'")).toString() == QStringLiteral("nurse"));
    CHECK(role(a) == QStringLiteral("nurse"));
    REQUIRE(b.syncNow(service));
    CHECK(role(b) == QStringLiteral("nurse"));
}

// Schema evolution (sync-design.md §4.8, issue 15 item 4). An older program is played by lowering the
// desktop's schema number: the rows it pushes lack nothing the server needs.
TEST_CASE("a desktop one schema behind keeps pushing, asks for its update instead of applying a newer pull, and keeps working")
{
    Service service;
    Desktop a(service, QStringLiteral("admin"), QStringLiteral("a"));
    Desktop b(service, QStringLiteral("admin"), QStringLiteral("b"));
    REQUIRE(a.syncNow(service));
    REQUIRE(b.syncNow(service));
    const int latest = a.session->db().schemaVersion();
    REQUIRE(latest > 1);
    REQUIRE(a.session->db().execScript(QStringLiteral("PRAGMA user_version = %1").arg(latest - 1)));
    b.createAccount(QStringLiteral("depuisb"), security::Role::Planner);
    REQUIRE(b.syncNow(service));
    a.createAccount(QStringLiteral("depuisa"), security::Role::Planner);

    auto behind = a.syncNow(service);
    REQUIRE_FALSE(behind);
    CHECK(behind.error().code == core::ErrorCode::Invalid);
    CHECK(behind.error().message.contains(QString::number(latest)));
    CHECK(behind.error().message.contains(QString::number(latest - 1)));
    // Its own work went out; the newer page was not applied.
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'depuisa'")) == 1);
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM _outbox WHERE state = 'pending'")) == 0);
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'depuisb'")) == 0);
    // It keeps working offline, and its next push still goes out.
    a.createAccount(QStringLiteral("horsligne"), security::Role::Planner);
    REQUIRE_FALSE(a.syncNow(service));
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'horsligne'")) == 1);
    // Once updated, it receives what it missed.
    REQUIRE(a.session->db().execScript(QStringLiteral("PRAGMA user_version = %1").arg(latest)));
    REQUIRE(a.syncNow(service));
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'depuisb'")) == 1);

    // A desktop ahead of the server: its push is refused as a whole, by number, before any row is read.
    auto store = service.store();
    auto device = store->authenticate(b.enrolment.deviceId, b.enrolment.credential);
    REQUIRE(device);
    auto ahead = store->push(device.value(), sync::PushRequest{b.enrolment.deviceId, {}, latest + 1});
    REQUIRE_FALSE(ahead);
    CHECK(ahead.error().code == core::ErrorCode::Invalid);
    CHECK(ahead.error().message.contains(QString::number(latest + 1)));
}

TEST_CASE("a synchronisation reports its progress after each pushed batch and each applied page")
{
    Service service;
    Desktop b(service, QStringLiteral("admin"), QStringLiteral("b"));
    for (const char* login : {"planif1", "planif2", "planif3"}) {
        b.createAccount(QLatin1String(login), security::Role::Planner);
        REQUIRE(b.syncNow(service)); // one server transaction each
    }
    Desktop a(service, QStringLiteral("admin"), QStringLiteral("a"));
    sync::SyncClient client(a.session->db(), *a.transport, service.clock);
    QList<sync::SyncCounts> reports;
    client.onProgress = [&reports](const sync::SyncCounts& c) { reports.append(c); };
    auto counts = client.syncNow(500, 1); // pages of one server transaction
    REQUIRE(counts);
    REQUIRE(reports.size() >= 3);
    for (qsizetype i = 1; i < reports.size(); ++i)
        CHECK(reports.at(i).pulled >= reports.at(i - 1).pulled);
    CHECK(reports.last().pulled == counts.value().pulled);
}
