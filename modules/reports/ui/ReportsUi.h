#pragma once
// What the reports module adds to the desktop: the "Indicators" dashboard.

namespace vigie::ui {
class ModuleRegistry;
}

namespace vigie::reports {
void registerReportsUi(ui::ModuleRegistry& registry);
} // namespace vigie::reports
