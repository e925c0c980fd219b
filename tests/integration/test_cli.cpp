// vigie-cli against real encrypted files: the contract's commands and exit codes, checked with the
// independent SQLCipher shell and the plain sqlite3 shell.
#include "CliFixture.h"
#include "catch_qt.h"

#include "core/Nir.h"
#include "core/Siret.h"
#include "core/Uuid.h"

#include <QRegularExpression>

using namespace vigie;
using test::Cli;

namespace {
// One demo database shared by the read-only checks (a demo costs a few seconds of Argon2id).
const Cli& shared()
{
    static Cli cli;
    static bool made = [] {
        const auto r = cli.demo(cli.file(QStringLiteral("demo.db")), 300);
        if (r.exitCode != 0)
            qFatal("demo failed: %s", r.err.constData());
        return true;
    }();
    (void)made;
    return cli;
}
QString sharedDb() { return shared().file(QStringLiteral("demo.db")); }
} // namespace

TEST_CASE("demo prints one ROLE<TAB>LOGIN line per role and nothing else on stdout")
{
    Cli cli;
    const auto r = cli.demo(cli.file(QStringLiteral("d.db")), 50);
    REQUIRE(r.exitCode == 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QStringList roles;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.split('\t');
        REQUIRE(parts.size() == 2);
        roles << QString::fromUtf8(parts.at(0));
    }
    CHECK(lines.size() == 11); // two physicians, so that team scope shows
    roles.removeDuplicates();
    roles.sort();
    CHECK(roles == QStringList{QStringLiteral("admin"), QStringLiteral("asst"), QStringLiteral("collaborator_physician"),
                               QStringLiteral("director"), QStringLiteral("intern"), QStringLiteral("iprp"),
                               QStringLiteral("nurse"), QStringLiteral("physician"), QStringLiteral("planner"),
                               QStringLiteral("social_worker")});
}

TEST_CASE("init creates an encrypted database with an administrator, and refuses to overwrite a file")
{
    Cli cli;
    const QString db = cli.file(QStringLiteral("new.db"));
    const QStringList init{QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                           QStringLiteral("root"), QStringLiteral("--password-file"), cli.pw};
    REQUIRE(cli.run(init).exitCode == 0);
    CHECK(QFile::exists(db + QStringLiteral(".keyring")));
    const QByteArray before = test::readAll(db);
    const auto again = cli.run(init);
    CHECK(again.exitCode == 1);
    CHECK(test::readAll(db) == before);

    const auto list = cli.as(db, QStringLiteral("root"), {QStringLiteral("user"), QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.startsWith("root\tadmin\t"));

    Cli::writeFile(cli.file(QStringLiteral("weak")), "azerty123456\n");
    const auto weak = cli.run({QStringLiteral("init"), QStringLiteral("--db"), cli.file(QStringLiteral("w.db")),
                               QStringLiteral("--admin"), QStringLiteral("root"), QStringLiteral("--password-file"),
                               cli.file(QStringLiteral("weak"))});
    CHECK(weak.exitCode == 1);
    CHECK_FALSE(QFile::exists(cli.file(QStringLiteral("w.db"))));
}

TEST_CASE("a wrong password gives exit 4 and no data, the failure is audited at the next sign-in")
{
    Cli cli;
    const QString db = cli.file(QStringLiteral("d.db"));
    REQUIRE(cli.demo(db, 30).exitCode == 0);
    Cli::writeFile(cli.file(QStringLiteral("bad")), "Pas-Le-Bon-Mot-De-Passe\n");
    const auto bad = cli.as(db, QStringLiteral("medecin"), {QStringLiteral("worker"), QStringLiteral("find"), QStringLiteral("a")},
                            cli.file(QStringLiteral("bad")));
    CHECK(bad.exitCode == 4);
    CHECK(bad.out.isEmpty());
    CHECK_FALSE(bad.err.contains("Pas-Le-Bon"));
    const auto unknown = cli.as(db, QStringLiteral("personne"), {QStringLiteral("user"), QStringLiteral("list")});
    CHECK(unknown.exitCode == 4);

    const auto key = cli.as(db, QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("show")});
    REQUIRE(key.exitCode == 0);
    const auto failures = Cli::shell(db, key.out.trimmed(), key.err,
                                     "SELECT account || ':' || outcome FROM _audit WHERE action = 'sign_in' AND "
                                     "outcome = 'failure' ORDER BY seq;");
    REQUIRE(failures.exitCode == 0);
    CHECK(failures.out.contains("medecin:failure"));
    CHECK(failures.out.contains("personne:failure"));
}

TEST_CASE("key show prints the raw key, the independent SQLCipher shell reads the demo's rows with it")
{
    const Cli& cli = shared();
    const auto key = cli.as(sharedDb(), QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("show")});
    REQUIRE(key.exitCode == 0);
    const QByteArray hex = key.out.trimmed();
    CHECK(key.out.size() == 65);
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(QString::fromLatin1(hex)).hasMatch());
    CHECK(key.err.contains("PRAGMA cipher_hmac_algorithm = HMAC_SHA512;"));

    const auto rows = Cli::shell(sharedDb(), hex, key.err, "SELECT count(*) FROM workers;");
    REQUIRE(rows.exitCode == 0);
    CHECK(Cli::lastLine(rows.out) == "300");
    const auto audited = Cli::shell(sharedDb(), hex, key.err,
                                    "SELECT count(*) FROM _audit WHERE action = 'key.show' AND outcome = 'allowed';");
    CHECK(Cli::lastLine(audited.out).toInt() >= 1);

    const auto denied = cli.as(sharedDb(), QStringLiteral("medecin"), {QStringLiteral("key"), QStringLiteral("show")});
    CHECK(denied.exitCode == 3);
    CHECK(denied.out.isEmpty());
}

TEST_CASE("audit verify counts the records, and finds a record edited in the SQLCipher shell")
{
    Cli cli;
    const QString db = cli.file(QStringLiteral("d.db"));
    REQUIRE(cli.demo(db, 20).exitCode == 0);
    const auto ok = cli.as(db, QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")});
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.trimmed().toInt() >= 10);

    const auto key = cli.as(db, QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("show")});
    const auto tamper = Cli::shell(db, key.out.trimmed(), key.err,
                                   "DROP TRIGGER _audit_no_update;\n"
                                   "UPDATE _audit SET outcome = 'allowed', account = 'quelquun' WHERE seq = 3;\n");
    REQUIRE(tamper.exitCode == 0);
    const auto broken = cli.as(db, QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.trimmed() == "3");
}

TEST_CASE("user add, passwd: rights, password rules, and the database stays readable with the new password")
{
    Cli cli;
    const QString db = cli.file(QStringLiteral("d.db"));
    REQUIRE(cli.demo(db, 10).exitCode == 0);
    Cli::writeFile(cli.file(QStringLiteral("np")), "Infirmiere-Neuve-2026\n");
    const QStringList add{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("ide2"),
                          QStringLiteral("--role"), QStringLiteral("nurse"), QStringLiteral("--name"),
                          QStringLiteral("Inès Dupré"), QStringLiteral("--password-file"), cli.file(QStringLiteral("np"))};
    CHECK(cli.as(db, QStringLiteral("medecin"), add).exitCode == 3);
    REQUIRE(cli.as(db, QStringLiteral("admin"), add).exitCode == 0);
    CHECK(cli.as(db, QStringLiteral("admin"), add).exitCode == 1); // login taken
    QStringList badRole = add;
    badRole[5] = QStringLiteral("chirurgien");
    CHECK(cli.as(db, QStringLiteral("admin"), badRole).exitCode == 1);
    // The password the administrator chose is temporary: nothing runs before the person's own (exit 4).
    const auto temporary = cli.as(db, QStringLiteral("ide2"), {QStringLiteral("worker"), QStringLiteral("find"), QStringLiteral("b")},
                                  cli.file(QStringLiteral("np")));
    CHECK(temporary.exitCode == 4);
    CHECK(temporary.err.contains("user passwd --login ide2"));

    Cli::writeFile(cli.file(QStringLiteral("np2")), "Un-Autre-Secret-Solide\n");
    REQUIRE(cli.as(db, QStringLiteral("ide2"),
                   {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--login"), QStringLiteral("ide2"),
                    QStringLiteral("--password-file"), cli.file(QStringLiteral("np2"))},
                   cli.file(QStringLiteral("np")))
                .exitCode == 0);
    CHECK(cli.as(db, QStringLiteral("ide2"), {QStringLiteral("worker"), QStringLiteral("find"), QStringLiteral("b")},
                 cli.file(QStringLiteral("np")))
              .exitCode == 4);
    CHECK(cli.as(db, QStringLiteral("ide2"), {QStringLiteral("worker"), QStringLiteral("find"), QStringLiteral("b")},
                 cli.file(QStringLiteral("np2")))
              .exitCode == 3);
    // Others are unaffected by that change.
    CHECK(cli.as(db, QStringLiteral("medecin"), {QStringLiteral("worker"), QStringLiteral("find"), QStringLiteral("b")})
              .exitCode == 0);
}

TEST_CASE("validate: exit 0 and 'valid', or exit 1 with the reason, unknown kinds are usage errors")
{
    Cli cli;
    struct Case {
        const char* kind;
        const char* value;
        int exit;
    };
    const Case cases[] = {
        {"nir", "253072B07300470", 0}, {"nir", "253072A07300443", 0}, {"nir", "1 85 05 78 006 084 91", 0},
        {"nir", "185057800608436", 1}, {"nir", "12345", 1},           {"siren", "732829320", 0},
        {"siren", "732829321", 1},     {"siret", "73282932000074", 0}, {"siret", "73282932000075", 1},
        {"siret", "35600000000048", 0}, {"naf-", "62.01Z", 2},
    };
    for (const Case& c : cases) {
        INFO(c.kind << " " << c.value);
        const auto r = cli.run({QStringLiteral("validate"), QLatin1String(c.kind), QLatin1String(c.value)});
        CHECK(r.exitCode == c.exit);
        if (c.exit == 0)
            CHECK(r.out == "valid\n");
        else
            CHECK_FALSE(r.err.isEmpty());
    }
}

TEST_CASE("usage errors exit 2")
{
    Cli cli;
    CHECK(cli.run({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli.run({QStringLiteral("--verbose"), QStringLiteral("user"), QStringLiteral("list")}).exitCode == 2);
    CHECK(cli.as(sharedDb(), QStringLiteral("admin"), {QStringLiteral("worker"), QStringLiteral("find")}).exitCode == 2);
    CHECK(cli.as(sharedDb(), QStringLiteral("admin"),
                 {QStringLiteral("establishment"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("x")})
              .exitCode == 2);
}

TEST_CASE("establishment list and worker find print the contract's columns, search ignores accents and case")
{
    const Cli& cli = shared();
    const auto est = cli.as(sharedDb(), QStringLiteral("admin"),
                            {QStringLiteral("establishment"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")});
    REQUIRE(est.exitCode == 0);
    const auto lines = est.out.trimmed().split('\n');
    CHECK(lines.size() == 5);
    for (const QByteArray& line : lines) {
        const auto cols = line.split('\t');
        REQUIRE(cols.size() == 2);
        CHECK(core::validateSiret(QString::fromLatin1(cols.at(0))).ok());
    }

    auto find = [&](const QString& text) {
        return cli.as(sharedDb(), QStringLiteral("medecin"), {QStringLiteral("worker"), QStringLiteral("find"), text,
                                                              QStringLiteral("--limit"), QStringLiteral("500")});
    };
    const auto lower = find(QStringLiteral("le"));
    REQUIRE(lower.exitCode == 0);
    REQUIRE_FALSE(lower.out.isEmpty());
    CHECK(find(QStringLiteral("LÉ")).out == lower.out);
    CHECK(find(QStringLiteral("Lé")).out == lower.out);
    for (const QByteArray& line : lower.out.trimmed().split('\n')) {
        const auto cols = line.split('\t');
        REQUIRE(cols.size() == 4);
        CHECK(core::isUuid(QString::fromLatin1(cols.at(0))));
        CHECK(QDate::fromString(QString::fromLatin1(cols.at(3)), Qt::ISODate).isValid());
    }
}

TEST_CASE("the same seed and date give the same data")
{
    Cli cli;
    const QString a = cli.file(QStringLiteral("a.db")), b = cli.file(QStringLiteral("b.db"));
    REQUIRE(cli.demo(a, 40, 11, QStringLiteral("2026-06-01")).exitCode == 0);
    REQUIRE(cli.demo(b, 40, 11, QStringLiteral("2026-06-01")).exitCode == 0);
    const QByteArray digest = "SELECT count(*) || ':' || sum(length(w.id || w.birth_name || w.birth_date || "
                              "coalesce(w.ins_matricule, ''))) FROM workers w;\n"
                              "SELECT group_concat(siret || name, ',') FROM (SELECT siret, name FROM establishments ORDER BY id);\n";
    auto dump = [&](const QString& db) {
        const auto key = cli.as(db, QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("show")});
        return Cli::shell(db, key.out.trimmed(), key.err, digest).out;
    };
    const QByteArray da = dump(a);
    CHECK(da.contains("40:"));
    CHECK(da == dump(b));
}

TEST_CASE("every data command runs under the policy: refusals exit 3 and are audited")
{
    const Cli& cli = shared();
    auto find = [&](const QString& login) {
        return cli.as(sharedDb(), login, {QStringLiteral("worker"), QStringLiteral("find"), QStringLiteral("b"),
                                          QStringLiteral("--limit"), QStringLiteral("500")});
    };
    for (const char* login : {"medecin", "medecin2", "collaborateur", "interne", "infirmier", "iprp", "assistant", "planif"}) {
        INFO(login);
        CHECK(find(QLatin1String(login)).exitCode == 0);
    }
    for (const char* login : {"directeur", "admin", "social"}) {
        INFO(login);
        const auto r = find(QLatin1String(login));
        CHECK(r.exitCode == 3);
        CHECK(r.out.isEmpty());
    }
    // Team scope: a worker both physicians see has a post in each team's establishments (someone
    // with two employers); the others belong to one team only.
    const auto a = find(QStringLiteral("medecin")).out.trimmed().split('\n');
    const auto b = find(QStringLiteral("medecin2")).out.trimmed().split('\n');
    const auto key = cli.as(sharedDb(), QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("show")});
    int shared = 0;
    for (const QByteArray& line : a) {
        if (!b.contains(line))
            continue;
        ++shared;
        const QByteArray id = line.split('\t').first();
        const auto teams = Cli::shell(sharedDb(), key.out.trimmed(), key.err,
                                      "SELECT count(DISTINCT t.physician_id) FROM employments e JOIN team_establishments te "
                                      "ON te.establishment_id = e.establishment_id AND te.deleted = 0 JOIN teams t ON t.id = te.team_id "
                                      "WHERE e.deleted = 0 AND e.worker_id = '" + id + "';");
        INFO(line.toStdString());
        CHECK(Cli::lastLine(teams.out).toInt() == 2);
    }
    CHECK(shared < a.size());
    CHECK(shared < b.size());
    // Opposition: the physician sees the workers who objected, the nurse of the same team does not.
    const auto nurse = find(QStringLiteral("infirmier")).out.trimmed().split('\n');
    CHECK(nurse.size() < a.size());

    const auto denied = Cli::shell(sharedDb(), key.out.trimmed(), key.err,
                                   "SELECT count(*) FROM _audit WHERE outcome = 'denied' AND account IN ('directeur', 'social') "
                                   "AND resource = 'worker.identity';");
    CHECK(Cli::lastLine(denied.out).toInt() >= 2);
    CHECK(cli.as(sharedDb(), QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);
}
