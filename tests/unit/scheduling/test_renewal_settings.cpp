// The service's renewal delays (issue 19 item 3) on a real encrypted database: each delay within the
// law's bounds (refused otherwise, naming the value, nothing written); only the administrator sets
// them (refusal audited); the planning (DemandStore) then computes the periodic visits with them, and
// a team's protocol still shortens them further (the shorter applies).
#include "../workforce/WorkforceTestSupport.h"

#include "scheduling/DemandStore.h"
#include "scheduling/ProtocolStore.h"
#include "scheduling/RenewalDelays.h"
#include "scheduling/RenewalSettingsStore.h"

#include "catch_qt.h"

using namespace vigie;
using namespace vigie::scheduling;
using vigie::test::WorkforceDb;

namespace {

// An SI worker of establishment A (team A) whose last VIP was on 1 February 2024: renewal due on
// 1 February 2029 under the law's five years.
void seedWorker(security::Session& s)
{
    REQUIRE(s.db().execScript(QStringLiteral(
        "INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, birth_name_fold, hlc, updated_by) "
        "VALUES ('w-si', 'Bernard', 'Luc', 'Luc', '1990-01-20', 'M', 'bernard', '0', 't');"
        "INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, hlc, updated_by) "
        "VALUES ('e-si', 'w-si', 'est-a', 'Cariste', 'CDI', '2015-05-01', '0', 't');"
        "INSERT INTO visits(id, worker_id, establishment_id, kind, visit_date, status, hlc, updated_by) "
        "VALUES ('v1', 'w-si', 'est-a', 'VIP', '2024-02-01', 'done', '0', 't');")));
}

const QDate kToday(2026, 11, 24);

QDate renewalDue(security::Session& planner)
{
    auto demands = DemandStore::load(planner, {QStringLiteral("team-a")}, kToday, QDate(2030, 12, 31));
    REQUIRE(demands);
    for (const Demand& d : demands.value())
        if (d.workerId == QLatin1String("w-si") && d.kind == VisitKind::VipRenewal)
            return d.latest;
    return {};
}

Periodicities withSi(int months)
{
    Periodicities p = legalPeriodicities();
    p.siRenewalMonths = months;
    return p;
}

} // namespace

TEST_CASE("renewal delays: from one month to the law's maximum, a refusal names the delay and the value")
{
    CHECK(checkRenewalDelays(legalPeriodicities()));
    CHECK(checkRenewalDelays(Periodicities{1, 1, 1, 1}));
    const QList<QPair<RenewalDelay, int>> maxima{{RenewalDelay::Si, 60}, {RenewalDelay::Sia, 36}, {RenewalDelay::Sir, 48},
                                                 {RenewalDelay::SirIntermediate, 24}};
    for (const auto& [delay, max] : maxima) {
        CHECK(legalMaximum(delay) == max);
        for (int months : {0, max + 1, 120}) {
            Periodicities p = legalPeriodicities();
            setMonths(p, delay, months);
            const core::Status s = checkRenewalDelays(p);
            REQUIRE_FALSE(s);
            CHECK(s.error().code == core::ErrorCode::Invalid);
            CHECK(s.error().message.contains(QStringLiteral(" %1 ").arg(months)));
            CHECK(s.error().message.contains(renewalDelayTitle(delay)));
            CHECK(s.error().message.contains(QString::number(max)));
        }
    }
}

TEST_CASE("the service's renewal delays: the administrator's, used by the planning, a protocol shortens them further")
{
    WorkforceDb db;
    auto admin = db.session(QStringLiteral("admin"));
    auto planner = db.session(QStringLiteral("planif"));
    auto physician = db.session(QStringLiteral("medecin"));
    seedWorker(*physician);
    const auto settingsAudits = [&](const QString& outcome) {
        return test::count(*admin, QStringLiteral("_audit"), QStringLiteral("resource = 'renewal.settings' AND outcome = '%1'").arg(outcome));
    };

    // Until set: the law's five years.
    CHECK(RenewalSettingsStore::current(*planner).value().siRenewalMonths == 60);
    CHECK(renewalDue(*planner) == QDate(2029, 2, 1));

    // Another role is refused, audited, nothing written.
    const core::Status refused = RenewalSettingsStore::set(*planner, withSi(24));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::Denied);
    CHECK(settingsAudits(QStringLiteral("denied")) == 1);
    // Longer than the law: refused naming the value, nothing written.
    const core::Status tooLong = RenewalSettingsStore::set(*admin, withSi(72));
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().message.contains(QStringLiteral("72")));
    CHECK(test::count(*admin, QStringLiteral("renewal_settings")) == 0);
    CHECK(renewalDue(*planner) == QDate(2029, 2, 1));

    // 36 months for the service: the planning finds the renewal on 1 February 2027, and says why.
    REQUIRE(RenewalSettingsStore::set(*admin, withSi(36)));
    CHECK(settingsAudits(QStringLiteral("allowed")) == 1);
    CHECK(RenewalSettingsStore::current(*planner).value().siRenewalMonths == 36);
    CHECK(renewalDue(*planner) == QDate(2027, 2, 1));
    // Changed again: one row, the new value.
    REQUIRE(RenewalSettingsStore::set(*admin, withSi(48)));
    CHECK(test::count(*admin, QStringLiteral("renewal_settings")) == 1);
    CHECK(renewalDue(*planner) == QDate(2028, 2, 1));

    // A team protocol shorter than the service's delay wins; a longer one does not lengthen it.
    REQUIRE(ProtocolStore::set(*physician, QStringLiteral("Equipe A"), Protocol{24, std::nullopt, std::nullopt, std::nullopt}));
    CHECK(renewalDue(*planner) == QDate(2026, 2, 1));
    REQUIRE(ProtocolStore::set(*physician, QStringLiteral("Equipe A"), Protocol{54, std::nullopt, std::nullopt, std::nullopt}));
    CHECK(renewalDue(*planner) == QDate(2028, 2, 1));
    auto both = ProtocolStore::Sql::periodicitiesOf(admin->db().sql(), {QStringLiteral("team-a"), QStringLiteral("team-b")});
    REQUIRE(both);
    CHECK(both.value().value(QStringLiteral("team-a")).siRenewalMonths == 48);
    CHECK(both.value().value(QStringLiteral("team-b")).siRenewalMonths == 48);
    CHECK(both.value().value(QStringLiteral("team-b")).siaRenewalMonths == 36);
}
