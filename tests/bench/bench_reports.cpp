// ./dev bench reports (issue 16) — every indicator of the offer for the service and for each team, and
// the annual activity report's figures, on the demo database (`vigie-cli demo`, 5 years of history),
// against the physical reference in the same run: a plain copy of the same database (sqlcipher_export
// to an unencrypted file) read by Debian's stock SQLite through Qt's QSQLITE driver, as bench-storage
// does. The store calls run as the director signs in (IndicatorStore::compute, ActivityStore::collect:
// policy checks, audit records and all); every SQL statement they run is captured with its bound values
// (sqlite3_trace_v2, SQLITE_TRACE_PROFILE) and the reading ones are then replayed on both files, the
// encrypted one through Vigie's driver and the plain one through QSQLITE, alternately, `--runs` times
// (median). Prints the wall-clock time of each store call, the SQL time per group on both files with
// their ratio, and the slowest statements. Goals (issue 16): all of it under 10 s on 1,000,000 followed
// workers; encrypted / plain ≤ 1.3.
//
// Usage: bench-reports [--demo-workers N] [--establishments N] [--years N] [--runs N] [--top N]
//        bench-reports --db FILE --password-file FILE [--runs N] [--top N] [--keep]   (an existing demo database, copied first)
#include "core/Clock.h"
#include "reports/ActivityStore.h"
#include "reports/IndicatorStore.h"
#include "security/Session.h"
#include "security/SignIn.h"
#include "storage/Database.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace vigie;

namespace {

struct Statement {
    QString group; // the store call that ran it
    QString sql;   // with its bound values
    qint64 tracedNs = 0;
};

struct Trace {
    bool on = false;
    QString group;
    std::vector<Statement> statements;
};

int onProfile(unsigned type, void* context, void* statement, void* elapsed)
{
    auto* trace = static_cast<Trace*>(context);
    if (type != SQLITE_TRACE_PROFILE || !trace->on)
        return 0;
    char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    if (sql) {
        trace->statements.push_back({trace->group, QString::fromUtf8(sql), *static_cast<sqlite3_int64*>(elapsed)});
        sqlite3_free(sql);
    }
    return 0;
}

// A statement that only reads, or that makes, fills or drops one of the TEMP tables of a store call
// (reports::FollowedSet: replayed in their order, they are part of the work). The audit records and
// the session's writes are not replayed.
bool reads(const QString& sql)
{
    const QString s = sql.trimmed().left(40).toUpper();
    return s.startsWith(QLatin1String("SELECT")) || s.startsWith(QLatin1String("WITH")) || s.startsWith(QLatin1String("CREATE TEMP TABLE"))
        || s.startsWith(QLatin1String("INSERT INTO TEMP.")) || s.startsWith(QLatin1String("DROP TABLE IF EXISTS TEMP."));
}

// Runs a statement to its last row; returns the milliseconds, or -1 on an error.
double runMs(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QElapsedTimer t;
    t.start();
    if (!q.exec(sql)) {
        std::fprintf(stderr, "SQL error (%s): %s\n  in %s\n", qPrintable(db.driverName()), qPrintable(q.lastError().text()), qPrintable(sql.left(300)));
        return -1;
    }
    qint64 rows = 0;
    while (q.next())
        ++rows;
    return double(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString one(QSqlDatabase db, const char* sql)
{
    QSqlQuery q(db);
    return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toString() : QString();
}

int fail(const QString& message, int code = 5)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int demoWorkers = 50000; // the demo's size as ./dev run makes it; the goal is on 1,000,000
    int establishments = 0;  // 0: the demo's default ratio (one per 25 workers)
    int years = 5;
    int runs = 5;
    int top = 8;
    bool keep = false; // --keep: the folder with both files is left for EXPLAIN QUERY PLAN
    QString existing, passwordFile;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const auto next = [&] { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == QLatin1String("--demo-workers"))
            demoWorkers = std::max(100, next().toInt());
        else if (a == QLatin1String("--establishments"))
            establishments = std::max(1, next().toInt());
        else if (a == QLatin1String("--years"))
            years = std::max(1, next().toInt());
        else if (a == QLatin1String("--runs"))
            runs = std::max(1, next().toInt());
        else if (a == QLatin1String("--top"))
            top = std::max(0, next().toInt());
        else if (a == QLatin1String("--keep"))
            keep = true;
        else if (a == QLatin1String("--db"))
            existing = next();
        else if (a == QLatin1String("--password-file"))
            passwordFile = next();
        else
            return fail(QStringLiteral("unknown option %1\nusage: bench-reports [--demo-workers N] [--establishments N] [--years N] [--runs N] [--top N] "
                                       "| --db FILE --password-file FILE [--runs N] [--top N] [--keep]")
                            .arg(a),
                        2);
    }
    if (establishments == 0)
        establishments = std::max(1, demoWorkers / 25);

    QTemporaryDir tmp;
    tmp.setAutoRemove(!keep);
    if (keep)
        std::printf("files kept in %s\n", qPrintable(tmp.path()));
    const QString path = tmp.filePath(QStringLiteral("vigie-demo.db"));
    const QString plainPath = tmp.filePath(QStringLiteral("plain.db"));
    core::ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC));
    QString password = QStringLiteral("Demo-Vigie-2026!");
    QElapsedTimer gen;
    gen.start();
    if (!existing.isEmpty()) {
        // Copied first: signing in and the reports write audit records.
        QFile pw(passwordFile);
        if (passwordFile.isEmpty() || !pw.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("--db needs --password-file"), 2);
        password = QString::fromUtf8(pw.readLine()).trimmed();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral(".keyring"), QStringLiteral(".auditseal")})
            if (QFile::exists(existing + suffix) && !QFile::copy(existing + suffix, path + suffix))
                return fail(QStringLiteral("cannot copy %1").arg(existing + suffix));
        clock.set(QDateTime(QDate::currentDate(), QTime(9, 30), Qt::UTC));
        std::printf("Vigie reports benchmark on a copy of %s\n", qPrintable(existing));
    } else {
        const QString pwPath = tmp.filePath(QStringLiteral("password"));
        QFile f(pwPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(password.toUtf8() + '\n') < 0)
            return 5;
        f.close();
        std::printf("Vigie reports benchmark on the demo database: %d workers, %d establishments, %d years of history (folder %s)\n", demoWorkers,
                    establishments, years, qPrintable(tmp.path()));
        std::fflush(stdout);
        QProcess cli;
        cli.start(QCoreApplication::applicationDirPath() + QStringLiteral("/vigie-cli"),
                  {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--password-file"), pwPath, QStringLiteral("--workers"),
                   QString::number(demoWorkers), QStringLiteral("--establishments"), QString::number(establishments), QStringLiteral("--years"),
                   QString::number(years), QStringLiteral("--today"), clock.today().toString(Qt::ISODate)});
        if (!cli.waitForFinished(-1) || cli.exitCode() != 0)
            return fail(QStringLiteral("vigie-cli demo failed: %1").arg(QString::fromUtf8(cli.readAllStandardError())));
        std::printf("demo database made in %.1f s\n", double(gen.elapsed()) / 1000.0);
    }

    // The plain copy: the same pages, unencrypted.
    {
        auto admin = security::signIn(path, QStringLiteral("admin"), password, clock);
        if (!admin)
            return fail(admin.error().message);
        storage::Database& db = admin.value()->db();
        const QString attach = QStringLiteral("ATTACH DATABASE '%1' AS plain KEY ''; SELECT sqlcipher_export('plain'); DETACH DATABASE plain;")
                                   .arg(QString(plainPath).replace(QLatin1Char('\''), QStringLiteral("''")));
        // ATTACH opens with the main database's flags, which do not create files: an empty file first.
        if (QFile empty(plainPath); !empty.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot create %1").arg(plainPath));
        if (auto s = db.execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
            return fail(QStringLiteral("cannot checkpoint: %1").arg(s.error().message));
        if (auto s = db.execScript(attach); !s)
            return fail(QStringLiteral("cannot export the plain copy: %1").arg(s.error().message));
    }
    QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
    plain.setDatabaseName(plainPath);
    if (!plain.open())
        return fail(QStringLiteral("QSQLITE unavailable: %1").arg(plain.lastError().text()));
    // The pragmas of Vigie's connections (SqlCipherDriver::open).
    for (const char* p : {"PRAGMA cache_size=-65536", "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY", "PRAGMA journal_mode=WAL"}) {
        QSqlQuery q(plain);
        if (!q.exec(QString::fromLatin1(p)))
            return fail(q.lastError().text());
    }

    auto director = security::signIn(path, QStringLiteral("directeur"), password, clock);
    if (!director)
        return fail(director.error().message);
    security::Session& session = *director.value();
    QSqlDatabase enc = session.db().sql();
    std::printf("SQLCipher %s on SQLite %s vs plain SQLite %s; encrypted %.1f MB, plain %.1f MB\n", qPrintable(one(enc, "PRAGMA cipher_version")),
                qPrintable(one(enc, "SELECT sqlite_version()")), qPrintable(one(plain, "SELECT sqlite_version()")),
                double(QFile(path).size()) / 1e6, double(QFile(plainPath).size()) / 1e6);
    std::printf("followed workers (employments in force today): %s; establishments: %s; visits: %s; teams: %s; PDP cases: %s\n",
                qPrintable(one(plain, "SELECT count(DISTINCT worker_id) FROM employments WHERE deleted = 0 AND (end_date IS NULL OR end_date >= date('now'))")),
                qPrintable(one(plain, "SELECT count(*) FROM establishments WHERE deleted = 0")),
                qPrintable(one(plain, "SELECT count(*) FROM visits WHERE deleted = 0")), qPrintable(one(plain, "SELECT count(*) FROM teams WHERE deleted = 0")),
                qPrintable(one(plain, "SELECT count(*) FROM pdp_cases WHERE deleted = 0")));

    QList<QPair<QString, QString>> teams; // id, name
    {
        QSqlQuery q(plain);
        q.exec(QStringLiteral("SELECT id, name FROM teams WHERE deleted = 0 ORDER BY name"));
        while (q.next())
            teams.append({q.value(0).toString(), q.value(1).toString()});
    }

    // 1. The store calls, as the director's screen and `vigie-cli report` make them.
    Trace trace;
    sqlite3_trace_v2(session.db().handle(), SQLITE_TRACE_PROFILE, &onProfile, &trace);
    const int year = clock.today().year() - 1;
    const reports::Period period{QDate(year, 1, 1), QDate(year, 12, 31)};
    std::printf("\nperiod %d-01-01 to %d-12-31, the director signed in\n", year, year);
    std::printf("%-52s %10s\n", "store call (wall clock, policy and audit included)", "ms");
    double total = 0;
    const auto call = [&](const QString& group, const auto& work) -> bool {
        trace.group = group;
        trace.on = true;
        QElapsedTimer t;
        t.start();
        const bool ok = work();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        trace.on = false;
        total += ms;
        std::printf("%-52s %10.1f%s\n", qPrintable(group), ms, ok ? "" : "  FAILED");
        return ok;
    };
    const reports::Scope service;
    if (!call(QStringLiteral("indicators, service"), [&] { return bool(reports::IndicatorStore::compute(session, period, service)); }))
        return 5;
    for (const auto& [team, name] : teams)
        if (!call(QStringLiteral("indicators, team %1").arg(name.left(40)),
                  [&] { return bool(reports::IndicatorStore::compute(session, period, reports::Scope{reports::ScopeKind::Team, team})); }))
            return 5;
    if (!call(QStringLiteral("activity report %1 (with both years' indicators)").arg(year),
              [&] { return bool(reports::ActivityStore::collect(session, year, service)); }))
        return 5;
    sqlite3_trace_v2(session.db().handle(), 0, nullptr, nullptr);
    std::printf("%-52s %10.1f   goal < 10000 ms -> %s\n", "total", total, total < 10000 ? "met" : "NOT met");

    // 2. The same reading statements on both files, alternately, `runs` times.
    std::vector<Statement> replay;
    for (const Statement& s : trace.statements)
        if (reads(s.sql))
            replay.push_back(s);
    for (const Statement& s : replay) // the plain file's page cache warmed as the encrypted one was by the calls
        if (runMs(plain, s.sql) < 0)
            return 5;
    std::vector<std::vector<double>> encMs(replay.size()), plainMs(replay.size());
    for (int r = 0; r < runs; ++r)
        for (size_t i = 0; i < replay.size(); ++i) {
            const double e = runMs(enc, replay[i].sql);
            const double p = runMs(plain, replay[i].sql);
            if (e < 0 || p < 0)
                return 5;
            encMs[i].push_back(e);
            plainMs[i].push_back(p);
        }
    struct Sum {
        int statements = 0;
        double enc = 0, plain = 0;
    };
    QMap<QString, Sum> groups;
    QStringList order;
    Sum all;
    std::vector<std::pair<double, size_t>> slowest;
    for (size_t i = 0; i < replay.size(); ++i) {
        const double e = median(encMs[i]), p = median(plainMs[i]);
        if (!groups.contains(replay[i].group))
            order << replay[i].group;
        Sum& g = groups[replay[i].group];
        ++g.statements;
        g.enc += e;
        g.plain += p;
        ++all.statements;
        all.enc += e;
        all.plain += p;
        slowest.push_back({e, i});
    }
    std::printf("\nthe same SQL on both files (median of %d runs)\n%-52s %5s %12s %12s %7s\n", runs, "group", "stmts", "encrypted ms", "plain ms", "ratio");
    // Teams together: one line for all of them.
    Sum teamSum;
    int teamCount = 0;
    for (const QString& g : order) {
        const Sum& s = groups.value(g);
        if (g.startsWith(QLatin1String("indicators, team "))) {
            teamSum.statements += s.statements;
            teamSum.enc += s.enc;
            teamSum.plain += s.plain;
            ++teamCount;
            continue;
        }
        std::printf("%-52s %5d %12.1f %12.1f %7.2f\n", qPrintable(g), s.statements, s.enc, s.plain, s.plain > 0 ? s.enc / s.plain : 0.0);
    }
    if (teamCount)
        std::printf("%-52s %5d %12.1f %12.1f %7.2f\n", qPrintable(QStringLiteral("indicators, the %1 teams").arg(teamCount)), teamSum.statements,
                    teamSum.enc, teamSum.plain, teamSum.plain > 0 ? teamSum.enc / teamSum.plain : 0.0);
    const double ratio = all.plain > 0 ? all.enc / all.plain : 0.0;
    std::printf("%-52s %5d %12.1f %12.1f %7.2f   goal <= 1.3 -> %s\n", "all", all.statements, all.enc, all.plain, ratio, ratio <= 1.3 ? "met" : "NOT met");

    std::sort(slowest.begin(), slowest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (top > 0)
        std::printf("\nslowest statements (encrypted ms, plain ms, ratio, group: start of the SQL)\n");
    for (int i = 0; i < top && i < int(slowest.size()); ++i) {
        const size_t k = slowest[size_t(i)].second;
        const double e = median(encMs[k]), p = median(plainMs[k]);
        QString sql = replay[k].sql.simplified();
        // The scope's CTEs open every statement: show what follows them.
        static const QLatin1String lastCte("FROM fol ORDER BY wid)");
        if (const qsizetype cte = sql.lastIndexOf(lastCte); cte > 0)
            sql = QStringLiteral("… ") + sql.mid(cte + lastCte.size()).trimmed();
        std::printf("%9.1f %9.1f %6.2f  %s: %s\n", e, p, p > 0 ? e / p : 0.0, qPrintable(replay[k].group), qPrintable(sql.left(220)));
    }
    plain.close();
    plain = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    return 0;
}
