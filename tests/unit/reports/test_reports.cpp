// Indicators: the small-cell rule (RBAC-05: counts from 1 to 4 are never published) and the overview
// counted by ReportStore on a small database whose content the test knows.
#include "TestSupport.h"
#include "catch_qt.h"

#include "reports/Indicators.h"
#include "reports/ReportStore.h"
#include "security/AccountStore.h"
#include "security/SignIn.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace vigie;
using reports::Count;

TEST_CASE("small cells: 1 to 4 read less-than-5, 0 and 5 and more are published")
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(Count::of(3).text() == QStringLiteral("< 5"));
    CHECK(Count::of(3).suppressed());
    CHECK(Count::of(3).value() == 0); // the exact value is not kept
    CHECK(Count::of(1).text() == QStringLiteral("< 5"));
    CHECK(Count::of(4).text() == QStringLiteral("< 5"));
    CHECK(Count::of(0).text() == QStringLiteral("0"));
    CHECK_FALSE(Count::of(0).suppressed());
    CHECK(Count::of(5).text() == QStringLiteral("5"));
    CHECK_FALSE(Count::of(5).suppressed());
    CHECK(Count::of(1234).value() == 1234);
}

TEST_CASE("small cells: a single hidden cell next to its total hides the next smallest one too")
{
    const auto b = reports::publish({{QStringLiteral("a"), 3}, {QStringLiteral("b"), 0}, {QStringLiteral("c"), 7},
                                     {QStringLiteral("d"), 40}},
                                    nullptr);
    REQUIRE(b.rows.size() == 4);
    CHECK(b.rows.at(0).count.suppressed());          // 3
    CHECK(b.rows.at(1).count == Count::of(0));        // 0 reveals nobody
    CHECK(b.rows.at(2).count.suppression() == Count::Suppression::Complementary); // 7: else 50 - 7 - 40 = 3
    CHECK(b.rows.at(2).count.text() != QStringLiteral("< 5")); // not small: it reads "hidden"
    CHECK(b.rows.at(2).count.value() == 0);
    CHECK(b.rows.at(3).count == Count::of(40));
    CHECK(b.total == Count::of(50));

    const auto none = reports::publish({{QStringLiteral("a"), 5}, {QStringLiteral("b"), 0}}, nullptr);
    CHECK_FALSE(none.rows.at(0).count.suppressed());
    CHECK(none.total.text() == QStringLiteral("5"));

    const auto two = reports::publish({{QStringLiteral("a"), 2}, {QStringLiteral("b"), 1}, {QStringLiteral("c"), 9}}, nullptr);
    CHECK(two.rows.at(0).count.suppressed());
    CHECK(two.rows.at(1).count.suppressed());
    CHECK_FALSE(two.rows.at(2).count.suppressed()); // two hidden cells: their sum only is known
    CHECK(two.total == Count::of(12));

    const auto tiny = reports::publish({{QStringLiteral("a"), 2}, {QStringLiteral("b"), 0}}, nullptr);
    CHECK(tiny.total.suppressed()); // the total goes through the rule too
}

namespace {
const QString Password = QStringLiteral("Clef-Solide-2026!");

void exec(storage::Database& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        FAIL(q.lastError().text().toStdString() + " in " + sql.toStdString());
}
} // namespace

TEST_CASE("overview: counts from the database, through the small-cell rule, directors only among these")
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.db"));
    core::ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    auto admin = security::createDatabase(
        path, security::NewAccount{QStringLiteral("admin"), QStringLiteral("Alice Admin"), security::Role::Admin, {}},
        Password, clock);
    REQUIRE(admin.ok());
    security::Session& a = *admin.value();
    REQUIRE(security::AccountStore::create(
                a, security::NewAccount{QStringLiteral("directeur"), QStringLiteral("Denise Dir"), security::Role::Director, {}},
                Password)
                .ok());

    // The administrator has no Reports module: refused, and the refusal audited.
    const qint64 deniedBefore = test::scalar(a.db(), QStringLiteral("SELECT count(*) FROM _audit WHERE outcome='denied'")).toLongLong();
    auto refused = reports::ReportStore::overview(a);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == core::ErrorCode::Denied);
    CHECK(test::scalar(a.db(), QStringLiteral("SELECT count(*) FROM _audit WHERE outcome='denied'")).toLongLong() ==
          deniedBefore + 1);

    // 3 active establishments, 7 that left; 6 workers currently employed (2 SIR, 4 SI, one of whom has
    // also an ended SIR job), 1 with an ended job only; visits: 6 VIP and 2 EMA done this year, 1 VIP
    // done 13 months ago, 3 no-shows.
    storage::Database& db = a.db();
    exec(db, QStringLiteral("INSERT INTO enterprises(id, siren, name, hlc, updated_by) VALUES ('e', '732829320', 'E', 'h', 'x')"), {});
    for (int i = 0; i < 10; ++i)
        exec(db,
             QStringLiteral("INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, status, hlc, updated_by) "
                            "VALUES (?, 'e', ?, 'N', 'n', '62.01Z', ?, 'h', 'x')"),
             {QStringLiteral("s%1").arg(i), QStringLiteral("732829320%1").arg(10000 + i), i < 3 ? QStringLiteral("active") : QStringLiteral("left")});
    for (int i = 0; i < 7; ++i)
        exec(db,
             QStringLiteral("INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, "
                            "birth_name_fold, hlc, updated_by) VALUES (?, 'N', 'P', 'P', '1980-01-01', 'F', 'n', 'h', 'x')"),
             {QStringLiteral("w%1").arg(i)});
    auto job = [&](const QString& id, int worker, const QString& followUp, const QString& start, const QVariant& end) {
        exec(db,
             QStringLiteral("INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, "
                            "end_date, follow_up, hlc, updated_by) VALUES (?, ?, 's0', 'P', 'CDI', ?, ?, ?, 'h', 'x')"),
             {id, QStringLiteral("w%1").arg(worker), start, end, followUp});
    };
    job(QStringLiteral("j0"), 0, QStringLiteral("SIR"), QStringLiteral("2020-01-01"), QVariant());
    job(QStringLiteral("j1"), 1, QStringLiteral("SIR"), QStringLiteral("2020-01-01"), QStringLiteral("2026-12-31"));
    for (int w = 2; w < 6; ++w)
        job(QStringLiteral("j%1").arg(w), w, QStringLiteral("SI"), QStringLiteral("2021-01-01"), QVariant());
    job(QStringLiteral("j6"), 2, QStringLiteral("SIR"), QStringLiteral("2019-01-01"), QStringLiteral("2020-12-31"));
    job(QStringLiteral("j7"), 6, QStringLiteral("SIA"), QStringLiteral("2019-01-01"), QStringLiteral("2026-05-31"));
    int v = 0;
    auto visit = [&](const QString& kind, const QString& date, const QString& status) {
        exec(db,
             QStringLiteral("INSERT INTO visits(id, worker_id, kind, visit_date, status, hlc, updated_by) "
                            "VALUES (?, 'w0', ?, ?, ?, 'h', 'x')"),
             {QStringLiteral("v%1").arg(v++), kind, date, status});
    };
    for (int i = 0; i < 6; ++i)
        visit(QStringLiteral("VIP"), QStringLiteral("2026-0%1-10").arg(1 + i % 5), QStringLiteral("done"));
    visit(QStringLiteral("EMA"), QStringLiteral("2025-06-02"), QStringLiteral("done"));
    visit(QStringLiteral("EMA"), QStringLiteral("2026-06-01"), QStringLiteral("done"));
    visit(QStringLiteral("VIP"), QStringLiteral("2025-05-01"), QStringLiteral("done"));
    visit(QStringLiteral("VIP"), QStringLiteral("2026-07-01"), QStringLiteral("planned"));
    for (int i = 0; i < 3; ++i)
        visit(QStringLiteral("VIP"), QStringLiteral("2026-03-1%1").arg(i), QStringLiteral("no_show"));
    // Workplace actions: 6 post studies and 2 measurements in the period, 1 awareness session before it.
    int n = 0;
    auto action = [&](const QString& kind, const QString& date) {
        exec(db,
             QStringLiteral("INSERT INTO workplace_actions(id, establishment_id, kind, action_date, title, recorded_at, recorded_by, "
                            "hlc, updated_by) VALUES (?, 's0', ?, ?, 'T', '2026-01-01T00:00:00Z', ?, 'h', 'x')"),
             {QStringLiteral("a%1").arg(n++), kind, date, a.account().id});
    };
    for (int i = 0; i < 6; ++i)
        action(QStringLiteral("post_study"), QStringLiteral("2026-0%1-15").arg(1 + i % 5));
    action(QStringLiteral("measurement"), QStringLiteral("2025-06-02"));
    action(QStringLiteral("measurement"), QStringLiteral("2026-06-01"));
    action(QStringLiteral("awareness"), QStringLiteral("2025-06-01"));
    admin.value().reset();

    auto director = security::signIn(path, QStringLiteral("directeur"), Password, clock);
    REQUIRE(director.ok());
    auto o = reports::ReportStore::overview(*director.value());
    INFO((o ? QString() : o.error().message).toStdString());
    REQUIRE(o.ok());
    const reports::Overview& ov = o.value();
    CHECK(ov.asOf == QDate(2026, 6, 1));
    CHECK(ov.periodStart == QDate(2025, 6, 2));

    REQUIRE(ov.establishmentsByStatus.rows.size() == 3);
    CHECK(ov.establishmentsByStatus.rows.at(0).code == QStringLiteral("active"));
    CHECK(ov.establishmentsByStatus.rows.at(0).count.text() == QStringLiteral("< 5")); // 3
    CHECK(ov.establishmentsByStatus.rows.at(1).count.text() == QStringLiteral("0"));   // suspended
    CHECK(ov.establishmentsByStatus.rows.at(2).count.suppression() == Count::Suppression::Complementary); // 7
    CHECK(ov.establishmentsByStatus.total.text() == QStringLiteral("10"));

    // Current employment on 2026-06-01: w0..w5 (w2 counted once, as SI: its SIR job ended); w6 ended.
    REQUIRE(ov.workersByFollowUp.rows.size() == 3);
    CHECK(ov.workersByFollowUp.rows.at(0).code == QStringLiteral("SI"));
    CHECK(ov.workersByFollowUp.rows.at(0).count.text() == QStringLiteral("< 5")); // 4
    CHECK(ov.workersByFollowUp.rows.at(1).count.text() == QStringLiteral("0"));   // SIA
    CHECK(ov.workersByFollowUp.rows.at(2).count.suppressed());                    // SIR 2
    CHECK(ov.workersByFollowUp.total.text() == QStringLiteral("6"));

    // Visits done from 2025-06-02 to 2026-06-01: 6 VIP, 2 EMA (both bounds included).
    REQUIRE(ov.visitsDoneByKind.rows.size() == 2);
    CHECK(ov.visitsDoneByKind.rows.at(0).code == QStringLiteral("VIP"));
    CHECK(ov.visitsDoneByKind.rows.at(1).code == QStringLiteral("EMA"));
    CHECK(ov.visitsDoneByKind.rows.at(1).count.suppressed());
    CHECK(ov.visitsDoneByKind.rows.at(0).count.suppressed()); // complementary: 8 - 2 would give 6
    CHECK(ov.visitsDoneByKind.total.text() == QStringLiteral("8"));
    CHECK(ov.noShows.text() == QStringLiteral("< 5"));

    // Workplace actions from 2025-06-02 to 2026-06-01, every kind listed: 6 post studies, 2 measurements.
    REQUIRE(ov.workplaceActionsByKind.rows.size() == 6);
    CHECK(ov.workplaceActionsByKind.rows.at(0).code == QStringLiteral("post_study"));
    CHECK(ov.workplaceActionsByKind.rows.at(1).code == QStringLiteral("measurement"));
    CHECK(ov.workplaceActionsByKind.rows.at(1).count.suppressed());                      // 2
    CHECK(ov.workplaceActionsByKind.rows.at(0).count.suppressed());                      // complementary: 8 - 2
    CHECK(ov.workplaceActionsByKind.rows.at(2).count.text() == QStringLiteral("0"));    // awareness: before the period
    CHECK(ov.workplaceActionsByKind.total.text() == QStringLiteral("8"));
    CHECK_FALSE(ov.workplaceActionsByKind.rows.at(0).label.isEmpty());

    CHECK(test::scalar(director.value()->db(),
                       QStringLiteral("SELECT count(*) FROM _audit WHERE resource='report.overview' AND outcome='allowed'"))
              .toLongLong() == 1);
}
