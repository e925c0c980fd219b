#include "dmst/ui/DmstUi.h"

#include "dmst/RoleOffers.h"
#include "dmst/ui/MyDayPage.h"
#include "dmst/ui/RecordPage.h"
#include "ui/ModuleRegistry.h"
#include "ui/Pictograms.h"

#include <QCoreApplication>

namespace vigie::dmst {

void registerDmstUi(ui::ModuleRegistry& registry)
{
    registry.add(ui::ModuleEntry{
        QStringLiteral("records"), QCoreApplication::translate("vigie::dmst", "Medical record"), ui::pictogramIcon(ui::Pictogram::Folder),
        {security::Module::Records},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new RecordPage(session, parent); },
        {QStringLiteral("worker"), QStringLiteral("appointment"), QStringLiteral("record")}});
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
