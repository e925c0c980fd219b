// Change capture: each change of a synchronised table writes exactly one outbox row in the same
// transaction; a rolled-back change writes none; suspended capture writes none.
#include "TestSupport.h"
#include "catch_qt.h"

#include "storage/ChangeCapture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace vigie;
using test::scalar;

namespace {
int outboxCount(storage::Database& db) { return scalar(db, QStringLiteral("SELECT count(*) FROM _outbox")).toInt(); }
} // namespace

TEST_CASE("insert, update and delete each write one outbox row with the row's content")
{
    test::TempDatabase t;
    storage::Database& db = *t.db;
    REQUIRE(outboxCount(db) == 0);
    REQUIRE(test::insertEnterprise(db, QStringLiteral("e1"), QStringLiteral("732829320"), QStringLiteral("Acme")));
    CHECK(outboxCount(db) == 1);
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT table_name, row_id, op, payload FROM _outbox ORDER BY seq")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("enterprises"));
    CHECK(q.value(1).toString() == QStringLiteral("e1"));
    CHECK(q.value(2).toString() == QStringLiteral("I"));
    const QJsonObject payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    CHECK(payload.value(QStringLiteral("name")).toString() == QStringLiteral("Acme"));
    CHECK(payload.value(QStringLiteral("siren")).toString() == QStringLiteral("732829320"));

    REQUIRE(q.exec(QStringLiteral("UPDATE enterprises SET name = 'Acme SA', row_version = row_version + 1 WHERE id = 'e1'")));
    CHECK(outboxCount(db) == 2);
    REQUIRE(q.exec(QStringLiteral("DELETE FROM enterprises WHERE id = 'e1'")));
    CHECK(outboxCount(db) == 3);
    CHECK(scalar(db, QStringLiteral("SELECT group_concat(op, '') FROM (SELECT op FROM _outbox ORDER BY seq)")).toString() ==
          QStringLiteral("IUD"));
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT mutation_id) FROM _outbox")).toInt() == 3);
}

TEST_CASE("a rolled-back change leaves no outbox row")
{
    test::TempDatabase t;
    storage::Database& db = *t.db;
    {
        storage::Transaction tx(db);
        REQUIRE(tx.active());
        REQUIRE(test::insertEnterprise(db, QStringLiteral("e1"), QStringLiteral("732829320"), QStringLiteral("Acme")));
        CHECK(outboxCount(db) == 1); // visible inside the transaction
        tx.rollback();
    }
    CHECK(outboxCount(db) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM enterprises")).toInt() == 0);
}

TEST_CASE("changes applied with capture suspended are not captured, and capture resumes after")
{
    test::TempDatabase t;
    storage::Database& db = *t.db;
    {
        storage::Transaction tx(db);
        storage::CaptureSuspension off(db);
        REQUIRE(off.ok());
        REQUIRE(test::insertEnterprise(db, QStringLiteral("remote"), QStringLiteral("552100554"), QStringLiteral("Remote")));
    }
    // The transaction above was rolled back (no commit): the suspension went with it.
    CHECK(scalar(db, QStringLiteral("SELECT suspended FROM _capture")).toInt() == 0);
    {
        storage::Transaction tx(db);
        {
            storage::CaptureSuspension off(db);
            REQUIRE(test::insertEnterprise(db, QStringLiteral("remote"), QStringLiteral("552100554"), QStringLiteral("Remote")));
        }
        REQUIRE(tx.commit());
    }
    CHECK(outboxCount(db) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM enterprises")).toInt() == 1);
    REQUIRE(test::insertEnterprise(db, QStringLiteral("local"), QStringLiteral("732829320"), QStringLiteral("Local")));
    CHECK(outboxCount(db) == 1);
}
