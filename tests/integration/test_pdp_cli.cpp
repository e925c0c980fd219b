// vigie-cli absence / due --worker / pdp (issue 17, cli-contract.md "Work stoppages and job retention")
// as processes on a demo database: stoppages of 30, 31, 59 and 60 days of illness, 29 and 30 days of work
// accident recorded with `absence add` and the return visit read back with `due --worker`; the import
// all or nothing; a case opened, its steps (out of order refused), the social follow-up and `pdp due`
// with the month-end dates; unknown codes exit 1 naming the accepted ones; refusals exit 3.
#include "CliFixture.h"
#include "catch_qt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

using vigie::test::Cli;

namespace {
QString S(const char* s) { return QString::fromUtf8(s); }

// The demo's "today", pinned (the CLI writes with the system clock only to refuse dates in the future:
// every date below is before this one, itself in the past).
const QDate DemoDay(2026, 11, 24);

struct Fixture {
    Cli cli;
    QString db = cli.file(QStringLiteral("demo.db"));
    QStringList workers; // physician's workers without any recorded stoppage
    Fixture()
    {
        const auto demo = cli.demo(db, 120, 3, DemoDay.toString(Qt::ISODate));
        if (demo.exitCode != 0)
            qFatal("demo failed: %s", demo.err.constData());
        for (char c = 'a'; c <= 'z' && workers.size() < 8; ++c) {
            const auto f = cli.as(db, S("medecin"), {S("worker"), S("find"), QString(QLatin1Char(c)), S("--limit"), S("5")});
            for (const QByteArray& line : f.out.split('\n')) {
                if (line.isEmpty() || workers.size() >= 8)
                    continue;
                const QString id = QString::fromUtf8(line.split('\t').first());
                const auto l = cli.as(db, S("medecin"), {S("absence"), S("list"), S("--worker"), id});
                const auto due = cli.as(db, S("medecin"), {S("pdp"), S("due"), S("--today"), S("2099-01-01")});
                if (l.exitCode == 0 && l.out.isEmpty() && !due.out.contains(id.toUtf8()) && !workers.contains(id))
                    workers << id;
            }
        }
    }
    vigie::test::ProcessResult as(const QString& user, const QStringList& args) const { return cli.as(db, user, args); }
};
const Fixture& shared()
{
    static const Fixture f;
    return f;
}

// The RETURN entries of `due --worker` as "earliest..latest".
QStringList returnDue(const Fixture& f, const QString& worker, const QDate& today)
{
    const auto r = f.as(S("medecin"), {S("due"), S("--worker"), worker, S("--today"), today.toString(Qt::ISODate)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    REQUIRE(doc.value(S("today")).toString() == today.toString(Qt::ISODate));
    QStringList out;
    for (const QJsonValue& v : doc.value(S("due")).toArray()) {
        const QJsonObject o = v.toObject();
        CHECK(o.value(S("worker")).toString() == worker);
        if (o.value(S("kind")).toString() == S("RETURN"))
            out << o.value(S("earliest")).toString() + S("..") + o.value(S("latest")).toString();
    }
    return out;
}
} // namespace

TEST_CASE("absence add then due --worker: the return visit after 60 days of illness, 30 of work accident")
{
    const Fixture& f = shared();
    REQUIRE(f.workers.size() >= 8);
    const QDate first = DemoDay.addDays(-200);
    struct Row {
        const char* cause;
        int days;
        bool due;
    };
    // 30 and 31 days: no return visit for an illness under 60 days, the PDP flag from the 31st day.
    const Row rows[] = {{"ILLNESS", 30, false},       {"ILLNESS", 31, false},       {"ILLNESS", 59, false},
                        {"ILLNESS", 60, true},        {"WORK_ACCIDENT", 29, false}, {"WORK_ACCIDENT", 30, true}};
    int i = 0;
    for (const Row& r : rows) {
        CAPTURE(r.cause, r.days);
        const QString worker = f.workers.at(i++);
        const QDate last = first.addDays(r.days - 1);
        const QDate back = last.addDays(1);
        CHECK(returnDue(f, worker, back.addDays(1)).isEmpty());
        const auto add = f.as(S("medecin"), {S("absence"), S("add"), S("--worker"), worker, S("--cause"), S(r.cause), S("--from"),
                                              first.toString(Qt::ISODate), S("--to"), last.toString(Qt::ISODate)});
        INFO(add.err.toStdString());
        REQUIRE(add.exitCode == 0);
        CHECK(add.out.trimmed().size() == 36); // the stoppage's id (UUID)
        CHECK(add.err.contains("30") == (r.days > 30)); // the PDP flag note
        const QStringList expected = r.due ? QStringList{back.toString(Qt::ISODate) + S("..") + back.addDays(8).toString(Qt::ISODate)}
                                           : QStringList{};
        CHECK(returnDue(f, worker, back.addDays(1)) == expected);
        const auto list = f.as(S("medecin"), {S("absence"), S("list"), S("--worker"), worker});
        REQUIRE(list.exitCode == 0);
        const QList<QByteArray> cols = list.out.trimmed().split('\t');
        REQUIRE(cols.size() == 7);
        CHECK(cols.at(1) == QByteArray(r.cause));
        CHECK(cols.at(3) == last.toString(Qt::ISODate).toUtf8());
        CHECK(cols.at(5) == QByteArray::number(r.days));
        CHECK(cols.at(6) == (r.days > 30 ? QByteArray("pdp") : QByteArray("-")));
    }
}

TEST_CASE("absence and due: errors and refusals")
{
    const Fixture& f = shared();
    const QString worker = f.workers.at(6);
    auto r = f.as(S("medecin"), {S("absence"), S("add"), S("--worker"), worker, S("--cause"), S("FLU"), S("--from"), S("2026-01-01")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("FLU"));
    CHECK(r.err.contains("OCCUPATIONAL_DISEASE"));
    r = f.as(S("medecin"), {S("absence"), S("add"), S("--worker"), worker, S("--cause"), S("ILLNESS"), S("--from"), S("2026-02-30")});
    CHECK(r.exitCode == 1);
    r = f.as(S("medecin"), {S("absence"), S("add"), S("--worker"), worker, S("--cause"), S("ILLNESS")});
    CHECK(r.exitCode == 2);
    r = f.as(S("medecin"), {S("due"), S("--worker"), S("no-such-worker")});
    CHECK(r.exitCode == 1);
    r = f.as(S("directeur"), {S("absence"), S("list"), S("--worker"), worker});
    CHECK(r.exitCode == 3);
    r = f.as(S("directeur"), {S("due"), S("--worker"), worker});
    CHECK(r.exitCode == 3);
    r = f.as(S("medecin"), {S("pdp"), S("open"), S("--worker"), worker, S("--origin"), S("DOCTOR")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("MEDECIN_CONSEIL"));
}

TEST_CASE("absence import: all or nothing with every error by line")
{
    const Fixture& f = shared();
    // The physician's first establishment and one of its workers, from the demo.
    const auto est = f.as(S("medecin"), {S("establishment"), S("list"), S("--limit"), S("1")});
    REQUIRE(est.exitCode == 0);
    const QString siret = QString::fromUtf8(est.out.split('\t').first());
    const QString csv = f.cli.file(S("stoppages.csv"));
    Cli::writeFile(csv, "birth_name;first_name;birth_date;cause;first_day;last_day\n"
                        "Nobody;Nemo;1970-01-01;ILLNESS;2026-01-05;2026-01-20\n"
                        "Nobody;Nemo;1970-01-01;FLU;2026-01-05;\n");
    const auto r = f.as(S("planif"), {S("absence"), S("import"), S("--establishment"), siret, csv});
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("stoppages.csv:2: birth_name: "));
    CHECK(r.err.contains("stoppages.csv:3: cause: "));
    CHECK((r.err.contains("2 error(s)") || r.err.contains("2 erreur")));
    const auto denied = f.as(S("directeur"), {S("absence"), S("import"), S("--establishment"), siret, csv});
    CHECK(denied.exitCode == 3);
}

TEST_CASE("pdp open, step, social start, due and close")
{
    const Fixture& f = shared();
    const QString worker = f.workers.at(7);
    const auto open = f.as(S("medecin"), {S("pdp"), S("open"), S("--worker"), worker, S("--origin"), S("MEDECIN_CONSEIL"), S("--date"), S("2025-08-20")});
    INFO(open.err.toStdString());
    REQUIRE(open.exitCode == 0);
    const QString caseId = QString::fromUtf8(open.out.trimmed());
    REQUIRE(caseId.size() == 36);
    auto r = f.as(S("medecin"), {S("pdp"), S("step"), S("--case"), caseId, S("--kind"), S("PRE_RETURN_VISIT"), S("--date"), S("2025-09-10")});
    REQUIRE(r.exitCode == 0);
    // Out of order: the return visit before the pre-return visit.
    r = f.as(S("medecin"), {S("pdp"), S("step"), S("--case"), caseId, S("--kind"), S("RETURN_VISIT"), S("--date"), S("2025-09-01")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("10/09/2025"));
    r = f.as(S("medecin"), {S("pdp"), S("step"), S("--case"), caseId, S("--kind"), S("VISIT"), S("--date"), S("2025-09-01")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("SUPERVISED_TRIAL"));
    // The social worker: no medical step, but the follow-up.
    r = f.as(S("social"), {S("pdp"), S("step"), S("--case"), caseId, S("--kind"), S("RETURN_VISIT"), S("--date"), S("2025-10-01")});
    CHECK(r.exitCode == 3);
    r = f.as(S("social"), {S("pdp"), S("social"), S("start"), S("--case"), caseId, S("--date"), S("2025-08-31")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    const auto mine = [&](const QByteArray& out) {
        QStringList lines;
        for (const QByteArray& l : out.split('\n'))
            if (l.startsWith(caseId.toUtf8()))
                lines << QString::fromUtf8(l);
        return lines;
    };
    const QString prefix = caseId + u'\t' + worker + u'\t';
    r = f.as(S("social"), {S("pdp"), S("due"), S("--today"), S("2026-03-01")});
    REQUIRE(r.exitCode == 0);
    CHECK(mine(r.out) == QStringList{prefix + S("social_3_months\t2025-11-30"), prefix + S("social_6_months\t2026-02-28")});
    r = f.as(S("social"), {S("pdp"), S("due"), S("--today"), S("2025-11-29")});
    CHECK(mine(r.out).isEmpty());
    // The whole output is sorted by date then case id.
    r = f.as(S("medecin"), {S("pdp"), S("due"), S("--today"), S("2099-01-01")});
    QStringList keys;
    for (const QByteArray& l : r.out.trimmed().split('\n')) {
        const QList<QByteArray> c = l.split('\t');
        REQUIRE(c.size() == 4);
        keys << QString::fromUtf8(c.at(3) + '\t' + c.at(0));
    }
    QStringList sorted = keys;
    sorted.sort();
    CHECK(keys == sorted);

    r = f.as(S("social"), {S("pdp"), S("close"), S("--case"), caseId, S("--outcome"), S("KEPT")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("KEPT_SAME_POST"));
    r = f.as(S("social"), {S("pdp"), S("close"), S("--case"), caseId, S("--outcome"), S("REDEPLOYED"), S("--date"), S("2026-03-02")});
    REQUIRE(r.exitCode == 0);
    r = f.as(S("social"), {S("pdp"), S("due"), S("--today"), S("2099-01-01")});
    CHECK(mine(r.out).isEmpty());
    r = f.as(S("directeur"), {S("pdp"), S("due")});
    CHECK(r.exitCode == 3);
}

TEST_CASE("pdp settings sets the delays of the reviews (the administrator), pdp meeting takes several decisions, the minutes hold every meeting")
{
    const Fixture& f = shared();
    auto r = f.as(S("social"), {S("pdp"), S("settings")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == QByteArray("first_social\t3\nsecond_social\t6\noutcome\t12\n"));
    CHECK(f.as(S("medecin"), {S("pdp"), S("settings"), S("--first-social"), S("2")}).exitCode == 3);
    r = f.as(S("admin"), {S("pdp"), S("settings"), S("--first-social"), S("4"), S("--second-social"), S("4")});
    CHECK(r.exitCode == 1);
    CHECK(f.as(S("admin"), {S("pdp"), S("settings"), S("--outcome"), S("douze")}).exitCode == 2);
    r = f.as(S("admin"), {S("pdp"), S("settings"), S("--first-social"), S("2"), S("--second-social"), S("5")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == QByteArray("first_social\t2\nsecond_social\t5\noutcome\t12\n"));

    // A follow-up from 31 August: its reviews 2 and 5 months later, at the months' ends.
    const QString worker = f.workers.at(6);
    r = f.as(S("medecin"), {S("pdp"), S("open"), S("--worker"), worker, S("--origin"), S("EMPLOYER"), S("--date"), S("2025-08-20")});
    REQUIRE(r.exitCode == 0);
    const QString first = QString::fromUtf8(r.out.trimmed());
    REQUIRE(f.as(S("social"), {S("pdp"), S("social"), S("start"), S("--case"), first, S("--date"), S("2025-08-31")}).exitCode == 0);
    r = f.as(S("social"), {S("pdp"), S("due"), S("--today"), S("2026-03-01")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains((first + u'\t' + worker + S("\tsocial_3_months\t2025-10-31")).toUtf8()));
    CHECK(r.out.contains((first + u'\t' + worker + S("\tsocial_6_months\t2026-01-31")).toUtf8()));

    r = f.as(S("medecin"), {S("pdp"), S("open"), S("--worker"), f.workers.at(5), S("--origin"), S("WORKER"), S("--date"), S("2025-09-01")});
    REQUIRE(r.exitCode == 0);
    const QString second = QString::fromUtf8(r.out.trimmed());
    // Several decisions in one call, then a second meeting the same day.
    r = f.as(S("social"), {S("pdp"), S("meeting"), S("--date"), S("2026-11-20"), S("--decision"), first + S(":Étude de poste à prévoir"),
                           S("--decision"), second + S(":Orienter vers Cap emploi")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(f.as(S("social"), {S("pdp"), S("meeting"), S("--date"), S("2026-11-20"), S("--decision"), first + S(":Relancer l'employeur")}).exitCode == 0);
    CHECK(f.as(S("social"), {S("pdp"), S("meeting"), S("--date"), S("2026-11-20")}).exitCode == 2);
    CHECK(f.as(S("social"), {S("pdp"), S("meeting"), S("--date"), S("2026-11-20"), S("--decision"), first + S(":")}).exitCode == 2);
    CHECK(f.as(S("directeur"), {S("pdp"), S("meeting"), S("--date"), S("2026-11-20"), S("--decision"), first + S(":Non")}).exitCode == 3);
    const QString pdf = f.cli.file(S("cellule.pdf"));
    r = f.as(S("social"), {S("pdp"), S("agenda"), S("--date"), S("2026-11-20"), S("--out"), pdf});
    REQUIRE(r.exitCode == 0);
    const auto text = vigie::test::run(QStandardPaths::findExecutable(S("pdftotext")), {pdf, S("-")});
    REQUIRE(text.exitCode == 0);
    QString t = QString::fromUtf8(text.out);
    t.replace(QRegularExpression(S("\\s+")), S(" "));
    for (const char* decision : {"Étude de poste à prévoir", "Orienter vers Cap emploi", "Relancer l'employeur"})
        CHECK(t.contains(QString::fromUtf8(decision)));
    CHECK(t.contains(S("2 réunions")));
}
