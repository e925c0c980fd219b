// Primary prevention at an establishment (issue 19 item 6, offer §3.2.3): which actions count (the
// indicators' definition, one list), when the next one is due, the service's interval as a setting
// (the administrator's, refused to others with an audit record, out of bounds refused naming the
// value), and the establishments without one in the window — on a real encrypted database.
#include "unit/companysheet/CompanySheetTestSupport.h"
#include "catch_qt.h"

#include "prevention/ActionStore.h"
#include "prevention/PrimaryPreventionStore.h"
#include "reports/OfferIndicators.h"

using namespace vigie;
using namespace vigie::prevention;

TEST_CASE("primary prevention: the indicators' codes, and the next action's due date")
{
    // One definition: the indicators count the same codes the establishment's page does.
    CHECK(reports::actionGroupCodes(reports::ActionGroup::PrimaryPrevention) == primaryPreventionCodes());
    CHECK(isPrimaryPrevention(QStringLiteral("DUERP_SUPPORT")));
    CHECK(isPrimaryPrevention(QStringLiteral("AWARENESS")));
    CHECK_FALSE(isPrimaryPrevention(QStringLiteral("ADVICE")));
    CHECK_FALSE(isPrimaryPrevention(QStringLiteral("CSE_MEETING")));

    const QDate today(2026, 1, 15);
    const QDate since(2024, 3, 1);
    struct Row {
        QList<DatedAction> actions;
        int years;
        QDate last, due;
        bool late, inWindow;
    };
    const QList<Row> rows{
        {{}, 4, {}, QDate(2028, 3, 1), false, false},                                                       // none: membership + 4 years
        {{{QStringLiteral("ADVICE"), QDate(2025, 5, 2)}}, 4, {}, QDate(2028, 3, 1), false, false},          // advice does not count
        {{{QStringLiteral("POST_STUDY"), QDate(2025, 5, 2)}}, 4, QDate(2025, 5, 2), QDate(2029, 5, 2), false, true},
        {{{QStringLiteral("POST_STUDY"), QDate(2022, 1, 10)}, {QStringLiteral("MEASUREMENT"), QDate(2021, 1, 1)}}, 4, QDate(2022, 1, 10),
         QDate(2026, 1, 10), true, false},                                                                  // the latest one, late
        {{{QStringLiteral("AWARENESS"), QDate(2024, 6, 1)}}, 1, QDate(2024, 6, 1), QDate(2025, 6, 1), true, false}, // a shorter interval
        {{{QStringLiteral("AWARENESS"), QDate(2026, 2, 1)}}, 4, {}, QDate(2028, 3, 1), false, false},         // a date after today ignored
    };
    for (const Row& r : rows) {
        const PrimaryPreventionStatus s = primaryPreventionStatus(r.actions, since, r.years, today);
        INFO(r.actions.size() << " action(s), " << r.years << " years");
        CHECK(s.last == r.last);
        CHECK(s.due == r.due);
        CHECK(s.late == r.late);
        CHECK(s.inWindow == r.inWindow);
    }
    CHECK_FALSE(primaryPreventionStatus({}, QDate(), 4, today).due.isValid());

    CHECK(checkPrimaryPreventionYears(1));
    CHECK(checkPrimaryPreventionYears(4));
    for (int years : {0, 5, 12}) {
        const core::Status s = checkPrimaryPreventionYears(years);
        REQUIRE_FALSE(s);
        CHECK(s.error().message.contains(QString::number(years)));
    }
}

TEST_CASE("primary prevention in the database: the interval a setting, the establishments without one")
{
    test::SheetFixture fx;
    const auto audits = [&](const QString& outcome) {
        return test::value(*fx.admin, QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'prevention.settings' AND outcome = ?"),
                           {outcome})
            .toInt();
    };
    CHECK(PrimaryPreventionStore::intervalYears(*fx.iprp).value() == 4);

    // Only the administrator sets the interval; the refusal is audited and nothing is written.
    const core::Status refused = PrimaryPreventionStore::setIntervalYears(*fx.iprp, 2);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::Denied);
    CHECK(audits(QStringLiteral("denied")) == 1);
    const core::Status tooLong = PrimaryPreventionStore::setIntervalYears(*fx.admin, 6);
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().message.contains(QStringLiteral("6")));
    CHECK(test::value(*fx.admin, QStringLiteral("SELECT count(*) FROM prevention_settings")).toInt() == 0);

    // Member since 1 March 2024, nothing done yet: listed, due on 1 March 2028.
    auto status = PrimaryPreventionStore::status(*fx.iprp, fx.establishmentId);
    REQUIRE(status);
    CHECK_FALSE(status.value().last.isValid());
    CHECK(status.value().due == QDate(2028, 3, 1));
    auto without = PrimaryPreventionStore::withoutAction(*fx.iprp);
    REQUIRE(without);
    REQUIRE(without.value().size() == 1);
    CHECK(without.value().first().establishmentId == fx.establishmentId);

    // Advice does not take it off the list; a post study does.
    WorkplaceAction a;
    a.establishmentId = fx.establishmentId;
    a.code = QStringLiteral("ADVICE");
    a.kind = familyOf(a.code);
    a.date = QDate(2024, 9, 3);
    a.title = QStringLiteral("Conseil sur l'affichage");
    a.professionals = {QStringLiteral("iprp")};
    REQUIRE(ActionStore::record(*fx.iprp, a));
    CHECK(PrimaryPreventionStore::withoutAction(*fx.iprp).value().size() == 1);
    a.code = QStringLiteral("POST_STUDY");
    a.kind = familyOf(a.code);
    a.title = QStringLiteral("Étude du poste de cariste");
    REQUIRE(ActionStore::record(*fx.iprp, a));
    CHECK(PrimaryPreventionStore::withoutAction(*fx.iprp).value().isEmpty());
    status = PrimaryPreventionStore::status(*fx.nurse, fx.establishmentId);
    REQUIRE(status);
    CHECK(status.value().last == QDate(2024, 9, 3));
    CHECK(status.value().lastCode == QStringLiteral("POST_STUDY"));
    CHECK(status.value().due == QDate(2028, 9, 3));

    // A one-year interval set by the administrator (audited): the study of September 2024 is out of
    // the window, late since 3 September 2025.
    REQUIRE(PrimaryPreventionStore::setIntervalYears(*fx.admin, 1));
    CHECK(audits(QStringLiteral("allowed")) == 1);
    CHECK(PrimaryPreventionStore::intervalYears(*fx.iprp).value() == 1);
    without = PrimaryPreventionStore::withoutAction(*fx.iprp);
    REQUIRE(without);
    REQUIRE(without.value().size() == 1);
    CHECK(without.value().first().status.due == QDate(2025, 9, 3));
    CHECK(without.value().first().status.late);

    // Roles without the company-sheet module read nothing (refused by the policy, audited).
    CHECK(PrimaryPreventionStore::withoutAction(*fx.planner).error().code == core::ErrorCode::Denied);
    CHECK(PrimaryPreventionStore::status(*fx.planner, fx.establishmentId).error().code == core::ErrorCode::Denied);
}
