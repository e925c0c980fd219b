#include "DemoService.h"

#include "DemoCompanySheets.h"

#include "membership/EstablishmentStore.h"
#include "security/AccountStore.h"
#include "security/SignIn.h"
#include "security/TeamStore.h"
#include "thesaurus/ThesaurusStore.h"
#include "workforce/WorkerStore.h"

#include <QCoreApplication>

namespace vigie::cli {
using core::Error;
using core::Result;
using core::Status;
using security::Role;

namespace {

struct DemoAccount {
    Role role;
    const char* login;
    const char* name;
    const char* rpps;
    const char* team;        // "A", "B" or ""
    bool writtenProtocol;
};
constexpr DemoAccount Accounts[] = {
    {Role::Physician, "medecin", "Dr Claire Fontaine", "10101010101", "", false},
    {Role::Physician, "medecin2", "Dr Olivier Garnier", "10101010105", "", false},
    {Role::CollaboratorPhysician, "collaborateur", "Dr Paul Girard", "10101010102", "A", true},
    {Role::Intern, "interne", "Léa Morel", "10101010103", "A", false},
    {Role::Nurse, "infirmier", "Julien Roux", "10101010104", "A", false},
    {Role::Iprp, "iprp", "Sophie Lambert", "", "A", false},
    {Role::Asst, "assistant", "Nadia Benali", "", "A", false},
    {Role::SocialWorker, "social", "Hélène Caron", "", "", false},
    {Role::Planner, "planif", "Marc Petit", "", "A", false},
    {Role::Director, "directeur", "Isabelle Lefèvre", "", "", false},
};
} // namespace

Result<QStringList> populateDemoService(std::unique_ptr<security::Session> admin, const QString& databasePath,
                                        const QString& password, const DemoOptions& options, const core::Clock& clock,
                                        std::function<void(const QString&)> progress)
{
    QStringList lines{QStringLiteral("admin\tadmin")};
    for (const DemoAccount& d : Accounts) {
        if (progress)
            progress(QCoreApplication::translate("vigie::cli", "Account %1…").arg(QLatin1String(d.login)));
        auto created = security::AccountStore::create(
            *admin, security::NewAccount{QLatin1String(d.login), QString::fromUtf8(d.name), d.role, QLatin1String(d.rpps)},
            password);
        if (!created)
            return created.error();
        lines << security::roleCode(d.role) + QLatin1Char('\t') + QLatin1String(d.login);
    }
    if (Status s = generateDemo(admin->db(), options, clock, admin->account().id, progress); !s)
        return s.error();
    // Load the shipped code systems now rather than at the first search of the first user.
    if (progress)
        progress(QCoreApplication::translate("vigie::cli", "Reference code systems…"));
    if (Status s = thesaurus::ThesaurusStore::ensureShipped(*admin); !s)
        return s.error();

    if (progress)
        progress(QCoreApplication::translate("vigie::cli", "Teams and establishments…"));
    auto teamA = security::TeamStore::create(*admin, QCoreApplication::translate("vigie::cli", "Team of Dr Fontaine"), QStringLiteral("medecin"));
    auto teamB = security::TeamStore::create(*admin, QCoreApplication::translate("vigie::cli", "Team of Dr Garnier"), QStringLiteral("medecin2"));
    if (!teamA || !teamB)
        return !teamA ? teamA.error() : teamB.error();
    for (const DemoAccount& d : Accounts) {
        if (QLatin1String(d.team) == QLatin1String("A"))
            if (Status s = security::TeamStore::addMember(*admin, teamA.value().id, QLatin1String(d.login), d.writtenProtocol); !s)
                return s.error();
    }
    auto establishments = membership::EstablishmentStore::list(*admin, options.establishments + 1);
    if (!establishments)
        return establishments.error();
    QStringList forA, forB;
    const auto& all = establishments.value();
    for (qsizetype i = 0; i < all.size(); ++i)
        (i % 5 < 3 ? forA : forB) << all.at(i).siret; // 60 % to team A, 40 % to team B
    if (Status s = security::TeamStore::assignEstablishments(*admin, teamA.value().id, forA); !s)
        return s.error();
    if (Status s = security::TeamStore::assignEstablishments(*admin, teamB.value().id, forB); !s)
        return s.error();
    admin.reset();

    // The physician of team A delegates to its IPRP and assistant, and records two oppositions.
    if (progress)
        progress(QCoreApplication::translate("vigie::cli", "Delegations and oppositions…"));
    auto physician = security::signIn(databasePath, QStringLiteral("medecin"), password, clock);
    if (!physician)
        return physician.error();
    security::Session& doc = *physician.value();
    const QDate today = clock.today();
    for (const auto& [login, start, end] :
         {std::tuple{QStringLiteral("iprp"), today.addDays(-30), today.addDays(335)},
          std::tuple{QStringLiteral("assistant"), today.addDays(-400), today.addDays(-35)},
          std::tuple{QStringLiteral("assistant"), today.addDays(-7), today.addDays(90)}}) {
        auto d = security::DelegationStore::grant(doc, login, start, end);
        if (!d)
            return d.error();
    }
    auto some = workforce::WorkerStore::findByName(doc, QStringLiteral("b"), 2);
    if (!some)
        return some.error();
    for (const auto& w : some.value())
        if (Status s = security::OppositionStore::record(doc, w.id); !s)
            return s.error();
    physician.value().reset();

    if (progress)
        progress(QCoreApplication::translate("vigie::cli", "Company sheets…"));
    if (Status s = populateDemoCompanySheets(databasePath, password, forA, today); !s)
        return s.error();
    return lines;
}

} // namespace vigie::cli
