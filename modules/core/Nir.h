#pragma once
// NIR ("numéro de sécurité sociale"), also the matricule INS: 13 characters + a 2-digit key.
// Rules: domain-rules.md §10.1.

#include "core/Result.h"

#include <QString>

namespace vigie::core {

// Checks length, characters, sex digit, month, order number and key. Spaces are ignored, and "2a"/"2b"
// are accepted for "2A"/"2B". The error message names the number and the reason.
Status validateNir(const QString& nir);

// Spaces removed, Corsican letters upper-cased: the form to store. Does not validate.
QString normalizeNir(const QString& nir);

// Display form "1 85 05 78 006 084 36" of a 15-character NIR; other input is returned normalized.
QString formatNir(const QString& nir);

// The 2-digit key ("01" to "97") of the first 13 characters (spaces ignored), or an empty string
// if they are not 13 digits (with an optional "2A"/"2B" département).
QString nirKey(const QString& first13);

} // namespace vigie::core
