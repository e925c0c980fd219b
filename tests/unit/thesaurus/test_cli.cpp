// The CLI commands of issue 4 (validate naf, thesaurus list | search | import) on a real encrypted
// database created and signed into like vigie-cli does: output formats and the exit codes of
// cli-contract.md (1 invalid, 2 usage, 3 denied and audited, 4 authentication).
//
#include "TestSupport.h"
#include "catch_qt.h"

#include <QRegularExpression>

#include "security/AccountStore.h"
#include "security/SignIn.h"

#include <QTemporaryDir>

using namespace vigie;

namespace {
const QByteArray Password = "Clef-Solide-2026!";

struct Service {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("cli.db"));
    QString pw = dir.filePath(QStringLiteral("pw"));
    core::SystemClock clock;

    Service()
    {
        QFile f(pw);
        f.open(QIODevice::WriteOnly);
        f.write(Password + '\n');
        f.close();
        auto admin = security::createDatabase(db, security::NewAccount{QStringLiteral("admin"), QStringLiteral("Alice Admin"),
                                                                       security::Role::Admin, {}},
                                              QString::fromUtf8(Password), clock);
        if (!admin)
            qFatal("%s", qPrintable(admin.error().message));
        auto nurse = security::AccountStore::create(*admin.value(), security::NewAccount{QStringLiteral("nina"), QStringLiteral("Nina Infirmière"),
                                                                                          security::Role::Nurse, {}, false},
                                                    QString::fromUtf8(Password));
        if (!nurse)
            qFatal("%s", qPrintable(nurse.error().message));
    }
    static QString program()
    {
        return test::binDir() + QStringLiteral("/vigie-cli");
    }
    test::ProcessResult as(const QString& user, const QStringList& command) const
    {
        return test::run(program(), QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                                                QStringLiteral("--password-file"), pw} + command);
    }
    qint64 audited(const QString& where)
    {
        auto s = security::signIn(db, QStringLiteral("admin"), QString::fromUtf8(Password), clock);
        REQUIRE(s);
        return test::scalar(s.value()->db(), QStringLiteral("SELECT count(*) FROM _audit WHERE ") + where).toLongLong();
    }
};

QString file(const Service& s, const char* name, const QByteArray& content)
{
    const QString path = s.dir.filePath(QLatin1String(name));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}
} // namespace

TEST_CASE("cli: validate naf VALUE — an existing sub-class, the dot optional, no database needed")
{
    for (const char* ok : {"62.01Z", "6201Z", "47.11F"}) {
        const auto r = test::run(Service::program(), {QStringLiteral("validate"), QStringLiteral("naf"), QLatin1String(ok)});
        CHECK(r.exitCode == 0);
        CHECK(r.out == "valid\n");
    }
    for (const char* bad : {"62.01A", "62.01", "ABCDE"}) {
        const auto r = test::run(Service::program(), {QStringLiteral("validate"), QStringLiteral("naf"), QLatin1String(bad)});
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(bad));
    }
    CHECK(test::run(Service::program(), {QStringLiteral("validate"), QStringLiteral("naf")}).exitCode == 2);
}

TEST_CASE("cli: thesaurus list and search, for any signed-in user")
{
    Service s;
    auto list = s.as(QStringLiteral("nina"), {QStringLiteral("thesaurus"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    const QStringList lines = QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() >= 18);
    bool naf = false;
    for (const QString& l : lines)
        if (l.startsWith(QStringLiteral("naf\t"))) {
            naf = true;
            CHECK(l.section(QLatin1Char('\t'), 2, 2) == QStringLiteral("1728"));
            CHECK(l.section(QLatin1Char('\t'), 3, 3) == QStringLiteral("0"));
        }
    CHECK(naf);

    auto search = s.as(QStringLiteral("nina"), {QStringLiteral("thesaurus"), QStringLiteral("search"), QStringLiteral("--system"),
                                                QStringLiteral("naf"), QStringLiteral("6201z")});
    REQUIRE(search.exitCode == 0);
    CHECK(search.out.startsWith("62.01Z\tProgrammation informatique\tJ > 62 > 62.0 > 62.01\n"));
    auto words = s.as(QStringLiteral("nina"), {QStringLiteral("thesaurus"), QStringLiteral("search"), QStringLiteral("--system"),
                                               QStringLiteral("commune"), QStringLiteral("--limit"), QStringLiteral("3"),
                                               QStringLiteral("saint"), QStringLiteral("etienne")});
    REQUIRE(words.exitCode == 0);
    CHECK(words.out.startsWith(QStringLiteral("42218\tSaint-Étienne\t42\n").toUtf8()));
    CHECK(words.out.count('\n') == 3);
    CHECK(s.as(QStringLiteral("nina"), {QStringLiteral("thesaurus"), QStringLiteral("search"), QStringLiteral("--system"),
                                        QStringLiteral("nope"), QStringLiteral("x")}).exitCode == 1);
    CHECK(s.as(QStringLiteral("nina"), {QStringLiteral("thesaurus"), QStringLiteral("search"), QStringLiteral("x")}).exitCode == 2);
    CHECK(s.as(QStringLiteral("nina"), {QStringLiteral("thesaurus"), QStringLiteral("search"), QStringLiteral("--system"),
                                        QStringLiteral("naf"), QStringLiteral("--bogus"), QStringLiteral("x")}).exitCode == 2);
}

TEST_CASE("cli: thesaurus import — administrator only (exit 3, audited), a bad file refused with its line (exit 1, nothing loaded)")
{
    Service s;
    const QString good = file(s, "pcs.csv", "code,parent,label_fr\n3,,Cadres\n311a,3,Médecins libéraux spécialistes\n");
    const QStringList import{QStringLiteral("thesaurus"), QStringLiteral("import"), QStringLiteral("--system"), QStringLiteral("pcs"),
                             QStringLiteral("--version"), QStringLiteral("2017")};

    auto denied = s.as(QStringLiteral("nina"), import + QStringList{good});
    CHECK(denied.exitCode == 3);
    CHECK(denied.out.isEmpty());
    CHECK(s.audited(QStringLiteral("action = 'import' AND outcome = 'denied' AND account = 'nina'")) == 1);

    const QString bad = file(s, "bad.csv", "code,parent,label_fr\n3,,Cadres\n311a,9,Médecins\n");
    auto refused = s.as(QStringLiteral("admin"), import + QStringList{bad});
    CHECK(refused.exitCode == 1);
    // The message is in the user's language (French by default): check the file and line number it names.
    CHECK(refused.err.contains("bad.csv"));
    CHECK(QString::fromUtf8(refused.err).contains(QRegularExpression(QStringLiteral("\\b3\\b"))));
    CHECK(refused.err.count('\n') == 1); // one line
    auto none = s.as(QStringLiteral("admin"), {QStringLiteral("thesaurus"), QStringLiteral("search"), QStringLiteral("--system"),
                                               QStringLiteral("pcs"), QStringLiteral("cadres")});
    CHECK(none.exitCode == 1); // no such system: nothing was loaded

    auto ok = s.as(QStringLiteral("admin"), import + QStringList{good});
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out == "pcs\t2017\t2\t2\t0\t0\n");
    auto found = s.as(QStringLiteral("nina"), {QStringLiteral("thesaurus"), QStringLiteral("search"), QStringLiteral("--system"),
                                               QStringLiteral("pcs"), QStringLiteral("medecins")});
    CHECK(found.out == QStringLiteral("311a\tMédecins libéraux spécialistes\t3\n").toUtf8());

    CHECK(s.as(QStringLiteral("admin"), {QStringLiteral("thesaurus"), QStringLiteral("import"), QStringLiteral("--system"),
                                         QStringLiteral("pcs"), good}).exitCode == 2); // --version missing
    const auto wrong = test::run(Service::program(), {QStringLiteral("--db"), s.db, QStringLiteral("--user"), QStringLiteral("admin"),
                                                      QStringLiteral("--password-file"), file(s, "wrong", "Mauvais-Mot-2026\n"),
                                                      QStringLiteral("thesaurus"), QStringLiteral("list")});
    CHECK(wrong.exitCode == 4);
}
