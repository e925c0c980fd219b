// Accounts: password rules, sign-in throttling with audited failures, refusals audited once each.
#include "TestSupport.h"
#include "catch_qt.h"

#include "security/AccountStore.h"
#include "security/PasswordPolicy.h"
#include "security/PolicyStore.h"
#include "security/SignIn.h"
#include "security/TeamStore.h"
#include "storage/AuditTrail.h"
#include "storage/KeyRing.h"

#include <QTimeZone>

using namespace vigie;
using namespace vigie::security;

namespace {
const QString AdminPassword = QStringLiteral("Clef-Solide-2026!");

struct Service {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("s.db"));
    core::ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};

    Service()
    {
        auto s = createDatabase(path, NewAccount{QStringLiteral("admin"), QStringLiteral("Alice Admin"), Role::Admin, {}},
                                AdminPassword, clock);
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
    }
    std::unique_ptr<Session> signInOk(const QString& login, const QString& password)
    {
        auto s = signIn(path, login, password, clock);
        if (!s)
            FAIL(s.error().message.toStdString());
        return std::move(s.value());
    }
    qint64 auditCount(Session& s, const QString& where)
    {
        return test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM _audit WHERE ") + where).toLongLong();
    }
};
} // namespace

TEST_CASE("password rules: length, login, name, common passwords")
{
    struct Case {
        const char* password;
        bool ok;
    };
    const Case cases[] = {
        {"Court-2026", false},                  // 10 characters
        {"Onze-Carac", false},                  // 10
        {"Douze-Caract", true},                 // 12
        {"jdupont-2026-abc", false},            // contains the login
        {"JDupont--2026-x", false},             // the login, whatever the case
        {"Helene-Dupont-99", false},            // contains the name, accents ignored
        {"motdepasse123", false},               // in the common list (13 characters)
        {"azerty123456", false},                // in the common list
        {"cheval correct agrafe batterie", true}, // a passphrase
        {"Ünïcödé-Pässwörd", true},
    };
    for (const Case& c : cases) {
        INFO(c.password);
        CHECK(PasswordPolicy::check(QString::fromUtf8(c.password), QStringLiteral("jdupont"),
                                    QStringLiteral("Hélène Dupont")).ok() == c.ok);
    }
    CHECK(PasswordPolicy::check(QString(129, QLatin1Char('x')), QStringLiteral("a"), QStringLiteral("b")).error().code ==
          core::ErrorCode::Invalid);
}

TEST_CASE("throttling: after 5 failures the delay doubles from 30 s, every failure is audited")
{
    CHECK(SignInThrottle::delaySecs(4) == 0);
    CHECK(SignInThrottle::delaySecs(5) == 30);
    CHECK(SignInThrottle::delaySecs(6) == 60);
    CHECK(SignInThrottle::delaySecs(7) == 120);
    CHECK(SignInThrottle::delaySecs(30) == 3600);

    Service svc;
    for (int i = 0; i < 5; ++i) {
        auto r = signIn(svc.path, QStringLiteral("admin"), QStringLiteral("Mauvais-Mot-De-Passe"), svc.clock);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == core::ErrorCode::AuthFailed);
        svc.clock.advanceSecs(1);
    }
    // Locked now: even the right password is refused until the delay has passed.
    auto locked = signIn(svc.path, QStringLiteral("admin"), AdminPassword, svc.clock);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == core::ErrorCode::AuthFailed);
    CHECK(locked.error().message.contains(QStringLiteral("admin")));
    svc.clock.advanceSecs(31);
    auto session = svc.signInOk(QStringLiteral("admin"), AdminPassword);
    // 5 wrong passwords + 1 attempt while locked, each one record, at its own time.
    CHECK(svc.auditCount(*session, QStringLiteral("action = 'sign_in' AND outcome = 'failure'")) == 6);
    CHECK(test::scalar(session->db(), QStringLiteral("SELECT min(at) FROM _audit WHERE outcome = 'failure'")).toString() ==
          QStringLiteral("2026-03-02T09:00:00.000Z"));
    CHECK(svc.auditCount(*session, QStringLiteral("action = 'sign_in' AND outcome = 'success'")) == 1);
    CHECK(storage::AuditTrail::verify(session->db()).value().intact);
    // The counter starts again after a success.
    CHECK(storage::KeyRing::load(storage::KeyRing::pathFor(svc.path)).value().consecutiveFailures(QStringLiteral("admin")) == 0);
}

TEST_CASE("a password change re-wraps only that account's slot and keeps the database readable")
{
    Service svc;
    auto admin = svc.signInOk(QStringLiteral("admin"), AdminPassword);
    REQUIRE(AccountStore::create(*admin, NewAccount{QStringLiteral("ide"), QStringLiteral("Jean Roux"), Role::Nurse, {}},
                                 QStringLiteral("Infirmier-Roux-2026"))
                .ok());
    REQUIRE(AccountStore::changePassword(*admin, QStringLiteral("ide"), QStringLiteral("Nouveau-Secret-2027")));
    admin.reset();
    CHECK_FALSE(signIn(svc.path, QStringLiteral("ide"), QStringLiteral("Infirmier-Roux-2026"), svc.clock).ok());
    auto nurse = svc.signInOk(QStringLiteral("ide"), QStringLiteral("Nouveau-Secret-2027"));
    CHECK(nurse->account().role == Role::Nurse);
    nurse.reset();
    svc.signInOk(QStringLiteral("admin"), AdminPassword);
}

TEST_CASE("every refusal of the policy leaves exactly one audit record")
{
    Service svc;
    auto admin = svc.signInOk(QStringLiteral("admin"), AdminPassword);
    for (const auto& [login, role] : {std::pair{QStringLiteral("docteur"), Role::Physician},
                                      std::pair{QStringLiteral("infirmiere"), Role::Nurse},
                                      std::pair{QStringLiteral("preventeur"), Role::Iprp},
                                      std::pair{QStringLiteral("directrice"), Role::Director}})
        REQUIRE(AccountStore::create(*admin, NewAccount{login, QStringLiteral("Personne ") + login, role, {}},
                                     QStringLiteral("Clef-Tres-Longue-77"))
                    .ok());
    auto team = TeamStore::create(*admin, QStringLiteral("Équipe A"), QStringLiteral("docteur"));
    REQUIRE(team.ok());
    REQUIRE(TeamStore::addMember(*admin, team.value().id, QStringLiteral("infirmiere"), false));
    REQUIRE(TeamStore::addMember(*admin, team.value().id, QStringLiteral("preventeur"), false));
    // A worker employed in an establishment of the team (test fixture rows).
    REQUIRE(admin->db().execScript(QStringLiteral(
        "INSERT INTO enterprises(id, siren, name, hlc, updated_by) VALUES ('ent', '732829320', 'Acme', '0', 'x');"
        "INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, hlc, updated_by) "
        "  VALUES ('est', 'ent', '73282932000074', 'Acme Lyon', 'acme lyon', '62.01Z', '0', 'x');"
        "INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, birth_name_fold, hlc, updated_by)"
        "  VALUES ('w1', 'DURAND', 'Paul', 'Paul', '1980-01-01', 'M', 'durand', '0', 'x');"
        "INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, hlc, updated_by)"
        "  VALUES ('e1', 'w1', 'est', 'Soudeur', 'CDI', '2020-01-01', '0', 'x');")));
    REQUIRE(TeamStore::assignEstablishment(*admin, team.value().id, QStringLiteral("73282932000074")));
    admin.reset();

    auto denials = [&](Session& s) { return svc.auditCount(s, QStringLiteral("outcome = 'denied'")); };
    auto expectOneRefusal = [&](const QString& login, Action action, int part) {
        auto s = svc.signInOk(login, QStringLiteral("Clef-Tres-Longue-77"));
        const qint64 before = denials(*s);
        const core::Status st = PolicyStore::require(*s, action, QStringLiteral("w1"), part);
        INFO(login.toStdString() << " " << actionCode(action).toStdString() << " part " << part);
        CHECK(st.error().code == core::ErrorCode::Denied);
        CHECK(denials(*s) == before + 1);
        CHECK(test::scalar(s->db(), QStringLiteral("SELECT account || '|' || role || '|' || action || '|' || worker_id || '|' "
                                                   "|| part FROM _audit ORDER BY seq DESC LIMIT 1"))
                  .toString() == QStringLiteral("%1|%2|%3|w1|%4")
                                     .arg(login, roleCode(s->account().role), actionCode(action))
                                     .arg(part));
    };
    expectOneRefusal(QStringLiteral("infirmiere"), Action::Sign, 5);   // a nurse never signs an avis
    expectOneRefusal(QStringLiteral("preventeur"), Action::Read, 1);  // IPRP without delegation
    expectOneRefusal(QStringLiteral("preventeur"), Action::Read, 3);  // IPRP, health data
    expectOneRefusal(QStringLiteral("directrice"), Action::Read, 1);   // director: aggregates only

    // Delegation, then revocation effective at the next request.
    auto doc = svc.signInOk(QStringLiteral("docteur"), QStringLiteral("Clef-Tres-Longue-77"));
    auto d = DelegationStore::grant(*doc, QStringLiteral("preventeur"), svc.clock.today(), svc.clock.today().addDays(30));
    REQUIRE(d.ok());
    auto prev = svc.signInOk(QStringLiteral("preventeur"), QStringLiteral("Clef-Tres-Longue-77"));
    CHECK(PolicyStore::require(*prev, Action::Read, QStringLiteral("w1"), 1).ok());
    CHECK(PolicyStore::require(*prev, Action::Write, QStringLiteral("w1"), 2).ok());
    REQUIRE(DelegationStore::revoke(*doc, d.value().id));
    CHECK(PolicyStore::require(*prev, Action::Read, QStringLiteral("w1"), 1).error().code == core::ErrorCode::Denied);

    // Opposition: the nurse is refused at once, the physician still reads.
    auto ide = svc.signInOk(QStringLiteral("infirmiere"), QStringLiteral("Clef-Tres-Longue-77"));
    CHECK(PolicyStore::require(*ide, Action::Read, QStringLiteral("w1"), 3).ok());
    REQUIRE(OppositionStore::record(*doc, QStringLiteral("w1")));
    const core::Status refused = PolicyStore::require(*ide, Action::Read, QStringLiteral("w1"), 3);
    CHECK(refused.error().code == core::ErrorCode::Denied);
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("DURAND")));
    CHECK(PolicyStore::require(*doc, Action::Read, QStringLiteral("w1"), 3).ok());
    CHECK(storage::AuditTrail::verify(doc->db()).value().intact);
}
