#include "DemoCompanySheets.h"

#include "companysheet/CompanySheetStore.h"
#include "prevention/ActionStore.h"
#include "security/SignIn.h"

#include <algorithm>
#include <iterator>

namespace vigie::cli {
using core::Status;
using namespace vigie::companysheet;

namespace {
struct DemoSheet {
    int yearsAgo;        // validated that many years before today (0: last month)
    const char* synthesis;
    const char* premises;
    const char* prevention;
};
// French text, as a service's IPRP would write it: the sheet is a document for the employer.
constexpr DemoSheet Sheets[] = {
    {5, "Risques principaux : bruit des machines et manutention. Préconisation : audiométrie pour les postes de "
        "production, aide à la manutention pour les sacs de plus de 20 kg.",
     "Atelier de 400 m² et bureaux à l'étage, bon éclairage naturel.", "Formation gestes et postures en 2021."},
    {5, "Travail sur écran prédominant. Préconisation : réglage des postes, pauses visuelles, étude de poste pour deux "
        "salariés signalant des douleurs cervicales.",
     "Bureaux en open space, climatisés.", "Sensibilisation au travail sur écran."},
    {2, "Exposition aux produits de nettoyage. Préconisation : mise à jour des fiches de données de sécurité, gants "
        "nitrile, ventilation du local de stockage.",
     "Local de stockage des produits sans ventilation mécanique.", "Affichage des pictogrammes de danger."},
    {0, "Risque routier pour les techniciens itinérants. Préconisation : plan de prévention du risque routier, "
        "entretien des véhicules, limitation des appels en conduite.",
     "Dépôt et parc de véhicules.", "Stage de conduite préventive prévu."},
};

// Starts a draft (pre-filled), writes the team's assessment, validates it.
core::Result<int> validateSheet(security::Session& s, const QString& establishmentId, const DemoSheet& d)
{
    auto draft = CompanySheetStore::startDraft(s, establishmentId);
    if (!draft)
        return draft.error();
    SheetContent c = draft.value().content;
    for (const auto& [section, field, text] :
         {std::tuple{"advice", "synthesis", d.synthesis}, std::tuple{"premises", "premises", d.premises},
          std::tuple{"actions", "prevention_actions", d.prevention},
          std::tuple{"organisation", "single_document", "oui"},
          std::tuple{"letter", "advice", "Nous vous invitons à reporter ces risques dans votre document unique d'évaluation des risques."}})
        if (Status st = c.setText(QString::fromLatin1(section), QString::fromLatin1(field), QString::fromUtf8(text)); !st)
            return st.error();
    if (Status st = CompanySheetStore::saveDraft(s, draft.value().info.id, c); !st)
        return st.error();
    auto outcome = CompanySheetStore::validate(s, draft.value().info.id);
    if (!outcome)
        return outcome.error();
    return outcome.value().version ? outcome.value().version->number : 0;
}

// The workplace actions that fed the latest version, over the last months: two post studies, two
// awareness sessions and a noise measurement per establishment (enough for the indicators to show
// numbers, and one small count that the small-cell rule hides).
Status recordDemoActions(security::Session& s, const QString& establishmentId, int sheetVersion, const QDate& today, int index)
{
    using prevention::ActionKind;
    struct Planned {
        ActionKind kind;
        int daysAgo;
        const char* title;
        int participants;
    };
    const Planned planned[] = {
        {ActionKind::PostStudy, 200, "Étude du poste de travail en production", 2},
        {ActionKind::PostStudy, 60, "Étude de poste après signalement de douleurs", 1},
        {ActionKind::Awareness, 150, "Sensibilisation aux troubles musculosquelettiques", 12},
        {ActionKind::Awareness, 40, "Sensibilisation au risque chimique", 8},
        {ActionKind::Measurement, 90, "Mesure de l'exposition au bruit (sonométrie)", 0},
    };
    for (const Planned& p : planned) {
        prevention::WorkplaceAction a;
        a.establishmentId = establishmentId;
        a.kind = p.kind;
        a.date = today.addDays(-(p.daysAgo + 7 * index));
        a.title = QString::fromUtf8(p.title);
        a.participants = p.participants;
        a.professionals = {QStringLiteral("iprp")};
        a.sheetVersion = sheetVersion;
        if (auto r = prevention::ActionStore::record(s, a); !r)
            return r.error();
    }
    return {};
}
} // namespace

Status populateDemoCompanySheets(const QString& databasePath, const QString& password, const QStringList& sirets, const QDate& today)
{
    const QDateTime now(today, QTime(9, 0), Qt::UTC);
    core::ManualClock clock(now);
    auto signedIn = security::signIn(databasePath, QStringLiteral("iprp"), password, clock);
    if (!signedIn)
        return signedIn.error();
    security::Session& s = *signedIn.value();
    const int count = int(std::min<qsizetype>(sirets.size(), std::size(Sheets)));
    for (int i = 0; i < count; ++i) {
        auto member = CompanySheetStore::establishmentBySiret(s, sirets.at(i));
        if (!member)
            return member.error();
        const DemoSheet& d = Sheets[i];
        clock.set(d.yearsAgo > 0 ? now.addYears(-d.yearsAgo) : now.addMonths(-1));
        auto number = validateSheet(s, member.value().id, d);
        if (!number)
            return number.error();
        if (Status st = CompanySheetStore::recordSending(s, member.value().id, number.value(), clock.today(), Channel::Email, {}); !st)
            return st;
        if (i == 1) {
            // The second one was updated last month (version 2).
            clock.set(now.addMonths(-1));
            DemoSheet update = d;
            update.synthesis = "Mise à jour : postes réglés après l'étude de poste ; maintenir les pauses visuelles.";
            if (auto again = validateSheet(s, member.value().id, update); !again)
                return again.error();
        }
    }
    clock.set(now);
    for (int i = 0; i < count; ++i) {
        auto member = CompanySheetStore::establishmentBySiret(s, sirets.at(i));
        if (!member)
            return member.error();
        auto latest = CompanySheetStore::version(s, member.value().id, 0);
        if (!latest)
            return latest.error();
        if (Status st = recordDemoActions(s, member.value().id, latest.value().info.number, today, i); !st)
            return st;
    }
    return {};
}

} // namespace vigie::cli
