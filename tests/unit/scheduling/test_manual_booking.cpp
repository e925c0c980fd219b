// Planning by hand (ManualBooking.h): a visit dropped on a slot is refused, with the reason named, in
// exactly the cases the planner never proposes — an MT-only visit with a nurse (R4623-14 II), a public
// holiday, an absence, outside the opening hours, over another appointment, past the daily limit — plus
// a day gone by, a day before the visit's window opens and a professional outside the team in charge.
// Monday 7 December 2026, team A.
#include "SchedulingTestSupport.h"

#include "scheduling/ManualBooking.h"

using namespace vigie::scheduling;
using namespace vigie::scheduling::test;

namespace {

Professional pro(const char* id, const char* name, ProfessionalKind kind, const char* team, int limit = 12)
{
    Professional p;
    p.id = S(id);
    p.name = S(name);
    p.kind = kind;
    p.teamIds = {S(team)};
    p.dailyLimit = limit;
    for (int wd = 1; wd <= 5; ++wd)
        p.hours.append(OpeningHours{wd, 9 * 60, 12 * 60, S("centre"), std::nullopt, std::nullopt});
    return p;
}

Agendas agendas()
{
    Agendas a;
    a.places = {Place{S("centre"), PlaceKind::Centre, S("Centre Gerland"), {}, {}}};
    a.professionals = {pro("mt", "Dr Claire Moreau", ProfessionalKind::Physician, "team-a"),
                       pro("ide", "Julien Roux", ProfessionalKind::Nurse, "team-a", 2),
                       pro("mt-b", "Dr Paul Blanc", ProfessionalKind::Physician, "team-b")};
    a.professionals[1].absences = {DateRange{D("2026-12-09"), D("2026-12-09")}};
    a.bookings = {Booking{S("ide"), D("2026-12-07"), 9 * 60, 9 * 60 + 20}, Booking{S("ide"), D("2026-12-08"), 9 * 60, 9 * 60 + 20},
                  Booking{S("ide"), D("2026-12-08"), 10 * 60, 10 * 60 + 20}};
    return a;
}

Demand demand(VisitKind kind, Performer performer, const char* earliest = nullptr)
{
    Demand d;
    d.key = S("w1");
    d.workerId = S("w1");
    d.workerName = S("DURAND Marie");
    d.establishmentId = S("est-a");
    d.teamIds = {S("team-a")};
    d.kind = kind;
    d.performer = performer;
    d.latest = D("2026-12-31");
    d.earliest = optD(earliest);
    d.basis = S("R4624-10");
    return d;
}

} // namespace

TEST_CASE("a visit planned by hand is checked like the planner's proposals, and the refusal says why")
{
    struct Row {
        const char* what;
        VisitKind kind;
        Performer performer;
        const char* professional;
        const char* day;
        const char* time;
        const char* refusal; // empty: booked
        const char* earliest = nullptr;
    };
    const Row rows[] = {
        {"VIP with the nurse in her opening", VisitKind::Vip, Performer::HealthPro, "ide", "2026-12-07", "09:20", ""},
        {"EMA with the nurse", VisitKind::Ema, Performer::Mt, "ide", "2026-12-07", "10:00",
         "DURAND Marie with Julien Roux on 07/12/2026 at 10:00: Only the occupational physician may perform this visit (R4623-14 II)"},
        {"EMA renewal with the nurse", VisitKind::EmaRenewal, Performer::Mt, "ide", "2026-12-07", "10:00", "Only the occupational physician"},
        {"post-exposure with the nurse", VisitKind::PostExposure, Performer::Mt, "ide", "2026-12-07", "10:00", "Only the occupational physician"},
        {"EMA with the physician", VisitKind::Ema, Performer::Mt, "mt", "2026-12-07", "10:00", ""},
        {"public holiday (Christmas)", VisitKind::Vip, Performer::HealthPro, "ide", "2026-12-25", "09:00", "Public holiday"},
        {"absence", VisitKind::Vip, Performer::HealthPro, "ide", "2026-12-09", "09:00", "The professional is absent that day"},
        {"before the opening", VisitKind::Vip, Performer::HealthPro, "ide", "2026-12-07", "08:30", "Outside the professional's opening hours"},
        {"running past its end", VisitKind::Vip, Performer::HealthPro, "ide", "2026-12-07", "11:50", "Outside the professional's opening hours"},
        {"a Saturday", VisitKind::Vip, Performer::HealthPro, "ide", "2026-12-12", "09:00", "Outside the professional's opening hours"},
        {"over another appointment", VisitKind::Vip, Performer::HealthPro, "ide", "2026-12-07", "09:10",
         "The professional already has an appointment at that time"},
        {"daily limit reached (2)", VisitKind::Vip, Performer::HealthPro, "ide", "2026-12-08", "11:00", "The professional's daily limit is reached"},
        {"a day gone by", VisitKind::Vip, Performer::HealthPro, "ide", "2026-12-04", "09:30", "This day has passed"},
        {"another team's physician", VisitKind::Vip, Performer::HealthPro, "mt-b", "2026-12-07", "09:00",
         "The professional is not in a team in charge of the worker's establishment"},
        {"an unknown professional", VisitKind::Vip, Performer::HealthPro, "nobody", "2026-12-07", "09:00", "Unknown professional"},
        {"a return visit before the worker is back", VisitKind::Return, Performer::HealthPro, "ide", "2026-12-07", "10:00",
         "Too early: this visit is due from 08/12/2026 (R4624-10)", "2026-12-08"},
        {"a return visit on the day of return", VisitKind::Return, Performer::HealthPro, "mt", "2026-12-08", "10:00", "", "2026-12-08"},
    };
    const Agendas a = agendas();
    for (const Row& row : rows) {
        INFO(row.what);
        const ManualSlot slot{S(row.professional), D(row.day), minutesOf(S(row.time))};
        const Demand d = demand(row.kind, row.performer, row.earliest);
        const QString refusal = manualBookingRefusal(a, d, slot, D("2026-12-07"));
        auto proposal = proposalByHand(a, d, slot, D("2026-12-07"));
        if (*row.refusal == '\0') {
            CHECK(refusal.isEmpty());
            REQUIRE(proposal);
            CHECK(proposal.value().placeId == S("centre"));
            CHECK(proposal.value().start == slot.start);
            CHECK(proposal.value().end == slot.start + defaultSlotMinutes(row.kind));
            CHECK(proposal.value().withinDeadline);
        } else {
            CHECK(refusal.contains(S(row.refusal)));
            CHECK(refusal.startsWith(S("DURAND Marie with ")));
            REQUIRE_FALSE(proposal);
            CHECK(proposal.error().message == refusal);
        }
    }
}

TEST_CASE("a visit planned by hand lasts the service's slot length and is flagged late after its deadline")
{
    Agendas a = agendas();
    a.slotLengths.set(VisitKind::Vip, 45);
    Demand d = demand(VisitKind::Vip, Performer::HealthPro);
    d.latest = D("2026-12-06");
    auto p = proposalByHand(a, d, ManualSlot{S("mt"), D("2026-12-07"), 11 * 60 + 15}, D("2026-12-07"));
    REQUIRE(p);
    CHECK(p.value().end == 12 * 60);
    CHECK_FALSE(p.value().withinDeadline);
    // 45 minutes from 11:20 would end past noon.
    CHECK(manualBookingRefusal(a, d, ManualSlot{S("mt"), D("2026-12-07"), 11 * 60 + 20}, D("2026-12-07"))
              .contains(S("Outside the professional's opening hours")));
}
