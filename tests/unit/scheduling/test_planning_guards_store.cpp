// Planning guards on a real encrypted database (issue 19 item 2): a booking before now — today's past
// hours included — is refused by the store however it comes (accepted proposal, move); a visit is
// requested only on a current post, and the posts offered leave out the ended ones; an impossible
// request date is refused with a message; an opening overlapping another of the same professional is
// refused, one beside it is not. Tuesday 24 November 2026, 10:30 in Lyon (09:30 UTC).
#include "../workforce/WorkforceTestSupport.h"

#include "scheduling/AgendaStore.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/VisitRequestStore.h"

#include "catch_qt.h"

using namespace vigie;
using namespace vigie::scheduling;
using vigie::test::WorkforceDb;

namespace {

void seed(security::Session& s)
{
    REQUIRE(s.db().execScript(QStringLiteral(
        "INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, birth_name_fold, hlc, updated_by) VALUES "
        "('w-now', 'Durand', 'Marie', 'Marie', '1990-03-04', 'F', 'durand', '0', 't'),"
        "('w-gone', 'Dupuis', 'Jean', 'Jean', '1980-01-02', 'M', 'dupuis', '0', 't');"
        "INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, end_date, hlc, updated_by) VALUES "
        "('e-now', 'w-now', 'est-a', 'Soudeuse', 'CDI', '2026-10-01', NULL, '0', 't'),"
        "('e-gone', 'w-gone', 'est-a', 'Cariste', 'CDD', '2025-01-01', '2026-06-30', '0', 't');")));
}

Demand demandOf(const QString& worker)
{
    Demand d;
    d.key = QStringLiteral("test:") + worker;
    d.workerId = worker;
    d.workerName = QStringLiteral("DURAND Marie");
    d.employmentId = QStringLiteral("e-now");
    d.establishmentId = QStringLiteral("est-a");
    d.teamIds = {QStringLiteral("team-a")};
    d.kind = VisitKind::Vip;
    d.latest = QDate(2026, 12, 31);
    d.basis = QStringLiteral("R4624-10");
    return d;
}

} // namespace

TEST_CASE("the store refuses a booking before now, today's past hours included, and a move there")
{
    WorkforceDb db;
    auto planner = db.session(QStringLiteral("planif"));
    seed(*planner);
    auto centre = AgendaStore::addPlace(*planner, Place{{}, PlaceKind::Centre, QStringLiteral("Centre Gerland"), {}, {}});
    REQUIRE(centre);
    REQUIRE(AgendaStore::addOpeningHours(*planner, QStringLiteral("acc-infirmier"), OpeningHours{2, 540, 720, centre.value(), std::nullopt, std::nullopt}));
    const QDate today(2026, 11, 24); // a Tuesday; it is 10:30 in Lyon
    const auto proposal = [&](QDate day, int start) {
        return Proposal{demandOf(QStringLiteral("w-now")), QStringLiteral("acc-infirmier"), centre.value(), day, start, start + 20, true,
                        QStringLiteral("test")};
    };
    for (const auto& [day, start] : {std::pair{today, 9 * 60}, std::pair{today, 10 * 60 + 20}, std::pair{today.addDays(-7), 10 * 60}}) {
        INFO(day.toString(Qt::ISODate).toStdString() << " " << start);
        auto refused = AppointmentStore::accept(*planner, {proposal(day, start)});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("This time has passed")));
    }
    auto booked = AppointmentStore::accept(*planner, {proposal(today, 11 * 60)});
    REQUIRE(booked);
    CHECK_FALSE(AppointmentStore::move(*planner, booked.value().first(), QStringLiteral("acc-infirmier"), today, 9 * 60 + 30));
    REQUIRE(AppointmentStore::move(*planner, booked.value().first(), QStringLiteral("acc-infirmier"), today.addDays(7), 9 * 60));
}

TEST_CASE("a visit is requested only on a current post, and an impossible date is refused with a message")
{
    WorkforceDb db;
    auto planner = db.session(QStringLiteral("planif"));
    seed(*planner);
    const QDate today(2026, 11, 24);
    NewVisitRequest onGone{QStringLiteral("w-gone"), QStringLiteral("e-gone"), RequestOrigin::Worker, RequestMotive::OnRequest, today};
    auto refused = VisitRequestStore::record(*planner, onGone);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("30/06/2026")));
    CHECK_FALSE(VisitRequestStore::preview(*planner, onGone));
    // The ended post is not offered; the current one is.
    auto posts = VisitRequestStore::posts(*planner, QStringLiteral("du"));
    REQUIRE(posts);
    REQUIRE(posts.value().size() == 1);
    CHECK(posts.value().first().employmentId == QStringLiteral("e-now"));
    // 31 February does not exist: refused, never moved to 3 March.
    NewVisitRequest impossible{QStringLiteral("w-now"), QStringLiteral("e-now"), RequestOrigin::Worker, RequestMotive::OnRequest,
                               QDate(2026, 2, 31)};
    auto bad = VisitRequestStore::record(*planner, impossible);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("impossible")));
    NewVisitRequest fine{QStringLiteral("w-now"), QStringLiteral("e-now"), RequestOrigin::Worker, RequestMotive::OnRequest, today};
    CHECK(VisitRequestStore::record(*planner, fine));
}

TEST_CASE("an opening overlapping another of the same professional is refused, naming it; one beside it is not")
{
    WorkforceDb db;
    auto planner = db.session(QStringLiteral("planif"));
    auto centre = AgendaStore::addPlace(*planner, Place{{}, PlaceKind::Centre, QStringLiteral("Centre Gerland"), {}, {}});
    REQUIRE(centre);
    const QString nurse = QStringLiteral("acc-infirmier");
    REQUIRE(AgendaStore::addOpeningHours(*planner, nurse, OpeningHours{1, 540, 720, centre.value(), std::nullopt, std::nullopt}));
    auto overlap = AgendaStore::addOpeningHours(*planner, nurse, OpeningHours{1, 660, 780, centre.value(), std::nullopt, std::nullopt});
    REQUIRE_FALSE(overlap);
    CHECK(overlap.error().message.contains(QStringLiteral("09:00")));
    CHECK(AgendaStore::addOpeningHours(*planner, nurse, OpeningHours{1, 720, 780, centre.value(), std::nullopt, std::nullopt}));
    CHECK(AgendaStore::addOpeningHours(*planner, nurse, OpeningHours{2, 600, 660, centre.value(), std::nullopt, std::nullopt}));
    // Another professional may hold the same hours.
    CHECK(AgendaStore::addOpeningHours(*planner, QStringLiteral("acc-medecin"), OpeningHours{1, 540, 720, centre.value(), std::nullopt, std::nullopt}));
    // A period that ends before the other starts does not overlap; a period ending before it starts is refused.
    CHECK(AgendaStore::addOpeningHours(*planner, nurse, OpeningHours{3, 540, 720, centre.value(), std::nullopt, QDate(2026, 12, 31)}));
    CHECK(AgendaStore::addOpeningHours(*planner, nurse, OpeningHours{3, 540, 720, centre.value(), QDate(2027, 1, 1), std::nullopt}));
    CHECK_FALSE(AgendaStore::addOpeningHours(*planner, nurse, OpeningHours{4, 540, 720, centre.value(), QDate(2027, 1, 1), QDate(2026, 1, 1)}));
}
