#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace vigie::i18n {

QString preferredLanguage()
{
    const QString env = qEnvironmentVariable("VIGIE_LANG");
    if (env == QLatin1String("en") || env == QLatin1String("fr"))
        return env;
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    return saved == QLatin1String("en") ? saved : QStringLiteral("fr");
}

bool install(QCoreApplication& app, const QString& language)
{
    static QTranslator* vigie = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator* t : {vigie, qt}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    vigie = new QTranslator(&app);
    qt = new QTranslator(&app);
    const QString lang = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("fr");
    QLocale::setDefault(QLocale(lang == QLatin1String("fr") ? QLocale::French : QLocale::English,
                                lang == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
    const bool ok = vigie->load(QStringLiteral(":/i18n/vigie_%1.qm").arg(lang));
    if (ok)
        QCoreApplication::installTranslator(vigie);
    // Qt's own strings (standard buttons, dialogs) in the same language, when Debian ships them.
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return ok;
}

} // namespace vigie::i18n
