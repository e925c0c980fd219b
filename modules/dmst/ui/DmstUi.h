#pragma once
// What the dmst module adds to the desktop: the "Medical record" page (consultations, documents,
// access history), shown to the roles of the Records module, opening the workers found by the global search.

namespace vigie::ui {
class ModuleRegistry;
}

namespace vigie::dmst {
void registerDmstUi(ui::ModuleRegistry& registry);
// "My day" (MyDayPage), the physicians' and nurses' first page: registered before every other module.
void registerMyDayUi(ui::ModuleRegistry& registry);
} // namespace vigie::dmst
