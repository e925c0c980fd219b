// vigie-cli worker merge / unmerge (issue 13 item 1, cli-contract.md "Identities") on a demo database:
// the physician merges two workers of her team (exit 0, the merge id on stdout, the duplicate's rows on
// the kept worker as the independent SQLCipher shell reads them), a planner is refused (exit 3,
// audited), an unknown worker is exit 1, the unmerge restores the rows, a second unmerge is exit 1.
#include "CliFixture.h"
#include "catch_qt.h"

#include <QRegularExpression>

using vigie::test::Cli;

namespace {
QByteArray shellValue(const QString& db, const QByteArray& key, const QByteArray& settings, const QByteArray& sql)
{
    const auto r = Cli::shell(db, key, settings, sql);
    return r.exitCode == 0 ? Cli::lastLine(r.out) : QByteArray("<shell failed: ") + r.err + '>';
}
} // namespace

TEST_CASE("worker merge and unmerge from the command line, under the same rules and audit as the screen")
{
    Cli cli;
    const QString db = cli.file(QStringLiteral("demo.db"));
    REQUIRE(cli.demo(db, 60).exitCode == 0);
    const auto key = cli.as(db, QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("show")});
    REQUIRE(key.exitCode == 0);
    const QByteArray hex = key.out.trimmed();
    // Two workers the physician reaches (team A), each with an employment.
    QStringList ids;
    for (char c = 'a'; c <= 'z' && ids.size() < 2; ++c) {
        const auto f = cli.as(db, QStringLiteral("medecin"), {QStringLiteral("worker"), QStringLiteral("find"), QString(QLatin1Char(c))});
        for (const QByteArray& line : f.out.split('\n'))
            if (!line.isEmpty() && ids.size() < 2 && !ids.contains(QString::fromUtf8(line.split('\t').first())))
                ids << QString::fromUtf8(line.split('\t').first());
    }
    REQUIRE(ids.size() == 2);
    const QString kept = ids.at(0), duplicate = ids.at(1);
    const QByteArray employmentsOfDuplicate =
        shellValue(db, hex, key.err, "SELECT group_concat(id) FROM (SELECT id FROM employments WHERE worker_id = '" + duplicate.toUtf8() + "' ORDER BY id);");
    REQUIRE_FALSE(employmentsOfDuplicate.isEmpty());

    const QStringList merge{QStringLiteral("worker"), QStringLiteral("merge"), QStringLiteral("--keep"), kept,
                            QStringLiteral("--duplicate"), duplicate, QStringLiteral("--reason"), QStringLiteral("Pièce d'identité vue")};
    const auto refused = cli.as(db, QStringLiteral("planif"), merge);
    CHECK(refused.exitCode == 3);
    CHECK(refused.out.isEmpty());
    CHECK(shellValue(db, hex, key.err, "SELECT count(*) FROM _audit WHERE account = 'planif' AND outcome = 'denied' AND worker_id = '" +
                                           kept.toUtf8() + "';")
              .toInt() >= 1);

    const auto unknown = cli.as(db, QStringLiteral("medecin"),
                                {QStringLiteral("worker"), QStringLiteral("merge"), QStringLiteral("--keep"), kept, QStringLiteral("--duplicate"),
                                 QStringLiteral("nobody"), QStringLiteral("--reason"), QStringLiteral("x")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("nobody"));

    const auto done = cli.as(db, QStringLiteral("medecin"), merge);
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    const QString mergeId = QString::fromUtf8(done.out.trimmed());
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$")).match(mergeId).hasMatch());
    CHECK(shellValue(db, hex, key.err, "SELECT merged_into FROM workers WHERE id = '" + duplicate.toUtf8() + "';") == kept.toUtf8());
    CHECK(shellValue(db, hex, key.err, "SELECT count(*) FROM employments WHERE worker_id = '" + duplicate.toUtf8() + "';") == "0");

    const auto unmerge = cli.as(db, QStringLiteral("medecin"), {QStringLiteral("worker"), QStringLiteral("unmerge"), mergeId});
    INFO(unmerge.err.toStdString());
    REQUIRE(unmerge.exitCode == 0);
    CHECK(shellValue(db, hex, key.err, "SELECT coalesce(merged_into, 'none') FROM workers WHERE id = '" + duplicate.toUtf8() + "';") == "none");
    CHECK(shellValue(db, hex, key.err,
                     "SELECT group_concat(id) FROM (SELECT id FROM employments WHERE worker_id = '" + duplicate.toUtf8() + "' ORDER BY id);") ==
          employmentsOfDuplicate);
    CHECK(cli.as(db, QStringLiteral("medecin"), {QStringLiteral("worker"), QStringLiteral("unmerge"), mergeId}).exitCode == 1);
    CHECK(cli.as(db, QStringLiteral("medecin"), {QStringLiteral("worker"), QStringLiteral("unmerge")}).exitCode == 2);
}
