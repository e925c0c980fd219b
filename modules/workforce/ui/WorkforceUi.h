#pragma once
// What the workforce module adds to the desktop: the "Workers" page (worker search) and the workers
// group of the global search.

#include "workforce/WorkerStore.h"

#include <QMetaType>

namespace vigie::ui {
class ModuleRegistry;
}

namespace vigie::workforce {
void registerWorkforceUi(ui::ModuleRegistry& registry);
} // namespace vigie::workforce

Q_DECLARE_METATYPE(vigie::workforce::WorkerSummary)
