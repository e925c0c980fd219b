// Job retention, the pure rules (issue 17): the codes of the contract, the order of a case's steps
// (each refusal with its reason), the review dates at month ends, the PDP flag of a stoppage, the
// employer's CSV file.
#include "catch_qt.h"

#include "pdp/Pdp.h"
#include "pdp/Stoppage.h"
#include "security/PdpPolicy.h"

#include <array>

using namespace vigie;
using namespace vigie::pdp;

namespace {
QDate D(const char* iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }
Step step(StepKind kind, const char* date, const char* end = nullptr, const char* partner = "")
{
    return Step{{}, kind, D(date), end ? std::optional<QDate>(D(end)) : std::nullopt, QString::fromLatin1(partner)};
}
} // namespace

TEST_CASE("pdp codes: exactly the contract's, an unknown code names the accepted ones")
{
    QStringList origins, kinds, outcomes, reviews;
    for (Origin o : allOrigins())
        origins << codeOf(o);
    for (StepKind k : allStepKinds())
        kinds << codeOf(k);
    for (Outcome o : allOutcomes())
        outcomes << codeOf(o);
    for (Review r : allReviews())
        reviews << codeOf(r);
    CHECK(origins.join(u' ') == QStringLiteral("WORKER EMPLOYER ATTENDING_DOCTOR MEDECIN_CONSEIL SERVICE"));
    CHECK(kinds.join(u' ') == QStringLiteral("LIAISON PRE_RETURN_VISIT RETURN_VISIT ADJUSTMENT_PROPOSAL SUPERVISED_TRIAL CRPE REFERRAL"));
    CHECK(outcomes.join(u' ') == QStringLiteral("KEPT_SAME_POST ADJUSTED_POST REDEPLOYED LEFT_COMPANY UNFIT_DISMISSED OTHER"));
    CHECK(reviews.join(u' ') == QStringLiteral("social_3_months social_6_months outcome_1_year"));
    for (const QString& c : origins)
        CHECK(codeOf(originFromCode(c).value()) == c);
    auto bad = stepKindFromCode(QStringLiteral("liaison"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == core::ErrorCode::Invalid);
    CHECK(bad.error().message.contains(QStringLiteral("\"liaison\"")));
    CHECK(bad.error().message.contains(QStringLiteral("PRE_RETURN_VISIT")));
    CHECK_FALSE(outcomeFromCode(QStringLiteral("KEPT")));
    CHECK(outcomeFromCode(QStringLiteral("KEPT")).error().message.contains(QStringLiteral("UNFIT_DISMISSED")));
}

TEST_CASE("review dates: start + 3 and 6 months clamped to the month's end, the outcome one year after the return")
{
    struct Row {
        const char* start;
        const char* three;
        const char* six;
    };
    const Row rows[] = {
        {"2026-08-31", "2026-11-30", "2027-02-28"}, // 28 February in a common year
        {"2027-08-31", "2027-11-30", "2028-02-29"}, // 29 February in a leap year
        {"2026-05-31", "2026-08-31", "2026-11-30"},
        {"2026-03-30", "2026-06-30", "2026-09-30"},
        {"2026-01-15", "2026-04-15", "2026-07-15"},
        {"2026-12-31", "2027-03-31", "2027-06-30"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.start);
        CHECK(reviewDate(Review::Social3Months, D(r.start)) == D(r.three));
        CHECK(reviewDate(Review::Social6Months, D(r.start)) == D(r.six));
    }
    CHECK(reviewDate(Review::Outcome1Year, D("2024-02-29")) == D("2025-02-28"));
    CHECK(reviewDate(Review::Outcome1Year, D("2026-03-02")) == D("2027-03-02"));
    // The settings change the delays.
    CHECK(reviewDate(Review::Social3Months, D("2026-08-31"), ReviewDelays{2, 4, 12}) == D("2026-10-31"));

    // Pending: by date, without the ones done.
    auto pending = pendingReviews(D("2026-08-31"), D("2026-10-05"), {});
    REQUIRE(pending.size() == 3);
    CHECK(pending.at(0).review == Review::Social3Months);
    CHECK(pending.at(0).date == D("2026-11-30"));
    CHECK(pending.at(1).review == Review::Social6Months);
    CHECK(pending.at(2).date == D("2027-10-05"));
    CHECK(pendingReviews(D("2026-08-31"), std::nullopt, {Review::Social3Months}).size() == 1);
    CHECK(pendingReviews(std::nullopt, std::nullopt, {}).isEmpty());
}

TEST_CASE("the return day for the one-year outcome")
{
    CaseFacts c{D("2026-03-10"), false, {}};
    // Still off work: not known.
    CHECK_FALSE(returnDay(c, {StoppagePeriod{D("2026-02-01"), std::nullopt}}));
    // The stoppage running at the opening ends on 30 April: back on 1 May.
    CHECK(returnDay(c, {StoppagePeriod{D("2025-01-01"), D("2025-02-01")}, StoppagePeriod{D("2026-02-01"), D("2026-04-30")}}) == D("2026-05-01"));
    // A return visit of the case wins.
    c.steps << step(StepKind::ReturnVisit, "2026-05-04");
    CHECK(returnDay(c, {StoppagePeriod{D("2026-02-01"), D("2026-04-30")}}) == D("2026-05-04"));
}

TEST_CASE("a case's steps: out of order refused with the reason")
{
    const QDate today = D("2026-11-24");
    CaseFacts c{D("2026-03-10"), false, {step(StepKind::Liaison, "2026-03-20"), step(StepKind::PreReturnVisit, "2026-04-02")}};
    struct Row {
        Step step;
        const char* reason; // nullptr: accepted
    };
    const QList<Row> rows{
        {step(StepKind::Liaison, "2026-03-01"), "before the opening of the case"},
        {step(StepKind::Referral, "2026-11-25", nullptr, "CAP_EMPLOI"), "in the future"},
        {step(StepKind::ReturnVisit, "2026-03-30"), "cannot come before a step of the stoppage"},
        {step(StepKind::ReturnVisit, "2026-05-04"), nullptr},
        {step(StepKind::AdjustmentProposal, "2026-04-02"), nullptr}, // the pre-return visit that day
        {step(StepKind::Referral, "2026-04-10"), "names its partner"},
        {step(StepKind::Referral, "2026-04-10", nullptr, "MDPH"), nullptr},
        {step(StepKind::SupervisedTrial, "2026-04-13"), "needs its last day"},
        // 13 April (Monday) to 5 June 2026: at least 33 business days whatever the holidays; to 20 May: 25 at most.
        {step(StepKind::SupervisedTrial, "2026-04-13", "2026-06-05"), "at most 28 working days"},
        {step(StepKind::SupervisedTrial, "2026-04-13", "2026-05-20"), nullptr},
        {step(StepKind::SupervisedTrial, "2026-04-13", "2026-04-24"), nullptr},
        {step(StepKind::Crpe, "2026-04-13", "2027-10-14"), "at most 18 months"},
        {step(StepKind::Crpe, "2026-04-13", "2027-10-13"), nullptr},
        {step(StepKind::Liaison, "2026-04-01", "2026-03-31"), "before it begins"},
    };
    for (const Row& r : rows) {
        CAPTURE(codeOf(r.step.kind), r.step.date);
        const core::Status s = checkStep(c, r.step, today);
        if (!r.reason) {
            CHECK(s.ok());
        } else {
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().code == core::ErrorCode::Invalid);
            CHECK(s.error().message.contains(QString::fromLatin1(r.reason)));
        }
    }
    // After the return visit: no more liaison, pre-return visit nor supervised trial.
    c.steps << step(StepKind::ReturnVisit, "2026-05-04");
    for (StepKind k : {StepKind::Liaison, StepKind::PreReturnVisit}) {
        const core::Status s = checkStep(c, step(k, "2026-05-10"), today);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("Out of order")));
        CHECK(s.error().message.contains(QStringLiteral("04/05/2026")));
    }
    // An adjustment proposal or a CRPE needs a visit before it.
    CaseFacts bare{D("2026-03-10"), false, {}};
    for (StepKind k : {StepKind::AdjustmentProposal, StepKind::Crpe}) {
        const core::Status s = checkStep(bare, step(k, "2026-04-10"), today);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("record the visit first")));
    }
    // A closed case takes no step.
    bare.closed = true;
    CHECK(checkStep(bare, step(StepKind::Referral, "2026-04-10", nullptr, "MDPH"), today).error().message.contains(QStringLiteral("closed")));
}

TEST_CASE("work stoppages: the checks, the length and the PDP flag of more than 30 days")
{
    const QDate today = D("2026-11-24");
    Stoppage s;
    s.first = D("2026-09-01");
    struct Row {
        const char* last; // nullptr: running
        qint64 days;
        bool flag;
    };
    const Row rows[] = {{"2026-09-30", 30, false}, {"2026-10-01", 31, true}, {"2026-09-01", 1, false}, {nullptr, 85, true}};
    for (const Row& r : rows) {
        s.last = r.last ? std::optional<QDate>(D(r.last)) : std::nullopt;
        CAPTURE(r.last);
        CHECK(lengthOn(s, today) == r.days);
        CHECK(flagsPdp(s, today) == r.flag);
    }
    s.last = D("2026-09-30");
    CHECK(actualReturn(s) == D("2026-10-01"));
    CHECK(checkStoppage(s, today).ok());
    s.last = D("2026-08-31");
    CHECK(checkStoppage(s, today).error().message.contains(QStringLiteral("before its first day")));
    s.last.reset();
    s.first = D("2026-11-25");
    CHECK(checkStoppage(s, today).error().message.contains(QStringLiteral("in the future")));
    s.first = D("2026-09-01");
    s.expectedReturn = D("2026-09-01");
    CHECK_FALSE(checkStoppage(s, today));

    Stoppage a{{}, {}, {}, scheduling::AbsenceCause::Illness, D("2026-01-01"), D("2026-01-31"), {}};
    Stoppage b = a;
    b.first = D("2026-02-01");
    b.last.reset();
    CHECK_FALSE(overlaps(a, b));
    b.first = D("2026-01-31");
    CHECK(overlaps(a, b));
    a.last.reset();
    b.first = D("2027-01-01");
    CHECK(overlaps(a, b)); // an open stoppage runs on
    CHECK(causeFromCode(QStringLiteral("work_accident")).value() == scheduling::AbsenceCause::WorkAccident);
    CHECK(causeFromCode(QStringLiteral("FLU")).error().message.contains(QStringLiteral("OCCUPATIONAL_DISEASE")));
    CHECK(dbCause(scheduling::AbsenceCause::WorkAccident) == QStringLiteral("work_accident"));
}

TEST_CASE("the employer's stoppage file: every error named by line and column")
{
    const QByteArray csv = "\xEF\xBB\xBF" "birth_name;first_name;birth_date;cause;first_day;last_day;expected_return\n"
                           "Lefèvre;Marie;12/03/1975;illness;2026-09-01;2026-10-30;\n"
                           "\n"
                           "Durand;Paul;1980-06-01;FLU;2026-09-01;;\n"
                           "Durand;;1980-06-01;ILLNESS;2026-13-01;;\n"
                           "\"Martin; Dupont\";Luc;1990-01-01;MATERNITY;2026-10-01;2026-09-01;\n"
                           "Petit;Jean;1990-01-01;WORK_ACCIDENT;2026-10-01;\n";
    const ImportFile f = readImportCsv(csv, D("2026-11-24"));
    REQUIRE(f.lines.size() == 1);
    CHECK(f.lines.first().line == 2);
    CHECK(f.lines.first().birthName == QString::fromUtf8("Lefèvre"));
    CHECK(f.lines.first().birthDate == D("1975-03-12"));
    CHECK(f.lines.first().stoppage.last == D("2026-10-30"));
    QStringList got;
    for (const ImportProblem& p : f.problems)
        got << QStringLiteral("%1:%2").arg(p.line).arg(p.column);
    CHECK(got.join(u' ') == QStringLiteral("4:cause 5:first_name 5:first_day 6: 7:"));
    CHECK(f.problems.at(0).message.contains(QStringLiteral("\"FLU\"")));
    CHECK(f.problems.at(3).message.contains(QStringLiteral("before its first day")));
    CHECK(f.problems.at(4).message.contains(QStringLiteral("6 fields instead of 7")));

    const ImportFile bad = readImportCsv("name,cause\nx,y\n", D("2026-11-24"));
    REQUIRE_FALSE(bad.problems.isEmpty());
    CHECK(bad.problems.first().line == 1);
    CHECK(bad.problems.first().message.contains(QStringLiteral("Unknown column \"name\"")));
}

TEST_CASE("the PDP policy, cell by cell")
{
    using security::Action;
    using security::PdpItem;
    using security::Role;
    // Role → the letters of each item in the order of allPdpItems().
    const QList<QPair<Role, std::array<const char*, 7>>> table{
        {Role::Physician, {{"RW", "RW", "RW", "RW", "RW", "RW", "RWE"}}},
        {Role::CollaboratorPhysician, {{"RW", "RW", "RW", "RW", "R", "RW", "RWE"}}},
        {Role::Intern, {{"R", "", "", "", "", "", ""}}},
        {Role::Nurse, {{"RW", "RW", "RW", "RW", "R", "RW", "RWE"}}},
        {Role::Iprp, {{"", "", "", "", "", "", ""}}},
        {Role::Asst, {{"RW", "", "", "", "", "", ""}}},
        {Role::SocialWorker, {{"R", "RW", "R", "RW", "RW", "RW", "RWE"}}},
        {Role::Planner, {{"RW", "", "", "", "", "", ""}}},
        {Role::Director, {{"", "", "", "", "", "", ""}}},
        {Role::Admin, {{"", "", "", "", "", "", ""}}},
    };
    const QList<PdpItem> items = security::allPdpItems();
    for (const auto& [role, cells] : table) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            CAPTURE(security::roleCode(role), security::pdpItemCode(items.at(i)));
            const QString cell = QString::fromLatin1(cells.at(size_t(i)));
            CHECK(security::AccessPolicy::pdpAllows(role, items.at(i), Action::Read) == cell.contains(u'R'));
            CHECK(security::AccessPolicy::pdpAllows(role, items.at(i), Action::Write) == cell.contains(u'W'));
            CHECK(security::AccessPolicy::pdpAllows(role, items.at(i), Action::Export) == cell.contains(u'E'));
            CHECK_FALSE(security::AccessPolicy::pdpAllows(role, items.at(i), Action::Sign));
        }
    }
    // The social worker and the record: no letter on any clinical part (3° to 5°), nor anywhere.
    for (int part = security::FirstPart; part <= security::LastPart; ++part)
        for (Action a : {Action::Read, Action::Write, Action::Sign, Action::Export})
            CHECK_FALSE(security::AccessPolicy::matrixAllows(Role::SocialWorker, part, a));
    // Then the team scope.
    security::Subject social{QStringLiteral("acc-social"), Role::SocialWorker, {QStringLiteral("team-a")}, {}, {}};
    CHECK(security::AccessPolicy::canPdp(social, PdpItem::Case, Action::Read, {QStringLiteral("team-a")}, true).allowed);
    const auto other = security::AccessPolicy::canPdp(social, PdpItem::Case, Action::Read, {QStringLiteral("team-b")}, true);
    CHECK_FALSE(other.allowed);
    CHECK(other.reason == security::Decision::Reason::TeamScope);
    const auto medical = security::AccessPolicy::canPdp(social, PdpItem::MedicalStep, Action::Write, {QStringLiteral("team-a")}, true);
    CHECK_FALSE(medical.allowed);
    CHECK(medical.reason == security::Decision::Reason::RoleMatrix);
}

TEST_CASE("the delays of the reviews a service may set: each rule at its bounds, the reason named")
{
    struct Row {
        ReviewDelays delays;
        const char* refusal; // nullptr: accepted
    };
    const Row rows[] = {
        {{3, 6, 12}, nullptr},           // the offer's
        {{1, 2, 1}, nullptr},            // the smallest
        {{24, 36, 36}, nullptr},         // the largest
        {{0, 6, 12}, "first social"},    // the first review on the start day
        {{25, 30, 12}, "first social"},
        {{3, 3, 12}, "second social"},   // the second at the first's date
        {{6, 3, 12}, "second social"},
        {{3, 37, 12}, "second social"},
        {{3, 6, 0}, "outcome"},
        {{3, 6, 37}, "outcome"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.delays.firstSocialMonths, r.delays.secondSocialMonths, r.delays.outcomeMonths);
        const core::Status s = checkReviewDelays(r.delays);
        CHECK(bool(s) == (r.refusal == nullptr));
        if (r.refusal) {
            CHECK(s.error().code == core::ErrorCode::Invalid);
            CHECK(s.error().message.contains(QString::fromLatin1(r.refusal)));
        }
    }
    // The delays set schedule every review, still clamped at the month's end.
    const ReviewDelays set{2, 5, 18};
    auto pending = pendingReviews(D("2026-08-31"), D("2026-10-05"), {}, set);
    REQUIRE(pending.size() == 3);
    CHECK(pending.at(0).date == D("2026-10-31"));
    CHECK(pending.at(1).date == D("2027-01-31"));
    CHECK(pending.at(2).date == D("2028-04-05"));
}
