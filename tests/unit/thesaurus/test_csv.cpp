// The code-system file format (CodeSystem.h): RFC 4180 reading, the checks, and the line number of
// the first error — a person must be able to open the file at that line and see the fault.
#include "catch_qt.h"

#include "thesaurus/CodeSystem.h"
#include "thesaurus/Csv.h"

using namespace vigie::thesaurus;


TEST_CASE("CSV: quotes, doubled quotes, line breaks in fields, CRLF, BOM and blank lines")
{
    const CsvTable t = parseCsv("\xEF\xBB\xBF" "a,b\r\n"
                                "1,\"x, y\"\r\n"
                                "\r\n"
                                "2,\"say \"\"hi\"\"\"\n"
                                "3,\"two\nlines\"\n"
                                "4,last");
    REQUIRE(t.ok());
    REQUIRE(t.records.size() == 5);
    CHECK(t.records[0].fields == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(t.records[1].fields.at(1) == QStringLiteral("x, y"));
    CHECK(t.records[2].line == 4); // the blank line 3 is skipped, lines still count
    CHECK(t.records[2].fields.at(1) == QStringLiteral("say \"hi\""));
    CHECK(t.records[3].fields.at(1) == QStringLiteral("two\nlines"));
    CHECK(t.records[3].line == 5);
    CHECK(t.records[4].line == 7);
    CHECK(t.records[4].fields.at(1) == QStringLiteral("last"));
}

TEST_CASE("CSV errors name the line: stray quote, unclosed quote, text after a quote, bad UTF-8")
{
    CsvTable t = parseCsv("a,b\n1,x\"y\n");
    CHECK(t.errorLine == 2);
    t = parseCsv("a,b\n1,x\n2,\"open\n3,z\n");
    CHECK(t.errorLine == 3);
    t = parseCsv("a,b\n1,\"x\"y\n");
    CHECK(t.errorLine == 2);
    t = parseCsv("a,b\n1,ok\n2,caf\xE9\n");
    CHECK(t.errorLine == 3);
    CHECK(t.error.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("a valid file: known columns, attributes, flags, dates, order kept")
{
    const ParsedCodeSystem p = parseCodeSystem(
        "code,parent,level,label_fr,label_en,flags,keywords,valid_from,valid_to,sir_risk\n"
        "F,,family,Famille,Family,abstract,,,,\n"
        "F.1,F,agent,\"Agent un, premier\",Agent one,cmr,\"mot clef\",2024-01-01,2030-12-31,CMR\n"
        "F.2,F,agent,Agent deux,,,,,,\n");
    REQUIRE(p.ok());
    REQUIRE(p.file.entries.size() == 3);
    CHECK_FALSE(p.file.entries[0].selectable());
    const CodeEntry& e = p.file.entries[1];
    CHECK(e.parent == QStringLiteral("F"));
    CHECK(e.labelFr == QStringLiteral("Agent un, premier"));
    CHECK(e.flags == QStringList{QStringLiteral("cmr")});
    CHECK(e.keywords == QStringLiteral("mot clef"));
    CHECK(e.validFrom == QDate(2024, 1, 1));
    CHECK(e.validTo == QDate(2030, 12, 31));
    CHECK(e.attributes.value(QStringLiteral("sir_risk")) == QStringLiteral("CMR"));
    CHECK(p.file.entries[2].attributes.isEmpty());
    CHECK(e.line == 3);
    CHECK(p.file.sha256.size() == 64);
}

TEST_CASE("a bad file is refused at the first faulty line, with the reason")
{
    struct Case {
        const char* text;
        int line;
        const char* reasonPart;
    };
    const Case cases[] = {
        {"", 1, "empty"},
        {"label_fr\nx\n", 1, "\"code\""},
        {"code,code,label_fr\n", 1, "twice"},
        {"code,label_fr\n", 2, "no code"},
        {"code,label_fr\nA,Un\nB\n", 3, "1 fields"},
        {"code,label_fr\nA,Un\n,Deux\n", 3, "empty"},
        {"code,label_fr\nA,Un\nB,Deux\nA,Encore\n", 4, "line 2"},
        {"code,label_fr\nA,Un\nB,\n", 3, "French label"},
        {"code,parent,label_fr\nA,,Un\nB,Z,Deux\n", 3, "\"Z\""},
        {"code,parent,label_fr\nA,B,Un\nB,A,Deux\n", 2, "cycle"},
        {"code,parent,label_fr\nA,A,Un\n", 2, "own parent"},
        {"code,label_fr,valid_from\nA,Un,2024-02-30\n", 2, "YYYY-MM-DD"},
        {"code,label_fr,valid_from,valid_to\nA,Un,2025-01-01,2024-01-01\n", 2, "before"},
        {"code,label_fr,flags\nA,Un,ok bad!\n", 2, "bad!"},
        {"code,label_fr\n--,Tirets\n", 2, "no letter"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const ParsedCodeSystem p = parseCodeSystem(QByteArray(c.text));
        CHECK_FALSE(p.ok());
        CHECK(p.errorLine == c.line);
        INFO(p.error.toStdString());
        CHECK(p.error.contains(QString::fromUtf8(c.reasonPart)));
        CHECK(p.file.entries.isEmpty());
    }
}

TEST_CASE("code keys ignore dots, spaces and case, system ids and versions are checked")
{
    CHECK(codeKey(QStringLiteral("62.01Z")) == QStringLiteral("6201z"));
    CHECK(codeKey(QStringLiteral(" 62 01 z ")) == QStringLiteral("6201z"));
    CHECK(codeKey(QStringLiteral("CHIM.CMR.BENZENE")) == QStringLiteral("chimcmrbenzene"));
    CHECK(isValidSystemId(QStringLiteral("pcs_ese_2017")));
    CHECK_FALSE(isValidSystemId(QStringLiteral("PCS")));
    CHECK_FALSE(isValidSystemId(QStringLiteral("a")));
    CHECK_FALSE(isValidSystemId(QStringLiteral("1pcs")));
    CHECK_FALSE(isValidSystemId(QStringLiteral("pcs;drop")));
    CHECK(isValidVersion(QStringLiteral("2017-v2")));
    CHECK_FALSE(isValidVersion(QStringLiteral(" v2")));
    CHECK_FALSE(isValidVersion(QString()));
    CHECK_FALSE(isValidVersion(QString(33, QLatin1Char('x'))));
}
