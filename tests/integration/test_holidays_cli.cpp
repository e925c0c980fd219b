// vigie-cli holidays --year YYYY [--region R] (cli-contract.md): exact output, exit codes, and no
// database touched.
#include "CliFixture.h"
#include "catch_qt.h"

#include <QDate>

using namespace vigie;
using test::Cli;

namespace {
QStringList holidaysArgs(const QString& year, const QString& region = {})
{
    QStringList args{QStringLiteral("holidays"), QStringLiteral("--year"), year};
    if (!region.isNull())
        args << QStringLiteral("--region") << region;
    return args;
}
} // namespace

TEST_CASE("holidays --year 2026 prints the 11 national holidays as YYYY-MM-DD<TAB>Name, sorted")
{
    Cli cli;
    const auto r = cli.run(holidaysArgs(QStringLiteral("2026")));
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(QString::fromUtf8(r.out) == QStringLiteral("2026-01-01\tJour de l’an\n"
                                                     "2026-04-06\tLundi de Pâques\n"
                                                     "2026-05-01\tFête du Travail\n"
                                                     "2026-05-08\tVictoire 1945\n"
                                                     "2026-05-14\tAscension\n"
                                                     "2026-05-25\tLundi de Pentecôte\n"
                                                     "2026-07-14\tFête nationale\n"
                                                     "2026-08-15\tAssomption\n"
                                                     "2026-11-01\tToussaint\n"
                                                     "2026-11-11\tArmistice 1918\n"
                                                     "2026-12-25\tNoël\n"));
    // metropole is the default region
    const auto explicitRegion = cli.run(holidaysArgs(QStringLiteral("2026"), QStringLiteral("metropole")));
    CHECK(explicitRegion.exitCode == 0);
    CHECK(explicitRegion.out == r.out);
}

TEST_CASE("holidays --region alsace-moselle adds Vendredi saint and Saint-Étienne")
{
    Cli cli;
    const auto r = cli.run(holidaysArgs(QStringLiteral("2026"), QStringLiteral("alsace-moselle")));
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(QString::fromUtf8(r.out) == QStringLiteral("2026-01-01\tJour de l’an\n"
                                                     "2026-04-03\tVendredi saint\n"
                                                     "2026-04-06\tLundi de Pâques\n"
                                                     "2026-05-01\tFête du Travail\n"
                                                     "2026-05-08\tVictoire 1945\n"
                                                     "2026-05-14\tAscension\n"
                                                     "2026-05-25\tLundi de Pentecôte\n"
                                                     "2026-07-14\tFête nationale\n"
                                                     "2026-08-15\tAssomption\n"
                                                     "2026-11-01\tToussaint\n"
                                                     "2026-11-11\tArmistice 1918\n"
                                                     "2026-12-25\tNoël\n"
                                                     "2026-12-26\tSaint-Étienne\n"));
}

TEST_CASE("holidays: every region gives sorted, distinct dates of the year, with its abolition day")
{
    Cli cli;
    const struct {
        const char* region;
        const char* line;
    } rows[] = {
        {"guadeloupe", "2030-05-27\tAbolition de l’esclavage"},
        {"martinique", "2030-05-22\tAbolition de l’esclavage"},
        // Lundi de Pentecôte falls on 10 June in 2030: one line, both names.
        {"guyane", "2030-06-10\tLundi de Pentecôte / Abolition de l’esclavage"},
        {"reunion", "2030-12-20\tAbolition de l’esclavage"},
        {"mayotte", "2030-04-27\tAbolition de l’esclavage"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.region);
        const auto r = cli.run(holidaysArgs(QStringLiteral("2030"), QString::fromUtf8(row.region)));
        REQUIRE(r.exitCode == 0);
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        CHECK(lines.contains(QString::fromUtf8(row.line)));
        QDate previous;
        for (const QString& line : lines) {
            CAPTURE(line);
            const QStringList parts = line.split(QLatin1Char('\t'));
            REQUIRE(parts.size() == 2);
            const QDate d = QDate::fromString(parts.at(0), Qt::ISODate);
            CHECK(d.year() == 2030);
            CHECK(d > previous);
            CHECK_FALSE(parts.at(1).isEmpty());
            previous = d;
        }
    }
}

TEST_CASE("holidays: invalid values exit 1 naming the value, misuse exits 2, no database is opened")
{
    Cli cli;
    const QString db = cli.file(QStringLiteral("none.db"));
    const struct {
        QStringList args;
        int exitCode;
        const char* named;
    } rows[] = {
        {holidaysArgs(QStringLiteral("abc")), 1, "abc"},
        {holidaysArgs(QStringLiteral("20x6")), 1, "20x6"},
        {holidaysArgs(QStringLiteral("1950")), 1, "1950"}, // before the rules in force (décret n° 83-1003)
        {holidaysArgs(QStringLiteral("10000")), 1, "10000"},
        {holidaysArgs(QStringLiteral("2026"), QStringLiteral("atlantide")), 1, "atlantide"},
        {holidaysArgs(QStringLiteral("2026"), QStringLiteral("Metropole")), 1, "Metropole"},
        {{QStringLiteral("holidays")}, 2, ""},
        {{QStringLiteral("holidays"), QStringLiteral("--region"), QStringLiteral("guyane")}, 2, ""},
        {{QStringLiteral("holidays"), QStringLiteral("2026")}, 2, ""},
        {{QStringLiteral("holidays"), QStringLiteral("--year")}, 2, "--year"},
        {holidaysArgs(QStringLiteral("2026")) << QStringLiteral("--country") << QStringLiteral("fr"), 2, "--country"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.args);
        const auto r = cli.run(QStringList{QStringLiteral("--db"), db} + row.args);
        CHECK(r.exitCode == row.exitCode);
        CHECK(r.out.isEmpty());
        // One line on stderr, naming the offending value.
        CHECK(r.err.endsWith('\n'));
        CHECK(r.err.count('\n') == 1);
        CHECK(QString::fromUtf8(r.err).contains(QString::fromUtf8(row.named)));
    }
    CHECK_FALSE(QFile::exists(db));
}
