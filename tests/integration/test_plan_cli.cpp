// vigie-cli plan (issue 6 part 7) on a demo database whose agendas the demo generator creates, run as a
// process like a script would: the proposals' format, the law (MT-only visits with the physician),
// never two appointments at once, never on a holiday or outside opening hours, --apply booking them
// (a second run does not propose them again), --team scope, and the exit codes of cli-contract.md.
#include "CliFixture.h"
#include "catch_qt.h"

#include <QDate>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using vigie::test::Cli;

namespace {

QStringList lines(const QByteArray& out) { return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

int minutes(const QString& hhmm) { return hhmm.left(2).toInt() * 60 + hhmm.mid(3).toInt(); }

// Pinned: Friday 6 November 2026; the period holds Wednesday 11 November (Armistice) and a weekend.
const QString Today = QStringLiteral("2026-11-06");

struct Fixture {
    Cli cli;
    QString db = cli.file(QStringLiteral("demo.db"));
    Fixture()
    {
        const auto demo = cli.demo(db, 600, 7, Today);
        REQUIRE(demo.exitCode == 0);
    }
    vigie::test::ProcessResult plan(const QString& user, const QStringList& extra = {}) const
    {
        return cli.as(db, user, QStringList{QStringLiteral("plan"), QStringLiteral("--from"), QStringLiteral("2026-11-09"),
                                            QStringLiteral("--to"), QStringLiteral("2026-11-20"), QStringLiteral("--today"), Today} +
                                    extra);
    }
};

} // namespace

TEST_CASE("plan proposes appointments the law and the agendas allow, and --apply books them")
{
    Fixture f;
    const auto r = f.plan(QStringLiteral("planif"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList proposals = lines(r.out);
    // The demo books half of the visits due itself (issue 19: agendas in use from a month ago to four
    // weeks ahead), renews in the months before each deadline and leaves a few visits late by months at
    // most, so what is left to plan for team A over these two weeks is 2 visits (seed 7), every one placed.
    REQUIRE(proposals.size() == 2);
    CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("0 non placée")));
    CHECK(QString::fromUtf8(r.err).contains(QString::number(proposals.size())));
    for (const QString& line : proposals) // the deadline (column 9): none passed more than a year ago
        CHECK(QDate::fromString(line.section(QLatin1Char('\t'), 8, 8), Qt::ISODate) >= QDate(2025, 11, 6));

    QHash<QString, QList<QPair<int, int>>> busy; // professional|day → intervals
    for (const QString& line : proposals) {
        const QStringList c = line.split(QLatin1Char('\t'));
        REQUIRE(c.size() == 11);
        const QDate day = QDate::fromString(c[0], Qt::ISODate);
        REQUIRE(day.isValid());
        CHECK(day >= QDate(2026, 11, 9));
        CHECK(day <= QDate(2026, 11, 20));
        CHECK(day != QDate(2026, 11, 11));   // Armistice
        CHECK(day.dayOfWeek() <= 5);         // no agenda on weekends
        const int start = minutes(c[1]), end = minutes(c[2]);
        CHECK(start >= 8 * 60 + 30);
        CHECK(end <= 17 * 60 + 30);
        CHECK_FALSE((start < 13 * 60 + 30 && end > 12 * 60)); // lunch break: no agenda opens then
        // MT-only visits are with one of the two physicians (R4623-14 II).
        if (c[5] == QLatin1String("EMA") || c[5] == QLatin1String("EMA_RENEWAL") || c[5] == QLatin1String("POST_EXPOSURE"))
            CHECK((c[3] == QStringLiteral("Dr Claire Fontaine") || c[3] == QStringLiteral("Dr Olivier Garnier")));
        CHECK((c[9] == QLatin1String("on-time") || c[9] == QLatin1String("late")));
        CHECK_FALSE(c[10].isEmpty());
        auto& list = busy[c[3] + u'|' + c[0]];
        for (const auto& [s, e] : std::as_const(list))
            CHECK_FALSE((s < end && start < e));
        list.append({start, end});
    }
    // The nurse is in Dr Fontaine's team: team B's physician only sees team B's workers; the planner
    // belongs to team A, so every proposal is with team A's professionals.
    for (const QString& line : proposals)
        CHECK(line.split(QLatin1Char('\t'))[3] != QStringLiteral("Dr Olivier Garnier"));

    const auto applied = f.plan(QStringLiteral("planif"), {QStringLiteral("--apply")});
    REQUIRE(applied.exitCode == 0);
    CHECK(lines(applied.out) == proposals); // same data, same proposals
    // Booked: a second run proposes none of them again.
    const auto after = f.plan(QStringLiteral("planif"));
    REQUIRE(after.exitCode == 0);
    QSet<QString> workersBefore;
    for (const QString& line : proposals) {
        const QStringList c = line.split(QLatin1Char('\t'));
        workersBefore.insert(c[6] + u'|' + c[5]);
    }
    for (const QString& line : lines(after.out)) {
        const QStringList c = line.split(QLatin1Char('\t'));
        CHECK_FALSE(workersBefore.contains(c[6] + u'|' + c[5]));
    }
}

TEST_CASE("convocations print: one letter per appointment of the day, checked with pdftotext")
{
    Fixture f;
    const auto applied = f.plan(QStringLiteral("planif"), {QStringLiteral("--apply")});
    REQUIRE(applied.exitCode == 0);
    // The day with the most appointments, and its appointments.
    QHash<QString, QStringList> byDay;
    for (const QString& line : lines(applied.out))
        byDay[line.section(QLatin1Char('\t'), 0, 0)] << line;
    QString day;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
        if (day.isEmpty() || it.value().size() > byDay.value(day).size())
            day = it.key();
    REQUIRE_FALSE(day.isEmpty());
    const QString pdf = f.cli.file(QStringLiteral("convocations.pdf"));
    const auto printed = f.cli.as(f.db, QStringLiteral("planif"), {QStringLiteral("convocations"), QStringLiteral("print"),
                                                                   QStringLiteral("--date"), day, QStringLiteral("--out"), pdf});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const auto text = vigie::test::run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QString body = QString::fromUtf8(text.out);
    // One page per appointment of the day in the planner's teams: those just booked and those the demo
    // booked (read with the independent SQLCipher shell); each booked one names the worker, the time
    // and what to bring.
    const auto key = f.cli.as(f.db, QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("show")});
    REQUIRE(key.exitCode == 0);
    const auto ofDay = Cli::shell(f.db, key.out.trimmed(), key.err,
                                  "SELECT 'n=' || count(*) FROM appointments a WHERE a.deleted = 0 AND a.status IN ('planned', 'confirmed') "
                                  "AND a.day = '" + day.toLatin1() + "' AND a.establishment_id IN (SELECT te.establishment_id FROM "
                                  "team_establishments te JOIN team_members m ON m.team_id = te.team_id AND m.deleted = 0 JOIN accounts c "
                                  "ON c.id = m.account_id WHERE c.login = 'planif' AND te.deleted = 0);");
    REQUIRE(ofDay.exitCode == 0);
    const int letters = QString::fromUtf8(ofDay.out).section(QStringLiteral("n="), 1).trimmed().toInt();
    CHECK(letters >= byDay.value(day).size());
    CHECK(body.count(QLatin1Char('\f')) == letters);
    for (const QString& line : byDay.value(day)) {
        const QStringList c = line.split(QLatin1Char('\t'));
        CHECK(body.contains(c[7]));                    // the worker's name
        CHECK(body.contains(c[1] + QStringLiteral(" – ") + c[2])); // the time
    }
    CHECK(body.contains(QStringLiteral("Convocation")));
    CHECK(body.contains(QStringLiteral("faut apporter")));
    CHECK(body.contains(QStringLiteral("carnet de vaccination")));
    // A day without appointments: nothing to print, exit 1.
    const auto none = f.cli.as(f.db, QStringLiteral("planif"), {QStringLiteral("convocations"), QStringLiteral("print"), QStringLiteral("--date"),
                                                                QStringLiteral("2026-11-14"), QStringLiteral("--out"), f.cli.file(QStringLiteral("none.pdf"))});
    CHECK(none.exitCode == 1);
}

TEST_CASE("convocations send: e-mails through the configured SMTP server (a local sink), once, then the reminder")
{
    QTemporaryDir inbox;
    QProcess sink;
    sink.start(QStringLiteral("python3"), {qEnvironmentVariable("VIGIE_SOURCE_DIR") + QStringLiteral("/tests/tools/smtp_sink.py"), inbox.path()});
    REQUIRE(sink.waitForStarted());
    REQUIRE(sink.waitForReadyRead(10000));
    const QString port = QString::fromUtf8(sink.readLine().trimmed());

    Fixture f;
    // Only the administrator configures the server.
    const QStringList settings{QStringLiteral("mail"), QStringLiteral("set"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("--port"), port, QStringLiteral("--from"), QStringLiteral("convocations@spsti.example")};
    CHECK(f.cli.as(f.db, QStringLiteral("planif"), settings).exitCode == 3);
    REQUIRE(f.cli.as(f.db, QStringLiteral("admin"), settings).exitCode == 0);
    const auto applied = f.plan(QStringLiteral("planif"), {QStringLiteral("--apply")});
    REQUIRE(applied.exitCode == 0);
    const QStringList first = lines(applied.out).first().split(QLatin1Char('\t'));
    REQUIRE(f.cli.as(f.db, QStringLiteral("planif"), {QStringLiteral("worker"), QStringLiteral("email"), QStringLiteral("--id"), first[6],
                                                      QStringLiteral("--email"), QStringLiteral("salarie@example.org")})
                .exitCode == 0);
    const QStringList send{QStringLiteral("convocations"), QStringLiteral("send"), QStringLiteral("--today"), Today};
    const auto sent = f.cli.as(f.db, QStringLiteral("planif"), send);
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    const QStringList mails = lines(sent.out);
    REQUIRE(mails.size() == 1);
    CHECK(mails.first().startsWith(QStringLiteral("convocation\t")));
    CHECK(mails.first().endsWith(QStringLiteral("\tsent")));
    CHECK(QDir(inbox.path()).entryList({QStringLiteral("*.eml")}, QDir::Files).size() == 1);
    // Once only; the reminder two days before the visit.
    CHECK(lines(f.cli.as(f.db, QStringLiteral("planif"), send).out).isEmpty());
    const QDate visit = QDate::fromString(first[0], Qt::ISODate);
    const auto reminder = f.cli.as(f.db, QStringLiteral("planif"), {QStringLiteral("convocations"), QStringLiteral("send"), QStringLiteral("--today"),
                                                                    visit.addDays(-2).toString(Qt::ISODate)});
    REQUIRE(reminder.exitCode == 0);
    REQUIRE(lines(reminder.out).size() == 1);
    CHECK(lines(reminder.out).first().startsWith(QStringLiteral("reminder\t")));
    CHECK(QDir(inbox.path()).entryList({QStringLiteral("*.eml")}, QDir::Files).size() == 2);
    // The appointment's outcome is recorded by its id (the outcomes themselves: test_scheduling_store).
    const QString appointment = lines(sent.out).first().split(QLatin1Char('\t'))[1];
    const auto early = f.cli.as(f.db, QStringLiteral("planif"), {QStringLiteral("appointment"), QStringLiteral("status"), QStringLiteral("--id"),
                                                                 appointment, QStringLiteral("--status"), QStringLiteral("confirmed")});
    CHECK(early.exitCode == 0);
    CHECK(f.cli.as(f.db, QStringLiteral("planif"), {QStringLiteral("appointment"), QStringLiteral("status"), QStringLiteral("--id"), appointment,
                                                    QStringLiteral("--status"), QStringLiteral("bogus")})
              .exitCode == 2);
    sink.kill();
    sink.waitForFinished();
}

TEST_CASE("plan: exit codes and the team scope")
{
    Fixture f;
    struct Row {
        const char* user;
        QStringList args;
        int code;
    };
    const QString from = QStringLiteral("--from"), to = QStringLiteral("--to");
    const Row rows[] = {
        {"planif", {QStringLiteral("plan"), from, QStringLiteral("2026-11-09")}, 2},                                  // no --to
        {"planif", {QStringLiteral("plan"), from, QStringLiteral("2026-13-09"), to, QStringLiteral("2026-11-20")}, 2}, // bad date
        {"planif", {QStringLiteral("plan"), from, QStringLiteral("2026-11-20"), to, QStringLiteral("2026-11-09")}, 1}, // reversed
        {"planif", {QStringLiteral("plan"), from, QStringLiteral("2026-11-09"), to, QStringLiteral("2026-11-20"), QStringLiteral("--bogus")}, 2},
        {"directeur", {QStringLiteral("plan"), from, QStringLiteral("2026-11-09"), to, QStringLiteral("2026-11-20")}, 3},
        {"planif", {QStringLiteral("plan"), from, QStringLiteral("2026-11-09"), to, QStringLiteral("2026-11-20"), QStringLiteral("--team"),
                    QStringLiteral("Équipe du Dr Garnier")}, 3},
    };
    for (const Row& row : rows) {
        INFO(row.user << " " << row.args.join(u' ').toStdString());
        const auto r = f.cli.as(f.db, QString::fromLatin1(row.user), row.args);
        CHECK(r.exitCode == row.code);
        CHECK(r.out.isEmpty());
    }
    // The physician of team B plans for his own team only.
    const auto b = f.cli.as(f.db, QStringLiteral("medecin2"), {QStringLiteral("plan"), from, QStringLiteral("2026-11-09"), to,
                                                               QStringLiteral("2026-11-20"), QStringLiteral("--today"), Today});
    REQUIRE(b.exitCode == 0);
    for (const QString& line : lines(b.out))
        CHECK(line.split(QLatin1Char('\t'))[3] == QStringLiteral("Dr Olivier Garnier"));
}

TEST_CASE("protocol set, show and withdraw: the team physician shortens the periodicities and plan follows")
{
    Fixture f;
    const QString team = QStringLiteral("Équipe du Dr Fontaine");
    const auto set = f.cli.as(f.db, QStringLiteral("medecin"), {QStringLiteral("protocol"), QStringLiteral("set"), QStringLiteral("--team"), team,
                                                                QStringLiteral("--si-renewal-months"), QStringLiteral("12"),
                                                                QStringLiteral("--note"), QStringLiteral("Protocole d'équipe 2026")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);

    const auto show = f.cli.as(f.db, QStringLiteral("planif"), {QStringLiteral("protocol"), QStringLiteral("show"), QStringLiteral("--team"), team});
    REQUIRE(show.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(show.out).object();
    CHECK(json.value(QStringLiteral("si_renewal_months")).toObject().value(QStringLiteral("months")).toInt() == 12);
    CHECK(json.value(QStringLiteral("si_renewal_months")).toObject().value(QStringLiteral("source")).toString() == QStringLiteral("protocol"));
    CHECK(json.value(QStringLiteral("sia_renewal_months")).toObject().value(QStringLiteral("months")).toInt() == 36);
    CHECK(json.value(QStringLiteral("sia_renewal_months")).toObject().value(QStringLiteral("source")).toString() == QStringLiteral("law"));
    CHECK(QDate::fromString(json.value(QStringLiteral("signed_on")).toString(), Qt::ISODate).isValid()); // the day it was signed

    // The planning now finds renewals at twelve months, and says why.
    const auto planned = f.plan(QStringLiteral("planif"));
    REQUIRE(planned.exitCode == 0);
    CHECK(QString::fromUtf8(planned.out).contains(QStringLiteral("R4624-16 (protocole de l’équipe : 12 mois)")));

    struct Row {
        const char* user;
        QStringList options;
        int code;
    };
    const Row rows[] = {
        {"planif", {QStringLiteral("--si-renewal-months"), QStringLiteral("12")}, 3},   // not the team's physician
        {"medecin2", {QStringLiteral("--si-renewal-months"), QStringLiteral("12")}, 3}, // another team's physician
        {"medecin", {QStringLiteral("--si-renewal-months"), QStringLiteral("61")}, 1},  // longer than R4624-16
        {"medecin", {QStringLiteral("--sia-renewal-months"), QStringLiteral("trois")}, 2},
        {"medecin", {}, 2}, // no interval
    };
    for (const Row& row : rows) {
        INFO(row.user << " " << row.options.join(u' ').toStdString());
        const auto r = f.cli.as(f.db, QString::fromLatin1(row.user),
                                QStringList{QStringLiteral("protocol"), QStringLiteral("set"), QStringLiteral("--team"), team} + row.options);
        CHECK(r.exitCode == row.code);
        CHECK_FALSE(r.err.isEmpty());
    }
    // The refused change left the protocol as it was; withdrawn, the law again.
    REQUIRE(f.cli.as(f.db, QStringLiteral("medecin"), {QStringLiteral("protocol"), QStringLiteral("withdraw"), QStringLiteral("--team"), team}).exitCode == 0);
    const auto after = f.cli.as(f.db, QStringLiteral("planif"), {QStringLiteral("protocol"), QStringLiteral("show"), QStringLiteral("--team"), team});
    CHECK(QJsonDocument::fromJson(after.out).object().value(QStringLiteral("si_renewal_months")).toObject().value(QStringLiteral("source")).toString() ==
          QStringLiteral("law"));
}

TEST_CASE("convocations print --company: the letters of that company's workers over a period, and none other")
{
    Fixture f;
    const auto applied = f.plan(QStringLiteral("planif"), {QStringLiteral("--apply")});
    REQUIRE(applied.exitCode == 0);
    QHash<QString, QString> nameOf; // worker id → name printed on the letter
    for (const QString& line : lines(applied.out))
        nameOf.insert(line.section(QLatin1Char('\t'), 6, 6), line.section(QLatin1Char('\t'), 7, 7));
    // Which company each booked appointment belongs to, read with the independent SQLCipher shell: those of
    // the establishments in the planner's teams, the only ones it convokes (a company may also have
    // establishments in team B, whose agenda the demo fills too).
    const auto key = f.cli.as(f.db, QStringLiteral("admin"), {QStringLiteral("key"), QStringLiteral("show")});
    REQUIRE(key.exitCode == 0);
    const auto owners = Cli::shell(f.db, key.out.trimmed(), key.err,
                                   "SELECT n.siren || '|' || a.worker_id FROM appointments a JOIN establishments s ON s.id = a.establishment_id "
                                   "JOIN enterprises n ON n.id = s.enterprise_id WHERE a.deleted = 0 AND a.status IN ('planned', 'confirmed') "
                                   "AND a.day BETWEEN '2026-11-09' AND '2026-11-20' AND a.establishment_id IN (SELECT te.establishment_id FROM "
                                   "team_establishments te JOIN team_members m ON m.team_id = te.team_id AND m.deleted = 0 JOIN accounts c "
                                   "ON c.id = m.account_id WHERE c.login = 'planif' AND te.deleted = 0);");
    REQUIRE(owners.exitCode == 0);
    QHash<QString, QStringList> workersOf; // SIREN → worker ids just booked, one per appointment
    QHash<QString, int> appointmentsOf;   // SIREN → every appointment of the period (the demo books some too)
    for (const QString& line : lines(owners.out)) {
        if (line.count(QLatin1Char('|')) != 1)
            continue;
        ++appointmentsOf[line.section(QLatin1Char('|'), 0, 0)];
        if (nameOf.contains(line.section(QLatin1Char('|'), 1)))
            workersOf[line.section(QLatin1Char('|'), 0, 0)] << line.section(QLatin1Char('|'), 1);
    }
    REQUIRE(workersOf.size() >= 2);
    QString siren;
    for (auto it = workersOf.cbegin(); it != workersOf.cend(); ++it)
        if (siren.isEmpty() || it.value().size() > workersOf.value(siren).size())
            siren = it.key();

    const QString pdf = f.cli.file(QStringLiteral("company.pdf"));
    const auto printed = f.cli.as(f.db, QStringLiteral("planif"), {QStringLiteral("convocations"), QStringLiteral("print"), QStringLiteral("--company"),
                                                                   siren, QStringLiteral("--from"), QStringLiteral("2026-11-09"),
                                                                   QStringLiteral("--to"), QStringLiteral("2026-11-20"), QStringLiteral("--out"), pdf});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const auto text = vigie::test::run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QString body = QString::fromUtf8(text.out);
    // One page per appointment of the company; every one of its workers, no worker of another company.
    CHECK(appointmentsOf.value(siren) >= workersOf.value(siren).size());
    CHECK(body.count(QLatin1Char('\f')) == appointmentsOf.value(siren));
    QSet<QString> ours;
    for (const QString& id : workersOf.value(siren)) {
        ours.insert(nameOf.value(id));
        CHECK(body.contains(nameOf.value(id)));
    }
    for (auto it = workersOf.cbegin(); it != workersOf.cend(); ++it)
        if (it.key() != siren)
            for (const QString& id : it.value())
                if (!ours.contains(nameOf.value(id))) // a namesake in both companies proves nothing
                    CHECK_FALSE(body.contains(nameOf.value(id)));
    CHECK(body.contains(QStringLiteral("Convocation")));

    // The day form still works; errors follow cli-contract.md.
    const QString firstDay = lines(applied.out).first().section(QLatin1Char('\t'), 0, 0);
    const auto byDay = f.cli.as(f.db, QStringLiteral("planif"), {QStringLiteral("convocations"), QStringLiteral("print"), QStringLiteral("--date"),
                                                                 firstDay, QStringLiteral("--out"), f.cli.file(QStringLiteral("day.pdf"))});
    INFO(byDay.err.toStdString());
    CHECK(byDay.exitCode == 0);
    const QStringList base{QStringLiteral("convocations"), QStringLiteral("print"), QStringLiteral("--out"), f.cli.file(QStringLiteral("x.pdf"))};
    auto run = [&](const QStringList& extra) { return f.cli.as(f.db, QStringLiteral("planif"), base + extra); };
    const auto unknown = run({QStringLiteral("--company"), QStringLiteral("999999999"), QStringLiteral("--from"), QStringLiteral("2026-11-09"),
                              QStringLiteral("--to"), QStringLiteral("2026-11-20")});
    CHECK(unknown.exitCode == 1);
    CHECK(QString::fromUtf8(unknown.err).contains(QStringLiteral("999999999")));
    const auto reversed = run({QStringLiteral("--company"), siren, QStringLiteral("--from"), QStringLiteral("2026-11-20"), QStringLiteral("--to"),
                               QStringLiteral("2026-11-09")});
    CHECK(reversed.exitCode == 1);
    const auto badDate = run({QStringLiteral("--company"), siren, QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--to"),
                              QStringLiteral("2026-11-20")});
    CHECK(badDate.exitCode == 2);
    CHECK(QString::fromUtf8(badDate.err).contains(QStringLiteral("2026-13-01")));
    const auto mixed = run({QStringLiteral("--company"), siren, QStringLiteral("--date"), QStringLiteral("2026-11-12")});
    CHECK(mixed.exitCode == 2);
    const auto empty = run({QStringLiteral("--company"), siren, QStringLiteral("--from"), QStringLiteral("2027-03-01"), QStringLiteral("--to"),
                            QStringLiteral("2027-03-31")});
    CHECK(empty.exitCode == 1);
    // The director has no Planning module: refused.
    const auto director = f.cli.as(f.db, QStringLiteral("directeur"), base + QStringList{QStringLiteral("--company"), siren, QStringLiteral("--from"),
                                                                                          QStringLiteral("2026-11-09"), QStringLiteral("--to"),
                                                                                          QStringLiteral("2026-11-20")});
    CHECK(director.exitCode == 3);
}
