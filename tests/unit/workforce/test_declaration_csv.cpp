// The declaration file and its checks (Declaration.h): pure code, no database.
#include "catch_qt.h"

#include "workforce/Declaration.h"

using namespace vigie::workforce;

namespace {
Catalog catalog()
{
    Catalog c;
    for (const char* t : {"CDI", "CDD", "APPRENTICE", "INTERIM"})
        c.contractTypes.insert(QString::fromLatin1(t));
    ExposureInfo asbestos;
    asbestos.code = QStringLiteral("CHIM.AMIANTE");
    asbestos.label = QStringLiteral("Amiante (fibres)");
    asbestos.sirRisk = vigie::scheduling::SirRisk::Asbestos;
    asbestos.sirLabel = QStringLiteral("Amiante");
    asbestos.sirBasis = QString::fromUtf8("R4624-23 I 1°");
    c.exposures.insert(asbestos.code, asbestos);
    ExposureInfo family;
    family.code = QStringLiteral("CHIM");
    family.label = QStringLiteral("Agents chimiques");
    family.selectable = false;
    c.exposures.insert(family.code, family);
    ExposureInfo noise;
    noise.code = QStringLiteral("PHYS.BRUIT");
    noise.label = QStringLiteral("Bruit");
    c.exposures.insert(noise.code, noise);
    return c;
}

RawLine line(std::initializer_list<std::pair<Column, const char*>> values)
{
    RawLine l;
    l.line = 2;
    l.set(Column::BirthName, QStringLiteral("Durand"));
    l.set(Column::FirstNames, QStringLiteral("Paul Marc"));
    l.set(Column::BirthDate, QStringLiteral("1975-11-30"));
    l.set(Column::Sex, QStringLiteral("M"));
    l.set(Column::PostTitle, QStringLiteral("Comptable"));
    l.set(Column::ContractType, QStringLiteral("CDI"));
    l.set(Column::StartDate, QStringLiteral("2020-03-01"));
    for (const auto& [c, v] : values)
        l.set(c, QString::fromUtf8(v));
    return l;
}

QStringList columnsOf(const QList<Problem>& problems, Severity severity)
{
    QStringList out;
    for (const Problem& p : problems)
        if (p.severity == severity)
            out << p.column;
    return out;
}

const QDate Today(2026, 11, 24);
} // namespace

TEST_CASE("the CSV file: semicolons or commas, BOM, quotes, any column order, names case-insensitive")
{
    const QByteArray semicolons = "\xEF\xBB\xBF" "BIRTH_NAME;first_names;Birth_Date;sex;post_title;contract_type;start_date\r\n"
                                  "\"Le Gall; dit \"\"Pierrot\"\"\";Pierre;01/02/1990;M;Cariste;CDI;2024-05-01\r\n"
                                  "\r\n"
                                  "Martin;Jean;1999-07-01;M;\"Chef\nd'équipe\";CDD;2026-02-01\r\n";
    const CsvDeclaration a = readDeclarationCsv(semicolons);
    REQUIRE(a.problems.isEmpty());
    REQUIRE(a.lines.size() == 2);
    CHECK(a.lines[0].line == 2);
    CHECK(a.lines[0].value(Column::BirthName) == QStringLiteral("Le Gall; dit \"Pierrot\""));
    CHECK(a.lines[1].line == 4); // the blank line 3 is skipped, numbers are the editor's
    CHECK(a.lines[1].value(Column::PostTitle) == QString::fromUtf8("Chef\nd'équipe"));

    const QByteArray commas = "post_title,start_date,contract_type,sex,birth_date,first_names,birth_name,exposures\n"
                              "Soudeur,2024-01-15,CDI,F,1980-03-12,Marie,Lefèvre,\"CHIM.AMIANTE;PHYS.BRUIT\"\n";
    const CsvDeclaration b = readDeclarationCsv(commas);
    REQUIRE(b.problems.isEmpty());
    REQUIRE(b.lines.size() == 1);
    CHECK(b.lines[0].value(Column::BirthName) == QString::fromUtf8("Lefèvre"));
    CHECK(exposureCodesOf(b.lines[0].value(Column::Exposures)) == QStringList{QStringLiteral("CHIM.AMIANTE"), QStringLiteral("PHYS.BRUIT")});
    CHECK(exposureCodesOf(QStringLiteral(" chim.amiante | phys.bruit,CHIM.AMIANTE ")) ==
          QStringList{QStringLiteral("CHIM.AMIANTE"), QStringLiteral("PHYS.BRUIT")});
}

TEST_CASE("the CSV file: every structural error is reported with its line, and the rest is still read")
{
    SECTION("unknown, duplicated and missing columns")
    {
        const CsvDeclaration r = readDeclarationCsv("birth_name;first_names;colour;sex;sex;post_title;contract_type\nA;B;C;D;E;F;G\n");
        QStringList columns;
        for (const Problem& p : r.problems) {
            CHECK(p.line == 1);
            columns << p.column;
        }
        // Sorted by column order, unknown columns last.
        CHECK(columns == QStringList{QStringLiteral("birth_date"), QStringLiteral("sex"), QStringLiteral("start_date"),
                                     QStringLiteral("colour")});
        CHECK(r.lines.isEmpty());
    }
    SECTION("field counts and quotes, line by line")
    {
        const CsvDeclaration r = readDeclarationCsv(
            "birth_name;first_names;birth_date;sex;post_title;contract_type;start_date\n"
            "Durand;Paul;1975-11-30;M;Comptable;CDI;2020-03-01\n"
            "Martin;Jean;1999-07-01;M;Cariste;CDD\n"
            "Pe\"tit;Léa;2009-05-10;F;Apprentie;APPRENTICE;2026-09-01\n"
            "Roux;Anne;1988-04-04;F;Cadre;CDI;2020-01-01\n");
        REQUIRE(r.problems.size() == 2);
        CHECK(r.problems[0].line == 3);
        CHECK(r.problems[0].message.contains(QStringLiteral("6 fields where the header has 7")));
        CHECK(r.problems[1].line == 4);
        REQUIRE(r.lines.size() == 2);
        CHECK(r.lines[1].line == 5);
    }
    SECTION("not UTF-8, empty file, header alone")
    {
        CHECK(readDeclarationCsv("birth_name;first_names\nLef\xe8vre;Marie\n").problems.first().line == 2);
        CHECK_FALSE(readDeclarationCsv("").problems.isEmpty());
        CHECK_FALSE(readDeclarationCsv("birth_name;first_names;birth_date;sex;post_title;contract_type;start_date\n").problems.isEmpty());
    }
}

TEST_CASE("a line's checks name the column and the value")
{
    const Catalog c = catalog();
    SECTION("a good line has no error")
    {
        const LineCheck ok = checkLine(line({}), c, 2026, Today);
        CHECK(ok.ok());
        CHECK(ok.identityOk);
        CHECK(ok.line.identity.firstBirthFirstName() == QStringLiteral("Paul"));
        CHECK(ok.line.followUp.category == Category::Si);
    }
    SECTION("every bad value is reported, one problem per column")
    {
        const LineCheck bad = checkLine(line({{Column::BirthName, ""},
                                              {Column::BirthDate, "31/02/1990"},
                                              {Column::Sex, "X"},
                                              {Column::Nir, "185057800608436"},
                                              {Column::ContractType, "CDX"},
                                              {Column::StartDate, "2027-01-02"},
                                              {Column::NightWork, "peut-être"},
                                              {Column::Exposures, "CHIM;CHIM.INCONNU"},
                                              {Column::IdentityChoice, "someone"}}),
                                        c, 2026, Today);
        CHECK_FALSE(bad.ok());
        CHECK_FALSE(bad.identityOk);
        const QStringList errors = columnsOf(bad.problems, Severity::Error);
        for (const char* col : {"birth_name", "birth_date", "sex", "nir", "contract_type", "start_date", "night_work",
                                "exposures", "identity"})
            CHECK(errors.contains(QString::fromLatin1(col)));
        CHECK(errors.count(QStringLiteral("exposures")) == 2);
        for (const Problem& p : bad.problems) {
            CHECK(p.line == 2);
            if (p.column == QLatin1String("birth_date"))
                CHECK(p.message.contains(QStringLiteral("31/02/1990")));
            if (p.column == QLatin1String("contract_type"))
                CHECK(p.message.contains(QStringLiteral("CDX")));
            if (p.column == QLatin1String("start_date"))
                CHECK(p.message.contains(QStringLiteral("after the declared year 2026")));
        }
    }
    SECTION("dates against each other and against the year")
    {
        CHECK(columnsOf(checkLine(line({{Column::EndDate, "2019-01-01"}}), c, 2026, Today).problems, Severity::Error) ==
              QStringList{QStringLiteral("end_date")});
        CHECK(columnsOf(checkLine(line({{Column::EndDate, "2025-12-31"}}), c, 2026, Today).problems, Severity::Error) ==
              QStringList{QStringLiteral("end_date")});
        CHECK(checkLine(line({{Column::EndDate, "2026-01-01"}}), c, 2026, Today).ok());
        CHECK(columnsOf(checkLine(line({{Column::StartDate, "1970-01-01"}}), c, 2026, Today).problems, Severity::Error) ==
              QStringList{QStringLiteral("start_date")});
        CHECK(columnsOf(checkLine(line({{Column::BirthDate, "2030-01-01"}}), c, 2026, Today).problems, Severity::Error)
                  .contains(QStringLiteral("birth_date")));
    }
    SECTION("a NIR that does not match the sex is refused")
    {
        const LineCheck l = checkLine(line({{Column::Nir, "1 85 05 78 006 084 91"}, {Column::Sex, "F"}}), c, 2026, Today);
        CHECK(columnsOf(l.problems, Severity::Error) == QStringList{QStringLiteral("nir")});
        CHECK(checkLine(line({{Column::Nir, "1 85 05 78 006 084 91"}, {Column::BirthDate, "02/05/1985"}}), c, 2026, Today).ok());
    }
}

TEST_CASE("guidance as you type: a risk implying SIR, a minor on a night post, a missing start date")
{
    const Catalog c = catalog();
    const LineCheck sir = checkLine(line({{Column::Exposures, "chim.amiante;PHYS.BRUIT"}}), c, 2026, Today);
    CHECK(sir.ok());
    CHECK(sir.line.followUp.category == Category::Sir);
    REQUIRE(columnsOf(sir.problems, Severity::Info) == QStringList{QStringLiteral("exposures")});
    // The exposure by its label, never its internal code (issue 19 item 4).
    CHECK(sir.problems.first().message.contains(QStringLiteral("Amiante (fibres)")));
    CHECK_FALSE(sir.problems.first().message.contains(QStringLiteral("CHIM.AMIANTE")));
    CHECK(sir.problems.first().message.contains(QStringLiteral("SIR")));

    const LineCheck minorNight = checkLine(line({{Column::BirthDate, "10/05/2009"}, {Column::StartDate, "2026-09-01"},
                                                 {Column::NightWork, "oui"}}),
                                           c, 2026, Today);
    CHECK(minorNight.ok()); // guidance, not an error
    CHECK(columnsOf(minorNight.problems, Severity::Warning) == QStringList{QStringLiteral("night_work")});
    CHECK(minorNight.line.followUp.category == Category::Sia);
    CHECK(checkLine(line({{Column::NightWork, "1"}}), c, 2026, Today).problems.isEmpty());

    const LineCheck noStart = checkLine(line({{Column::StartDate, ""}}), c, 2026, Today);
    REQUIRE(columnsOf(noStart.problems, Severity::Error) == QStringList{QStringLiteral("start_date")});
    CHECK(noStart.problems.first().message.contains(QStringLiteral("start date is missing")));
    CHECK(noStart.identityOk); // the identity can still be looked up while the post is being typed

    const LineCheck apprentice = checkLine(line({{Column::ContractType, "apprentice"}}), c, 2026, Today);
    CHECK(apprentice.line.apprentice);
}

TEST_CASE("values: dates in two forms, yes/no in French or English")
{
    CHECK(parseDeclaredDate(QStringLiteral("2026-03-01")) == QDate(2026, 3, 1));
    CHECK(parseDeclaredDate(QStringLiteral("1/3/2026")) == QDate(2026, 3, 1));
    CHECK_FALSE(parseDeclaredDate(QStringLiteral("2026-02-30")).isValid());
    CHECK_FALSE(parseDeclaredDate(QStringLiteral("03-01-2026")).isValid());
    CHECK(parseDeclaredFlag(QStringLiteral("Oui")) == true);
    CHECK(parseDeclaredFlag(QStringLiteral("x")) == true);
    CHECK(parseDeclaredFlag(QString()) == false);
    CHECK(parseDeclaredFlag(QStringLiteral("NON")) == false);
    CHECK_FALSE(parseDeclaredFlag(QStringLiteral("2")).has_value());
}

TEST_CASE("problems are sorted by line, then by column order")
{
    QList<Problem> p{{3, QStringLiteral("sex"), Severity::Error, {}},
                     {2, QStringLiteral("start_date"), Severity::Warning, {}},
                     {2, QStringLiteral("birth_name"), Severity::Error, {}},
                     {0, {}, Severity::Error, {}},
                     {2, QStringLiteral("start_date"), Severity::Error, {}}};
    sortProblems(p);
    CHECK(p[0].line == 0);
    CHECK(p[1].column == QStringLiteral("birth_name"));
    CHECK(p[2].column == QStringLiteral("start_date"));
    CHECK(p[2].severity == Severity::Error);
    CHECK(p[4].line == 3);
}

TEST_CASE("distribution and difference with the previous year")
{
    const QHash<QString, Category> previous{{QStringLiteral("a"), Category::Si}, {QStringLiteral("b"), Category::Sia},
                                            {QStringLiteral("c"), Category::Sir}};
    const QHash<QString, Category> current{{QStringLiteral("a"), Category::Si}, {QStringLiteral("b"), Category::Sir},
                                           {QStringLiteral("d"), Category::Si}, {QStringLiteral("e"), Category::Sia}};
    const Distribution d = distributionOf(current);
    CHECK(d.si == 2);
    CHECK(d.sia == 1);
    CHECK(d.sir == 1);
    CHECK(d.total() == 4);
    const YearDiff diff = diffYears(previous, true, current, {}, 2026);
    REQUIRE(diff.arrivals.size() == 2);
    CHECK(diff.arrivals[0].workerId == QStringLiteral("d"));
    CHECK(diff.arrivals[1].workerId == QStringLiteral("e"));
    REQUIRE(diff.departures.size() == 1);
    CHECK(diff.departures[0].workerId == QStringLiteral("c"));
    REQUIRE(diff.changes.size() == 1);
    CHECK(diff.changes[0].workerId == QStringLiteral("b"));
    CHECK(diff.changes[0].before == Category::Sia);
    CHECK(diff.changes[0].after == Category::Sir);

    // Without a previous declaration: arrivals are those who started in the year.
    const QHash<QString, QDate> starts{{QStringLiteral("a"), QDate(2015, 1, 1)}, {QStringLiteral("b"), QDate(2026, 2, 1)},
                                       {QStringLiteral("d"), QDate(2025, 12, 31)}, {QStringLiteral("e"), QDate(2026, 12, 1)}};
    const YearDiff first = diffYears({}, false, current, starts, 2026);
    CHECK_FALSE(first.hasPrevious);
    REQUIRE(first.arrivals.size() == 2);
    CHECK(first.arrivals[0].workerId == QStringLiteral("b"));
    CHECK(first.departures.isEmpty());
    CHECK(first.changes.isEmpty());
}
