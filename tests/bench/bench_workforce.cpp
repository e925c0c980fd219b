// ./dev bench workforce — importing a workforce declaration of 20,000 lines (CSV read, every line
// checked, duplicate detection against 1,000,000 existing workers, one transaction with change capture
// and the audit record) on the encrypted store, through DeclarationStore::importFile as vigie-cli
// runs it; and the same SQL (DeclarationStore::Sql::run, same catalog, same file) on Debian's plain
// SQLite through Qt's stock QSQLITE driver, in the same run, like bench_storage.cpp. Goal: < 5 s.
//
// Two declarations are measured: the establishment's first one (every line a new worker, a few
// hundred of them likely duplicates of existing workers answered in the file: kept apart, merged, or
// recognised by their NIR) and the next year's (most lines known workers, some posts changed, new
// hires and departures). A one-off cost is reported too: computing the duplicate keys of workers
// written by another path (demo data, synchronisation), as the first import after migration 0005 does.
//
// Usage: bench-workforce [--workers N] [--lines N] [--backfill N] [--dir PATH]
#include "core/Clock.h"
#include "core/Hlc.h"
#include "core/Nir.h"
#include "core/TextFold.h"
#include "core/Uuid.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "thesaurus/ThesaurusStore.h"
#include "workforce/DeclarationStore.h"
#include "workforce/Identity.h"
#include "workforce/IdentityStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <vector>

using namespace vigie;

namespace {

const QString Siret = QStringLiteral("73282932000017");
const QStringList Syllables{
    QStringLiteral("mar"), QStringLiteral("tin"), QStringLiteral("ber"), QStringLiteral("nard"), QStringLiteral("du"),
    QStringLiteral("bois"), QStringLiteral("lam"), QStringLiteral("bert"), QStringLiteral("ro"), QStringLiteral("seau"),
    QStringLiteral("fon"), QStringLiteral("taine"), QStringLiteral("gar"), QStringLiteral("nier"), QStringLiteral("le"),
    QStringLiteral("fèv"), QStringLiteral("re"), QStringLiteral("cha"), QStringLiteral("vin"), QStringLiteral("pé"),
    QStringLiteral("ron"), QStringLiteral("mo"), QStringLiteral("rel"), QStringLiteral("gi"), QStringLiteral("rard"),
    QStringLiteral("bo"), QStringLiteral("nnet"), QStringLiteral("clé"), QStringLiteral("ment"), QStringLiteral("va")};
const QStringList Firsts{QStringLiteral("Marie"), QStringLiteral("Jean"), QStringLiteral("Léa"), QStringLiteral("Hugo"),
                         QStringLiteral("Chloé"), QStringLiteral("Lucas"), QStringLiteral("Inès"), QStringLiteral("Noé"),
                         QStringLiteral("Zoé"), QStringLiteral("Élodie"), QStringLiteral("Jérôme"), QStringLiteral("Anaïs"),
                         QStringLiteral("Théo"), QStringLiteral("Maëlle"), QStringLiteral("Rémi"), QStringLiteral("Agnès")};

struct Person {
    QString id, birthName, first, sex, nir;
    QDate birth;
};

QString capitalised(const QString& s) { return s.left(1).toUpper() + s.mid(1); }

// A valid NIR, unique per serial (up to about 9 million): sex, year and month of birth, then the serial
// spread over the département (01 to 91, 20 skipped), the commune and the order number (001 to 999).
QString nirOf(const Person& p, int serial)
{
    int s = serial;
    const int order = s % 999 + 1;
    s /= 999;
    const int commune = s % 100;
    s /= 100;
    int dept = s % 90 + 1;
    if (dept >= 20)
        ++dept;
    const QString body = QString::number(p.sex == QLatin1String("M") ? 1 : 2) +
                         QStringLiteral("%1").arg(p.birth.year() % 100, 2, 10, QLatin1Char('0')) +
                         QStringLiteral("%1").arg(p.birth.month(), 2, 10, QLatin1Char('0')) +
                         QStringLiteral("%1").arg(dept, 2, 10, QLatin1Char('0')) +
                         QStringLiteral("%1").arg(commune, 3, 10, QLatin1Char('0')) +
                         QStringLiteral("%1").arg(order, 3, 10, QLatin1Char('0'));
    return body + core::nirKey(body);
}

void refused(const char* side, const workforce::DeclarationReport& report)
{
    for (const workforce::Problem& p : report.problems)
        if (p.severity == workforce::Severity::Error) {
            std::fprintf(stderr, "%s import refused (%d errors), first: line %d %s: %s\n", side, report.errorCount(), p.line,
                         qPrintable(p.column), qPrintable(p.message));
            break;
        }
    std::exit(1);
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

void line(const char* what, double encrypted, double plain, const char* unit)
{
    std::printf("%-52s %10.3f %10.3f %s   ratio %.2f\n", what, encrypted, plain, unit, plain > 0 ? encrypted / plain : 0.0);
}

// Existing workers: three syllables (letters only, so that no two differ by digits the phonetic key
// ignores), one employment each in one of `workers / 20` establishments, their identity keys written as
// the workforce stores write them. The declaring establishment is "est-0".
std::vector<Person> existingWorkers(int n)
{
    QRandomGenerator rng(42);
    std::vector<Person> out;
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        Person p;
        p.id = QStringLiteral("00000000-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0')); // UUID-shaped, deterministic
        p.birthName = capitalised(Syllables[rng.bounded(30)] + Syllables[rng.bounded(30)] + Syllables[rng.bounded(30)]);
        p.first = Firsts[rng.bounded(16)];
        p.sex = rng.bounded(2) ? QStringLiteral("F") : QStringLiteral("M");
        p.birth = QDate(1960, 1, 1).addDays(rng.bounded(16000));
        if (i % 2 == 0)
            p.nir = nirOf(p, i);
        out.push_back(std::move(p));
    }
    return out;
}

void bulkInsert(QSqlDatabase db, const std::vector<Person>& workers)
{
    QSqlQuery q(db);
    must(q.exec(QStringLiteral("UPDATE _capture SET suspended = 1")), q);
    db.transaction();
    for (const char* sql :
         {"INSERT INTO accounts(id, login, display_name, role, created_at, hlc, updated_by) VALUES "
          "('doc', 'doc', 'Dr Bench', 'physician', '2026-01-01', '0', 'bench')",
          "INSERT INTO enterprises(id, siren, name, hlc, updated_by) VALUES ('ent', '732829320', 'Bench', '0', 'bench')",
          "INSERT INTO teams(id, name, physician_id, hlc, updated_by) VALUES ('team', 'Equipe', 'doc', '0', 'bench')"})
        must(q.exec(QString::fromLatin1(sql)), q);
    QSqlQuery est(db);
    est.prepare(QStringLiteral("INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, hlc, updated_by) "
                               "VALUES (?, 'ent', ?, ?, ?, '62.01Z', '0', 'bench')"));
    const int establishments = std::max(1, int(workers.size()) / 20);
    for (int i = 0; i < establishments; ++i) {
        est.addBindValue(QStringLiteral("est-%1").arg(i));
        est.addBindValue(i == 0 ? Siret : QStringLiteral("%1").arg(i, 14, 10, QLatin1Char('0')));
        est.addBindValue(QStringLiteral("Établissement %1").arg(i));
        est.addBindValue(QStringLiteral("etablissement %1").arg(i));
        must(est.exec(), est);
    }
    must(q.exec(QStringLiteral("INSERT INTO team_establishments(id, team_id, establishment_id, hlc, updated_by) "
                               "SELECT 'te-' || id, 'team', id, '0', 'bench' FROM establishments")),
         q);
    db.commit();
    QSqlQuery k(db), w(db), e(db);
    k.prepare(workforce::IdentityStore::Sql::putKeysSql());
    w.prepare(QStringLiteral("INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, nir, "
                             "birth_name_fold, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '0', 'bench')"));
    e.prepare(QStringLiteral("INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, "
                             "hlc, updated_by) VALUES (?, ?, ?, 'Opérateur', 'CDI', '2015-01-01', '0', 'bench')"));
    const QVariant nullText{QMetaType(QMetaType::QString)};
    QRandomGenerator rng(7);
    for (size_t i = 0; i < workers.size(); ++i) {
        if (i % 50000 == 0)
            db.transaction();
        const Person& p = workers[i];
        workforce::IdentityStore::Sql::bindKeys(k, p.id, {},
                                                {p.nir, workforce::identityKey(p.birthName, p.first, p.birth),
                                                 workforce::phoneticKey(p.birthName, p.first, p.birth)});
        must(k.exec(), k);
        w.addBindValue(p.id);
        w.addBindValue(p.birthName);
        w.addBindValue(p.first);
        w.addBindValue(p.first);
        w.addBindValue(p.birth.toString(Qt::ISODate));
        w.addBindValue(p.sex);
        w.addBindValue(p.nir.isEmpty() ? nullText : QVariant(p.nir));
        w.addBindValue(core::foldForSearch(p.birthName));
        must(w.exec(), w);
        e.addBindValue(QStringLiteral("e-") + p.id);
        e.addBindValue(p.id);
        // Nobody works in the declaring establishment yet.
        e.addBindValue(QStringLiteral("est-%1").arg(1 + rng.bounded(std::max(1, establishments - 1))));
        must(e.exec(), e);
        if (i % 50000 == 49999 || i + 1 == workers.size())
            db.commit();
    }
    must(q.exec(QStringLiteral("UPDATE _capture SET suspended = 0")), q);
}

QString csvField(const QString& s)
{
    return s.contains(QLatin1Char(';')) || s.contains(QLatin1Char('"')) ? QLatin1Char('"') + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"') : s;
}

struct Declared {
    Person p;
    QString post, contract, start, night, exposures, identity;
};

QByteArray csvOf(const std::vector<Declared>& lines)
{
    QByteArray out = "birth_name;first_names;birth_date;sex;nir;post_title;contract_type;start_date;end_date;night_work;"
                     "exposures;identity\n";
    for (const Declared& d : lines)
        out += QStringList{csvField(d.p.birthName), d.p.first, d.p.birth.toString(QStringLiteral("dd/MM/yyyy")), d.p.sex,
                           d.p.nir, csvField(d.post), d.contract, d.start, QString(), d.night, csvField(d.exposures), d.identity}
                   .join(QLatin1Char(';'))
                   .toUtf8() +
               '\n';
    return out;
}

// The first declaration: `n` lines of new hires whose names cannot collide with existing ones
// (four syllables), plus planted likely duplicates of existing workers, answered in the file.
std::vector<Declared> firstDeclaration(const std::vector<Person>& existing, int n, int year, int* planted)
{
    QRandomGenerator rng(99);
    QSet<QString> existingPhonetic;
    for (const Person& p : existing)
        existingPhonetic.insert(workforce::phoneticKey(p.birthName, p.first, p.birth));
    const QStringList posts{QStringLiteral("Opérateur de production"), QStringLiteral("Cariste"), QStringLiteral("Soudeur"),
                            QStringLiteral("Comptable"), QStringLiteral("Agent d'entretien"), QStringLiteral("Magasinier")};
    std::vector<Declared> out;
    out.reserve(size_t(n));
    const int dup = std::min(n / 100, 100); // of each kind
    *planted = 0;
    for (int i = 0; i < n; ++i) {
        Declared d;
        const int kind = i < 3 * dup ? i / dup : 3; // 0 same traits (new), 1 phonetic (merge), 2 same NIR, 3 new hire
        if (kind < 3) {
            const Person& e = existing[size_t(rng.bounded(int(existing.size()) / 2) * 2)]; // one with a NIR
            d.p = e;
            d.p.id.clear();
            if (kind == 0) { // accents and case changed: same identity key
                d.p.birthName = e.birthName.toUpper();
                d.p.nir.clear();
                d.identity = QStringLiteral("new");
            } else if (kind == 1) { // a spelling that sounds the same
                d.p.birthName = e.birthName + QStringLiteral("e");
                d.p.nir.clear();
                d.identity = e.id;
            }
            ++*planted;
        } else {
            do {
                d.p.birthName = capitalised(Syllables[rng.bounded(30)] + Syllables[rng.bounded(30)] + QStringLiteral("zor") +
                                            Syllables[rng.bounded(30)]);
                d.p.first = Firsts[rng.bounded(16)];
                d.p.sex = rng.bounded(2) ? QStringLiteral("F") : QStringLiteral("M");
                d.p.birth = QDate(1960, 1, 1).addDays(rng.bounded(16000));
            } while (existingPhonetic.contains(workforce::phoneticKey(d.p.birthName, d.p.first, d.p.birth)));
            existingPhonetic.insert(workforce::phoneticKey(d.p.birthName, d.p.first, d.p.birth));
            if (i % 3 == 0)
                d.p.nir = nirOf(d.p, 2000000 + i);
        }
        d.post = posts[rng.bounded(int(posts.size()))];
        d.contract = rng.bounded(10) == 0 ? QStringLiteral("CDD") : QStringLiteral("CDI");
        d.start = (rng.bounded(4) == 0 ? QDate(year, 1, 1).addDays(rng.bounded(300)) : QDate(2010, 1, 1).addDays(rng.bounded(4000)))
                      .toString(Qt::ISODate);
        d.night = rng.bounded(20) == 0 ? QStringLiteral("1") : QStringLiteral("0");
        const int r = rng.bounded(20);
        d.exposures = r == 0 ? QStringLiteral("CHIM.AMIANTE") : r == 1 ? QStringLiteral("CHIM.CMR.BENZENE;CHIM.SOLVANTS")
                                                          : QString();
        out.push_back(d);
    }
    return out;
}

// The next year: 90 % of the same people (identity answers no longer needed: they are known here),
// some posts now exposed, 10 % departures replaced by new hires.
std::vector<Declared> nextDeclaration(const std::vector<Declared>& first, const std::vector<Person>& existing, int year)
{
    QRandomGenerator rng(123);
    QSet<QString> taken;
    for (const Person& p : existing)
        taken.insert(workforce::phoneticKey(p.birthName, p.first, p.birth));
    for (const Declared& d : first)
        taken.insert(workforce::phoneticKey(d.p.birthName, d.p.first, d.p.birth));
    std::vector<Declared> out;
    out.reserve(first.size());
    for (size_t i = 0; i < first.size(); ++i) {
        Declared d = first[i];
        d.identity.clear();
        if (i % 10 == 9) {
            do {
                d.p.birthName = capitalised(Syllables[rng.bounded(30)] + QStringLiteral("zan") + Syllables[rng.bounded(30)] +
                                            Syllables[rng.bounded(30)]);
                d.p.birth = QDate(1960, 1, 1).addDays(rng.bounded(16000));
            } while (taken.contains(workforce::phoneticKey(d.p.birthName, d.p.first, d.p.birth)));
            taken.insert(workforce::phoneticKey(d.p.birthName, d.p.first, d.p.birth));
            d.p.nir.clear();
            d.start = QDate(year, 1, 1).addDays(rng.bounded(300)).toString(Qt::ISODate);
        } else if (i % 10 == 3) {
            d.exposures = QStringLiteral("CHIM.CMR.SILICE");
        }
        out.push_back(d);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int workers = 1000000, lines = 20000, backfill = 100000;
    QString dirPath;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--workers"))
            workers = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--lines"))
            lines = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--backfill"))
            backfill = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--dir"))
            dirPath = args[i + 1];
    }
    QTemporaryDir tmp(dirPath.isEmpty() ? QDir::tempPath() + QStringLiteral("/vigie-bench-XXXXXX")
                                        : dirPath + QStringLiteral("/vigie-bench-XXXXXX"));
    const QString encPath = tmp.filePath(QStringLiteral("encrypted.db"));
    const QString plainPath = tmp.filePath(QStringLiteral("plain.db"));
    std::printf("Vigie workforce benchmark: declarations of %d lines against %d existing workers, folder %s\n", lines, workers,
                qPrintable(tmp.path()));

    // The encrypted database, with the shipped code systems, signed in as the establishment's physician.
    core::ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC));
    const int year = 2026;
    const storage::SecretKey key = storage::SecretKey::random();
    storage::Database::Options create;
    create.mode = storage::Database::Mode::CreateNew;
    auto enc = storage::Database::open(encPath, key, create);
    if (!enc) {
        std::fprintf(stderr, "%s\n", qPrintable(enc.error().message));
        return 1;
    }
    security::Session session(std::move(enc.value()), key,
                              security::Account{QStringLiteral("doc"), QStringLiteral("doc"), QStringLiteral("Dr Bench"),
                                                security::Role::Physician, {}, true},
                              clock);
    const double thesaurus = seconds([&] {
        if (auto s = thesaurus::ThesaurusStore::ensureShipped(session); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            std::exit(1);
        }
    });
    std::printf("shipped code systems loaded in %.2f s (once per database)\n", thesaurus);

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
    {
        QSqlQuery q(plain);
        for (const char* p : {"PRAGMA cache_size=-65536", "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY",
                              "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"})
            q.exec(QString::fromLatin1(p));
        QSqlQuery schema(session.db().sql());
        schema.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                                   "AND name NOT LIKE 'codes_fts%' "
                                   "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid"));
        QSqlQuery apply(plain);
        while (schema.next()) {
            const QString sql = schema.value(0).toString();
            if (sql.contains(QLatin1String("codes_fts")))
                continue; // the thesaurus' full-text index: not used by the import (the catalog is given)
            must(apply.exec(sql), apply);
        }
        apply.exec(QStringLiteral("INSERT INTO _capture VALUES (0)"));
    }

    std::vector<Person> existing;
    const double gen = seconds([&] { existing = existingWorkers(workers); });
    std::printf("existing workers generated in %.2f s\n", gen);
    const double insEnc = seconds([&] { bulkInsert(session.db().sql(), existing); });
    const double insPlain = seconds([&] { bulkInsert(plain, existing); });
    std::printf("existing workers, employments and identity keys inserted: encrypted %.1f s, plain %.1f s\n\n", insEnc, insPlain);

    int planted = 0;
    const std::vector<Declared> first = firstDeclaration(existing, lines, year, &planted);
    const std::vector<Declared> next = nextDeclaration(first, existing, year + 1);
    const QString firstPath = tmp.filePath(QStringLiteral("declaration-%1.csv").arg(year));
    const QString nextPath = tmp.filePath(QStringLiteral("declaration-%1.csv").arg(year + 1));
    for (const auto& [path, data] : {std::pair{firstPath, csvOf(first)}, std::pair{nextPath, csvOf(next)}}) {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
    }
    std::printf("first declaration: %d lines, %d of them likely duplicates answered in the file (kept apart, merged, same NIR)\n",
                lines, planted);

    // The plain side runs the store's SQL layer exactly as submit() does: same catalog, one transaction.
    core::Hlc hlc(clock, QStringLiteral("bench"));
    const workforce::WriteContext plainContext{QStringLiteral("doc"), clock.nowUtc().toString(Qt::ISODateWithMs), clock.today(),
                                               [&clock] { return core::newUuidV7(clock); },
                                               [&hlc] { return hlc.now().toString(); }};
    const workforce::EstablishmentRef plainEstablishment{QStringLiteral("est-0"), Siret, QStringLiteral("Établissement 0"),
                                                         QStringLiteral("active")};
    auto plainImport = [&](const QString& path, int y) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const workforce::CsvDeclaration csv = workforce::readDeclarationCsv(f.readAll());
        workforce::DeclarationRequest request;
        request.siret = Siret;
        request.year = y;
        request.lines = csv.lines;
        request.readProblems = csv.problems;
        request.source = QStringLiteral("csv");
        auto catalog = workforce::DeclarationStore::catalogFor(session, request.lines); // read from the encrypted copy, untimed
        workforce::DeclarationReport report;
        const double t = seconds([&] {
            QFile again(path);
            again.open(QIODevice::ReadOnly);
            const workforce::CsvDeclaration timed = workforce::readDeclarationCsv(again.readAll());
            request.lines = timed.lines;
            const workforce::DeclarationStore::Sql::BulkCache cache(plain, request.lines.size());
            plain.transaction();
            auto r = workforce::DeclarationStore::Sql::run(plain, plainContext, catalog.value(), plainEstablishment, request);
            if (!r) {
                std::fprintf(stderr, "plain import failed: %s\n", qPrintable(r.error().message));
                std::exit(1);
            }
            report = r.value();
            if (report.hasErrors()) {
                plain.rollback();
                refused("plain", report);
            }
            plain.commit();
        });
        return std::pair{t, report};
    };
    auto encryptedImport = [&](const QString& path, int y, bool dryRun) {
        workforce::DeclarationReport report;
        const double t = seconds([&] {
            auto r = workforce::DeclarationStore::importFile(session, Siret, y, path, dryRun);
            if (!r) {
                std::fprintf(stderr, "encrypted import failed: %s\n", qPrintable(r.error().message));
                std::exit(1);
            }
            report = r.value();
        });
        if (report.hasErrors())
            refused("encrypted", report);
        return std::pair{t, report};
    };
    auto count = [](QSqlDatabase db, const char* sql) {
        QSqlQuery q(db);
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    };

    std::printf("%-52s %10s %10s\n", "measure", "encrypted", "plain");
    const auto [dryEnc, dryReport] = encryptedImport(firstPath, year, true);
    std::printf("%-52s %10.3f %10s s\n", "first declaration, dry run (checks, duplicates)", dryEnc, "-");
    const qint64 outbox = count(session.db().sql(), "SELECT count(*) FROM _outbox");
    const auto [firstEnc, firstReport] = encryptedImport(firstPath, year, false);
    const auto [firstPlain, firstPlainReport] = plainImport(firstPath, year);
    line("first declaration, imported (one transaction)", firstEnc, firstPlain, "s ");
    std::printf("  %d new workers, %d known, %d merged; SI %d, SIA %d, SIR %d; %lld visit requests; %lld outbox rows\n",
                firstReport.workersCreated, firstReport.workersMatched, firstReport.merges, firstReport.distribution.si,
                firstReport.distribution.sia, firstReport.distribution.sir, qlonglong(firstReport.visitRequests.size()),
                count(session.db().sql(), "SELECT count(*) FROM _outbox") - outbox);
    if (firstPlainReport.workersCreated != firstReport.workersCreated)
        std::printf("  WARNING: the plain run created %d workers\n", firstPlainReport.workersCreated);

    const auto [nextEnc, nextReport] = encryptedImport(nextPath, year + 1, false);
    const auto [nextPlain, nextPlainReport] = plainImport(nextPath, year + 1);
    line("next year's declaration, imported", nextEnc, nextPlain, "s ");
    std::printf("  %d known workers, %d new; %lld arrivals, %lld departures, %lld changes of category\n",
                nextReport.workersMatched, nextReport.workersCreated, qlonglong(nextReport.diff.arrivals.size()),
                qlonglong(nextReport.diff.departures.size()), qlonglong(nextReport.diff.changes.size()));
    (void)nextPlainReport;

    // One-off: workers written by another path get their keys computed before the next duplicate search.
    double keysEnc = 0, keysPlain = 0;
    if (backfill > 0) {
        for (QSqlDatabase db : {session.db().sql(), plain}) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("UPDATE _capture SET suspended = 1"));
            db.transaction();
            // As if these workers had been written by another path: no keys yet, queued by the trigger.
            must(q.exec(QStringLiteral("INSERT INTO _worker_keys_pending(worker_id) SELECT id FROM workers "
                                       "WHERE merged_into IS NULL ORDER BY rowid LIMIT %1").arg(backfill)), q);
            must(q.exec(QStringLiteral("DELETE FROM _worker_keys WHERE worker_id IN (SELECT worker_id FROM _worker_keys_pending)")), q);
            db.commit();
            q.exec(QStringLiteral("UPDATE _capture SET suspended = 0"));
        }
        keysEnc = seconds([&] { (void)workforce::IdentityStore::refreshKeys(session); });
        keysPlain = seconds([&] {
            for (;;) {
                plain.transaction();
                auto n = workforce::IdentityStore::Sql::refreshKeys(plain, 20000);
                plain.commit();
                if (!n || n.value() < 20000)
                    break;
            }
        });
        std::printf("%-52s %10.3f %10.3f s    ratio %.2f\n", qPrintable(QStringLiteral("identity keys of %1 workers (one-off)").arg(backfill)),
                    keysEnc, keysPlain, keysPlain > 0 ? keysEnc / keysPlain : 0.0);
    }

    std::printf("\nfile sizes: encrypted %.1f MB, plain %.1f MB\n", double(QFile(encPath).size()) / 1e6,
                double(QFile(plainPath).size()) / 1e6);
    std::printf("goal: a %d-line declaration imported in < 5 s against %d workers -> first %.2f s, next year %.2f s: %s\n", lines,
                workers, firstEnc, nextEnc, firstEnc < 5 && nextEnc < 5 ? "met" : "NOT met");
    plain.close();
    plain = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    return 0;
}
