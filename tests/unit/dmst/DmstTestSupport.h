#pragma once
// Shared by the dmst suites: a real encrypted database with the shipped code systems, one account per
// role (and a physician of another team), two teams, the delegations of parts 1°–2° to the IPRP and the
// assistant, the service's identity, and one worker employed in team A's establishment. The template
// is made once per process and copied for each test; sessions skip the Argon2id cost of signing in.

#include "TestSupport.h"

#include "core/Clock.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "thesaurus/ThesaurusStore.h"

#include <QFile>
#include <QSqlQuery>

#include <memory>

namespace vigie::test {

// Tuesday 24 November 2026, 09:30 UTC: the day of every test.
inline const QDateTime DmstNow = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
inline const QString WorkerId = QStringLiteral("wrk-1");      // employed at est-a (team A), qualified INS
inline const QString OtherWorkerId = QStringLiteral("wrk-2"); // employed at est-b (team B)

struct RoleAccount {
    const char* login;
    security::Role role;
};
// Every role of glossary.md, plus the physician of the other team.
inline const QList<RoleAccount>& roleAccounts()
{
    static const QList<RoleAccount> list{
        {"medecin", security::Role::Physician},        {"collab", security::Role::CollaboratorPhysician},
        {"interne", security::Role::Intern},           {"infirmier", security::Role::Nurse},
        {"iprp", security::Role::Iprp},                {"asst", security::Role::Asst},
        {"social", security::Role::SocialWorker},      {"planif", security::Role::Planner},
        {"directeur", security::Role::Director},       {"admin", security::Role::Admin},
        {"medecin2", security::Role::Physician}};
    return list;
}

struct DmstTemplate {
    TempDatabase db;
    core::ManualClock clock{DmstNow};
    QString error;

    DmstTemplate()
    {
        security::Session session(std::move(db.db), db.key,
                                  security::Account{QStringLiteral("acc-admin"), QStringLiteral("admin"), QStringLiteral("admin"),
                                                    security::Role::Admin, {}, true},
                                  clock);
        if (auto s = thesaurus::ThesaurusStore::ensureShipped(session); !s) {
            error = s.error().message;
            return;
        }
        QString accounts;
        for (const RoleAccount& a : roleAccounts())
            accounts += QStringLiteral("%1('acc-%2', '%2', '%3', '%4', '2026-01-01', '0', 'test')")
                            .arg(accounts.isEmpty() ? QString() : QStringLiteral(","), QString::fromLatin1(a.login),
                                 a.role == security::Role::Physician ? QStringLiteral("Dr ") + QString::fromLatin1(a.login).toUpper()
                                                                      : QString::fromLatin1(a.login),
                                 security::roleCode(a.role));
        const QString script =
            QStringLiteral("INSERT INTO accounts(id, login, display_name, role, created_at, hlc, updated_by) VALUES ") + accounts +
            QStringLiteral(";"
                           "UPDATE accounts SET display_name = 'Dr Claire Fontaine' WHERE id = 'acc-medecin';"
                           "INSERT INTO enterprises(id, siren, name, hlc, updated_by) VALUES ('ent', '732829320', 'Atelier Test', '0', 'test');"
                           "INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, address, postal_code, city, hlc, updated_by) VALUES "
                           "('est-a', 'ent', '73282932000017', 'Atelier Nord', 'atelier nord', '25.62A', '4 rue des Forges', '59000', 'Lille', '0', 'test'),"
                           "('est-b', 'ent', '73282932000025', 'Atelier Sud', 'atelier sud', '25.62A', NULL, NULL, NULL, '0', 'test');"
                           "INSERT INTO teams(id, name, physician_id, hlc, updated_by) VALUES "
                           "('team-a', 'Equipe A', 'acc-medecin', '0', 'test'), ('team-b', 'Equipe B', 'acc-medecin2', '0', 'test');"
                           "INSERT INTO team_members(id, team_id, account_id, written_protocol, hlc, updated_by) VALUES "
                           "('tm-1', 'team-a', 'acc-infirmier', 0, '0', 'test'), ('tm-2', 'team-a', 'acc-planif', 0, '0', 'test'),"
                           "('tm-3', 'team-a', 'acc-collab', 1, '0', 'test'), ('tm-4', 'team-a', 'acc-interne', 0, '0', 'test'),"
                           "('tm-5', 'team-a', 'acc-social', 0, '0', 'test');"
                           "INSERT INTO team_establishments(id, team_id, establishment_id, hlc, updated_by) VALUES "
                           "('te-a', 'team-a', 'est-a', '0', 'test'), ('te-b', 'team-b', 'est-b', '0', 'test');"
                           "INSERT INTO delegations(id, physician_id, delegate_id, team_id, start_date, end_date, hlc, updated_by) VALUES "
                           "('del-iprp', 'acc-medecin', 'acc-iprp', 'team-a', '2026-01-01', '2026-12-31', '0', 'test'),"
                           "('del-asst', 'acc-medecin', 'acc-asst', 'team-a', '2026-01-01', '2026-12-31', '0', 'test');"
                           "INSERT INTO service_identity(id, name, street, postal_code, city, siret, phone, email, hlc, updated_by) VALUES "
                           "('svc', 'Santé Travail Nord', '10 place du Théâtre', '59000', 'Lille', '73282932000033', '03 20 00 00 00', "
                           "'contact@stn.example', '0', 'test');"
                           "INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, birth_place_cog, "
                           "ins_matricule, ins_oid, ins_status, birth_name_fold, hlc, updated_by) VALUES "
                           "('wrk-1', 'Lefèvre', 'Marie Anne', 'Marie', '1975-03-12', 'F', '59350', '275035935012345', "
                           "'1.2.250.1.213.1.4.8', 'QUAL', 'lefevre', '0', 'test'),"
                           "('wrk-2', 'Durand', 'Paul', 'Paul', '1980-06-01', 'M', NULL, NULL, NULL, 'PROV', 'durand', '0', 'test');"
                           "INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, follow_up, hlc, updated_by) VALUES "
                           "('emp-1', 'wrk-1', 'est-a', 'Soudeuse', 'CDI', '2015-09-01', 'SIR', '0', 'test'),"
                           "('emp-2', 'wrk-2', 'est-b', 'Magasinier', 'CDI', '2019-02-01', 'SI', '0', 'test');"
                           // The welder's SIR comes from her declared exposure (R4624-23: a CMR agent), as the follow-up
                           // rules read it, and she had her EMA in 2025: no visit is overdue (her next ones are the
                           // intermediate visit in 2027 and the EMA renewal in 2029).
                           "INSERT INTO employment_exposures(id, employment_id, exposure_code, sir_risk, hlc, updated_by) VALUES "
                           "('ee-1', 'emp-1', 'CHIM.CMR.CHROME_VI', 'CMR', '0', 'test');"
                           "INSERT INTO visits(id, worker_id, establishment_id, kind, visit_date, professional_id, status, hlc, updated_by) VALUES "
                           "('vis-1', 'wrk-1', 'est-a', 'EMA', '2025-06-10', 'acc-medecin', 'done', '0', 'test');");
        if (auto s = session.db().execScript(script); !s) {
            error = s.error().message;
            return;
        }
        (void)session.db().execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    static const DmstTemplate& get()
    {
        static const DmstTemplate t;
        return t;
    }
};

struct DmstDb {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("dmst.db"));
    storage::SecretKey key;
    core::ManualClock clock{DmstNow};

    DmstDb()
    {
        const DmstTemplate& t = DmstTemplate::get();
        if (!t.error.isEmpty())
            qFatal("cannot prepare the dmst template: %s", qPrintable(t.error));
        key = t.db.key;
        if (!QFile::copy(t.db.path, path))
            qFatal("cannot copy the template database");
    }

    std::unique_ptr<security::Session> session(const QString& login)
    {
        security::Role role = security::Role::Planner;
        QString name = login;
        for (const RoleAccount& a : roleAccounts())
            if (QString::fromLatin1(a.login) == login)
                role = a.role;
        if (login == QLatin1String("medecin"))
            name = QStringLiteral("Dr Claire Fontaine");
        auto db = storage::Database::open(path, key);
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error().message));
        return std::make_unique<security::Session>(std::move(db.value()), key,
                                                   security::Account{QStringLiteral("acc-") + login, login, name, role, {}, true}, clock);
    }
};

inline qint64 auditRows(security::Session& s, const QString& outcome, int part, const QString& login, const QString& worker = WorkerId)
{
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = ? AND part = ? AND account = ? AND worker_id = ?"));
    q.addBindValue(outcome);
    q.addBindValue(part);
    q.addBindValue(login);
    q.addBindValue(worker);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

inline QVariant valueOf(security::Session& s, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(s.db().sql());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

inline bool execSql(security::Session& s, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(s.db().sql());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace vigie::test
