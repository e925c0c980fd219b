// vigie-cli report indicators (issue 16, indicators-contract.md's last section) on a demo database, as
// an integrator would run it: JSON with every code once in the table's order, CSV with the contract's
// header, denominators checked with the independent SQLCipher shell, small cells for a company scope,
// the rights (a planner and a physician outside his teams refused, and audited) and the exit codes.
#include "CliFixture.h"
#include "catch_qt.h"

#include <QDate>
#include <QFile>
#include <QStandardPaths>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using vigie::test::Cli;

namespace {
const QStringList Codes{
    QStringLiteral("FE_ESTABLISHMENTS"), QStringLiteral("FE_WORKERS"), QStringLiteral("WORKERS_SEEN"),
    QStringLiteral("REQUESTS_ON_TIME"), QStringLiteral("DMST_COMPUTERISED"), QStringLiteral("AWARENESS_ESTABLISHMENTS"),
    QStringLiteral("ADVICE_ESTABLISHMENTS"), QStringLiteral("PRIMARY_PREVENTION_ESTABLISHMENTS"), QStringLiteral("ADVICE_WORKERS"),
    QStringLiteral("AWARENESS_WORKERS"), QStringLiteral("ADJUSTMENT_PROPOSALS"), QStringLiteral("SOCIAL_SUPPORT_PEOPLE"),
    QStringLiteral("KEPT_AFTER_PRE_RETURN"), QStringLiteral("ALD_WITH_RECOMMENDATION"),
    QStringLiteral("SATISFACTION_MEMBERSHIP_INTERFACE"), QStringLiteral("SATISFACTION_MEMBERSHIP_INFORMATION"),
    QStringLiteral("WORKER_ACCOUNTS"), QStringLiteral("ESTABLISHMENT_ACCOUNTS")};

struct Fixture {
    Cli cli;
    QString db = cli.file(QStringLiteral("demo.db"));
    QByteArray keyHex, settings;
    QString today = QStringLiteral("2026-06-15");

    Fixture()
    {
        const auto demo = cli.demo(db, 150, 3, today);
        if (demo.exitCode != 0)
            qFatal("demo failed: %s", demo.err.constData());
        const auto key = cli.as(db, QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("show")});
        keyHex = key.out.trimmed();
        for (const QByteArray& line : key.err.split('\n'))
            if (line.startsWith("PRAGMA"))
                settings += line + '\n';
    }
    vigie::test::ProcessResult report(const QString& user, const QStringList& options) const
    {
        return cli.as(db, user, QStringList{QStringLiteral("report"), QStringLiteral("indicators")} + options);
    }
    qint64 sqlCount(const QByteArray& statement) const
    {
        return QString::fromUtf8(Cli::lastLine(Cli::shell(db, keyHex, settings, statement).out)).toLongLong();
    }
};

QJsonObject byCode(const QJsonArray& items, const QString& code)
{
    for (const QJsonValue& v : items)
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    return {};
}
} // namespace

TEST_CASE("report indicators: JSON and CSV as the contract says, denominators as the shell counts them")
{
    Fixture f;
    const auto json = f.report(QStringLiteral("directeur"), {QStringLiteral("--to"), QStringLiteral("2026-05-31")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(json.out);
    REQUIRE(doc.isObject());
    const QJsonObject o = doc.object();
    CHECK(o.value(QStringLiteral("from")).toString() == QStringLiteral("2025-06-01"));
    CHECK(o.value(QStringLiteral("to")).toString() == QStringLiteral("2026-05-31"));
    CHECK(o.value(QStringLiteral("scope")).toString() == QStringLiteral("service"));
    CHECK(o.value(QStringLiteral("window_years")).toInt() == 5);
    const QJsonArray items = o.value(QStringLiteral("indicators")).toArray();
    REQUIRE(items.size() == Codes.size());
    for (int i = 0; i < Codes.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        INFO(Codes.at(i).toStdString());
        CHECK(item.value(QStringLiteral("code")).toString() == Codes.at(i));
        const QString status = item.value(QStringLiteral("status")).toString();
        CHECK((status == QLatin1String("computed") || status == QLatin1String("not_computed")));
        CHECK(item.value(QStringLiteral("reason")).isNull() == (status == QLatin1String("computed")));
        if (status == QLatin1String("computed") && item.value(QStringLiteral("unit")).toString() == QLatin1String("%")
            && item.value(QStringLiteral("denominator")).toInt() > 0) {
            const double expected = 100.0 * item.value(QStringLiteral("numerator")).toDouble() / item.value(QStringLiteral("denominator")).toDouble();
            CHECK(item.value(QStringLiteral("value")).toDouble() == Approx(expected).margin(0.05));
            CHECK(item.value(QStringLiteral("numerator")).toInt() <= item.value(QStringLiteral("denominator")).toInt());
        }
    }
    CHECK(byCode(items, QStringLiteral("WORKER_ACCOUNTS")).value(QStringLiteral("status")).toString() == QStringLiteral("not_computed"));
    // People given social support: the demo's social worker follows cases; the shell counts them again.
    const qint64 supported = f.sqlCount("SELECT count(DISTINCT c.worker_id) FROM pdp_social_followups s JOIN pdp_cases c ON c.id = s.case_id "
                                        "AND c.deleted = 0 WHERE s.deleted = 0 AND s.started_on <= '2026-05-31' "
                                        "AND (s.ended_on IS NULL OR s.ended_on >= '2025-06-01');");
    CHECK(supported > 0);
    CHECK(byCode(items, QStringLiteral("SOCIAL_SUPPORT_PEOPLE")).value(QStringLiteral("status")).toString() == QStringLiteral("computed"));
    CHECK(byCode(items, QStringLiteral("SOCIAL_SUPPORT_PEOPLE")).value(QStringLiteral("numerator")).toInteger() == supported);

    // Denominators counted again with the independent shell (the demo has no status history changes
    // after membership: a member at D is an active establishment that joined on or before D).
    const qint64 members = f.sqlCount(
        "SELECT count(*) FROM establishments e WHERE e.deleted = 0 AND coalesce((SELECT h.status FROM establishment_status_history h "
        "WHERE h.establishment_id = e.id AND h.deleted = 0 AND h.since <= '2026-05-31' ORDER BY h.since DESC, h.recorded_at DESC LIMIT 1), "
        "CASE WHEN EXISTS (SELECT 1 FROM establishment_status_history h WHERE h.establishment_id = e.id AND h.deleted = 0) THEN NULL "
        "WHEN e.member_since IS NULL OR e.member_since <= '2026-05-31' THEN e.status END) = 'active';");
    CHECK(members > 0);
    CHECK(byCode(items, QStringLiteral("FE_ESTABLISHMENTS")).value(QStringLiteral("denominator")).toInteger() == members);
    const qint64 visitsInWindow = f.sqlCount("SELECT count(DISTINCT worker_id) FROM visits WHERE deleted = 0 AND status = 'done' "
                                             "AND visit_date BETWEEN '2021-06-01' AND '2026-05-31';");
    CHECK(byCode(items, QStringLiteral("WORKERS_SEEN")).value(QStringLiteral("numerator")).toInteger() <= visitsInWindow);
    const qint64 followed = byCode(items, QStringLiteral("WORKERS_SEEN")).value(QStringLiteral("denominator")).toInteger();
    CHECK(followed > 0);
    CHECK(byCode(items, QStringLiteral("FE_WORKERS")).value(QStringLiteral("denominator")).toInteger() == followed);

    const auto csv = f.report(QStringLiteral("directeur"), {QStringLiteral("--to"), QStringLiteral("2026-05-31"), QStringLiteral("--format"),
                                                            QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = QString::fromUtf8(csv.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 19);
    CHECK(lines.at(0) == QStringLiteral("code;numerator;denominator;value;unit;status;reason"));
    for (int i = 0; i < Codes.size(); ++i)
        CHECK(lines.at(i + 1).startsWith(Codes.at(i) + QLatin1Char(';')));
    CHECK(lines.at(3).startsWith(QStringLiteral("WORKERS_SEEN;%1;%2;").arg(byCode(items, QStringLiteral("WORKERS_SEEN")).value(QStringLiteral("numerator")).toInteger()).arg(followed)));

    // One establishment: figures of 1 to 4 are never printed (its membership alone is a 1).
    const QString siret = QString::fromUtf8(Cli::lastLine(Cli::shell(f.db, f.keyHex, f.settings,
                                                                     "SELECT siret FROM establishments ORDER BY siret LIMIT 1;").out));
    const auto one = f.report(QStringLiteral("directeur"), {QStringLiteral("--to"), QStringLiteral("2026-05-31"), QStringLiteral("--scope"),
                                                            QStringLiteral("establishment:") + siret});
    REQUIRE(one.exitCode == 0);
    const QJsonObject fe = byCode(QJsonDocument::fromJson(one.out).object().value(QStringLiteral("indicators")).toArray(),
                                  QStringLiteral("FE_ESTABLISHMENTS"));
    CHECK(fe.value(QStringLiteral("status")).toString() == QStringLiteral("suppressed"));
    CHECK(fe.value(QStringLiteral("numerator")).isNull());
    CHECK(fe.value(QStringLiteral("denominator")).isNull());
    CHECK(fe.value(QStringLiteral("value")).isNull());
    CHECK_FALSE(fe.value(QStringLiteral("reason")).toString().isEmpty());
}

TEST_CASE("report indicators: who may run it, refusals audited, exit codes of the CLI contract")
{
    Fixture f;
    const QStringList to{QStringLiteral("--to"), QStringLiteral("2026-05-31")};
    const auto deniedRows = [&] {
        return f.sqlCount("SELECT count(*) FROM _audit WHERE resource = 'report.indicators' AND outcome = 'denied';");
    };
    CHECK(f.report(QStringLiteral("admin"), to).exitCode == 0);
    const qint64 before = deniedRows();
    const auto planner = f.report(QStringLiteral("planif"), to);
    CHECK(planner.exitCode == 3);
    CHECK(planner.out.isEmpty());
    const auto physician = f.report(QStringLiteral("medecin"), to); // service scope: not his
    CHECK(physician.exitCode == 3);
    CHECK(deniedRows() == before + 2);
    const QString team = QString::fromUtf8(Cli::lastLine(Cli::shell(f.db, f.keyHex, f.settings,
                                                                    "SELECT t.id FROM teams t JOIN accounts a ON a.id = t.physician_id "
                                                                    "WHERE a.login = 'medecin' LIMIT 1;").out));
    REQUIRE_FALSE(team.isEmpty());
    const auto own = f.report(QStringLiteral("medecin"), to + QStringList{QStringLiteral("--scope"), QStringLiteral("team:") + team});
    INFO(own.err.toStdString());
    CHECK(own.exitCode == 0);

    CHECK(f.report(QStringLiteral("directeur"), {}).exitCode == 2);                                                     // --to missing
    CHECK(f.report(QStringLiteral("directeur"), {QStringLiteral("--to"), QStringLiteral("2026-02-30")}).exitCode == 2); // bad date
    CHECK(f.report(QStringLiteral("directeur"), to + QStringList{QStringLiteral("--scope"), QStringLiteral("region:84")}).exitCode == 2);
    CHECK(f.report(QStringLiteral("directeur"), to + QStringList{QStringLiteral("--format"), QStringLiteral("xml")}).exitCode == 2);
    CHECK(f.report(QStringLiteral("directeur"), to + QStringList{QStringLiteral("--from"), QStringLiteral("2026-06-01")}).exitCode == 2);
    const auto unknown = f.report(QStringLiteral("directeur"), to + QStringList{QStringLiteral("--scope"), QStringLiteral("team:nope")});
    CHECK(unknown.exitCode == 1);
    CHECK(QString::fromUtf8(unknown.err).contains(QStringLiteral("team:nope")));
}

TEST_CASE("report activity: the PDF's headings, figures and indicators read back, every table as CSV")
{
    Fixture f;
    const QString pdf = f.cli.file(QStringLiteral("activite.pdf"));
    const QString csv = f.cli.file(QStringLiteral("tables"));
    const auto r = f.cli.as(f.db, QStringLiteral("directeur"),
                            {QStringLiteral("report"), QStringLiteral("activity"), QStringLiteral("--year"), QStringLiteral("2025"),
                             QStringLiteral("--out"), pdf, QStringLiteral("--csv"), csv});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    // pdftotext writes the fonts' ligatures as such ("ﬁ"): compatibility-decomposed.
    const QString text = QString::fromUtf8(vigie::test::run(pdftotext, {pdf, QStringLiteral("-")}).out).normalized(QString::NormalizationForm_KC);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Rapport d’activité annuel 2025")));
    for (const char* heading : {"1. Le service", "2. Suivi individuel de l’état de santé", "3. Actions en milieu de travail et fiches d’entreprise",
                                "4. Prévention de la désinsertion professionnelle", "5. Les indicateurs de l’offre", "Définitions"})
        CHECK(text.contains(QString::fromUtf8(heading)));
    for (const QString& code : Codes)
        CHECK(text.contains(code));
    // The visits by kind of the PDF are those of the CSV, whose total is the shell's count.
    QFile byKind(csv + QStringLiteral("/visits_by_kind.csv"));
    REQUIRE(byKind.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(byKind.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() >= 2);
    const qint64 visits = f.sqlCount("SELECT count(*) FROM visits WHERE deleted = 0 AND status = 'done' AND visit_date BETWEEN '2025-01-01' AND '2025-12-31';");
    QString total = rows.last().section(QLatin1Char(';'), 1);
    total.remove(QChar(0x202F)).remove(QChar(0xA0)).remove(QLatin1Char(' '));
    CHECK(total.toLongLong() == visits);
    for (const char* name : {"members_by_status", "members_by_size", "workers_by_category", "teams", "visits_by_month", "documents", "delays",
                             "actions_by_group", "actions_by_kind", "company_sheets", "job_retention", "pdp_cases_by_origin", "pdp_steps_by_kind",
                             "pdp_cases_by_outcome", "pdp_follow_up", "pdp_one_year", "indicators"})
        CHECK(QFile::exists(csv + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".csv")));
    // Job retention: the cases opened in the year by origin, their total the shell's count.
    for (const char* heading : {"Dossiers de maintien en emploi ouverts, par origine", "Étapes des dossiers de maintien en emploi, par type",
                                "Suivi des dossiers de maintien en emploi", "Situation du salarié au bilan à un an"})
        CHECK(text.contains(QString::fromUtf8(heading)));
    QFile opened(csv + QStringLiteral("/pdp_cases_by_origin.csv"));
    REQUIRE(opened.open(QIODevice::ReadOnly));
    QString openedTotal = QString::fromUtf8(opened.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).last().section(QLatin1Char(';'), 1);
    openedTotal.remove(QChar(0x202F)).remove(QChar(0xA0)).remove(QLatin1Char(' '));
    CHECK(openedTotal.toLongLong() == f.sqlCount("SELECT count(*) FROM pdp_cases WHERE deleted = 0 AND opened_on BETWEEN '2025-01-01' AND '2025-12-31';"));
    // A planner gets no report (refused, audited), and no file.
    const QString refused = f.cli.file(QStringLiteral("refus.pdf"));
    CHECK(f.cli.as(f.db, QStringLiteral("planif"), {QStringLiteral("report"), QStringLiteral("activity"), QStringLiteral("--year"),
                                                    QStringLiteral("2025"), QStringLiteral("--out"), refused})
              .exitCode == 3);
    CHECK_FALSE(QFile::exists(refused));
}

TEST_CASE("report company and report barometer: PDFs with their headings, the branch alone under the minimum")
{
    Fixture f;
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    const QString siret = QString::fromUtf8(Cli::lastLine(Cli::shell(f.db, f.keyHex, f.settings,
                                                                     "SELECT siret FROM establishments ORDER BY siret LIMIT 1;").out));
    const QString company = f.cli.file(QStringLiteral("entreprise.pdf"));
    const auto c = f.cli.as(f.db, QStringLiteral("directeur"), {QStringLiteral("report"), QStringLiteral("company"), QStringLiteral("--siret"), siret,
                                                               QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--out"), company});
    INFO(c.err.toStdString());
    REQUIRE(c.exitCode == 0);
    const QString companyText = QString::fromUtf8(vigie::test::run(pdftotext, {company, QStringLiteral("-")}).out);
    CHECK(companyText.contains(QStringLiteral("Activité du service pour")));
    CHECK(companyText.contains(QStringLiteral("2022")));
    CHECK(companyText.contains(QStringLiteral("Visites réalisées par type")));

    const QString barometer = f.cli.file(QStringLiteral("barometre.pdf"));
    const auto b = f.cli.as(f.db, QStringLiteral("directeur"), {QStringLiteral("report"), QStringLiteral("barometer"), QStringLiteral("--siret"), siret,
                                                               QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--minimum"),
                                                               QStringLiteral("5"), QStringLiteral("--out"), barometer});
    INFO(b.err.toStdString());
    REQUIRE(b.exitCode == 0);
    const QString text = QString::fromUtf8(vigie::test::run(pdftotext, {barometer, QStringLiteral("-")}).out).normalized(QString::NormalizationForm_KC);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Baromètre 2025")));
    CHECK(text.contains(QStringLiteral("Sa branche")));
    // Health data by the groups of the health_problem list, never "not computed" any more.
    CHECK(text.contains(QStringLiteral("Problèmes de santé notés en consultation")));
    for (const char* group : {"Cœur et vaisseaux", "Troubles musculo-squelettiques", "Santé mentale", "Appareil respiratoire", "Peau", "Audition",
                              "Autres problèmes de santé"})
        CHECK(text.contains(QString::fromUtf8(group)));
    const auto alone = f.cli.as(f.db, QStringLiteral("directeur"), {QStringLiteral("report"), QStringLiteral("barometer"), QStringLiteral("--siret"),
                                                                   siret, QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--minimum"),
                                                                   QStringLiteral("100000"), QStringLiteral("--out"), barometer});
    REQUIRE(alone.exitCode == 0);
    const QString aloneText = QString::fromUtf8(vigie::test::run(pdftotext, {barometer, QStringLiteral("-")}).out);
    CHECK(aloneText.contains(QStringLiteral("moins de 100000")));
    // A physician may not print a company's figures (refused, audited).
    CHECK(f.cli.as(f.db, QStringLiteral("medecin"), {QStringLiteral("report"), QStringLiteral("barometer"), QStringLiteral("--siret"), siret,
                                                     QStringLiteral("--out"), barometer})
              .exitCode == 3);
}
