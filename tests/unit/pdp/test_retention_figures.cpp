// Job retention's figures, the pure definitions (issue 17 part 6): the terms table by table on their
// boundary days, then every figure of the worked example (RetentionExample.h) computed by hand.
#include "catch_qt.h"

#include "unit/pdp/RetentionExample.h"

using namespace vigie;
using namespace vigie::pdp;
using test::day;
using test::optDay;

namespace {
template<class T>
qint64 countOf(const CodeCounts<T>& counts, T code)
{
    for (const auto& [c, n] : counts)
        if (c == code)
            return n;
    FAIL("code missing");
    return -1;
}
} // namespace

TEST_CASE("retention terms: a day in the period, a follow-up active during it, a case open at D, kept in employment")
{
    const QDate from = day("2026-01-01"), to = day("2026-12-31");
    struct Row {
        const char* day;
        bool in;
    };
    for (const Row& r : {Row{"2025-12-31", false}, Row{"2026-01-01", true}, Row{"2026-12-31", true}, Row{"2027-01-01", false}}) {
        INFO(r.day);
        CHECK(inPeriod(day(r.day), from, to) == r.in);
    }
    CHECK_FALSE(inPeriod(QDate(), from, to));

    struct Active {
        const char* start;
        const char* end;
        bool active;
    };
    for (const Active& a : {Active{"2025-01-01", "2025-12-31", false}, // ended the day before the period
                            Active{"2025-01-01", "2026-01-01", true},  // ended on its first day
                            Active{"2025-01-01", nullptr, true},       // still running
                            Active{"2026-12-31", nullptr, true},       // started on D
                            Active{"2027-01-01", nullptr, false},      // started after D
                            Active{"2026-03-01", "2026-04-01", true}}) {
        INFO(a.start << " " << (a.end ? a.end : "-"));
        CHECK(activeDuring(day(a.start), optDay(a.end), from, to) == a.active);
    }

    struct Open {
        const char* opened;
        const char* closed;
        bool open;
    };
    for (const Open& o : {Open{"2026-12-31", nullptr, true}, Open{"2027-01-01", nullptr, false}, Open{"2026-01-01", "2026-12-31", false},
                          Open{"2026-01-01", "2027-01-01", true}, Open{"2020-01-01", nullptr, true}}) {
        INFO(o.opened << " " << (o.closed ? o.closed : "-"));
        CHECK(openAt(day(o.opened), optDay(o.closed), to) == o.open);
    }

    struct Kept {
        Outcome outcome;
        bool kept;
    };
    for (const Kept& k : {Kept{Outcome::KeptSamePost, true}, Kept{Outcome::AdjustedPost, true}, Kept{Outcome::Redeployed, true},
                          Kept{Outcome::LeftCompany, false}, Kept{Outcome::UnfitDismissed, false}, Kept{Outcome::Other, false}}) {
        INFO(codeOf(k.outcome).toStdString());
        CHECK(keptInEmployment(k.outcome) == k.kept);
    }
}

TEST_CASE("retention figures of the worked example for the service, by hand")
{
    const RetentionFigures f = retentionFigures(test::exampleRecords(), day("2026-01-01"), day("2026-12-31"));
    // Opened in 2026: k2 (worker), k3 and k6 (service, k6 on D), k4 (attending doctor); k7 deleted.
    CHECK(countOf(f.openedByOrigin, Origin::Worker) == 1);
    CHECK(countOf(f.openedByOrigin, Origin::Employer) == 0);
    CHECK(countOf(f.openedByOrigin, Origin::AttendingDoctor) == 1);
    CHECK(countOf(f.openedByOrigin, Origin::MedecinConseil) == 0);
    CHECK(countOf(f.openedByOrigin, Origin::Service) == 2);
    CHECK(f.opened() == 4);
    CHECK(f.openedByOrigin.size() == allOrigins().size());
    // Closed in 2026: k2 on D (adjusted post), k3 (left the company), k5 in January (redeployed); k8 the day before.
    CHECK(countOf(f.closedByOutcome, Outcome::AdjustedPost) == 1);
    CHECK(countOf(f.closedByOutcome, Outcome::LeftCompany) == 1);
    CHECK(countOf(f.closedByOutcome, Outcome::Redeployed) == 1);
    CHECK(countOf(f.closedByOutcome, Outcome::KeptSamePost) == 0);
    CHECK(f.closed() == 3);
    CHECK(f.daysToClose == QList<qint64>{60, 364, 745});
    // Open at D: k1, k4, k6 (opened on D); k2 closed on D.
    CHECK(f.openAtEnd == 3);
    // Steps in 2026: k1's pre-return (first day) and return visits, k2's referral, k3's proposal.
    CHECK(countOf(f.stepsByKind, StepKind::PreReturnVisit) == 1);
    CHECK(countOf(f.stepsByKind, StepKind::ReturnVisit) == 1);
    CHECK(countOf(f.stepsByKind, StepKind::Referral) == 1);
    CHECK(countOf(f.stepsByKind, StepKind::AdjustmentProposal) == 1);
    CHECK(countOf(f.stepsByKind, StepKind::Liaison) == 0);
    CHECK(countOf(f.stepsByKind, StepKind::Crpe) == 0);
    // Social support: w1 (k1), w2 (k2), w3 (k3 ended on the first day), w9 (k4 and k5: once), w5 (k6); not w4.
    CHECK(f.socialSupportPeople == 5);
    // Reviews done in 2026: k1 ×2 (one late), k2 (late), k3, k5; on time: k1's first, k3, k5.
    CHECK(f.reviewsDone == 5);
    CHECK(f.reviewsOnTime == 3);
    // One year: adjusted (k2), left (k3), redeployed (k5): 2 kept of 3.
    CHECK(countOf(f.oneYearBySituation, Outcome::AdjustedPost) == 1);
    CHECK(countOf(f.oneYearBySituation, Outcome::LeftCompany) == 1);
    CHECK(countOf(f.oneYearBySituation, Outcome::Redeployed) == 1);
    CHECK(countOf(f.oneYearBySituation, Outcome::KeptSamePost) == 0);
    CHECK(f.oneYearReviews() == 3);
    CHECK(f.keptAtOneYear == 2);
}

TEST_CASE("retention figures: the workers of team T1 (w1 w2 w9) and an empty period")
{
    const RetentionFigures t1 = retentionFigures(test::exampleRecords({QStringLiteral("w1"), QStringLiteral("w2"), QStringLiteral("w9")}),
                                                 day("2026-01-01"), day("2026-12-31"));
    CHECK(t1.opened() == 2); // k2, k4
    CHECK(t1.closed() == 2); // k2, k5
    CHECK(t1.daysToClose == QList<qint64>{364, 745});
    CHECK(t1.openAtEnd == 2); // k1, k4
    CHECK(countOf(t1.stepsByKind, StepKind::PreReturnVisit) + countOf(t1.stepsByKind, StepKind::ReturnVisit) +
              countOf(t1.stepsByKind, StepKind::Referral) ==
          3);
    CHECK(t1.socialSupportPeople == 3);
    CHECK(t1.reviewsDone == 4);
    CHECK(t1.reviewsOnTime == 2);
    CHECK(t1.keptAtOneYear == 2);
    CHECK(t1.oneYearReviews() == 2);

    // 2030: nothing happens, the open cases are still open.
    const RetentionFigures later = retentionFigures(test::exampleRecords(), day("2030-01-01"), day("2030-12-31"));
    CHECK(later.opened() == 0);
    CHECK(later.closed() == 0);
    CHECK(later.openAtEnd == 3);                 // k1, k4, k6
    CHECK(later.socialSupportPeople == 3);       // w1, w9 (k4), w5: follow-ups still running
    CHECK(later.reviewsDone == 0);
    CHECK(later.daysToClose.isEmpty());
}
