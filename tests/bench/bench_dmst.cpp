// ./dev bench dmst — opening a worker's medical record with 30 years of history (hundreds of
// entries: consultations, documents, exposures, work history, correspondence, and the audit trail of
// all those years) to a usable screen: dmst::RecordPage::openWorker(), exactly what choosing the
// worker in the search does (identity banner, consultation and document lists, the physician's access
// history, the retention date, the draft to resume), on an encrypted database that also holds
// thousands of other workers' records. Goal: < 150 ms.
//
// By default on the large demo database: `vigie-cli demo` (50,000 workers, as `./dev run` makes it),
// one worker of Dr Fontaine's team given the 30 years of record, 5,000 of the team's others three
// years each; the physician signs in and opens it. `--synthetic` uses the bench's own database instead.
//
// Usage: bench-dmst [--demo-workers N] [--others N] [--years N] [--runs N] | --synthetic [--workers N] [--years N] [--runs N]
#include "core/Clock.h"
#include "core/Uuid.h"
#include "dmst/DocumentStore.h"
#include "dmst/ExportStore.h"
#include "dmst/RecordStore.h"
#include "dmst/ui/RecordPage.h"
#include "security/PolicyStore.h"
#include "security/Session.h"
#include "security/SignIn.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "thesaurus/ThesaurusStore.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <cstdio>
#include <vector>

using namespace vigie;

namespace {

bool exec(QSqlQuery& q)
{
    if (q.exec())
        return true;
    std::fprintf(stderr, "SQL error: %s\n", qPrintable(storage::sqlErrorText(q)));
    return false;
}

struct Counts {
    int consultations = 0;
    int documents = 0;
    int exposures = 0;
    int history = 0;
    int letters = 0;
};

// One worker's record over `years` years ending on `today`: a visit every ~5 weeks on average
// (hundreds over 30 years: periodic, return, on-request visits and their corrections), a document per
// visit for one in three, exposures and posts changing every few years.
struct Place {
    QString establishmentId;
    QString physicianId;
};

Counts fillRecord(QSqlDatabase db, const QString& worker, const Place& place, const QDate& today, int years, QRandomGenerator& rng,
                  const core::Clock& clock)
{
    Counts n;
    const QDate start = today.addYears(-years);
    QSqlQuery c(db), d(db), e(db), h(db), l(db);
    c.prepare(QStringLiteral("INSERT INTO dmst_consultations(id, worker_id, establishment_id, kind, reason, status, visit_date, arrival_time, departure_time, "
                             "professional_id, interview, weight_kg, height_cm, systolic_mmhg, diastolic_mmhg, vision, hearing, urine, conclusion, saved_at, "
                             "closed_at, closed_by, hlc, updated_by) VALUES (?, ?, ?, ?, 'Suivi', 'closed', ?, '09:00', '09:30', ?, ?, ?, 168, ?, ?, "
                             "'10/10', 'normale', 'RAS', 'Pas de contre-indication', ?, ?, ?, '0', 'bench')"));
    d.prepare(QStringLiteral("INSERT INTO dmst_documents(id, worker_id, consultation_id, kind, status, issued_on, fields, html, signed_at, signed_by, hlc, updated_by) "
                             "VALUES (?, ?, ?, 'attestation', 'signed', ?, '{}', ?, ?, ?, '0', 'bench')"));
    e.prepare(QStringLiteral("INSERT INTO dmst_exposures(id, worker_id, exposure_code, l4161_factor, retention_regime, intensity, start_date, end_date, hlc, updated_by) "
                             "VALUES (?, ?, ?, 'CHEMICAL_AGENTS', ?, 'medium', ?, ?, '0', 'bench')"));
    h.prepare(QStringLiteral("INSERT INTO dmst_work_history(id, worker_id, employer, post, naf, start_date, end_date, hlc, updated_by) "
                             "VALUES (?, ?, ?, 'Soudeur', '25.62A', ?, ?, '0', 'bench')"));
    l.prepare(QStringLiteral("INSERT INTO dmst_correspondence(id, worker_id, direction, correspondent, dated, subject, body, recorded_by, hlc, updated_by) "
                             "VALUES (?, ?, 'received', 'Dr Martin', ?, 'Compte rendu', ?, ?, '0', 'bench')"));
    const QString html = QString(3000, QLatin1Char('x'));
    for (QDate day = start; day < today; day = day.addDays(20 + int(rng.bounded(30)))) {
        const QString id = core::newUuidV7(clock);
        const QString iso = day.toString(Qt::ISODate);
        c.addBindValue(id);
        c.addBindValue(worker);
        c.addBindValue(place.establishmentId);
        c.addBindValue(n.consultations % 7 == 0 ? QStringLiteral("RETURN") : QStringLiteral("EMA_RENEWAL"));
        c.addBindValue(iso);
        c.addBindValue(place.physicianId);
        c.addBindValue(QStringLiteral("Entretien du %1 : ").arg(iso) + QString(400, QLatin1Char('a')));
        c.addBindValue(60.0 + rng.bounded(20));
        c.addBindValue(110 + int(rng.bounded(40)));
        c.addBindValue(65 + int(rng.bounded(25)));
        c.addBindValue(iso + QStringLiteral("T09:30:00.000Z"));
        c.addBindValue(iso + QStringLiteral("T09:31:00.000Z"));
        c.addBindValue(place.physicianId);
        if (!exec(c))
            return n;
        ++n.consultations;
        if (n.consultations % 3 == 0) {
            d.addBindValue(core::newUuidV7(clock));
            d.addBindValue(worker);
            d.addBindValue(id);
            d.addBindValue(iso);
            d.addBindValue(html);
            d.addBindValue(iso + QStringLiteral("T09:31:00.000Z"));
            d.addBindValue(place.physicianId);
            if (!exec(d))
                return n;
            ++n.documents;
        }
        if (n.consultations % 8 == 0) {
            e.addBindValue(core::newUuidV7(clock));
            e.addBindValue(worker);
            e.addBindValue(n.exposures % 2 ? QStringLiteral("CHIM.CMR.BENZENE") : QStringLiteral("PHYS.BRUIT.80"));
            e.addBindValue(n.exposures % 2 ? QVariant(QStringLiteral("R4412-55")) : QVariant(QMetaType(QMetaType::QString)));
            e.addBindValue(iso);
            e.addBindValue(day.addYears(2).toString(Qt::ISODate));
            if (!exec(e))
                return n;
            ++n.exposures;
        }
        if (n.consultations % 20 == 0) {
            h.addBindValue(core::newUuidV7(clock));
            h.addBindValue(worker);
            h.addBindValue(QStringLiteral("Employeur %1").arg(n.history));
            h.addBindValue(iso);
            h.addBindValue(day.addYears(3).toString(Qt::ISODate));
            if (!exec(h))
                return n;
            ++n.history;
            l.addBindValue(core::newUuidV7(clock));
            l.addBindValue(worker);
            l.addBindValue(iso);
            l.addBindValue(QString(600, QLatin1Char('b')));
            l.addBindValue(place.physicianId);
            if (!exec(l))
                return n;
            ++n.letters;
        }
    }
    return n;
}


// Years of the worker's audit trail: reads and writes by the team, six per consultation.
bool appendAuditYears(security::Session& admin, const QString& worker, QDate today, int years, int consultations)
{
    storage::Transaction tx(admin.db());
    QDateTime at(today.addYears(-years).startOfDay(Qt::UTC));
    for (int i = 0; i < consultations * 6; ++i) {
        at = at.addSecs(3600 * 24 * 365LL * years / (consultations * 6));
        if (auto s = storage::AuditTrail::appendAt(admin.db(),
                                                   storage::AuditEvent{QStringLiteral("medecin"), QStringLiteral("physician"),
                                                                       i % 3 ? QStringLiteral("read") : QStringLiteral("write"),
                                                                       QStringLiteral("dmst.part3"), worker, 3,
                                                                       QStringLiteral("allowed"), {}},
                                                   at);
            !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return false;
        }
    }
    return bool(tx.commit());
}

// Opens the record `runs` times as the physician, reports the median and where the time goes.
int measure(security::Session& session, const QString& targetId, int runs)
{
    dmst::RecordPage page(session);
    page.resize(1280, 860);
    page.show();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        page.clearPersonalData();
        QElapsedTimer t;
        t.start();
        if (!page.openWorker(targetId)) {
            std::fprintf(stderr, "cannot open the record: %s\n", qPrintable(page.statusText()));
            return 1;
        }
        QCoreApplication::processEvents(); // laid out and painted: usable
        page.repaint();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2];
    std::printf("open the record to a usable screen (RecordPage::openWorker, %d runs): first %.1f ms, median %.1f ms, max %.1f ms\n", runs, ms.front(),
                median, sorted.back());
    std::printf("access history rows shown: %d\n", page.accessHistory()->rowCount());
    // Where the time goes: each store call the page makes (each one a policy check and an audit record).
    const auto medianOf = [&](const char* what, const std::function<bool()>& call) {
        std::vector<double> t;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!call())
                std::fprintf(stderr, "%s failed\n", what);
            t.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(t.begin(), t.end());
        std::printf("  %-44s median %6.1f ms\n", what, t[t.size() / 2]);
    };
    medianOf("RecordStore::identity", [&] { return bool(dmst::RecordStore::identity(session, targetId)); });
    medianOf("ConsultationStore::list", [&] { return bool(dmst::ConsultationStore::list(session, targetId)); });
    medianOf("DocumentStore::list", [&] { return bool(dmst::DocumentStore::list(session, targetId)); });
    medianOf("RecordStore::accessHistory (200 rows)", [&] { return bool(dmst::RecordStore::accessHistory(session, targetId)); });
    medianOf("ExportStore::retention", [&] { return bool(dmst::ExportStore::retention(session, targetId)); });
    medianOf("PolicyStore::require alone (with its audit)",
             [&] { return bool(security::PolicyStore::require(session, security::Action::Read, targetId, 3)); });
    std::printf("goal: < 150 ms -> %s\n", median < 150 ? "met" : "NOT met");
    return 0;
}

// A database of its own: `workers` records of three years and the target's of `years`.
int synthetic(QTemporaryDir& tmp, core::ManualClock& clock, int workers, int years, int runs)
{
    const QString path = tmp.filePath(QStringLiteral("bench-dmst.db"));
    const storage::SecretKey key = storage::SecretKey::random();
    storage::Database::Options o;
    o.mode = storage::Database::Mode::CreateNew;
    auto opened = storage::Database::open(path, key, o);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 5;
    }
    security::Session admin(std::move(opened.value()), key,
                            security::Account{QStringLiteral("acc-admin"), QStringLiteral("admin"), QStringLiteral("admin"), security::Role::Admin, {}, true},
                            clock);
    if (auto s = thesaurus::ThesaurusStore::ensureShipped(admin); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 5;
    }
    std::printf("Vigie DMST benchmark: one record of %d years among %d workers' records, folder %s\n", years, workers, qPrintable(tmp.path()));
    QElapsedTimer gen;
    gen.start();
    QRandomGenerator rng(20261124);
    Counts target;
    {
        storage::Transaction tx(admin.db());
        if (!admin.db().execScript(QStringLiteral(
                "INSERT INTO accounts(id, login, display_name, role, created_at, hlc, updated_by) VALUES "
                "('acc-medecin', 'medecin', 'Dr Claire Fontaine', 'physician', '2026-01-01', '0', 'bench');"
                "INSERT INTO enterprises(id, siren, name, hlc, updated_by) VALUES ('ent', '732829320', 'Atelier Test', '0', 'bench');"
                "INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, hlc, updated_by) VALUES "
                "('est-a', 'ent', '73282932000017', 'Atelier Nord', 'atelier nord', '25.62A', '0', 'bench');"
                "INSERT INTO teams(id, name, physician_id, hlc, updated_by) VALUES ('team-a', 'Equipe A', 'acc-medecin', '0', 'bench');"
                "INSERT INTO team_establishments(id, team_id, establishment_id, hlc, updated_by) VALUES ('te-a', 'team-a', 'est-a', '0', 'bench');"))) {
            std::fprintf(stderr, "cannot create the accounts\n");
            return 5;
        }
        QSqlQuery w(admin.db().sql()), e(admin.db().sql()), r(admin.db().sql());
        w.prepare(QStringLiteral("INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, ins_status, "
                                 "birth_name_fold, hlc, updated_by) VALUES (?, ?, 'Marie', 'Marie', '1970-05-04', 'F', 'PROV', ?, '0', 'bench')"));
        e.prepare(QStringLiteral("INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, follow_up, hlc, updated_by) "
                                 "VALUES (?, ?, 'est-a', 'Soudeuse', 'CDI', '1996-09-01', 'SIR', '0', 'bench')"));
        r.prepare(QStringLiteral("INSERT INTO dmst_rights_information(id, worker_id, informed_on, means, occasion, recorded_by, hlc, updated_by) "
                                 "VALUES (?, ?, '1996-09-15', 'paper', 'creation', 'acc-medecin', '0', 'bench')"));
        for (int i = 0; i <= workers; ++i) {
            const QString id = i == 0 ? QStringLiteral("target") : core::newUuidV7(clock);
            w.addBindValue(id);
            w.addBindValue(QStringLiteral("NOM%1").arg(i));
            w.addBindValue(QStringLiteral("nom%1").arg(i));
            e.addBindValue(core::newUuidV7(clock));
            e.addBindValue(id);
            r.addBindValue(core::newUuidV7(clock));
            r.addBindValue(id);
            if (!exec(w) || !exec(e) || !exec(r))
                return 5;
            // The others: a few years of record each, so the tables are large.
            const Counts c = fillRecord(admin.db().sql(), id, Place{QStringLiteral("est-a"), QStringLiteral("acc-medecin")}, clock.today(),
                                        i == 0 ? years : 3, rng, clock);
            if (i == 0)
                target = c;
        }
        if (auto s = tx.commit(); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 5;
        }
    }
    if (!appendAuditYears(admin, QStringLiteral("target"), clock.today(), years, target.consultations))
        return 5;
    std::printf("data generated in %.1f s; the record: %d consultations, %d documents, %d exposures, %d posts, %d letters\n",
                double(gen.elapsed()) / 1000.0, target.consultations, target.documents, target.exposures, target.history, target.letters);
    (void)admin.db().execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    // The physician's session on a fresh connection, as after signing in.
    auto db = storage::Database::open(path, key);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 5;
    }
    security::Session session(std::move(db.value()), key,
                              security::Account{QStringLiteral("acc-medecin"), QStringLiteral("medecin"), QStringLiteral("Dr Claire Fontaine"),
                                                security::Role::Physician, {}, true},
                              clock);
    return measure(session, QStringLiteral("target"), runs);

}

// The large demo database (`vigie-cli demo`, as `./dev run` makes it), into which one worker of Dr
// Fontaine's team gets `years` of record and `others` of its workers three years each.
int onDemo(QTemporaryDir& tmp, core::ManualClock& clock, int demoWorkers, int others, int years, int runs)
{
    const QString path = tmp.filePath(QStringLiteral("vigie-demo.db"));
    const QString passwordFile = tmp.filePath(QStringLiteral("password"));
    const QString password = QStringLiteral("Demo-Vigie-2026!");
    {
        QFile f(passwordFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(password.toUtf8() + '\n') < 0)
            return 5;
    }
    std::printf("Vigie DMST benchmark on the demo database (%d workers): one record of %d years, %d others of 3 years, folder %s\n",
                demoWorkers, years, others, qPrintable(tmp.path()));
    QElapsedTimer gen;
    gen.start();
    QProcess cli;
    cli.start(QCoreApplication::applicationDirPath() + QStringLiteral("/vigie-cli"),
              {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--password-file"), passwordFile, QStringLiteral("--workers"),
               QString::number(demoWorkers), QStringLiteral("--today"), clock.today().toString(Qt::ISODate)});
    if (!cli.waitForFinished(-1) || cli.exitCode() != 0) {
        std::fprintf(stderr, "vigie-cli demo failed: %s\n", cli.readAllStandardError().constData());
        return 5;
    }
    std::printf("demo database made in %.1f s\n", double(gen.elapsed()) / 1000.0);
    gen.restart();
    auto admin = security::signIn(path, QStringLiteral("admin"), password, clock);
    if (!admin) {
        std::fprintf(stderr, "%s\n", qPrintable(admin.error().message));
        return 5;
    }
    // Dr Fontaine's team's workers, in a stable order; the first is the target.
    QSqlQuery q(admin.value()->db().sql());
    q.prepare(QStringLiteral("SELECT e.worker_id, e.establishment_id, t.physician_id FROM employments e "
                             "JOIN team_establishments te ON te.establishment_id = e.establishment_id AND te.deleted = 0 "
                             "JOIN teams t ON t.id = te.team_id JOIN accounts a ON a.id = t.physician_id "
                             "WHERE a.login = 'medecin' AND e.deleted = 0 GROUP BY e.worker_id ORDER BY e.worker_id LIMIT ?"));
    q.addBindValue(others + 1);
    if (!exec(q))
        return 5;
    QList<QPair<QString, Place>> chosen;
    while (q.next())
        chosen.append({q.value(0).toString(), Place{q.value(1).toString(), q.value(2).toString()}});
    if (chosen.isEmpty()) {
        std::fprintf(stderr, "the demo has no worker in Dr Fontaine's team\n");
        return 5;
    }
    const QString targetId = chosen.first().first;
    QRandomGenerator rng(20261124);
    Counts target;
    {
        storage::Transaction tx(admin.value()->db());
        QSqlQuery r(admin.value()->db().sql());
        r.prepare(QStringLiteral("INSERT INTO dmst_rights_information(id, worker_id, informed_on, means, occasion, recorded_by, hlc, updated_by) "
                                 "SELECT ?, ?, '1996-09-15', 'paper', 'creation', ?, '0', 'bench' "
                                 "WHERE NOT EXISTS (SELECT 1 FROM dmst_rights_information WHERE worker_id = ?)"));
        for (qsizetype i = 0; i < chosen.size(); ++i) {
            const auto& [worker, place] = chosen.at(i);
            r.addBindValue(core::newUuidV7(clock));
            r.addBindValue(worker);
            r.addBindValue(place.physicianId);
            r.addBindValue(worker);
            if (!exec(r))
                return 5;
            const Counts c = fillRecord(admin.value()->db().sql(), worker, place, clock.today(), i == 0 ? years : 3, rng, clock);
            if (i == 0)
                target = c;
        }
        if (auto s = tx.commit(); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 5;
        }
    }
    if (!appendAuditYears(*admin.value(), targetId, clock.today(), years, target.consultations))
        return 5;
    std::printf("records added in %.1f s; the record: %d consultations, %d documents, %d exposures, %d posts, %d letters\n",
                double(gen.elapsed()) / 1000.0, target.consultations, target.documents, target.exposures, target.history, target.letters);
    (void)admin.value()->db().execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    admin.value().reset();
    // The physician signs in, as at the start of a consultation day.
    auto physician = security::signIn(path, QStringLiteral("medecin"), password, clock);
    if (!physician) {
        std::fprintf(stderr, "%s\n", qPrintable(physician.error().message));
        return 5;
    }
    return measure(*physician.value(), targetId, runs);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int workers = 5000;     // --synthetic: other records in the bench's own database
    int demoWorkers = 50000; // the demo database's size (./dev run makes 50,000)
    int others = 5000;      // on the demo: other workers given three years of record
    int years = 30;
    int runs = 15;
    bool demo = true;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const auto next = [&] { return i + 1 < args.size() ? args.at(++i).toInt() : 0; };
        if (a == QLatin1String("--synthetic"))
            demo = false;
        else if (a == QLatin1String("--workers"))
            workers = next();
        else if (a == QLatin1String("--demo-workers"))
            demoWorkers = std::max(100, next());
        else if (a == QLatin1String("--others"))
            others = std::max(0, next());
        else if (a == QLatin1String("--years"))
            years = std::max(1, next());
        else if (a == QLatin1String("--runs"))
            runs = std::max(1, next());
        else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(a));
            return 2;
        }
    }
    QTemporaryDir tmp;
    core::ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC));
    return demo ? onDemo(tmp, clock, demoWorkers, others, years, runs) : synthetic(tmp, clock, workers, years, runs);
}
