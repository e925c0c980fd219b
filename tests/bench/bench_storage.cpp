// ./dev bench storage — the encrypted store (SQLCipher 4.5.5 through QSQLCIPHER) against the physical
// reference, Debian's plain SQLite 3.40 through Qt's stock QSQLITE driver, on the same generated data,
// the same schema (Vigie's migrations, with the change-capture triggers) and the same SQL, in one run.
// Prints each measure and the ratio encrypted / plain. Goal: every ratio ≤ 1.3, name search p95 < 20 ms.
//
// Usage: bench-storage [--workers N] [--queries N] [--dir PATH]
#include "core/Clock.h"
#include "core/TextFold.h"
#include "storage/ChangeCapture.h"
#include "storage/Database.h"
#include "storage/KeyRing.h"
#include "storage/Migrations.h"
#include "workforce/WorkerStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
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

namespace {

struct Row {
    QString id, birthName, first, birthDate, sex, usedName, fold, usedFold, establishment;
};

struct Data {
    std::vector<QString> establishments;
    std::vector<Row> workers;
};

// Deterministic synthetic rows: French-looking names with accents, 20 workers per establishment.
Data generate(int workers)
{
    static const char* stems[] = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
                                  "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David",
                                  "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre",
                                  "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Légaré", "Côté",
                                  "Œuvrard", "Hébert", "Chévrier", "Nguyen", "Benali", "Da Silva", "Le Gall", "Péron"};
    static const char* firsts[] = {"Marie", "Jean", "Léa", "Hugo", "Chloé", "Lucas", "Inès", "Noé", "Zoé", "Élodie",
                                   "Jérôme", "Anaïs", "Théo", "Maëlle", "Rémi", "Agnès"};
    QRandomGenerator rng(42);
    Data d;
    const int est = std::max(1, workers / 20);
    d.establishments.reserve(size_t(est));
    for (int i = 0; i < est; ++i)
        d.establishments.push_back(QStringLiteral("est-%1").arg(i, 8, 10, QLatin1Char('0')));
    d.workers.reserve(size_t(workers));
    for (int i = 0; i < workers; ++i) {
        Row r;
        r.id = QStringLiteral("w-%1").arg(i, 9, 10, QLatin1Char('0'));
        // A suffix makes names diverse (about 40 × 2000 distinct) like a real population.
        r.birthName = QString::fromUtf8(stems[rng.bounded(40)]) + QString::fromUtf8(stems[rng.bounded(40)]).left(3).toLower() +
                      QString::number(rng.bounded(50));
        r.first = QString::fromUtf8(firsts[rng.bounded(16)]);
        r.birthDate = QDate(1960, 1, 1).addDays(rng.bounded(16000)).toString(Qt::ISODate);
        r.sex = rng.bounded(2) ? QStringLiteral("F") : QStringLiteral("M");
        if (r.sex == QLatin1String("F") && rng.bounded(3) == 0)
            r.usedName = QString::fromUtf8(stems[rng.bounded(40)]);
        r.fold = core::foldForSearch(r.birthName);
        r.usedFold = r.usedName.isEmpty() ? QString() : core::foldForSearch(r.usedName);
        r.establishment = d.establishments[size_t(rng.bounded(est))];
        d.workers.push_back(std::move(r));
    }
    return d;
}

double seconds(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e9;
}

void must(bool ok, const QSqlQuery& q)
{
    if (!ok) {
        std::fprintf(stderr, "SQL error: %s\n", qPrintable(q.lastError().text()));
        std::exit(1);
    }
}

void bulkInsert(QSqlDatabase db, const Data& d)
{
    QSqlQuery ent(db), est(db), w(db), e(db);
    db.transaction();
    must(ent.exec(QStringLiteral("INSERT INTO enterprises(id, siren, name, hlc, updated_by) VALUES "
                                 "('ent', '732829320', 'Bench', '0', 'bench')")),
         ent);
    est.prepare(QStringLiteral("INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, hlc, updated_by) "
                               "VALUES (?, 'ent', ?, ?, ?, '62.01Z', '0', 'bench')"));
    for (size_t i = 0; i < d.establishments.size(); ++i) {
        est.addBindValue(d.establishments[i]);
        est.addBindValue(QStringLiteral("%1").arg(i, 14, 10, QLatin1Char('0')));
        est.addBindValue(QStringLiteral("Établissement %1").arg(i));
        est.addBindValue(QStringLiteral("etablissement %1").arg(i));
        must(est.exec(), est);
    }
    // One team in charge of every establishment: the search's scope filter runs as in the application.
    QSqlQuery team(db);
    must(team.exec(QStringLiteral("INSERT INTO accounts(id, login, display_name, role, created_at, hlc, updated_by) "
                                  "VALUES ('doc', 'doc', 'Dr Bench', 'physician', '2026-01-01', '0', 'bench')")),
         team);
    must(team.exec(QStringLiteral("INSERT INTO teams(id, name, physician_id, hlc, updated_by) "
                                  "VALUES ('team', 'Équipe', 'doc', '0', 'bench')")),
         team);
    must(team.exec(QStringLiteral("INSERT INTO team_establishments(id, team_id, establishment_id, hlc, updated_by) "
                                  "SELECT 'te-' || id, 'team', id, '0', 'bench' FROM establishments")),
         team);
    db.commit();
    w.prepare(QStringLiteral("INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, "
                             "sex, used_name, birth_name_fold, used_name_fold, hlc, updated_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '0', 'bench')"));
    e.prepare(QStringLiteral("INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, "
                             "start_date, hlc, updated_by) VALUES (?, ?, ?, 'Opérateur', 'CDI', '2020-01-01', '0', 'bench')"));
    const QVariant nullText{QMetaType(QMetaType::QString)};
    for (size_t i = 0; i < d.workers.size(); ++i) {
        if (i % 50000 == 0)
            db.transaction();
        const Row& r = d.workers[i];
        w.addBindValue(r.id);
        w.addBindValue(r.birthName);
        w.addBindValue(r.first);
        w.addBindValue(r.first);
        w.addBindValue(r.birthDate);
        w.addBindValue(r.sex);
        w.addBindValue(r.usedName.isEmpty() ? nullText : QVariant(r.usedName));
        w.addBindValue(r.fold);
        w.addBindValue(r.usedFold.isEmpty() ? nullText : QVariant(r.usedFold));
        must(w.exec(), w);
        e.addBindValue(QStringLiteral("e-") + r.id);
        e.addBindValue(r.id);
        e.addBindValue(r.establishment);
        must(e.exec(), e);
        if (i % 50000 == 49999 || i + 1 == d.workers.size())
            db.commit();
    }
}

std::vector<QString> searchPrefixes(const Data& d, int n)
{
    QRandomGenerator rng(7);
    std::vector<QString> out;
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        const Row& r = d.workers[size_t(rng.bounded(int(d.workers.size())))];
        out.push_back(r.fold.left(2 + rng.bounded(4)));
    }
    return out;
}

struct Latency {
    double p50 = 0, p95 = 0, total = 0;
};

Latency searches(QSqlDatabase db, const std::vector<QString>& prefixes)
{
    const workforce::WorkerStore::SearchScope scope{QStringLiteral("[\"team\"]"), QStringLiteral("2025-01-01"), false};
    std::vector<double> ms;
    ms.reserve(prefixes.size());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(workforce::WorkerStore::searchSql());
    QElapsedTimer all;
    all.start();
    for (const QString& p : prefixes) {
        QElapsedTimer t;
        t.start();
        workforce::WorkerStore::bindSearch(q, p, scope, 50, 0);
        must(q.exec(), q);
        int rows = 0;
        while (q.next())
            rows += q.value(1).toString().isEmpty() ? 0 : 1;
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    Latency l;
    l.total = double(all.nsecsElapsed()) / 1e9;
    std::sort(ms.begin(), ms.end());
    l.p50 = ms[ms.size() / 2];
    l.p95 = ms[size_t(double(ms.size()) * 0.95)];
    return l;
}

double countByEstablishment(QSqlDatabase db)
{
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) {
        runs.push_back(seconds([&] {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            must(q.exec(QStringLiteral("SELECT establishment_id, count(DISTINCT worker_id) FROM employments "
                                       "WHERE deleted = 0 AND end_date IS NULL GROUP BY establishment_id")),
                 q);
            qint64 total = 0;
            while (q.next())
                total += q.value(1).toLongLong();
        }));
    }
    std::sort(runs.begin(), runs.end());
    return runs[2];
}

void line(const char* what, double encrypted, double plain, const char* unit)
{
    std::printf("%-44s %12.3f %12.3f %s   ratio %.2f\n", what, encrypted, plain, unit, plain > 0 ? encrypted / plain : 0.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int workers = 1000000, queries = 10000;
    QString dirPath;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--workers"))
            workers = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--queries"))
            queries = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--dir"))
            dirPath = args[i + 1];
    }
    QTemporaryDir tmp(dirPath.isEmpty() ? QDir::tempPath() + QStringLiteral("/vigie-bench-XXXXXX")
                                        : dirPath + QStringLiteral("/vigie-bench-XXXXXX"));
    const QString encPath = tmp.filePath(QStringLiteral("encrypted.db"));
    const QString plainPath = tmp.filePath(QStringLiteral("plain.db"));

    std::printf("Vigie storage benchmark: %d workers, %d searches, folder %s\n", workers, queries, qPrintable(tmp.path()));
    Data data;
    const double gen = seconds([&] { data = generate(workers); });
    std::printf("data generated in %.2f s (%zu establishments)\n", gen, data.establishments.size());

    // Encrypted: a key ring with one slot, as the application signs in.
    const storage::SecretKey key = storage::SecretKey::random();
    storage::KeyRing ring;
    if (!ring.setSlot(QStringLiteral("bench"), QStringLiteral("Bench-Password-2026"), key) ||
        !ring.save(storage::KeyRing::pathFor(encPath)))
        return 1;
    storage::Database::Options create;
    create.mode = storage::Database::Mode::CreateNew;
    auto enc = storage::Database::open(encPath, key, create);
    if (!enc) {
        std::fprintf(stderr, "%s\n", qPrintable(enc.error().message));
        return 1;
    }

    // Plain: Debian's SQLite through Qt's stock driver, same pragmas, same schema and triggers.
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        plain.setDatabaseName(plainPath);
        if (!plain.open()) {
            std::fprintf(stderr, "QSQLITE unavailable: %s\n", qPrintable(plain.lastError().text()));
            return 1;
        }
    }
    QSqlDatabase plain = QSqlDatabase::database(QStringLiteral("plain"));
    auto pragmas = [](QSqlDatabase db) {
        QSqlQuery q(db);
        for (const char* p : {"PRAGMA cache_size=-65536", "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY",
                              "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"})
            q.exec(QString::fromLatin1(p));
    };
    pragmas(plain);
    {
        QSqlQuery schema(enc.value()->sql());
        // Shadow tables of virtual tables (FTS5) are created by their virtual table, never by hand.
        schema.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                                   "AND name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow') "
                                   "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid"));
        QSqlQuery apply(plain);
        while (schema.next())
            must(apply.exec(schema.value(0).toString()), apply);
        apply.exec(QStringLiteral("INSERT INTO _capture VALUES (0)"));
    }
    auto scalar = [](QSqlDatabase db, const char* sql) {
        QSqlQuery q(db);
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toString().toStdString() : std::string();
    };
    std::printf("SQLCipher %s on SQLite %s vs plain SQLite %s\n\n",
                scalar(enc.value()->sql(), "PRAGMA cipher_version").c_str(),
                scalar(enc.value()->sql(), "SELECT sqlite_version()").c_str(),
                scalar(plain, "SELECT sqlite_version()").c_str());

    std::printf("%-44s %12s %12s\n", "measure", "encrypted", "plain");
    // Change capture is suspended as for any bulk load (demo data, initial sync): same on both sides.
    for (QSqlDatabase db : {enc.value()->sql(), plain})
        QSqlQuery(QStringLiteral("UPDATE _capture SET suspended = 1"), db);
    const double insEnc = seconds([&] { bulkInsert(enc.value()->sql(), data); });
    const double insPlain = seconds([&] { bulkInsert(plain, data); });
    line("bulk insert (workers + employments)", insEnc, insPlain, "s ");

    const auto prefixes = searchPrefixes(data, queries);
    searches(enc.value()->sql(), std::vector<QString>(prefixes.begin(), prefixes.begin() + std::min<size_t>(200, prefixes.size())));
    searches(plain, std::vector<QString>(prefixes.begin(), prefixes.begin() + std::min<size_t>(200, prefixes.size())));
    const Latency sEnc = searches(enc.value()->sql(), prefixes);
    const Latency sPlain = searches(plain, prefixes);
    line("name-prefix search p50", sEnc.p50, sPlain.p50, "ms");
    line("name-prefix search p95", sEnc.p95, sPlain.p95, "ms");
    line("name-prefix search, all queries", sEnc.total, sPlain.total, "s ");

    const double grpEnc = countByEstablishment(enc.value()->sql());
    const double grpPlain = countByEstablishment(plain);
    line("count of workers by establishment (median)", grpEnc, grpPlain, "s ");

    enc.value().reset();
    plain.close();
    plain = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));

    // Opening: median of 5. Encrypted = key ring read + Argon2id unwrap + open + first read;
    // also reported without the unwrap (raw key), which is the storage cost alone.
    std::vector<double> openEnc, openRaw, openPlain;
    for (int i = 0; i < 5; ++i) {
        openEnc.push_back(seconds([&] {
            auto r = storage::KeyRing::load(storage::KeyRing::pathFor(encPath));
            auto k = r.value().unlock(QStringLiteral("bench"), QStringLiteral("Bench-Password-2026"));
            auto db = storage::Database::open(encPath, k.value());
            QSqlQuery(QStringLiteral("SELECT count(*) FROM establishments"), db.value()->sql()).next();
        }));
        openRaw.push_back(seconds([&] {
            auto db = storage::Database::open(encPath, key);
            QSqlQuery(QStringLiteral("SELECT count(*) FROM establishments"), db.value()->sql()).next();
        }));
        openPlain.push_back(seconds([&] {
            {
                QSqlDatabase p = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("p"));
                p.setDatabaseName(plainPath);
                p.open();
                pragmas(p);
                QSqlQuery(QStringLiteral("SELECT count(*) FROM establishments"), p).next();
                p.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("p"));
        }));
    }
    for (auto* v : {&openEnc, &openRaw, &openPlain})
        std::sort(v->begin(), v->end());
    line("open, raw key (storage cost)", openRaw[2] * 1000, openPlain[2] * 1000, "ms");
    line("open with Argon2id key unwrapping", openEnc[2] * 1000, openPlain[2] * 1000, "ms");
    std::printf("\nfile sizes: encrypted %.1f MB, plain %.1f MB\n", double(QFile(encPath).size()) / 1e6,
                double(QFile(plainPath).size()) / 1e6);
    std::printf("goal: ratios <= 1.3 and search p95 < 20 ms -> search p95 %s\n", sEnc.p95 < 20 ? "met" : "NOT met");
    return 0;
}
