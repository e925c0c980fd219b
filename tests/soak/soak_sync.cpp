// ./dev soak sync [--runs N] [--seed S | --seeds S1,S2,…] [--keep] [--verbose] (issue 15): the fault-injection harness of
// synchronisation (SyncWorld.h), run after run, seeds S, S+1, … S+N-1. Prints one line per run; for a
// failing run, its violations and its schedule, and how to replay it. Exit 0 when every run passed,
// 1 when one failed, 2 on bad usage, 3 when the world could not be built.
#include "SyncWorld.h"


#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace vigie;

namespace {
void print(const QString& line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}
int usage(const QString& why)
{
    std::fprintf(stderr, "%s\nUsage: soak-sync [--runs N] [--seed S | --seeds S1,S2,…] [--keep] [--verbose]\n", qPrintable(why));
    return 2;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    int runs = 1;
    quint64 seed = 1;
    bool keep = false, verbose = false;
    QList<quint64> listed; // --seeds a,b,c: exactly those (replaying the failures of a soak)
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        bool ok = true;
        if (a == QLatin1String("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt(&ok);
        else if (a == QLatin1String("--seed") && i + 1 < args.size())
            seed = args.at(++i).toULongLong(&ok);
        else if (a == QLatin1String("--seeds") && i + 1 < args.size())
            for (const QString& one : args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts))
                listed << one.trimmed().toULongLong(&ok);
        else if (a == QLatin1String("--keep"))
            keep = true;
        else if (a == QLatin1String("--verbose"))
            verbose = true;
        else
            return usage(QStringLiteral("Unknown option or missing value: %1").arg(a));
        if (!ok || runs < 1)
            return usage(QStringLiteral("Invalid value for %1: \"%2\"").arg(a, args.at(i)));
    }
    QTemporaryDir work(QDir::temp().filePath(QStringLiteral("vigie-soak-XXXXXX")));
    work.setAutoRemove(!keep);
    QElapsedTimer clock;
    clock.start();
    const QString templateDir = QDir(work.path()).filePath(QStringLiteral("template"));
    QDir().mkpath(templateDir);
    auto world = soak::Template::build(templateDir, QCoreApplication::applicationDirPath());
    if (!world) {
        std::fprintf(stderr, "soak-sync: the world could not be built: %s\n", qPrintable(world.error().message));
        return 3;
    }
    print(QStringLiteral("template built in %1 s (%2 desktops) in %3").arg(clock.elapsed() / 1000.0, 0, 'f', 1).arg(world.value().desktops.size()).arg(work.path()));
    QList<quint64> failed;
    if (!listed.isEmpty())
        runs = int(listed.size());
    for (int i = 0; i < runs; ++i) {
        const quint64 s = listed.isEmpty() ? seed + quint64(i) : listed.at(i);
        QElapsedTimer runClock;
        runClock.start();
        const QString runDir = QDir(work.path()).filePath(QStringLiteral("run-%1").arg(s));
        const soak::RunReport report = soak::runOnce(world.value(), s, runDir);
        print(QStringLiteral("seed %1: %2 in %3 s — %4").arg(s).arg(report.ok() ? QStringLiteral("ok") : QStringLiteral("FAILED"))
                  .arg(runClock.elapsed() / 1000.0, 0, 'f', 1).arg(report.summary));
        if (!report.ok() || verbose) {
            for (const QString& v : report.violations)
                print(QStringLiteral("  violation: ") + v);
            for (const QString& line : report.schedule)
                print(QStringLiteral("  ") + line);
        }
        if (!report.ok())
            failed << s;
        if (!keep || report.ok())
            QDir(runDir).removeRecursively();
    }
    QStringList list;
    for (quint64 s : failed)
        list << QString::number(s);
    print(QStringLiteral("%1 runs, %2 failed%3, %4 s").arg(runs).arg(failed.size())
              .arg(failed.isEmpty() ? QString() : QStringLiteral(" (seeds %1; replay one with ./dev soak sync --seed S)").arg(list.join(QLatin1String(", "))))
              .arg(clock.elapsed() / 1000.0, 0, 'f', 1));
    return failed.isEmpty() ? 0 : 1;
}
