#pragma once
// Shared by the company-sheet suites: a member establishment of team "Équipe Fontaine" (a physician,
// an IPRP, a nurse, an assistant), with a membership form, workers with exposures and an accepted
// workforce declaration, on a copy of the membership template database (shipped thesaurus loaded).

#include "unit/membership/MembershipTestSupport.h"

#include "membership/EstablishmentStore.h"
#include "membership/MembershipFormStore.h"
#include "security/TeamStore.h"
#include "storage/CipherSettings.h"

namespace vigie::test {

struct SheetFixture {
    MembershipDb db;
    std::unique_ptr<security::Session> admin;
    std::unique_ptr<security::Session> planner;
    std::unique_ptr<security::Session> physician;
    std::unique_ptr<security::Session> iprp;
    std::unique_ptr<security::Session> nurse;
    std::unique_ptr<security::Session> assistant;
    QString siret = siretOf(QStringLiteral("732829320"), 7);
    QString establishmentId;
    QString teamId;

    SheetFixture()
    {
        admin = db.session(security::Role::Admin, QStringLiteral("admin"));
        for (const auto& [login, role] : {std::pair{"medecin", "physician"}, std::pair{"iprp", "iprp"}, std::pair{"infirmier", "nurse"},
                                          std::pair{"assistant", "asst"}, std::pair{"planif", "planner"}, std::pair{"admin", "admin"}})
            if (!addAccount(*admin, QLatin1String(login), QLatin1String(role)))
                qFatal("cannot add account %s", login);
        planner = db.session(security::Role::Planner, QStringLiteral("planif"));
        auto id = membership::EstablishmentStore::save(*planner, sampleMember(siret));
        if (!id)
            qFatal("cannot save the member: %s", qPrintable(id.error().message));
        establishmentId = id.value();
        auto team = security::TeamStore::create(*admin, QStringLiteral("Équipe Fontaine"), QStringLiteral("medecin"));
        if (!team)
            qFatal("cannot create the team: %s", qPrintable(team.error().message));
        teamId = team.value().id;
        for (const char* login : {"iprp", "infirmier", "assistant"})
            if (!security::TeamStore::addMember(*admin, teamId, QLatin1String(login), false))
                qFatal("cannot add %s to the team", login);
        if (!membership::EstablishmentStore::assignTeam(*admin, establishmentId, teamId))
            qFatal("cannot assign the team");
        physician = db.session(security::Role::Physician, QStringLiteral("medecin"));
        iprp = db.session(security::Role::Iprp, QStringLiteral("iprp"));
        nurse = db.session(security::Role::Nurse, QStringLiteral("infirmier"));
        assistant = db.session(security::Role::Asst, QStringLiteral("assistant"));
    }

    // The membership form (score 4.2: five "yes"), 3 workers in CDI exposed to noise, one CDD, and the
    // 2025 declaration with 2 SIR.
    void addFacts()
    {
        membership::MembershipForm f;
        f.establishmentId = establishmentId;
        f.date = QDate(2024, 3, 1);
        f.answers = {true, true, true, true, true, false};
        if (!membership::MembershipFormStore::save(*planner, f))
            qFatal("cannot save the membership form");
        if (!addWorkers(*planner, establishmentId, 3, QStringLiteral("2020-01-01")) ||
            !exec(*planner, QStringLiteral("INSERT INTO employment_exposures(id, employment_id, exposure_code, hlc, updated_by) "
                                           "SELECT 'x-' || id, id, 'PHYS.BRUIT', '0', 'test' FROM employments")) ||
            !addWorkers(*planner, establishmentId, 1, QStringLiteral("2025-06-01")) ||
            !exec(*planner, QStringLiteral("UPDATE employments SET contract_type = 'CDD' WHERE start_date = '2025-06-01'")) ||
            !exec(*planner,
                  QStringLiteral("INSERT INTO workforce_declarations(id, establishment_id, year, status, source, declared_at, declared_by, "
                                 "reference_date, line_count, worker_count, si_count, sia_count, sir_count, has_previous, arrivals, "
                                 "departures, category_changes, visit_requests, hlc, updated_by) VALUES ('decl-1', ?, 2025, 'accepted', "
                                 "'form', '2025-02-01T10:00:00Z', 'acc-planif', '2025-02-01', 4, 4, 2, 0, 2, 0, 4, 0, 0, 4, '0', 'test')"),
                  {establishmentId}))
            qFatal("cannot add the workforce facts");
    }

    // Runs SQL in the independent SQLCipher shell on the database file (behind the application's back).
    ProcessResult shell(const QByteArray& sql) const
    {
        QByteArray script = "PRAGMA key = \"x'" + db.key.toHex().toLatin1() + "'\";\n";
        for (const QByteArray& p : storage::CipherSettings::pragmas())
            script += p + ";\n";
        return run(binDir() + QStringLiteral("/sqlcipher-shell"), {db.path}, script + sql);
    }
};

} // namespace vigie::test
