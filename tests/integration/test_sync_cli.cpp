// vigie-server and vigie-cli sync, as an administrator and users would run them (cli-contract.md
// "Synchronisation"): init prints the certificate's fingerprint (checked with the openssl tool), run
// listens on HTTPS only (TLS 1.1 refused) within 2 s and stops cleanly on SIGTERM; on a demo server,
// desktops enrolled for a physician, a nurse, an IPRP and a planner synchronise: the planner's new
// worker reaches the physician, the physician's consultation reaches the nurse of her team and never
// the IPRP's or the planner's device (read in the devices' files with the independent SQLCipher shell);
// a stopped server is exit 6 naming its address; a revoked device is refused. The same server with
// its log in a real PostgreSQL 15 (checked with psql), killed and restarted.
#include "CliFixture.h"
#include "PostgresServer.h"
#include "catch_qt.h"

#include "core/Clock.h"
#include "security/SignIn.h"
#include "security/Session.h"
#include "storage/CipherSettings.h"
#include "storage/Database.h"
#include "storage/KeyRing.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>

#include <sys/stat.h>

using vigie::test::Cli;
using vigie::test::ProcessResult;

namespace {
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

ProcessResult server(const QStringList& args) { return vigie::test::run(vigie::test::binDir() + QStringLiteral("/vigie-server"), args); }

QByteArray cipherSettings()
{
    QByteArray s;
    for (const QByteArray& p : vigie::storage::CipherSettings::pragmas())
        s += p + ";\n";
    return s;
}

// The key of a device's file, unwrapped from its key ring with the user's password; the file itself
// is then read by the independent shell, not by Vigie's driver.
QByteArray deviceKey(const QString& db, const QString& login)
{
    auto ring = vigie::storage::KeyRing::load(vigie::storage::KeyRing::pathFor(db));
    REQUIRE(ring);
    auto key = ring.value().unlock(login, QString::fromUtf8(vigie::test::DemoPassword));
    REQUIRE(key);
    return key.value().toHex().toLatin1();
}

QByteArray query(const QString& db, const QByteArray& keyHex, const QByteArray& sql)
{
    const ProcessResult r = Cli::shell(db, keyHex, cipherSettings(), sql);
    REQUIRE(r.exitCode == 0);
    return Cli::lastLine(r.out);
}

// A running vigie-server, stopped with SIGTERM at the end.
struct RunningServer {
    QProcess process;
    qint64 startMs = -1;
    QByteArray stderrText;

    bool start(const QString& config, const QString& url)
    {
        QElapsedTimer t;
        t.start();
        process.start(vigie::test::binDir() + QStringLiteral("/vigie-server"), {QStringLiteral("run"), QStringLiteral("--config"), config});
        if (!process.waitForStarted())
            return false;
        process.setReadChannel(QProcess::StandardError);
        const QByteArray expected = "listening on " + url.toUtf8();
        while (t.elapsed() < 10000) {
            process.waitForReadyRead(100);
            stderrText += process.readAllStandardError();
            if (stderrText.contains(expected)) {
                startMs = t.elapsed();
                return true;
            }
            if (process.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }
    int stop()
    {
        process.terminate(); // SIGTERM
        if (!process.waitForFinished(10000))
            return -1;
        stderrText += process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
    ~RunningServer()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
};
} // namespace

TEST_CASE("vigie-server init and run: fingerprint, key file, HTTPS only, start under 2 s, clean stop on SIGTERM")
{
    Cli cli;
    const int port = freePort();
    REQUIRE(port > 0);
    const QString config = cli.file(QStringLiteral("server.json"));
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
    const ProcessResult init = server({QStringLiteral("init"), QStringLiteral("--config"), config, QStringLiteral("--listen"), listen,
                                       QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--password-file"), cli.pw});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QByteArray fingerprint = init.out.trimmed();
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(QString::fromLatin1(fingerprint)).hasMatch());
    // The same fingerprint as the standard openssl tool computes from the certificate file.
    const QString storeDir = cli.file(QStringLiteral("store"));
    const ProcessResult x509 = vigie::test::run(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"),
                                                 storeDir + QStringLiteral("/certificate.pem"), QStringLiteral("-noout"),
                                                 QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    REQUIRE(x509.exitCode == 0);
    CHECK(x509.out.trimmed().split('=').last().replace(":", "").toLower() == fingerprint);
    struct stat st{};
    REQUIRE(::stat(QFile::encodeName(storeDir + QStringLiteral("/server.key")).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    REQUIRE(::stat(QFile::encodeName(storeDir + QStringLiteral("/private-key.pem")).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    // The store is encrypted: the plain sqlite3 shell cannot read it.
    CHECK(vigie::test::run(QStringLiteral("sqlite3"), {storeDir + QStringLiteral("/server.db"), QStringLiteral("SELECT count(*) FROM accounts")}).exitCode != 0);
    // init refuses to overwrite its configuration.
    CHECK(server({QStringLiteral("init"), QStringLiteral("--config"), config, QStringLiteral("--listen"), listen,
                  QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--password-file"), cli.pw}).exitCode == 1);

    RunningServer running;
    REQUIRE(running.start(config, QStringLiteral("https://") + listen));
    INFO("started in " << running.startMs << " ms");
    CHECK(running.startMs < 2000);
    // TLS 1.2 accepted, TLS 1.1 refused (checked with the openssl client, not Vigie's).
    const QStringList client{QStringLiteral("s_client"), QStringLiteral("-connect"), listen, QStringLiteral("-brief")};
    CHECK(vigie::test::run(QStringLiteral("openssl"), client + QStringList{QStringLiteral("-tls1_2")}, "Q\n", 20000).exitCode == 0);
    CHECK(vigie::test::run(QStringLiteral("openssl"), client + QStringList{QStringLiteral("-tls1_1")}, "Q\n", 20000).exitCode != 0);
    // Plain HTTP gets no answer in clear.
    const ProcessResult plain = vigie::test::run(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-m"), QStringLiteral("5"),
                                                                           QStringLiteral("http://") + listen + QStringLiteral("/sync/v1/hello")});
    CHECK_FALSE(plain.out.contains("epoch"));
    const ProcessResult hello = vigie::test::run(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-m"), QStringLiteral("5"), QStringLiteral("-k"),
                                                                           QStringLiteral("https://") + listen + QStringLiteral("/sync/v1/hello")});
    CHECK(hello.out.contains("epoch"));
    CHECK(running.stop() == 0);
    CHECK(running.stderrText.contains("GET /sync/v1/hello 200"));
}

TEST_CASE("sync between desktops through a demo server: what reaches whom, retries, unreachable and revoked")
{
    Cli cli;
    const int port = freePort();
    REQUIRE(port > 0);
    const QString config = cli.file(QStringLiteral("server.json"));
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
    const QString url = QStringLiteral("https://") + listen;
    const ProcessResult demo = server({QStringLiteral("demo"), QStringLiteral("--config"), config, QStringLiteral("--listen"), listen,
                                       QStringLiteral("--password-file"), cli.pw, QStringLiteral("--workers"), QStringLiteral("60"),
                                       QStringLiteral("--establishments"), QStringLiteral("8"), QStringLiteral("--seed"), QStringLiteral("3")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains("physician\tmedecin\n"));
    CHECK(demo.out.contains("planner\tplanif\n"));
    const QRegularExpressionMatch fp = QRegularExpression(QStringLiteral("([0-9a-f]{64})")).match(QString::fromUtf8(demo.err));
    REQUIRE(fp.hasMatch());
    const QString fingerprint = fp.captured(1);
    const QString storeDir = cli.file(QStringLiteral("store"));
    const QByteArray serverKey = vigie::test::readAll(storeDir + QStringLiteral("/server.key")).trimmed();
    const QString serverDb = storeDir + QStringLiteral("/server.db");

    RunningServer running;
    REQUIRE(running.start(config, url));

    auto enrol = [&](const QString& login, const QString& fingerprintArg) {
        return cli.run({QStringLiteral("--db"), cli.file(login + QStringLiteral(".db")), QStringLiteral("sync"), QStringLiteral("enroll"),
                        QStringLiteral("--server"), url, QStringLiteral("--user"), login, QStringLiteral("--password-file"), cli.pw,
                        QStringLiteral("--fingerprint"), fingerprintArg});
    };
    auto syncNow = [&](const QString& login) {
        return cli.as(cli.file(login + QStringLiteral(".db")), login, {QStringLiteral("sync"), QStringLiteral("now")});
    };
    const QRegularExpression summary(QStringLiteral("^pushed \\d+ pulled \\d+ conflicts \\d+ quarantined \\d+$"));

    // A wrong fingerprint: the device is not enrolled, exit 6 with the address.
    const ProcessResult pinned = enrol(QStringLiteral("medecin"), QString(64, QLatin1Char('a')));
    CHECK(pinned.exitCode == 6);
    CHECK(pinned.err.contains(listen.toUtf8()));
    CHECK_FALSE(QFile::exists(cli.file(QStringLiteral("medecin.db"))));

    const QStringList logins{QStringLiteral("medecin"), QStringLiteral("infirmier"), QStringLiteral("iprp"), QStringLiteral("planif")};
    QMap<QString, QByteArray> keys;
    for (const QString& login : logins) {
        const ProcessResult e = enrol(login, fingerprint.toUpper());
        INFO(login.toStdString() << ": " << e.err.toStdString());
        REQUIRE(e.exitCode == 0);
        const ProcessResult s = syncNow(login);
        INFO(s.err.toStdString());
        REQUIRE(s.exitCode == 0);
        CHECK(summary.match(QString::fromUtf8(s.out.trimmed())).hasMatch());
        keys[login] = deviceKey(cli.file(login + QStringLiteral(".db")), login);
    }
    const QString physicianDb = cli.file(QStringLiteral("medecin.db"));
    const QString planifDb = cli.file(QStringLiteral("planif.db"));

    // The physician holds only the workers of her team (A), and holds some.
    const QByteArray teamA = "(SELECT DISTINCT e.worker_id FROM employments e JOIN team_establishments te ON te.establishment_id = e.establishment_id "
                             "AND te.deleted = 0 JOIN teams t ON t.id = te.team_id JOIN accounts a ON a.id = t.physician_id AND a.login = 'medecin' "
                             "WHERE e.deleted = 0)";
    const QByteArray serverWorkers = query(serverDb, serverKey, "SELECT count(*) FROM workers;");
    const QByteArray serverTeamA = query(serverDb, serverKey, "SELECT count(*) FROM " + teamA + ";");
    const QByteArray physicianWorkers = query(physicianDb, keys[QStringLiteral("medecin")], "SELECT count(*) FROM workers;");
    CHECK(physicianWorkers.toInt() > 0);
    CHECK(physicianWorkers.toInt() < serverWorkers.toInt());
    CHECK(physicianWorkers.toInt() <= serverTeamA.toInt());
    CHECK(query(physicianDb, keys[QStringLiteral("medecin")], "SELECT count(*) FROM workers WHERE id NOT IN " + teamA + ";") == "0");
    // The planner plans for every worker: it holds them all, but no part of any record.
    CHECK(query(planifDb, keys[QStringLiteral("planif")], "SELECT count(*) FROM workers;") == serverWorkers);

    // The planner's declaration brings a new worker to an establishment of team A…
    const QByteArray siret = query(serverDb, serverKey,
                                   "SELECT es.siret FROM establishments es JOIN team_establishments te ON te.establishment_id = es.id "
                                   "JOIN teams t ON t.id = te.team_id JOIN accounts a ON a.id = t.physician_id AND a.login = 'medecin' "
                                   "ORDER BY es.siret LIMIT 1;");
    REQUIRE(siret.size() == 14);
    Cli::writeFile(cli.file(QStringLiteral("decl.csv")),
                   "birth_name;first_names;birth_date;sex;nir;post_title;contract_type;start_date;end_date;night_work;exposures\n"
                   "Zéphirin-Synchro;Anne;1988-04-12;F;;Soudeuse;CDI;" + QByteArray::number(QDate::currentDate().year()) + "-01-15;;0;\n");
    const ProcessResult declared = cli.as(planifDb, QStringLiteral("planif"),
                                          {QStringLiteral("declaration"), QStringLiteral("import"), QStringLiteral("--establishment"), QString::fromLatin1(siret),
                                           QStringLiteral("--year"), QString::number(QDate::currentDate().year()), cli.file(QStringLiteral("decl.csv"))});
    INFO(declared.err.toStdString());
    REQUIRE(declared.exitCode == 0);
    const ProcessResult pushed = syncNow(QStringLiteral("planif"));
    INFO(pushed.err.toStdString());
    REQUIRE(pushed.exitCode == 0);
    CHECK(pushed.out.startsWith("pushed "));
    CHECK_FALSE(pushed.out.startsWith("pushed 0 "));
    // … and it reaches the physician's desktop.
    REQUIRE(syncNow(QStringLiteral("medecin")).exitCode == 0);
    CHECK(query(physicianDb, keys[QStringLiteral("medecin")], "SELECT count(*) FROM workers WHERE birth_name = 'Zéphirin-Synchro';") == "1");

    // The physician writes a consultation (part 3°) for a worker of her team with no opposition.
    const QByteArray worker = query(physicianDb, keys[QStringLiteral("medecin")],
                                    "SELECT id FROM workers WHERE id NOT IN (SELECT worker_id FROM oppositions) ORDER BY id LIMIT 1;");
    const QByteArray physicianId = query(physicianDb, keys[QStringLiteral("medecin")], "SELECT id FROM accounts WHERE login = 'medecin';");
    REQUIRE(worker.size() == 36);
    const QByteArray consultation = "01930000-0000-7000-8000-00000000c0de";
    query(physicianDb, keys[QStringLiteral("medecin")],
          "INSERT INTO dmst_consultations(id, worker_id, kind, visit_date, professional_id, interview, saved_at, hlc, updated_by) VALUES ('" +
              consultation + "', '" + worker + "', 'VIP', '2026-12-01', '" + physicianId + "', 'Marqueur-Secret-Medical', '2026-12-01T09:00:00Z', '1', '" +
              physicianId + "'); SELECT count(*) FROM _outbox WHERE table_name = 'dmst_consultations';");
    const ProcessResult sent = syncNow(QStringLiteral("medecin"));
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    CHECK(sent.out.startsWith("pushed 1 "));
    CHECK(query(serverDb, serverKey, "SELECT count(*) FROM dmst_consultations WHERE id = '" + consultation + "';") == "1");
    for (const QString& login : {QStringLiteral("infirmier"), QStringLiteral("iprp"), QStringLiteral("planif")})
        REQUIRE(syncNow(login).exitCode == 0);
    // The nurse of the same team receives it; the IPRP and the planner never hold any part 3° to 5°.
    CHECK(query(cli.file(QStringLiteral("infirmier.db")), keys[QStringLiteral("infirmier")],
                "SELECT count(*) FROM dmst_consultations WHERE id = '" + consultation + "';") == "1");
    for (const QString& login : {QStringLiteral("iprp"), QStringLiteral("planif")}) {
        const QString db = cli.file(login + QStringLiteral(".db"));
        CHECK(query(db, keys[login], "SELECT (SELECT count(*) FROM dmst_consultations) + (SELECT count(*) FROM dmst_correspondence) + "
                                     "(SELECT count(*) FROM dmst_documents) + (SELECT count(*) FROM dmst_personal_notes);") == "0");
        CHECK_FALSE(vigie::test::readAll(db).contains("Marqueur-Secret-Medical"));
    }
    // The planner holds no part of any record at all.
    CHECK(query(planifDb, keys[QStringLiteral("planif")],
                "SELECT (SELECT count(*) FROM dmst_records) + (SELECT count(*) FROM dmst_exposures) + (SELECT count(*) FROM dmst_work_history) + "
                "(SELECT count(*) FROM oppositions) + (SELECT count(*) FROM dmst_consents);") == "0");

    // sync status after everything.
    const ProcessResult status = cli.as(physicianDb, QStringLiteral("medecin"), {QStringLiteral("sync"), QStringLiteral("status")});
    REQUIRE(status.exitCode == 0);
    CHECK(status.out.contains((QStringLiteral("server\t") + url + QStringLiteral("\n")).toUtf8()));
    CHECK(status.out.contains("pending\t0\n"));
    CHECK(QRegularExpression(QStringLiteral("last_sync\t\\d{4}-\\d\\d-\\d\\dT")).match(QString::fromUtf8(status.out)).hasMatch());

    // Audit anchoring: the server keeps the head of the physician's audit chain. Someone who knows her
    // password cuts the end of the chain in place: the seal follows (it is remade on commit), the
    // server's copy of the head does not.
    const ProcessResult anchored = cli.as(physicianDb, QStringLiteral("medecin"), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--against-server")});
    INFO(anchored.err.toStdString());
    CHECK(anchored.exitCode == 0);
    const qint64 anchorCount = query(serverDb, serverKey,
                                     "SELECT a.audit_count FROM _srv_audit_anchor a JOIN _srv_devices d ON d.id = a.device_id AND d.login = 'medecin' "
                                     "ORDER BY a.id DESC LIMIT 1;")
                                   .toLongLong();
    REQUIRE(anchorCount > 2);
    {
        vigie::core::SystemClock clock;
        auto session = vigie::security::signIn(physicianDb, QStringLiteral("medecin"), QString::fromUtf8(vigie::test::DemoPassword), clock);
        INFO("sign in: " << (session ? QString() : QString::number(int(session.error().code)) + QStringLiteral(" ") + session.error().message).toStdString());
        REQUIRE(session);
        REQUIRE(session.value()->db().execScript(QStringLiteral("DROP TRIGGER _audit_no_delete; DELETE FROM _audit WHERE seq >= %1;")
                                                     .arg(anchorCount - 1)));
    }
    CHECK(cli.as(physicianDb, QStringLiteral("medecin"), {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0); // the seal was remade
    const ProcessResult cut = cli.as(physicianDb, QStringLiteral("medecin"), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--against-server")});
    CHECK(cut.exitCode == 1);
    CHECK(cut.err.contains("serveur"));

    // The administrator lists and revokes the IPRP's device: its next synchronisation is refused.
    const ProcessResult devices = server({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--config"), config});
    REQUIRE(devices.exitCode == 0);
    QString iprpDevice;
    for (const QByteArray& line : devices.out.split('\n'))
        if (line.split('\t').value(1) == "iprp")
            iprpDevice = QString::fromUtf8(line.split('\t').first());
    REQUIRE_FALSE(iprpDevice.isEmpty());
    CHECK(devices.out.count("\tactive\n") == 4);
    REQUIRE(server({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--config"), config, iprpDevice}).exitCode == 0);
    // The server's backup while it serves: its SHA-256 alone on stdout (cli-contract.md); an existing file is refused.
    const QString serverBackup = cli.file(QStringLiteral("server-backup.db"));
    const ProcessResult backedUp = server({QStringLiteral("backup"), QStringLiteral("--config"), config, QStringLiteral("--out"), serverBackup});
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.exitCode == 0);
    CHECK(backedUp.out.trimmed() == QCryptographicHash::hash(vigie::test::readAll(serverBackup), QCryptographicHash::Sha256).toHex());
    CHECK(server({QStringLiteral("backup"), QStringLiteral("--config"), config, QStringLiteral("--out"), serverBackup}).exitCode == 1);
    const ProcessResult revoked = syncNow(QStringLiteral("iprp"));
    CHECK(revoked.exitCode == 3);
    CHECK(revoked.err.contains(iprpDevice.toUtf8()));

    // A stopped server: exit 6, the address in the message; the waiting change stays waiting.
    CHECK(running.stop() == 0);
    query(physicianDb, keys[QStringLiteral("medecin")], "UPDATE dmst_consultations SET interview = 'suite', hlc = '2' WHERE id = '" + consultation + "'; SELECT 1;");
    const ProcessResult offline = syncNow(QStringLiteral("medecin"));
    CHECK(offline.exitCode == 6);
    CHECK(offline.err.contains(listen.toUtf8()));
    const ProcessResult waiting = cli.as(physicianDb, QStringLiteral("medecin"), {QStringLiteral("sync"), QStringLiteral("status")});
    CHECK(waiting.out.contains("pending\t1\n"));
}

TEST_CASE("vigie-server on PostgreSQL: init, enrolment and synchronisation, SIGKILL and restart, backup and restore lose nothing, a second init refused")
{
    auto& postgres = vigie::test::PostgresServer::shared();
    INFO(postgres.error().toStdString());
    REQUIRE(postgres.ok());
    const QString location = postgres.createDatabase();
    auto psql = [&](const QString& sql) {
        const ProcessResult r = vigie::test::run(postgres.binDir() + QStringLiteral("/psql"),
                                                 {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(postgres.port()),
                                                  QStringLiteral("-U"), QStringLiteral("vigie"), QStringLiteral("-d"), location.section(QLatin1Char('/'), -1),
                                                  QStringLiteral("-Atc"), sql});
        REQUIRE(r.exitCode == 0);
        return r.out.trimmed();
    };
    Cli cli;
    const int port = freePort();
    REQUIRE(port > 0);
    const QString config = cli.file(QStringLiteral("server.json"));
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
    const QString url = QStringLiteral("https://") + listen;
    const QStringList initArgs{QStringLiteral("init"), QStringLiteral("--config"), config, QStringLiteral("--listen"), listen, QStringLiteral("--store"),
                               location, QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--password-file"), cli.pw};
    const ProcessResult init = server(initArgs);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QString fingerprint = QString::fromLatin1(init.out.trimmed());
    REQUIRE(fingerprint.size() == 64);
    // The encrypted file and its key beside the configuration, in "state"; the log in PostgreSQL.
    struct stat st{};
    REQUIRE(::stat(QFile::encodeName(cli.file(QStringLiteral("state/server.key"))).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(vigie::test::readAll(config).contains(location.toUtf8()));
    CHECK(psql(QStringLiteral("SELECT count(*) FROM _srv_change_log WHERE tbl = 'accounts'")) == "1");

    RunningServer running;
    REQUIRE(running.start(config, url));
    CHECK(running.startMs < 2000);
    const QString desk = cli.file(QStringLiteral("admin.db"));
    const ProcessResult enrolled = cli.run({QStringLiteral("--db"), desk, QStringLiteral("sync"), QStringLiteral("enroll"), QStringLiteral("--server"), url,
                                            QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-file"), cli.pw,
                                            QStringLiteral("--fingerprint"), fingerprint});
    INFO(enrolled.err.toStdString());
    REQUIRE(enrolled.exitCode == 0);
    REQUIRE(cli.as(desk, QStringLiteral("admin"), {QStringLiteral("sync"), QStringLiteral("now")}).exitCode == 0);
    REQUIRE(cli.as(desk, QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("planif"),
                                                   QStringLiteral("--role"), QStringLiteral("planner"), QStringLiteral("--name"), QStringLiteral("Paule Planif"),
                                                   QStringLiteral("--password-file"), cli.pw})
                .exitCode == 0);
    const ProcessResult pushed = cli.as(desk, QStringLiteral("admin"), {QStringLiteral("sync"), QStringLiteral("now")});
    INFO(pushed.err.toStdString());
    REQUIRE(pushed.exitCode == 0);
    CHECK_FALSE(pushed.out.startsWith("pushed 0 "));
    CHECK(psql(QStringLiteral("SELECT count(*) FROM _srv_change_log WHERE tbl = 'accounts' AND payload LIKE '%Paule Planif%'")) == "1");
    const QByteArray seqBefore = psql(QStringLiteral("SELECT v FROM _srv_counter"));

    // SIGKILL, then a restart: the log and the devices are intact, the desktop goes on.
    running.process.kill();
    REQUIRE(running.process.waitForFinished(10000));
    RunningServer again;
    REQUIRE(again.start(config, url));
    const ProcessResult quiet = cli.as(desk, QStringLiteral("admin"), {QStringLiteral("sync"), QStringLiteral("now")});
    INFO(quiet.err.toStdString());
    REQUIRE(quiet.exitCode == 0);
    CHECK(quiet.out.startsWith("pushed 0 "));
    CHECK(psql(QStringLiteral("SELECT v FROM _srv_counter")) == seqBefore);
    const ProcessResult devices = server({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--config"), config});
    REQUIRE(devices.exitCode == 0);
    CHECK(devices.out.count("\tactive\n") == 1);

    // A backup while serving: the file's copy (its SHA-256 on stdout) and the log's pg_dump archive.
    const QString backup = cli.file(QStringLiteral("backup.db"));
    const ProcessResult backedUp = server({QStringLiteral("backup"), QStringLiteral("--config"), config, QStringLiteral("--out"), backup});
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.exitCode == 0);
    CHECK(backedUp.out.trimmed() == QCryptographicHash::hash(vigie::test::readAll(backup), QCryptographicHash::Sha256).toHex());
    CHECK(vigie::test::run(QStringLiteral("pg_restore"), {QStringLiteral("--list"), backup + QStringLiteral(".pgdump")}).out.contains("_srv_change_log"));
    // Written after it, then lost by the restore: the desktop sends it again under the new epoch.
    REQUIRE(cli.as(desk, QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("apres"),
                                                   QStringLiteral("--role"), QStringLiteral("planner"), QStringLiteral("--name"), QStringLiteral("Marc Apres"),
                                                   QStringLiteral("--password-file"), cli.pw})
                .exitCode == 0);
    REQUIRE(cli.as(desk, QStringLiteral("admin"), {QStringLiteral("sync"), QStringLiteral("now")}).exitCode == 0);
    const QByteArray epochBefore = psql(QStringLiteral("SELECT value FROM _srv_meta WHERE key = 'server_epoch'"));
    CHECK(again.stop() == 0);
    const ProcessResult restored = server({QStringLiteral("restore"), QStringLiteral("--config"), config, backup});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(psql(QStringLiteral("SELECT count(*) FROM _srv_change_log WHERE payload LIKE '%Marc Apres%'")) == "0");
    CHECK(psql(QStringLiteral("SELECT value FROM _srv_meta WHERE key = 'server_epoch'")) != epochBefore);
    RunningServer restarted;
    REQUIRE(restarted.start(config, url));
    const ProcessResult resent = cli.as(desk, QStringLiteral("admin"), {QStringLiteral("sync"), QStringLiteral("now")});
    INFO(resent.err.toStdString());
    REQUIRE(resent.exitCode == 0);
    CHECK_FALSE(resent.out.startsWith("pushed 0 "));
    CHECK(psql(QStringLiteral("SELECT count(*) FROM _srv_change_log WHERE payload LIKE '%Marc Apres%'")) == "1");
    CHECK(restarted.stop() == 0);

    // A second service initialised on the same database is refused; the first one is untouched.
    Cli other;
    const ProcessResult second = server({QStringLiteral("init"), QStringLiteral("--config"), other.file(QStringLiteral("server.json")), QStringLiteral("--listen"),
                                         listen, QStringLiteral("--store"), location, QStringLiteral("--admin"), QStringLiteral("admin"),
                                         QStringLiteral("--password-file"), other.pw});
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains(location.section(QLatin1Char('/'), -1).toUtf8()));
    CHECK(psql(QStringLiteral("SELECT count(*) FROM _srv_devices")) == "1");
}
