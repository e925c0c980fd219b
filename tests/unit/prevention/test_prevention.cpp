// Workplace actions (issue 8 part 5) on a real encrypted database: an action with its professionals,
// the company sheet version it fed and its report; the checks; the rights (refusals audited); the
// counts by kind as the indicators publish them (small-cell suppression).
#include "unit/companysheet/CompanySheetTestSupport.h"
#include "catch_qt.h"

#include "companysheet/CompanySheetStore.h"
#include "prevention/ActionStore.h"
#include "reports/Indicators.h"

using namespace vigie;
using namespace vigie::prevention;

namespace {
WorkplaceAction postStudy(const QString& establishmentId)
{
    WorkplaceAction a;
    a.establishmentId = establishmentId;
    a.kind = ActionKind::PostStudy;
    a.date = QDate(2026, 1, 12);
    a.title = QStringLiteral("Étude du poste de cariste");
    a.participants = 2;
    a.participantNames = QStringLiteral("Le cariste, son responsable");
    a.professionals = {QStringLiteral("iprp"), QStringLiteral("medecin")};
    return a;
}
} // namespace

TEST_CASE("a workplace action with its professionals, the sheet version it fed and its report")
{
    test::SheetFixture fx;
    auto draft = companysheet::CompanySheetStore::startDraft(*fx.iprp, fx.establishmentId);
    REQUIRE(draft);
    REQUIRE(companysheet::CompanySheetStore::validate(*fx.iprp, draft.value().info.id));

    WorkplaceAction a = postStudy(fx.establishmentId);
    a.sheetVersion = 1;
    QByteArray pdf("%PDF-1.4 rapport d'étude de poste");
    pdf.append(QByteArray(200000, '\x01')); // binary content survives the round trip
    auto report = reportOf(QStringLiteral("/tmp/rapports/etude-cariste.pdf"), pdf);
    REQUIRE(report);
    CHECK(report.value().fileName == QStringLiteral("etude-cariste.pdf"));
    CHECK(report.value().mediaType == QStringLiteral("application/pdf"));
    auto id = ActionStore::record(*fx.iprp, a, report.value());
    REQUIRE(id);

    auto list = ActionStore::list(*fx.nurse, fx.establishmentId);
    REQUIRE(list);
    REQUIRE(list.value().size() == 1);
    const ActionSummary& s = list.value().first();
    CHECK(s.kind == ActionKind::PostStudy);
    CHECK(s.date == QDate(2026, 1, 12));
    CHECK(s.participants == 2);
    CHECK(s.professionals == QStringList{QStringLiteral("iprp"), QStringLiteral("medecin")});
    CHECK(s.sheetVersion == 1);
    CHECK(s.reportFileName == QStringLiteral("etude-cariste.pdf"));
    CHECK(s.reportSize == pdf.size());

    auto back = ActionStore::report(*fx.nurse, id.value());
    REQUIRE(back);
    CHECK(back.value().content == pdf);
    CHECK(back.value().sha256 == report.value().sha256);
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'workplace_action' AND outcome = 'allowed'"))
              .toInt() == 2);
    // Synchronised like any table: the report travels in the outbox.
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM _outbox WHERE table_name = 'workplace_action_reports'")).toInt() == 1);
}

TEST_CASE("workplace actions: the checks and the rights")
{
    test::SheetFixture fx;
    WorkplaceAction a = postStudy(fx.establishmentId);
    SECTION("a date in the future") { a.date = QDate(2026, 1, 16); CHECK(ActionStore::record(*fx.iprp, a).error().code == core::ErrorCode::Invalid); }
    SECTION("no title") { a.title = QStringLiteral("  "); CHECK_FALSE(ActionStore::record(*fx.iprp, a)); }
    SECTION("no professional") { a.professionals.clear(); CHECK_FALSE(ActionStore::record(*fx.iprp, a)); }
    SECTION("a planner is not a professional of the team")
    {
        a.professionals = {QStringLiteral("planif")};
        CHECK(ActionStore::record(*fx.iprp, a).error().message.contains(QStringLiteral("planif")));
    }
    SECTION("a sheet version that does not exist") { a.sheetVersion = 3; CHECK_FALSE(ActionStore::record(*fx.iprp, a)); }
    SECTION("an empty or oversized report")
    {
        CHECK_FALSE(reportOf(QStringLiteral("r.pdf"), {}));
        CHECK_FALSE(reportOf(QStringLiteral("r.pdf"), QByteArray(int(MaxReportBytes) + 1, 'x')));
    }
    SECTION("a planner may not record: refused and audited")
    {
        CHECK(ActionStore::record(*fx.planner, a).error().code == core::ErrorCode::Denied);
        CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied' AND account = 'planif'")).toInt() == 1);
    }
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM workplace_actions")).toInt() == 0);
}

TEST_CASE("counts of workplace actions by kind, published with small-cell suppression")
{
    test::SheetFixture fx;
    for (int i = 0; i < 6; ++i) {
        WorkplaceAction a = postStudy(fx.establishmentId);
        a.date = QDate(2025, 3, 1).addDays(i);
        REQUIRE(ActionStore::record(*fx.iprp, a));
    }
    WorkplaceAction awareness = postStudy(fx.establishmentId);
    awareness.kind = ActionKind::Awareness;
    awareness.date = QDate(2025, 6, 1);
    awareness.participants = 14;
    REQUIRE(ActionStore::record(*fx.iprp, awareness));
    WorkplaceAction old = postStudy(fx.establishmentId);
    old.date = QDate(2024, 12, 31); // outside the year counted
    REQUIRE(ActionStore::record(*fx.iprp, old));

    auto counts = ActionStore::countsByKind(*fx.physician, QDate(2025, 1, 1), QDate(2025, 12, 31));
    REQUIRE(counts);
    REQUIRE(counts.value().size() == allKinds().size());
    CHECK(counts.value().at(0) == QPair<QString, qint64>(QStringLiteral("post_study"), 6));
    CHECK(counts.value().at(2) == QPair<QString, qint64>(QStringLiteral("awareness"), 1));

    const reports::Breakdown published =
        reports::publish(counts.value(), [](const QString& code) { return kindTitle(kindFromCode(code).value_or(ActionKind::Advice)); });
    CHECK(published.rows.at(2).count.suppression() == reports::Count::Suppression::Small); // one awareness session: "< 5"
    // Complementary: with the total published, the six post studies would reveal the single session.
    CHECK(published.rows.at(0).count.suppression() == reports::Count::Suppression::Complementary);
    CHECK(published.total.value() == 7);
}
