// Team protocols on a real encrypted database: only the team's physician signs one, never longer than
// the law (refused, nothing written), and the planning (DemandStore) then finds the periodic visits
// at the protocol's shorter interval, saying why; without a protocol, the legal maxima.
#include "../workforce/WorkforceTestSupport.h"

#include "scheduling/DemandStore.h"
#include "scheduling/ProtocolStore.h"

#include "catch_qt.h"

using namespace vigie;
using namespace vigie::scheduling;
using vigie::test::WorkforceDb;

namespace {

// A worker of establishment A (team A) under SI follow-up, whose last VIP was on 1 February 2024:
// the law's renewal is due on 1 February 2029; a 24-month protocol makes it due 1 February 2026.
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

std::optional<Demand> renewalOf(security::Session& planner, QDate horizon)
{
    auto demands = DemandStore::load(planner, {QStringLiteral("team-a")}, kToday, horizon);
    REQUIRE(demands);
    for (const Demand& d : demands.value())
        if (d.workerId == QLatin1String("w-si") && d.kind == VisitKind::VipRenewal)
            return d;
    return std::nullopt;
}

} // namespace

TEST_CASE("a team protocol shortens the periodic visits the planning finds, and says so")
{
    WorkforceDb db;
    auto physician = db.session(QStringLiteral("medecin"));
    auto planner = db.session(QStringLiteral("planif"));
    seedWorker(*physician);

    // No protocol: the law's five years, beyond a horizon of 31 January 2027.
    CHECK_FALSE(renewalOf(*planner, QDate(2027, 1, 31)));
    const auto atLaw = renewalOf(*planner, QDate(2029, 12, 31));
    REQUIRE(atLaw);
    CHECK(atLaw->latest == QDate(2029, 2, 1));
    CHECK(atLaw->basis == QLatin1String("R4624-16"));

    REQUIRE(ProtocolStore::set(*physician, QStringLiteral("Equipe A"), Protocol{24, std::nullopt, std::nullopt, std::nullopt},
                               QStringLiteral("Protocole 2026")));
    const auto shortened = renewalOf(*planner, QDate(2027, 1, 31));
    REQUIRE(shortened);
    CHECK(shortened->latest == QDate(2026, 2, 1));
    CHECK(shortened->basis == QLatin1String("R4624-16 (protocol: 24 months)"));

    auto read = ProtocolStore::ofTeam(*planner, QStringLiteral("team-a"));
    REQUIRE(read);
    REQUIRE(read.value());
    CHECK(read.value()->protocol.siRenewalMonths == 24);
    CHECK_FALSE(read.value()->protocol.siaRenewalMonths);
    CHECK(read.value()->periodicities.siRenewalMonths == 24);
    CHECK(read.value()->periodicities.siaRenewalMonths == 36);
    CHECK(read.value()->signedBy == QLatin1String("acc-medecin"));
    CHECK(read.value()->note == QLatin1String("Protocole 2026"));

    // Another team's establishments keep their own periodicities.
    auto other = ProtocolStore::Sql::periodicitiesOf(physician->db().sql(), {QStringLiteral("team-a"), QStringLiteral("team-b")});
    REQUIRE(other);
    CHECK(other.value().value(QStringLiteral("team-a")).siRenewalMonths == 24);
    CHECK(other.value().value(QStringLiteral("team-b")).siRenewalMonths == 60);

    // Withdrawn: the law again.
    REQUIRE(ProtocolStore::withdraw(*physician, QStringLiteral("team-a")));
    CHECK_FALSE(renewalOf(*planner, QDate(2027, 1, 31)));
    CHECK(test::count(*physician, QStringLiteral("team_protocols"), QStringLiteral("deleted = 0")) == 0);
}

TEST_CASE("a team protocol is the team physician's and never longer than the law")
{
    WorkforceDb db;
    auto physician = db.session(QStringLiteral("medecin"));
    const Protocol shorter{24, std::nullopt, std::nullopt, std::nullopt};

    struct Refusal {
        const char* login;
        const char* team;
    };
    // The other team's physician, the team's nurse and planner: refused, audited, nothing written.
    for (const Refusal& r : {Refusal{"medecin2", "team-a"}, Refusal{"infirmier", "team-a"}, Refusal{"planif", "team-a"},
                             Refusal{"medecin", "team-b"}}) {
        INFO(r.login << " on " << r.team);
        auto session = db.session(QString::fromLatin1(r.login));
        auto s = ProtocolStore::set(*session, QString::fromLatin1(r.team), shorter);
        REQUIRE_FALSE(s);
        CHECK(s.error().code == core::ErrorCode::Denied);
        CHECK(test::lastAudit(*session).contains(QLatin1String("denied")));
        CHECK(test::count(*session, QStringLiteral("team_protocols")) == 0);
    }

    struct TooLong {
        Protocol protocol;
        const char* field;
    };
    // One month over each legal maximum (R4624-16, R4624-17, R4624-28), and zero.
    for (const TooLong& t : {TooLong{{61, {}, {}, {}}, "si_renewal_months"}, TooLong{{{}, 37, {}, {}}, "sia_renewal_months"},
                             TooLong{{{}, {}, 49, {}}, "sir_renewal_months"}, TooLong{{{}, {}, {}, 25}, "sir_intermediate_months"},
                             TooLong{{0, {}, {}, {}}, "si_renewal_months"}}) {
        INFO(t.field);
        auto s = ProtocolStore::set(*physician, QStringLiteral("team-a"), t.protocol);
        REQUIRE_FALSE(s);
        CHECK(s.error().code == core::ErrorCode::Invalid);
        CHECK(s.error().message.contains(QLatin1String(t.field)));
        CHECK(test::count(*physician, QStringLiteral("team_protocols")) == 0);
    }
    // The legal maxima themselves are accepted (a protocol equal to the law).
    CHECK(ProtocolStore::set(*physician, QStringLiteral("team-a"), Protocol{60, 36, 48, 24}));
    // The table refuses a longer interval whoever writes it.
    CHECK_FALSE(physician->db().execScript(QStringLiteral(
        "INSERT INTO team_protocols(id, team_id, sia_renewal_months, signed_by, signed_on, hlc, updated_by) "
        "VALUES ('p-x', 'team-b', 48, 'acc-medecin2', '2026-11-24', '0', 't')")));
    // An unknown team is named.
    auto unknown = ProtocolStore::set(*physician, QStringLiteral("Equipe Z"), shorter);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QLatin1String("Equipe Z")));
}
