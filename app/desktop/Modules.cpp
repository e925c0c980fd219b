#include "Modules.h"

#include "dmst/ui/DmstUi.h"
#include "membership/ui/MembershipUi.h"
#include "reports/ui/ReportsUi.h"
#include "security/ui/SecurityUi.h"
#include "workforce/ui/WorkforceUi.h"

namespace vigie::desktop {

void registerAllModules(ui::ModuleRegistry& registry)
{
    workforce::registerWorkforceUi(registry);   // Workers: records, planning
    dmst::registerDmstUi(registry);             // Medical record: records
    membership::registerMembershipUi(registry); // Establishments: membership, administration
    reports::registerReportsUi(registry);       // Indicators: reports
    security::registerSecurityUi(registry);     // Accounts and teams: administration
}

} // namespace vigie::desktop
