// What the worker page reads and does (WorkerVigilance.h, EmploymentStore::ofWorker): a recorded
// worker's employments with the category in force and why, its likely duplicates, the merges in force
// into it and their undo — on a real encrypted database, through the access policy.
#include "WorkforceTestSupport.h"
#include "catch_qt.h"

#include "workforce/DeclarationStore.h"
#include "workforce/EmploymentStore.h"
#include "workforce/WorkerVigilance.h"

using namespace vigie;
using workforce::Category;
using workforce::DuplicateReason;

namespace {
workforce::DeclarationReport declare(security::Session& session, const QStringList& rows)
{
    workforce::DeclarationRequest r;
    r.siret = test::SiretA;
    r.year = 2026;
    r.lines = test::linesOf(rows);
    auto res = workforce::DeclarationStore::submit(session, r);
    if (!res || !res.value().accepted)
        qFatal("declaration refused");
    return res.value();
}
} // namespace

TEST_CASE("a worker's employments: category in force with its reasons, then the physician's override shows")
{
    test::WorkforceDb db;
    auto doctor = db.session(QStringLiteral("medecin"));
    const auto r = declare(*doctor, {QStringLiteral("Lefèvre;Marie;1980-03-12;F;;Soudeuse;CDI;2026-09-01;;0;CHIM.AMIANTE;"),
                                     QStringLiteral("Lefèvre;Marie;1980-03-12;F;;Magasinière;CDD;2020-01-06;2026-08-31;0;;")});
    const QString worker = r.lines[0].workerId;
    REQUIRE(r.lines[1].workerId == worker);

    auto list = workforce::EmploymentStore::ofWorker(*doctor, worker);
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 2);
    const auto& current = list.value().first(); // the one still running comes first
    CHECK(current.postTitle == QStringLiteral("Soudeuse"));
    CHECK(current.establishmentName == QStringLiteral("Atelier Nord"));
    CHECK(current.start == QStringLiteral("2026-09-01"));
    CHECK(current.end.isEmpty());
    CHECK(current.effective == Category::Sir);
    CHECK(current.reason.contains(QStringLiteral("R4624-23")));
    CHECK(current.exposures == QStringList{QStringLiteral("CHIM.AMIANTE")});
    CHECK(list.value().at(1).end == QStringLiteral("2026-08-31"));
    CHECK(list.value().at(1).effective == Category::Si);

    REQUIRE(workforce::EmploymentStore::overrideCategory(*doctor, list.value().at(1).employmentId, Category::Sia,
                                                         QStringLiteral("Suivi adapté décidé après la visite"))
                .ok());
    auto after = workforce::EmploymentStore::ofWorker(*doctor, worker);
    REQUIRE(after.ok());
    CHECK(after.value().at(1).effective == Category::Sia);
    CHECK(after.value().at(1).override == Category::Sia);
    CHECK(after.value().at(1).computed == Category::Si);
    CHECK(after.value().at(1).overrideReason == QStringLiteral("Suivi adapté décidé après la visite"));

    SECTION("a director may not read them: refused and audited")
    {
        auto director = db.session(QStringLiteral("directeur"));
        auto refused = workforce::EmploymentStore::ofWorker(*director, worker);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == core::ErrorCode::Denied);
        CHECK(test::lastAudit(*director).contains(QStringLiteral("denied")));
    }
    SECTION("another team's physician may not either")
    {
        auto other = db.session(QStringLiteral("medecin2"));
        auto refused = workforce::EmploymentStore::ofWorker(*other, worker);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == core::ErrorCode::Denied);
    }
}

TEST_CASE("a recorded worker's likely duplicates, a merge into it listed in force, then undone")
{
    test::WorkforceDb db;
    auto doctor = db.session(QStringLiteral("medecin"));
    // Morel and Morelle sound alike with the same birth date: recorded apart on entry ("new").
    const auto r = declare(*doctor, {QStringLiteral("Morel;Luc;1990-02-02;M;;Cariste;CDI;2026-01-05;;0;;"),
                                     QStringLiteral("Morelle;Luc;1990-02-02;M;;Cariste;CDI;2026-03-05;;0;;new"),
                                     QStringLiteral("Durand;Paul;1975-11-30;M;;Comptable;CDI;2015-03-01;;0;;")});
    const QString morel = r.lines[0].workerId, morelle = r.lines[1].workerId;

    auto found = workforce::WorkerVigilance::duplicatesOf(*doctor, morel);
    REQUIRE(found.ok());
    REQUIRE(found.value().size() == 1); // itself and Durand are not listed
    CHECK(found.value().first().workerId == morelle);
    CHECK(found.value().first().reason == DuplicateReason::Phonetic);
    auto none = workforce::WorkerVigilance::mergesInto(*doctor, morel);
    REQUIRE(none.ok());
    CHECK(none.value().isEmpty());

    auto merged = workforce::IdentityStore::merge(*doctor, morel, morelle, QStringLiteral("Pièce d'identité vue"));
    REQUIRE(merged.ok());
    auto inForce = workforce::WorkerVigilance::mergesInto(*doctor, morel);
    REQUIRE(inForce.ok());
    REQUIRE(inForce.value().size() == 1);
    CHECK(inForce.value().first().merge.id == merged.value());
    CHECK(inForce.value().first().merged.birthName == QStringLiteral("Morelle"));
    CHECK(inForce.value().first().merge.reason == QStringLiteral("Pièce d'identité vue"));
    // Merged away, Morelle is no longer a candidate; its employment is Morel's now.
    auto after = workforce::WorkerVigilance::duplicatesOf(*doctor, morel);
    REQUIRE(after.ok());
    CHECK(after.value().isEmpty());
    CHECK(workforce::EmploymentStore::ofWorker(*doctor, morel).value().size() == 2);

    REQUIRE(workforce::IdentityStore::undoMerge(*doctor, merged.value()).ok());
    CHECK(workforce::WorkerVigilance::mergesInto(*doctor, morel).value().isEmpty());
    CHECK(workforce::EmploymentStore::ofWorker(*doctor, morel).value().size() == 1);
    CHECK(workforce::WorkerVigilance::duplicatesOf(*doctor, morel).value().size() == 1);

    SECTION("the director is refused, audited")
    {
        auto director = db.session(QStringLiteral("directeur"));
        auto refused = workforce::WorkerVigilance::duplicatesOf(*director, morel);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == core::ErrorCode::Denied);
        CHECK(test::lastAudit(*director).contains(QStringLiteral("denied")));
        CHECK_FALSE(workforce::WorkerVigilance::mergesInto(*director, morel).ok());
    }
}
