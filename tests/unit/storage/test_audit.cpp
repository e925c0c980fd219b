// The audit trail: append-only (triggers) and hash-chained; tampering behind the application's back
// is found at the first broken record.
#include "TestSupport.h"
#include "catch_qt.h"

#include "storage/AuditTrail.h"

#include <QTimeZone>

#include <sqlite3.h>

using namespace vigie;
using storage::AuditEvent;
namespace AuditTrail = storage::AuditTrail;

namespace {
void appendSome(storage::Database& db, int n, core::ManualClock& clock)
{
    for (int i = 0; i < n; ++i) {
        REQUIRE(AuditTrail::append(db,
                                   AuditEvent{QStringLiteral("medecin"), QStringLiteral("physician"), QStringLiteral("read"),
                                              QStringLiteral("dmst.part3"), QStringLiteral("w%1").arg(i), 3,
                                              QStringLiteral("allowed"), {}},
                                   clock));
        clock.advanceSecs(1);
    }
}
} // namespace

TEST_CASE("an untouched trail verifies")
{
    test::TempDatabase t;
    core::ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    appendSome(*t.db, 10, clock);
    auto v = AuditTrail::verify(*t.db);
    REQUIRE(v.ok());
    CHECK(v.value().intact);
    CHECK(v.value().records == 10);
    CHECK(test::scalar(*t.db, QStringLiteral("SELECT at FROM _audit WHERE seq = 1")).toString() ==
          QStringLiteral("2026-03-02T09:00:00.000Z"));
}

TEST_CASE("the application cannot update or delete audit records")
{
    test::TempDatabase t;
    core::ManualClock clock(0);
    appendSome(*t.db, 3, clock);
    QSqlQuery q(t.db->sql());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE _audit SET outcome = 'denied' WHERE seq = 2")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM _audit WHERE seq = 2")));
    CHECK(AuditTrail::verify(*t.db).value().intact);
}

TEST_CASE("an edit, a deletion or a reordering made behind the application's back is found")
{
    test::TempDatabase t;
    core::ManualClock clock(0);
    appendSome(*t.db, 10, clock);
    sqlite3* raw = t.db->handle();
    auto exec = [raw](const char* sql) { REQUIRE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr) == SQLITE_OK); };
    exec("DROP TRIGGER _audit_no_update; DROP TRIGGER _audit_no_delete;");

    SECTION("edit")
    {
        exec("UPDATE _audit SET outcome = 'denied' WHERE seq = 4");
        auto v = AuditTrail::verify(*t.db).value();
        CHECK_FALSE(v.intact);
        CHECK(v.firstBrokenSeq == 4);
    }
    SECTION("edit with the record's own hash recomputed: the next link breaks")
    {
        const auto rec = test::scalar(*t.db, QStringLiteral("SELECT prev_hash FROM _audit WHERE seq = 6")).toString();
        const QString forged = AuditTrail::hashOf(rec, 6, QStringLiteral("1970-01-01T00:00:05.000Z"),
                                                  AuditEvent{QStringLiteral("medecin"), QStringLiteral("physician"),
                                                             QStringLiteral("read"), QStringLiteral("dmst.part3"),
                                                             QStringLiteral("autre"), 3, QStringLiteral("allowed"), {}});
        exec(QStringLiteral("UPDATE _audit SET worker_id = 'autre', hash = '%1' WHERE seq = 6").arg(forged).toUtf8().constData());
        auto v = AuditTrail::verify(*t.db).value();
        CHECK_FALSE(v.intact);
        CHECK(v.firstBrokenSeq == 7);
    }
    SECTION("deletion")
    {
        exec("DELETE FROM _audit WHERE seq = 8");
        auto v = AuditTrail::verify(*t.db).value();
        CHECK_FALSE(v.intact);
        CHECK(v.firstBrokenSeq == 8);
    }
    SECTION("reordering")
    {
        exec("UPDATE _audit SET seq = seq + 100 WHERE seq IN (2, 3); UPDATE _audit SET seq = 5 - (seq - 100) WHERE seq > 100;");
        auto v = AuditTrail::verify(*t.db).value();
        CHECK_FALSE(v.intact);
        CHECK(v.firstBrokenSeq == 2);
    }
}
