// Rules 5–7: return to work (R4624-31, décret 2022-372 from 2022-04-01), mid-career (L4624-2-2),
// post-exposure (L4624-2-1, from 2021-10-01), and the whole engine on one worker.
#include "SchedulingTestSupport.h"

using namespace vigie::scheduling;
using namespace vigie::scheduling::test;

namespace {
using K = VisitKind;
using C = AbsenceCause;

Employment sirEmployment(const char* id, const char* start, const char* end = nullptr, const char* exposureEnd = nullptr)
{
    Employment e = employment(id, start, end);
    e.sirRisks = {SirRisk::Asbestos};
    e.exposureEnd = optD(exposureEnd);
    return e;
}
} // namespace

TEST_CASE("rule 5: which absences call for a return visit, before and after 2022-04-01")
{
    struct Row {
        const char* start;
        const char* end;
        AbsenceCause cause;
        bool qualifies;
    };
    const Row rows[] = {
        // From 2022-04-01: illness >= 60 days, work accident >= 30 days, maternity / occupational disease always
        {"2023-01-01", "2023-03-01", C::Illness, true},       // 60 days
        {"2023-01-01", "2023-02-28", C::Illness, false},      // 59 days
        {"2022-04-01", "2022-05-30", C::Illness, true},       // 60 days, starting on the cut-off
        {"2022-04-01", "2022-05-29", C::Illness, false},      // 59 days
        {"2022-04-01", "2022-04-30", C::Illness, false},      // 30 days: no longer enough
        {"2024-02-01", "2024-03-01", C::WorkAccident, true},  // 30 days (29 February included)
        {"2024-02-01", "2024-02-29", C::WorkAccident, false}, // 29 days
        {"2023-01-01", "2023-01-30", C::WorkAccident, true},  // 30 days, the contract's example
        {"2023-01-01", "2023-01-29", C::WorkAccident, false},
        {"2025-05-05", "2025-05-05", C::Maternity, true},
        {"2025-05-05", "2025-05-05", C::OccupationalDisease, true},
        // Before 2022-04-01: any other cause >= 30 days
        {"2022-03-31", "2022-04-29", C::Illness, true},       // 30 days
        {"2022-03-31", "2022-04-28", C::Illness, false},      // 29 days
        {"2021-11-01", "2021-11-30", C::WorkAccident, true},  // 30 days
        {"2021-11-01", "2021-11-29", C::WorkAccident, false}, // 29 days
        {"2021-11-01", "2021-11-01", C::Maternity, true},
        {"2021-11-01", "2021-11-01", C::OccupationalDisease, true},
        // Still absent: no return date yet
        {"2025-05-05", nullptr, C::Maternity, false},
        {"2020-01-01", nullptr, C::Illness, false},
    };
    for (const Row& r : rows) {
        CAPTURE(r.start, r.end, codeOf(r.cause));
        CHECK(returnQualifies(absence(r.start, r.end, r.cause)) == r.qualifies);
    }
}

TEST_CASE("rule 5: the RETURN window, its employment (earliest start, then smaller id) and the visits that satisfy it")
{
    struct Case {
        const char* what;
        QList<Absence> absences;
        QList<Employment> employments;
        QList<Visit> visits;
        const char* expected;
        const char* today = "2026-01-10";
    };
    const Absence maternity = absence("2025-03-01", "2025-06-30", C::Maternity); // return 2025-07-01
    const Employment e1 = employment("e1", "2020-01-06");
    const Employment old = employment("e2", "2010-01-04", "2015-12-31");
    const Case cases[] = {
        {"return the day after the end, 8 days", {absence("2023-01-01", "2023-03-01", C::Illness)}, {e1}, {},
         "RETURN e1 2023-03-02..2023-03-10 HEALTH_PRO OVERDUE R4624-31"},
        {"return date on 29 February", {absence("2024-01-02", "2024-02-28", C::Maternity)}, {e1}, {},
         "RETURN e1 2024-02-29..2024-03-08 HEALTH_PRO OVERDUE R4624-31"},
        {"before 2022-04-01, 30 days", {absence("2022-03-31", "2022-04-29", C::Illness)}, {e1}, {},
         "RETURN e1 2022-04-30..2022-05-08 HEALTH_PRO OVERDUE R4624-31"},
        {"not qualifying", {absence("2023-01-01", "2023-02-28", C::Illness)}, {e1}, {}, "none"},
        {"upcoming return", {absence("2025-11-01", "2026-01-31", C::Illness)}, {e1}, {},
         "RETURN e1 2026-02-01..2026-02-09 HEALTH_PRO ok R4624-31"},
        {"on the last day, not overdue", {maternity}, {e1}, {}, "RETURN e1 2025-07-01..2025-07-09 HEALTH_PRO ok R4624-31",
         "2025-07-09"},

        // The employment active on the return date
        {"no employment: null", {maternity}, {}, {}, "RETURN - 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},
        {"starting the day after the return: null", {maternity}, {employment("e1", "2025-07-02")}, {},
         "RETURN - 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},
        {"starting on the return date", {maternity}, {employment("e1", "2025-07-01")}, {},
         "RETURN e1 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},
        {"ended the day before the return: null", {maternity}, {employment("e1", "2020-01-06", "2025-06-30")}, {},
         "RETURN - 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},
        {"ending on the return date", {maternity}, {employment("e1", "2020-01-06", "2025-07-01")}, {},
         "RETURN e1 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},
        {"earliest start wins", {maternity}, {employment("e1", "2020-01-06"), employment("e2", "2018-03-05")}, {},
         "RETURN e2 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},
        {"the earliest start among the active ones only", {maternity},
         {employment("e1", "2020-01-06"), employment("e0", "2015-03-05", "2019-12-31")}, {},
         "RETURN e1 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},
        {"same start: smaller id in byte order (e10 < e2)", {maternity},
         {employment("e2", "2020-01-06"), employment("e10", "2020-01-06")}, {},
         "RETURN e10 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},
        {"same start: upper case before lower case", {maternity}, {employment("a", "2020-01-06"), employment("B", "2020-01-06")},
         {}, "RETURN B 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},

        // Satisfied by a RETURN visit, unlinked or linked to that employment, from the return date to
        // the start of the next absence
        {"RETURN visit on the return date", {maternity}, {e1}, {visit("2025-07-01", K::Return)}, "none"},
        {"RETURN visit the day before", {maternity}, {e1}, {visit("2025-06-30", K::Return)},
         "RETURN e1 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},
        {"RETURN visit late but done", {maternity}, {e1}, {visit("2025-10-01", K::Return)}, "none"},
        {"linked to that employment", {maternity}, {e1, old}, {visit("2025-07-03", K::Return, "e1")}, "none"},
        {"linked to another employment", {maternity}, {e1, old}, {visit("2025-07-03", K::Return, "e2")},
         "RETURN e1 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},
        {"a PRE_RETURN visit is not a RETURN visit", {maternity}, {e1}, {visit("2025-07-01", K::PreReturn)},
         "RETURN e1 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},
        {"no employment: an unlinked visit satisfies", {maternity}, {old}, {visit("2025-07-02", K::Return)}, "none"},
        {"no employment: a linked visit does not", {maternity}, {old}, {visit("2025-07-02", K::Return, "e2")},
         "RETURN - 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},
        {"visit the day before the next absence", {maternity, absence("2025-09-01", "2025-09-05", C::Illness)}, {e1},
         {visit("2025-08-31", K::Return)}, "none"},
        {"visit on the first day of the next absence", {maternity, absence("2025-09-01", "2025-09-05", C::Illness)}, {e1},
         {visit("2025-09-01", K::Return)}, "RETURN e1 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},
        {"next absence listed first in the input", {absence("2025-09-01", "2025-09-05", C::Illness), maternity}, {e1},
         {visit("2025-09-02", K::Return)}, "RETURN e1 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31"},
        {"one visit between two qualifying absences satisfies the first only",
         {maternity, absence("2025-09-01", "2025-11-30", C::Illness)}, {e1}, {visit("2025-07-04", K::Return)},
         "RETURN e1 2025-12-01..2025-12-09 HEALTH_PRO OVERDUE R4624-31"},
        {"two qualifying absences, no visit", {maternity, absence("2025-09-01", "2025-11-30", C::Illness)}, {e1}, {},
         "RETURN e1 2025-07-01..2025-07-09 HEALTH_PRO OVERDUE R4624-31 | "
         "RETURN e1 2025-12-01..2025-12-09 HEALTH_PRO OVERDUE R4624-31"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        Worker w = worker("1995-05-10", c.employments, c.visits);
        w.absences = c.absences;
        CHECK(describe(returnToWorkVisits(w, D(c.today))) == S(c.expected));
    }
}

TEST_CASE("rule 6: mid-career from 1 January of the year of 43 to 31 December of the year of 45, 45th birthday from 2022")
{
    struct Case {
        const char* what;
        const char* birth;
        const char* today;
        const char* expected;
        QList<Visit> visits = {};
        const char* end = nullptr; // of the only employment
        bool employed = true;
    };
    const Case cases[] = {
        {"45 in 2022", "1977-06-15", "2026-01-10", "MID_CAREER - 2020-01-01..2022-12-31 HEALTH_PRO OVERDUE L4624-2-2"},
        {"45 on 31 December 2022", "1977-12-31", "2026-01-10",
         "MID_CAREER - 2020-01-01..2022-12-31 HEALTH_PRO OVERDUE L4624-2-2"},
        {"45 in 2021: before the law", "1976-12-31", "2026-01-10", "none"},
        {"45 in 2028: not yet 1 January of 43", "1983-03-01", "2025-12-31", "none"},
        {"45 in 2028: listed from 1 January of 43", "1983-03-01", "2026-01-01",
         "MID_CAREER - 2026-01-01..2028-12-31 HEALTH_PRO ok L4624-2-2"},
        {"on the last day", "1983-03-01", "2028-12-31", "MID_CAREER - 2026-01-01..2028-12-31 HEALTH_PRO ok L4624-2-2"},
        {"the day after", "1983-03-01", "2029-01-01", "MID_CAREER - 2026-01-01..2028-12-31 HEALTH_PRO OVERDUE L4624-2-2"},
        {"born 29 February", "1980-02-29", "2026-01-01", "MID_CAREER - 2023-01-01..2025-12-31 HEALTH_PRO OVERDUE L4624-2-2"},
        {"visit on earliest", "1983-03-01", "2026-06-01", "none", {visit("2026-01-01", K::MidCareer)}},
        {"visit the day before earliest", "1983-03-01", "2026-06-01",
         "MID_CAREER - 2026-01-01..2028-12-31 HEALTH_PRO ok L4624-2-2", {visit("2025-12-31", K::MidCareer)}},
        {"visit linked to an employment counts", "1983-03-01", "2026-06-01", "none", {visit("2026-02-01", K::MidCareer, "e1")}},
        {"another kind does not count", "1983-03-01", "2026-06-01",
         "MID_CAREER - 2026-01-01..2028-12-31 HEALTH_PRO ok L4624-2-2", {visit("2026-02-01", K::VipRenewal)}},
        {"no employment", "1983-03-01", "2026-06-01", "none", {}, nullptr, false},
        {"employment ended yesterday", "1983-03-01", "2026-06-01", "none", {}, "2026-05-31"},
        {"employment ending today", "1983-03-01", "2026-06-01", "MID_CAREER - 2026-01-01..2028-12-31 HEALTH_PRO ok L4624-2-2",
         {}, "2026-06-01"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        QList<Employment> employments;
        if (c.employed)
            employments << employment("e1", "2010-01-04", c.end);
        CHECK(describe(midCareerVisit(worker(c.birth, employments, c.visits), D(c.today))) == S(c.expected));
    }
}

TEST_CASE("rule 7: post-exposure from reference - 1 month to reference + 6 months, from 2021-10-01, by the MT")
{
    struct Case {
        const char* what;
        Employment e1;
        const char* expected;
        QList<Visit> visits = {};
        const char* today = "2026-01-10";
    };
    const Employment e2 = employment("e2", "2005-01-03", "2009-12-31");
    const Case cases[] = {
        {"ended on 2021-10-01", sirEmployment("e1", "2015-01-05", "2021-10-01"),
         "POST_EXPOSURE e1 2021-09-01..2022-04-01 MT OVERDUE L4624-2-1"},
        {"ended on 2021-09-30: before the law", sirEmployment("e1", "2015-01-05", "2021-09-30"), "none"},
        {"exposure ended on 2021-10-01, still employed", sirEmployment("e1", "2015-01-05", nullptr, "2021-10-01"),
         "POST_EXPOSURE e1 2021-09-01..2022-04-01 MT OVERDUE L4624-2-1"},
        {"exposure ended on 2021-09-30", sirEmployment("e1", "2015-01-05", nullptr, "2021-09-30"), "none"},
        {"the earlier of exposure_end and end", sirEmployment("e1", "2015-01-05", "2025-06-30", "2025-03-31"),
         "POST_EXPOSURE e1 2025-02-28..2025-09-30 MT OVERDUE L4624-2-1"},
        {"the earlier of the two, end first", sirEmployment("e1", "2015-01-05", "2024-05-31", "2025-01-01"),
         "POST_EXPOSURE e1 2024-04-30..2024-11-30 MT OVERDUE L4624-2-1"},
        {"end before 2021-10-01, exposure_end after: the earlier rules",
         sirEmployment("e1", "2015-01-05", "2021-09-30", "2022-01-01"), "none"},
        {"month-end clamping of latest", sirEmployment("e1", "2015-01-05", "2025-08-31"),
         "POST_EXPOSURE e1 2025-07-31..2026-02-28 MT ok L4624-2-1"},
        {"reference after today: upcoming (30 June + 6 months = 30 December, not the month end)", sirEmployment("e1", "2015-01-05", "2026-06-30"),
         "POST_EXPOSURE e1 2026-05-30..2026-12-30 MT ok L4624-2-1"},
        {"on latest: not overdue", sirEmployment("e1", "2015-01-05", "2025-07-10"),
         "POST_EXPOSURE e1 2025-06-10..2026-01-10 MT ok L4624-2-1"},
        {"the day after latest: overdue", sirEmployment("e1", "2015-01-05", "2025-07-09"),
         "POST_EXPOSURE e1 2025-06-09..2026-01-09 MT OVERDUE L4624-2-1"},
        {"not SIR", employment("e1", "2015-01-05", "2025-06-30"), "none"},
        {"SIR still exposed", sirEmployment("e1", "2015-01-05"), "none"},
        {"visit on earliest", sirEmployment("e1", "2015-01-05", "2025-06-30"), "none", {visit("2025-05-30", K::PostExposure)}},
        {"visit the day before earliest", sirEmployment("e1", "2015-01-05", "2025-06-30"),
         "POST_EXPOSURE e1 2025-05-30..2025-12-30 MT OVERDUE L4624-2-1", {visit("2025-05-29", K::PostExposure)}},
        {"visit linked to it", sirEmployment("e1", "2015-01-05", "2025-06-30"), "none",
         {visit("2025-07-02", K::PostExposure, "e1")}},
        {"visit linked to another employment", sirEmployment("e1", "2015-01-05", "2025-06-30"),
         "POST_EXPOSURE e1 2025-05-30..2025-12-30 MT OVERDUE L4624-2-1", {visit("2025-07-02", K::PostExposure, "e2")}},
        {"another kind does not count", sirEmployment("e1", "2015-01-05", "2025-06-30"),
         "POST_EXPOSURE e1 2025-05-30..2025-12-30 MT OVERDUE L4624-2-1", {visit("2025-07-02", K::EmaRenewal, "e1")}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        const Worker w = worker("1995-05-10", {c.e1, e2}, c.visits);
        CHECK(describe(postExposureVisit(w, c.e1, D(c.today))) == S(c.expected));
    }
}

TEST_CASE("all rules on one worker: exposure_end today vs yesterday, ended SIR post, flags that add nothing")
{
    struct Case {
        const char* what;
        Worker worker;
        const char* today;
        const char* expected;
    };
    const QList<Visit> sirVisits{visit("2022-01-10", K::Ema)};
    Worker pregnant = worker("1995-05-10", {employment("e1", "2025-12-01")}, {visit("2025-12-05", K::Vip)},
                             {Flag::Pregnant});
    const Case cases[] = {
        {"exposure ends today: still SIR", worker("1995-05-10", {sirEmployment("e1", "2022-01-03", nullptr, "2026-01-10")}, sirVisits),
         "2026-01-10",
         "EMA_RENEWAL e1 ..2026-01-10 MT ok R4624-28 | SIR_INTERMEDIATE e1 ..2024-01-10 HEALTH_PRO OVERDUE R4624-28 | "
         "POST_EXPOSURE e1 2025-12-10..2026-07-10 MT ok L4624-2-1"},
        {"exposure ended yesterday: SI", worker("1995-05-10", {sirEmployment("e1", "2022-01-03", nullptr, "2026-01-09")}, sirVisits),
         "2026-01-10",
         "VIP_RENEWAL e1 ..2027-01-10 HEALTH_PRO ok R4624-16 | POST_EXPOSURE e1 2025-12-09..2026-07-09 MT ok L4624-2-1"},
        {"ended SIR post: only POST_EXPOSURE", worker("1995-05-10", {sirEmployment("e1", "2020-01-06", "2025-12-31")}),
         "2026-01-10", "POST_EXPOSURE e1 2025-11-30..2026-06-30 MT ok L4624-2-1"},
        {"PREGNANT adds nothing", pregnant, "2026-01-10", "VIP_RENEWAL e1 ..2030-12-05 HEALTH_PRO ok R4624-16"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        CHECK(describe(dueVisits(c.worker, D(c.today))) == S(c.expected));
    }
}
