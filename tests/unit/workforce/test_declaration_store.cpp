// Workforce declarations in a real encrypted database (DeclarationStore.h): all or nothing in one
// transaction, the full report of a refused file with the database unchanged (row counts and the
// outbox), dry runs, the distribution, the difference with the previous year, the visit requests of
// the arrivals, rights and audit.
#include "WorkforceTestSupport.h"
#include "catch_qt.h"

#include "core/Siret.h"
#include "workforce/DeclarationStore.h"

#include <QTemporaryDir>

using namespace vigie;
using workforce::Category;
using workforce::DeclarationReport;
using workforce::DeclarationRequest;
using workforce::DeclarationStore::submit;

namespace {
DeclarationRequest request(int year, const QStringList& rows, bool dryRun = false, const QString& siret = test::SiretA)
{
    DeclarationRequest r;
    r.siret = siret;
    r.year = year;
    r.lines = test::linesOf(rows);
    r.dryRun = dryRun;
    return r;
}

// A year's workforce of the Atelier Nord, good lines only.
const QStringList Good2026{
    QStringLiteral("Durand;Paul;1975-11-30;M;;Comptable;CDI;2015-03-01;;0;;"),
    QStringLiteral("Lefèvre;Marie Hélène;12/03/1980;F;;Soudeuse;CDI;2026-09-01;;0;CHIM.AMIANTE;"),
    QStringLiteral("Martin;Jean;1999-07-01;M;;Cariste de nuit;CDD;2026-10-01;;1;;"),
    QStringLiteral("Petit;Léa;2005-05-10;F;;Apprentie;APPRENTICE;2026-10-01;;0;CHIM.FARINE;"),
    QStringLiteral("Roux;Anne;1988-04-04;F;;Magasinière;CDI;2026-10-15;;0;;"),
};

QStringList columnsAt(const DeclarationReport& r, int line)
{
    QStringList out;
    for (const workforce::Problem& p : r.problems)
        if (p.line == line && p.severity == workforce::Severity::Error)
            out << p.column;
    return out;
}

const workforce::PlannedVisitRequest* requestOf(const DeclarationReport& r, int line)
{
    for (const workforce::LineResult& l : r.lines)
        if (l.line == line)
            for (const workforce::PlannedVisitRequest& v : r.visitRequests)
                if (v.employmentId == l.employmentId)
                    return &v;
    return nullptr;
}
} // namespace

TEST_CASE("a declaration with any bad line is refused with every error by line and column, and nothing is written")
{
    test::WorkforceDb db;
    auto session = db.session(QStringLiteral("planif"));
    // Something already recorded, so that "unchanged" is not trivially an empty database.
    auto base = submit(*session, request(2025, {QStringLiteral("Durand;Paul;1975-11-30;M;;Comptable;CDI;2015-03-01;;0;;")}));
    REQUIRE(base.ok());
    REQUIRE(base.value().accepted);
    const QList<qint64> before = test::footprint(*session);
    REQUIRE(before.last() > 0); // the outbox holds the base declaration

    QStringList rows = Good2026;
    rows << QStringLiteral("Bernard;Luc;31/02/1990;M;;Chauffeur;CDI;2026-01-05;;0;;")           // line 7
         << QStringLiteral(";Ana;1990-01-01;X;185057800608436;Agent;CDX;;;peut-être;CHIM;")     // line 8
         << QStringLiteral("Simon;Eva;1991-02-02;F;;Vendeuse;CDI;2026-03-01;2025-01-01;0;PHYS.INCONNU;"); // line 9
    const DeclarationReport r = [&] {
        auto res = submit(*session, request(2026, rows));
        REQUIRE(res.ok());
        return res.value();
    }();
    CHECK_FALSE(r.accepted);
    CHECK(columnsAt(r, 7) == QStringList{QStringLiteral("birth_date")});
    CHECK(columnsAt(r, 8) == (QStringList{QStringLiteral("birth_name"), QStringLiteral("sex"), QStringLiteral("nir"),
                                          QStringLiteral("contract_type"), QStringLiteral("start_date"),
                                          QStringLiteral("night_work"), QStringLiteral("exposures")}));
    CHECK(columnsAt(r, 9) == (QStringList{QStringLiteral("end_date"), QStringLiteral("exposures")}));
    for (int good = 2; good <= 6; ++good)
        CHECK(columnsAt(r, good).isEmpty());
    CHECK(r.errorCount() == 10);
    CHECK(r.visitRequests.isEmpty());
    CHECK(test::footprint(*session) == before);
    CHECK(test::lastAudit(*session).startsWith(QStringLiteral("declare workforce.declaration failure establishment=%1 year=2026").arg(test::SiretA)));
    CHECK(test::lastAudit(*session).endsWith(QStringLiteral("errors=10")));
}

TEST_CASE("a refused file: structural errors and value errors are listed together, nothing is written")
{
    test::WorkforceDb db;
    auto session = db.session();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("effectif.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(test::DeclarationHeader) + "\n" + Good2026.join(QLatin1Char('\n')).toUtf8() +
            "\nGarcia;Hugo;1990-01-01;M;;Cariste;CDI;2026-01-01\n"          // line 7: fields missing
            "Garcia;Inès;1992-01-01;F;;Cariste;CDI;2026-01-01;;oui;;\n"       // line 8: good
            "Garcia;Zoé;1994-01-01;F;;Cariste;CDI;2026-13-01;;0;;\n");        // line 9: bad date
    f.close();
    const QList<qint64> before = test::footprint(*session);
    for (bool dryRun : {false, true}) {
        auto r = workforce::DeclarationStore::importFile(*session, test::SiretA, 2026, path, dryRun);
        REQUIRE(r.ok());
        CHECK_FALSE(r.value().accepted);
        REQUIRE(r.value().errorCount() == 2);
        const auto firstError = std::find_if(r.value().problems.cbegin(), r.value().problems.cend(),
                                             [](const workforce::Problem& p) { return p.severity == workforce::Severity::Error; });
        CHECK(firstError->line == 7);
        CHECK(firstError->message.contains(QStringLiteral("8 fields where the header has 12")));
        CHECK(columnsAt(r.value(), 9) == QStringList{QStringLiteral("start_date")});
        CHECK(test::footprint(*session) == before);
    }
}

TEST_CASE("a dry run reports what the declaration would do and writes nothing, then the real one then does it")
{
    test::WorkforceDb db;
    auto session = db.session();
    const QList<qint64> before = test::footprint(*session);
    auto dry = submit(*session, request(2026, Good2026, true));
    REQUIRE(dry.ok());
    CHECK_FALSE(dry.value().hasErrors());
    CHECK_FALSE(dry.value().accepted);
    CHECK(dry.value().distribution.si == 3);
    CHECK(dry.value().distribution.sia == 1);
    CHECK(dry.value().distribution.sir == 1);
    CHECK(dry.value().visitRequests.size() == 4);
    CHECK(test::footprint(*session) == before);
    CHECK(test::lastAudit(*session).startsWith(QStringLiteral("declare workforce.declaration dry_run")));

    auto real = submit(*session, request(2026, Good2026));
    REQUIRE(real.ok());
    CHECK(real.value().accepted);
    CHECK(real.value().distribution.si == dry.value().distribution.si);
    CHECK(real.value().distribution.sia == dry.value().distribution.sia);
    CHECK(real.value().distribution.sir == dry.value().distribution.sir);
    CHECK(real.value().diff.arrivals.size() == dry.value().diff.arrivals.size());
    CHECK(real.value().visitRequests.size() == dry.value().visitRequests.size());
}

TEST_CASE("an accepted declaration records workers, employments, exposures, categories and the arrivals' initial visits")
{
    test::WorkforceDb db;
    auto session = db.session();
    const qint64 outboxBefore = test::count(*session, QStringLiteral("_outbox"));
    auto res = submit(*session, request(2026, Good2026));
    REQUIRE(res.ok());
    const DeclarationReport& r = res.value();
    REQUIRE(r.accepted);
    CHECK(r.version == 1);
    CHECK(r.workersCreated == 5);
    CHECK(r.employmentsCreated == 5);
    CHECK(test::count(*session, QStringLiteral("workers")) == 5);
    CHECK(test::count(*session, QStringLiteral("workers"), QStringLiteral("ins_status = 'PROV' AND merged_into IS NULL")) == 5);
    CHECK(test::count(*session, QStringLiteral("employment_exposures")) == 2);
    CHECK(test::count(*session, QStringLiteral("employment_exposures"), QStringLiteral("sir_risk = 'ASBESTOS'")) == 1);
    CHECK(test::scalar(session->db(), QStringLiteral("SELECT json_array_length(lines) FROM workforce_declarations")).toInt() == 5);
    CHECK(test::count(*session, QStringLiteral("_worker_keys")) == 5);
    CHECK(test::count(*session, QStringLiteral("_worker_keys_pending")) == 0);
    // Every row went through change capture, in the same transaction.
    CHECK(test::count(*session, QStringLiteral("_outbox"), QStringLiteral("table_name = 'workers'")) == 5);
    CHECK(test::count(*session, QStringLiteral("_outbox")) == outboxBefore + 5 + 5 + 2 + 1 + 4);

    // Categories with their reasons, stored on the employment and the line.
    CHECK(test::scalar(session->db(), QStringLiteral("SELECT follow_up || ' ' || follow_up_reason FROM employments "
                                                     "WHERE post_title = 'Soudeuse'"))
              .toString() == QString::fromUtf8("SIR SIR: amiante (R4624-23 I 1°)"));
    CHECK(test::scalar(session->db(), QStringLiteral("SELECT follow_up_rule FROM employments WHERE post_title = 'Soudeuse'"))
              .toString() == QStringLiteral("SIR: ASBESTOS (R4624-23)"));
    // The declaration's snapshot: [line, worker, employment, category in force, arrival].
    CHECK(test::scalar(session->db(), QStringLiteral("SELECT count(*) FROM workforce_declarations, json_each(lines) "
                                                     "WHERE json_extract(value, '$[3]') = 'SIA'"))
              .toInt() == 1);
    CHECK(test::scalar(session->db(), QStringLiteral("SELECT json_extract(lines, '$[1][0]') || ' ' || json_extract(lines, '$[1][3]') || ' ' "
                                                     "|| json_extract(lines, '$[1][4]') FROM workforce_declarations"))
              .toString() == QStringLiteral("3 SIR 1"));

    // Distribution; no previous declaration: the arrivals are those who started in 2026.
    CHECK(r.distribution.total() == 5);
    CHECK_FALSE(r.diff.hasPrevious);
    CHECK(r.diff.arrivals.size() == 4);
    CHECK(r.diff.departures.isEmpty());
    CHECK(test::scalar(session->db(), QStringLiteral("SELECT si_count || '/' || sia_count || '/' || sir_count || ' ' || arrivals "
                                                     "|| ' ' || visit_requests || ' ' || status FROM workforce_declarations"))
              .toString() == QStringLiteral("3/1/1 4 4 accepted"));

    // The initial visits, by the rules on 24 November 2026.
    const auto* sir = requestOf(r, 3);
    REQUIRE(sir);
    CHECK(sir->kind == scheduling::VisitKind::Ema);
    CHECK(sir->dueBy == QDate(2026, 9, 1));
    CHECK(sir->performer == scheduling::Performer::Mt);
    CHECK(sir->basis == QStringLiteral("R4624-24"));
    const auto* night = requestOf(r, 4);
    REQUIRE(night);
    CHECK(night->kind == scheduling::VisitKind::Vip);
    CHECK(night->dueBy == QDate(2026, 10, 1));
    CHECK(night->basis == QStringLiteral("R4624-18"));
    const auto* apprentice = requestOf(r, 5);
    REQUIRE(apprentice);
    CHECK(apprentice->dueBy == QDate(2026, 12, 1));
    CHECK(apprentice->basis == QStringLiteral("apprentice: 2 months"));
    const auto* si = requestOf(r, 6);
    REQUIRE(si);
    CHECK(si->kind == scheduling::VisitKind::Vip);
    CHECK(si->dueBy == QDate(2027, 1, 15));
    CHECK(si->performer == scheduling::Performer::HealthPro);
    CHECK(si->basis == QStringLiteral("R4624-10"));
    CHECK_FALSE(requestOf(r, 2)); // in post since 2015: not an arrival
    CHECK(test::scalar(session->db(), QStringLiteral("SELECT group_concat(kind || ' ' || due_by || ' ' || performer || ' ' || status, ', ') "
                                                     "FROM (SELECT * FROM visit_requests ORDER BY due_by)"))
              .toString() == QStringLiteral("EMA 2026-09-01 MT open, VIP 2026-10-01 HEALTH_PRO open, "
                                            "VIP 2026-12-01 HEALTH_PRO open, VIP 2027-01-15 HEALTH_PRO open"));

    CHECK(test::lastAudit(*session) == QStringLiteral("declare workforce.declaration success establishment=%1 year=2026 source=form "
                                                      "lines=5 errors=0 declaration=%2 version=1 created=5 matched=0 merged=0 "
                                                      "requests=4")
                                           .arg(test::SiretA, r.declarationId));
}

TEST_CASE("the difference with the previous year: arrivals, departures, changes of category, then arrivals only get visits")
{
    test::WorkforceDb db;
    auto session = db.session();
    auto y2025 = submit(*session, request(2025, {QStringLiteral("Durand;Paul;1975-11-30;M;;Comptable;CDI;2015-03-01;;0;;"),
                                                 QStringLiteral("Martin;Jean;1999-07-01;M;;Cariste de nuit;CDD;2024-10-01;;1;;"),
                                                 QStringLiteral("Roux;Anne;1988-04-04;F;;Magasinière;CDI;2019-10-15;;0;;")}));
    REQUIRE(y2025.ok());
    REQUIRE(y2025.value().accepted);
    const qint64 requests = test::count(*session, QStringLiteral("visit_requests"));

    // 2026: Roux left, Martin now works with benzene, Garcia arrived.
    auto res = submit(*session, request(2026, {QStringLiteral("DURAND;Paul;30/11/1975;M;;Comptable;CDI;2015-03-01;;0;;"),
                                               QStringLiteral("Martin;Jean;1999-07-01;M;;Cariste de nuit;CDD;2024-10-01;;1;CHIM.CMR.BENZENE;"),
                                               QStringLiteral("Garcia;Hugo;1990-01-01;M;;Cariste;CDI;2026-06-01;;0;;")}));
    REQUIRE(res.ok());
    const DeclarationReport& r = res.value();
    REQUIRE(r.accepted);
    CHECK(r.workersMatched == 2);
    CHECK(r.workersCreated == 1);
    CHECK(r.employmentsUpdated == 1); // Martin's post; Durand's is unchanged
    REQUIRE(r.diff.hasPrevious);
    REQUIRE(r.diff.arrivals.size() == 1);
    CHECK(r.names.value(r.diff.arrivals.first().workerId) == QStringLiteral("GARCIA Hugo"));
    REQUIRE(r.diff.departures.size() == 1);
    CHECK(r.names.value(r.diff.departures.first().workerId) == QStringLiteral("ROUX Anne"));
    REQUIRE(r.diff.changes.size() == 1);
    CHECK(r.names.value(r.diff.changes.first().workerId) == QStringLiteral("MARTIN Jean"));
    CHECK(r.diff.changes.first().before == Category::Sia);
    CHECK(r.diff.changes.first().after == Category::Sir);
    CHECK(r.visitRequests.size() == 1);
    CHECK(test::count(*session, QStringLiteral("visit_requests")) == requests + 1);
    CHECK(test::count(*session, QStringLiteral("workers")) == 4);
    CHECK(test::scalar(session->db(), QStringLiteral("SELECT arrivals || ' ' || departures || ' ' || category_changes FROM "
                                                     "workforce_declarations WHERE year = 2026"))
              .toString() == QStringLiteral("1 1 1"));
}

TEST_CASE("departures: their open employments end the day before the declaration and their open visit requests are cancelled")
{
    test::WorkforceDb db; // today: 24 November 2026
    auto session = db.session();
    // 2025: Roux arrived that year, so she has an open initial-visit request; Durand has been there for years.
    auto y2025 = submit(*session, request(2025, {QStringLiteral("Durand;Paul;1975-11-30;M;;Comptable;CDI;2015-03-01;;0;;"),
                                                 QStringLiteral("Roux;Anne;1988-04-04;F;;Magasinière;CDI;2025-03-01;;0;;")}));
    REQUIRE(y2025.ok());
    REQUIRE(y2025.value().accepted);
    const QString roux = test::scalar(session->db(), QStringLiteral("SELECT id FROM workers WHERE upper(birth_name) = 'ROUX'")).toString();
    REQUIRE(test::count(*session, QStringLiteral("visit_requests"), QStringLiteral("status = 'open' AND worker_id = '%1'").arg(roux)) == 1);
    const QStringList y2026{QStringLiteral("Durand;Paul;1975-11-30;M;;Comptable;CDI;2015-03-01;;0;;")};

    SECTION("a dry run counts what it would close and writes nothing")
    {
        const qint64 outbox = test::count(*session, QStringLiteral("_outbox"));
        auto dry = submit(*session, request(2026, y2026, true));
        REQUIRE(dry.ok());
        CHECK(dry.value().employmentsClosed == 1);
        CHECK(dry.value().requestsCancelled == 1);
        CHECK(dry.value().closingDate == QDate(2026, 11, 23));
        CHECK(test::count(*session, QStringLiteral("employments"), QStringLiteral("end_date IS NOT NULL")) == 0);
        CHECK(test::count(*session, QStringLiteral("_outbox")) == outbox);
    }
    SECTION("the declaration closes Roux's employment only, and cancels her open request")
    {
        auto res = submit(*session, request(2026, y2026));
        REQUIRE(res.ok());
        REQUIRE(res.value().accepted);
        CHECK(res.value().employmentsClosed == 1);
        CHECK(res.value().requestsCancelled == 1);
        CHECK(test::scalar(session->db(), QStringLiteral("SELECT end_date FROM employments WHERE worker_id = '%1'").arg(roux))
                  .toString() == QStringLiteral("2026-11-23"));
        CHECK(test::count(*session, QStringLiteral("employments"), QStringLiteral("end_date IS NULL")) == 1);
        CHECK(test::count(*session, QStringLiteral("visit_requests"), QStringLiteral("status = 'cancelled' AND worker_id = '%1'").arg(roux)) == 1);
        // Declared again: nothing more to close.
        auto again = submit(*session, request(2026, y2026));
        REQUIRE(again.ok());
        CHECK(again.value().employmentsClosed == 0);
    }
    SECTION("a late declaration of a past year closes on 31 December of that year")
    {
        REQUIRE(submit(*session, request(2024, {QStringLiteral("Durand;Paul;1975-11-30;M;;Comptable;CDI;2015-03-01;;0;;"),
                                                QStringLiteral("Bernard;Luc;1970-02-02;M;;Chauffeur;CDI;2010-01-04;;0;;")}))
                    .ok());
        auto res = submit(*session, request(2025, {QStringLiteral("Durand;Paul;1975-11-30;M;;Comptable;CDI;2015-03-01;;0;;"),
                                                   QStringLiteral("Roux;Anne;1988-04-04;F;;Magasinière;CDI;2025-03-01;;0;;")}));
        REQUIRE(res.ok());
        REQUIRE(res.value().accepted);
        CHECK(res.value().employmentsClosed == 1);
        CHECK(test::scalar(session->db(), QStringLiteral("SELECT e.end_date FROM employments e JOIN workers w ON w.id = e.worker_id "
                                                         "WHERE upper(w.birth_name) = 'BERNARD'"))
                  .toString() == QStringLiteral("2025-12-31"));
    }
}

TEST_CASE("declaring the same year again supersedes the declaration, without duplicating workers or visit requests")
{
    test::WorkforceDb db;
    auto session = db.session();
    auto first = submit(*session, request(2026, Good2026));
    REQUIRE(first.ok());
    REQUIRE(first.value().accepted);
    const qint64 outbox = test::count(*session, QStringLiteral("_outbox"));
    auto again = submit(*session, request(2026, Good2026));
    REQUIRE(again.ok());
    REQUIRE(again.value().accepted);
    CHECK(again.value().version == 2);
    CHECK(again.value().workersCreated == 0);
    CHECK(again.value().workersMatched == 5);
    CHECK(again.value().employmentsCreated == 0);
    CHECK(again.value().employmentsUpdated == 0);
    CHECK(again.value().visitRequests.isEmpty());
    CHECK(test::count(*session, QStringLiteral("workers")) == 5);
    CHECK(test::count(*session, QStringLiteral("employments")) == 5);
    CHECK(test::count(*session, QStringLiteral("visit_requests")) == 4);
    CHECK(test::count(*session, QStringLiteral("workforce_declarations"), QStringLiteral("status = 'superseded' AND version = 1")) == 1);
    CHECK(test::count(*session, QStringLiteral("workforce_declarations"), QStringLiteral("status = 'accepted' AND version = 2")) == 1);
    // Only the new declaration and the old one's status: nothing else changed.
    CHECK(test::count(*session, QStringLiteral("_outbox")) == outbox + 1 + 1);
}

TEST_CASE("rights: the Membership or Planning module and an establishment of one's team, then refusals are audited")
{
    test::WorkforceDb db;
    SECTION("a director does not declare workforces")
    {
        auto director = db.session(QStringLiteral("directeur"));
        auto r = submit(*director, request(2026, Good2026));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == core::ErrorCode::Denied);
        CHECK(test::lastAudit(*director) == QStringLiteral("declare workforce.declaration denied reason=module"));
    }
    SECTION("another team's physician is refused this establishment")
    {
        auto other = db.session(QStringLiteral("medecin2"));
        auto r = submit(*other, request(2026, Good2026));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == core::ErrorCode::Denied);
        CHECK(test::lastAudit(*other) ==
              QStringLiteral("declare workforce.declaration denied establishment=%1 year=2026 reason=team").arg(test::SiretA));
        CHECK(submit(*other, request(2026, Good2026, true, test::SiretB)).ok());
    }
    SECTION("the team's planner declares; the establishments offered are the team's")
    {
        auto planner = db.session(QStringLiteral("planif"));
        auto list = workforce::DeclarationStore::establishments(*planner);
        REQUIRE(list.ok());
        REQUIRE(list.value().size() == 1);
        CHECK(list.value().first().siret == test::SiretA);
        auto r = submit(*planner, request(2026, Good2026));
        REQUIRE(r.ok());
        CHECK(r.value().accepted);
    }
    SECTION("bad target: invalid or unknown SIRET, year out of range")
    {
        auto doctor = db.session();
        QString badKey = test::SiretA;
        badKey[13] = QChar(u'0' + (badKey[13].digitValue() + 1) % 10);
        auto invalid = submit(*doctor, request(2026, Good2026, false, badKey));
        REQUIRE_FALSE(invalid.ok());
        CHECK(invalid.error().code == core::ErrorCode::Invalid);
        CHECK(invalid.error().message.contains(badKey));
        auto unknown = submit(*doctor, request(2026, Good2026, false, core::luhnCompleteSiret(QStringLiteral("7328293200099"))));
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().code == core::ErrorCode::Invalid);
        auto year = submit(*doctor, request(1999, Good2026));
        REQUIRE_FALSE(year.ok());
        CHECK(year.error().code == core::ErrorCode::Usage);
    }
}
