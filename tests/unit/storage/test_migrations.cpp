// Numbered migrations: each in its own transaction, after a backup; versions recorded; a newer schema
// is refused with a clear message.
#include "TestSupport.h"
#include "catch_qt.h"

#include "storage/Migrations.h"

using namespace vigie;
using test::scalar;

TEST_CASE("migrations are numbered and found in the resources")
{
    const auto all = storage::Migrations::available();
    REQUIRE(all.size() >= 2);
    for (qsizetype i = 0; i < all.size(); ++i)
        CHECK(all.at(i).number == int(i) + 1); // no gap, no duplicate
}

TEST_CASE("an old file is upgraded, keeps its data, and a backup of it is made first")
{
    test::TempDatabase t(1); // schema 1 only: the foundation tables
    CHECK(t.db->schemaVersion() == 1);
    CHECK_FALSE(t.db->sql().tables().contains(QStringLiteral("workers")));
    REQUIRE(t.db->setMeta(QStringLiteral("kept"), QStringLiteral("donnée d'avant")));

    t.reopen(); // to the latest schema
    CHECK(t.db->schemaVersion() == storage::Migrations::latest());
    CHECK(t.db->meta(QStringLiteral("schema_version")).toInt() == storage::Migrations::latest());
    CHECK_FALSE(t.db->meta(QStringLiteral("written_by")).isEmpty());
    CHECK(t.db->meta(QStringLiteral("kept")) == QStringLiteral("donnée d'avant"));
    CHECK(t.db->sql().tables().contains(QStringLiteral("workers")));

    const QString backup = storage::Migrations::backupPathFor(t.path, 1);
    REQUIRE(QFile::exists(backup));
    // The backup is the old file, still encrypted with the same key and at schema 1.
    storage::Database::Options o;
    o.migrateTo = 1;
    auto old = storage::Database::open(backup, t.key, o);
    REQUIRE(old.ok());
    CHECK(old.value()->schemaVersion() == 1);
    CHECK(old.value()->meta(QStringLiteral("kept")) == QStringLiteral("donnée d'avant"));
}

TEST_CASE("a file written by a newer schema is refused and left untouched")
{
    test::TempDatabase t;
    REQUIRE(t.db->execScript(QStringLiteral("PRAGMA user_version = 9999")));
    t.db.reset();
    const QByteArray before = test::readAll(t.path);
    auto r = storage::Database::open(t.path, t.key);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == core::ErrorCode::Storage);
    CHECK(r.error().message.contains(QStringLiteral("9999")));
    CHECK(test::readAll(t.path) == before);
}

TEST_CASE("every synchronised table gets change-capture triggers after migrating")
{
    test::TempDatabase t;
    for (const char* table : {"accounts", "enterprises", "establishments", "workers", "employments", "visits", "absences"}) {
        INFO(table);
        CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '%1' "
                                           "AND name LIKE '\\_cc\\_%' ESCAPE '\\'")
                                .arg(QLatin1String(table)))
                  .toInt() == 3);
    }
}
