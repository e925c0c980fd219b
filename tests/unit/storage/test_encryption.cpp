// Encryption checked by tools that do not trust Vigie's code: the file header, the standard sqlite3
// shell, and grep over the database, WAL and journal files for a marker written through Vigie.
#include "TestSupport.h"
#include "catch_qt.h"

#include <QDirIterator>
#include <QStandardPaths>

using namespace vigie;

TEST_CASE("the database file is encrypted: no SQLite header, unreadable by sqlite3, no marker in any file")
{
    test::TempDatabase t;
    const QString marker = QStringLiteral("MARQUEUR-SECRET-7f3a9c");
    // Enough rows to spill pages to the WAL, and one left uncommitted-then-committed in the WAL.
    for (int i = 0; i < 200; ++i)
        REQUIRE(test::insertEnterprise(*t.db, QStringLiteral("id-%1").arg(i), QStringLiteral("%1").arg(100000000 + i),
                                       marker + QString::number(i)));
    // While the connection is open the WAL holds the recent pages: check it too.
    const QDir dir(t.dir.path());
    auto checkFiles = [&] {
        QDirIterator it(t.dir.path(), QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            const QString f = it.next();
            ++files;
            const auto grep = test::run(QStringLiteral("grep"), {QStringLiteral("-c"), QStringLiteral("-a"), marker, f});
            INFO(f.toStdString());
            CHECK(grep.out.trimmed() == "0");
            CHECK_FALSE(test::readAll(f).contains(marker.toUtf8()));
        }
        return files;
    };
    CHECK(QFile::exists(t.path + QStringLiteral("-wal")));
    CHECK(checkFiles() >= 2);

    t.db.reset(); // checkpoint and close
    const QByteArray head = test::readAll(t.path).left(16);
    CHECK(head != QByteArray("SQLite format 3\0", 16));
    checkFiles();

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    REQUIRE_FALSE(sqlite3.isEmpty());
    const auto shell = test::run(sqlite3, {t.path, QStringLiteral("SELECT count(*) FROM sqlite_master;")});
    CHECK(shell.exitCode != 0);
    CHECK(shell.err.contains("not a database"));
}

TEST_CASE("the independent SQLCipher shell reads the file with the raw key, and only with it")
{
    test::TempDatabase t;
    REQUIRE(test::insertEnterprise(*t.db, QStringLiteral("e1"), QStringLiteral("732829320"), QStringLiteral("Bouygues")));
    t.db.reset();
    const QString shell = test::binDir() + QStringLiteral("/sqlcipher-shell");
    const QByteArray script = "PRAGMA key = \"x'" + t.key.toHex().toLatin1() +
                              "'\";\nSELECT name FROM enterprises WHERE siren = '732829320';\n";
    const auto ok = test::run(shell, {t.path}, script);
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.trimmed().split('\n').last() == "Bouygues"); // after the "ok" that PRAGMA key answers

    const QByteArray wrong = "PRAGMA key = \"x'" + storage::SecretKey::random().toHex().toLatin1() +
                             "'\";\nSELECT name FROM enterprises;\n";
    const auto refused = test::run(shell, {t.path}, wrong);
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(refused.out.contains("Bouygues"));
}
