// The membership stores on real encrypted databases with the shipped thesaurus: creating and editing
// members, consolidation by SIREN, status history, contacts, the team in charge, the membership form,
// and the access policy (refusals audited).
#include "MembershipTestSupport.h"
#include "catch_qt.h"

#include "membership/EstablishmentStore.h"
#include "membership/MembershipFormStore.h"
#include "security/Role.h"
#include "security/TeamStore.h"

using namespace vigie;
using namespace vigie::membership;
using security::Role;
using test::MembershipDb;

namespace {
const QString Siren = QStringLiteral("732829320");
} // namespace

TEST_CASE("creating a member: enterprise by SIREN, member number, status history, contacts, audit and outbox")
{
    MembershipDb db;
    auto s = db.session(Role::Planner, QStringLiteral("planif"));
    const QString siret = test::siretOf(Siren, 7);
    const qint64 outboxBefore = test::value(*s, QStringLiteral("SELECT count(*) FROM _outbox")).toLongLong();

    auto id = EstablishmentStore::save(*s, test::sampleMember(siret));
    REQUIRE(id);
    auto loaded = EstablishmentStore::load(*s, id.value());
    REQUIRE(loaded);
    const Member& m = loaded.value();
    CHECK(m.siret == siret);
    CHECK(m.siren() == Siren);
    CHECK(m.enterpriseName == QStringLiteral("Dupont et Fils"));
    CHECK(m.legalForm == QStringLiteral("SARL"));
    CHECK(m.naf == QStringLiteral("62.01Z"));          // normalised from "6201Z"
    CHECK(m.address.city == QStringLiteral("Paris"));  // the thesaurus' name of the commune
    CHECK(m.address.postalCode == QStringLiteral("75011"));
    CHECK(m.memberNumber == QStringLiteral("A000001"));
    CHECK(m.memberSince == QDate(2024, 3, 1));
    CHECK(m.status == MemberStatus::Active);
    CHECK(m.statusSince == QDate(2024, 3, 1));
    REQUIRE(m.history.size() == 1);
    CHECK(m.history.first().status == MemberStatus::Active);
    REQUIRE(m.contacts.size() == 1);
    CHECK(m.contacts.first().phone == QStringLiteral("01 43 55 12 34"));

    CHECK(test::auditCount(*s, QStringLiteral("allowed"), QStringLiteral("establishment")) == 1);
    // Enterprise, establishment, history, contact: four synchronised rows captured.
    CHECK(test::value(*s, QStringLiteral("SELECT count(*) FROM _outbox")).toLongLong() - outboxBefore == 4);

    // The list and the search see it.
    auto found = EstablishmentStore::findByName(*s, QStringLiteral("atelier"), 10);
    REQUIRE(found);
    REQUIRE(found.value().size() == 1);
    CHECK(found.value().first().siret == siret);
    auto bySiret = EstablishmentStore::findBySiret(*s, formatSiret(siret));
    REQUIRE(bySiret);
    REQUIRE(bySiret.value().has_value());
    CHECK(bySiret.value()->id == id.value());

    SECTION("a second establishment of the same SIREN joins the same enterprise: consolidation")
    {
        Member second = test::sampleMember(test::siretOf(Siren, 21), QStringLiteral("Dupont Lyon"));
        second.address = Address{QStringLiteral("3 quai Saint-Antoine"), QStringLiteral("Bâtiment B"), QStringLiteral("69002"),
                                 QStringLiteral("69123"), {}};
        second.enterpriseName = QStringLiteral("Dupont et Fils SA");
        auto id2 = EstablishmentStore::save(*s, second);
        REQUIRE(id2);
        CHECK(test::value(*s, QStringLiteral("SELECT count(*) FROM enterprises")).toInt() == 1);
        CHECK(EstablishmentStore::load(*s, id2.value()).value().memberNumber == QStringLiteral("A000002"));
        REQUIRE(test::addWorkers(*s, id.value(), 3, QStringLiteral("2020-01-01")));
        REQUIRE(test::addWorkers(*s, id2.value(), 2, QStringLiteral("2026-01-05")));
        REQUIRE(test::addWorkers(*s, id2.value(), 1, QStringLiteral("2019-01-01"), QStringLiteral("2025-06-30"))); // gone

        auto view = EstablishmentStore::enterprise(*s, Siren, 2026);
        REQUIRE(view);
        CHECK(view.value().name == QStringLiteral("Dupont et Fils SA")); // the latest name given
        REQUIRE(view.value().establishments.size() == 2);
        CHECK(view.value().establishments.at(0).workers == 3);
        CHECK(view.value().establishments.at(1).workers == 2);
        CHECK(view.value().workers == 5);
        CHECK(EstablishmentStore::enterprise(*s, Siren, 2025).value().workers == 4);
        CHECK(EstablishmentStore::workersFollowed(*s, id2.value(), 2025).value() == 1);
    }

    SECTION("the same SIRET twice is refused, naming it")
    {
        auto again = EstablishmentStore::save(*s, test::sampleMember(siret, QStringLiteral("Doublon")));
        REQUIRE_FALSE(again);
        CHECK(again.error().code == core::ErrorCode::Invalid);
        CHECK(again.error().message.contains(formatSiret(siret)));
    }

    SECTION("editing: fields, contacts replaced, status change added to the history")
    {
        Member edit = loaded.value();
        edit.name = QStringLiteral("Atelier Dupont Roquette");
        edit.contacts.first().email = QStringLiteral("direction@dupont.example");
        edit.contacts.append(Contact{{}, ContactRole::Billing, QStringLiteral("Service comptable"), {}, QStringLiteral("compta@dupont.example")});
        REQUIRE(EstablishmentStore::save(*s, edit));
        Member after = EstablishmentStore::load(*s, id.value()).value();
        CHECK(after.name == QStringLiteral("Atelier Dupont Roquette"));
        REQUIRE(after.contacts.size() == 2);
        CHECK(after.contacts.at(0).id == loaded.value().contacts.first().id);
        CHECK(after.contacts.at(0).email == QStringLiteral("direction@dupont.example"));
        CHECK(after.contacts.at(1).role == ContactRole::Billing);

        after.contacts.removeFirst();
        after.status = MemberStatus::Suspended;
        after.statusSince = QDate(2025, 11, 1);
        REQUIRE(EstablishmentStore::save(*s, after));
        Member suspended = EstablishmentStore::load(*s, id.value()).value();
        CHECK(suspended.contacts.size() == 1);
        CHECK(suspended.status == MemberStatus::Suspended);
        CHECK(suspended.statusSince == QDate(2025, 11, 1));

        REQUIRE(EstablishmentStore::changeStatus(*s, id.value(), MemberStatus::Left, QDate(2026, 1, 10), QStringLiteral("cessation")));
        Member left = EstablishmentStore::load(*s, id.value()).value();
        REQUIRE(left.history.size() == 3);
        CHECK(left.history.at(0).status == MemberStatus::Active);
        CHECK(left.history.at(1).status == MemberStatus::Suspended);
        CHECK(left.history.at(1).since == QDate(2025, 11, 1));
        CHECK(left.history.at(2).status == MemberStatus::Left);
        CHECK(left.history.at(2).note == QStringLiteral("cessation"));

        // Before the current status' date: refused.
        const auto back = EstablishmentStore::changeStatus(*s, id.value(), MemberStatus::Active, QDate(2025, 12, 1));
        REQUIRE_FALSE(back);
        CHECK(back.error().code == core::ErrorCode::Invalid);
    }
}

TEST_CASE("the thesaurus checks: NAF sub-class, commune, postal code of that commune")
{
    MembershipDb db;
    auto s = db.session(Role::Asst, QStringLiteral("assistant"));
    Member m = test::sampleMember(test::siretOf(Siren, 7));

    SECTION("a NAF division is not a sub-class")
    {
        m.naf = QStringLiteral("62");
        CHECK_FALSE(EstablishmentStore::save(*s, m));
    }
    SECTION("an unknown NAF sub-class")
    {
        m.naf = QStringLiteral("62.09Y");
        const auto r = EstablishmentStore::save(*s, m);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("62.09Y")));
    }
    SECTION("an unknown commune")
    {
        m.address.communeInsee = QStringLiteral("75999");
        const auto r = EstablishmentStore::save(*s, m);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("75999")));
    }
    SECTION("a postal code of another commune")
    {
        m.address.postalCode = QStringLiteral("69001");
        const auto r = EstablishmentStore::save(*s, m);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("69001")));
    }
    SECTION("a bad SIRET key")
    {
        m.siret = QStringLiteral("73282932000075");
        const auto r = EstablishmentStore::save(*s, m);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("73282932000075")));
    }
    CHECK(test::value(*s, QStringLiteral("SELECT count(*) FROM establishments")).toInt() == 0);
    CHECK(test::value(*s, QStringLiteral("SELECT count(*) FROM enterprises")).toInt() == 0);
}

TEST_CASE("rights: only the membership roles edit members, only the administrator assigns teams, refusals audited")
{
    MembershipDb db;
    auto planner = db.session(Role::Planner, QStringLiteral("planif"));
    auto id = EstablishmentStore::save(*planner, test::sampleMember(test::siretOf(Siren, 7)));
    REQUIRE(id);

    SECTION("a director sees no member and edits none")
    {
        auto director = db.session(Role::Director, QStringLiteral("directeur"));
        const auto saved = EstablishmentStore::save(*director, test::sampleMember(test::siretOf(Siren, 21)));
        REQUIRE_FALSE(saved);
        CHECK(saved.error().code == core::ErrorCode::Denied);
        CHECK(test::value(*director, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied' AND account = 'directeur'"))
                  .toInt() == 1);
        const auto shown = EstablishmentStore::findBySiret(*director, test::siretOf(Siren, 7));
        REQUIRE_FALSE(shown);
        CHECK(shown.error().code == core::ErrorCode::Denied);
    }
    SECTION("the team in charge: the administrator assigns it, a planner may not")
    {
        auto admin = db.session(Role::Admin, QStringLiteral("admin"));
        REQUIRE(test::addAccount(*admin, QStringLiteral("medecin"), QStringLiteral("physician")));
        REQUIRE(test::addAccount(*admin, QStringLiteral("medecin2"), QStringLiteral("physician")));
        auto teamA = security::TeamStore::create(*admin, QStringLiteral("Équipe Fontaine"), QStringLiteral("medecin"));
        auto teamB = security::TeamStore::create(*admin, QStringLiteral("Équipe Garnier"), QStringLiteral("medecin2"));
        REQUIRE(teamA);
        REQUIRE(teamB);

        const auto refused = EstablishmentStore::assignTeam(*planner, id.value(), teamA.value().id);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == core::ErrorCode::Denied);
        CHECK(test::value(*planner, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied' AND account = 'planif'")).toInt() == 1);

        REQUIRE(EstablishmentStore::assignTeam(*admin, id.value(), teamA.value().id));
        CHECK(EstablishmentStore::load(*planner, id.value()).value().teamName == QStringLiteral("Équipe Fontaine"));
        REQUIRE(EstablishmentStore::assignTeam(*admin, id.value(), teamB.value().id));
        CHECK(EstablishmentStore::load(*planner, id.value()).value().teamName == QStringLiteral("Équipe Garnier"));
        REQUIRE(EstablishmentStore::assignTeam(*admin, id.value(), teamA.value().id)); // back: the old row revived
        CHECK(EstablishmentStore::load(*planner, id.value()).value().teamId == teamA.value().id);
        CHECK(test::value(*admin, QStringLiteral("SELECT count(*) FROM team_establishments WHERE deleted = 0")).toInt() == 1);

        // A nurse of the other team does not reach the establishment: refused and audited.
        REQUIRE(test::addAccount(*admin, QStringLiteral("infirmier"), QStringLiteral("nurse")));
        REQUIRE(test::addAccount(*admin, QStringLiteral("infirmiere"), QStringLiteral("nurse")));
        REQUIRE(security::TeamStore::addMember(*admin, teamB.value().id, QStringLiteral("infirmier"), false));
        REQUIRE(security::TeamStore::addMember(*admin, teamA.value().id, QStringLiteral("infirmiere"), false));
        auto other = db.session(Role::Nurse, QStringLiteral("infirmier"));
        const auto far = EstablishmentStore::load(*other, id.value());
        REQUIRE_FALSE(far);
        CHECK(far.error().code == core::ErrorCode::Denied);
        CHECK(test::value(*other, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied' AND account = 'infirmier'")).toInt() == 1);
        auto own = db.session(Role::Nurse, QStringLiteral("infirmiere"));
        CHECK(EstablishmentStore::load(*own, id.value()));
    }
}

TEST_CASE("membership form: answers, score, declared risks, the latest form is current")
{
    MembershipDb db;
    auto s = db.session(Role::Asst, QStringLiteral("assistant"));
    auto id = EstablishmentStore::save(*s, test::sampleMember(test::siretOf(Siren, 7)));
    REQUIRE(id);
    CHECK_FALSE(MembershipFormStore::latest(*s, id.value()).value().has_value());

    MembershipForm f;
    f.establishmentId = id.value();
    f.date = QDate(2026, 1, 12);
    f.estimatedSi = 8;
    f.estimatedSia = 1;
    f.estimatedSir = 2;
    f.answers = {true, true, true, false, true, false};
    f.risks = {QStringLiteral("CHIM.AMIANTE")};
    REQUIRE(MembershipFormStore::save(*s, f));
    CHECK(test::value(*s, QStringLiteral("SELECT score_tenths FROM membership_forms")).toInt() == 33);

    auto latest = MembershipFormStore::latest(*s, id.value());
    REQUIRE(latest);
    REQUIRE(latest.value().has_value());
    CHECK(latest.value()->scoreTenths() == 33);
    CHECK(latest.value()->risks == QStringList{QStringLiteral("CHIM.AMIANTE")});
    CHECK(latest.value()->estimatedSir == 2);

    SECTION("a later form replaces it")
    {
        f.date = QDate(2026, 1, 14);
        f.answers = {true, true, true, true, true, true};
        f.risks.clear();
        REQUIRE(MembershipFormStore::save(*s, f));
        CHECK(MembershipFormStore::latest(*s, id.value()).value()->scoreTenths() == 50);
    }
    SECTION("an unknown risk, an unanswered question: refused, nothing written")
    {
        f.risks = {QStringLiteral("NOPE")};
        CHECK_FALSE(MembershipFormStore::save(*s, f));
        f.risks.clear();
        f.answers[2].reset();
        CHECK_FALSE(MembershipFormStore::save(*s, f));
        CHECK(test::value(*s, QStringLiteral("SELECT count(*) FROM membership_forms")).toInt() == 1);
    }
    SECTION("the welcome sheet's data gathers the form, the risks' labels and the member")
    {
        auto data = MembershipFormStore::welcomeSheetData(*s, id.value());
        REQUIRE(data);
        CHECK(data.value().member.siret == test::siretOf(Siren, 7));
        CHECK(data.value().nafLabel.contains(QStringLiteral("Programmation")));
        REQUIRE(data.value().riskLabels.size() == 1);
        CHECK(data.value().riskLabels.first().contains(QStringLiteral("Amiante")));
        CHECK(test::auditCount(*s, QStringLiteral("allowed"), QStringLiteral("welcome_sheet")) == 1);
    }
}
