#pragma once
// What the membership module adds to the desktop: the "Establishments" page and the establishments
// group of the global search.

#include "membership/EstablishmentStore.h"

#include <QMetaType>

namespace vigie::ui {
class ModuleRegistry;
}

namespace vigie::membership {
void registerMembershipUi(ui::ModuleRegistry& registry);
// "73282932000074" → "732 829 320 00074" (SIREN in groups of three, then the NIC); other text as is.
QString formatSiret(const QString& siret);
} // namespace vigie::membership

Q_DECLARE_METATYPE(vigie::membership::EstablishmentSummary)
