// Identity vigilance (IdentityStore.h, DeclarationStore.h): likely duplicates flagged before saving —
// same NIR, same traits with accents, case and hyphens folded, close phonetic forms — the user's
// answer (keep apart or merge), and merges audited and reversible.
#include "WorkforceTestSupport.h"
#include "catch_qt.h"

#include "workforce/DeclarationStore.h"
#include "workforce/IdentityStore.h"
#include "workforce/WorkerStore.h"

using namespace vigie;
using workforce::DeclarationReport;
using workforce::DeclarationRequest;
using workforce::DuplicateReason;
using workforce::Resolution;
using workforce::DeclarationStore::submit;

namespace {
const QString NirJean = QStringLiteral("170017500100109");  // a man born in January 1970
const QString NirOther = QStringLiteral("170017500100208"); // another one

DeclarationRequest request(const QString& siret, const QStringList& rows, bool dryRun = false)
{
    DeclarationRequest r;
    r.siret = siret;
    r.year = 2026;
    r.lines = test::linesOf(rows);
    r.dryRun = dryRun;
    return r;
}

// Workers already known, employed in the other team's establishment (B).
struct Known {
    test::WorkforceDb db;
    std::unique_ptr<security::Session> doctor = db.session(QStringLiteral("medecin"));
    QString lefevre, dupont, schmitt;

    Known()
    {
        auto other = db.session(QStringLiteral("medecin2"));
        auto r = submit(*other, request(test::SiretB, {QStringLiteral("Lefèvre-Dupont;Marie-Hélène;1980-03-12;F;;Soudeuse;CDI;2020-01-01;;0;;"),
                                                       QStringLiteral("Dupont;Jean;1970-01-01;M;%1;Chauffeur;CDI;2018-05-02;;0;;").arg(NirJean),
                                                       QStringLiteral("Schmitt;Anne;1985-06-15;F;;Vendeuse;CDI;2019-09-01;;0;;")}));
        if (!r || !r.value().accepted)
            qFatal("cannot declare the known workers");
        lefevre = r.value().lines[0].workerId;
        dupont = r.value().lines[1].workerId;
        schmitt = r.value().lines[2].workerId;
    }
    DeclarationReport declareA(const QStringList& rows, bool dryRun = false)
    {
        auto r = submit(*doctor, request(test::SiretA, rows, dryRun));
        if (!r)
            qFatal("declaration failed: %s", qPrintable(r.error().message));
        return r.value();
    }
};

const workforce::Problem* identityProblem(const DeclarationReport& r, int line)
{
    for (const workforce::Problem& p : r.problems)
        if (p.line == line && p.column == QLatin1String("identity") && p.severity == workforce::Severity::Error)
            return &p;
    return nullptr;
}
} // namespace

TEST_CASE("likely duplicates are flagged before saving: accents, case, hyphens, phonetic forms, same NIR")
{
    Known k;
    const QList<qint64> before = test::footprint(*k.doctor);
    struct Case {
        const char* name;
        QString row;
        QString candidate;
        DuplicateReason reason;
    };
    const QList<Case> cases{
        {"accents, case and hyphens folded", QStringLiteral("LEFEVRE DUPONT;Marie Helene;12/03/1980;F;;Soudeuse;CDI;2026-02-01;;0;;"),
         k.lefevre, DuplicateReason::SameTraits},
        {"phonetic: Dupond for Dupont", QStringLiteral("Dupond;Jean;1970-01-01;M;;Chauffeur;CDI;2026-02-01;;0;;"), k.dupont,
         DuplicateReason::Phonetic},
        {"phonetic: Schmidt for Schmitt", QStringLiteral("Schmidt;Anne;15/06/1985;F;;Vendeuse;CDI;2026-02-01;;0;;"), k.schmitt,
         DuplicateReason::Phonetic},
        {"phonetic: Lefebvre-Dupond", QStringLiteral("Lefebvre-Dupond;Marie-Hélène;1980-03-12;F;;Soudeuse;CDI;2026-02-01;;0;;"),
         k.lefevre, DuplicateReason::Phonetic},
        {"the same NIR with other traits", QStringLiteral("Dupuis;Jean;1970-01-01;M;%1;Chauffeur;CDI;2026-02-01;;0;;").arg(NirJean),
         k.dupont, DuplicateReason::SameNir},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const DeclarationReport r = k.declareA({c.row});
        CHECK_FALSE(r.accepted);
        const workforce::Problem* p = identityProblem(r, 2);
        REQUIRE(p);
        CHECK(p->message.contains(c.candidate));
        CHECK(p->message.contains(workforce::duplicateReasonText(c.reason)));
        CHECK(p->message.contains(QStringLiteral("\"new\"")));
        REQUIRE(r.lines.first().duplicates.size() == 1);
        CHECK(r.lines.first().duplicates.first().workerId == c.candidate);
        CHECK(r.lines.first().duplicates.first().reason == c.reason);
        CHECK_FALSE(r.lines.first().duplicates.first().employedHere);
        CHECK(test::footprint(*k.doctor) == before);
    }
}

TEST_CASE("not duplicates: the same NIR and traits is the same person, then two different NIRs are two people")
{
    Known k;
    const DeclarationReport same = k.declareA({QStringLiteral("DUPONT;Jean;01/01/1970;M;1 70 01 75 001 001 09;Chauffeur;CDI;2026-02-01;;0;;")});
    REQUIRE(same.accepted);
    CHECK(same.lines.first().resolution == Resolution::Existing);
    CHECK(same.lines.first().workerId == k.dupont);
    CHECK(same.workersCreated == 0);
    CHECK(test::count(*k.doctor, QStringLiteral("employments"), QStringLiteral("worker_id = '%1'").arg(k.dupont)) == 2);

    const DeclarationReport other = k.declareA({QStringLiteral("Dupont;Jean;1970-01-01;M;%1;Chauffeur;CDI;2026-02-01;;0;;").arg(NirOther)});
    REQUIRE(other.accepted);
    CHECK(other.lines.first().resolution == Resolution::New);
    CHECK(other.lines.first().duplicates.isEmpty());
}

TEST_CASE("answering \"new\" keeps the person apart: a new identity, HOMA for the same traits, audited")
{
    Known k;
    const DeclarationReport r = k.declareA({QStringLiteral("LEFEVRE DUPONT;Marie Helene;12/03/1980;F;;Soudeuse;CDI;2026-02-01;;0;;new")});
    REQUIRE(r.accepted);
    const QString created = r.lines.first().workerId;
    CHECK(created != k.lefevre);
    CHECK(r.lines.first().keptApart);
    CHECK(test::scalar(k.doctor->db(), QStringLiteral("SELECT ins_attributes FROM workers WHERE id = '%1'").arg(created)) ==
          QStringLiteral("HOMA"));
    CHECK(test::lastAudit(*k.doctor).startsWith(QStringLiteral("keep_apart worker.identity success declaration=%1 line=2 candidates=1")
                                                    .arg(r.declarationId)));
    // Declared again next time, the person is recognised in this establishment without a question.
    const DeclarationReport again = k.declareA({QStringLiteral("Lefèvre-Dupont;Marie-Hélène;1980-03-12;F;;Soudeuse;CDI;2026-02-01;;0;;")});
    REQUIRE(again.accepted);
    CHECK(again.lines.first().workerId == created);
    CHECK(again.lines.first().resolution == Resolution::Existing);
}

TEST_CASE("answering with a worker's id merges: audited, hidden from searches, and reversible")
{
    Known k;
    const DeclarationReport r = k.declareA({QStringLiteral("Lefebvre-Dupond;Marie-Hélène;1980-03-12;F;;Soudeuse;CDI;2026-02-01;;0;;%1").arg(k.lefevre)});
    REQUIRE(r.accepted);
    const workforce::LineResult& line = r.lines.first();
    CHECK(line.resolution == Resolution::Merge);
    CHECK(line.workerId == k.lefevre);
    CHECK(r.merges == 1);
    const QString typed = line.mergedIdentityId;
    CHECK(test::scalar(k.doctor->db(), QStringLiteral("SELECT merged_into FROM workers WHERE id = '%1'").arg(typed)) == k.lefevre);
    CHECK(test::scalar(k.doctor->db(), QStringLiteral("SELECT worker_id FROM employments WHERE id = '%1'").arg(line.employmentId)) ==
          k.lefevre);
    // The declaration's snapshot keeps the identity as declared; read through merged_into.
    CHECK(test::scalar(k.doctor->db(), QStringLiteral("SELECT json_extract(lines, '$[0][1]') FROM workforce_declarations "
                                                      "WHERE id = '%1'").arg(r.declarationId)) == typed);
    // Its keys now stand for the kept worker: the same spelling is recognised as them next time.
    CHECK(test::scalar(k.doctor->db(), QStringLiteral("SELECT alias_of FROM _worker_keys WHERE worker_id = '%1'").arg(typed)) ==
          k.lefevre);
    CHECK(test::count(*k.doctor, QStringLiteral("_audit"),
                      QStringLiteral("action = 'merge' AND worker_id IN ('%1', '%2')").arg(typed, k.lefevre)) == 2);
    const QString mergeId = test::scalar(k.doctor->db(), QStringLiteral("SELECT id FROM worker_merges")).toString();
    REQUIRE_FALSE(mergeId.isEmpty());

    // The merged-away identity is never found again.
    auto found = workforce::WorkerStore::findByName(*k.doctor, QStringLiteral("lefebvre"), 50);
    REQUIRE(found.ok());
    CHECK(found.value().isEmpty());
    auto kept = workforce::WorkerStore::findByName(*k.doctor, QStringLiteral("lefevre"), 50);
    REQUIRE(kept.ok());
    REQUIRE(kept.value().size() == 1);
    CHECK(kept.value().first().id == k.lefevre);

    SECTION("declared again with the same spelling, the line is recognised as the kept worker")
    {
        const DeclarationReport again =
            k.declareA({QStringLiteral("Lefebvre-Dupond;Marie-Hélène;1980-03-12;F;;Soudeuse;CDI;2026-02-01;;0;;")});
        REQUIRE(again.accepted);
        CHECK(again.lines.first().resolution == Resolution::Existing);
        CHECK(again.lines.first().workerId == k.lefevre);
        CHECK(again.workersCreated == 0);
    }
    SECTION("a planner may not undo a merge: refused and audited")
    {
        auto planner = k.db.session(QStringLiteral("planif"));
        const core::Status s = workforce::IdentityStore::undoMerge(*planner, mergeId);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == core::ErrorCode::Denied);
        CHECK(test::lastAudit(*planner).startsWith(QStringLiteral("write dmst.part1 denied")));
    }
    SECTION("the physician undoes it: the rows go back, the identity is searchable again, audited")
    {
        REQUIRE(workforce::IdentityStore::undoMerge(*k.doctor, mergeId).ok());
        CHECK(test::scalar(k.doctor->db(), QStringLiteral("SELECT merged_into IS NULL FROM workers WHERE id = '%1'").arg(typed)).toInt() == 1);
        CHECK(test::scalar(k.doctor->db(), QStringLiteral("SELECT worker_id FROM employments WHERE id = '%1'").arg(line.employmentId)) ==
              typed);
        CHECK(test::count(*k.doctor, QStringLiteral("visit_requests"), QStringLiteral("worker_id = '%1'").arg(typed)) == 1);
        CHECK(test::count(*k.doctor, QStringLiteral("_worker_keys"), QStringLiteral("worker_id = '%1' AND alias_of IS NULL").arg(typed)) == 1);
        CHECK(test::count(*k.doctor, QStringLiteral("_audit"), QStringLiteral("action = 'merge.undo'")) == 2);
        CHECK_FALSE(test::scalar(k.doctor->db(), QStringLiteral("SELECT undone_at FROM worker_merges WHERE id = '%1'").arg(mergeId))
                        .isNull());
        auto back = workforce::WorkerStore::findByName(*k.doctor, QStringLiteral("lefebvre"), 50);
        REQUIRE(back.ok());
        REQUIRE(back.value().size() == 1);
        CHECK(back.value().first().id == typed);
        // The kept worker is now only in the other team's establishment: its physician sees it was undone.
        auto otherDoctor = k.db.session(QStringLiteral("medecin2"));
        const core::Status twice = workforce::IdentityStore::undoMerge(*otherDoctor, mergeId);
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().code == core::ErrorCode::Invalid);
        CHECK(workforce::IdentityStore::undoMerge(*k.doctor, mergeId).error().code == core::ErrorCode::Denied);
    }
}

TEST_CASE("an unknown or merged-away id in the identity column is an error of that line")
{
    Known k;
    const DeclarationReport unknown = k.declareA(
        {QStringLiteral("Lefebvre-Dupond;Marie-Hélène;1980-03-12;F;;Soudeuse;CDI;2026-02-01;;0;;01234567-89ab-7def-8123-456789abcdef")});
    CHECK_FALSE(unknown.accepted);
    REQUIRE(identityProblem(unknown, 2));
    CHECK(identityProblem(unknown, 2)->message.contains(QStringLiteral("01234567-89ab-7def-8123-456789abcdef")));
}

TEST_CASE("the identity column may name only a worker the duplicate check proposed for that line (issue 13 item 7)")
{
    Known k;
    const QList<qint64> before = test::footprint(*k.doctor);
    // Schmitt is a real worker of the service, but nothing like this line: the line cannot be attached to her.
    const DeclarationReport stranger =
        k.declareA({QStringLiteral("Martin;Paul;1990-07-04;M;;Cariste;CDI;2026-02-01;;0;;%1").arg(k.schmitt)});
    CHECK_FALSE(stranger.accepted);
    REQUIRE(identityProblem(stranger, 2));
    CHECK(identityProblem(stranger, 2)->message.contains(k.schmitt));
    CHECK(test::footprint(*k.doctor) == before);
    // Lefèvre-Dupont resembles the line, Schmitt does not: naming Schmitt is refused, with the proposal.
    const DeclarationReport other =
        k.declareA({QStringLiteral("Lefebvre-Dupond;Marie-Hélène;1980-03-12;F;;Soudeuse;CDI;2026-02-01;;0;;%1").arg(k.schmitt)});
    CHECK_FALSE(other.accepted);
    REQUIRE(identityProblem(other, 2));
    CHECK(identityProblem(other, 2)->message.contains(k.lefevre));
    CHECK(test::footprint(*k.doctor) == before);
}

TEST_CASE("inside one file: the same traits are one person with two posts, then names that only sound alike need an answer")
{
    Known k;
    const DeclarationReport two = k.declareA({QStringLiteral("Garcia;Hugo;1990-01-01;M;;Cariste;CDD;2026-01-05;2026-03-31;0;;"),
                                              QStringLiteral("GARCIA;Hugo;01/01/1990;M;;Chef d'équipe;CDI;2026-04-01;;0;;")});
    REQUIRE(two.accepted);
    CHECK(two.workersCreated == 1);
    CHECK(two.lines[1].resolution == Resolution::SameAsLine);
    CHECK(two.lines[1].workerId == two.lines[0].workerId);
    CHECK(two.distribution.total() == 1);
    CHECK(test::count(*k.doctor, QStringLiteral("employments"), QStringLiteral("worker_id = '%1'").arg(two.lines[0].workerId)) == 2);

    const DeclarationReport sameStart = k.declareA({QStringLiteral("Vidal;Eva;1990-01-01;F;;Cariste;CDD;2026-01-05;;0;;"),
                                                    QStringLiteral("Vidal;Eva;1990-01-01;F;;Cariste;CDD;2026-01-05;;0;;")});
    CHECK_FALSE(sameStart.accepted);
    CHECK(sameStart.problems.first().line == 3);
    CHECK(sameStart.problems.first().column == QStringLiteral("start_date"));

    const QStringList alike{QStringLiteral("Rousseau;Paul;1990-01-01;M;;Cariste;CDI;2026-01-05;;0;;"),
                            QStringLiteral("Roussot;Paul;1990-01-01;M;;Cariste;CDI;2026-01-05;;0;;")};
    const DeclarationReport flagged = k.declareA(alike);
    CHECK_FALSE(flagged.accepted);
    REQUIRE(identityProblem(flagged, 3));
    CHECK(identityProblem(flagged, 3)->message.contains(QStringLiteral("line 2")));
    const DeclarationReport apart = k.declareA({alike[0], alike[1] + QStringLiteral("new")});
    CHECK(apart.accepted);
    CHECK(apart.workersCreated == 2);
}

TEST_CASE("the duplicate search of the entry form, and merging two existing identities")
{
    Known k;
    workforce::Identity typed;
    typed.birthName = QStringLiteral("lefevre dupont");
    typed.birthFirstNames = QStringLiteral("MARIE-HELENE");
    typed.birthDate = QDate(1980, 3, 12);
    typed.sex = QStringLiteral("F");
    auto found = workforce::IdentityStore::likelyDuplicates(*k.doctor, typed, QStringLiteral("est-b"));
    REQUIRE(found.ok());
    REQUIRE(found.value().size() == 1);
    CHECK(found.value().first().workerId == k.lefevre);
    CHECK(found.value().first().reason == DuplicateReason::SameTraits);
    CHECK(found.value().first().employedHere);
    CHECK(found.value().first().birthName == QStringLiteral("Lefèvre-Dupont"));
    CHECK(test::lastAudit(*k.doctor) == QStringLiteral("search worker.duplicates allowed results=1"));

    auto director = k.db.session(QStringLiteral("directeur"));
    auto refused = workforce::IdentityStore::likelyDuplicates(*director, typed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == core::ErrorCode::Denied);
    CHECK(test::lastAudit(*director) == QStringLiteral("search worker.duplicates denied reason=role"));

    // Two identities of team A found later to be one person: the nurse of the team merges them.
    const DeclarationReport r = k.declareA({QStringLiteral("Morel;Luc;1990-02-02;M;;Cariste;CDI;2026-01-05;;0;;"),
                                            QStringLiteral("Morelle;Luc;1990-02-02;M;;Cariste;CDI;2026-03-05;;0;;new")});
    REQUIRE(r.accepted);
    const QString a = r.lines[0].workerId, b = r.lines[1].workerId;
    auto nurse = k.db.session(QStringLiteral("infirmier"));
    auto planner = k.db.session(QStringLiteral("planif"));
    auto denied = workforce::IdentityStore::merge(*planner, a, b, QStringLiteral("même personne"));
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == core::ErrorCode::Denied);
    auto merged = workforce::IdentityStore::merge(*nurse, a, b, QStringLiteral("Même personne : pièce d'identité vue"));
    REQUIRE(merged.ok());
    auto record = workforce::IdentityStore::findMerge(*nurse, merged.value());
    REQUIRE(record.ok());
    CHECK(record.value().keptWorkerId == a);
    CHECK(record.value().mergedWorkerId == b);
    CHECK(record.value().moved.value(QStringLiteral("employments")).size() == 1);
    CHECK(record.value().moved.value(QStringLiteral("visit_requests")).size() == 1);
    CHECK(test::count(*nurse, QStringLiteral("employments"), QStringLiteral("worker_id = '%1'").arg(a)) == 2);
    auto again = workforce::IdentityStore::merge(*k.doctor, a, b, QStringLiteral("encore"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == core::ErrorCode::Invalid);
}

TEST_CASE("last year's declaration is read through the merges made since: no false arrival or departure")
{
    Known k;
    auto y2025 = submit(*k.doctor, [] {
        DeclarationRequest r = request(test::SiretA, {QStringLiteral("Morel;Luc;1990-02-02;M;;Cariste;CDI;2024-01-05;;0;;"),
                                                      QStringLiteral("Morelle;Luc;1990-02-02;M;;Magasinier;CDI;2024-03-05;;0;;new")});
        r.year = 2025;
        return r;
    }());
    REQUIRE(y2025.ok());
    REQUIRE(y2025.value().accepted);
    const QString a = y2025.value().lines[0].workerId, b = y2025.value().lines[1].workerId;
    REQUIRE(workforce::IdentityStore::merge(*k.doctor, a, b, QStringLiteral("Même personne")).ok());

    const DeclarationReport r = k.declareA({QStringLiteral("Morel;Luc;1990-02-02;M;;Cariste;CDI;2024-01-05;;0;;"),
                                            QStringLiteral("Morel;Luc;1990-02-02;M;;Magasinier;CDI;2024-03-05;;0;;")});
    REQUIRE(r.accepted);
    CHECK(r.workersMatched == 1);                                // the second line is the same person
    CHECK(r.lines[1].resolution == Resolution::SameAsLine);
    CHECK(r.employmentsCreated == 0);                            // both posts found on the kept identity
    CHECK(r.distribution.total() == 1);
    REQUIRE(r.diff.hasPrevious);
    CHECK(r.diff.arrivals.isEmpty());
    CHECK(r.diff.departures.isEmpty());
    CHECK(r.diff.changes.isEmpty());
}
