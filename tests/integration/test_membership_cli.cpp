// vigie-cli membership commands (issue 5 part 7) on a demo database, as an integrator would run them:
// the contribution settings (the rate refused outside 80–120 %, naming it), `establishment show`, and
// `invoice run`, numbered without gaps even after a run that failed part-way (a failure injected with
// the independent SQLCipher shell); exit codes of cli-contract.md.
#include "CliFixture.h"
#include "catch_qt.h"

#include "core/Siret.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

using vigie::test::Cli;

namespace {
QString text(const QByteArray& b) { return QString::fromUtf8(b); }

QStringList lines(const QByteArray& out)
{
    return text(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The messages of vigie-cli on stderr, without Qt's own runtime warnings (a vigie-cli running a
// QGuiApplication as root without XDG_RUNTIME_DIR says so once).
QStringList messages(const QByteArray& err)
{
    QStringList out;
    for (const QString& l : lines(err))
        if (!l.startsWith(QLatin1String("QStandardPaths:")))
            out << l;
    return out;
}

struct Fixture {
    Cli cli;
    QString db = cli.file(QStringLiteral("demo.db"));
    QByteArray keyHex, settings;
    int year = QDate::currentDate().year();

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
    vigie::test::ProcessResult sql(const QByteArray& statements) const { return Cli::shell(db, keyHex, settings, statements); }
    // The last line the shell printed (the first is the key's "ok").
    QString sqlValue(const QByteArray& statement) const { return QString::fromUtf8(Cli::lastLine(sql(statement).out)); }

    void configure() const
    {
        REQUIRE(as(QStringLiteral("admin"), {QStringLiteral("contribution"), QStringLiteral("set"), QStringLiteral("--year"),
                                              QString::number(year), QStringLiteral("--reference"), QStringLiteral("115,50"),
                                              QStringLiteral("--rate"), QStringLiteral("120")})
                    .exitCode == 0);
        const QString siret = vigie::core::luhnCompleteSiret(vigie::core::luhnCompleteSiren(QStringLiteral("77556611")) + QStringLiteral("0001"));
        const auto identity = as(QStringLiteral("admin"),
                                 {QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("--name"),
                                  QStringLiteral("Santé au Travail Val de Loire"), QStringLiteral("--legal-form"),
                                  QStringLiteral("Association loi 1901"), QStringLiteral("--street"), QStringLiteral("8 rue des Tanneurs"),
                                  QStringLiteral("--postal-code"), QStringLiteral("37000"), QStringLiteral("--city"), QStringLiteral("Tours"),
                                  QStringLiteral("--siret"), siret, QStringLiteral("--vat-exemption"),
                                  QStringLiteral("Exonération de TVA – article 261-7-1° du CGI")});
        INFO(identity.err.toStdString());
        REQUIRE(identity.exitCode == 0);
    }
};

const Fixture& shared()
{
    static const Fixture f;
    return f;
}
} // namespace

TEST_CASE("contribution set: the rate within 80–120 % of the reference, refused naming the value")
{
    Fixture f;
    const auto tooHigh = f.as(QStringLiteral("admin"), {QStringLiteral("contribution"), QStringLiteral("set"), QStringLiteral("--year"),
                                                         QStringLiteral("2025"), QStringLiteral("--reference"), QStringLiteral("115,50"),
                                                         QStringLiteral("--rate"), QStringLiteral("140")});
    CHECK(tooHigh.exitCode == 1);
    const QString message = text(tooHigh.err);
    CHECK((message.contains(QStringLiteral("140,00")) || message.contains(QStringLiteral("140.00"))));
    CHECK((message.contains(QStringLiteral("138,60")) || message.contains(QStringLiteral("138.60"))));
    CHECK((message.contains(QStringLiteral("92,40")) || message.contains(QStringLiteral("92.40"))));
    CHECK(messages(tooHigh.err).size() == 1);

    const auto ok = f.as(QStringLiteral("admin"), {QStringLiteral("contribution"), QStringLiteral("set"), QStringLiteral("--year"),
                                                    QStringLiteral("2025"), QStringLiteral("--reference"), QStringLiteral("115.50"),
                                                    QStringLiteral("--rate"), QStringLiteral("92,40")});
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(text(ok.out).trimmed() == QStringLiteral("2025\t115.50\t92.40\t92.40\t138.60"));

    // Not the planner's: refused and audited.
    const auto denied = f.as(QStringLiteral("planif"), {QStringLiteral("contribution"), QStringLiteral("set"), QStringLiteral("--year"),
                                                         QStringLiteral("2025"), QStringLiteral("--reference"), QStringLiteral("115,50"),
                                                         QStringLiteral("--rate"), QStringLiteral("120")});
    CHECK(denied.exitCode == 3);
    CHECK(f.sqlValue("SELECT count(*) FROM _audit WHERE account = 'planif' AND outcome = 'denied';\n") == QStringLiteral("1"));
    CHECK(f.as(QStringLiteral("admin"), {QStringLiteral("contribution"), QStringLiteral("set"), QStringLiteral("--year"),
                                          QStringLiteral("2025"), QStringLiteral("--reference"), QStringLiteral("abc"),
                                          QStringLiteral("--rate"), QStringLiteral("120")})
              .exitCode == 1);
    CHECK(f.as(QStringLiteral("admin"), {QStringLiteral("contribution"), QStringLiteral("set"), QStringLiteral("--reference"),
                                          QStringLiteral("115,50"), QStringLiteral("--rate"), QStringLiteral("120")})
              .exitCode == 2);
}

TEST_CASE("establishment show: the member record and its enterprise's establishments")
{
    const Fixture& f = shared();
    const auto list = f.as(QStringLiteral("planif"), {QStringLiteral("establishment"), QStringLiteral("list"), QStringLiteral("--limit"),
                                                       QStringLiteral("1")});
    REQUIRE(list.exitCode == 0);
    const QString siret = lines(list.out).first().section(QLatin1Char('\t'), 0, 0);
    const auto shown = f.as(QStringLiteral("planif"), {QStringLiteral("establishment"), QStringLiteral("show"), siret});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    QMap<QString, QString> record;
    QStringList siblings;
    for (const QString& l : lines(shown.out)) {
        const QString key = l.section(QLatin1Char('\t'), 0, 0);
        const QString value = l.section(QLatin1Char('\t'), 1);
        if (key == QLatin1String("establishment"))
            siblings << value.section(QLatin1Char('\t'), 0, 0);
        else
            record.insert(key, value);
    }
    CHECK(record.value(QStringLiteral("siret")) == siret);
    CHECK(record.value(QStringLiteral("siren")) == siret.left(9));
    CHECK_FALSE(record.value(QStringLiteral("enterprise")).isEmpty());
    CHECK(QRegularExpression(QStringLiteral("^\\d{2}\\.\\d{2}[A-Z]$")).match(record.value(QStringLiteral("naf"))).hasMatch());
    CHECK(record.value(QStringLiteral("member_number")).startsWith(QLatin1Char('A')));
    CHECK(record.contains(QStringLiteral("status")));
    CHECK(record.value(QStringLiteral("workers_followed")).startsWith(QString::number(f.year) + QLatin1Char('\t')));
    CHECK(siblings.contains(siret));
    for (const QString& other : siblings)
        CHECK(other.left(9) == siret.left(9)); // consolidation by SIREN

    // The SIRET may be typed with spaces.
    CHECK(f.as(QStringLiteral("planif"), {QStringLiteral("establishment"), QStringLiteral("show"), siret.left(3), siret.mid(3, 3),
                                           siret.mid(6, 3), siret.mid(9)})
              .exitCode == 0);
    // A wrong key, an unknown establishment: exit 1, naming the value.
    QString wrong = siret;
    wrong[13] = QChar(u'0' + (wrong[13].digitValue() + 1) % 10);
    const auto bad = f.as(QStringLiteral("planif"), {QStringLiteral("establishment"), QStringLiteral("show"), wrong});
    CHECK(bad.exitCode == 1);
    CHECK(text(bad.err).contains(wrong));
    const QString unknown = vigie::core::luhnCompleteSiret(vigie::core::luhnCompleteSiren(QStringLiteral("29999993")) + QStringLiteral("0001"));
    const auto missing = f.as(QStringLiteral("planif"), {QStringLiteral("establishment"), QStringLiteral("show"), unknown});
    CHECK(missing.exitCode == 1);
    CHECK(text(missing.err).contains(unknown));
    // The director sees aggregates only: refused, audited.
    CHECK(f.as(QStringLiteral("directeur"), {QStringLiteral("establishment"), QStringLiteral("show"), siret}).exitCode == 3);
    CHECK(f.as(QStringLiteral("planif"), {QStringLiteral("establishment"), QStringLiteral("show")}).exitCode == 2);
}

TEST_CASE("invoice run: numbers without gaps and without duplicates, even after a run that failed part-way")
{
    Fixture f;
    const QStringList run{QStringLiteral("invoice"), QStringLiteral("run"), QStringLiteral("--year"), QString::number(f.year)};

    // Nothing is issued before the contribution and the seller are set.
    const auto early = f.as(QStringLiteral("planif"), run);
    CHECK(early.exitCode == 1);
    CHECK(early.out.isEmpty());
    f.configure();

    // A failure in the middle of the fourth invoice (its number allocated, its row written, then its
    // lines refused), injected with the independent SQLCipher shell.
    REQUIRE(f.sql("CREATE TRIGGER test_fail_fourth BEFORE INSERT ON invoice_lines WHEN (SELECT count(*) FROM invoices) >= 4 "
                  "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;\n")
                .exitCode == 0);
    const auto failed = f.as(QStringLiteral("planif"), run);
    INFO(failed.err.toStdString());
    CHECK(failed.exitCode == 5);
    const QStringList first = lines(failed.out);
    REQUIRE(first.size() == 3);
    const QString series = QStringLiteral("F%1-").arg(QDate::currentDate().year());
    for (int i = 0; i < 3; ++i)
        CHECK(first.at(i).startsWith(series + QStringLiteral("%1\t").arg(i + 1, 5, 10, QLatin1Char('0'))));
    CHECK(text(failed.err).contains(QStringLiteral("simulated failure")));
    CHECK(f.sqlValue("SELECT count(*), max(seq) FROM invoices;\n") == QStringLiteral("3|3"));

    REQUIRE(f.sql("DROP TRIGGER test_fail_fourth;\n").exitCode == 0);
    const auto resumed = f.as(QStringLiteral("planif"), run);
    INFO(resumed.err.toStdString());
    REQUIRE(resumed.exitCode == 0);
    const QStringList rest = lines(resumed.out);
    REQUIRE_FALSE(rest.isEmpty());
    CHECK(rest.first().startsWith(series + QStringLiteral("00004\t")));

    // Every number once, 1..N with no hole; one invoice per establishment; totals = workers × 120 €.
    const auto list = f.as(QStringLiteral("planif"), {QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--year"),
                                                       QString::number(f.year)});
    REQUIRE(list.exitCode == 0);
    const QStringList invoices = lines(list.out);
    CHECK(invoices.size() == first.size() + rest.size());
    QSet<QString> sirets;
    for (int i = 0; i < invoices.size(); ++i) {
        const QStringList c = invoices.at(i).split(QLatin1Char('\t'));
        REQUIRE(c.size() == 8);
        CHECK(c.at(0) == series + QStringLiteral("%1").arg(i + 1, 5, 10, QLatin1Char('0')));
        CHECK(c.at(5) == QStringLiteral("%1.00").arg(c.at(4).toInt() * 120));
        CHECK(c.at(7) == QStringLiteral("unpaid"));
        sirets.insert(c.at(3));
    }
    CHECK(sirets.size() == invoices.size());
    CHECK(f.sqlValue("SELECT count(DISTINCT number), count(*), min(seq), max(seq) FROM invoices;\n") ==
          QStringLiteral("%1|%1|1|%1").arg(invoices.size()));

    // Nothing more to issue; a payment settles the first invoice.
    const auto again = f.as(QStringLiteral("planif"), run);
    CHECK(again.exitCode == 0);
    CHECK(again.out.isEmpty());
    const QString number = invoices.first().section(QLatin1Char('\t'), 0, 0);
    const QString total = invoices.first().section(QLatin1Char('\t'), 5, 5);
    const auto paid = f.as(QStringLiteral("planif"), {QStringLiteral("invoice"), QStringLiteral("pay"), number, QStringLiteral("--amount"), total});
    INFO(paid.err.toStdString());
    CHECK(paid.exitCode == 0);
    CHECK(text(paid.out).trimmed().endsWith(QStringLiteral("\tpaid")));
    CHECK(f.as(QStringLiteral("planif"), {QStringLiteral("invoice"), QStringLiteral("pay"), number, QStringLiteral("--amount"),
                                           QStringLiteral("1")})
              .exitCode == 1);

    // The audit trail is intact and holds each invoice issued.
    CHECK(f.as(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);
    CHECK(f.sqlValue("SELECT count(*) FROM _audit WHERE action = 'issue' AND resource = 'invoice';\n") ==
          QString::number(invoices.size()));
    // A nurse has no membership module: refused, exit 3.
    CHECK(f.as(QStringLiteral("infirmier"), run).exitCode == 3);
}

// PDF output: vigie-cli runs a QGuiApplication (fonts) on the offscreen platform.
TEST_CASE("invoice run --out and invoice print write the invoices as PDF", "[cli-pdf]")
{
    Fixture f;
    f.configure();
    const QString out = f.cli.file(QStringLiteral("pdf"));
    REQUIRE(QDir().mkpath(out));
    const auto issued = f.as(QStringLiteral("planif"), {QStringLiteral("invoice"), QStringLiteral("run"), QStringLiteral("--year"),
                                                         QString::number(f.year), QStringLiteral("--out"), out});
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    const QStringList rows = lines(issued.out);
    REQUIRE_FALSE(rows.isEmpty());
    for (const QString& row : rows) {
        const QString pdf = row.section(QLatin1Char('\t'), 3, 3);
        REQUIRE(QFileInfo(pdf).size() > 1000);
    }
    const QString number = rows.first().section(QLatin1Char('\t'), 0, 0);
    const QString again = f.cli.file(QStringLiteral("again.pdf"));
    REQUIRE(f.as(QStringLiteral("planif"), {QStringLiteral("invoice"), QStringLiteral("print"), number, QStringLiteral("--out"), again})
                .exitCode == 0);
    const auto pdftext = vigie::test::run(QStringLiteral("pdftotext"), {again, QStringLiteral("-")});
    CHECK(text(pdftext.out).contains(number));
    CHECK(text(pdftext.out).contains(QStringLiteral("D441-5")));
}

TEST_CASE("invoice print refuses cleanly when this vigie-cli cannot print")
{
    const Fixture& f = shared();
    const auto r = f.as(QStringLiteral("planif"), {QStringLiteral("invoice"), QStringLiteral("print"), QStringLiteral("F2000-00001"),
                                                    QStringLiteral("--out"), f.cli.file(QStringLiteral("x.pdf"))});
    // 5 without a QGuiApplication; 1 (unknown invoice) once vigie-cli has one: never a crash.
    CHECK((r.exitCode == 5 || r.exitCode == 1));
    CHECK(messages(r.err).size() == 1);
}
