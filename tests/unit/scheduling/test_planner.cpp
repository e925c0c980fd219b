// The planner (Planner.h) on small agendas: who may perform what (MT only for EMA, EMA_RENEWAL and
// POST_EXPOSURE, R4623-14 II), never two appointments at once, never outside opening hours, on a
// holiday or an absence, the team in charge, the place, the daily limit, the order (overdue, legally
// critical, deadline) and re-planning after a missed appointment.
#include "SchedulingTestSupport.h"

#include "scheduling/Planner.h"

using namespace vigie::scheduling;
using namespace vigie::scheduling::test;

namespace {

Professional pro(const char* id, ProfessionalKind kind, const char* team, QList<OpeningHours> hours, int limit = 12)
{
    Professional p;
    p.id = S(id);
    p.name = S(id);
    p.kind = kind;
    p.teamIds = {S(team)};
    p.hours = std::move(hours);
    p.dailyLimit = limit;
    return p;
}

// Monday to Friday, from..to (hours), at `place`.
QList<OpeningHours> weekdays(int fromHour, int toHour, const char* place = "centre")
{
    QList<OpeningHours> out;
    for (int wd = 1; wd <= 5; ++wd)
        out.append(OpeningHours{wd, fromHour * 60, toHour * 60, S(place), std::nullopt, std::nullopt});
    return out;
}

Agendas teamA()
{
    Agendas a;
    a.places = {Place{S("centre"), PlaceKind::Centre, S("Centre Gerland"), {}, {}},
                Place{S("site-a"), PlaceKind::CompanySite, S("Atelier Nord"), {}, S("est-a")},
                Place{S("tele"), PlaceKind::Teleconsultation, S("Téléconsultation"), {}, {}}};
    a.professionals = {pro("mt", ProfessionalKind::Physician, "team-a", weekdays(9, 12)),
                       pro("ide", ProfessionalKind::Nurse, "team-a", weekdays(9, 12) + weekdays(14, 17)),
                       pro("mt-b", ProfessionalKind::Physician, "team-b", weekdays(8, 18))};
    return a;
}

Demand demand(const char* key, VisitKind kind, Performer performer, const char* latest, const char* earliest = nullptr,
              const char* basis = "R4624-10", const char* establishment = "est-a", const char* team = "team-a")
{
    Demand d;
    d.key = S(key);
    d.workerId = S(key);
    d.workerName = S(key);
    d.employmentId = S("e-") + S(key);
    d.establishmentId = S(establishment);
    d.teamIds = {S(team)};
    d.kind = kind;
    d.latest = D(latest);
    d.earliest = optD(earliest);
    d.performer = performer;
    d.basis = S(basis);
    d.requestedOn = D("2026-11-01");
    return d;
}

PlanRequest request(const char* from, const char* to, QList<Demand> demands, const char* today = "2026-12-04")
{
    return PlanRequest{D(today), D(from), D(to), std::move(demands)};
}

const Proposal* proposalFor(const Plan& plan, const char* key)
{
    for (const Proposal& p : plan.proposals)
        if (p.demand.key == S(key))
            return &p;
    return nullptr;
}

// Every proposal, checked against the agendas with the proposals before it booked: the same check
// a manual booking goes through (slotRefusal).
QString firstRefusal(Agendas agendas, const Plan& plan)
{
    for (const Proposal& p : plan.proposals) {
        SlotQuestion q{agendas.professional(p.professionalId), p.day, p.start, p.end - p.start, p.demand.performer,
                       p.demand.establishmentId, p.demand.teleconsultation};
        const QString why = slotRefusal(agendas, q);
        if (!why.isEmpty())
            return p.demand.key + u' ' + p.day.toString(Qt::ISODate) + u' ' + clockText(p.start) + u' ' + why;
        agendas.bookings.append(Booking{p.professionalId, p.day, p.start, p.end});
    }
    return {};
}

} // namespace

TEST_CASE("visits the law keeps for the occupational physician are never given to a nurse")
{
    struct Row {
        VisitKind kind;
        Performer performer;
        const char* basis;
    };
    const Row rows[] = {
        {VisitKind::Ema, Performer::Mt, "R4624-24"},
        {VisitKind::EmaRenewal, Performer::Mt, "R4624-28"},
        {VisitKind::PostExposure, Performer::Mt, "L4624-2-1"},
    };
    for (const Row& row : rows) {
        INFO(codeOf(row.kind).toStdString());
        Agendas a = teamA();
        // Many MT-only visits: more than the physician's week holds, while the nurse's week stays free.
        QList<Demand> demands;
        for (int i = 0; i < 40; ++i)
            demands.append(demand(QStringLiteral("w%1").arg(i, 2, 10, QLatin1Char('0')).toUtf8().constData(), row.kind,
                                  row.performer, "2026-12-31", nullptr, row.basis));
        const Plan plan = planVisits(a, request("2026-12-07", "2026-12-11", demands));
        CHECK_FALSE(plan.proposals.isEmpty());
        for (const Proposal& p : plan.proposals)
            CHECK(p.professionalId == S("mt"));
        CHECK(plan.proposals.size() + plan.unplaced.size() == demands.size());
        CHECK_FALSE(plan.unplaced.isEmpty()); // the physician's 15 hours cannot hold 40 visits
        CHECK(firstRefusal(a, plan).isEmpty());
    }
}

TEST_CASE("an EMA is left unplaced rather than given to a nurse when the physician is absent")
{
    Agendas a = teamA();
    a.professionals[0].absences = {DateRange{D("2026-12-07"), D("2026-12-11")}};
    const Plan plan = planVisits(a, request("2026-12-07", "2026-12-11",
                                            {demand("w1", VisitKind::Ema, Performer::Mt, "2026-12-10", nullptr, "R4624-24")}));
    CHECK(plan.proposals.isEmpty());
    REQUIRE(plan.unplaced.size() == 1);
}

TEST_CASE("a nurse never receives an MT-only visit through a manual slot either")
{
    const Agendas a = teamA();
    SlotQuestion q{a.professional(S("ide")), D("2026-12-07"), 9 * 60, 30, Performer::Mt, S("est-a"), false};
    CHECK_FALSE(slotRefusal(a, q).isEmpty());
    q.professional = a.professional(S("mt"));
    CHECK(slotRefusal(a, q).isEmpty());
}

TEST_CASE("the planner never double-books and keeps to the daily limit, existing appointments included")
{
    Agendas a = teamA();
    a.professionals[1].dailyLimit = 7;
    a.bookings = {Booking{S("mt"), D("2026-12-07"), 9 * 60, 10 * 60}, Booking{S("ide"), D("2026-12-08"), 9 * 60 + 10, 9 * 60 + 40}};
    QList<Demand> demands;
    const VisitKind kinds[] = {VisitKind::Vip, VisitKind::Ema, VisitKind::Return, VisitKind::PostExposure, VisitKind::VipRenewal};
    for (int i = 0; i < 120; ++i) {
        const VisitKind k = kinds[i % 5];
        const Performer perf = (k == VisitKind::Ema || k == VisitKind::PostExposure) ? Performer::Mt : Performer::HealthPro;
        demands.append(demand(QStringLiteral("w%1").arg(i, 3, 10, QLatin1Char('0')).toUtf8().constData(), k, perf,
                              i % 3 ? "2026-12-20" : "2026-12-09"));
    }
    const Plan plan = planVisits(a, request("2026-12-07", "2026-12-11", demands));
    REQUIRE(plan.proposals.size() > 50);
    // No two intervals of one professional on one day overlap, bookings included.
    QList<Booking> all = a.bookings;
    QHash<QString, int> perDay;
    for (const Proposal& p : plan.proposals) {
        for (const Booking& b : std::as_const(all))
            if (b.professionalId == p.professionalId && b.day == p.day)
                REQUIRE_FALSE((b.start < p.end && p.start < b.end));
        all.append(Booking{p.professionalId, p.day, p.start, p.end});
        const QString k = p.professionalId + p.day.toString(Qt::ISODate);
        perDay[k] += 1;
        if (p.professionalId == S("ide"))
            CHECK(perDay[k] + (p.day == D("2026-12-08") ? 1 : 0) <= 7);
    }
    CHECK(firstRefusal(a, plan).isEmpty());
}

TEST_CASE("never outside opening hours, on a public holiday or during an absence")
{
    Agendas a = teamA();
    a.professionals[1].absences = {DateRange{D("2026-12-28"), D("2026-12-29")}};
    QList<Demand> demands;
    for (int i = 0; i < 150; ++i)
        demands.append(demand(QStringLiteral("w%1").arg(i, 3, 10, QLatin1Char('0')).toUtf8().constData(), VisitKind::Vip,
                              Performer::HealthPro, "2027-01-15"));
    const Plan plan = planVisits(a, request("2026-12-21", "2027-01-08", demands, "2026-12-18"));
    REQUIRE_FALSE(plan.proposals.isEmpty());
    struct Day {
        const char* date;
        bool nurseWorks;
    };
    const Day days[] = {{"2026-12-24", true}, {"2026-12-25", false} /* Noël */, {"2026-12-26", false} /* Saturday */,
                        {"2026-12-28", false} /* absent */, {"2026-12-30", true}, {"2027-01-01", false} /* Jour de l'an */};
    for (const Day& d : days) {
        INFO(d.date);
        bool seen = false;
        for (const Proposal& p : plan.proposals)
            if (p.day == D(d.date) && p.professionalId == S("ide"))
                seen = true;
        CHECK(seen == d.nurseWorks);
    }
    for (const Proposal& p : plan.proposals) {
        CHECK(p.start >= 9 * 60);
        CHECK(p.end <= 17 * 60);
        CHECK_FALSE((p.start < 14 * 60 && p.end > 12 * 60)); // never across the lunch break
    }
    CHECK(firstRefusal(a, plan).isEmpty());
}

TEST_CASE("order: overdue first, then legally critical, then by deadline")
{
    Agendas a = teamA();
    a.professionals.removeAt(2);
    a.professionals[0].hours = {OpeningHours{1, 9 * 60, 9 * 60 + 30, S("centre"), std::nullopt, std::nullopt}};
    a.professionals[1].hours = a.professionals[0].hours;
    // Two half-hour slots on Monday 7 December (one each), nothing else.
    const QList<Demand> demands{
        demand("late-renewal", VisitKind::VipRenewal, Performer::HealthPro, "2026-12-07", nullptr, "R4624-16"),
        demand("overdue", VisitKind::Vip, Performer::HealthPro, "2026-11-30", nullptr, "R4624-10"),
        demand("night-worker", VisitKind::Vip, Performer::HealthPro, "2026-12-20", nullptr, "R4624-18"),
    };
    const Plan plan = planVisits(a, request("2026-12-07", "2026-12-07", demands));
    CHECK(proposalFor(plan, "overdue"));
    CHECK(proposalFor(plan, "night-worker"));
    CHECK_FALSE(proposalFor(plan, "late-renewal"));
    REQUIRE(plan.unplaced.size() == 1);
    CHECK(plannerOrder(demands[1], demands[2], D("2026-12-04")));
    CHECK(plannerOrder(demands[2], demands[0], D("2026-12-04")));
}

TEST_CASE("a visit that cannot make its deadline gives way to one that can, then takes the next slot")
{
    Agendas a = teamA();
    a.professionals = {pro("ide", ProfessionalKind::Nurse, "team-a",
                           {OpeningHours{1, 9 * 60, 9 * 60 + 20, S("centre"), std::nullopt, std::nullopt},
                            OpeningHours{2, 9 * 60, 9 * 60 + 20, S("centre"), std::nullopt, std::nullopt}})};
    // "a" is due Monday (whoever comes first), "b" is due the Sunday before: it cannot be on time anyway.
    const QList<Demand> demands{demand("a", VisitKind::Vip, Performer::HealthPro, "2026-12-07"),
                                demand("b", VisitKind::Vip, Performer::HealthPro, "2026-12-06")};
    const Plan plan = planVisits(a, request("2026-12-07", "2026-12-08", demands, "2026-12-05"));
    REQUIRE(proposalFor(plan, "a"));
    REQUIRE(proposalFor(plan, "b"));
    CHECK(proposalFor(plan, "a")->day == D("2026-12-07"));
    CHECK(proposalFor(plan, "a")->withinDeadline);
    CHECK(proposalFor(plan, "b")->day == D("2026-12-08"));
    CHECK_FALSE(proposalFor(plan, "b")->withinDeadline);
    CHECK(proposalFor(plan, "b")->explanation.contains(QLatin1String("2")));
}

TEST_CASE("a visit any health professional may perform goes to the nurse first, to the physician when she is full")
{
    Agendas a = teamA();
    a.professionals[1].dailyLimit = 1;
    a.professionals[1].hours = {OpeningHours{1, 9 * 60, 12 * 60, S("centre"), std::nullopt, std::nullopt}};
    const Plan plan = planVisits(a, request("2026-12-07", "2026-12-07",
                                            {demand("w1", VisitKind::Vip, Performer::HealthPro, "2026-12-07"),
                                             demand("w2", VisitKind::Vip, Performer::HealthPro, "2026-12-07")}));
    REQUIRE(plan.proposals.size() == 2);
    CHECK(proposalFor(plan, "w1")->professionalId == S("ide"));
    CHECK(proposalFor(plan, "w2")->professionalId == S("mt"));
}

TEST_CASE("only the team in charge of the establishment sees its workers")
{
    Agendas a = teamA();
    a.professionals[0].absences = {DateRange{D("2026-12-01"), D("2026-12-31")}};
    const Plan plan = planVisits(a, request("2026-12-07", "2026-12-11",
                                            {demand("w1", VisitKind::Ema, Performer::Mt, "2026-12-10", nullptr, "R4624-24"),
                                             demand("w2", VisitKind::Ema, Performer::Mt, "2026-12-10", nullptr, "R4624-24",
                                                    "est-b", "team-b"),
                                             demand("w3", VisitKind::Vip, Performer::HealthPro, "2026-12-10", nullptr,
                                                    "R4624-10", "est-c", "team-z")}));
    CHECK_FALSE(proposalFor(plan, "w1")); // team A's physician is away; team B's may not see team A's workers
    REQUIRE(proposalFor(plan, "w2"));
    CHECK(proposalFor(plan, "w2")->professionalId == S("mt-b"));
    CHECK(plan.unplaced.size() == 2);
}

TEST_CASE("a company site receives its establishment's workers only, tele-consultation only when asked for")
{
    Agendas a = teamA();
    a.professionals = {pro("ide", ProfessionalKind::Nurse, "team-a",
                           {OpeningHours{1, 9 * 60, 10 * 60, S("site-a"), std::nullopt, std::nullopt},
                            OpeningHours{2, 9 * 60, 10 * 60, S("tele"), std::nullopt, std::nullopt},
                            OpeningHours{3, 9 * 60, 10 * 60, S("centre"), std::nullopt, std::nullopt}})};
    Demand tele = demand("tele", VisitKind::OnRequest, Performer::HealthPro, "2026-12-31", nullptr, "R4624-34", "est-b");
    tele.teleconsultation = true;
    const Plan plan = planVisits(a, request("2026-12-07", "2026-12-09",
                                            {demand("a", VisitKind::Vip, Performer::HealthPro, "2026-12-31"),
                                             demand("b", VisitKind::Vip, Performer::HealthPro, "2026-12-31", nullptr,
                                                    "R4624-10", "est-b"),
                                             tele}));
    REQUIRE(plan.proposals.size() == 3);
    CHECK(proposalFor(plan, "a")->placeId == S("site-a"));
    CHECK(proposalFor(plan, "b")->placeId == S("centre"));
    CHECK(proposalFor(plan, "tele")->placeId == S("tele"));
}

TEST_CASE("a visit with an earliest date is never proposed before it")
{
    const Agendas a = teamA();
    const Plan plan = planVisits(a, request("2026-12-07", "2026-12-11",
                                            {demand("r", VisitKind::Return, Performer::HealthPro, "2026-12-17",
                                                    "2026-12-09", "R4624-31")}));
    REQUIRE(proposalFor(plan, "r"));
    CHECK(proposalFor(plan, "r")->day == D("2026-12-09"));
}

TEST_CASE("re-planning after a missed appointment keeps the deadline in view")
{
    Agendas a = teamA();
    const Demand original = demand("w1", VisitKind::Vip, Performer::HealthPro, "2026-12-08");
    const Demand again = demandAfterFailedAppointment(original, S("apt-1"));
    CHECK(again.latest == original.latest);
    CHECK(again.replacesAppointment == S("apt-1"));
    // The no-show was on 8 December: now overdue, it is planned before a visit due later.
    a.professionals[1].hours = {OpeningHours{3, 9 * 60, 9 * 60 + 20, S("centre"), std::nullopt, std::nullopt}};
    a.professionals.removeAt(0);
    const Plan plan = planVisits(a, request("2026-12-09", "2026-12-09",
                                            {demand("w2", VisitKind::Vip, Performer::HealthPro, "2026-12-20"), again},
                                            "2026-12-09"));
    REQUIRE(proposalFor(plan, "w1"));
    CHECK_FALSE(proposalFor(plan, "w2"));
    CHECK(proposalFor(plan, "w1")->explanation.contains(QLatin1String("08/12/2026")) == false); // overdue since the 9th
    CHECK(proposalFor(plan, "w1")->explanation.contains(QLatin1String("09/12/2026")));
}

TEST_CASE("deadline order places more visits in time than first come, first served")
{
    Agendas a = teamA();
    a.professionals = {pro("ide", ProfessionalKind::Nurse, "team-a", weekdays(9, 10))}; // 3 VIPs a day
    QList<Demand> demands;
    // Early requests with distant deadlines, then late requests due within the week.
    for (int i = 0; i < 6; ++i) {
        Demand d = demand(QStringLiteral("far%1").arg(i).toUtf8().constData(), VisitKind::VipRenewal, Performer::HealthPro, "2026-12-31");
        d.requestedOn = D("2026-10-01");
        demands.append(d);
    }
    for (int i = 0; i < 6; ++i) {
        Demand d = demand(QStringLiteral("near%1").arg(i).toUtf8().constData(), VisitKind::Vip, Performer::HealthPro, "2026-12-08");
        d.requestedOn = D("2026-12-01");
        demands.append(d);
    }
    const PlanRequest r = request("2026-12-07", "2026-12-11", demands);
    const Plan smart = planVisits(a, r);
    const Plan fcfs = planFirstComeFirstServed(a, r);
    CHECK(smart.withinDeadline() == 12);
    CHECK(fcfs.withinDeadline() == 6);
    CHECK(firstRefusal(a, smart).isEmpty());
    CHECK(firstRefusal(a, fcfs).isEmpty());
}
