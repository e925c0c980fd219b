#pragma once
// Registers the job-retention page ("Maintien en emploi") in the desktop's module registry.

namespace vigie::ui {
class ModuleRegistry;
}

namespace vigie::pdp {
void registerPdpUi(ui::ModuleRegistry& registry);
}
