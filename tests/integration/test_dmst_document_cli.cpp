// vigie-cli dmst document list|print (issue 18, cli-contract.md "Medical record documents") as a
// process on a demo database, documents of part 5° put in with the independent SQLCipher shell: the
// physician lists them (ID<TAB>KIND<TAB>STATUS<TAB>YYYY-MM-DD, draft / signed / superseded) and prints a
// signed one to PDF exactly as signed (pdftotext), audited "print"; a draft is not printed (exit 1), the
// planner is refused (exit 3, audited), bad options are usage errors (exit 2), an unknown id exit 1.
#include "CliFixture.h"
#include "catch_qt.h"

#include <QStandardPaths>

using vigie::test::Cli;

namespace {
QStringList lines(const QByteArray& out) { return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

struct Fixture {
    Cli cli;
    QString db = cli.file(QStringLiteral("demo.db"));
    QByteArray keyHex, settings;
    QString workerId;

    Fixture()
    {
        const auto demo = cli.demo(db, 60);
        if (demo.exitCode != 0)
            qFatal("demo failed: %s", demo.err.constData());
        const auto key = cli.as(db, QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("show")});
        keyHex = key.out.trimmed();
        for (const QByteArray& line : key.err.split('\n'))
            if (line.startsWith("PRAGMA"))
                settings += line + '\n';
        for (char c = 'a'; c <= 'z' && workerId.isEmpty(); ++c) {
            const auto f = cli.as(db, QStringLiteral("medecin"), {QStringLiteral("worker"), QStringLiteral("find"), QString(QLatin1Char(c)),
                                                                  QStringLiteral("--limit"), QStringLiteral("1")});
            if (f.exitCode == 0 && !f.out.isEmpty()) {
                // A worker the demo gave no document yet (it signs some after the visits of the past month).
                const QByteArray found = f.out.split('\t').first();
                if (Cli::lastLine(Cli::shell(db, keyHex, settings, "SELECT count(*) FROM dmst_documents WHERE worker_id = '" + found + "';").out) == "0")
                    workerId = QString::fromUtf8(found);
            }
        }
        const QByteArray w = workerId.toUtf8();
        const QByteArray insert =
            "INSERT INTO dmst_documents(id, worker_id, kind, status, issued_on, fields, html, signed_at, signed_by, supersedes, hlc, updated_by) "
            "VALUES ('doc-cli-old', '" + w + "', 'attestation', 'signed', '2026-10-02', '{}', '<html><body><p>OLD</p></body></html>', "
            "'2026-10-02T10:00:00Z', (SELECT id FROM accounts WHERE login = 'medecin'), NULL, '0', 'test'),"
            "('doc-cli-new', '" + w + "', 'attestation', 'signed', '2026-10-03', '{}', "
            "'<html><body><h1>Attestation de suivi</h1><p>CLIPRINTMARK</p></body></html>', '2026-10-03T10:00:00Z', "
            "(SELECT id FROM accounts WHERE login = 'medecin'), 'doc-cli-old', '0', 'test'),"
            "('doc-cli-draft', '" + w + "', 'aptitude', 'draft', '2026-10-04', '{}', '', NULL, NULL, NULL, '0', 'test');"
            "SELECT count(*) FROM dmst_documents WHERE worker_id = '" + w + "';";
        const auto r = Cli::shell(db, keyHex, settings, insert);
        if (Cli::lastLine(r.out) != "3")
            qFatal("cannot insert the documents: %s %s", r.out.constData(), r.err.constData());
    }
    QString sqlValue(const QByteArray& statement) const { return QString::fromUtf8(Cli::lastLine(Cli::shell(db, keyHex, settings, statement).out)); }
    vigie::test::ProcessResult as(const QString& user, const QStringList& command) const { return cli.as(db, user, command); }
};

Fixture& shared()
{
    static Fixture f;
    return f;
}
} // namespace

TEST_CASE("dmst document list prints one line per document with its kind, status and date")
{
    Fixture& f = shared();
    REQUIRE_FALSE(f.workerId.isEmpty());
    const auto r = f.as(QStringLiteral("medecin"), {QStringLiteral("dmst"), QStringLiteral("document"), QStringLiteral("list"),
                                                    QStringLiteral("--worker"), f.workerId});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QStringList rows = lines(r.out);
    rows.sort();
    CHECK(rows == QStringList{QStringLiteral("doc-cli-draft\tAVIS_APTITUDE\tdraft\t2026-10-04"),
                              QStringLiteral("doc-cli-new\tATTESTATION\tsigned\t2026-10-03"),
                              QStringLiteral("doc-cli-old\tATTESTATION\tsuperseded\t2026-10-02")});
}

TEST_CASE("dmst document print writes the signed document as signed, audited as a print, a draft is not printed")
{
    Fixture& f = shared();
    const QString out = f.cli.file(QStringLiteral("attestation.pdf"));
    const QString before = f.sqlValue("SELECT count(*) FROM _audit WHERE action = 'print' AND part = 5 AND account = 'medecin';");
    const auto r = f.as(QStringLiteral("medecin"), {QStringLiteral("dmst"), QStringLiteral("document"), QStringLiteral("print"),
                                                    QStringLiteral("--id"), QStringLiteral("doc-cli-new"), QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(vigie::test::readAll(out).startsWith("%PDF"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    const auto text = vigie::test::run(pdftotext, {out, QStringLiteral("-")});
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("CLIPRINTMARK")));
    CHECK(f.sqlValue("SELECT count(*) FROM _audit WHERE action = 'print' AND part = 5 AND account = 'medecin';").toInt() == before.toInt() + 1);

    const auto draft = f.as(QStringLiteral("medecin"), {QStringLiteral("dmst"), QStringLiteral("document"), QStringLiteral("print"),
                                                        QStringLiteral("--id"), QStringLiteral("doc-cli-draft"), QStringLiteral("--out"),
                                                        f.cli.file(QStringLiteral("draft.pdf"))});
    CHECK(draft.exitCode == 1);
    const auto unknown = f.as(QStringLiteral("medecin"), {QStringLiteral("dmst"), QStringLiteral("document"), QStringLiteral("print"),
                                                          QStringLiteral("--id"), QStringLiteral("no-such-document"), QStringLiteral("--out"),
                                                          f.cli.file(QStringLiteral("none.pdf"))});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("no-such-document"));
}

TEST_CASE("dmst document: the planner is refused and audited, bad options are usage errors")
{
    Fixture& f = shared();
    const QString before = f.sqlValue("SELECT count(*) FROM _audit WHERE account = 'planif' AND outcome = 'denied';");
    const auto list = f.as(QStringLiteral("planif"), {QStringLiteral("dmst"), QStringLiteral("document"), QStringLiteral("list"),
                                                      QStringLiteral("--worker"), f.workerId});
    CHECK(list.exitCode == 3);
    CHECK(list.out.isEmpty());
    const auto print = f.as(QStringLiteral("planif"), {QStringLiteral("dmst"), QStringLiteral("document"), QStringLiteral("print"),
                                                       QStringLiteral("--id"), QStringLiteral("doc-cli-new"), QStringLiteral("--out"),
                                                       f.cli.file(QStringLiteral("planif.pdf"))});
    CHECK(print.exitCode == 3);
    CHECK(f.sqlValue("SELECT count(*) FROM _audit WHERE account = 'planif' AND outcome = 'denied';").toInt() == before.toInt() + 2);
    CHECK(f.as(QStringLiteral("medecin"), {QStringLiteral("dmst"), QStringLiteral("document"), QStringLiteral("list")}).exitCode == 2);
    CHECK(f.as(QStringLiteral("medecin"), {QStringLiteral("dmst"), QStringLiteral("document"), QStringLiteral("print"), QStringLiteral("--id"),
                                           QStringLiteral("doc-cli-new")})
              .exitCode == 2);
}
