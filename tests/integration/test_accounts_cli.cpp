// Issue 13 items 3 and 4 through vigie-cli: the account life cycle (user disable|enable|role), the
// temporary password, `key rotate` and `audit verify` against the independent SQLCipher shell.
#include "CliFixture.h"
#include "catch_qt.h"

#include "storage/AuditTrail.h"

using namespace vigie;
using test::Cli;

namespace {
QStringList cmd(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words)
        out << QString::fromUtf8(w);
    return out;
}

struct Demo : Cli {
    QString db = file(QStringLiteral("d.db"));
    Demo()
    {
        const auto r = demo(db, 10);
        if (r.exitCode != 0)
            qFatal("demo failed: %s", r.err.constData());
    }
    test::ProcessResult admin(const QStringList& command) const { return as(db, QStringLiteral("admin"), command); }
    QByteArray keyHex() const { return admin(cmd({"key", "show"})).out.trimmed(); }
    QByteArray settings() const { return admin(cmd({"key", "show"})).err; }
};
} // namespace

TEST_CASE("user disable: exit 4 for that account everywhere, enable gives a temporary password to replace first")
{
    Demo d;
    const QStringList find = cmd({"worker", "find", "a"});
    REQUIRE(d.as(d.db, QStringLiteral("medecin"), find).exitCode == 0);
    // A refused action: exit 3, audited.
    CHECK(d.as(d.db, QStringLiteral("planif"), cmd({"user", "disable", "--login", "medecin"})).exitCode == 3);
    REQUIRE(d.admin(cmd({"user", "disable", "--login", "medecin"})).exitCode == 0);
    const auto refused = d.as(d.db, QStringLiteral("medecin"), find);
    CHECK(refused.exitCode == 4);
    CHECK(refused.out.isEmpty());
    CHECK(d.admin(cmd({"user", "list"})).out.contains("medecin\tphysician\t"));
    CHECK(d.admin(cmd({"user", "list"})).out.contains("\tdisabled"));
    // The slot is gone from the key ring file itself.
    CHECK_FALSE(test::readAll(d.db + QStringLiteral(".keyring")).contains("\"login\": \"medecin\""));

    const auto enabled = d.admin(cmd({"user", "enable", "--login", "medecin"}));
    REQUIRE(enabled.exitCode == 0);
    const QByteArray temporary = enabled.out.trimmed();
    CHECK(temporary.size() == 19);
    Cli::writeFile(d.file(QStringLiteral("tmp")), temporary + '\n');
    // The old password no longer opens; the temporary one signs in but must be replaced first.
    CHECK(d.as(d.db, QStringLiteral("medecin"), find).exitCode == 4);
    const auto first = d.as(d.db, QStringLiteral("medecin"), find, d.file(QStringLiteral("tmp")));
    CHECK(first.exitCode == 4);
    CHECK(first.err.contains("user passwd --login medecin"));
    CHECK_FALSE(first.err.contains(temporary));
    Cli::writeFile(d.file(QStringLiteral("own")), "Ma-Phrase-Secrete-Du-Jour-2026\n");
    const auto changed = d.as(d.db, QStringLiteral("medecin"),
                              cmd({"user", "passwd", "--login", "medecin", "--password-file"}) << d.file(QStringLiteral("own")),
                              d.file(QStringLiteral("tmp")));
    INFO(changed.err.toStdString());
    REQUIRE(changed.exitCode == 0);
    CHECK(d.as(d.db, QStringLiteral("medecin"), find, d.file(QStringLiteral("own"))).exitCode == 0);

    const auto audited = Cli::shell(d.db, d.keyHex(), d.settings(),
                                    "SELECT action || ':' || outcome FROM _audit WHERE action IN ('account.disable', "
                                    "'account.enable') ORDER BY seq;");
    CHECK(Cli::rows(audited.out) == "account.disable:denied\naccount.disable:allowed\naccount.enable:allowed\n");
}

TEST_CASE("user role: administrator only, audited, the new role applies at the next sign-in")
{
    Demo d;
    CHECK(d.as(d.db, QStringLiteral("infirmier"), cmd({"user", "role", "--login", "infirmier", "--role", "admin"})).exitCode == 3);
    CHECK(d.admin(cmd({"user", "role", "--login", "infirmier", "--role", "chirurgien"})).exitCode == 1);
    CHECK(d.admin(cmd({"user", "role", "--login", "admin", "--role", "planner"})).exitCode == 1); // the last administrator
    REQUIRE(d.admin(cmd({"user", "role", "--login", "planif", "--role", "director"})).exitCode == 0);
    CHECK(d.admin(cmd({"user", "list"})).out.contains("planif\tdirector\t"));
    const auto audited = Cli::shell(d.db, d.keyHex(), d.settings(),
                                    "SELECT account || ':' || outcome || ':' || detail FROM _audit WHERE action = "
                                    "'account.role' ORDER BY seq;");
    CHECK(audited.out.contains("infirmier:denied:target=infirmier"));
    CHECK(audited.out.contains("admin:allowed:login=planif from=planner to=director"));
}

TEST_CASE("key rotate: the old key no longer opens the file in the independent shell, every account keeps its password")
{
    Demo d;
    const QByteArray oldKey = d.keyHex();
    const QByteArray settings = d.settings();
    REQUIRE(Cli::lastLine(Cli::shell(d.db, oldKey, settings, "SELECT count(*) FROM workers;").out) == "10");
    CHECK(d.as(d.db, QStringLiteral("medecin"), cmd({"key", "rotate"})).exitCode == 3);
    REQUIRE(d.admin(cmd({"key", "rotate"})).exitCode == 0);

    const auto withOld = Cli::shell(d.db, oldKey, settings, "SELECT count(*) FROM workers;");
    CHECK(withOld.exitCode != 0);
    const QByteArray newKey = d.keyHex();
    CHECK(newKey != oldKey);
    const auto withNew = Cli::shell(d.db, newKey, settings, "SELECT count(*) FROM workers;");
    REQUIRE(withNew.exitCode == 0);
    CHECK(Cli::lastLine(withNew.out) == "10");
    CHECK(d.as(d.db, QStringLiteral("medecin"), cmd({"worker", "find", "a"})).exitCode == 0);
    CHECK(d.as(d.db, QStringLiteral("planif"), cmd({"establishment", "list"})).exitCode == 0);
    const auto audited = Cli::shell(d.db, newKey, settings,
                                    "SELECT account || ':' || outcome FROM _audit WHERE action = 'key.rotate' ORDER BY seq;");
    CHECK(Cli::rows(audited.out) == "medecin:denied\nadmin:allowed\n");
    CHECK(d.admin(cmd({"audit", "verify"})).exitCode == 0);
}

TEST_CASE("audit verify finds the last records deleted, and a chain recomputed, with the SQLCipher shell")
{
    const QByteArray dropTriggers = "DROP TRIGGER _audit_no_update; DROP TRIGGER _audit_no_delete;\n";
    SECTION("the last records deleted")
    {
        Demo d;
        const QByteArray key = d.keyHex();
        const QByteArray settings = d.settings();
        const qint64 before = d.admin(cmd({"audit", "verify"})).out.trimmed().toLongLong();
        REQUIRE(before > 10);
        const qint64 total = Cli::lastLine(Cli::shell(d.db, key, settings, "SELECT max(seq) FROM _audit;").out).toLongLong();
        const auto cut = Cli::shell(d.db, key, settings,
                                    dropTriggers + "DELETE FROM _audit WHERE seq > " + QByteArray::number(total - 5) + ";");
        REQUIRE(cut.exitCode == 0);
        const auto verify = d.admin(cmd({"audit", "verify"}));
        CHECK(verify.exitCode == 1);
        CHECK(verify.err.contains(QString::number(total).toUtf8())); // what the seal vouches for
        INFO(verify.err.toStdString());
        CHECK_FALSE(verify.err.isEmpty());
    }
    SECTION("a record edited and every hash recomputed: the chain holds, the seal does not")
    {
        Demo d;
        const QByteArray key = d.keyHex();
        const QByteArray settings = d.settings();
        const auto rows = Cli::shell(d.db, key, settings,
                                     "SELECT seq, at, account, role, action, resource, worker_id, part, outcome, detail "
                                     "FROM _audit ORDER BY seq;");
        REQUIRE(rows.exitCode == 0);
        QByteArray script = dropTriggers + "UPDATE _audit SET account = 'quelquun' WHERE seq = 3;\n";
        QString prev = QString::fromLatin1(storage::AuditTrail::GenesisHash);
        for (const QByteArray& line : Cli::rows(rows.out).trimmed().split('\n')) {
            const QStringList f = QString::fromUtf8(line).split(QLatin1Char('|'));
            REQUIRE(f.size() == 10);
            const qint64 seq = f.at(0).toLongLong();
            const storage::AuditEvent e{seq == 3 ? QStringLiteral("quelquun") : f.at(2), f.at(3), f.at(4), f.at(5),
                                        f.at(6), f.at(7).toInt(), f.at(8), f.at(9)};
            const QString hash = storage::AuditTrail::hashOf(prev, seq, f.at(1), e);
            script += QStringLiteral("UPDATE _audit SET prev_hash = '%1', hash = '%2' WHERE seq = %3;\n")
                          .arg(prev, hash)
                          .arg(seq)
                          .toUtf8();
            prev = hash;
        }
        REQUIRE(Cli::shell(d.db, key, settings, script).exitCode == 0);
        const auto verify = d.admin(cmd({"audit", "verify"}));
        CHECK(verify.exitCode == 1);
        INFO(verify.err.toStdString());
        CHECK_FALSE(verify.err.isEmpty());
    }
}
