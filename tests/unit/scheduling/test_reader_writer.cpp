// The JSON input: every malformed case of rules-contract.md is refused with ErrorCode::Invalid and a
// message naming the field; and the JSON output, byte for byte.
#include "SchedulingTestSupport.h"

#include "scheduling/DueJsonWriter.h"
#include "scheduling/SituationReader.h"

using namespace vigie::scheduling;
using namespace vigie::scheduling::test;
using vigie::core::ErrorCode;

namespace {

// A valid worker "w0" first, then the worker under test: the offending paths are workers[1]....
QByteArray withWorker(const char* workerJson, const char* today = "\"2026-01-10\"")
{
    return QByteArray("{\"today\": ") + today + ", \"workers\": [{\"id\": \"w0\", \"birth_date\": \"1980-01-01\"}, " +
           workerJson + "]}";
}

// A worker "w1" with the given members after its id and birth date.
QByteArray withMembers(const char* members, const char* today = "\"2026-01-10\"")
{
    return withWorker((QByteArray("{\"id\": \"w1\", \"birth_date\": \"1980-01-01\", ") + members + "}").constData(), today);
}

struct Malformed {
    const char* what;
    QByteArray json;
    const char* names; // the text the message must contain (the JSON path)
    const char* todayOverride = nullptr;
};

void checkMalformed(const Malformed& m)
{
    CAPTURE(m.what, m.json.constData());
    const auto r = readSituation(m.json, optD(m.todayOverride));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);
    CHECK(r.error().message.contains(S(m.names)));
    CHECK_FALSE(r.error().message.contains(u'\n'));
}

void checkAccepted(const char* what, const QByteArray& json, const char* todayOverride = nullptr)
{
    CAPTURE(what, json.constData());
    const auto r = readSituation(json, optD(todayOverride));
    if (!r.ok())
        FAIL_CHECK(r.error().message.toStdString());
}

} // namespace

TEST_CASE("reader: the contract's example is read with its values and the defaults")
{
    const QByteArray json = R"({
      "today": "2026-11-23",
      "ignored": {"unknown keys": true},
      "workers": [
        { "id": "w1", "birth_date": "1981-04-02", "flags": ["RQTH"],
          "employments": [
            { "id": "e1", "start": "2026-09-01", "end": null, "apprentice": false, "night_worker": false,
              "sir_risks": ["ASBESTOS"], "exposure_end": null },
            { "id": "e2", "start": "2020-01-06", "end": "2026-08-31", "apprentice": true, "night_worker": true,
              "exposure_end": "2025-01-01" },
            { "id": "e3", "start": "2021-01-04", "sir_risks": null }
          ],
          "visits": [ { "date": "2024-05-03", "kind": "VIP", "employment": "e1" },
                      { "date": "2026-11-23", "kind": "ON_REQUEST", "employment": null },
                      { "date": "2026-02-01", "kind": "PRE_RETURN" } ],
          "absences": [ { "start": "2026-01-10", "end": "2026-04-01", "cause": "ILLNESS" },
                        { "start": "2026-11-01", "cause": "WORK_ACCIDENT", "end": null } ] },
        { "id": "w2", "birth_date": "1990-02-28" }
      ]
    })";
    const auto r = readSituation(json);
    REQUIRE(r.ok());
    const Situation& s = r.value();
    CHECK(s.today == D("2026-11-23"));
    REQUIRE(s.workers.size() == 2);
    const Worker& w = s.workers.at(0);
    CHECK(w.id == S("w1"));
    CHECK(w.birthDate == D("1981-04-02"));
    CHECK(w.flags == QList<Flag>{Flag::Rqth});
    REQUIRE(w.employments.size() == 3);
    CHECK(w.employments.at(0).start == D("2026-09-01"));
    CHECK_FALSE(w.employments.at(0).end.has_value());
    CHECK(w.employments.at(0).sirRisks == QList<SirRisk>{SirRisk::Asbestos});
    CHECK(w.employments.at(1).end == optD("2026-08-31"));
    CHECK(w.employments.at(1).apprentice);
    CHECK(w.employments.at(1).nightWorker);
    CHECK(w.employments.at(1).exposureEnd == optD("2025-01-01"));
    CHECK_FALSE(w.employments.at(2).apprentice);
    CHECK_FALSE(w.employments.at(2).nightWorker);
    CHECK(w.employments.at(2).sirRisks.isEmpty());
    CHECK_FALSE(w.employments.at(2).exposureEnd.has_value());
    REQUIRE(w.visits.size() == 3);
    CHECK(w.visits.at(0).employment == optS("e1"));
    CHECK(w.visits.at(1).kind == VisitKind::OnRequest);
    CHECK_FALSE(w.visits.at(1).employment.has_value());
    CHECK(w.visits.at(2).kind == VisitKind::PreReturn);
    REQUIRE(w.absences.size() == 2);
    CHECK(w.absences.at(0).end == optD("2026-04-01"));
    CHECK(w.absences.at(1).cause == AbsenceCause::WorkAccident);
    CHECK_FALSE(w.absences.at(1).end.has_value());
    CHECK(s.workers.at(1).employments.isEmpty());
}

TEST_CASE("reader: --today replaces the input's today, and one of the two is required")
{
    const auto overridden = readSituation(R"({"today": "2026-11-23", "workers": []})", D("2027-01-02"));
    REQUIRE(overridden.ok());
    CHECK(overridden.value().today == D("2027-01-02"));
    const auto onlyOverride = readSituation(R"({"workers": []})", D("2027-01-02"));
    REQUIRE(onlyOverride.ok());
    CHECK(onlyOverride.value().today == D("2027-01-02"));
    const auto noWorkers = readSituation(R"({"today": "2026-11-23"})");
    REQUIRE(noWorkers.ok());
    CHECK(noWorkers.value().workers.isEmpty());
}

TEST_CASE("malformed: not JSON, or not a JSON object")
{
    const Malformed cases[] = {
        {"empty", "", "JSON"},
        {"truncated", "{\"today\": \"2026-01-10\"", "JSON"},
        {"trailing comma", "{\"today\": \"2026-01-10\",}", "JSON"},
        {"text", "not json", "JSON"},
        {"garbage after the object", "{\"today\": \"2026-01-10\"} x", "JSON"},
        {"an array", "[]", "JSON object"},
        {"a string", "\"2026-01-10\"", "JSON"},
    };
    for (const Malformed& m : cases)
        checkMalformed(m);
}

TEST_CASE("malformed: a missing required field")
{
    const Malformed cases[] = {
        {"workers[].id", withWorker(R"({"birth_date": "1980-01-01"})"), "workers[1].id"},
        {"workers[].id null", withWorker(R"({"id": null, "birth_date": "1980-01-01"})"), "workers[1].id"},
        {"birth_date", withWorker(R"({"id": "w1"})"), "workers[1].birth_date"},
        {"employments[].id", withMembers(R"("employments": [{"start": "2020-01-01"}])"), "workers[1].employments[0].id"},
        {"employments[].start", withMembers(R"("employments": [{"id": "e1"}])"), "workers[1].employments[0].start"},
        {"employments[].start null", withMembers(R"("employments": [{"id": "e1", "start": null}])"),
         "workers[1].employments[0].start"},
        {"visits[].date", withMembers(R"("visits": [{"kind": "VIP"}])"), "workers[1].visits[0].date"},
        {"visits[].kind", withMembers(R"("visits": [{"date": "2025-01-01"}])"), "workers[1].visits[0].kind"},
        {"absences[].start", withMembers(R"("absences": [{"end": "2025-01-10", "cause": "ILLNESS"}])"),
         "workers[1].absences[0].start"},
        {"absences[].cause", withMembers(R"("absences": [{"start": "2025-01-01", "end": "2025-01-10"}])"),
         "workers[1].absences[0].cause"},
    };
    for (const Malformed& m : cases)
        checkMalformed(m);
}

TEST_CASE("malformed: a date that is not a valid ISO date")
{
    const Malformed cases[] = {
        {"today", withMembers(R"("flags": [])", "\"2026-02-30\""), "today"},
        {"today, even with --today", withMembers(R"("flags": [])", "\"10/01/2026\""), "today", "2026-01-10"},
        {"birth_date", withWorker(R"({"id": "w1", "birth_date": "1980-13-01"})"), "workers[1].birth_date"},
        {"start", withMembers(R"("employments": [{"id": "e1", "start": "2020-1-01"}])"), "workers[1].employments[0].start"},
        {"end", withMembers(R"("employments": [{"id": "e1", "start": "2020-01-01", "end": "2020-01-32"}])"),
         "workers[1].employments[0].end"},
        {"exposure_end", withMembers(R"("employments": [{"id": "e1", "start": "2020-01-01", "exposure_end": "yesterday"}])"),
         "workers[1].employments[0].exposure_end"},
        {"visit date", withMembers(R"("visits": [{"date": "05/01/2024", "kind": "VIP"}])"), "workers[1].visits[0].date"},
        {"visit date with a time", withMembers(R"("visits": [{"date": "2024-01-05T10:00:00", "kind": "VIP"}])"),
         "workers[1].visits[0].date"},
        {"absence start", withMembers(R"("absences": [{"start": "2023-02-29", "cause": "ILLNESS"}])"),
         "workers[1].absences[0].start"},
        {"absence end", withMembers(R"("absences": [{"start": "2024-02-01", "end": "2024-02-30", "cause": "ILLNESS"}])"),
         "workers[1].absences[0].end"},
        {"empty string", withWorker(R"({"id": "w1", "birth_date": ""})"), "workers[1].birth_date"},
    };
    for (const Malformed& m : cases)
        checkMalformed(m);
}

TEST_CASE("malformed: a value of the wrong JSON type")
{
    const Malformed cases[] = {
        {"today: number", withMembers(R"("flags": [])", "20260110"), "today"},
        {"workers: object", R"({"today": "2026-01-10", "workers": {}})", "workers"},
        {"worker: string", withWorker(R"("w1")"), "workers[1]"},
        {"worker id: number", withWorker(R"({"id": 12, "birth_date": "1980-01-01"})"), "workers[1].id"},
        {"birth_date: number", withWorker(R"({"id": "w1", "birth_date": 1980})"), "workers[1].birth_date"},
        {"flags: string", withMembers(R"("flags": "RQTH")"), "workers[1].flags"},
        {"flags[]: number", withMembers(R"("flags": [1])"), "workers[1].flags[0]"},
        {"employments: object", withMembers(R"("employments": {})"), "workers[1].employments"},
        {"employment: string", withMembers(R"("employments": ["e1"])"), "workers[1].employments[0]"},
        {"employment id: number", withMembers(R"("employments": [{"id": 1, "start": "2020-01-01"}])"),
         "workers[1].employments[0].id"},
        {"end: boolean", withMembers(R"("employments": [{"id": "e1", "start": "2020-01-01", "end": true}])"),
         "workers[1].employments[0].end"},
        {"apprentice: string", withMembers(R"("employments": [{"id": "e1", "start": "2020-01-01", "apprentice": "yes"}])"),
         "workers[1].employments[0].apprentice"},
        {"apprentice: number", withMembers(R"("employments": [{"id": "e1", "start": "2020-01-01", "apprentice": 1}])"),
         "workers[1].employments[0].apprentice"},
        {"night_worker: string",
         withMembers(R"("employments": [{"id": "e1", "start": "2020-01-01", "night_worker": "false"}])"),
         "workers[1].employments[0].night_worker"},
        {"sir_risks: string", withMembers(R"("employments": [{"id": "e1", "start": "2020-01-01", "sir_risks": "LEAD"}])"),
         "workers[1].employments[0].sir_risks"},
        {"sir_risks[]: boolean", withMembers(R"("employments": [{"id": "e1", "start": "2020-01-01", "sir_risks": [true]}])"),
         "workers[1].employments[0].sir_risks[0]"},
        {"exposure_end: number", withMembers(R"("employments": [{"id": "e1", "start": "2020-01-01", "exposure_end": 0}])"),
         "workers[1].employments[0].exposure_end"},
        {"visits: object", withMembers(R"("visits": {})"), "workers[1].visits"},
        {"visit: null", withMembers(R"("visits": [null])"), "workers[1].visits[0]"},
        {"visit kind: number", withMembers(R"("visits": [{"date": "2025-01-01", "kind": 3}])"), "workers[1].visits[0].kind"},
        {"visit employment: number", withMembers(R"("visits": [{"date": "2025-01-01", "kind": "VIP", "employment": 1}])"),
         "workers[1].visits[0].employment"},
        {"absences: string", withMembers(R"("absences": "none")"), "workers[1].absences"},
        {"absence cause: array", withMembers(R"("absences": [{"start": "2025-01-01", "cause": ["ILLNESS"]}])"),
         "workers[1].absences[0].cause"},
        {"absence end: number", withMembers(R"("absences": [{"start": "2025-01-01", "end": 5, "cause": "ILLNESS"}])"),
         "workers[1].absences[0].end"},
    };
    for (const Malformed& m : cases)
        checkMalformed(m);
}

TEST_CASE("malformed: no today and no --today")
{
    checkMalformed({"absent", R"({"workers": []})", "today"});
    checkMalformed({"null", R"({"today": null, "workers": []})", "today"});
}

TEST_CASE("malformed: an exposure_end before its employment's start")
{
    checkMalformed({"day before",
                    withMembers(R"("employments": [{"id": "e1", "start": "2020-01-06", "exposure_end": "2020-01-05"}])"),
                    "workers[1].employments[0].exposure_end"});
    checkAccepted("same day", withMembers(R"("employments": [{"id": "e1", "start": "2020-01-06", "exposure_end": "2020-01-06"}])"));
    checkAccepted("after the end",
                  withMembers(R"("employments": [{"id": "e1", "start": "2020-01-06", "end": "2021-01-01", "exposure_end": "2022-01-01"}])"));
}

TEST_CASE("malformed: an unknown code (flag, SIR risk, visit kind, cause)")
{
    const Malformed cases[] = {
        {"flag", withMembers(R"("flags": ["RQTH", "DISABLED"])"), "workers[1].flags[1]"},
        {"flag in lower case", withMembers(R"("flags": ["rqth"])"), "workers[1].flags[0]"},
        {"SIR risk", withMembers(R"("employments": [{"id": "e1", "start": "2020-01-01", "sir_risks": ["LEAD", "NOISE"]}])"),
         "workers[1].employments[0].sir_risks[1]"},
        {"visit kind", withMembers(R"("visits": [{"date": "2025-01-01", "kind": "CHECKUP"}])"), "workers[1].visits[0].kind"},
        {"visit kind in lower case", withMembers(R"("visits": [{"date": "2025-01-01", "kind": "vip"}])"),
         "workers[1].visits[0].kind"},
        {"cause", withMembers(R"("absences": [{"start": "2025-01-01", "cause": "SICKNESS"}])"), "workers[1].absences[0].cause"},
    };
    for (const Malformed& m : cases)
        checkMalformed(m);
}

TEST_CASE("malformed: a duplicate worker id, or employment id within a worker")
{
    checkMalformed({"worker id", withWorker(R"({"id": "w0", "birth_date": "1990-01-01"})"), "workers[1].id"});
    checkMalformed({"employment id",
                    withMembers(R"("employments": [{"id": "e1", "start": "2020-01-01"}, {"id": "e1", "start": "2021-01-01"}])"),
                    "workers[1].employments[1].id"});
    checkAccepted("the same employment id in two workers",
                  R"({"today": "2026-01-10", "workers": [
                       {"id": "a", "birth_date": "1980-01-01", "employments": [{"id": "e1", "start": "2020-01-01"}]},
                       {"id": "b", "birth_date": "1980-01-01", "employments": [{"id": "e1", "start": "2020-01-01"}]}]})");
    checkAccepted("ids differing by case", withWorker(R"({"id": "W0", "birth_date": "1990-01-01"})"));
}

TEST_CASE("malformed: a visit linked to an employment the worker does not have")
{
    checkMalformed({"unknown id", withMembers(R"("employments": [{"id": "e1", "start": "2020-01-01"}],
                                             "visits": [{"date": "2025-01-01", "kind": "VIP", "employment": "e9"}])"),
                    "workers[1].visits[0].employment"});
    checkMalformed({"another worker's employment",
                    R"({"today": "2026-01-10", "workers": [
                         {"id": "a", "birth_date": "1980-01-01", "employments": [{"id": "e1", "start": "2020-01-01"}]},
                         {"id": "b", "birth_date": "1980-01-01", "visits": [{"date": "2025-01-01", "kind": "VIP", "employment": "e1"}]}]})",
                    "workers[1].visits[0].employment"});
}

TEST_CASE("malformed: an end before its start")
{
    checkMalformed({"employment", withMembers(R"("employments": [{"id": "e1", "start": "2020-01-06", "end": "2020-01-05"}])"),
                    "workers[1].employments[0].end"});
    checkMalformed({"absence", withMembers(R"("absences": [{"start": "2025-01-06", "end": "2025-01-05", "cause": "ILLNESS"}])"),
                    "workers[1].absences[0].end"});
    checkAccepted("one-day employment", withMembers(R"("employments": [{"id": "e1", "start": "2020-01-06", "end": "2020-01-06"}])"));
    checkAccepted("one-day absence", withMembers(R"("absences": [{"start": "2025-01-06", "end": "2025-01-06", "cause": "ILLNESS"}])"));
}

TEST_CASE("malformed: a visit dated after today (the input's, or --today's)")
{
    checkMalformed({"tomorrow", withMembers(R"("visits": [{"date": "2026-01-11", "kind": "VIP"}])"), "workers[1].visits[0].date"});
    checkAccepted("today", withMembers(R"("visits": [{"date": "2026-01-10", "kind": "VIP"}])"));
    checkMalformed({"after --today", withMembers(R"("visits": [{"date": "2026-01-10", "kind": "VIP"}])"),
                    "workers[1].visits[0].date", "2026-01-09"});
    checkAccepted("after the input's today but not --today", withMembers(R"("visits": [{"date": "2026-02-01", "kind": "VIP"}])"),
                  "2026-02-01");
}

TEST_CASE("malformed: overlapping absences of one worker")
{
    const Malformed cases[] = {
        {"sharing a day",
         withMembers(R"("absences": [{"start": "2025-01-01", "end": "2025-01-31", "cause": "ILLNESS"},
                                     {"start": "2025-01-31", "end": "2025-02-10", "cause": "MATERNITY"}])"),
         "workers[1].absences[1]"},
        {"the first one still open",
         withMembers(R"("absences": [{"start": "2025-01-01", "cause": "ILLNESS"},
                                     {"start": "2025-06-01", "end": "2025-06-10", "cause": "ILLNESS"}])"),
         "workers[1].absences[1]"},
        {"listed out of order",
         withMembers(R"("absences": [{"start": "2025-03-01", "end": "2025-03-10", "cause": "ILLNESS"},
                                     {"start": "2025-01-01", "end": "2025-03-01", "cause": "ILLNESS"}])"),
         "workers[1].absences[0]"},
        {"one inside the other",
         withMembers(R"("absences": [{"start": "2025-01-01", "end": "2025-12-31", "cause": "ILLNESS"},
                                     {"start": "2025-02-01", "end": "2025-02-02", "cause": "ILLNESS"},
                                     {"start": "2025-03-01", "end": "2025-03-02", "cause": "ILLNESS"}])"),
         "workers[1].absences[1]"},
        {"same start",
         withMembers(R"("absences": [{"start": "2025-01-01", "end": "2025-01-02", "cause": "ILLNESS"},
                                     {"start": "2025-01-01", "end": "2025-01-02", "cause": "ILLNESS"}])"),
         "workers[1].absences[1]"},
    };
    for (const Malformed& m : cases)
        checkMalformed(m);
    checkAccepted("back to back", withMembers(R"("absences": [{"start": "2025-01-01", "end": "2025-01-31", "cause": "ILLNESS"},
                                                              {"start": "2025-02-01", "cause": "ILLNESS"}])"));
}

TEST_CASE("writer: the contract's shape, keys in order, nulls, 2-space indentation")
{
    CHECK(dueToJson(D("2026-11-23"), {}) == QByteArray("{\n  \"today\": \"2026-11-23\",\n  \"due\": []\n}"));

    const QList<DueVisit> due{
        makeDue(S("w1"), S("e1"), VisitKind::Ema, std::nullopt, D("2026-09-01"), Performer::Mt, S("R4624-24"), D("2026-11-23")),
        makeDue(S("w1"), std::nullopt, VisitKind::MidCareer, D("2024-01-01"), D("2026-12-31"), Performer::HealthPro,
                S("L4624-2-2"), D("2026-11-23")),
    };
    const QByteArray expected = "{\n"
                                "  \"today\": \"2026-11-23\",\n"
                                "  \"due\": [\n"
                                "    {\n"
                                "      \"worker\": \"w1\",\n"
                                "      \"employment\": \"e1\",\n"
                                "      \"kind\": \"EMA\",\n"
                                "      \"earliest\": null,\n"
                                "      \"latest\": \"2026-09-01\",\n"
                                "      \"performer\": \"MT\",\n"
                                "      \"overdue\": true,\n"
                                "      \"basis\": \"R4624-24\"\n"
                                "    },\n"
                                "    {\n"
                                "      \"worker\": \"w1\",\n"
                                "      \"employment\": null,\n"
                                "      \"kind\": \"MID_CAREER\",\n"
                                "      \"earliest\": \"2024-01-01\",\n"
                                "      \"latest\": \"2026-12-31\",\n"
                                "      \"performer\": \"HEALTH_PRO\",\n"
                                "      \"overdue\": false,\n"
                                "      \"basis\": \"L4624-2-2\"\n"
                                "    }\n"
                                "  ]\n"
                                "}";
    CHECK(dueToJson(D("2026-11-23"), due) == expected);
}

TEST_CASE("writer: ids are escaped as JSON strings")
{
    CHECK(jsonString(S("plain")) == QByteArray("\"plain\""));
    CHECK(jsonString(S("a\"b\\c/d")) == QByteArray("\"a\\\"b\\\\c/d\""));
    CHECK(jsonString(S("tab\tnl\ncr\r")) == QByteArray("\"tab\\tnl\\ncr\\r\""));
    CHECK(jsonString(QString(QChar(0x01))) == QByteArray("\"\\u0001\""));
    CHECK(jsonString(QString(QChar(0x1f))) == QByteArray("\"\\u001f\""));
    CHECK(jsonString(S("\xc3\xa9t\xc3\xa9")) == QByteArray("\"\xc3\xa9t\xc3\xa9\"")); // UTF-8 as is
    // A round trip through the reader gives the same id back.
    const QByteArray json = "{\"today\": \"2026-01-10\", \"workers\": [{\"id\": " + jsonString(S("a\"b\\\n\xc3\xa9")) +
                            ", \"birth_date\": \"1980-01-01\"}]}";
    const auto r = readSituation(json);
    REQUIRE(r.ok());
    CHECK(r.value().workers.at(0).id == S("a\"b\\\n\xc3\xa9"));
}
