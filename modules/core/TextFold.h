#pragma once
// Search keys for names: "CŒUR-Joie", "Coeur joie" and "coeur  JOIE" must all find the same person.
// The folded form is stored in an indexed column and queried by prefix.

#include <QString>

namespace vigie::core {

// Lower case, accents removed, ligatures expanded (œ→oe, æ→ae, ß→ss), every character that is
// neither a letter nor a digit turned into a space, runs of spaces collapsed, trimmed.
// "L'Haÿ-les-Roses" → "l hay les roses".
QString foldForSearch(const QString& text);

// The smallest string greater than every string that starts with `folded` (its last character
// incremented, in code-point order, which is SQLite's BINARY order on UTF-8), for the range scan
// `col >= folded AND col < upper`. Empty when there is no such bound (empty prefix): scan to the end.
QString prefixUpperBound(const QString& folded);

} // namespace vigie::core
