// vigie-cli companysheet commands (issue 8) on a demo database, as an integrator would run them:
// validate, history, diff, send, print (pdftotext), verify — including an alteration made with the
// independent SQLCipher shell keyed by `key show` — and due; exit codes of cli-contract.md.
#include "CliFixture.h"
#include "catch_qt.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <QStandardPaths>

using vigie::test::Cli;

namespace {
QString text(const QByteArray& b) { return QString::fromUtf8(b); }
QStringList lines(const QByteArray& out) { return text(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

struct Fixture {
    Cli cli;
    QString db = cli.file(QStringLiteral("demo.db"));
    QByteArray keyHex, settings;

    Fixture()
    {
        const auto demo = cli.demo(db, 150);
        if (demo.exitCode != 0)
            qFatal("demo failed: %s", demo.err.constData());
        const auto key = cli.as(db, QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("show")});
        keyHex = key.out.trimmed();
        for (const QByteArray& line : key.err.split('\n'))
            if (line.startsWith("PRAGMA"))
                settings += line + '\n';
    }
    vigie::test::ProcessResult as(const QString& user, const QStringList& command) const { return cli.as(db, user, command); }
    QString sqlValue(const QByteArray& statement) const
    {
        return QString::fromUtf8(Cli::lastLine(Cli::shell(db, keyHex, settings, statement).out));
    }
};

Fixture& shared()
{
    static Fixture f;
    return f;
}

QStringList cmd(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words)
        out << QString::fromUtf8(w);
    return out;
}
} // namespace

TEST_CASE("the demo holds validated company sheets, one with two versions, and renewals due")
{
    Fixture& f = shared();
    const QString siret = f.sqlValue("SELECT e.siret FROM companysheet_versions v JOIN establishments e ON e.id = v.establishment_id "
                                     "GROUP BY e.id HAVING count(*) = 2;");
    REQUIRE(siret.size() == 14);
    const auto history = f.as(QStringLiteral("iprp"), QStringList{QStringLiteral("companysheet"), QStringLiteral("history"),
                                                                  QStringLiteral("--establishment"), siret});
    INFO(history.err.toStdString());
    REQUIRE(history.exitCode == 0);
    const QStringList rows = lines(history.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).startsWith(QStringLiteral("1\t")));
    CHECK(rows.at(0).endsWith(QStringLiteral(":email")));
    CHECK(rows.at(1).startsWith(QStringLiteral("2\t")));
    CHECK(rows.at(1).split(QLatin1Char('\t')).at(2) == QStringLiteral("Sophie Lambert"));

    const auto diff = f.as(QStringLiteral("iprp"), QStringList{QStringLiteral("companysheet"), QStringLiteral("diff"),
                                                               QStringLiteral("--establishment"), siret, QStringLiteral("--from"),
                                                               QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("2")});
    REQUIRE(diff.exitCode == 0);
    CHECK(text(diff.out).contains(QStringLiteral("advice\tsynthesis\t")));
    CHECK(text(diff.out).contains(QStringLiteral("Mise à jour")));

    const auto due = f.as(QStringLiteral("medecin"), cmd({"companysheet", "due"}));
    REQUIRE(due.exitCode == 0);
    CHECK(text(due.out).contains(QStringLiteral("\trenewal\t")));
    CHECK(text(due.out).contains(QStringLiteral("\tlate\t")));
    const auto counts = f.as(QStringLiteral("medecin"), cmd({"companysheet", "due", "--counts"}));
    REQUIRE(counts.exitCode == 0);
    REQUIRE_FALSE(lines(counts.out).isEmpty());
    for (const QString& l : lines(counts.out)) {
        const QStringList c = l.split(QLatin1Char('\t'));
        REQUIRE(c.size() == 5);
        CHECK(c.at(1).toInt() + c.at(2).toInt() == c.at(4).toInt());
    }
    // A planner does not use company sheets: refused (exit 3) and audited.
    CHECK(f.as(QStringLiteral("planif"), cmd({"companysheet", "due"})).exitCode == 3);
    CHECK(f.sqlValue("SELECT count(*) FROM _audit WHERE account = 'planif' AND resource = 'module.companysheets' AND outcome = 'denied';")
              .toInt() >= 1);
}

TEST_CASE("validate, print, send and verify from the command line, and an alteration in the SQLCipher shell is found")
{
    Fixture& f = shared();
    const QString siret = f.sqlValue("SELECT siret FROM establishments WHERE id NOT IN (SELECT establishment_id FROM companysheet_versions) "
                                     "AND status = 'active' ORDER BY siret LIMIT 1;");
    REQUIRE(siret.size() == 14);
    const QStringList est{QStringLiteral("--establishment"), siret};
    const QString pdf = f.cli.file(QStringLiteral("fiche.pdf"));

    // No validated sheet yet: print exits 1.
    CHECK(f.as(QStringLiteral("iprp"), cmd({"companysheet", "print"}) + est + QStringList{QStringLiteral("--out"), pdf}).exitCode == 1);

    // An assistant prepares but does not validate.
    CHECK(f.as(QStringLiteral("assistant"), cmd({"companysheet", "validate"}) + est).exitCode == 3);

    const auto v1 = f.as(QStringLiteral("iprp"), cmd({"companysheet", "validate"}) + est +
                                                   QStringList{QStringLiteral("advice.synthesis=Bruit de l'atelier à réduire"),
                                                               QStringLiteral("workforce.reduced_mobility=1")});
    INFO(v1.err.toStdString());
    REQUIRE(v1.exitCode == 0);
    CHECK(QRegularExpression(QStringLiteral("^1\t[0-9a-f]{64}$")).match(text(v1.out).trimmed()).hasMatch());
    CHECK(f.as(QStringLiteral("iprp"), cmd({"companysheet", "validate"}) + est + QStringList{QStringLiteral("advice.horoscope=x")}).exitCode == 1);
    CHECK(f.as(QStringLiteral("iprp"), cmd({"companysheet", "validate"}) + est + QStringList{QStringLiteral("nonsense")}).exitCode == 2);
    const auto v2 = f.as(QStringLiteral("iprp"), cmd({"companysheet", "validate"}) + est +
                                                   QStringList{QStringLiteral("advice.synthesis=Capotage réalisé")});
    REQUIRE(v2.exitCode == 0);
    CHECK(text(v2.out).startsWith(QStringLiteral("2\t")));

    const auto show = f.as(QStringLiteral("infirmier"), cmd({"companysheet", "show", "--version", "1"}) + est);
    if (show.exitCode == 0) { // the nurse reaches it only when the establishment is her team's
        CHECK(text(show.out).contains(QStringLiteral("advice.synthesis\tBruit de l'atelier à réduire")));
        CHECK(text(show.out).contains(QStringLiteral("workforce.reduced_mobility\t1")));
    } else {
        CHECK(show.exitCode == 3);
    }

    REQUIRE(f.as(QStringLiteral("iprp"), cmd({"companysheet", "send", "--channel", "registered_post"}) + est).exitCode == 0);
    CHECK(f.as(QStringLiteral("iprp"), cmd({"companysheet", "send", "--channel", "pigeon"}) + est).exitCode == 2);
    const auto history = f.as(QStringLiteral("iprp"), cmd({"companysheet", "history"}) + est);
    REQUIRE(lines(history.out).size() == 2);
    CHECK(lines(history.out).at(1).endsWith(QStringLiteral(":registered_post")));

    const auto printed = f.as(QStringLiteral("iprp"), cmd({"companysheet", "print", "--version", "1"}) + est + QStringList{QStringLiteral("--out"), pdf});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const auto pdftext = vigie::test::run(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {pdf, QStringLiteral("-")});
    const QString printedText = text(pdftext.out).normalized(QString::NormalizationForm_KC).simplified();
    CHECK(printedText.contains(QStringLiteral("Identification de l'entreprise et conseils")));
    CHECK(printedText.contains(QStringLiteral("Bruit de l'atelier à réduire")));
    CHECK_FALSE(printedText.contains(QStringLiteral("Capotage réalisé")));
    CHECK(f.as(QStringLiteral("iprp"), cmd({"companysheet", "print", "--version", "9"}) + est + QStringList{QStringLiteral("--out"), pdf})
              .exitCode == 1);

    const auto intact = f.as(QStringLiteral("iprp"), cmd({"companysheet", "verify"}) + est);
    CHECK(intact.exitCode == 0);
    CHECK(text(intact.out).trimmed() == QStringLiteral("intact\t2"));

    // The validated version cannot be changed through SQL as long as the trigger is there...
    const QByteArray where = "WHERE number = 1 AND establishment_id = (SELECT id FROM establishments WHERE siret = '" + siret.toLatin1() + "')";
    const auto refused = Cli::shell(f.db, f.keyHex, f.settings, "UPDATE companysheet_versions SET content = '{}' " + where + ";");
    CHECK(text(refused.out + refused.err).contains(QStringLiteral("cannot be changed")));
    // ...and when someone with the key drops it, the chain finds the alteration.
    const auto altered = Cli::shell(f.db, f.keyHex, f.settings,
                                    "DROP TRIGGER companysheet_versions_immutable;\n"
                                    "UPDATE companysheet_versions SET content = replace(content, 'réduire', 'ignorer') " + where + ";\n");
    REQUIRE(altered.exitCode == 0);
    const auto broken = f.as(QStringLiteral("iprp"), cmd({"companysheet", "verify"}) + est);
    CHECK(broken.exitCode == 1);
    CHECK(text(broken.out).trimmed() == QStringLiteral("broken\t1"));
    CHECK_FALSE(broken.err.isEmpty());
}

TEST_CASE("workplace actions from the command line: recorded with the sheet version they fed and a report, listed, refusals")
{
    Fixture& f = shared();
    const QString siret = f.sqlValue("SELECT e.siret FROM companysheet_versions v JOIN establishments e ON e.id = v.establishment_id "
                                     "GROUP BY e.id HAVING count(*) = 2;");
    REQUIRE(siret.size() == 14);
    const QString reportPath = f.cli.file(QStringLiteral("etude-de-poste.txt"));
    {
        QFile r(reportPath);
        REQUIRE(r.open(QIODevice::WriteOnly));
        r.write("Etude du poste de soudage : aspiration a la source a installer.\n");
    }
    const QStringList add{QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--establishment"), siret,
                          QStringLiteral("--kind"), QStringLiteral("post_study"), QStringLiteral("--date"), QStringLiteral("2026-10-05"),
                          QStringLiteral("--title"), QStringLiteral("Étude du poste de soudage"), QStringLiteral("--professionals"),
                          QStringLiteral("iprp,medecin"), QStringLiteral("--participants"), QStringLiteral("3"),
                          QStringLiteral("--sheet-version"), QStringLiteral("2"), QStringLiteral("--report"), reportPath};
    const auto added = f.as(QStringLiteral("iprp"), add);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString id = text(added.out).trimmed();
    CHECK(id.size() == 36);
    CHECK(f.sqlValue(QStringLiteral("SELECT count(*) FROM workplace_actions WHERE id = '%1';").arg(id).toUtf8()) == QStringLiteral("1"));

    const auto listed = f.as(QStringLiteral("medecin"), QStringList{QStringLiteral("action"), QStringLiteral("list"),
                                                                    QStringLiteral("--establishment"), siret});
    REQUIRE(listed.exitCode == 0);
    const QStringList rows = lines(listed.out);
    const auto mine = std::find_if(rows.cbegin(), rows.cend(), [](const QString& r) { return r.contains(QStringLiteral("soudage")); });
    REQUIRE(mine != rows.cend());
    // The demo's actions at that establishment (those of the indicators too) and this one.
    const int recorded = f.sqlValue(QStringLiteral("SELECT count(*) FROM workplace_actions a JOIN establishments e ON e.id = a.establishment_id "
                                                   "WHERE e.siret = '%1' AND a.deleted = 0;")
                                        .arg(siret)
                                        .toUtf8())
                             .toInt();
    CHECK(recorded >= 6);
    CHECK(rows.size() == recorded);
    const QStringList cells = mine->split(QLatin1Char('\t'));
    REQUIRE(cells.size() == 7);
    CHECK(cells.at(0) == QStringLiteral("2026-10-05"));
    CHECK(cells.at(1) == QStringLiteral("post_study"));
    CHECK(cells.at(2) == QStringLiteral("Étude du poste de soudage"));
    CHECK(cells.at(3) == QStringLiteral("3"));
    CHECK(cells.at(5) == QStringLiteral("2"));
    CHECK(cells.at(6) == QStringLiteral("etude-de-poste.txt"));

    // A director does not use company sheets: refused (exit 3) and audited; a bad kind is a usage error.
    CHECK(f.as(QStringLiteral("directeur"), add).exitCode == 3);
    QStringList badKind = add;
    badKind[badKind.indexOf(QStringLiteral("post_study"))] = QStringLiteral("picnic");
    const auto bad = f.as(QStringLiteral("iprp"), badKind);
    CHECK(bad.exitCode == 2);
    CHECK(text(bad.err).contains(QStringLiteral("picnic")));
    CHECK(lines(f.as(QStringLiteral("medecin"), QStringList{QStringLiteral("action"), QStringLiteral("list"),
                                                             QStringLiteral("--establishment"), siret})
                    .out)
              .size() == recorded); // nothing recorded by the refused commands
}
