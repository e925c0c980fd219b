// One Catch2 runner for every Vigie test executable: Qt needs its application object, and the
// offscreen platform must be chosen before it exists (catch_discover_tests runs us without our env).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vigie-tests"));
    return Catch::Session().run(argc, argv);
}
