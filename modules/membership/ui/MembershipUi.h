#pragma once
// What the membership module adds to the desktop: the "Establishments" page (members: creation and
// edition, membership form and welcome sheet, contributions and invoices) and the establishments group
// of the global search.

#include "membership/EstablishmentStore.h"
#include "membership/Member.h"

#include <QMetaType>

namespace vigie::ui {
class ModuleRegistry;
}

namespace vigie::membership {
void registerMembershipUi(ui::ModuleRegistry& registry);
// formatSiret ("73282932000074" → "732 829 320 00074") is declared in membership/Member.h.
} // namespace vigie::membership

Q_DECLARE_METATYPE(vigie::membership::EstablishmentSummary)
