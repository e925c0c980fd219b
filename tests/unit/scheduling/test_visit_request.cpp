// Visit requests (VisitRequest.h): who may ask what, the deadline each motive gives, and the delays.
#include "SchedulingTestSupport.h"

#include "scheduling/VisitRequest.h"

using namespace vigie::scheduling;
using namespace vigie::scheduling::test;

TEST_CASE("a request's deadline by origin and motive")
{
    const DueVisit initial = makeDue(S("w"), S("e"), VisitKind::Ema, std::nullopt, D("2026-12-01"), Performer::Mt, S("R4624-24"), D("2026-11-24"));
    struct Row {
        RequestOrigin origin;
        RequestMotive motive;
        bool withInitial;
        bool ok;
        VisitKind kind;
        const char* earliest;
        const char* latest;
        Performer performer;
        bool statutory;
    };
    using O = RequestOrigin;
    using M = RequestMotive;
    const Row rows[] = {
        {O::Company, M::Hiring, true, true, VisitKind::Ema, nullptr, "2026-12-01", Performer::Mt, true},
        {O::Company, M::Hiring, false, false, {}, nullptr, nullptr, {}, {}},   // nothing due: done or dispensed
        {O::Worker, M::Hiring, true, false, {}, nullptr, nullptr, {}, {}},     // the employer declares a hiring
        {O::Company, M::Return, false, true, VisitKind::Return, "2026-12-07", "2026-12-15", Performer::HealthPro, true},
        {O::Physician, M::Return, false, true, VisitKind::Return, "2026-12-07", "2026-12-15", Performer::HealthPro, true},
        {O::Worker, M::Return, false, false, {}, nullptr, nullptr, {}, {}},
        {O::Company, M::OnRequest, false, true, VisitKind::OnRequest, nullptr, "2026-12-24", Performer::HealthPro, false},
        {O::Worker, M::OnRequest, false, true, VisitKind::OnRequest, nullptr, "2026-12-24", Performer::HealthPro, false},
        {O::Physician, M::OnRequest, false, true, VisitKind::OnRequest, nullptr, "2026-12-24", Performer::Mt, false},
        {O::Service, M::OnRequest, false, false, {}, nullptr, nullptr, {}, {}},
        {O::Company, M::PreReturn, false, false, {}, nullptr, nullptr, {}, {}}, // L4624-2-4: never the employer
        {O::Worker, M::PreReturn, false, true, VisitKind::PreReturn, nullptr, "2026-12-24", Performer::HealthPro, false},
        {O::Physician, M::PreReturn, false, true, VisitKind::PreReturn, nullptr, "2026-12-24", Performer::HealthPro, false},
    };
    for (const Row& row : rows) {
        INFO(codeOf(row.origin).toStdString() << " " << codeOf(row.motive).toStdString());
        RequestInput in{row.origin, row.motive, D("2026-11-24"), D("2026-12-07"), false,
                        row.withInitial ? std::optional<DueVisit>(initial) : std::nullopt};
        const auto r = deadlineOf(in);
        REQUIRE(bool(r) == row.ok);
        if (!row.ok)
            continue;
        CHECK(r.value().kind == row.kind);
        CHECK(r.value().earliest == optD(row.earliest));
        CHECK(r.value().latest == D(row.latest));
        CHECK(r.value().performer == row.performer);
        CHECK(r.value().statutory == row.statutory);
    }
}

TEST_CASE("the worker may ask for the physician on a visit on request")
{
    RequestInput in{RequestOrigin::Worker, RequestMotive::OnRequest, D("2026-11-24"), {}, true, std::nullopt};
    CHECK(deadlineOf(in).value().performer == Performer::Mt);
}

TEST_CASE("delays to the appointment and to the visit, against the deadline")
{
    const RequestDelays late = measureDelays(D("2026-11-01"), D("2026-11-09"), D("2026-11-03"), D("2026-11-12"));
    CHECK(late.toAppointment == 2);
    CHECK(late.toVisit == 11);
    CHECK(late.margin == -3);
    CHECK_FALSE(late.withinDeadline);
    const RequestDelays onTime = measureDelays(D("2026-11-01"), D("2026-11-09"), D("2026-11-03"), D("2026-11-09"));
    CHECK(onTime.margin == 0);
    CHECK(onTime.withinDeadline);
    const RequestDelays pending = measureDelays(D("2026-11-01"), D("2026-11-09"), std::nullopt, std::nullopt);
    CHECK_FALSE(pending.toAppointment);
    CHECK_FALSE(pending.withinDeadline);
}
