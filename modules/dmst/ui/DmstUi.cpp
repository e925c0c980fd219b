#include "dmst/ui/DmstUi.h"

#include "dmst/RoleOffers.h"
#include "dmst/ui/MyDayPage.h"
#include "dmst/ui/RecordPage.h"
#include "security/PolicyStore.h"
#include "security/Session.h"
#include "ui/ModuleRegistry.h"
#include "ui/Pictograms.h"

#include <QCoreApplication>

namespace vigie::dmst {

void registerDmstUi(ui::ModuleRegistry& registry)
{
    ui::ModuleEntry entry{
        QStringLiteral("records"), QCoreApplication::translate("vigie::dmst", "Medical record"), ui::pictogramIcon(ui::Pictogram::Folder),
        {security::Module::Records},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new RecordPage(session, parent); },
        {QStringLiteral("worker"), QStringLiteral("appointment"), QStringLiteral("record")}};
    // The IPRP and the assistant reach parts 1° and 2° only through a physician's live delegation
    // (R4624-45-5, RBAC-02): without one the record is not in their menu (issue 19 item 6).
    entry.shownToSession = [](security::Session& session) {
        if (!security::AccessPolicy::needsDelegation(session.account().role))
            return true;
        auto teams = security::PolicyStore::reachableTeams(session);
        return teams && !teams.value().isEmpty();
    };
    registry.add(std::move(entry));
}

void registerMyDayUi(ui::ModuleRegistry& registry)
{
    ui::ModuleEntry entry{QStringLiteral("myday"), QCoreApplication::translate("vigie::dmst", "My day"), ui::pictogramIcon(ui::Pictogram::Clock),
                          {security::Module::Records, security::Module::Planning},
                          [](security::Session& session, QWidget* parent) -> QWidget* { return new MyDayPage(session, parent); },
                          {}};
    // The physicians' and nurses' day: those who see workers in consultation.
    entry.shownTo = [](security::Role role) { return performsAsPhysician(role) || role == security::Role::Nurse; };
    registry.add(std::move(entry));
}

} // namespace vigie::dmst
