// The server's log in PostgreSQL (run by the "sync_pg" suite only): the log commits first, then the
// store's file; a crash between the two commits loses nothing, because the file records the last
// server_seq its rows include and the next open applies what the log holds beyond it. The log itself
// is read with PostgreSQL's own client (psql), not through Vigie.
#include "SyncFixture.h"

#include "sync/ServerLog.h"

#include <QProcess>

using namespace vigie;
using test::Desktop;
using test::Service;

namespace {
QString psql(const QString& location, const QString& sql)
{
    auto l = sync::PostgresLocation::parse(location);
    REQUIRE(l);
    QProcess p;
    p.start(test::PostgresServer::shared().binDir() + QStringLiteral("/psql"),
            {QStringLiteral("-h"), l.value().host, QStringLiteral("-p"), QString::number(l.value().port), QStringLiteral("-U"), l.value().user,
             QStringLiteral("-d"), l.value().database, QStringLiteral("-Atc"), sql});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
} // namespace

TEST_CASE("PostgreSQL: the log is in PostgreSQL, read by psql, gap-free and whole per transaction")
{
    REQUIRE(Service::onPostgres());
    Service service;
    Desktop a(service, QStringLiteral("admin"), QStringLiteral("a"));
    for (const char* login : {"pg1", "pg2", "pg3"}) {
        a.createAccount(QLatin1String(login), security::Role::Planner);
        REQUIRE(a.syncNow(service));
    }
    // Seq 1 holds the administrator written at creation; then one server transaction per push.
    CHECK(psql(service.postgres, QStringLiteral("SELECT v FROM _srv_counter")) == QStringLiteral("4"));
    CHECK(psql(service.postgres, QStringLiteral("SELECT string_agg(DISTINCT server_seq::text, ',' ORDER BY server_seq::text) FROM _srv_change_log")) ==
          QStringLiteral("1,2,3,4"));
    CHECK(psql(service.postgres, QStringLiteral("SELECT count(*) FROM _srv_applied_mutation WHERE status = 'applied'")).toInt() ==
          psql(service.postgres, QStringLiteral("SELECT count(*) FROM _srv_change_log WHERE origin_device <> 'server'")).toInt());
    CHECK(psql(service.postgres, QStringLiteral("SELECT count(*) FROM _srv_devices")) == QStringLiteral("1"));
    CHECK(service.store()->db().meta(QStringLiteral("server_log_applied")) == QStringLiteral("4"));
}

TEST_CASE("PostgreSQL: rows committed in the log but lost by the file are applied again on open, and audited")
{
    REQUIRE(Service::onPostgres());
    Service service;
    Desktop a(service, QStringLiteral("admin"), QStringLiteral("a"));
    a.createAccount(QStringLiteral("perdu"), security::Role::Planner);
    REQUIRE(a.syncNow(service));
    REQUIRE(service.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'perdu'")) == 1);
    // The crash between the two commits, as the file would be had its transaction not committed:
    // the row absent, the file one server transaction behind the log.
    {
        auto store = service.store();
        REQUIRE(store->db().execScript(QStringLiteral("PRAGMA foreign_keys = OFF; DELETE FROM accounts WHERE login = 'perdu';")));
        REQUIRE(store->db().setMeta(QStringLiteral("server_log_applied"), QStringLiteral("1")));
    }
    // The next open applies the log's transaction 2 to the file, and says so in the audit trail.
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'perdu'")) == 1);
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'sync.catch_up' AND detail = 'from=1;to=2;rows=1'")) == 1);
    CHECK(service.store()->db().meta(QStringLiteral("server_log_applied")) == QStringLiteral("2"));
    // Opening again finds nothing to do.
    CHECK(service.serverCount(QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'sync.catch_up'")) == 1);
    // Another desktop receives the row from the log as usual.
    Desktop b(service, QStringLiteral("admin"), QStringLiteral("b"));
    REQUIRE(b.syncNow(service));
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'perdu'")) == 1);
}

TEST_CASE("PostgreSQL: a database that holds a server store already is refused at creation, and left untouched")
{
    REQUIRE(Service::onPostgres());
    Service service;
    const QString before = psql(service.postgres, QStringLiteral("SELECT v FROM _srv_counter"));
    QTemporaryDir other;
    auto again = sync::EmbeddedServerStore::create(other.filePath(QStringLiteral("store")),
                                                   security::NewAccount{QStringLiteral("admin2"), QStringLiteral("Bob"), security::Role::Admin, {}},
                                                   test::Password, service.clock, {}, service.postgres);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("left untouched")));
    CHECK(psql(service.postgres, QStringLiteral("SELECT v FROM _srv_counter")) == before);
    CHECK_FALSE(QFileInfo::exists(other.filePath(QStringLiteral("store/server.db"))));
    // A location that is not one names itself.
    auto bad = sync::PostgresLocation::parse(QStringLiteral("postgresql://vigie@127.0.0.1:5432/"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("postgresql://vigie@127.0.0.1:5432/")));
}
