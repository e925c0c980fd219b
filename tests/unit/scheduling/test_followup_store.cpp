// The follow-up screens' data (issue 6 part 6) on a real encrypted database, today pinned to Tuesday
// 24 November 2026: the states of the visits to plan and the counts per establishment, the overdue
// boundary (a deadline of today is not late, tomorrow it is), the company view with its share of
// workers up to date on a worked example, medical secrecy (no pre-return or on-request visit shown to
// the employer), the team scope, the PDF "État du suivi individuel" (pdftotext), and the batch of one
// company's convocations over a period.
#include "../workforce/WorkforceTestSupport.h"

#include "scheduling/AgendaStore.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/ConvocationStore.h"
#include "scheduling/DemandStore.h"
#include "scheduling/FollowUp.h"
#include "scheduling/FollowUpRows.h"
#include "scheduling/FollowUpStore.h"
#include "scheduling/print/ConvocationPrinter.h"
#include "scheduling/print/FollowUpPrinter.h"

#include <QProcess>

#include "catch_qt.h"

using namespace vigie;
using namespace vigie::scheduling;
using vigie::test::WorkforceDb;

namespace {

const QDate Today(2026, 11, 24);

// Establishment A (team A, the planner's) and B (team B), both of the enterprise "Atelier Test":
//   w-late   SI, last VIP 2021-06-01      → VIP_RENEWAL due 2026-06-01: overdue
//   w-due    SI, last VIP 2022-01-10      → VIP_RENEWAL due 2027-01-10: due within 3 months
//   w-bound  SI, last VIP 2021-11-24      → VIP_RENEWAL due 2026-11-24, today: due, not overdue
//   w-plan   SI, hired 2026-11-01         → VIP due 2027-02-01, booked on 2026-12-03: planned
//   w-ok     SIA (night work), VIP 2025-06-01 → VIP_RENEWAL 2028-06-01: up to date; a later visit
//            on request (2026-10-01) the employer must not see
//   w-gone   employment ended 2025-12-31  → not a current worker
//   w-b      establishment B (team B), overdue → outside the planner's teams
void seed(security::Session& s, const QString& placeId)
{
    const QString script = QStringLiteral(
        "INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, birth_name_fold, hlc, updated_by) VALUES "
        "('w-late', 'Lambert', 'Eva', 'Eva', '1992-03-04', 'F', 'lambert', '0', 't'),"
        "('w-due', 'Dubois', 'Hugo', 'Hugo', '1993-06-01', 'M', 'dubois', '0', 't'),"
        "('w-bound', 'Bonnet', 'Lina', 'Lina', '1994-01-20', 'F', 'bonnet', '0', 't'),"
        "('w-plan', 'Perrin', 'Noah', 'Noah', '1995-02-02', 'M', 'perrin', '0', 't'),"
        "('w-ok', 'Olivier', 'Jade', 'Jade', '1996-09-09', 'F', 'olivier', '0', 't'),"
        "('w-gone', 'Garcia', 'Tom', 'Tom', '1991-07-07', 'M', 'garcia', '0', 't'),"
        "('w-b', 'Blanc', 'Zoe', 'Zoe', '1992-09-09', 'F', 'blanc', '0', 't');"
        "INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, end_date, night_work, follow_up, hlc, updated_by) VALUES "
        "('e-late', 'w-late', 'est-a', 'Soudeuse', 'CDI', '2015-01-01', NULL, 0, 'SI', '0', 't'),"
        "('e-due', 'w-due', 'est-a', 'Magasinier', 'CDI', '2020-01-01', NULL, 0, 'SI', '0', 't'),"
        "('e-bound', 'w-bound', 'est-a', 'Comptable', 'CDI', '2019-01-01', NULL, 0, 'SI', '0', 't'),"
        "('e-plan', 'w-plan', 'est-a', 'Cariste', 'CDI', '2026-11-01', NULL, 0, 'SI', '0', 't'),"
        "('e-ok', 'w-ok', 'est-a', 'Conductrice de nuit', 'CDI', '2024-01-01', NULL, 1, 'SIA', '0', 't'),"
        "('e-gone', 'w-gone', 'est-a', 'Peintre', 'CDD', '2024-01-01', '2025-12-31', 0, 'SI', '0', 't'),"
        "('e-b', 'w-b', 'est-b', 'Vendeuse', 'CDI', '2015-01-01', NULL, 0, 'SI', '0', 't');"
        "INSERT INTO visits(id, worker_id, establishment_id, kind, visit_date, status, hlc, updated_by) VALUES "
        "('v1', 'w-late', 'est-a', 'VIP', '2021-06-01', 'done', '0', 't'),"
        "('v2', 'w-due', 'est-a', 'VIP', '2022-01-10', 'done', '0', 't'),"
        "('v3', 'w-bound', 'est-a', 'VIP', '2021-11-24', 'done', '0', 't'),"
        "('v4', 'w-ok', 'est-a', 'VIP', '2025-06-01', 'done', '0', 't'),"
        "('v5', 'w-ok', 'est-a', 'ON_REQUEST', '2026-10-01', 'done', '0', 't'),"
        "('v6', 'w-gone', 'est-a', 'VIP', '2024-02-01', 'done', '0', 't'),"
        "('v7', 'w-b', 'est-b', 'VIP', '2020-01-01', 'done', '0', 't');"
        "INSERT INTO appointments(id, worker_id, employment_id, establishment_id, kind, performer, due_by, basis, professional_id, "
        "place_id, day, start_time, end_time, status, booked_on, booked_by, hlc, updated_by) VALUES "
        "('ap-1', 'w-plan', 'e-plan', 'est-a', 'VIP', 'HEALTH_PRO', '2027-02-01', 'R4624-10', 'acc-infirmier', '%1', '2026-12-03', "
        "'09:00', '09:30', 'planned', '2026-11-20', 'acc-planif', '0', 't'),"
        "('ap-2', 'w-late', 'e-late', 'est-a', 'VIP_RENEWAL', 'HEALTH_PRO', '2026-06-01', 'R4624-16', 'acc-infirmier', '%1', '2026-11-10', "
        "'09:00', '09:30', 'no_show', '2026-11-01', 'acc-planif', '0', 't');")
                               .arg(placeId);
    REQUIRE(s.db().execScript(script));
}

QString centre(security::Session& planner)
{
    auto id = AgendaStore::addPlace(planner, Place{{}, PlaceKind::Centre, QStringLiteral("Centre Gerland"), QStringLiteral("12 rue X, Lyon"), {}});
    REQUIRE(id);
    return id.value();
}

QList<DueRow> rowsFor(security::Session& s, QDate today)
{
    // As the follow-up page reads them (FollowUpRows.h), on the session's today.
    REQUIRE(s.clock().today() == today);
    auto teams = AgendaStore::teamsToPlan(s);
    REQUIRE(teams);
    auto rows = followUpRows(s, teams.value(), today.addMonths(3));
    REQUIRE(rows);
    return rows.value();
}

const DueRow* rowOf(const QList<DueRow>& rows, const QString& worker)
{
    for (const DueRow& r : rows)
        if (r.workerId == worker)
            return &r;
    return nullptr;
}

const WorkerFollowUp* workerOf(const CompanyFollowUp& view, const QString& id)
{
    for (const WorkerFollowUp& w : view.workers)
        if (w.workerId == id)
            return &w;
    return nullptr;
}

} // namespace

TEST_CASE("the share of workers up to date, in whole percent rounded half up")
{
    using S = WorkerState;
    struct Row {
        QList<S> states;
        int percent;
    };
    const Row rows[] = {
        {{}, 0},
        {{S::UpToDate}, 100},
        {{S::Overdue}, 0},
        {{S::UpToDate, S::Due, S::Overdue}, 67},                                                   // 66.7
        {{S::Overdue, S::Overdue, S::Overdue, S::Overdue, S::Overdue, S::Overdue, S::Overdue, S::Due}, 13}, // 12.5
        {{S::Due, S::Due, S::Overdue}, 67},                                                        // due is still up to date
        {{S::UpToDate, S::Overdue, S::Overdue}, 33},                                               // 33.3
    };
    for (const Row& r : rows) {
        INFO(r.states.size());
        CHECK(upToDatePercent(r.states) == r.percent);
    }
}

TEST_CASE("a worker's state against today and the horizon: the deadline of today is not overdue")
{
    const QDate horizon = Today.addMonths(3);
    auto due = [](QDate latest) {
        return makeDue(QStringLiteral("w"), QStringLiteral("e"), VisitKind::VipRenewal, std::nullopt, latest, Performer::HealthPro,
                       QStringLiteral("R4624-16"), Today);
    };
    CHECK(workerState({}, Today, horizon) == WorkerState::UpToDate);
    CHECK(workerState({due(Today)}, Today, horizon) == WorkerState::Due);
    CHECK(workerState({due(Today.addDays(-1))}, Today, horizon) == WorkerState::Overdue);
    CHECK(workerState({due(horizon)}, Today, horizon) == WorkerState::Due);
    CHECK(workerState({due(horizon.addDays(1))}, Today, horizon) == WorkerState::UpToDate);
    // The earliest deadline decides.
    CHECK(workerState({due(horizon.addYears(1)), due(Today.addDays(-3))}, Today, horizon) == WorkerState::Overdue);
    const auto next = nextDeadline({due(horizon.addYears(1)), due(Today.addDays(5))});
    REQUIRE(next);
    CHECK(next->deadline == Today.addDays(5));
}

TEST_CASE("follow-up per establishment: states, counts and the overdue boundary")
{
    WorkforceDb db;
    auto planner = db.session(QStringLiteral("planif"));
    seed(*planner, centre(*planner));

    const QList<DueRow> rows = rowsFor(*planner, Today);
    const DueRow* late = rowOf(rows, QStringLiteral("w-late"));
    REQUIRE(late);
    CHECK(late->state == DueState::Overdue);
    CHECK(late->late);
    CHECK(late->deadline == QDate(2026, 6, 1));
    CHECK(late->basis.contains(QStringLiteral("R4624-16")));
    CHECK(dueStateText(*late) == QStringLiteral("overdue"));
    const DueRow* bound = rowOf(rows, QStringLiteral("w-bound"));
    REQUIRE(bound);
    CHECK(bound->deadline == Today);
    CHECK(bound->state == DueState::ToPlan);
    CHECK_FALSE(bound->late);
    const DueRow* planned = rowOf(rows, QStringLiteral("w-plan"));
    REQUIRE(planned);
    CHECK(planned->state == DueState::Planned);
    CHECK(planned->plannedOn == QDate(2026, 12, 3));
    CHECK(dueStateText(*planned) == QStringLiteral("planned on 03/12/2026"));
    CHECK_FALSE(rowOf(rows, QStringLiteral("w-ok")));   // next deadline in 2028
    CHECK_FALSE(rowOf(rows, QStringLiteral("w-gone"))); // no current employment
    CHECK_FALSE(rowOf(rows, QStringLiteral("w-b")));    // team B

    const EstablishmentCounts a = countsOf(rows, QStringLiteral("est-a"));
    CHECK(a.overdue == 1);
    CHECK(a.due == 2); // w-due, w-bound
    CHECK(a.planned == 1);
    // A team's counts: each establishment once; the share overdue of all its visits.
    const EstablishmentCounts team = scopeCounts(rows, {QStringLiteral("est-a"), QStringLiteral("est-a"), QStringLiteral("est-b")});
    CHECK(team.overdue == 1);
    CHECK(team.due == 2);
    CHECK(team.planned == 1);
    CHECK(overdueShare(team) == 0.25);
    CHECK(overdueShare(EstablishmentCounts{}) == 0.0);
    CHECK(overdueShare(EstablishmentCounts{3, 0, 0}) == 1.0);

    // The next day, the deadline of w-bound has passed.
    db.clock.set(QDateTime(Today.addDays(1), QTime(9, 30), Qt::UTC));
    const QList<DueRow> tomorrow = rowsFor(*planner, Today.addDays(1));
    REQUIRE(rowOf(tomorrow, QStringLiteral("w-bound")));
    CHECK(rowOf(tomorrow, QStringLiteral("w-bound"))->state == DueState::Overdue);
    CHECK(countsOf(tomorrow, QStringLiteral("est-a")).overdue == 2);

    // The team's establishments: A only for the planner; B for team B's physician.
    auto teams = AgendaStore::teamsToPlan(*planner);
    REQUIRE(teams);
    auto establishments = FollowUpStore::teamEstablishments(*planner, teams.value());
    REQUIRE(establishments);
    REQUIRE(establishments.value().size() == 1);
    CHECK(establishments.value().first().establishmentName == QStringLiteral("Atelier Nord"));
    CHECK(establishments.value().first().teamName == QStringLiteral("Equipe A"));
    db.clock.set(QDateTime(Today, QTime(9, 30), Qt::UTC));
    auto physicianB = db.session(QStringLiteral("medecin2"));
    const QList<DueRow> rowsB = rowsFor(*physicianB, Today);
    CHECK(countsOf(rowsB, QStringLiteral("est-b")).overdue == 1);
    CHECK(countsOf(rowsB, QStringLiteral("est-a")).overdue == 0);
}

TEST_CASE("the company's view: category, last visit, next deadline, state, appointment and the share up to date")
{
    WorkforceDb db;
    auto planner = db.session(QStringLiteral("planif"));
    seed(*planner, centre(*planner));

    auto companies = FollowUpStore::companies(*planner);
    REQUIRE(companies);
    REQUIRE(companies.value().size() == 1);
    CHECK(companies.value().first().establishmentIds == QStringList{QStringLiteral("est-a")});

    // By SIREN, as a script would name it.
    auto view = FollowUpStore::companyFollowUp(*planner, QStringLiteral("732829320"), Today, Today.addMonths(3));
    REQUIRE(view);
    const CompanyFollowUp& v = view.value();
    CHECK(v.company.name == QStringLiteral("Atelier Test"));
    QStringList names;
    for (const WorkerFollowUp& w : v.workers)
        names << w.workerName;
    // Current workers of establishment A only (w-gone has left, w-b is team B's), by name.
    CHECK(names == QStringList{QStringLiteral("BONNET Lina"), QStringLiteral("DUBOIS Hugo"), QStringLiteral("LAMBERT Eva"),
                               QStringLiteral("OLIVIER Jade"), QStringLiteral("PERRIN Noah")});
    // Worked example: 5 workers, 1 overdue (w-late) → 4 / 5 = 80 % up to date; 3 due within 3 months
    // (w-bound today, w-due 10/01/2027, w-plan 01/02/2027).
    CHECK(v.upToDatePercent() == 80);
    CHECK(v.count(WorkerState::Overdue) == 1);
    CHECK(v.count(WorkerState::Due) == 3);
    CHECK(v.count(WorkerState::UpToDate) == 1);
    CHECK(followUpSummary(v) == QStringLiteral("5 worker(s), 80 % up to date (3 due by 24/02/2027, 1 overdue)"));

    const WorkerFollowUp* late = workerOf(v, QStringLiteral("w-late"));
    REQUIRE(late);
    CHECK(late->state == WorkerState::Overdue);
    CHECK(late->lastVisit == QDate(2021, 6, 1));
    CHECK(late->lastVisitKind == VisitKind::Vip);
    REQUIRE(late->next);
    CHECK(late->next->kind == VisitKind::VipRenewal);
    CHECK(late->next->deadline == QDate(2026, 6, 1));
    CHECK_FALSE(late->nextAppointment); // the no-show is not an appointment to come

    const WorkerFollowUp* ok = workerOf(v, QStringLiteral("w-ok"));
    REQUIRE(ok);
    CHECK(ok->category == Category::Sia);
    CHECK(ok->state == WorkerState::UpToDate);
    // Medical secrecy: the visit on request of 01/10/2026 is not the employer's to know.
    CHECK(ok->lastVisit == QDate(2025, 6, 1));
    CHECK(ok->lastVisitKind == VisitKind::Vip);
    REQUIRE(ok->next);
    CHECK(ok->next->deadline == QDate(2028, 6, 1));

    const WorkerFollowUp* plan = workerOf(v, QStringLiteral("w-plan"));
    REQUIRE(plan);
    CHECK_FALSE(plan->lastVisit);
    CHECK(plan->nextAppointment == QDate(2026, 12, 3));
    CHECK(plan->nextAppointmentKind == VisitKind::Vip);
    CHECK(plan->state == WorkerState::Due);

    CHECK(test::lastAudit(*planner).contains(QStringLiteral("planning.company_followup")));

    // Unknown company: invalid. Team B's physician sees establishment B only; the director has no
    // Planning module.
    auto unknown = FollowUpStore::companyFollowUp(*planner, QStringLiteral("999999999"), Today, Today.addMonths(3));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == core::ErrorCode::Invalid);
    db.clock.set(QDateTime(Today, QTime(9, 30), Qt::UTC));
    auto physicianB = db.session(QStringLiteral("medecin2"));
    auto viewB = FollowUpStore::companyFollowUp(*physicianB, QStringLiteral("ent"), Today, Today.addMonths(3));
    REQUIRE(viewB);
    REQUIRE(viewB.value().workers.size() == 1);
    CHECK(viewB.value().workers.first().workerId == QStringLiteral("w-b"));
    CHECK(viewB.value().upToDatePercent() == 0);
    auto director = db.session(QStringLiteral("directeur"));
    auto refused = FollowUpStore::companyFollowUp(*director, QStringLiteral("ent"), Today, Today.addMonths(3));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::Denied);
}

TEST_CASE("a company outside the account's teams is refused and audited")
{
    WorkforceDb db;
    auto planner = db.session(QStringLiteral("planif"));
    REQUIRE(planner->db().execScript(QStringLiteral(
        "INSERT INTO enterprises(id, siren, name, hlc, updated_by) VALUES ('ent-2', '552100554', 'Autre Société', '0', 'test');"
        "INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, hlc, updated_by) VALUES "
        "('est-c', 'ent-2', '55210055400013', 'Autre', 'autre', '25.62A', '0', 'test');"
        "INSERT INTO team_establishments(id, team_id, establishment_id, hlc, updated_by) VALUES ('te-c', 'team-b', 'est-c', '0', 'test');")));
    auto refused = FollowUpStore::company(*planner, QStringLiteral("552100554"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::Denied);
    CHECK(test::lastAudit(*planner).contains(QLatin1String("denied")));
    auto batch = ConvocationStore::companyLetters(*planner, QStringLiteral("552100554"), Today, Today.addDays(30));
    REQUIRE_FALSE(batch);
    CHECK(batch.error().code == core::ErrorCode::Denied);
}

TEST_CASE("the follow-up status and a company's convocations as PDF, read back with pdftotext")
{
    WorkforceDb db;
    auto planner = db.session(QStringLiteral("planif"));
    seed(*planner, centre(*planner));
    auto view = FollowUpStore::companyFollowUp(*planner, QStringLiteral("ent"), Today, Today.addMonths(3));
    REQUIRE(view);
    auto head = ConvocationStore::letterhead(*planner);
    REQUIRE(head);
    QTemporaryDir dir;
    const QString statusPdf = dir.filePath(QStringLiteral("status.pdf"));
    REQUIRE(printFollowUp(view.value(), head.value(), statusPdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), statusPdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    // Names are printed with non-breaking spaces.
    const QString body = QString::fromUtf8(text.readAllStandardOutput()).replace(QChar(0x00A0), QLatin1Char(' '));
    if (qEnvironmentVariableIsSet("VIGIE_KEEP_PDF"))
        QFile::copy(statusPdf, qEnvironmentVariable("VIGIE_KEEP_PDF"));
    CHECK(body.contains(QStringLiteral("Individual follow-up status")));
    CHECK(body.contains(QStringLiteral("Atelier Test")));
    CHECK(body.contains(QStringLiteral("732829320")));
    CHECK(body.contains(QStringLiteral("24/11/2026")));
    CHECK(body.contains(QStringLiteral("80 % up to date")));
    CHECK(body.contains(QStringLiteral("LAMBERT Eva")));
    CHECK(body.contains(QStringLiteral("01/06/2026"))); // her deadline
    CHECK(body.contains(QStringLiteral("Page 1 / 1")));
    CHECK_FALSE(body.contains(QStringLiteral("01/10/2026"))); // the visit on request
    CHECK_FALSE(body.contains(QStringLiteral("GARCIA")));
    CHECK_FALSE(body.contains(QStringLiteral("BLANC")));

    // Convocations of the company from 01/12 to 31/12: the one appointment of w-plan.
    auto batch = ConvocationStore::companyLetters(*planner, QStringLiteral("ent"), QDate(2026, 12, 1), QDate(2026, 12, 31));
    REQUIRE(batch);
    CHECK(batch.value().letters == 1);
    CHECK(batch.value().title.contains(QStringLiteral("Atelier Test")));
    CHECK(test::scalar(planner->db(), QStringLiteral("SELECT convoked_at IS NOT NULL FROM appointments WHERE id = 'ap-1'")).toInt() == 1);
    CHECK(test::lastAudit(*planner).contains(QStringLiteral("company=ent")));
    // A period without appointments of the company: no letter.
    auto none = ConvocationStore::companyLetters(*planner, QStringLiteral("ent"), QDate(2027, 1, 1), QDate(2027, 1, 31));
    REQUIRE(none);
    CHECK(none.value().letters == 0);
}
