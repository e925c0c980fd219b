// ./dev bench thesaurus — the folded prefix search of the code systems (ThesaurusStore::Sql::search:
// exact code, code prefix, label prefix and FTS5 word prefixes, then the hierarchy of each hit) on the
// encrypted store (SQLCipher 4.5.5 through QSQLCIPHER) against Debian's plain SQLite 3.40 through Qt's
// stock QSQLITE driver, with the same schema (migration 0004), the same data (every shipped system,
// loaded by the same code) and the same queries, in one run. Prints p50/p95/p99 per code system and
// side, and the ratio encrypted / plain. Goal: p95 under 5 ms.
//
// Usage: bench-thesaurus [--queries N] [--limit N] [--dir PATH]
#include "core/TextFold.h"
#include "storage/Database.h"
#include "storage/SecretKey.h"
#include "thesaurus/CodeSystem.h"
#include "thesaurus/Shipped.h"
#include "thesaurus/ThesaurusStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace vigie;
using thesaurus::ThesaurusStore::Sql::search;

namespace {

void fail(const QString& message)
{
    std::fprintf(stderr, "bench-thesaurus: %s\n", qPrintable(message));
    std::exit(1);
}

double seconds(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e9;
}

// Loads every shipped system, as ThesaurusStore::ensureShipped does (without the audit trail).
void loadShipped(QSqlDatabase db)
{
    if (!db.transaction())
        fail(QStringLiteral("cannot begin: %1").arg(db.lastError().text()));
    for (const thesaurus::ShippedSystem& s : thesaurus::Shipped::systems()) {
        auto bytes = thesaurus::Shipped::fileOf(s);
        if (!bytes)
            fail(bytes.error().message);
        const auto parsed = thesaurus::parseCodeSystem(bytes.value());
        if (!parsed.ok())
            fail(QStringLiteral("%1 line %2: %3").arg(s.file).arg(parsed.errorLine).arg(parsed.error));
        auto r = thesaurus::ThesaurusStore::Sql::loadVersion(db, s.meta, parsed.file, QStringLiteral("2026-11-23T00:00:00Z"),
                                                             QStringLiteral("bench"));
        if (!r)
            fail(r.error().message);
    }
    if (!db.commit())
        fail(QStringLiteral("cannot commit: %1").arg(db.lastError().text()));
}

// The plain database gets the thesaurus tables of the encrypted one, as migration 0004 made them
// (FTS5 shadow tables are created by their virtual table, not copied).
void copySchema(QSqlDatabase from, QSqlDatabase to)
{
    QSqlQuery schema(from);
    schema.exec(QStringLiteral(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "AND tbl_name IN ('code_systems', 'code_system_versions', 'codes', 'codes_fts', 'code_references') "
        "AND name NOT LIKE 'codes_fts_%' "
        "ORDER BY CASE WHEN type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' THEN 0 WHEN type = 'table' THEN 1 "
        "WHEN type = 'index' THEN 2 ELSE 3 END, rowid"));
    QSqlQuery apply(to);
    while (schema.next())
        if (!apply.exec(schema.value(0).toString()))
            fail(QStringLiteral("schema: %1: %2").arg(schema.value(0).toString(), apply.lastError().text()));
    // codes_fts_% also matched the triggers codes_fts_insert/delete/update: create them now.
    QSqlQuery triggers(from);
    triggers.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'codes'"));
    while (triggers.next())
        if (!apply.exec(triggers.value(0).toString()))
            fail(QStringLiteral("trigger: %1").arg(apply.lastError().text()));
}

int systemIdOf(QSqlDatabase db, const char* system)
{
    auto id = thesaurus::ThesaurusStore::Sql::systemId(db, QLatin1String(system));
    if (!id || !id.value())
        fail(QStringLiteral("no system %1").arg(QLatin1String(system)));
    return *id.value();
}

// What people type: the beginning of a label as written (accents, capitals, hyphens: the search folds
// them), one or two words, the last one cut to 2..6 characters; a few codes or postal codes.
std::vector<QString> queriesFor(const QList<thesaurus::CodeEntry>& entries, int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<QString> out;
    out.reserve(size_t(n));
    while (int(out.size()) < n) {
        const thesaurus::CodeEntry& e = entries.at(rng.bounded(int(entries.size())));
        if (!e.selectable())
            continue;
        if (rng.bounded(10) == 0) { // a code, whole or begun
            out.push_back(e.code.left(2 + rng.bounded(std::max<int>(1, int(e.code.size()) - 1))));
            continue;
        }
        const QStringList words = e.labelFr.split(QRegularExpression(QStringLiteral("[\\s'’()-]+")), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const int start = rng.bounded(int(words.size()));
        const int count = std::min<int>(1 + rng.bounded(2), int(words.size()) - start);
        QStringList typed = words.mid(start, count);
        typed.last() = typed.last().left(2 + rng.bounded(5));
        out.push_back(typed.join(QLatin1Char(' ')));
    }
    return out;
}

struct Latency {
    double p50 = 0, p95 = 0, p99 = 0, max = 0, meanHits = 0;
};

Latency run(QSqlDatabase db, int systemId, const std::vector<QString>& queries, int limit)
{
    thesaurus::SearchOptions options;
    options.limit = limit;
    options.selectableOnly = true;
    std::vector<double> ms;
    ms.reserve(queries.size());
    qint64 hits = 0;
    for (const QString& q : queries) {
        QElapsedTimer t;
        t.start();
        auto r = search(db, systemId, q, options);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r)
            fail(r.error().message);
        hits += r.value().size();
    }
    std::sort(ms.begin(), ms.end());
    Latency l;
    l.p50 = ms[ms.size() / 2];
    l.p95 = ms[size_t(double(ms.size()) * 0.95)];
    l.p99 = ms[size_t(double(ms.size()) * 0.99)];
    l.max = ms.back();
    l.meanHits = double(hits) / double(queries.size());
    return l;
}

void line(const char* what, double encrypted, double plain, const char* unit)
{
    std::printf("%-46s %12.3f %12.3f %s   ratio %.2f\n", what, encrypted, plain, unit, plain > 0 ? encrypted / plain : 0.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int queries = 5000, limit = 20;
    QString dirPath;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--queries"))
            queries = std::max(20, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--limit"))
            limit = std::clamp(args[i + 1].toInt(), 1, thesaurus::ThesaurusStore::MaxLimit);
        else if (args[i] == QLatin1String("--dir"))
            dirPath = args[i + 1];
    }
    QTemporaryDir tmp(dirPath.isEmpty() ? QDir::tempPath() + QStringLiteral("/vigie-bench-XXXXXX")
                                        : dirPath + QStringLiteral("/vigie-bench-XXXXXX"));
    const QString encPath = tmp.filePath(QStringLiteral("encrypted.db"));
    const QString plainPath = tmp.filePath(QStringLiteral("plain.db"));
    std::printf("Vigie thesaurus benchmark: %d searches per code system, %d results each, folder %s\n", queries, limit,
                qPrintable(tmp.path()));

    const storage::SecretKey key = storage::SecretKey::random();
    storage::Database::Options create;
    create.mode = storage::Database::Mode::CreateNew;
    auto enc = storage::Database::open(encPath, key, create);
    if (!enc)
        fail(enc.error().message);
    {
        QSqlDatabase p = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        p.setDatabaseName(plainPath);
        if (!p.open())
            fail(QStringLiteral("QSQLITE unavailable: %1").arg(p.lastError().text()));
    }
    QSqlDatabase plain = QSqlDatabase::database(QStringLiteral("plain"));
    {
        QSqlQuery q(plain);
        for (const char* pragma : {"PRAGMA cache_size=-65536", "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY",
                                   "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"})
            q.exec(QString::fromLatin1(pragma));
    }
    copySchema(enc.value()->sql(), plain);
    const auto scalar = [](QSqlDatabase db, const char* sql) {
        QSqlQuery q(db);
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toString().toStdString() : std::string();
    };
    std::printf("SQLCipher %s on SQLite %s vs plain SQLite %s\n\n", scalar(enc.value()->sql(), "PRAGMA cipher_version").c_str(),
                scalar(enc.value()->sql(), "SELECT sqlite_version()").c_str(), scalar(plain, "SELECT sqlite_version()").c_str());

    std::printf("%-46s %12s %12s\n", "measure", "encrypted", "plain");
    const double loadEnc = seconds([&] { loadShipped(enc.value()->sql()); });
    const double loadPlain = seconds([&] { loadShipped(plain); });
    line("load every shipped system (first opening)", loadEnc, loadPlain, "s ");
    std::printf("%-46s %12s\n", "codes loaded", scalar(enc.value()->sql(), "SELECT count(*) FROM codes").c_str());

    struct Target {
        const char* system;
        quint32 seed;
    };
    bool met = true;
    for (const Target& t : {Target{"commune", 11}, Target{"exposure", 12}, Target{"naf", 13}}) {
        const auto* shipped = thesaurus::Shipped::find(QLatin1String(t.system));
        const auto parsed = thesaurus::parseCodeSystem(thesaurus::Shipped::fileOf(*shipped).value());
        const auto typed = queriesFor(parsed.file.entries, queries, t.seed);
        const int encId = systemIdOf(enc.value()->sql(), t.system);
        const int plainId = systemIdOf(plain, t.system);
        const std::vector<QString> warm(typed.begin(), typed.begin() + std::min<size_t>(200, typed.size()));
        run(enc.value()->sql(), encId, warm, limit);
        run(plain, plainId, warm, limit);
        const Latency e = run(enc.value()->sql(), encId, typed, limit);
        const Latency p = run(plain, plainId, typed, limit);
        std::printf("\n%s (%lld codes; e.g. \"%s\", \"%s\", \"%s\"; %.1f hits per search)\n", t.system,
                    qlonglong(parsed.file.entries.size()), qPrintable(typed[0]), qPrintable(typed[1]), qPrintable(typed[2]),
                    e.meanHits);
        line("  folded prefix search p50", e.p50, p.p50, "ms");
        line("  folded prefix search p95", e.p95, p.p95, "ms");
        line("  folded prefix search p99", e.p99, p.p99, "ms");
        line("  folded prefix search max", e.max, p.max, "ms");
        if (qstrcmp(t.system, "naf") != 0)
            met = met && e.p95 < 5.0;
    }
    enc.value().reset();
    std::printf("\nfile sizes: encrypted %.1f MB, plain %.1f MB\n", double(QFile(encPath).size()) / 1e6,
                double(QFile(plainPath).size()) / 1e6);
    std::printf("goal: p95 < 5 ms over communes and exposures (encrypted) -> %s\n", met ? "met" : "NOT met");
    plain.close();
    plain = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    return 0;
}
