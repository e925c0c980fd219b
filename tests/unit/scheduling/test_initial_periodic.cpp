// Rules 2–4: initial visits (R4624-10, R4624-18, R4624-24, apprentices) with the dispensation windows
// of R4624-15 / R4624-27, and periodic visits (R4624-16, R4624-17, R4624-28), including rule 7's
// end of SIR once the exposure has ended.
#include "SchedulingTestSupport.h"

using namespace vigie::scheduling;
using namespace vigie::scheduling::test;

namespace {

using K = VisitKind;

// One employment "e1" of worker "w1" (plus an old ended employment "e2", so visits can be linked
// to another job).
struct Case {
    const char* what;
    const char* today;
    const char* start;
    const char* expected;
    QList<Visit> visits = {};
    QList<SirRisk> risks = {};
    bool night = false;
    bool apprentice = false;
    const char* birth = "1980-05-10";
    QList<Flag> flags = {};
    const char* end = nullptr;
    const char* exposureEnd = nullptr;
};

struct Built {
    Worker worker;
    Employment e1;
};

Built build(const Case& c)
{
    Employment e1 = employment("e1", c.start, c.end);
    e1.sirRisks = c.risks;
    e1.nightWorker = c.night;
    e1.apprentice = c.apprentice;
    e1.exposureEnd = optD(c.exposureEnd);
    const Employment e2 = employment("e2", "2005-01-03", "2009-12-31");
    return {worker(c.birth, {e1, e2}, c.visits, c.flags), e1};
}

const QList<SirRisk> asbestos{SirRisk::Asbestos};

} // namespace

TEST_CASE("rules 2-3: initial visit by category, its deadline, and the dispensation windows")
{
    const Case cases[] = {
        // Deadlines
        {"SI: 3 months", "2026-01-10", "2026-01-05", "VIP e1 ..2026-04-05 HEALTH_PRO ok R4624-10"},
        {"SI: 3 months clamped to the month end", "2026-01-10", "2025-11-30", "VIP e1 ..2026-02-28 HEALTH_PRO ok R4624-10"},
        {"SI: on the deadline, not overdue", "2025-12-01", "2025-09-01", "VIP e1 ..2025-12-01 HEALTH_PRO ok R4624-10"},
        {"SI: the day after, overdue", "2025-12-02", "2025-09-01", "VIP e1 ..2025-12-01 HEALTH_PRO OVERDUE R4624-10"},
        {"apprentice: 2 months", "2026-01-10", "2026-01-05", "VIP e1 ..2026-03-05 HEALTH_PRO ok apprentice: 2 months", {}, {},
         false, true},
        {"apprentice: 2 months clamped", "2026-01-10", "2025-12-31",
         "VIP e1 ..2026-02-28 HEALTH_PRO ok apprentice: 2 months", {}, {}, false, true},
        {"apprentice under 18: before assignment", "2026-01-05", "2026-01-05", "VIP e1 ..2026-01-05 HEALTH_PRO ok R4624-18",
         {}, {}, false, true, "2009-06-01"},
        {"apprentice night worker: before assignment", "2026-01-10", "2026-01-05",
         "VIP e1 ..2026-01-05 HEALTH_PRO OVERDUE R4624-18", {}, {}, true, true},
        {"apprentice with RQTH: apprentice line", "2026-01-10", "2026-01-05",
         "VIP e1 ..2026-03-05 HEALTH_PRO ok apprentice: 2 months", {}, {}, false, true, "1980-05-10", {Flag::Rqth}},
        {"night worker: before assignment", "2026-01-10", "2026-01-05", "VIP e1 ..2026-01-05 HEALTH_PRO OVERDUE R4624-18", {},
         {}, true},
        {"under 18 on the start date: before assignment", "2026-01-04", "2026-01-05",
         "VIP e1 ..2026-01-05 HEALTH_PRO ok R4624-18", {}, {}, false, false, "2008-01-06"},
        {"18 on the start date: 3 months", "2026-01-10", "2026-01-05", "VIP e1 ..2026-04-05 HEALTH_PRO ok R4624-10", {}, {},
         false, false, "2008-01-05"},
        {"RQTH (SIA): 3 months", "2026-01-10", "2026-01-05", "VIP e1 ..2026-04-05 HEALTH_PRO ok R4624-10", {}, {}, false,
         false, "1980-05-10", {Flag::Rqth}},
        {"invalidity pension (SIA): 3 months", "2026-01-10", "2026-01-05", "VIP e1 ..2026-04-05 HEALTH_PRO ok R4624-10", {},
         {}, false, false, "1980-05-10", {Flag::InvalidityPension}},
        {"SIR: EMA before assignment by the MT", "2026-01-10", "2026-01-05", "EMA e1 ..2026-01-05 MT OVERDUE R4624-24", {},
         asbestos},
        {"SIR apprentice night worker under 18: EMA", "2026-01-10", "2026-01-05", "EMA e1 ..2026-01-05 MT OVERDUE R4624-24",
         {}, asbestos, true, true, "2009-06-01"},
        {"SIR starting later: upcoming", "2026-01-10", "2026-03-01", "EMA e1 ..2026-03-01 MT ok R4624-24", {}, asbestos},

        // Dispensations (R4624-15: 5 years SI, 3 years SIA; R4624-27: 2 years SIR), both ends
        {"SI: VIP on start - 5 years", "2026-01-10", "2026-01-05", "none", {visit("2021-01-05", K::Vip)}},
        {"SI: VIP the day before", "2026-01-10", "2026-01-05", "VIP e1 ..2026-04-05 HEALTH_PRO ok R4624-10",
         {visit("2021-01-04", K::Vip)}},
        {"SI: EMA also satisfies", "2026-01-10", "2026-01-05", "none", {visit("2021-01-05", K::Ema)}},
        {"SI: a visit after the start", "2026-01-10", "2026-01-05", "none", {visit("2026-01-08", K::Vip, "e1")}},
        {"SI: VIP_RENEWAL does not satisfy", "2026-01-10", "2026-01-05", "VIP e1 ..2026-04-05 HEALTH_PRO ok R4624-10",
         {visit("2025-06-01", K::VipRenewal)}},
        {"SI: other kinds do not satisfy", "2026-01-10", "2026-01-05", "VIP e1 ..2026-04-05 HEALTH_PRO ok R4624-10",
         {visit("2025-06-01", K::EmaRenewal), visit("2025-06-02", K::SirIntermediate), visit("2025-06-03", K::Return),
          visit("2025-06-04", K::OnRequest), visit("2025-06-05", K::MidCareer), visit("2025-06-06", K::PreReturn),
          visit("2025-06-07", K::PostExposure)}},
        {"SIA (RQTH): VIP on start - 3 years", "2026-01-10", "2026-01-05", "none", {visit("2023-01-05", K::Vip)}, {}, false,
         false, "1980-05-10", {Flag::Rqth}},
        {"SIA (RQTH): VIP the day before", "2026-01-10", "2026-01-05", "VIP e1 ..2026-04-05 HEALTH_PRO ok R4624-10",
         {visit("2023-01-04", K::Vip)}, {}, false, false, "1980-05-10", {Flag::Rqth}},
        {"SIA (night): VIP on start - 3 years", "2026-01-10", "2026-01-05", "none", {visit("2023-01-05", K::Vip)}, {}, true},
        {"SIA (night): VIP the day before", "2026-01-10", "2026-01-05", "VIP e1 ..2026-01-05 HEALTH_PRO OVERDUE R4624-18",
         {visit("2023-01-04", K::Vip)}, {}, true},
        {"SIR: EMA on start - 2 years", "2026-01-10", "2026-01-05", "none", {visit("2024-01-05", K::Ema)}, asbestos},
        {"SIR: EMA the day before", "2026-01-10", "2026-01-05", "EMA e1 ..2026-01-05 MT OVERDUE R4624-24",
         {visit("2024-01-04", K::Ema)}, asbestos},
        {"SIR: a VIP does not satisfy", "2026-01-10", "2026-01-05", "EMA e1 ..2026-01-05 MT OVERDUE R4624-24",
         {visit("2026-01-06", K::Vip, "e1")}, asbestos},
        {"SIR: start - 2 years clamped (2028-02-29 -> 2026-02-28)", "2026-03-01", "2028-02-29", "none",
         {visit("2026-02-28", K::Ema)}, asbestos},
        {"SIR: the day before the clamped window", "2026-03-01", "2028-02-29", "EMA e1 ..2028-02-29 MT ok R4624-24",
         {visit("2026-02-27", K::Ema)}, asbestos},

        // Links: a visit of another employment never counts; an unlinked one counts for all
        {"visit linked to another employment", "2026-01-10", "2026-01-05", "VIP e1 ..2026-04-05 HEALTH_PRO ok R4624-10",
         {visit("2025-06-01", K::Vip, "e2")}},
        {"visit linked to this employment", "2026-01-10", "2026-01-05", "none", {visit("2025-06-01", K::Vip, "e1")}},
        {"unlinked visit", "2026-01-10", "2026-01-05", "none", {visit("2025-06-01", K::Vip)}},

        // Rule 2: only active employments
        {"ended yesterday: nothing", "2026-01-10", "2025-06-02", "none", {}, {}, false, false, "1980-05-10", {}, "2026-01-09"},
        {"ending today: still active", "2026-01-10", "2025-06-02", "VIP e1 ..2025-09-02 HEALTH_PRO OVERDUE R4624-10", {}, {},
         false, false, "1980-05-10", {}, "2026-01-10"},
        {"ended SIR post: no EMA", "2026-01-10", "2025-06-02", "none", {}, asbestos, false, false, "1980-05-10", {},
         "2026-01-09"},

        // Rule 7: exposure ended before today -> no longer SIR for the initial visit
        {"exposure ended yesterday: VIP as SI", "2026-01-10", "2026-01-05", "VIP e1 ..2026-04-05 HEALTH_PRO ok R4624-10", {},
         asbestos, false, false, "1980-05-10", {}, nullptr, "2026-01-09"},
        {"exposure ended yesterday: a VIP 4 years before satisfies (SI window)", "2026-01-10", "2026-01-05", "none",
         {visit("2022-01-05", K::Vip)}, asbestos, false, false, "1980-05-10", {}, nullptr, "2026-01-09"},
        {"exposure ended yesterday, night worker: VIP before assignment", "2026-01-10", "2026-01-05",
         "VIP e1 ..2026-01-05 HEALTH_PRO OVERDUE R4624-18", {}, asbestos, true, false, "1980-05-10", {}, nullptr,
         "2026-01-09"},
        {"exposure ends today: still SIR", "2026-01-10", "2026-01-05", "EMA e1 ..2026-01-05 MT OVERDUE R4624-24",
         {visit("2022-01-05", K::Vip)}, asbestos, false, false, "1980-05-10", {}, nullptr, "2026-01-10"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        const Built b = build(c);
        CHECK(describe(initialVisit(b.worker, b.e1, D(c.today))) == S(c.expected));
        CHECK(initialVisitSatisfied(b.worker, b.e1, D(c.today)) == (QByteArray(c.expected) == "none" && !c.end));
    }
}

TEST_CASE("rule 4: periodic visits from the last counting visit (SI 5y, SIA 3y, SIR 4y + intermediate 2y)")
{
    const Case cases[] = {
        {"SI: VIP + 5 years", "2026-01-10", "2021-01-04", "VIP_RENEWAL e1 ..2026-03-10 HEALTH_PRO ok R4624-16",
         {visit("2021-03-10", K::Vip, "e1")}},
        {"SI: on the deadline", "2026-03-10", "2021-01-04", "VIP_RENEWAL e1 ..2026-03-10 HEALTH_PRO ok R4624-16",
         {visit("2021-03-10", K::Vip, "e1")}},
        {"SI: the day after", "2026-03-11", "2021-01-04", "VIP_RENEWAL e1 ..2026-03-10 HEALTH_PRO OVERDUE R4624-16",
         {visit("2021-03-10", K::Vip, "e1")}},
        {"SI: last is the latest of VIP, VIP_RENEWAL, EMA, EMA_RENEWAL, SIR_INTERMEDIATE", "2026-01-10", "2019-01-07",
         "VIP_RENEWAL e1 ..2027-06-30 HEALTH_PRO ok R4624-16",
         {visit("2019-01-07", K::Vip), visit("2020-05-05", K::EmaRenewal), visit("2022-06-30", K::SirIntermediate),
          visit("2021-01-01", K::VipRenewal), visit("2020-01-01", K::Ema)}},
        {"SI: other kinds do not move last", "2026-01-10", "2020-02-03", "VIP_RENEWAL e1 ..2025-02-03 HEALTH_PRO OVERDUE R4624-16",
         {visit("2020-02-03", K::Vip), visit("2024-01-01", K::Return), visit("2024-02-01", K::MidCareer),
          visit("2024-03-01", K::OnRequest), visit("2024-04-01", K::PreReturn), visit("2024-05-01", K::PostExposure)}},
        {"SI: 5 years from a dispensing VIP before the start", "2026-01-10", "2026-01-05",
         "VIP_RENEWAL e1 ..2027-01-05 HEALTH_PRO ok R4624-16", {visit("2022-01-05", K::Vip)}},
        {"SI: nothing periodic before the initial visit", "2026-01-10", "2026-01-05", "none",
         {visit("2025-06-01", K::VipRenewal)}},
        {"SI: a visit of another employment does not move last", "2026-01-10", "2021-01-04",
         "VIP_RENEWAL e1 ..2026-03-10 HEALTH_PRO ok R4624-16",
         {visit("2021-03-10", K::Vip, "e1"), visit("2023-03-10", K::VipRenewal, "e2")}},
        {"SIA (RQTH): + 3 years, clamped", "2026-01-10", "2024-02-01", "VIP_RENEWAL e1 ..2027-02-28 HEALTH_PRO ok R4624-17",
         {visit("2024-02-29", K::Vip)}, {}, false, false, "1980-05-10", {Flag::Rqth}},
        {"SIA (night): + 3 years", "2026-01-10", "2022-01-03", "VIP_RENEWAL e1 ..2025-01-03 HEALTH_PRO OVERDUE R4624-17",
         {visit("2022-01-03", K::Vip)}, {}, true},
        {"SIA (under 18 at start, adult now): + 3 years", "2026-01-10", "2024-09-02",
         "VIP_RENEWAL e1 ..2027-09-02 HEALTH_PRO ok R4624-17", {visit("2024-09-02", K::Vip)}, {}, false, false, "2007-01-15"},
        {"SIR: EMA_RENEWAL + 4 years and SIR_INTERMEDIATE + 2 years", "2026-01-10", "2024-02-29",
         "EMA_RENEWAL e1 ..2028-02-29 MT ok R4624-28 | SIR_INTERMEDIATE e1 ..2026-02-28 HEALTH_PRO ok R4624-28",
         {visit("2024-02-29", K::Ema, "e1")}, asbestos},
        {"SIR: an intermediate visit after last cancels the intermediate", "2026-01-10", "2024-02-29",
         "EMA_RENEWAL e1 ..2028-02-29 MT ok R4624-28",
         {visit("2024-02-29", K::Ema, "e1"), visit("2025-03-01", K::SirIntermediate)}, asbestos},
        {"SIR: an intermediate visit the same day as last does not", "2026-01-10", "2024-02-29",
         "EMA_RENEWAL e1 ..2028-02-29 MT ok R4624-28 | SIR_INTERMEDIATE e1 ..2026-02-28 HEALTH_PRO ok R4624-28",
         {visit("2024-02-29", K::Ema, "e1"), visit("2024-02-29", K::SirIntermediate, "e1")}, asbestos},
        {"SIR: an intermediate visit of another employment does not", "2026-01-10", "2024-02-29",
         "EMA_RENEWAL e1 ..2028-02-29 MT ok R4624-28 | SIR_INTERMEDIATE e1 ..2026-02-28 HEALTH_PRO ok R4624-28",
         {visit("2024-02-29", K::Ema, "e1"), visit("2025-03-01", K::SirIntermediate, "e2")}, asbestos},
        {"SIR: an intermediate visit before last does not", "2026-01-10", "2020-01-06",
         "EMA_RENEWAL e1 ..2028-01-08 MT ok R4624-28 | SIR_INTERMEDIATE e1 ..2026-01-08 HEALTH_PRO OVERDUE R4624-28",
         {visit("2020-01-06", K::Ema), visit("2022-01-03", K::SirIntermediate), visit("2024-01-08", K::EmaRenewal)},
         asbestos},
        {"SIR: last counts only EMA and EMA_RENEWAL", "2026-01-10", "2022-01-10",
         "EMA_RENEWAL e1 ..2026-01-10 MT ok R4624-28 | SIR_INTERMEDIATE e1 ..2024-01-10 HEALTH_PRO OVERDUE R4624-28",
         {visit("2022-01-10", K::Ema), visit("2024-05-05", K::VipRenewal), visit("2025-01-05", K::Vip)}, asbestos},
        {"SIR: from a dispensing EMA 2 years before the start", "2026-01-10", "2026-01-05",
         "EMA_RENEWAL e1 ..2028-01-05 MT ok R4624-28 | SIR_INTERMEDIATE e1 ..2026-01-05 HEALTH_PRO OVERDUE R4624-28",
         {visit("2024-01-05", K::Ema)}, asbestos},
        {"SIR: nothing periodic before the EMA", "2026-01-10", "2022-01-10", "none", {visit("2022-01-10", K::Vip)},
         asbestos},
        {"ended employment: nothing", "2026-01-10", "2021-01-04", "none", {visit("2021-03-10", K::Vip)}, {}, false, false,
         "1980-05-10", {}, "2025-12-31"},
        {"exposure ended yesterday: SI from the latest of every SI kind, no EMA_RENEWAL or intermediate", "2026-01-10",
         "2022-01-03", "VIP_RENEWAL e1 ..2029-01-15 HEALTH_PRO ok R4624-16",
         {visit("2022-01-10", K::Ema), visit("2024-01-15", K::SirIntermediate)}, asbestos, false, false, "1980-05-10", {},
         nullptr, "2026-01-09"},
        {"exposure ended yesterday, night worker: SIA", "2026-01-10", "2022-01-03",
         "VIP_RENEWAL e1 ..2027-01-15 HEALTH_PRO ok R4624-17",
         {visit("2022-01-10", K::Ema), visit("2024-01-15", K::SirIntermediate)}, asbestos, true, false, "1980-05-10", {},
         nullptr, "2026-01-09"},
        {"exposure ends today: still SIR", "2026-01-10", "2022-01-03", "EMA_RENEWAL e1 ..2026-01-10 MT ok R4624-28",
         {visit("2022-01-10", K::Ema), visit("2024-01-15", K::SirIntermediate)}, asbestos, false, false, "1980-05-10", {},
         nullptr, "2026-01-10"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        const Built b = build(c);
        CHECK(describe(periodicVisits(b.worker, b.e1, D(c.today))) == S(c.expected));
    }
}
