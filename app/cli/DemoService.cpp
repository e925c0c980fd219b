#include "DemoService.h"

#include "DemoAppointments.h"
#include "DemoCompanySheets.h"
#include "DemoPdp.h"
#include "DemoIndicators.h"
#include "DemoRecords.h"
#include "DemoActions.h"

#include "membership/EstablishmentStore.h"
#include "scheduling/AgendaStore.h"
#include "security/AccountStore.h"
#include "security/SignIn.h"
#include "security/TeamStore.h"
#include "thesaurus/ThesaurusStore.h"
#include "workforce/WorkerStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

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
// The demo professionals' agendas, so that the planner has something to fill: a centre in Lyon and one in
// each of the territory's other towns (Grenoble, Saint-Étienne, Bourg-en-Bresse: some afternoons), a
// mobile unit, tele-consultation and a company site (team A's first establishment); the usual weeks of a service
// (mornings and afternoons, a tele-consultation afternoon, the intern part-time), one week of leave for
// the nurse a fortnight from today, daily limits.
Status createDemoAgendas(security::Session& planner, const QString& siteEstablishmentId)
{
    using namespace scheduling;
    const auto place = [&](PlaceKind kind, const QString& name, const QString& address, const QString& establishment) {
        return AgendaStore::addPlace(planner, Place{{}, kind, name, address, establishment});
    };
    auto centre = place(PlaceKind::Centre, QCoreApplication::translate("vigie::cli", "Occupational health centre"),
                        QStringLiteral("12 rue de la République, 69002 Lyon"), {});
    auto mobile = place(PlaceKind::MobileUnit, QCoreApplication::translate("vigie::cli", "Mobile unit"),
                        QStringLiteral("Parking du marché, 69400 Villefranche-sur-Saône"), {});
    auto tele = place(PlaceKind::Teleconsultation, QCoreApplication::translate("vigie::cli", "Tele-consultation"), {}, {});
    // The territory's other towns (issue 19 item 7: a worker of Grenoble is not convoked to Lyon): a
    // centre in each, where the physicians hold some afternoons.
    const auto townCentre = [&](const char* town, const char* address) {
        return place(PlaceKind::Centre,
                     QStringLiteral("%1 – %2").arg(QCoreApplication::translate("vigie::cli", "Occupational health centre"), QString::fromUtf8(town)),
                     QString::fromUtf8(address), {});
    };
    auto grenoble = townCentre("Grenoble", "8 avenue Alsace-Lorraine, 38000 Grenoble");
    auto saintEtienne = townCentre("Saint-Étienne", "5 place Jean Jaurès, 42000 Saint-Étienne");
    auto bourg = townCentre("Bourg-en-Bresse", "3 avenue Alsace-Lorraine, 01000 Bourg-en-Bresse");
    for (const auto* r : {&centre, &mobile, &tele, &grenoble, &saintEtienne, &bourg})
        if (!*r)
            return r->error();
    QString site;
    if (!siteEstablishmentId.isEmpty()) {
        auto s = place(PlaceKind::CompanySite, QCoreApplication::translate("vigie::cli", "Company site (medical room)"), {}, siteEstablishmentId);
        if (!s)
            return s.error();
        site = s.value();
    }
    QSqlQuery q(planner.db().sql());
    q.prepare(QStringLiteral("SELECT id, login FROM accounts WHERE login IN ('medecin', 'medecin2', 'collaborateur', 'interne', 'infirmier')"));
    if (!q.exec())
        return Error{core::ErrorCode::Storage, storage::sqlErrorText(q)};
    QHash<QString, QString> id;
    while (q.next())
        id.insert(q.value(1).toString(), q.value(0).toString());
    struct Week {
        const char* login;
        int weekday;
        int start;
        int end;
        QString placeId;
    };
    const QString atCentre = centre.value(), atMobile = mobile.value(), atTele = tele.value();
    const QString atGrenoble = grenoble.value(), atSaintEtienne = saintEtienne.value(), atBourg = bourg.value();
    const int h830 = 8 * 60 + 30, h12 = 12 * 60, h1330 = 13 * 60 + 30, h17 = 17 * 60;
    QList<Week> weeks;
    for (int wd = 1; wd <= 5; ++wd) {
        weeks.append({"medecin", wd, h830, h12, atCentre});
        weeks.append({"medecin", wd, h1330, h17, wd == 3 ? atTele : wd == 2 ? atGrenoble : wd == 4 ? atSaintEtienne : atCentre});
        weeks.append({"medecin2", wd, 9 * 60, h12, atCentre});
        weeks.append({"medecin2", wd, 14 * 60, h17, wd == 1 || wd == 4 ? atGrenoble : wd == 2 ? atSaintEtienne : wd == 5 ? atBourg : atCentre});
        weeks.append({"infirmier", wd, h830, h12, atCentre});
        weeks.append({"infirmier", wd, h1330, h17, (wd == 2 || wd == 4) ? atMobile : atCentre});
        if (wd <= 4) {
            weeks.append({"collaborateur", wd, 9 * 60, h12, atCentre});
            weeks.append({"collaborateur", wd, 14 * 60, 17 * 60 + 30,
                          (wd == 1 && !site.isEmpty()) ? site : wd == 3 ? atBourg : wd == 4 ? atGrenoble : atCentre});
        }
        if (wd >= 2)
            weeks.append({"interne", wd, 9 * 60, h12, atCentre});
    }
    for (const Week& w : std::as_const(weeks))
        if (auto r = AgendaStore::addOpeningHours(planner, id.value(QLatin1String(w.login)),
                                                  OpeningHours{w.weekday, w.start, w.end, w.placeId, std::nullopt, std::nullopt});
            !r)
            return r.error();
    const QDate today = planner.clock().today();
    if (auto r = AgendaStore::addAbsence(planner, id.value(QStringLiteral("infirmier")), DateRange{today.addDays(14), today.addDays(18)},
                                         QCoreApplication::translate("vigie::cli", "Leave"));
        !r)
        return r.error();
    for (const auto& [login, limit] : {std::pair{"medecin", 14}, std::pair{"medecin2", 14}, std::pair{"collaborateur", 14},
                                       std::pair{"interne", 8}, std::pair{"infirmier", 16}})
        if (Status s = AgendaStore::setDailyLimit(planner, id.value(QLatin1String(login)), limit); !s)
            return s;
    return {};
}

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
            *admin, security::NewAccount{QLatin1String(d.login), QString::fromUtf8(d.name), d.role, QLatin1String(d.rpps),
                                         /*temporaryPassword=*/false}, // the demo's passwords are printed for all
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
    const QString firstEstablishmentId = all.isEmpty() ? QString() : all.first().id; // team A's (i % 5 == 0)
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
        progress(QCoreApplication::translate("vigie::cli", "Agendas…"));
    auto planner = security::signIn(databasePath, QStringLiteral("planif"), password, clock);
    if (!planner)
        return planner.error();
    if (Status s = createDemoAgendas(*planner.value(), forA.isEmpty() ? QString() : firstEstablishmentId); !s)
        return s.error();
    planner.value().reset();

    if (progress)
        progress(QCoreApplication::translate("vigie::cli", "Company sheets…"));
    if (Status s = populateDemoCompanySheets(databasePath, password, forA, today); !s)
        return s.error();
    if (auto a = populateDemoAppointments(databasePath, password, clock, options.seed, progress); !a)
        return a.error();
    if (Status s = populateDemoPdp(databasePath, password, teamA.value().id, today); !s) // DemoPdp.cpp (issue 17)
        return s.error();
    if (Status s = populateDemoIndicators(databasePath, password, forA, today); !s) // issue 16
        return s.error();
    if (auto r = populateDemoRecords(databasePath, password, clock, options.seed, progress); !r) // issue 19 item 7
        return r.error();
    if (Status s = populateDemoActions(databasePath, password, forA, today); !s) // issue 19 item 7
        return s.error();
    return lines;
}

} // namespace vigie::cli
