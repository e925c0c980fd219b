// `vigie-cli rules due` (rules-contract.md, cli-contract.md): JSON on stdout in the contract's shape,
// --today overriding the input's date, and on any error nothing on stdout, a one-line message on
// stderr naming the field, and the contract's exit code (1 invalid input, 2 usage).
#include "CliFixture.h"
#include "catch_qt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vigie;
using test::Cli;

namespace {

// The example input of rules-contract.md.
const QByteArray ContractExample = R"({
  "today": "2026-11-23",
  "workers": [
    {
      "id": "w1",
      "birth_date": "1981-04-02",
      "flags": ["RQTH"],
      "employments": [
        {
          "id": "e1",
          "start": "2026-09-01",
          "end": null,
          "apprentice": false,
          "night_worker": false,
          "sir_risks": ["ASBESTOS"],
          "exposure_end": null
        }
      ],
      "visits": [ { "date": "2024-05-03", "kind": "VIP", "employment": "e1" } ],
      "absences": [ { "start": "2026-01-10", "end": "2026-04-01", "cause": "ILLNESS" } ]
    }
  ]
})";

struct RulesCli : Cli {
    test::ProcessResult due(const QByteArray& input, const QStringList& extra = {})
    {
        const QString path = file(QStringLiteral("input-%1.json").arg(++count));
        writeFile(path, input);
        return run(QStringList{QStringLiteral("rules"), QStringLiteral("due"), QStringLiteral("--input"), path} + extra);
    }
    int count = 0;
};

QJsonArray dueOf(const test::ProcessResult& r)
{
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("due")).toArray();
}

} // namespace

TEST_CASE("rules due prints the contract's JSON for the contract's example, byte for byte")
{
    RulesCli cli;
    const auto r = cli.due(ContractExample);
    CHECK(r.err.isEmpty());
    REQUIRE(r.exitCode == 0);
    // The absence (82 days of illness) calls for a RETURN with no employment active on 2026-04-02; the
    // RQTH worker's SIR post needs its EMA before assignment (the VIP of 2024 does not satisfy an SIR
    // post); the worker turns 45 in 2026, so the mid-career window opened on 2024-01-01.
    const QByteArray expected = R"({
  "today": "2026-11-23",
  "due": [
    {
      "worker": "w1",
      "employment": null,
      "kind": "RETURN",
      "earliest": "2026-04-02",
      "latest": "2026-04-10",
      "performer": "HEALTH_PRO",
      "overdue": true,
      "basis": "R4624-31"
    },
    {
      "worker": "w1",
      "employment": "e1",
      "kind": "EMA",
      "earliest": null,
      "latest": "2026-09-01",
      "performer": "MT",
      "overdue": true,
      "basis": "R4624-24"
    },
    {
      "worker": "w1",
      "employment": null,
      "kind": "MID_CAREER",
      "earliest": "2024-01-01",
      "latest": "2026-12-31",
      "performer": "HEALTH_PRO",
      "overdue": false,
      "basis": "L4624-2-2"
    }
  ]
}
)";
    CHECK(r.out == expected);
    QJsonParseError error;
    QJsonDocument::fromJson(r.out, &error);
    CHECK(error.error == QJsonParseError::NoError);
}

TEST_CASE("rules due: --today overrides the input's today, or stands in for it")
{
    RulesCli cli;
    const auto r = cli.due(ContractExample, {QStringLiteral("--today"), QStringLiteral("2026-09-01")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    CHECK(root.value(QStringLiteral("today")).toString() == QStringLiteral("2026-09-01"));
    const QJsonArray due = dueOf(r);
    REQUIRE(due.size() == 3);
    const QJsonObject ema = due.at(1).toObject();
    CHECK(ema.value(QStringLiteral("kind")).toString() == QStringLiteral("EMA"));
    CHECK(ema.value(QStringLiteral("overdue")).toBool() == false); // latest == today
    CHECK(due.at(2).toObject().value(QStringLiteral("overdue")).toBool() == false);

    const auto noToday = cli.due(R"({"workers": [{"id": "a", "birth_date": "1990-01-01",
                                     "employments": [{"id": "e1", "start": "2026-01-05"}]}]})",
                                 {QStringLiteral("--today"), QStringLiteral("2026-04-06")});
    REQUIRE(noToday.exitCode == 0);
    CHECK(noToday.out == "{\n  \"today\": \"2026-04-06\",\n  \"due\": [\n    {\n      \"worker\": \"a\",\n"
                         "      \"employment\": \"e1\",\n      \"kind\": \"VIP\",\n      \"earliest\": null,\n"
                         "      \"latest\": \"2026-04-05\",\n      \"performer\": \"HEALTH_PRO\",\n"
                         "      \"overdue\": true,\n      \"basis\": \"R4624-10\"\n    }\n  ]\n}\n");

    // A visit after --today is after today, even if the input's today is later.
    const auto early = cli.due(R"({"today": "2026-02-01", "workers": [{"id": "a", "birth_date": "1990-01-01",
                                   "visits": [{"date": "2026-01-20", "kind": "ON_REQUEST"}]}]})",
                               {QStringLiteral("--today"), QStringLiteral("2026-01-19")});
    CHECK(early.exitCode == 1);
    CHECK(early.out.isEmpty());
    CHECK(early.err.contains("workers[0].visits[0].date"));
}

TEST_CASE("rules due: no workers, no due visits")
{
    RulesCli cli;
    const auto r = cli.due(R"({"today": "2026-11-23", "workers": []})");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "{\n  \"today\": \"2026-11-23\",\n  \"due\": []\n}\n");
}

TEST_CASE("rules due: sorted by worker, latest, kind, employment (null first), several workers")
{
    RulesCli cli;
    const auto r = cli.due(R"({"today": "2026-01-10", "workers": [
        {"id": "w2", "birth_date": "1995-01-01", "employments": [{"id": "b", "start": "2026-01-05"},
                                                                {"id": "a", "start": "2026-01-05", "sir_risks": ["LEAD"]}]},
        {"id": "w10", "birth_date": "1995-01-01", "employments": [{"id": "x", "start": "2025-06-02", "night_worker": true}],
         "absences": [{"start": "2025-09-01", "end": "2025-09-10", "cause": "OCCUPATIONAL_DISEASE"}],
         "visits": [{"date": "2025-06-02", "kind": "VIP", "employment": "x"}]}
    ]})");
    REQUIRE(r.exitCode == 0);
    QStringList got;
    for (const QJsonValue& v : dueOf(r)) {
        const QJsonObject o = v.toObject();
        got << o.value(QStringLiteral("worker")).toString() + u'/' + o.value(QStringLiteral("latest")).toString() + u'/' +
                   o.value(QStringLiteral("kind")).toString() + u'/' +
                   (o.value(QStringLiteral("employment")).isNull() ? QStringLiteral("null")
                                                                    : o.value(QStringLiteral("employment")).toString());
    }
    CHECK(got == QStringList{QStringLiteral("w10/2025-09-19/RETURN/x"), QStringLiteral("w10/2028-06-02/VIP_RENEWAL/x"),
                             QStringLiteral("w2/2026-01-05/EMA/a"), QStringLiteral("w2/2026-04-05/VIP/b")});
}

TEST_CASE("rules due: malformed input gives exit 1, nothing on stdout, one line naming the field")
{
    struct Row {
        const char* what;
        QByteArray input;
        const char* names;
    };
    const Row rows[] = {
        {"not JSON", "{\"today\": ", "JSON"},
        {"missing employment start",
         R"({"today": "2026-01-10", "workers": [{"id": "a", "birth_date": "1980-01-01"}, {"id": "b", "birth_date": "1980-01-01"},
             {"id": "c", "birth_date": "1980-01-01", "employments": [{"id": "e1"}]}]})",
         "workers[2].employments[0].start"},
        {"missing worker id", R"({"today": "2026-01-10", "workers": [{"birth_date": "1980-01-01"}]})", "workers[0].id"},
        {"invalid date", R"({"today": "2026-01-10", "workers": [{"id": "a", "birth_date": "1980-02-30"}]})",
         "workers[0].birth_date"},
        {"wrong type", R"({"today": "2026-01-10", "workers": [{"id": "a", "birth_date": "1980-01-01", "employments": [
             {"id": "e1", "start": "2020-01-01", "night_worker": "yes"}]}]})",
         "workers[0].employments[0].night_worker"},
        {"no today", R"({"workers": []})", "today"},
        {"exposure_end before start", R"({"today": "2026-01-10", "workers": [{"id": "a", "birth_date": "1980-01-01",
             "employments": [{"id": "e1", "start": "2020-01-06", "sir_risks": ["CMR"], "exposure_end": "2020-01-05"}]}]})",
         "workers[0].employments[0].exposure_end"},
        {"unknown flag", R"({"today": "2026-01-10", "workers": [{"id": "a", "birth_date": "1980-01-01", "flags": ["VIP"]}]})",
         "workers[0].flags[0]"},
        {"unknown SIR risk", R"({"today": "2026-01-10", "workers": [{"id": "a", "birth_date": "1980-01-01",
             "employments": [{"id": "e1", "start": "2020-01-06", "sir_risks": ["NOISE"]}]}]})",
         "workers[0].employments[0].sir_risks[0]"},
        {"unknown visit kind", R"({"today": "2026-01-10", "workers": [{"id": "a", "birth_date": "1980-01-01",
             "visits": [{"date": "2025-01-01", "kind": "SI"}]}]})",
         "workers[0].visits[0].kind"},
        {"unknown cause", R"({"today": "2026-01-10", "workers": [{"id": "a", "birth_date": "1980-01-01",
             "absences": [{"start": "2025-01-01", "cause": "STRIKE"}]}]})",
         "workers[0].absences[0].cause"},
        {"duplicate worker id", R"({"today": "2026-01-10", "workers": [{"id": "a", "birth_date": "1980-01-01"},
             {"id": "a", "birth_date": "1981-01-01"}]})",
         "workers[1].id"},
        {"duplicate employment id", R"({"today": "2026-01-10", "workers": [{"id": "a", "birth_date": "1980-01-01",
             "employments": [{"id": "e1", "start": "2020-01-06"}, {"id": "e1", "start": "2021-01-06"}]}]})",
         "workers[0].employments[1].id"},
        {"visit of an unknown employment", R"({"today": "2026-01-10", "workers": [{"id": "a", "birth_date": "1980-01-01",
             "visits": [{"date": "2025-01-01", "kind": "VIP", "employment": "e1"}]}]})",
         "workers[0].visits[0].employment"},
        {"end before start", R"({"today": "2026-01-10", "workers": [{"id": "a", "birth_date": "1980-01-01",
             "employments": [{"id": "e1", "start": "2020-01-06", "end": "2019-01-06"}]}]})",
         "workers[0].employments[0].end"},
        {"visit after today", R"({"today": "2026-01-10", "workers": [{"id": "a", "birth_date": "1980-01-01",
             "visits": [{"date": "2026-01-11", "kind": "VIP"}]}]})",
         "workers[0].visits[0].date"},
        {"overlapping absences", R"({"today": "2026-01-10", "workers": [{"id": "a", "birth_date": "1980-01-01",
             "absences": [{"start": "2025-01-01", "end": "2025-02-01", "cause": "ILLNESS"},
                          {"start": "2025-02-01", "cause": "ILLNESS"}]}]})",
         "workers[0].absences[1]"},
    };
    RulesCli cli;
    for (const Row& row : rows) {
        CAPTURE(row.what);
        const auto r = cli.due(row.input);
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(row.names));
        CHECK(r.err.endsWith('\n'));
        CHECK(r.err.count('\n') == 1);
    }
}

TEST_CASE("rules due: usage errors give exit 2, a wrong --today or an unreadable file exit 1, never stdout")
{
    RulesCli cli;
    const QString input = cli.file(QStringLiteral("ok.json"));
    Cli::writeFile(input, R"({"today": "2026-01-10", "workers": []})");
    struct Row {
        QStringList args;
        int exitCode;
        const char* names;
    };
    const QString rd = QStringLiteral("rules"), due = QStringLiteral("due"), in = QStringLiteral("--input"),
                  today = QStringLiteral("--today");
    const Row rows[] = {
        {{rd, due}, 2, "--input"},
        {{rd, due, in}, 2, "--input"},
        {{rd, due, in, input, QStringLiteral("--verbose")}, 2, "--verbose"},
        {{rd, due, in, input, QStringLiteral("extra")}, 2, "rules due"},
        {{rd, due, in, input, today}, 2, "--today"},
        {{rd, due, in, input, today, QStringLiteral("2026-02-30")}, 1, "--today"},
        {{rd, due, in, input, today, QStringLiteral("10/01/2026")}, 1, "--today"},
        {{rd, due, in, cli.file(QStringLiteral("missing.json"))}, 1, "missing.json"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.args.join(u' '));
        const auto r = cli.run(row.args);
        CHECK(r.exitCode == row.exitCode);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(row.names));
    }
}

TEST_CASE("rules due needs no database and no sign-in")
{
    RulesCli cli;
    const QString input = cli.file(QStringLiteral("ok.json"));
    Cli::writeFile(input, R"({"today": "2026-01-10", "workers": []})");
    const auto r = cli.run({QStringLiteral("--db"), cli.file(QStringLiteral("nowhere/none.db")), QStringLiteral("--user"),
                            QStringLiteral("nobody"), QStringLiteral("rules"), QStringLiteral("due"), QStringLiteral("--input"),
                            input});
    CHECK(r.exitCode == 0);
    CHECK(r.out == "{\n  \"today\": \"2026-01-10\",\n  \"due\": []\n}\n");
    CHECK_FALSE(QFile::exists(cli.file(QStringLiteral("nowhere/none.db"))));
}
