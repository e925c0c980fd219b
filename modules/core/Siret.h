#pragma once
// SIREN (firm, 9 digits) and SIRET (establishment, 14 digits) check keys. Rules: domain-rules.md §10.2.

#include "core/Result.h"

#include <QString>

namespace vigie::core {

// 9 digits passing Luhn. Spaces are ignored.
Status validateSiren(const QString& siren);

// 14 digits passing Luhn, except La Poste (SIREN 356000000): its establishments' SIRETs use
// "sum of the 14 digits is a multiple of 5" instead; its head office 35600000000048 passes Luhn.
// Spaces are ignored.
Status validateSiret(const QString& siret);

// Appends the check digit, for the demo generator. Empty string if the input (spaces ignored) is
// not 8 (resp. 13) digits. luhnCompleteSiret follows the La Poste rule for SIREN 356000000.
QString luhnCompleteSiren(const QString& first8);
QString luhnCompleteSiret(const QString& first13);

} // namespace vigie::core
