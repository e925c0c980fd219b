// vigie-cli backup / restore (issue 20 item 4, cli-contract.md "Operations") on a demo database: the
// administrator's backup is a verified, 0600, encrypted copy that the independent SQLCipher shell reads
// with the database key, with its SHA-256 printed; others are refused (exit 3); an existing file is
// never overwritten (exit 1); a restore brings back the state of the backup and keeps the replaced file;
// a deliberately damaged backup, or one whose audit seal is gone, is refused (exit 5) and nothing is
// replaced; the restored database's audit trail verifies, seal included.
#include "CliFixture.h"
#include "catch_qt.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

using vigie::test::Cli;

namespace {
QByteArray sha256(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}
} // namespace

TEST_CASE("backup, restore, and a damaged backup refused before anything is replaced")
{
    Cli cli;
    const QString db = cli.file(QStringLiteral("demo.db"));
    REQUIRE(cli.demo(db, 40).exitCode == 0);
    const auto key = cli.as(db, QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("show")});
    REQUIRE(key.exitCode == 0);
    const QString backup = cli.file(QStringLiteral("backup.db"));

    CHECK(cli.as(db, QStringLiteral("medecin"), {QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode == 3);
    CHECK_FALSE(QFileInfo::exists(backup));

    const auto made = cli.as(db, QStringLiteral("admin"), {QStringLiteral("backup"), QStringLiteral("--out"), backup});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QList<QByteArray> fields = made.out.trimmed().split('\t');
    REQUIRE(fields.size() == 3);
    CHECK(fields.at(0) == backup.toUtf8());
    CHECK(fields.at(1) == sha256(backup));
    CHECK(fields.at(2).toInt() > 0);
    CHECK((QFileInfo(backup).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    // The copy is encrypted with the database key: the independent shell reads it with the key only.
    const auto rows = Cli::shell(backup, key.out.trimmed(), key.err, "SELECT count(*) FROM workers;");
    REQUIRE(rows.exitCode == 0);
    CHECK(Cli::lastLine(rows.out) == "40");
    CHECK(vigie::test::readAll(backup).left(16) != QByteArray("SQLite format 3\0", 16));
    CHECK(cli.as(db, QStringLiteral("admin"), {QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode == 1);

    // Written after the backup: gone once it is restored; the replaced database is kept.
    const QString newPw = cli.file(QStringLiteral("pw2"));
    Cli::writeFile(newPw, "Autre-Mot-De-Passe-2026!\n");
    REQUIRE(cli.as(db, QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("tardif"),
                                                 QStringLiteral("--role"), QStringLiteral("asst"), QStringLiteral("--name"), QStringLiteral("Arrivée Tardive"),
                                                 QStringLiteral("--password-file"), newPw})
                .exitCode == 0);

    // A damaged copy of the backup (bytes changed in a page) is refused; nothing is replaced.
    const QString damaged = cli.file(QStringLiteral("damaged.db"));
    {
        QByteArray bytes = vigie::test::readAll(backup);
        for (int i = 0; i < 64; ++i)
            bytes[bytes.size() / 2 + i] = char(bytes[bytes.size() / 2 + i] ^ 0x5a);
        Cli::writeFile(damaged, bytes);
        QFile::copy(backup + QStringLiteral(".keyring"), damaged + QStringLiteral(".keyring"));
    }
    const auto refused = cli.as(db, QStringLiteral("admin"), {QStringLiteral("restore"), damaged});
    CHECK(refused.exitCode == 5);
    CHECK(refused.err.contains("damaged.db"));
    CHECK(QDir(cli.dir.path()).entryList({QStringLiteral("demo.db.replaced-*")}).isEmpty()); // nothing set aside, nothing replaced
    CHECK(cli.as(db, QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list")}).out.contains("tardif"));

    // A sound copy whose audit seal went missing (the trail could have been cut) is refused too.
    const QString unsealed = cli.file(QStringLiteral("unsealed.db"));
    REQUIRE(QFileInfo::exists(backup + QStringLiteral(".auditseal")));
    QFile::copy(backup, unsealed);
    QFile::copy(backup + QStringLiteral(".keyring"), unsealed + QStringLiteral(".keyring"));
    const auto noSeal = cli.as(db, QStringLiteral("admin"), {QStringLiteral("restore"), unsealed});
    CHECK(noSeal.exitCode == 5);
    CHECK(noSeal.err.contains("unsealed.db"));
    CHECK(QDir(cli.dir.path()).entryList({QStringLiteral("demo.db.replaced-*")}).isEmpty());

    const auto restored = cli.as(db, QStringLiteral("admin"), {QStringLiteral("restore"), backup});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    const QList<QByteArray> r = restored.out.trimmed().split('\t');
    REQUIRE(r.size() == 3);
    CHECK(r.at(1) == sha256(backup));
    CHECK(QFileInfo::exists(QString::fromUtf8(r.at(2))));
    CHECK_FALSE(cli.as(db, QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list")}).out.contains("tardif"));
    const auto verified = cli.as(db, QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(verified.exitCode == 0);
}
