#pragma once
// What the scheduling module adds to the desktop: the assistant's worklist and the agendas (roles with
// the Planning module).

namespace vigie::ui {
class ModuleRegistry;
}

namespace vigie::scheduling {
void registerSchedulingUi(ui::ModuleRegistry& registry);
} // namespace vigie::scheduling
