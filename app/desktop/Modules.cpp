#include "Modules.h"

#include "companysheet/ui/CompanySheetUi.h"
#include "dmst/ui/DmstUi.h"
#include "membership/ui/MembershipUi.h"
#include "pdp/ui/PdpUi.h"
#include "reports/ui/ReportsUi.h"
#include "scheduling/ui/SchedulingUi.h"
#include "security/ui/SecurityUi.h"
#include "workforce/ui/WorkforceUi.h"

#include "ServiceSettingsPage.h"
#include "ui/Pictograms.h"

#include <QCoreApplication>

namespace vigie::desktop {

void registerAllModules(ui::ModuleRegistry& registry)
{
    dmst::registerMyDayUi(registry);            // My day: the physicians' and nurses' first page
    workforce::registerWorkforceUi(registry);   // Workers: records, planning
    scheduling::registerSchedulingUi(registry); // Visits to plan, agendas: planning
    dmst::registerDmstUi(registry);             // Medical record: records
    membership::registerMembershipUi(registry); // Establishments: membership, administration
    companysheet::registerCompanySheetUi(registry); // Company sheets: company sheets
    reports::registerReportsUi(registry);       // Indicators: reports
    security::registerSecurityUi(registry);     // Accounts and teams: administration
    // Service settings (identity and contact, mail server): administration. Here because the page uses
    // two modules' stores (membership, scheduling) and belongs to neither.
    registry.add(ui::ModuleEntry{
        QStringLiteral("settings"), QCoreApplication::translate("vigie::desktop", "Service settings"), ui::pictogramIcon(ui::Pictogram::Gear),
        {security::Module::Administration},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new ServiceSettingsPage(session, parent); },
        {}});
    pdp::registerPdpUi(registry);               // Job retention: pdp
}

} // namespace vigie::desktop
