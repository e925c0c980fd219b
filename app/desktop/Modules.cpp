#include "Modules.h"

#include "companysheet/ui/CompanySheetUi.h"
#include "dmst/ui/DmstUi.h"
#include "membership/ui/MembershipUi.h"
#include "reports/ui/ReportsUi.h"
#include "scheduling/ui/SchedulingUi.h"
#include "security/ui/SecurityUi.h"
#include "workforce/ui/WorkforceUi.h"

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
}

} // namespace vigie::desktop
