// Workplace actions (issue 8 part 5) on a real encrypted database: an action with its professionals,
// the company sheet version it fed and its report; the checks; the rights (refusals audited); the
// counts by kind as the indicators publish them (small-cell suppression).
#include "unit/companysheet/CompanySheetTestSupport.h"
#include "catch_qt.h"

#include "companysheet/CompanySheetStore.h"
#include "prevention/ActionRequestStore.h"
#include "prevention/ActionStore.h"
#include "prevention/ParticipantStore.h"
#include "reports/Indicators.h"

#include <QFile>
#include <QSqlQuery>

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

TEST_CASE("workplace actions under every code of the workplace_action thesaurus, with named participants")
{
    // The domain knows the seventeen codes of the shipped thesaurus, each in one of the six families.
    QFile csv(qEnvironmentVariable("VIGIE_SOURCE_DIR") + QStringLiteral("/thesaurus/lists/workplace_action.csv"));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    QStringList shipped;
    for (const QByteArray& line : csv.readAll().split('\n').mid(1))
        if (!line.trimmed().isEmpty())
            shipped << QString::fromUtf8(line.left(line.indexOf(',')));
    CHECK(actionCodes() == shipped);
    for (const QString& code : actionCodes())
        CHECK(actionCodeTitle(code) != code);
    CHECK(familyOf(QStringLiteral("ERGONOMIC_STUDY")) == ActionKind::PostStudy);
    CHECK(familyOf(QStringLiteral("AFP_SEASONAL")) == ActionKind::Awareness);
    CHECK(codeOfKind(ActionKind::Workshop) == QStringLiteral("AWARENESS"));

    test::SheetFixture fx;
    storage::Database& db = fx.iprp->db();
    for (const char* w : {"wa", "wb", "wc"}) {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, "
                                 "birth_name_fold, hlc, updated_by) VALUES (?, 'N', 'P', 'P', '1980-01-01', 'F', 'n', 'h', 'x')"));
        q.addBindValue(QString::fromLatin1(w));
        REQUIRE(q.exec());
    }
    REQUIRE(QSqlQuery(db.sql()).exec(QStringLiteral("UPDATE workers SET merged_into = 'wa' WHERE id = 'wc'")));

    WorkplaceAction duerp = postStudy(fx.establishmentId);
    duerp.code = QStringLiteral("DUERP_SUPPORT");
    duerp.participantWorkers = {QStringLiteral("wa"), QStringLiteral("wb")};
    auto id = ActionStore::record(*fx.iprp, duerp);
    REQUIRE(id);
    auto list = ActionStore::list(*fx.nurse, fx.establishmentId);
    REQUIRE(list);
    CHECK(list.value().first().code == QStringLiteral("DUERP_SUPPORT"));
    CHECK(list.value().first().kind == ActionKind::Advice); // its family, for older readers
    CHECK(list.value().first().namedParticipants == 2);
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM workplace_action_participants WHERE action_id = '%1'").arg(id.value()))
              .toInt() == 2);
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM _outbox WHERE table_name = 'workplace_action_participants'")).toInt() == 2);

    SECTION("an unknown code") { duerp.code = QStringLiteral("PICNIC"); CHECK(ActionStore::record(*fx.iprp, duerp).error().code == core::ErrorCode::Invalid); }
    SECTION("more workers named than participants")
    {
        duerp.participants = 1;
        CHECK(ActionStore::record(*fx.iprp, duerp).error().code == core::ErrorCode::Invalid);
    }
    SECTION("a merged-away identity cannot be named")
    {
        duerp.participantWorkers = {QStringLiteral("wc")};
        CHECK(ActionStore::record(*fx.iprp, duerp).error().message.contains(QStringLiteral("wc")));
    }
    SECTION("an action of before keeps its kind's code")
    {
        WorkplaceAction old = postStudy(fx.establishmentId);
        old.kind = ActionKind::CseMeeting;
        REQUIRE(ActionStore::record(*fx.iprp, old));
        CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM workplace_actions WHERE code = 'CSE_MEETING' AND kind = 'cse_meeting'"))
                  .toInt() == 1);
    }
}

TEST_CASE("requests for workplace actions: recorded with their date, answered by an action, or cancelled")
{
    test::SheetFixture fx;
    ActionRequest r;
    r.establishmentId = fx.establishmentId;
    r.requestedOn = QDate(2026, 1, 5);
    r.code = QStringLiteral("ERGONOMIC_STUDY");
    r.subject = QStringLiteral("Douleurs au poste d'emballage");
    r.requester = QStringLiteral("Responsable RH");
    auto id = ActionRequestStore::record(*fx.iprp, r);
    REQUIRE(id);

    WorkplaceAction before = postStudy(fx.establishmentId);
    before.date = QDate(2026, 1, 4);
    auto early = ActionStore::record(*fx.iprp, before);
    REQUIRE(early);
    CHECK(ActionRequestStore::answer(*fx.iprp, id.value(), early.value()).error().code == core::ErrorCode::Invalid); // before the request
    auto study = ActionStore::record(*fx.iprp, postStudy(fx.establishmentId)); // 12 January
    REQUIRE(study);
    REQUIRE(ActionRequestStore::answer(*fx.iprp, id.value(), study.value()));
    CHECK(ActionRequestStore::answer(*fx.iprp, id.value(), study.value()).error().code == core::ErrorCode::Invalid); // already answered
    CHECK_FALSE(ActionRequestStore::cancel(*fx.iprp, id.value()));

    auto list = ActionRequestStore::list(*fx.nurse, fx.establishmentId);
    REQUIRE(list);
    REQUIRE(list.value().size() == 1);
    CHECK(list.value().first().state == RequestState::Answered);
    CHECK(list.value().first().answeredOn == QDate(2026, 1, 12));
    CHECK(list.value().first().actionId == study.value());
    CHECK(list.value().first().requester == QStringLiteral("Responsable RH"));

    ActionRequest other = r;
    other.code.clear();
    auto second = ActionRequestStore::record(*fx.iprp, other);
    REQUIRE(second);
    REQUIRE(ActionRequestStore::cancel(*fx.iprp, second.value()));
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT status FROM workplace_action_requests WHERE id = '%1'").arg(second.value())).toString() ==
          QStringLiteral("cancelled"));

    SECTION("checks") {
        other.subject = QStringLiteral(" ");
        CHECK_FALSE(ActionRequestStore::record(*fx.iprp, other));
        other.subject = QStringLiteral("S");
        other.requestedOn = QDate(2026, 2, 1);
        CHECK_FALSE(ActionRequestStore::record(*fx.iprp, other)); // in the future
        other.requestedOn = QDate(2026, 1, 5);
        other.code = QStringLiteral("PICNIC");
        CHECK_FALSE(ActionRequestStore::record(*fx.iprp, other));
    }
    SECTION("a planner may not record: refused and audited")
    {
        CHECK(ActionRequestStore::record(*fx.planner, r).error().code == core::ErrorCode::Denied);
        CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied' AND account = 'planif'")).toInt() == 1);
    }
}

TEST_CASE("the workers who may be named as participants: employed at the establishment on the action's date (issue 19)")
{
    test::SheetFixture fx;
    fx.addFacts(); // 3 workers since 2020, 1 since 2025-06-01
    REQUIRE(test::addWorkers(*fx.planner, fx.establishmentId, 1, QStringLiteral("2020-01-01"), QStringLiteral("2025-12-31")));
    REQUIRE(test::exec(*fx.planner, QStringLiteral("UPDATE workers SET birth_name = 'DURAND', first_birth_first_name = 'Paul', used_first_name = 'Polo' "
                                                   "WHERE id = (SELECT worker_id FROM employments WHERE end_date = '2025-12-31')")));
    const struct {
        QDate date;
        int expected;
        bool durand;
    } rows[] = {
        {QDate(2026, 1, 15), 4, false}, // Durand left on 2025-12-31
        {QDate(2025, 12, 31), 5, true}, // his last day
        {QDate(2025, 5, 31), 4, true},  // before the 2025 hiring
        {QDate(2019, 12, 31), 0, false},
    };
    for (const auto& row : rows) {
        INFO(row.date.toString(Qt::ISODate).toStdString());
        auto known = ParticipantStore::employedAt(*fx.iprp, fx.establishmentId, row.date, 100);
        REQUIRE(known);
        CHECK(known.value().size() == row.expected);
        bool durand = false;
        for (const KnownWorker& w : known.value())
            durand = durand || w.name == QStringLiteral("DURAND Polo"); // the first name used, the name in capitals
        CHECK(durand == row.durand);
    }
    // The limit is the caller's: one more than shown tells it there are more.
    CHECK(ParticipantStore::employedAt(*fx.iprp, fx.establishmentId, QDate(2026, 1, 15), 2).value().size() == 2);
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'workplace_action' AND action = 'read' "
                                               "AND outcome = 'allowed' AND account = 'iprp'"))
              .toInt() == 5);

    SECTION("a planner may not list them: refused and audited")
    {
        CHECK(ParticipantStore::employedAt(*fx.planner, fx.establishmentId, QDate(2026, 1, 15), 100).error().code == core::ErrorCode::Denied);
        CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied' AND account = 'planif'")).toInt() == 1);
    }
}
