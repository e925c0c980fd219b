// The date arithmetic of rules-contract.md (month-end clamping, whole-year ages with the 29 February
// rule, inclusive day counts, strict ISO dates) and the code tables.
#include "SchedulingTestSupport.h"

using namespace vigie::scheduling;
using namespace vigie::scheduling::test;

TEST_CASE("date + N months or years is the same day, or the last day of a shorter month")
{
    struct Row {
        const char* from;
        int months;
        int years;
        const char* expected;
    };
    const Row rows[] = {
        {"2025-01-31", 1, 0, "2025-02-28"},  // the contract's example
        {"2024-01-31", 1, 0, "2024-02-29"},  // leap year
        {"2024-02-29", 0, 1, "2025-02-28"},  // the contract's example
        {"2024-02-29", 0, 4, "2028-02-29"},  // leap to leap keeps the 29th
        {"2024-02-29", 12, 0, "2025-02-28"}, // 12 months = 1 year
        {"2025-03-31", -1, 0, "2025-02-28"}, // counting back clamps too
        {"2024-03-31", -1, 0, "2024-02-29"},
        {"2028-02-29", 0, -2, "2026-02-28"},
        {"2025-05-31", 6, 0, "2025-11-30"},
        {"2025-08-31", 6, 0, "2026-02-28"},
        {"2025-11-30", 3, 0, "2026-02-28"},
        {"2025-12-31", 2, 0, "2026-02-28"},
        {"2026-01-15", 3, 0, "2026-04-15"},
        {"2025-12-15", 1, 0, "2026-01-15"},  // year change
        {"2026-01-15", -1, 0, "2025-12-15"},
        {"2021-03-10", 0, 5, "2026-03-10"},
        {"2026-01-31", 0, 0, "2026-01-31"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.from, r.months, r.years);
        const QDate result = r.months != 0 ? plusMonths(D(r.from), r.months) : plusYears(D(r.from), r.years);
        CHECK(isoText(result) == S(r.expected));
    }
}

TEST_CASE("ages are whole years, and someone born on 29 February gains a year on 1 March in common years")
{
    struct Row {
        const char* birth;
        const char* on;
        int age;
    };
    const Row rows[] = {
        {"2000-01-01", "2017-12-31", 17},
        {"2000-01-01", "2018-01-01", 18},
        {"2008-06-15", "2026-06-14", 17},
        {"2008-06-15", "2026-06-15", 18}, // birthday: the year is gained that day
        {"2008-02-29", "2026-02-28", 17}, // common year: not yet
        {"2008-02-29", "2026-03-01", 18}, // ... gained on 1 March
        {"2008-02-29", "2024-02-28", 15}, // leap year: gained on 29 February
        {"2008-02-29", "2024-02-29", 16},
        {"2008-02-29", "2008-02-29", 0},
        {"1981-04-02", "2026-11-23", 45},
        {"1981-12-31", "2026-12-30", 44},
    };
    for (const Row& r : rows) {
        CAPTURE(r.birth, r.on);
        CHECK(ageInYears(D(r.birth), D(r.on)) == r.age);
    }
}

TEST_CASE("day counts include both ends")
{
    CHECK(daysInclusive(D("2023-01-01"), D("2023-01-30")) == 30); // the contract's example
    CHECK(daysInclusive(D("2023-01-01"), D("2023-01-01")) == 1);
    CHECK(daysInclusive(D("2024-02-01"), D("2024-02-29")) == 29);
    CHECK(daysInclusive(D("2023-12-15"), D("2024-01-13")) == 30);
}

TEST_CASE("only strict YYYY-MM-DD calendar dates are read, and dates are written the same way")
{
    const char* valid[] = {"2026-11-23", "2024-02-29", "0001-01-01", "9999-12-31"};
    for (const char* v : valid) {
        CAPTURE(v);
        const auto d = parseIsoDate(S(v));
        REQUIRE(d.has_value());
        CHECK(isoText(*d) == S(v));
    }
    const char* invalid[] = {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-05",
                             "26-01-05",   "2026/01/05", "05/01/2026", "2026-01-05T00:00", " 2026-01-05",
                             "2026-01-05 ", "",          "0000-01-01", "２０２６-01-05", "+2026-01-05", "2026-01-5a"};
    for (const char* v : invalid) {
        CAPTURE(v);
        CHECK_FALSE(parseIsoDate(S(v)).has_value());
    }
    CHECK(isoText(QDate(812, 3, 4)) == S("0812-03-04"));
}

TEST_CASE("codes are read exactly as the contract spells them and written back the same")
{
    for (const char* c : {"RQTH", "INVALIDITY_PENSION", "PREGNANT"}) {
        REQUIRE(flagFromCode(S(c)).has_value());
        CHECK(codeOf(*flagFromCode(S(c))) == S(c));
    }
    for (const char* c : {"ASBESTOS", "LEAD", "CMR", "BIO_3_4", "IONISING_RADIATION", "HYPERBARIC", "SCAFFOLDING",
                          "APTITUDE_SPECIFIC", "EMPLOYER_LISTED"}) {
        REQUIRE(sirRiskFromCode(S(c)).has_value());
        CHECK(codeOf(*sirRiskFromCode(S(c))) == S(c));
    }
    for (const char* c : {"VIP", "VIP_RENEWAL", "EMA", "EMA_RENEWAL", "SIR_INTERMEDIATE", "RETURN", "MID_CAREER",
                          "POST_EXPOSURE", "PRE_RETURN", "ON_REQUEST"}) {
        REQUIRE(visitKindFromCode(S(c)).has_value());
        CHECK(codeOf(*visitKindFromCode(S(c))) == S(c));
    }
    for (const char* c : {"ILLNESS", "WORK_ACCIDENT", "OCCUPATIONAL_DISEASE", "MATERNITY"}) {
        REQUIRE(absenceCauseFromCode(S(c)).has_value());
        CHECK(codeOf(*absenceCauseFromCode(S(c))) == S(c));
    }
    CHECK(codeOf(Performer::Mt) == S("MT"));
    CHECK(codeOf(Performer::HealthPro) == S("HEALTH_PRO"));
    CHECK(codeOf(Category::Sia) == S("SIA"));

    for (const char* c : {"rqth", "Rqth", " RQTH", "RQTH ", "", "DISABLED"})
        CHECK_FALSE(flagFromCode(S(c)).has_value());
    for (const char* c : {"asbestos", "BIO34", "NOISE"})
        CHECK_FALSE(sirRiskFromCode(S(c)).has_value());
    for (const char* c : {"vip", "VISIT", "PRE-RETURN", "SIR"})
        CHECK_FALSE(visitKindFromCode(S(c)).has_value());
    for (const char* c : {"illness", "SICKNESS", "ACCIDENT"})
        CHECK_FALSE(absenceCauseFromCode(S(c)).has_value());
}
