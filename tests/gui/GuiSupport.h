#pragma once
// Shared by the GUI suites: one demo database per test run, made by the real CLI as a user would
// (`vigie-cli demo`, 2,000 workers, 50 establishments, seed 7), and a few helpers.
//
// The demo is generated WITHOUT --today: its delegations and employments are relative to the real day,
// and the tests' ManualClock starts at the real instant of the run (fixed for the whole run), so the
// IPRP's and the assistant's live delegations are live for the session too.

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace vigie::guitest {

inline const QString DemoPassword = QStringLiteral("Demo-Vigie-2026!");

// The instant the tests' clocks start from: read once, so every test of the run sees the same day.
inline QDateTime demoNow()
{
    static const QDateTime now = QDateTime::currentDateTimeUtc();
    return now;
}

struct DemoDatabase {
    QTemporaryDir dir;
    QString path;
    QString error; // empty when the database was created

    DemoDatabase()
    {
        if (!dir.isValid()) {
            error = QStringLiteral("cannot create a temporary folder");
            return;
        }
        path = dir.filePath(QStringLiteral("demo.db"));
        const QString passwordFile = dir.filePath(QStringLiteral("pw"));
        QFile pw(passwordFile);
        if (!pw.open(QIODevice::WriteOnly) || pw.write(DemoPassword.toUtf8() + '\n') < 0) {
            error = QStringLiteral("cannot write the password file");
            return;
        }
        pw.close();
        // CTest sets VIGIE_BIN_DIR; run by hand, the test sits in bin/ next to vigie-cli.
        QString binDir = qEnvironmentVariable("VIGIE_BIN_DIR");
        if (binDir.isEmpty())
            binDir = QCoreApplication::applicationDirPath();
        QProcess cli;
        cli.start(QDir(binDir).filePath(QStringLiteral("vigie-cli")),
                  {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--password-file"),
                   passwordFile, QStringLiteral("--workers"), QStringLiteral("2000"), QStringLiteral("--establishments"),
                   QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("7")});
        if (!cli.waitForFinished(300000) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
            error = QStringLiteral("vigie-cli demo failed (exit %1): %2 %3")
                        .arg(cli.exitCode())
                        .arg(cli.errorString(), QString::fromUtf8(cli.readAllStandardError().right(2000)));
    }
};

// Made once per process: Catch runs a test case again for each SECTION, the data need not change.
inline const DemoDatabase& demoDatabase()
{
    static const DemoDatabase demo;
    return demo;
}

// Waits for a condition while the event loop runs (timers, debounce), at most `msecs`.
inline bool waitUntil(const std::function<bool()>& condition, int msecs = 5000)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > msecs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

inline QString screenDir()
{
    const QString env = qEnvironmentVariable("VIGIE_SCREEN_DIR");
#ifdef VIGIE_SCREEN_DIR_DEFAULT
    const QString fallback = QStringLiteral(VIGIE_SCREEN_DIR_DEFAULT);
#else
    const QString fallback = QDir::current().filePath(QStringLiteral("screens"));
#endif
    const QString dir = env.isEmpty() ? fallback : env;
    QDir().mkpath(dir);
    return dir;
}

// The tests' preferences live in a temporary folder, never in the user's own settings.
inline void isolateSettings()
{
    static QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

} // namespace vigie::guitest
