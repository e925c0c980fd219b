// Nearness of an agenda's place to the worker's workplace (Territory.h, issue 19 item 7: a worker in
// Grenoble convoked to Lyon) and the planner's preference for the nearest place with a free slot.
#include "SchedulingTestSupport.h"

#include "scheduling/Planner.h"
#include "scheduling/Territory.h"

using namespace vigie::scheduling;
using namespace vigie::scheduling::test;

TEST_CASE("territory: the département of a postal code, the postal code of an address")
{
    struct Row {
        const char* text;
        const char* departement;
    };
    const Row departements[] = {
        {"38000", "38"}, {"69002", "69"}, {"01000", "01"}, {"20000", "20"}, {"97411", "974"}, {"98800", "988"},
        {" 38100 ", "38"}, {"3800", ""}, {"380000", ""}, {"38A00", ""}, {"", ""},
    };
    for (const Row& r : departements) {
        INFO(r.text);
        CHECK(departementOfPostalCode(S(r.text)) == S(r.departement));
    }
    const Row addresses[] = {
        {"12 avenue Alsace-Lorraine, 38000 Grenoble", "38000"},
        {"Centre de Gerland, 10 rue Marcel Mérieux, 69007 Lyon", "69007"},
        {"BP 12345, 12 rue X, 42000 Saint-Étienne", "42000"}, // the last five-digit group
        {"Tél. 0472000000, 3 rue Y", ""},                      // ten digits are not a postal code
        {"Unité mobile", ""},
    };
    for (const Row& r : addresses) {
        INFO(r.text);
        CHECK(postalCodeInAddress(S(r.text)) == S(r.departement));
    }
}

TEST_CASE("territory: same town, then same département, then elsewhere; a company site and a tele-consultation are near")
{
    struct Row {
        const char* place;
        const char* workplace;
        Nearness expected;
    };
    const Row rows[] = {
        {"38000", "38000", Nearness::SameTown},
        {"38000", "38100", Nearness::SameDepartement}, // Grenoble's two codes
        {"38000", "38130", Nearness::SameDepartement}, // Échirolles
        {"69007", "38000", Nearness::Elsewhere},       // Lyon for a Grenoble worker
        {"69007", "69002", Nearness::SameDepartement},
        {"01000", "69002", Nearness::Elsewhere},
        {"", "38000", Nearness::Elsewhere},
        {"38000", "", Nearness::Elsewhere},
    };
    for (const Row& r : rows) {
        INFO(r.place << " / " << r.workplace);
        CHECK(nearness(S(r.place), S(r.workplace)) == r.expected);
    }
    const Place lyon{S("lyon"), PlaceKind::Centre, S("Centre de Lyon"), S("10 rue Marcel Mérieux, 69007 Lyon"), {}};
    const Place grenoble{S("gre"), PlaceKind::Centre, S("Centre de Grenoble"), S("12 avenue Alsace-Lorraine, 38000 Grenoble"), {}};
    const Place site{S("site"), PlaceKind::CompanySite, S("Site Atelier"), S("1 rue Z, 69100 Villeurbanne"), S("est-a")};
    const Place tele{S("tele"), PlaceKind::Teleconsultation, S("Téléconsultation"), {}, {}};
    CHECK(nearness(lyon, S("38000")) == Nearness::Elsewhere);
    CHECK(nearness(grenoble, S("38000")) == Nearness::SameTown);
    CHECK(nearness(grenoble, S("38400")) == Nearness::SameDepartement);
    CHECK(nearness(site, S("38000")) == Nearness::SameTown);
    CHECK(nearness(tele, S("38000")) == Nearness::SameTown);
}

namespace {

// One physician with Lyon in the morning and Grenoble in the afternoon, and a nurse in Lyon all day.
Agendas lyonAndGrenoble()
{
    Agendas a;
    a.places = {Place{S("lyon"), PlaceKind::Centre, S("Centre de Lyon"), S("10 rue Marcel Mérieux, 69007 Lyon"), {}},
                Place{S("gre"), PlaceKind::Centre, S("Centre de Grenoble"), S("12 avenue Alsace-Lorraine, 38000 Grenoble"), {}}};
    Professional mt;
    mt.id = S("mt");
    mt.name = S("mt");
    mt.kind = ProfessionalKind::Physician;
    mt.teamIds = {S("team-a")};
    Professional ide = mt;
    ide.id = S("ide");
    ide.name = S("ide");
    ide.kind = ProfessionalKind::Nurse;
    for (int wd = 1; wd <= 5; ++wd) {
        mt.hours.append(OpeningHours{wd, 9 * 60, 12 * 60, S("lyon"), std::nullopt, std::nullopt});
        mt.hours.append(OpeningHours{wd, 14 * 60, 17 * 60, S("gre"), std::nullopt, std::nullopt});
        ide.hours.append(OpeningHours{wd, 8 * 60, 18 * 60, S("lyon"), std::nullopt, std::nullopt});
    }
    mt.dailyLimit = ide.dailyLimit = 12;
    a.professionals = {mt, ide};
    return a;
}

Demand visitOf(const char* key, const char* postalCode, VisitKind kind = VisitKind::VipRenewal, Performer performer = Performer::HealthPro,
               const char* latest = "2026-12-31")
{
    Demand d;
    d.key = S(key);
    d.workerId = S(key);
    d.workerName = S(key);
    d.establishmentId = S("est-") + S(key);
    d.teamIds = {S("team-a")};
    d.kind = kind;
    d.performer = performer;
    d.latest = D(latest);
    d.basis = S("R4624-16");
    d.requestedOn = D("2026-11-01");
    d.workplacePostalCode = S(postalCode);
    return d;
}

} // namespace

TEST_CASE("the planner proposes a Grenoble worker in Grenoble, not Lyon, when both have free slots")
{
    const Agendas a = lyonAndGrenoble();
    struct Row {
        const char* postalCode;
        const char* place;
    };
    const Row rows[] = {
        {"38000", "gre"},  // Grenoble: the afternoon in Grenoble, though Lyon is free from 8:00 with the nurse
        {"38130", "gre"},  // Échirolles: the same département
        {"69002", "lyon"}, // Lyon: Lyon, the nurse first as before
        {"42000", "lyon"}, // Saint-Étienne: no centre near, the earliest slot anywhere (Lyon at 8:00)
        {"", "lyon"},      // unknown workplace: the earliest slot anywhere
    };
    for (const Row& r : rows) {
        INFO(r.postalCode);
        const Plan plan = planVisits(a, PlanRequest{D("2026-12-04"), D("2026-12-07"), D("2026-12-11"), {visitOf("w", r.postalCode)}});
        REQUIRE(plan.proposals.size() == 1);
        CHECK(plan.proposals.first().placeId == S(r.place));
        CHECK(plan.proposals.first().day == D("2026-12-07"));
    }
    // The Grenoble worker's visit goes to the physician's Grenoble afternoon; the Lyon worker's to the nurse.
    const Plan both = planVisits(a, PlanRequest{D("2026-12-04"), D("2026-12-07"), D("2026-12-11"),
                                                {visitOf("gre", "38000"), visitOf("lyo", "69007")}});
    REQUIRE(both.proposals.size() == 2);
    for (const Proposal& p : both.proposals) {
        INFO(p.demand.key.toStdString());
        CHECK(p.placeId == (p.demand.key == S("gre") ? S("gre") : S("lyon")));
        CHECK(p.start == (p.demand.key == S("gre") ? 14 * 60 : 8 * 60));
    }
}

TEST_CASE("a farther place only when no nearer one has a slot before the deadline")
{
    Agendas a = lyonAndGrenoble();
    // The physician is away the first week: Grenoble has no opening before the deadline of the 11th.
    a.professionals[0].absences = {DateRange{D("2026-12-07"), D("2026-12-11")}};
    const Plan plan = planVisits(a, PlanRequest{D("2026-12-04"), D("2026-12-07"), D("2026-12-18"),
                                                {visitOf("w", "38000", VisitKind::VipRenewal, Performer::HealthPro, "2026-12-11")}});
    REQUIRE(plan.proposals.size() == 1);
    CHECK(plan.proposals.first().placeId == S("lyon"));
    CHECK(plan.proposals.first().withinDeadline);
    // With a later deadline, the worker waits for Grenoble on the 14th rather than travel to Lyon.
    const Plan later = planVisits(a, PlanRequest{D("2026-12-04"), D("2026-12-07"), D("2026-12-18"),
                                                 {visitOf("w", "38000", VisitKind::VipRenewal, Performer::HealthPro, "2026-12-31")}});
    REQUIRE(later.proposals.size() == 1);
    CHECK(later.proposals.first().placeId == S("gre"));
    CHECK(later.proposals.first().day == D("2026-12-14"));
}
