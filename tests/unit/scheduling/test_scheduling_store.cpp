// The scheduling stores on a real encrypted database: visit requests of every origin with their
// deadlines and delays, agendas, the planner's proposals accepted and booked, the database's refusal of
// overlapping appointments, moves checked like bookings, outcomes (done, cancelled, no-show) and the
// re-planning that keeps the deadline; the Planning module and the team scope.
#include "../workforce/WorkforceTestSupport.h"

#include "scheduling/AgendaStore.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/DemandStore.h"
#include "scheduling/MailStore.h"
#include "scheduling/VisitRequestStore.h"
#include "scheduling/mail/MailSending.h"

#include <QDir>
#include <QProcess>

#include "catch_qt.h"

using namespace vigie;
using namespace vigie::scheduling;
using vigie::test::WorkforceDb;

namespace {

// Workers of establishment A (team A: physician acc-medecin, nurse acc-infirmier, planner acc-planif)
// and one of B (team B). Today is Tuesday 24 November 2026.
void seedWorkers(security::Session& s)
{
    const QString script = QStringLiteral(
        "INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, birth_name_fold, hlc, updated_by) VALUES "
        "('w-vip', 'Durand', 'Marie', 'Marie', '1990-03-04', 'F', 'durand', '0', 't'),"
        "('w-ema', 'Martin', 'Paul', 'Paul', '1985-06-01', 'M', 'martin', '0', 't'),"
        "('w-ret', 'Bernard', 'Luc', 'Luc', '1990-01-20', 'M', 'bernard', '0', 't'),"
        "('w-b', 'Petit', 'Anne', 'Anne', '1992-09-09', 'F', 'petit', '0', 't');"
        "INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, hlc, updated_by) VALUES "
        "('e-vip', 'w-vip', 'est-a', 'Soudeuse', 'CDI', '2026-10-01', '0', 't'),"
        "('e-ema', 'w-ema', 'est-a', 'Désamianteur', 'CDI', '2026-11-30', '0', 't'),"
        "('e-ret', 'w-ret', 'est-a', 'Cariste', 'CDI', '2015-05-01', '0', 't'),"
        "('e-b', 'w-b', 'est-b', 'Comptable', 'CDI', '2026-11-01', '0', 't');"
        "INSERT INTO employment_exposures(id, employment_id, exposure_code, sir_risk, hlc, updated_by) VALUES "
        "('x1', 'e-ema', 'CHIM.AMIANTE', 'ASBESTOS', '0', 't');"
        "INSERT INTO visits(id, worker_id, establishment_id, kind, visit_date, status, hlc, updated_by) VALUES "
        "('v1', 'w-ret', 'est-a', 'VIP', '2024-02-01', 'done', '0', 't');");
    REQUIRE(s.db().execScript(script));
}

// Team A's agenda: the physician Monday–Friday 9:00–12:00, the nurse Monday–Friday 9:00–12:00 and
// 14:00–17:00, at the centre.
QString seedAgendas(security::Session& planner)
{
    auto centre = AgendaStore::addPlace(planner, Place{{}, PlaceKind::Centre, QStringLiteral("Centre Gerland"), QStringLiteral("12 rue X, Lyon"), {}});
    REQUIRE(centre);
    for (int wd = 1; wd <= 5; ++wd) {
        REQUIRE(AgendaStore::addOpeningHours(planner, QStringLiteral("acc-medecin"), OpeningHours{wd, 540, 720, centre.value(), std::nullopt, std::nullopt}));
        REQUIRE(AgendaStore::addOpeningHours(planner, QStringLiteral("acc-infirmier"), OpeningHours{wd, 540, 720, centre.value(), std::nullopt, std::nullopt}));
        REQUIRE(AgendaStore::addOpeningHours(planner, QStringLiteral("acc-infirmier"), OpeningHours{wd, 840, 1020, centre.value(), std::nullopt, std::nullopt}));
    }
    return centre.value();
}

const Demand* demandOf(const QList<Demand>& list, const QString& worker)
{
    for (const Demand& d : list)
        if (d.workerId == worker)
            return &d;
    return nullptr;
}

} // namespace

TEST_CASE("visit requests: origin, motive, deadline and who may ask")
{
    WorkforceDb db;
    auto planner = db.session(QStringLiteral("planif"));
    seedWorkers(*planner);

    struct Row {
        const char* worker;
        RequestOrigin origin;
        RequestMotive motive;
        const char* returnDate;
        bool ok;
        const char* kind;
        const char* earliest;
        const char* due;
        const char* performer;
    };
    const Row rows[] = {
        {"w-vip", RequestOrigin::Company, RequestMotive::Hiring, nullptr, true, "VIP", "", "2027-01-01", "HEALTH_PRO"},
        {"w-ema", RequestOrigin::Company, RequestMotive::Hiring, nullptr, true, "EMA", "", "2026-11-30", "MT"},
        {"w-ret", RequestOrigin::Company, RequestMotive::Return, "2026-12-01", true, "RETURN", "2026-12-01", "2026-12-09", "HEALTH_PRO"},
        {"w-ret", RequestOrigin::Worker, RequestMotive::Return, "2026-12-01", false, "", "", "", ""},
        {"w-ret", RequestOrigin::Worker, RequestMotive::OnRequest, nullptr, true, "ON_REQUEST", "", "2026-12-24", "HEALTH_PRO"},
        {"w-ret", RequestOrigin::Physician, RequestMotive::OnRequest, nullptr, true, "ON_REQUEST", "", "2026-12-24", "MT"},
        {"w-ret", RequestOrigin::Company, RequestMotive::PreReturn, nullptr, false, "", "", "", ""},
        {"w-ret", RequestOrigin::Worker, RequestMotive::PreReturn, nullptr, true, "PRE_RETURN", "", "2026-12-24", "HEALTH_PRO"},
        {"w-ret", RequestOrigin::Company, RequestMotive::Hiring, nullptr, false, "", "", "", ""}, // initial visit done in 2024
    };
    for (const Row& row : rows) {
        INFO(row.worker << " " << codeOf(row.origin).toStdString() << " " << codeOf(row.motive).toStdString());
        NewVisitRequest r;
        r.workerId = QString::fromLatin1(row.worker);
        r.origin = row.origin;
        r.motive = row.motive;
        r.requestedOn = QDate(2026, 11, 24);
        if (row.returnDate)
            r.returnDate = QDate::fromString(QString::fromLatin1(row.returnDate), Qt::ISODate);
        auto id = VisitRequestStore::record(*planner, r);
        REQUIRE(bool(id) == row.ok);
        if (!row.ok) {
            CHECK(id.error().code == core::ErrorCode::Invalid);
            continue;
        }
        const QString where = QStringLiteral("id = '%1'").arg(id.value());
        CHECK(test::scalar(planner->db(), QStringLiteral("SELECT kind || '|' || COALESCE(earliest, '') || '|' || due_by || '|' || performer "
                                                         "|| '|' || requested_on || '|' || origin FROM visit_requests WHERE ") + where)
                  .toString() == QStringLiteral("%1|%2|%3|%4|2026-11-24|%5")
                                     .arg(QString::fromLatin1(row.kind), QString::fromLatin1(row.earliest), QString::fromLatin1(row.due),
                                          QString::fromLatin1(row.performer), codeOf(row.origin)));
    }
    // Team B's worker is out of the planner's teams: refused and audited.
    NewVisitRequest other{QStringLiteral("w-b"), {}, RequestOrigin::Worker, RequestMotive::OnRequest, QDate(2026, 11, 24)};
    auto refusedId = VisitRequestStore::record(*planner, other);
    REQUIRE_FALSE(refusedId);
    CHECK(refusedId.error().code == core::ErrorCode::Denied);
    CHECK(test::lastAudit(*planner).contains(QLatin1String("denied")));
    // The director has no Planning module.
    auto director = db.session(QStringLiteral("directeur"));
    CHECK_FALSE(VisitRequestStore::list(*director));
}

TEST_CASE("plan, accept, no double booking in the database, move, outcomes and re-planning with the same deadline")
{
    WorkforceDb db;
    auto planner = db.session(QStringLiteral("planif"));
    seedWorkers(*planner);
    seedAgendas(*planner);
    NewVisitRequest ret{QStringLiteral("w-ret"), {}, RequestOrigin::Company, RequestMotive::Return, QDate(2026, 11, 24), QDate(2026, 12, 1)};
    auto retId = VisitRequestStore::record(*planner, ret);
    REQUIRE(retId);

    const QDate today(2026, 11, 24), from(2026, 11, 30), to(2026, 12, 11);
    auto teams = QStringList{QStringLiteral("team-a")};
    auto demands = DemandStore::load(*planner, teams, today, to.addMonths(1));
    REQUIRE(demands);
    // The rules' due visits of team A (VIP of w-vip, EMA of w-ema) and the return request; not team B's.
    REQUIRE(demandOf(demands.value(), QStringLiteral("w-vip")));
    REQUIRE(demandOf(demands.value(), QStringLiteral("w-ema")));
    REQUIRE(demandOf(demands.value(), QStringLiteral("w-ret")));
    CHECK_FALSE(demandOf(demands.value(), QStringLiteral("w-b")));
    CHECK(demandOf(demands.value(), QStringLiteral("w-ema"))->performer == Performer::Mt);
    CHECK(demandOf(demands.value(), QStringLiteral("w-ret"))->requestId == retId.value());

    auto agendas = AgendaStore::load(*planner, teams, from, to);
    REQUIRE(agendas);
    CHECK(agendas.value().professionals.size() == 2);
    const Plan plan = planVisits(agendas.value(), PlanRequest{today, from, to, demands.value()});
    REQUIRE(plan.proposals.size() == 3);
    for (const Proposal& p : plan.proposals) {
        if (p.demand.workerId == QLatin1String("w-ema"))
            CHECK(p.professionalId == QLatin1String("acc-medecin"));
        if (p.demand.workerId == QLatin1String("w-ret"))
            CHECK(p.day == QDate(2026, 12, 1)); // not before the day of return
    }
    auto ids = AppointmentStore::accept(*planner, plan.proposals);
    REQUIRE(ids);
    CHECK(test::scalar(planner->db(), QStringLiteral("SELECT status FROM visit_requests WHERE id = '%1'").arg(retId.value())).toString() ==
          QLatin1String("planned"));

    // Planned now: nothing left to plan for these workers.
    auto again = DemandStore::load(*planner, teams, today, to.addMonths(1));
    REQUIRE(again);
    CHECK(again.value().isEmpty());

    // The database refuses an overlapping appointment whatever writes it.
    const QString overlap = QStringLiteral(
        "INSERT INTO appointments(id, worker_id, kind, performer, due_by, basis, professional_id, place_id, day, start_time, end_time, "
        "booked_on, booked_by, hlc, updated_by) SELECT 'dup', 'w-b', 'VIP', 'HEALTH_PRO', '2027-01-01', 'x', professional_id, place_id, day, "
        "start_time, end_time, booked_on, booked_by, '0', 't' FROM appointments WHERE id = '%1'").arg(ids.value().first());
    CHECK_FALSE(planner->db().execScript(overlap));

    // Moving the EMA to the nurse is refused (MT only); to a holiday, too; to a free slot of the physician, done.
    QString emaId;
    for (int i = 0; i < plan.proposals.size(); ++i)
        if (plan.proposals.at(i).demand.workerId == QLatin1String("w-ema"))
            emaId = ids.value().at(i);
    CHECK_FALSE(AppointmentStore::move(*planner, emaId, QStringLiteral("acc-infirmier"), QDate(2026, 12, 2), 600));
    CHECK_FALSE(AppointmentStore::move(*planner, emaId, QStringLiteral("acc-medecin"), QDate(2026, 12, 25), 600));
    CHECK_FALSE(AppointmentStore::move(*planner, emaId, QStringLiteral("acc-medecin"), QDate(2026, 12, 2), 700)); // 11:40 + 30 > 12:00
    REQUIRE(AppointmentStore::move(*planner, emaId, QStringLiteral("acc-medecin"), QDate(2026, 12, 2), 600));
    auto moved = AppointmentStore::byId(*planner, emaId);
    REQUIRE(moved);
    REQUIRE(moved.value());
    CHECK(moved.value()->day == QDate(2026, 12, 2));
    CHECK(moved.value()->start == 600);

    // A no-show on the return visit: the request is open again, re-planned against its deadline.
    QString retAppointment;
    for (int i = 0; i < plan.proposals.size(); ++i)
        if (plan.proposals.at(i).demand.workerId == QLatin1String("w-ret"))
            retAppointment = ids.value().at(i);
    CHECK_FALSE(AppointmentStore::setStatus(*planner, retAppointment, AppointmentStatus::NoShow)); // not yet happened
    db.clock.set(QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC));
    auto later = db.session(QStringLiteral("planif"));
    REQUIRE(AppointmentStore::setStatus(*later, retAppointment, AppointmentStatus::NoShow));
    auto replan = DemandStore::load(*later, teams, QDate(2026, 12, 2), to.addMonths(1));
    REQUIRE(replan);
    const Demand* r = demandOf(replan.value(), QStringLiteral("w-ret"));
    REQUIRE(r);
    CHECK(r->latest == QDate(2026, 12, 9));
    CHECK(r->replacesAppointment == retAppointment);

    // Done: the visit joins the worker's visits; the VIP is no longer due.
    QString vipAppointment;
    for (int i = 0; i < plan.proposals.size(); ++i)
        if (plan.proposals.at(i).demand.workerId == QLatin1String("w-vip"))
            vipAppointment = ids.value().at(i);
    REQUIRE(AppointmentStore::setStatus(*later, vipAppointment, AppointmentStatus::Done));
    CHECK(test::count(*later, QStringLiteral("visits"), QStringLiteral("worker_id = 'w-vip' AND status = 'done'")) == 1);
    auto worker = DemandStore::situationOf(*later, QStringLiteral("w-vip"));
    REQUIRE(worker);
    CHECK(worker.value().visits.size() == 1);

    // Delays of the return request: requested 24/11, booked 24/11, visit (missed) — open again, no visit.
    auto requests = VisitRequestStore::list(*later);
    REQUIRE(requests);
    bool seen = false;
    for (const VisitRequestRecord& rec : requests.value())
        if (rec.id == retId.value()) {
            seen = true;
            CHECK(rec.status == QLatin1String("open"));
            CHECK_FALSE(rec.visitDay);
        }
    CHECK(seen);
}

TEST_CASE("a request's delays are measured from its date against its deadline")
{
    WorkforceDb db;
    auto planner = db.session(QStringLiteral("planif"));
    seedWorkers(*planner);
    seedAgendas(*planner);
    NewVisitRequest r{QStringLiteral("w-ret"), {}, RequestOrigin::Worker, RequestMotive::OnRequest, QDate(2026, 11, 20)};
    auto id = VisitRequestStore::record(*planner, r);
    REQUIRE(id);
    auto demands = DemandStore::load(*planner, {QStringLiteral("team-a")}, QDate(2026, 11, 24), QDate(2027, 1, 31));
    REQUIRE(demands);
    auto agendas = AgendaStore::load(*planner, {QStringLiteral("team-a")}, QDate(2026, 12, 7), QDate(2026, 12, 11));
    REQUIRE(agendas);
    QList<Demand> only;
    for (const Demand& d : demands.value())
        if (d.requestId == id.value())
            only << d;
    const Plan plan = planVisits(agendas.value(), PlanRequest{QDate(2026, 11, 24), QDate(2026, 12, 7), QDate(2026, 12, 11), only});
    REQUIRE(plan.proposals.size() == 1);
    REQUIRE(AppointmentStore::accept(*planner, plan.proposals));
    auto list = VisitRequestStore::list(*planner, QStringLiteral("planned"));
    REQUIRE(list);
    REQUIRE(list.value().size() == 1);
    const VisitRequestRecord& rec = list.value().first();
    CHECK(rec.delays.toAppointment == 4);  // 20 → 24 November
    CHECK(rec.delays.toVisit == 17);       // 20 November → 7 December
    CHECK(rec.delays.margin == 13);        // due 20 December (service target: 30 days)
    CHECK(rec.delays.withinDeadline);
    CHECK_FALSE(rec.statutory);
}

namespace {
// Quoted-printable (RFC 2045) to text: soft line breaks removed, =XX decoded.
QString unquote(QByteArray qp)
{
    qp.replace("=\r\n", "").replace("=\n", "");
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        if (qp[i] == '=' && i + 2 < qp.size()) {
            out += char(QByteArray(qp.mid(i + 1, 2)).toInt(nullptr, 16));
            i += 2;
        } else {
            out += qp[i];
        }
    }
    return QString::fromUtf8(out);
}
} // namespace

TEST_CASE("convocations and reminders by e-mail through a local SMTP sink, a refused address fails only its own e-mail")
{
    QTemporaryDir inbox;
    QProcess sink;
    sink.start(QStringLiteral("python3"), {qEnvironmentVariable("VIGIE_SOURCE_DIR") + QStringLiteral("/tests/tools/smtp_sink.py"), inbox.path()});
    REQUIRE(sink.waitForStarted());
    REQUIRE(sink.waitForReadyRead(10000));
    const int port = sink.readLine().trimmed().toInt();
    REQUIRE(port > 0);

    WorkforceDb db;
    auto planner = db.session(QStringLiteral("planif"));
    seedWorkers(*planner);
    seedAgendas(*planner);
    auto admin = db.session(QStringLiteral("admin"));
    REQUIRE(MailStore::setSettings(*admin, SmtpSettings{QStringLiteral("127.0.0.1"), port, QStringLiteral("convocations@spsti.example"), 2}));
    CHECK_FALSE(MailStore::setSettings(*planner, SmtpSettings{QStringLiteral("127.0.0.1"), port, QStringLiteral("x@y.fr"), 2})); // administrators only
    REQUIRE(MailStore::setWorkerEmail(*planner, QStringLiteral("w-vip"), QStringLiteral("marie.durand@example.org")));
    REQUIRE(MailStore::setWorkerEmail(*planner, QStringLiteral("w-ema"), QStringLiteral("refused.martin@example.org")));
    CHECK_FALSE(MailStore::setWorkerEmail(*planner, QStringLiteral("w-ret"), QStringLiteral("not an address")));
    CHECK_FALSE(MailStore::setWorkerEmail(*planner, QStringLiteral("w-b"), QStringLiteral("anne@example.org"))); // team B

    const QStringList teams{QStringLiteral("team-a")};
    auto demands = DemandStore::load(*planner, teams, QDate(2026, 11, 24), QDate(2027, 1, 31));
    REQUIRE(demands);
    auto agendas = AgendaStore::load(*planner, teams, QDate(2026, 11, 30), QDate(2026, 12, 11));
    REQUIRE(agendas);
    const Plan plan = planVisits(agendas.value(), PlanRequest{QDate(2026, 11, 24), QDate(2026, 11, 30), QDate(2026, 12, 11), demands.value()});
    REQUIRE(AppointmentStore::accept(*planner, plan.proposals));
    QDate vipDay;
    for (const Proposal& p : plan.proposals)
        if (p.demand.workerId == QLatin1String("w-vip"))
            vipDay = p.day;
    REQUIRE(vipDay.isValid());

    auto first = sendDueMails(*planner, QDate(2026, 11, 24));
    REQUIRE(first);
    int sent = 0, failed = 0;
    for (const SendResult& r : first.value()) {
        CHECK_FALSE(r.reminder);
        (r.sent ? sent : failed) += 1;
    }
    CHECK(sent == 1);
    CHECK(failed == 1); // the refused address
    QDir dir(inbox.path());
    QStringList files = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 1);
    const QByteArray raw = test::readAll(dir.filePath(files.first()));
    CHECK(raw.startsWith("RCPT: marie.durand@example.org"));
    const QString text = unquote(raw);
    CHECK(text.contains(QLatin1String("DURAND Marie")));
    CHECK(text.contains(QLatin1String("Centre Gerland")));
    CHECK(text.contains(visitPurpose(VisitKind::Vip).left(40)));

    // Nothing twice: the convocation went; the refused one is tried again (and refused again).
    auto second = sendDueMails(*planner, QDate(2026, 11, 24));
    REQUIRE(second);
    REQUIRE(second.value().size() == 1);
    CHECK_FALSE(second.value().first().sent);
    CHECK(dir.entryList({QStringLiteral("*.eml")}, QDir::Files).size() == 1);

    // Two days before the visit, the reminder; once.
    auto reminder = sendDueMails(*planner, vipDay.addDays(-2));
    REQUIRE(reminder);
    bool reminded = false;
    for (const SendResult& r : reminder.value())
        reminded = reminded || (r.reminder && r.sent);
    CHECK(reminded);
    files = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 2);
    CHECK(unquote(test::readAll(dir.filePath(files.last()))).contains(QLatin1String("reminder")));
    auto again = sendDueMails(*planner, vipDay.addDays(-1));
    REQUIRE(again);
    for (const SendResult& r : again.value())
        CHECK_FALSE((r.reminder && r.sent));

    sink.kill();
    sink.waitForFinished();
}

TEST_CASE("agenda editing: openings and absences listed and removed by soft delete, audited, within the account's teams")
{
    WorkforceDb db;
    auto planner = db.session(QStringLiteral("planif"));
    const QString centre = seedAgendas(*planner);
    auto places = AgendaStore::places(*planner);
    REQUIRE(places);
    REQUIRE(places.value().size() == 1);
    CHECK(places.value().first().name == QStringLiteral("Centre Gerland"));

    auto openings = AgendaStore::openingsOf(*planner, QStringLiteral("acc-infirmier"));
    REQUIRE(openings);
    REQUIRE(openings.value().size() == 10);
    CHECK(openings.value().at(0).hours.weekday == 1);
    CHECK(openings.value().at(0).hours.start == 540);
    CHECK(openings.value().at(1).hours.start == 840); // Monday afternoon, before Tuesday
    auto absence = AgendaStore::addAbsence(*planner, QStringLiteral("acc-infirmier"), DateRange{QDate(2026, 12, 7), QDate(2026, 12, 8)},
                                           QStringLiteral("Formation"));
    REQUIRE(absence);
    auto absences = AgendaStore::absencesOf(*planner, QStringLiteral("acc-infirmier"));
    REQUIRE(absences);
    REQUIRE(absences.value().size() == 1);
    CHECK(absences.value().first().label == QStringLiteral("Formation"));

    // The nurse is absent on Monday 7 December: the agenda says so until the absence is removed.
    const auto nurseOn = [&](QDate day) {
        auto a = AgendaStore::load(*planner, {QStringLiteral("team-a")}, day, day);
        REQUIRE(a);
        return *a.value().professional(QStringLiteral("acc-infirmier"));
    };
    CHECK(nurseOn(QDate(2026, 12, 7)).absentOn(QDate(2026, 12, 7)));
    const qint64 outboxBefore = test::count(*planner, QStringLiteral("_outbox"));
    REQUIRE(AgendaStore::removeAbsence(*planner, absence.value()));
    CHECK(test::lastAudit(*planner) == QStringLiteral("delete agenda.absence allowed id=%1 professional=acc-infirmier").arg(absence.value()));
    CHECK_FALSE(nurseOn(QDate(2026, 12, 7)).absentOn(QDate(2026, 12, 7)));
    // A soft delete: the row stays, marked, with a new version carried to the other sites.
    CHECK(test::scalar(planner->db(), QStringLiteral("SELECT deleted || '|' || row_version || '|' || updated_by FROM agenda_absences WHERE id = '%1'")
                                          .arg(absence.value()))
              .toString() == QStringLiteral("1|2|acc-planif"));
    CHECK(test::count(*planner, QStringLiteral("_outbox")) == outboxBefore + 1);
    CHECK(AgendaStore::absencesOf(*planner, QStringLiteral("acc-infirmier")).value().isEmpty());
    // Removed once: unknown the second time.
    auto again = AgendaStore::removeAbsence(*planner, absence.value());
    REQUIRE_FALSE(again);
    CHECK(again.error().code == core::ErrorCode::Invalid);

    // The Monday morning opening removed: no visit can be placed then any more.
    const QString monday = openings.value().at(0).id;
    REQUIRE(AgendaStore::removeOpeningHours(*planner, monday));
    CHECK(test::lastAudit(*planner).startsWith(QStringLiteral("delete agenda.hours allowed id=") + monday));
    CHECK(AgendaStore::openingsOf(*planner, QStringLiteral("acc-infirmier")).value().size() == 9);
    const Professional nurse = nurseOn(QDate(2026, 12, 7));
    CHECK(openingAt(nurse, QDate(2026, 12, 7), 540, 560) == nullptr);
    CHECK(openingAt(nurse, QDate(2026, 12, 7), 840, 860) != nullptr);
    CHECK(openingAt(nurse, QDate(2026, 12, 8), 540, 560) != nullptr);
    (void)centre;

    // Team B's physician plans for team B only: team A's agendas are out of reach, refused and audited.
    auto other = db.session(QStringLiteral("medecin2"));
    const QString tuesday = openings.value().at(2).id;
    auto denied = AgendaStore::removeOpeningHours(*other, tuesday);
    REQUIRE_FALSE(denied);
    CHECK(denied.error().code == core::ErrorCode::Denied);
    CHECK(test::lastAudit(*other).contains(QLatin1String("denied")));
    CHECK(test::scalar(planner->db(), QStringLiteral("SELECT deleted FROM agenda_hours WHERE id = '%1'").arg(tuesday)).toInt() == 0);
    CHECK_FALSE(AgendaStore::openingsOf(*other, QStringLiteral("acc-infirmier")));
    // The director has no Planning module.
    auto director = db.session(QStringLiteral("directeur"));
    CHECK_FALSE(AgendaStore::removeOpeningHours(*director, tuesday));
    CHECK_FALSE(AgendaStore::places(*director));
}

TEST_CASE("a request's deadline is previewed before it is recorded, and the posts offered are those of the account's teams")
{
    WorkforceDb db;
    auto planner = db.session(QStringLiteral("planif"));
    seedWorkers(*planner);
    auto posts = VisitRequestStore::posts(*planner, QStringLiteral("dur"));
    REQUIRE(posts);
    REQUIRE(posts.value().size() == 1);
    CHECK(posts.value().first().workerName == QStringLiteral("DURAND Marie"));
    CHECK(posts.value().first().postTitle == QStringLiteral("Soudeuse"));
    auto all = VisitRequestStore::posts(*planner, QString());
    REQUIRE(all);
    CHECK(all.value().size() == 3); // w-b works in team B's establishment
    const qint64 before = test::count(*planner, QStringLiteral("visit_requests"));
    NewVisitRequest r{QStringLiteral("w-ret"), QStringLiteral("e-ret"), RequestOrigin::Company, RequestMotive::Return, QDate(2026, 11, 24),
                      QDate(2026, 12, 1)};
    auto preview = VisitRequestStore::preview(*planner, r);
    REQUIRE(preview);
    CHECK(preview.value().latest == QDate(2026, 12, 9));
    CHECK(preview.value().basis == QStringLiteral("R4624-31"));
    r.motive = RequestMotive::PreReturn;
    auto refusedPreview = VisitRequestStore::preview(*planner, r);
    REQUIRE_FALSE(refusedPreview);
    CHECK(refusedPreview.error().message.contains(QStringLiteral("L4624-2-4")));
    CHECK(test::count(*planner, QStringLiteral("visit_requests")) == before); // nothing recorded
}
