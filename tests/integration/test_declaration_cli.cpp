// vigie-cli declaration import (issue 5 part 7), run as a user would on a demo database: a file with
// errors is refused with every error by line and column and the database is unchanged (counted with
// the independent SQLCipher shell, outbox included); --dry-run prints the same report and writes
// nothing; a good file is recorded and summarised; exit codes of cli-contract.md.
#include "CliFixture.h"
#include "catch_qt.h"

#include <QDate>

using vigie::test::Cli;

namespace {
const QByteArray Header = "birth_name;first_names;birth_date;sex;nir;post_title;contract_type;start_date;end_date;night_work;exposures\n";

QByteArray goodRows(int year)
{
    const QByteArray y = QByteArray::number(year);
    return "Valéry-Lancelot;Marie Hélène;12/03/1980;F;;Soudeuse;CDI;" + y + "-01-15;;0;CHIM.AMIANTE\n"
           "Quintard;Jean;1999-07-01;M;;Cariste de nuit;CDD;" + y + "-02-01;;1;\n"
           "Ysambert;Paul;1975-11-30;M;;Comptable;CDI;2010-03-01;;0;\n";
}

struct Fixture {
    Cli cli;
    QString db = cli.file(QStringLiteral("demo.db"));
    QByteArray keyHex, settings;
    QString siret;
    int year = QDate::currentDate().year();

    Fixture()
    {
        const auto demo = cli.demo(db, 80);
        if (demo.exitCode != 0)
            qFatal("demo failed: %s", demo.err.constData());
        const auto key = cli.as(db, QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("show")});
        keyHex = key.out.trimmed();
        settings = key.err;
        // An establishment of the planner's team: the first whose dry run is allowed.
        Cli::writeFile(cli.file(QStringLiteral("probe.csv")), Header + goodRows(year));
        const auto list = cli.as(db, QStringLiteral("planif"), {QStringLiteral("establishment"), QStringLiteral("list"),
                                                               QStringLiteral("--limit"), QStringLiteral("30")});
        for (const QByteArray& line : list.out.split('\n')) {
            const QString s = QString::fromUtf8(line.split('\t').first());
            if (s.isEmpty())
                continue;
            if (import(s, QStringLiteral("probe.csv"), true).exitCode == 0) {
                siret = s;
                break;
            }
        }
        if (siret.isEmpty())
            qFatal("no establishment of team A in the demo");
    }
    vigie::test::ProcessResult import(const QString& s, const QString& file, bool dryRun, const QString& user = QStringLiteral("planif"),
                                      const QString& y = {})
    {
        QStringList args{QStringLiteral("declaration"), QStringLiteral("import"), QStringLiteral("--establishment"), s,
                         QStringLiteral("--year"), y.isEmpty() ? QString::number(year) : y, cli.file(file)};
        if (dryRun)
            args << QStringLiteral("--dry-run");
        return cli.as(db, user, args);
    }
    QByteArray counts()
    {
        return Cli::lastLine(Cli::shell(db, keyHex, settings,
                          "SELECT (SELECT count(*) FROM workers) || ' ' || (SELECT count(*) FROM employments) || ' ' || "
                          "(SELECT count(*) FROM employment_exposures) || ' ' || (SELECT count(*) FROM workforce_declarations) "
                          "|| ' ' || (SELECT coalesce(sum(json_array_length(lines)), 0) FROM workforce_declarations) || ' ' || "
                          "(SELECT count(*) FROM visit_requests) "
                          "|| ' ' || (SELECT count(*) FROM _outbox);")
                                 .out);
    }
};
} // namespace

TEST_CASE("declaration import: refused files, dry runs, an accepted declaration, exit codes")
{
    Fixture f;
    const QByteArray before = f.counts();
    REQUIRE_FALSE(before.isEmpty());
    INFO(before.toStdString());

    SECTION("a file with errors: exit 1, every error by line and column, nothing written; the dry run says the same")
    {
        const QByteArray y = QByteArray::number(f.year);
        Cli::writeFile(f.cli.file(QStringLiteral("bad.csv")),
                       Header + goodRows(f.year) +
                           "Bernard;Luc;31/02/1990;M;;Chauffeur;CDI;" + y + "-01-05;;0;\n"          // line 5
                           ";Ana;1990-01-01;X;;Agent;CDX;;;0;CHIM.INCONNU\n"                         // line 6
                           "Simon;Eva;1991-02-02;F;;Vendeuse;CDI;" + y + "-03-01\n");                 // line 7
        const auto real = f.import(f.siret, QStringLiteral("bad.csv"), false);
        CHECK(real.exitCode == 1);
        CHECK(real.out.isEmpty());
        const QList<QByteArray> lines = real.err.trimmed().split('\n');
        INFO(real.err.toStdString());
        REQUIRE(lines.size() == 8);
        CHECK(lines[0].startsWith("bad.csv:5: birth_date: "));
        CHECK(lines[0].contains("31/02/1990"));
        CHECK(lines[1].startsWith("bad.csv:6: birth_name: "));
        CHECK(lines[2].startsWith("bad.csv:6: sex: "));
        CHECK(lines[3].startsWith("bad.csv:6: contract_type: "));
        CHECK(lines[3].contains("CDX"));
        CHECK(lines[4].startsWith("bad.csv:6: start_date: "));
        CHECK(lines[5].startsWith("bad.csv:6: exposures: "));
        CHECK(lines[5].contains("CHIM.INCONNU"));
        CHECK(lines[6].startsWith("bad.csv:7: "));
        CHECK(lines[7].startsWith("vigie-cli: "));
        CHECK(lines[7].contains("bad.csv"));
        CHECK(f.counts() == before);

        const auto dry = f.import(f.siret, QStringLiteral("bad.csv"), true);
        CHECK(dry.exitCode == 1);
        CHECK(dry.out.isEmpty());
        CHECK(dry.err == real.err);
        CHECK(f.counts() == before);
    }

    SECTION("a good file: the dry run writes nothing, the import records it and prints the summary")
    {
        Cli::writeFile(f.cli.file(QStringLiteral("good.csv")), Header + goodRows(f.year));
        const auto dry = f.import(f.siret, QStringLiteral("good.csv"), true);
        CHECK(dry.exitCode == 0);
        CHECK(dry.out.startsWith("status\tdry-run\n"));
        CHECK(f.counts() == before);

        const auto real = f.import(f.siret, QStringLiteral("good.csv"), false);
        INFO(real.err.toStdString());
        REQUIRE(real.exitCode == 0);
        CHECK(real.out.startsWith("status\taccepted\nestablishment\t" + f.siret.toUtf8() + "\t"));
        for (const char* expected : {"\nlines\t3\n", "\nworkers\t3\n", "\nSI\t1\n", "\nSIA\t1\n", "\nSIR\t1\n", "\narrivals\t2\n",
                                     "\nvisit_requests\t2\n", "\nnew_workers\t3\n"})
            CHECK(real.out.contains(expected));
        // The dry run announced the same figures, status and declaration lines aside.
        const QList<QByteArray> dryLines = dry.out.split('\n');
        for (const QByteArray& l : dryLines)
            if (!l.startsWith("status") && !l.isEmpty())
                CHECK(real.out.contains(l + '\n'));
        const QList<QByteArray> after = f.counts().split(' ');
        const QList<QByteArray> was = before.split(' ');
        CHECK(after[0].toInt() == was[0].toInt() + 3);  // workers
        CHECK(after[3].toInt() == was[3].toInt() + 1);  // declarations
        CHECK(after[5].toInt() == was[5].toInt() + 2);  // visit requests
        CHECK(after[6].toInt() > was[6].toInt());       // captured for synchronisation

        // Declared again: the same people are recognised, nothing is duplicated.
        const auto again = f.import(f.siret, QStringLiteral("good.csv"), false);
        REQUIRE(again.exitCode == 0);
        CHECK(again.out.contains("\nknown_workers\t3\n"));
        CHECK(again.out.contains("\nvisit_requests\t0\n"));
        CHECK(f.counts().split(' ')[0] == after[0]);
    }

    SECTION("exit codes: denied 3 (audited), usage 2, invalid 1")
    {
        Cli::writeFile(f.cli.file(QStringLiteral("good.csv")), Header + goodRows(f.year));
        const QByteArray deniedSql = "SELECT count(*) FROM _audit WHERE resource = 'workforce.declaration' AND outcome = 'denied' "
                                     "AND account = 'directeur';";
        CHECK(Cli::lastLine(Cli::shell(f.db, f.keyHex, f.settings, deniedSql).out) == "0");
        CHECK(f.import(f.siret, QStringLiteral("good.csv"), false, QStringLiteral("directeur")).exitCode == 3);
        CHECK(Cli::lastLine(Cli::shell(f.db, f.keyHex, f.settings, deniedSql).out) == "1");
        CHECK(f.import(f.siret, QStringLiteral("good.csv"), false, QStringLiteral("planif"), QStringLiteral("1999")).exitCode == 2);
        CHECK(f.import(f.siret, QStringLiteral("good.csv"), false, QStringLiteral("planif"), QStringLiteral("deux")).exitCode == 2);
        const auto noYear = f.cli.as(f.db, QStringLiteral("planif"),
                                     {QStringLiteral("declaration"), QStringLiteral("import"), QStringLiteral("--establishment"),
                                      f.siret, f.cli.file(QStringLiteral("good.csv"))});
        CHECK(noYear.exitCode == 2);
        const auto unknownOption = f.cli.as(f.db, QStringLiteral("planif"),
                                            {QStringLiteral("declaration"), QStringLiteral("import"), QStringLiteral("--establishment"),
                                             f.siret, QStringLiteral("--year"), QString::number(f.year), QStringLiteral("--force"),
                                             f.cli.file(QStringLiteral("good.csv"))});
        CHECK(unknownOption.exitCode == 2);
        QString badKey = f.siret;
        badKey[13] = QChar(u'0' + (badKey[13].digitValue() + 1) % 10);
        const auto bad = f.import(badKey, QStringLiteral("good.csv"), false);
        CHECK(bad.exitCode == 1);
        CHECK(bad.err.contains(badKey.toUtf8()));
        CHECK(bad.err.trimmed().split('\n').size() == 1);
        CHECK(f.import(f.siret, QStringLiteral("missing.csv"), false).exitCode == 1);
        CHECK(f.counts() == before);
    }
}
