#pragma once
// Vigie speaks French by default; English is available. The .qm files are built from the committed
// vigie_fr.ts / vigie_en.ts and embedded under :/i18n.

#include <QString>

class QCoreApplication;

namespace vigie::i18n {
// "fr" (default) or "en". Returns false when the catalogue could not be loaded.
bool install(QCoreApplication& app, const QString& language = QStringLiteral("fr"));
// The language to use: VIGIE_LANG if set, else the saved setting, else French.
QString preferredLanguage();
} // namespace vigie::i18n
