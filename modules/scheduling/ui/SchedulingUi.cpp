#include "scheduling/ui/SchedulingUi.h"

#include "scheduling/ui/AgendaPage.h"
#include "scheduling/ui/CompanyFollowUpPage.h"
#include "scheduling/ui/FollowUpPage.h"
#include "scheduling/ui/WorklistPage.h"
#include "ui/ModuleRegistry.h"
#include "ui/Pictograms.h"

#include <QCoreApplication>

namespace vigie::scheduling {

void registerSchedulingUi(ui::ModuleRegistry& registry)
{
    using security::Module;
    registry.add(ui::ModuleEntry{
        QStringLiteral("worklist"), QCoreApplication::translate("vigie::scheduling", "Visits to plan"), ui::pictogramIcon(ui::Pictogram::Checklist),
        {Module::Planning},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new WorklistPage(session, parent); },
        {}});
    registry.add(ui::ModuleEntry{
        QStringLiteral("agendas"), QCoreApplication::translate("vigie::scheduling", "Agendas"), ui::pictogramIcon(ui::Pictogram::Calendar),
        {Module::Planning},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new AgendaPage(session, parent); },
        {}});
    registry.add(ui::ModuleEntry{
        QStringLiteral("followup"), QCoreApplication::translate("vigie::scheduling", "Workers' follow-up"), ui::pictogramIcon(ui::Pictogram::Pulse),
        {Module::Planning},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new FollowUpPage(session, parent); },
        {}});
    registry.add(ui::ModuleEntry{
        QStringLiteral("companyfollowup"), QCoreApplication::translate("vigie::scheduling", "Follow-up by company"),
        ui::pictogramIcon(ui::Pictogram::Briefcase), {Module::Planning},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new CompanyFollowUpPage(session, parent); },
        {}});
}

} // namespace vigie::scheduling
