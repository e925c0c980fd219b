// vigie-guide-shots: takes the users' guides' screenshots from a demo database (docs/guides/shots.tsv),
// so that the pictures stay true when the screens change. A developer's tool, not installed: it is run
// by docs/guides/update-images.sh, and by the guide_shots test on a small demo.
//
//   vigie-guide-shots --db DEMO.db --password-file F --accounts ACCOUNTS.tsv --script shots.tsv
//                     --out FOLDER --today YYYY-MM-DD [--time HH:MM] [--only IMAGE]...
//
// ACCOUNTS.tsv is what `vigie-cli demo` prints (ROLE<TAB>LOGIN). The application's clock is fixed at
// --today and --time (Paris time, default 09:30), the demo's own "today", so that "Ma journée" shows
// the day's appointments and every picture is the same from one run to the next. Exit 0 when every
// picture was taken; 1 naming the first that could not be (and why); 2 on a usage error.
#include "Modules.h"
#include "ShotRunner.h"
#include "ShotScript.h"
#include "Translations.h"

#include "core/Clock.h"
#include "ui/ModuleRegistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

namespace {

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "vigie-guide-shots: %s\n", qPrintable(message));
    return code;
}

std::optional<QString> readFile(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

int main(int argc, char** argv)
{
    // The service's time, whatever the machine's zone: times typed and shown are French civil time.
    qputenv("TZ", "Europe/Paris");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vigie"));
    QApplication::setApplicationName(QStringLiteral("vigie-guide-shots"));
    // The pictures show the application as the guides describe it: in French, with default settings
    // (never the developer's own preferences).
    QTemporaryDir settingsFolder;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    vigie::i18n::install(app, QStringLiteral("fr"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Demo database."), QStringLiteral("PATH"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), QStringLiteral("The demo accounts' password (first line)."), QStringLiteral("FILE"));
    const QCommandLineOption accounts(QStringLiteral("accounts"), QStringLiteral("The demo's ROLE<TAB>LOGIN list."), QStringLiteral("FILE"));
    const QCommandLineOption script(QStringLiteral("script"), QStringLiteral("The shot script (docs/guides/shots.tsv)."), QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder for the pictures."), QStringLiteral("FOLDER"));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("The demo's today (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption time(QStringLiteral("time"), QStringLiteral("Paris time of the pictures (default 09:30)."), QStringLiteral("HH:MM"), QStringLiteral("09:30"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Take only this picture (repeatable)."), QStringLiteral("IMAGE"));
    parser.addOptions({db, passwordFile, accounts, script, out, today, time, only});
    parser.process(app);

    for (const auto* required : {&db, &passwordFile, &accounts, &script, &out, &today})
        if (!parser.isSet(*required))
            return fail(2, QStringLiteral("--%1 is required").arg(required->names().constFirst()));
    const QDate day = QDate::fromString(parser.value(today), Qt::ISODate);
    const QTime at = QTime::fromString(parser.value(time), QStringLiteral("HH:mm"));
    if (!day.isValid())
        return fail(2, QStringLiteral("invalid date for --today: \"%1\" (YYYY-MM-DD)").arg(parser.value(today)));
    if (!at.isValid())
        return fail(2, QStringLiteral("invalid time for --time: \"%1\" (HH:MM)").arg(parser.value(time)));

    QString error;
    const auto scriptText = readFile(parser.value(script), error);
    const auto accountText = scriptText ? readFile(parser.value(accounts), error) : std::nullopt;
    const auto passwordText = accountText ? readFile(parser.value(passwordFile), error) : std::nullopt;
    if (!passwordText)
        return fail(2, error);
    const vigie::guideshots::ParsedScript parsed = vigie::guideshots::parseShotScript(*scriptText);
    if (!parsed.error.isEmpty())
        return fail(2, QStringLiteral("%1: %2").arg(parser.value(script), parsed.error));

    vigie::guideshots::ShotSettings settings;
    settings.databasePath = parser.value(db);
    settings.password = passwordText->section(QLatin1Char('\n'), 0, 0).trimmed();
    settings.outputFolder = parser.value(out);
    for (const QString& line : accountText->split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.trimmed().split(QLatin1Char('\t'));
        if (fields.size() == 2 && !settings.logins.contains(fields.at(0)))
            settings.logins.insert(fields.at(0), fields.at(1));
    }
    if (!QFile::exists(settings.databasePath))
        return fail(2, QStringLiteral("no database %1").arg(settings.databasePath));
    if (!QDir().mkpath(settings.outputFolder))
        return fail(2, QStringLiteral("cannot create %1").arg(settings.outputFolder));

    const QStringList wanted = parser.values(only);
    for (const QString& image : wanted) {
        if (std::none_of(parsed.shots.begin(), parsed.shots.end(), [&](const auto& s) { return s.image == image; }))
            return fail(2, QStringLiteral("--only %1: no such picture in the script").arg(image));
    }

    vigie::core::ManualClock clock(QDateTime(day, at, QTimeZone("Europe/Paris")).toUTC());
    vigie::ui::ModuleRegistry registry;
    vigie::desktop::registerAllModules(registry);
    vigie::guideshots::ShotRunner runner(settings, registry, clock);
    int taken = 0;
    for (const auto& shot : parsed.shots) {
        if (!wanted.isEmpty() && !wanted.contains(shot.image))
            continue;
        if (const QString problem = runner.take(shot); !problem.isEmpty())
            return fail(1, problem);
        std::fprintf(stderr, "%s\n", qPrintable(shot.image));
        ++taken;
    }
    std::fprintf(stderr, "vigie-guide-shots: %d picture(s) in %s\n", taken, qPrintable(settings.outputFolder));
    return 0;
}
