// Issue 13 item 3: the life cycle of accounts (disable, enable with a temporary password, role,
// team membership and establishments, delegation per team) and the key rotation.
#include "TestSupport.h"
#include "catch_qt.h"

#include "security/AccountStore.h"
#include "security/PolicyStore.h"
#include "security/SignIn.h"
#include "security/TeamStore.h"
#include "storage/AuditSeal.h"
#include "storage/AuditTrail.h"
#include "storage/KeyRing.h"
#include "storage/Rekey.h"

#include <sodium.h>

using namespace vigie;
using namespace vigie::security;

namespace {
const QString AdminPassword = QStringLiteral("Clef-Solide-2026!");
const QString Common = QStringLiteral("Clef-Tres-Longue-77");

struct Service {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("s.db"));
    core::ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Session> admin;

    Service()
    {
        auto s = createDatabase(path, NewAccount{QStringLiteral("admin"), QStringLiteral("Alice Admin"), Role::Admin, {}},
                                AdminPassword, clock);
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        admin = std::move(s.value());
    }
    void add(const QString& login, Role role, bool temporary = false)
    {
        NewAccount a{login, QStringLiteral("Personne ") + login, role, {}};
        a.temporaryPassword = temporary;
        auto r = AccountStore::create(*admin, a, Common);
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
    }
    std::unique_ptr<Session> signInOk(const QString& login, const QString& password)
    {
        auto s = signIn(path, login, password, clock);
        if (!s)
            FAIL(s.error().message.toStdString());
        return std::move(s.value());
    }
    qint64 audits(Session& s, const QString& where)
    {
        return test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM _audit WHERE ") + where).toLongLong();
    }
    storage::KeyRing ring() { return storage::KeyRing::load(storage::KeyRing::pathFor(path)).value(); }
};
} // namespace

TEST_CASE("a disabled physician cannot sign in and her password no longer unwraps the key, even offline")
{
    Service svc;
    svc.add(QStringLiteral("docteur"), Role::Physician);
    svc.add(QStringLiteral("planif"), Role::Planner);
    // Before: her password opens the database key through the key ring alone.
    REQUIRE(svc.ring().unlock(QStringLiteral("docteur"), Common).ok());

    // Only an administrator disables; the refusal is audited.
    {
        auto planner = svc.signInOk(QStringLiteral("planif"), Common);
        const core::Status refused = AccountStore::disable(*planner, QStringLiteral("docteur"));
        CHECK(refused.error().code == core::ErrorCode::Denied);
        CHECK(svc.audits(*planner, QStringLiteral("action = 'account.disable' AND outcome = 'denied'")) == 1);
    }
    REQUIRE(AccountStore::disable(*svc.admin, QStringLiteral("docteur")));
    CHECK(svc.audits(*svc.admin, QStringLiteral("action = 'account.disable' AND outcome = 'allowed' AND detail = 'login=docteur'")) == 1);

    // Offline: the key ring, read directly, no longer gives the key for her password.
    const storage::KeyRing ring = svc.ring();
    CHECK_FALSE(ring.hasSlot(QStringLiteral("docteur")));
    auto offline = ring.unlock(QStringLiteral("docteur"), Common);
    REQUIRE_FALSE(offline.ok());
    CHECK(offline.error().code == core::ErrorCode::AuthFailed);
    // Online: refused like a wrong password.
    auto online = signIn(svc.path, QStringLiteral("docteur"), Common, svc.clock);
    REQUIRE_FALSE(online.ok());
    CHECK(online.error().code == core::ErrorCode::AuthFailed);
    auto listed = AccountStore::list(*svc.admin);
    REQUIRE(listed.ok());
    for (const Account& a : listed.value())
        if (a.login == QLatin1String("docteur"))
            CHECK_FALSE(a.active);
    // A disabled account's password cannot be reset behind the administrator's back.
    CHECK(AccountStore::changePassword(*svc.admin, QStringLiteral("docteur"), QStringLiteral("Encore-Un-Secret-88")).error().code ==
          core::ErrorCode::Invalid);

    // Neither oneself nor the last administrator can be disabled.
    CHECK(AccountStore::disable(*svc.admin, QStringLiteral("admin")).error().code == core::ErrorCode::Invalid);

    // Enabling gives a temporary password, which opens the database and must be replaced.
    auto temporary = AccountStore::enable(*svc.admin, QStringLiteral("docteur"));
    REQUIRE(temporary.ok());
    CHECK(temporary.value().size() == 19);
    CHECK(svc.audits(*svc.admin, QStringLiteral("action = 'account.enable' AND outcome = 'allowed'")) == 1);
    CHECK_FALSE(signIn(svc.path, QStringLiteral("docteur"), Common, svc.clock).ok());
    auto back = svc.signInOk(QStringLiteral("docteur"), temporary.value());
    CHECK(back->mustChangePassword());
    REQUIRE(AccountStore::changePassword(*back, QStringLiteral("docteur"), QStringLiteral("Mon-Propre-Secret-2026")));
    CHECK_FALSE(back->mustChangePassword());
    back.reset();
    CHECK_FALSE(svc.signInOk(QStringLiteral("docteur"), QStringLiteral("Mon-Propre-Secret-2026"))->mustChangePassword());
    CHECK(storage::AuditTrail::verify(svc.admin->db()).value().intact);
}

TEST_CASE("a password set by an administrator is temporary, the flag cannot be edited out of the key ring")
{
    Service svc;
    svc.add(QStringLiteral("infirmiere"), Role::Nurse, /*temporary=*/true);
    CHECK(svc.signInOk(QStringLiteral("infirmiere"), Common)->mustChangePassword());
    // Clearing the flag in the file makes the slot unusable rather than the password permanent.
    const QString ringPath = storage::KeyRing::pathFor(svc.path);
    QByteArray text = test::readAll(ringPath);
    REQUIRE(text.contains("\"must_change_password\": true"));
    text.replace("\"must_change_password\": true", "\"must_change_password\": false");
    {
        QFile f(ringPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    CHECK_FALSE(svc.ring().unlock(QStringLiteral("infirmiere"), Common).ok());

    // An administrator's reset is temporary again; one's own change is not.
    auto admin = svc.signInOk(QStringLiteral("admin"), AdminPassword);
    REQUIRE(AccountStore::changePassword(*admin, QStringLiteral("infirmiere"), QStringLiteral("Remise-A-Zero-2026")));
    auto nurse = svc.signInOk(QStringLiteral("infirmiere"), QStringLiteral("Remise-A-Zero-2026"));
    CHECK(nurse->mustChangePassword());
    REQUIRE(AccountStore::changePassword(*nurse, QStringLiteral("infirmiere"), QStringLiteral("Le-Mien-Enfin-2026")));
    nurse.reset();
    CHECK_FALSE(svc.signInOk(QStringLiteral("infirmiere"), QStringLiteral("Le-Mien-Enfin-2026"))->mustChangePassword());
    CHECK(svc.audits(*admin, QStringLiteral("action = 'account.password' AND detail = 'login=infirmiere temporary=yes'")) == 1);
}

TEST_CASE("change of role: audited, refused for the last administrator and for a physician who leads a team")
{
    Service svc;
    svc.add(QStringLiteral("docteur"), Role::Physician);
    svc.add(QStringLiteral("secretaire"), Role::Planner);
    REQUIRE(AccountStore::changeRole(*svc.admin, QStringLiteral("secretaire"), Role::Asst));
    CHECK(svc.audits(*svc.admin, QStringLiteral("action = 'account.role' AND detail = 'login=secretaire from=planner to=asst'")) == 1);
    CHECK(AccountStore::findByLogin(svc.admin->db(), QStringLiteral("secretaire")).value().role == Role::Asst);
    // The role is read at sign-in: the new session has it.
    CHECK(svc.signInOk(QStringLiteral("secretaire"), Common)->account().role == Role::Asst);

    CHECK(AccountStore::changeRole(*svc.admin, QStringLiteral("admin"), Role::Director).error().code == core::ErrorCode::Invalid);
    REQUIRE(TeamStore::create(*svc.admin, QStringLiteral("Équipe A"), QStringLiteral("docteur")).ok());
    const core::Status leads = AccountStore::changeRole(*svc.admin, QStringLiteral("docteur"), Role::Nurse);
    CHECK(leads.error().code == core::ErrorCode::Invalid);
    CHECK(leads.error().message.contains(QStringLiteral("Équipe A")));

    auto planner = svc.signInOk(QStringLiteral("secretaire"), Common);
    CHECK(AccountStore::changeRole(*planner, QStringLiteral("secretaire"), Role::Admin).error().code == core::ErrorCode::Denied);
    CHECK(svc.audits(*planner, QStringLiteral("action = 'account.role' AND outcome = 'denied'")) == 1);
}

TEST_CASE("removed from a team, a nurse loses its records at once, an unassigned establishment leaves the team's scope")
{
    Service svc;
    svc.add(QStringLiteral("docteur"), Role::Physician);
    svc.add(QStringLiteral("infirmiere"), Role::Nurse);
    auto team = TeamStore::create(*svc.admin, QStringLiteral("Équipe A"), QStringLiteral("docteur"));
    REQUIRE(team.ok());
    REQUIRE(TeamStore::addMember(*svc.admin, team.value().id, QStringLiteral("infirmiere"), false));
    REQUIRE(svc.admin->db().execScript(QStringLiteral(
        "INSERT INTO enterprises(id, siren, name, hlc, updated_by) VALUES ('ent', '732829320', 'Acme', '0', 'x');"
        "INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, hlc, updated_by) "
        "  VALUES ('est', 'ent', '73282932000074', 'Acme Lyon', 'acme lyon', '62.01Z', '0', 'x');"
        "INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, birth_name_fold, hlc, updated_by)"
        "  VALUES ('w1', 'DURAND', 'Paul', 'Paul', '1980-01-01', 'M', 'durand', '0', 'x');"
        "INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, hlc, updated_by)"
        "  VALUES ('e1', 'w1', 'est', 'Soudeur', 'CDI', '2020-01-01', '0', 'x');")));
    REQUIRE(TeamStore::assignEstablishment(*svc.admin, team.value().id, QStringLiteral("73282932000074")));

    auto nurse = svc.signInOk(QStringLiteral("infirmiere"), Common);
    auto doctor = svc.signInOk(QStringLiteral("docteur"), Common);
    REQUIRE(PolicyStore::require(*nurse, Action::Read, QStringLiteral("w1"), 3).ok());

    // Removal: refused to a non-administrator (audited), effective at the next request, audited.
    CHECK(TeamStore::removeMember(*nurse, team.value().id, QStringLiteral("infirmiere")).error().code == core::ErrorCode::Denied);
    CHECK(svc.audits(*nurse, QStringLiteral("action = 'team.member.remove' AND outcome = 'denied'")) == 1);
    REQUIRE(TeamStore::removeMember(*svc.admin, team.value().id, QStringLiteral("infirmiere")));
    CHECK(svc.audits(*svc.admin, QStringLiteral("action = 'team.member.remove' AND outcome = 'allowed'")) == 1);
    CHECK(PolicyStore::require(*nurse, Action::Read, QStringLiteral("w1"), 3).error().code == core::ErrorCode::Denied);
    CHECK(TeamStore::members(*svc.admin, team.value().id).value().isEmpty());
    CHECK(TeamStore::removeMember(*svc.admin, team.value().id, QStringLiteral("infirmiere")).error().code == core::ErrorCode::Invalid);
    // She can be added back (the same row revives).
    REQUIRE(TeamStore::addMember(*svc.admin, team.value().id, QStringLiteral("infirmiere"), false));
    CHECK(PolicyStore::require(*nurse, Action::Read, QStringLiteral("w1"), 3).ok());
    CHECK(TeamStore::addMember(*svc.admin, team.value().id, QStringLiteral("infirmiere"), false).error().code == core::ErrorCode::Invalid);

    // Unassigning the establishment takes its workers out of the team's scope, for the physician too.
    REQUIRE(PolicyStore::require(*doctor, Action::Read, QStringLiteral("w1"), 3).ok());
    CHECK(TeamStore::establishments(*svc.admin, team.value().id).value().size() == 1);
    REQUIRE(TeamStore::unassignEstablishment(*svc.admin, team.value().id, QStringLiteral("73282932000074")));
    CHECK(svc.audits(*svc.admin, QStringLiteral("action = 'team.establishment.remove' AND outcome = 'allowed'")) == 1);
    CHECK(PolicyStore::require(*doctor, Action::Read, QStringLiteral("w1"), 3).error().code == core::ErrorCode::Denied);
    CHECK(TeamStore::establishments(*svc.admin, team.value().id).value().isEmpty());
    CHECK(TeamStore::unassignEstablishment(*svc.admin, team.value().id, QStringLiteral("73282932000074")).error().code ==
          core::ErrorCode::Invalid);
    REQUIRE(TeamStore::assignEstablishment(*svc.admin, team.value().id, QStringLiteral("73282932000074")));
    CHECK(PolicyStore::require(*doctor, Action::Read, QStringLiteral("w1"), 3).ok());
}

TEST_CASE("a physician who leads two teams gives a delegation for each, not only the first by name")
{
    Service svc;
    svc.add(QStringLiteral("docteur"), Role::Physician);
    svc.add(QStringLiteral("autredoc"), Role::Physician);
    svc.add(QStringLiteral("preventeur"), Role::Iprp);
    auto a = TeamStore::create(*svc.admin, QStringLiteral("Équipe A"), QStringLiteral("docteur"));
    auto b = TeamStore::create(*svc.admin, QStringLiteral("Équipe B"), QStringLiteral("docteur"));
    auto other = TeamStore::create(*svc.admin, QStringLiteral("Équipe C"), QStringLiteral("autredoc"));
    REQUIRE((a.ok() && b.ok() && other.ok()));
    auto doctor = svc.signInOk(QStringLiteral("docteur"), Common);
    const QDate from = svc.clock.today(), to = svc.clock.today().addDays(30);

    auto led = DelegationStore::teamsLed(*doctor);
    REQUIRE(led.ok());
    CHECK(led.value().size() == 2);
    // Without a team, the physician must say which.
    auto ambiguous = DelegationStore::grant(*doctor, QStringLiteral("preventeur"), from, to);
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error().code == core::ErrorCode::Invalid);
    auto second = DelegationStore::grant(*doctor, QStringLiteral("preventeur"), from, to, b.value().id);
    REQUIRE(second.ok());
    CHECK(second.value().teamId == b.value().id);
    auto first = DelegationStore::grant(*doctor, QStringLiteral("preventeur"), from, to, a.value().id);
    REQUIRE(first.ok());
    CHECK(first.value().teamId == a.value().id);
    // Another physician's team: refused and audited.
    auto foreign = DelegationStore::grant(*doctor, QStringLiteral("preventeur"), from, to, other.value().id);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().code == core::ErrorCode::Denied);
    CHECK(svc.audits(*doctor, QStringLiteral("action = 'delegation.grant' AND outcome = 'denied'")) == 1);
}

TEST_CASE("key rotation: the old key no longer opens the file, every account keeps its password, audited")
{
    Service svc;
    svc.add(QStringLiteral("docteur"), Role::Physician);
    svc.add(QStringLiteral("planif"), Role::Planner);
    const storage::SecretKey old = svc.admin->databaseKey();
    {
        auto planner = svc.signInOk(QStringLiteral("planif"), Common);
        CHECK(AccountStore::rotateKey(*planner).error().code == core::ErrorCode::Denied);
        CHECK(svc.audits(*planner, QStringLiteral("action = 'key.rotate' AND outcome = 'denied'")) == 1);
    }
    REQUIRE(AccountStore::rotateKey(*svc.admin));
    CHECK_FALSE(svc.admin->databaseKey() == old);
    // The session goes on with the new key; a new account gets it too.
    svc.add(QStringLiteral("nouveau"), Role::Nurse);
    const qint64 accounts = test::scalar(svc.admin->db(), QStringLiteral("SELECT count(*) FROM accounts")).toLongLong();
    svc.admin.reset();

    CHECK_FALSE(storage::Database::open(svc.path, old).ok());
    for (const QString& login : {QStringLiteral("docteur"), QStringLiteral("planif"), QStringLiteral("nouveau")}) {
        auto s = svc.signInOk(login, Common);
        CHECK(test::scalar(s->db(), QStringLiteral("SELECT count(*) FROM accounts")).toLongLong() == accounts);
    }
    auto admin = svc.signInOk(QStringLiteral("admin"), AdminPassword);
    CHECK(svc.audits(*admin, QStringLiteral("action = 'key.rotate' AND outcome = 'allowed'")) == 1);
    CHECK(storage::AuditTrail::verify(admin->db()).value().intact);
}

TEST_CASE("a rotation interrupted after the re-key but before the key ring was finished still opens")
{
    Service svc;
    svc.add(QStringLiteral("docteur"), Role::Physician);
    const storage::SecretKey next = storage::SecretKey::random();
    const QString ringPath = storage::KeyRing::pathFor(svc.path);
    REQUIRE(storage::KeyRing::update(ringPath, [&](storage::KeyRing& r) { return r.beginRotation(next); }));
    REQUIRE(storage::rekey(svc.admin->db(), next));
    svc.admin.reset(); // "crash": the key ring still names the old key as current
    auto doctor = svc.signInOk(QStringLiteral("docteur"), Common);
    CHECK(doctor->databaseKey() == next);
    doctor.reset();
    // The first sign-in finished the rotation for everyone.
    CHECK(svc.ring().unlock(QStringLiteral("admin"), AdminPassword).value() == next);
}

TEST_CASE("a key ring of the first format still opens, the slot is upgraded and the database sealed")
{
    Service svc;
    const storage::SecretKey key = svc.admin->databaseKey();
    svc.admin.reset();
    // The key ring as the previous release wrote it: the database key wrapped directly.
    REQUIRE(sodium_init() >= 0);
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0'), nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    unsigned char kek[32];
    const QByteArray pw = AdminPassword.toUtf8();
    REQUIRE(crypto_pwhash(kek, sizeof kek, pw.constData(), static_cast<unsigned long long>(pw.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), 3, 64u * 1024 * 1024,
                          crypto_pwhash_ALG_ARGON2ID13) == 0);
    const QByteArray ad = QByteArray("vigie-keyring-1") + '\0' + "admin";
    QByteArray wrapped(32 + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(wrapped.data()), &len, key.data(), 32,
                                               reinterpret_cast<const unsigned char*>(ad.constData()),
                                               static_cast<unsigned long long>(ad.size()), nullptr,
                                               reinterpret_cast<const unsigned char*>(nonce.constData()), kek);
    const QByteArray v1 = "{\"format\": \"vigie-keyring-1\", \"cipher\": \"xchacha20poly1305-ietf\", \"pending_failures\": [], "
                          "\"slots\": [{\"login\": \"admin\", \"kdf\": \"argon2id13\", \"ops_limit\": 3, \"mem_limit\": 67108864, "
                          "\"salt\": \"" + salt.toBase64() + "\", \"nonce\": \"" + nonce.toBase64() + "\", \"wrapped\": \"" +
                          wrapped.toBase64() + "\", \"failures\": 0, \"last_failure\": \"\"}]}";
    const QString ringPath = storage::KeyRing::pathFor(svc.path);
    {
        QFile f(ringPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(v1);
    }
    QFile::remove(storage::AuditSeal::pathFor(svc.path)); // that release had no seal either

    auto admin = svc.signInOk(QStringLiteral("admin"), AdminPassword);
    REQUIRE(admin->auditSealer());
    CHECK(admin->auditSealer()->trusted());
    CHECK(QFile::exists(storage::AuditSeal::pathFor(svc.path)));
    CHECK(test::readAll(ringPath).contains("\"slot_format\": 2"));
    admin.reset();
    auto again = svc.signInOk(QStringLiteral("admin"), AdminPassword);
    REQUIRE(again->auditSealer());
    CHECK(again->auditSealer()->trusted());
    CHECK(storage::AuditSeal::check(again->db(), again->auditSealer()->sealKey()).value().intact());
}
