#pragma once
// What the workforce module adds to the desktop: the "Workers" page (worker search), the "Workforce
// declaration" page (roles with the Membership or Planning module) and the workers group of the
// global search.

#include "workforce/WorkerStore.h"

#include <QMetaType>

namespace vigie::ui {
class ModuleRegistry;
}

namespace vigie::workforce {
void registerWorkforceUi(ui::ModuleRegistry& registry);
} // namespace vigie::workforce

Q_DECLARE_METATYPE(vigie::workforce::WorkerSummary)
