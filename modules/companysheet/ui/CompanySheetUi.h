#pragma once
// What the company-sheet module adds to the desktop: the "Company sheets" page, shown to the roles of
// the company-sheet module (AccessPolicy::canUseModule(CompanySheets)).

namespace vigie::ui {
class ModuleRegistry;
}

namespace vigie::companysheet {
void registerCompanySheetUi(ui::ModuleRegistry& registry);
} // namespace vigie::companysheet
