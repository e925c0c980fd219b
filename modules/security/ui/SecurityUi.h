#pragma once
// What the security module adds to the desktop: the administrator's "Accounts and teams" page.

namespace vigie::ui {
class ModuleRegistry;
}

namespace vigie::security {
void registerSecurityUi(ui::ModuleRegistry& registry);
} // namespace vigie::security
