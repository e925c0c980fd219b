#pragma once
// The modules of this build of the desktop application, registered in the order of the navigation.

namespace vigie::ui {
class ModuleRegistry;
}

namespace vigie::desktop {
void registerAllModules(ui::ModuleRegistry& registry);
} // namespace vigie::desktop
