// Rule 1: the follow-up category of an employment, and rule 7's "no longer SIR" once the exposure
// has ended (R4624-23, R4624-17, R4624-18, L4624-2-1).
#include "SchedulingTestSupport.h"

using namespace vigie::scheduling;
using namespace vigie::scheduling::test;

TEST_CASE("rule 1: SIR when sir_risks is not empty, else SIA (night, under 18 at start, RQTH, invalidity), else SI")
{
    struct Row {
        const char* what;
        const char* birth;
        const char* start;
        QList<SirRisk> risks;
        bool night;
        bool apprentice;
        QList<Flag> flags;
        Category expected;
        const char* reason;
    };
    const Row rows[] = {
        {"plain worker", "1980-05-10", "2026-01-05", {}, false, false, {}, Category::Si, "SI (R4624-10)"},
        {"asbestos", "1980-05-10", "2026-01-05", {SirRisk::Asbestos}, false, false, {}, Category::Sir, "SIR: ASBESTOS (R4624-23)"},
        {"two risks", "1980-05-10", "2026-01-05", {SirRisk::Lead, SirRisk::Cmr}, false, false, {}, Category::Sir,
         "SIR: LEAD, CMR (R4624-23)"},
        {"employer list", "1980-05-10", "2026-01-05", {SirRisk::EmployerListed}, false, false, {}, Category::Sir,
         "SIR: EMPLOYER_LISTED (R4624-23)"},
        {"SIR beats night work and RQTH", "1980-05-10", "2026-01-05", {SirRisk::Hyperbaric}, true, false, {Flag::Rqth},
         Category::Sir, "SIR: HYPERBARIC (R4624-23)"},
        {"SIR beats under 18", "2010-05-10", "2026-01-05", {SirRisk::AptitudeSpecific}, false, true, {}, Category::Sir,
         "SIR: APTITUDE_SPECIFIC (R4624-23)"},
        {"night worker", "1980-05-10", "2026-01-05", {}, true, false, {}, Category::Sia, "SIA: NIGHT_WORK (R4624-17)"},
        {"RQTH", "1980-05-10", "2026-01-05", {}, false, false, {Flag::Rqth}, Category::Sia, "SIA: RQTH (R4624-17)"},
        {"invalidity pension", "1980-05-10", "2026-01-05", {}, false, false, {Flag::InvalidityPension}, Category::Sia,
         "SIA: INVALIDITY_PENSION (R4624-17)"},
        {"pregnant only: no category change", "1990-05-10", "2026-01-05", {}, false, false, {Flag::Pregnant}, Category::Si,
         "SI (R4624-10)"},
        {"apprentice only: SI", "2000-05-10", "2026-01-05", {}, false, true, {}, Category::Si, "SI (R4624-10)"},
        {"17 on the start date", "2008-01-06", "2026-01-05", {}, false, false, {}, Category::Sia, "SIA: UNDER_18 (R4624-17)"},
        {"18 on the start date (birthday)", "2008-01-05", "2026-01-05", {}, false, false, {}, Category::Si, "SI (R4624-10)"},
        {"under 18 at start, adult today: still SIA", "2008-03-01", "2026-01-05", {}, false, false, {}, Category::Sia,
         "SIA: UNDER_18 (R4624-17)"},
        {"born 29 Feb, start 28 Feb of a common year: still 17", "2008-02-29", "2026-02-28", {}, false, false, {},
         Category::Sia, "SIA: UNDER_18 (R4624-17)"},
        {"born 29 Feb, start 1 March: 18", "2008-02-29", "2026-03-01", {}, false, false, {}, Category::Si, "SI (R4624-10)"},
        {"every SIA reason", "2010-05-10", "2026-01-05", {}, true, false, {Flag::Rqth, Flag::InvalidityPension},
         Category::Sia, "SIA: NIGHT_WORK, UNDER_18, RQTH, INVALIDITY_PENSION (R4624-17)"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.what);
        Employment e = employment("e1", r.start);
        e.sirRisks = r.risks;
        e.nightWorker = r.night;
        e.apprentice = r.apprentice;
        const Worker w = worker(r.birth, {e}, {}, r.flags);
        const CategoryDecision d = followUpCategory(w, e);
        CHECK(d.category == r.expected);
        CHECK(d.reason == S(r.reason));
    }
}

TEST_CASE("rule 7: once exposure_end is before today the post is categorised as if sir_risks were empty")
{
    struct Row {
        const char* exposureEnd;
        const char* today;
        bool night;
        Category expected;
    };
    const Row rows[] = {
        {nullptr, "2026-06-01", false, Category::Sir},
        {"2026-06-01", "2026-06-01", false, Category::Sir}, // exposure_end today: still SIR
        {"2026-06-02", "2026-06-01", false, Category::Sir}, // future
        {"2026-05-31", "2026-06-01", false, Category::Si},  // yesterday: no longer SIR
        {"2026-05-31", "2026-06-01", true, Category::Sia},  // ... computed as if sir_risks were empty
    };
    for (const Row& r : rows) {
        CAPTURE(r.exposureEnd, r.today, r.night);
        Employment e = employment("e1", "2020-01-06");
        e.sirRisks = {SirRisk::Asbestos};
        e.exposureEnd = optD(r.exposureEnd);
        e.nightWorker = r.night;
        const Worker w = worker("1980-05-10", {e});
        CHECK(categoryForFollowUp(w, e, D(r.today)).category == r.expected);
        CHECK(followUpCategory(w, e).category == Category::Sir); // rule 1 itself does not change
    }
    Employment e = employment("e1", "2020-01-06");
    e.sirRisks = {SirRisk::Asbestos};
    e.exposureEnd = D("2026-05-31");
    CHECK(categoryForFollowUp(worker("1980-05-10", {e}), e, D("2026-06-01")).reason ==
          S("SI (R4624-10), SIR exposure ended on 2026-05-31 (L4624-2-1)"));
}
