// Planning guards (issue 19 item 2), the pure part: nothing is booked in the past — today's hours
// gone by included — whether by hand, by a move or by the planner; two weekly openings of one
// professional that would hold her in two places at once are recognised; the present is read in
// French civil time whatever the season. Monday 7 December 2026, 11:26 in Paris.
#include "SchedulingTestSupport.h"

#include "core/Clock.h"
#include "scheduling/ConvocationMail.h"
#include "scheduling/ManualBooking.h"
#include "scheduling/Planner.h"

using namespace vigie;
using namespace vigie::scheduling;
using namespace vigie::scheduling::test;

namespace {

Agendas monday()
{
    Agendas a;
    a.places = {Place{S("centre"), PlaceKind::Centre, S("Centre Gerland"), {}, {}}};
    Professional p;
    p.id = S("ide");
    p.name = S("Julien Roux");
    p.kind = ProfessionalKind::Nurse;
    p.teamIds = {S("team-a")};
    for (int wd = 1; wd <= 5; ++wd) {
        p.hours.append(OpeningHours{wd, 9 * 60, 12 * 60, S("centre"), std::nullopt, std::nullopt});
        p.hours.append(OpeningHours{wd, 14 * 60, 17 * 60, S("centre"), std::nullopt, std::nullopt});
    }
    a.professionals = {p};
    a.nowDay = D("2026-12-07");
    a.nowMinute = 11 * 60 + 26;
    return a;
}

Demand vip(const char* key)
{
    Demand d;
    d.key = S(key);
    d.workerId = S(key);
    d.workerName = S("DURAND Marie");
    d.establishmentId = S("est-a");
    d.teamIds = {S("team-a")};
    d.kind = VisitKind::Vip;
    d.latest = D("2026-12-31");
    d.basis = S("R4624-10");
    return d;
}

} // namespace

TEST_CASE("no visit is booked before now, today's past hours included, by hand or by a move")
{
    struct Row {
        const char* what;
        const char* day;
        const char* time;
        bool refused;
    };
    const Row rows[] = {
        {"today at 09:00, when it is 11:26", "2026-12-07", "09:00", true},
        {"today at 11:20, begun before now", "2026-12-07", "11:20", true},
        {"today at 11:30, still to come", "2026-12-07", "11:30", false},
        {"today in the afternoon", "2026-12-07", "14:00", false},
        {"yesterday (a Sunday is closed anyway: Friday)", "2026-12-04", "15:00", true},
        {"tomorrow at 09:00", "2026-12-08", "09:00", false},
    };
    const Agendas a = monday();
    for (const Row& row : rows) {
        INFO(row.what);
        const SlotQuestion q{a.professional(S("ide")), D(row.day), minutesOf(S(row.time)), 20, Performer::HealthPro, S("est-a"), false};
        const QString why = slotRefusal(a, q);
        CHECK(why.contains(S("This time has passed")) == row.refused);
        if (!row.refused)
            CHECK(why.isEmpty());
        const QString byHand = manualBookingRefusal(a, vip("w1"), ManualSlot{S("ide"), D(row.day), minutesOf(S(row.time))}, D("2026-12-07"));
        CHECK(byHand.isEmpty() == !row.refused);
    }
    // Without a present (a plan on paper), the same slots are open.
    Agendas paper = monday();
    paper.nowDay = QDate();
    CHECK(slotRefusal(paper, SlotQuestion{paper.professional(S("ide")), D("2026-12-07"), 9 * 60, 20, Performer::HealthPro, S("est-a"), false})
              .isEmpty());
}

TEST_CASE("the planner proposes today only what is still to come, from the next quarter hour")
{
    QList<Demand> demands;
    for (int i = 0; i < 12; ++i)
        demands << vip(qPrintable(QStringLiteral("w%1").arg(i)));
    const Plan plan = planVisits(monday(), PlanRequest{D("2026-12-07"), D("2026-12-04"), D("2026-12-08"), demands});
    REQUIRE(plan.proposals.size() == 12);
    int today = 0;
    for (const Proposal& p : plan.proposals) {
        INFO(p.day.toString(Qt::ISODate).toStdString() << " " << clockText(p.start).toStdString());
        CHECK(p.day >= D("2026-12-07"));
        if (p.day == D("2026-12-07")) {
            ++today;
            CHECK(p.start >= 11 * 60 + 30);
        }
    }
    CHECK(today > 0); // 11:30 and the afternoon are still free today
}

TEST_CASE("two openings of one professional overlap when the day, the hours and the periods all meet")
{
    struct Row {
        const char* what;
        OpeningHours a;
        OpeningHours b;
        bool overlap;
    };
    const std::optional<QDate> none;
    const Row rows[] = {
        {"same morning", {1, 540, 720, S("c"), none, none}, {1, 600, 660, S("d"), none, none}, true},
        {"one ends when the other starts", {1, 540, 720, S("c"), none, none}, {1, 720, 780, S("c"), none, none}, false},
        {"another weekday", {1, 540, 720, S("c"), none, none}, {2, 540, 720, S("c"), none, none}, false},
        {"periods apart", {1, 540, 720, S("c"), none, D("2026-12-31")}, {1, 540, 720, S("c"), D("2027-01-01"), none}, false},
        {"periods meeting on one day", {1, 540, 720, S("c"), none, D("2027-01-04")}, {1, 600, 720, S("c"), D("2027-01-04"), none}, true},
        {"one without end after one with a start", {1, 540, 720, S("c"), D("2027-01-01"), none}, {1, 540, 600, S("c"), none, none}, true},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(openingsOverlap(row.a, row.b) == row.overlap);
        CHECK(openingsOverlap(row.b, row.a) == row.overlap);
    }
}

TEST_CASE("the present is read in French civil time, winter and summer")
{
    CHECK(core::Clock::parisMinutes(QDateTime(QDate(2026, 12, 7), QTime(10, 26), Qt::UTC)) == 11 * 60 + 26);
    CHECK(core::Clock::parisMinutes(QDateTime(QDate(2026, 7, 1), QTime(10, 26), Qt::UTC)) == 12 * 60 + 26);
    CHECK(core::Clock::parisMinutes(QDateTime(QDate(2026, 12, 7), QTime(23, 30), Qt::UTC)) == 30);
}

TEST_CASE("a convocation booked today for today goes at once; nothing for what has happened, no reminder the same day")
{
    const auto candidate = [](const char* day, bool mailed) {
        MailCandidate c;
        c.appointment.id = S("ap-") + S(day);
        c.appointment.workerName = S("DURAND Marie");
        c.appointment.day = D(day);
        c.appointment.start = 15 * 60;
        c.appointment.end = 15 * 60 + 20;
        c.appointment.status = AppointmentStatus::Planned;
        c.email = S("marie.durand@example.org");
        c.mailed = mailed;
        return c;
    };
    const ServiceLetterhead service{S("SPSTI du Rhône"), S("12 rue de la République, 69002 Lyon"), {}, {}};
    const QList<OutgoingMail> mails = mailsToSend({candidate("2026-12-07", false), candidate("2026-12-04", false), candidate("2026-12-08", true)},
                                                  service, D("2026-12-07"), 2);
    REQUIRE(mails.size() == 2);
    CHECK(mails.at(0).appointmentId == S("ap-2026-12-07"));
    CHECK_FALSE(mails.at(0).reminder);
    CHECK(mails.at(1).appointmentId == S("ap-2026-12-08"));
    CHECK(mails.at(1).reminder);
}
