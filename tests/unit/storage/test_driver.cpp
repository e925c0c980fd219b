// The QSQLCIPHER driver: Qt Sql works on the encrypted file, the key is checked at open, the
// connection is configured as Vigie requires.
#include "TestSupport.h"
#include "catch_qt.h"

#include "storage/SqlCipherDriver.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QSqlTableModel>

using namespace vigie;
using vigie::test::scalar;

TEST_CASE("the connection is SQLCipher 4.5.5 with the required settings")
{
    test::TempDatabase t;
    storage::Database& db = *t.db;
    CHECK(scalar(db, QStringLiteral("PRAGMA cipher_version")).toString().startsWith(QLatin1String("4.5.5")));
    CHECK(scalar(db, QStringLiteral("SELECT sqlite_version()")).toString() == QStringLiteral("3.42.0"));
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA cache_size")).toInt() == -65536); // 64 MiB
    CHECK(scalar(db, QStringLiteral("PRAGMA cipher_page_size")).toInt() == 4096);
    CHECK(scalar(db, QStringLiteral("PRAGMA cipher_hmac_algorithm")).toString() == QStringLiteral("HMAC_SHA512"));
}

TEST_CASE("QSqlQuery: prepared statements, placeholders, types, transactions")
{
    test::TempDatabase t;
    QSqlDatabase sql = t.db->sql();
    QSqlQuery q(sql);
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, score REAL, data BLOB, note TEXT)")));
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO t(name, score, data, note) VALUES (:name, :score, :data, :note)")));
    q.bindValue(QStringLiteral(":name"), QStringLiteral("Élodie Œuvray"));
    q.bindValue(QStringLiteral(":score"), 12.5);
    q.bindValue(QStringLiteral(":data"), QByteArray("\x00\x01\x02", 3));
    q.bindValue(QStringLiteral(":note"), QVariant(QMetaType(QMetaType::QString)));
    REQUIRE(q.exec());
    CHECK(q.lastInsertId().toLongLong() == 1);
    CHECK(q.numRowsAffected() == 1);

    REQUIRE(sql.transaction());
    QSqlQuery batch(sql);
    batch.prepare(QStringLiteral("INSERT INTO t(name) VALUES (?)"));
    for (int i = 0; i < 1000; ++i) {
        batch.addBindValue(QStringLiteral("n%1").arg(i));
        REQUIRE(batch.exec());
    }
    REQUIRE(sql.commit());
    REQUIRE(sql.transaction());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM t WHERE id > 1")));
    REQUIRE(sql.rollback());
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM t")).toInt() == 1001);

    QSqlQuery read(sql);
    REQUIRE(read.exec(QStringLiteral("SELECT name, score, data, note FROM t WHERE id = 1")));
    REQUIRE(read.next());
    CHECK(read.value(0).toString() == QStringLiteral("Élodie Œuvray"));
    CHECK(read.value(1).toDouble() == 12.5);
    CHECK(read.value(2).toByteArray() == QByteArray("\x00\x01\x02", 3));
    CHECK(read.isNull(3));
    CHECK(read.record().fieldName(0) == QStringLiteral("name"));

    SECTION("scrollable results seek back and forth")
    {
        QSqlQuery s(sql);
        REQUIRE(s.exec(QStringLiteral("SELECT id FROM t ORDER BY id")));
        REQUIRE(s.seek(500));
        CHECK(s.value(0).toInt() == 501);
        REQUIRE(s.previous());
        CHECK(s.value(0).toInt() == 500);
        REQUIRE(s.last());
        CHECK(s.value(0).toInt() == 1001);
        REQUIRE(s.first());
        CHECK(s.value(0).toInt() == 1);
    }
    SECTION("errors are reported, not swallowed")
    {
        QSqlQuery bad(sql);
        CHECK_FALSE(bad.exec(QStringLiteral("SELECT * FROM missing_table")));
        CHECK(bad.lastError().databaseText().contains(QStringLiteral("no such table")));
    }
}

TEST_CASE("QSqlTableModel edits the encrypted database")
{
    test::TempDatabase t;
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL)")));
    QSqlTableModel model(nullptr, t.db->sql());
    model.setTable(QStringLiteral("people"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    REQUIRE(model.select());
    CHECK(t.db->sql().tables().contains(QStringLiteral("people")));
    CHECK(t.db->sql().primaryIndex(QStringLiteral("people")).fieldName(0) == QStringLiteral("id"));
    for (const char* name : {"Martin", "Bernard", "Dubois"}) {
        QSqlRecord r = model.record();
        r.setValue(QStringLiteral("name"), QString::fromLatin1(name));
        REQUIRE(model.insertRecord(-1, r));
    }
    REQUIRE(model.submitAll());
    model.setSort(1, Qt::AscendingOrder);
    model.setFilter(QStringLiteral("name <> 'Dubois'"));
    REQUIRE(model.select());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("Bernard"));
    REQUIRE(model.setData(model.index(0, 1), QStringLiteral("Bernard-Lévy")));
    REQUIRE(model.submitAll());
    CHECK(scalar(*t.db, QStringLiteral("SELECT name FROM people WHERE id = 2")).toString() ==
          QStringLiteral("Bernard-Lévy"));
}

TEST_CASE("a wrong key is refused at open with a clear error, and nothing is read")
{
    test::TempDatabase t;
    t.db.reset();
    const storage::SecretKey wrong = storage::SecretKey::random();
    auto r = storage::Database::open(t.path, wrong);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == core::ErrorCode::Storage);
    CHECK(r.error().message.contains(t.path));
}

TEST_CASE("opening a missing file does not create it, creating over an existing file is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.db"));
    auto r = storage::Database::open(path, storage::SecretKey::random());
    CHECK_FALSE(r.ok());
    CHECK_FALSE(QFile::exists(path));

    test::TempDatabase t;
    storage::Database::Options o;
    o.mode = storage::Database::Mode::CreateNew;
    auto again = storage::Database::open(t.path, t.key, o);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == core::ErrorCode::Invalid);
}
