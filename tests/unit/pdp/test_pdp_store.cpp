// Job retention on a real encrypted database (issue 17): stoppages recorded and imported, the return
// visit (rule 5) computed from them as `vigie-cli due --worker` does, the PDP flag, cases with their
// ordered steps, the social follow-up's reviews, the outcome; the social worker shown her caseload
// and refused every clinical part of the record (audited).
#include "unit/dmst/DmstTestSupport.h"
#include "catch_qt.h"

#include "dmst/ConsultationStore.h"
#include "dmst/DocumentStore.h"
#include "dmst/RecordStore.h"
#include "pdp/PdpStore.h"
#include "pdp/WorkerDue.h"
#include "pdp/print/CellAgendaPrint.h"
#include "pdp/print/ReturnSummaryPrint.h"
#include "scheduling/Codes.h"
#include "storage/ChangeCapture.h"
#include "sync/Scope.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <QRegularExpression>
#include <QStandardPaths>

using namespace vigie;
using namespace vigie::pdp;
using scheduling::AbsenceCause;

namespace {
QDate D(const char* iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

Stoppage stoppage(AbsenceCause cause, const char* first, const char* last, const QString& worker = test::WorkerId)
{
    Stoppage s;
    s.workerId = worker;
    s.cause = cause;
    s.first = D(first);
    if (last)
        s.last = D(last);
    return s;
}

// The return visits the rules find for the worker, "earliest..latest".
QStringList returnVisits(security::Session& s, const QDate& today)
{
    auto due = WorkerDue::of(s, test::WorkerId, today);
    REQUIRE(due);
    QStringList out;
    for (const scheduling::DueVisit& d : due.value())
        if (d.kind == scheduling::VisitKind::Return)
            out << QStringLiteral("%1..%2").arg(d.earliest->toString(Qt::ISODate), d.latest.toString(Qt::ISODate));
    return out;
}
} // namespace

TEST_CASE("stoppages through the database: the return visit of rule 5 and the PDP flag")
{
    struct Row {
        AbsenceCause cause;
        const char* first;
        const char* last;
        bool returnVisit;
        bool flag;
    };
    // 59 and 60 days of illness, 29 and 30 days of work accident, 30 and 31 days (the PDP flag).
    const Row rows[] = {
        // (ended more than 30 days ago: no longer a new flag for the cell)
        {AbsenceCause::Illness, "2026-08-01", "2026-09-28", false, false},    // 59 days
        {AbsenceCause::Illness, "2026-08-01", "2026-09-29", true, false},     // 60 days
        {AbsenceCause::WorkAccident, "2026-09-01", "2026-09-29", false, false}, // 29 days
        {AbsenceCause::WorkAccident, "2026-09-01", "2026-09-30", true, false},  // 30 days
        {AbsenceCause::Illness, "2026-10-01", "2026-10-30", false, false},    // 30 days
        {AbsenceCause::Illness, "2026-10-01", "2026-10-31", false, true},     // 31 days
        {AbsenceCause::OccupationalDisease, "2026-11-02", "2026-11-04", true, false},
    };
    for (const Row& r : rows) {
        CAPTURE(scheduling::codeOf(r.cause), r.first, r.last);
        test::DmstDb db;
        auto nurse = db.session(QStringLiteral("infirmier"));
        auto id = StoppageStore::add(*nurse, stoppage(r.cause, r.first, r.last));
        REQUIRE(id);
        // Linked to the employment in force on its first day.
        CHECK(test::valueOf(*nurse, QStringLiteral("SELECT employment_id FROM absences WHERE id = ?"), {id.value()}).toString() ==
              QStringLiteral("emp-1"));
        const QString back = D(r.last).addDays(1).toString(Qt::ISODate);
        const QStringList expected = r.returnVisit ? QStringList{back + QStringLiteral("..") + D(r.last).addDays(9).toString(Qt::ISODate)}
                                                   : QStringList{};
        CHECK(returnVisits(*nurse, db.clock.today()) == expected);
        auto flags = StoppageStore::flags(*nurse);
        REQUIRE(flags);
        CHECK(flags.value().size() == (r.flag ? 1 : 0));
        if (r.returnVisit) {
            // The return visit recorded as a step of a case answers it.
            auto c = PdpStore::open(*nurse, test::WorkerId, Origin::Service, D(r.first));
            REQUIRE(c);
            REQUIRE(PdpStore::addStep(*nurse, c.value(), Step{{}, StepKind::ReturnVisit, D(r.last).addDays(2), {}, {}}));
            CHECK(returnVisits(*nurse, db.clock.today()).isEmpty());
            CHECK(test::valueOf(*nurse, QStringLiteral("SELECT count(*) FROM visits WHERE worker_id = ? AND kind = 'RETURN' AND status = 'done'"),
                                {test::WorkerId})
                      .toInt() == 1);
        }
    }
}

TEST_CASE("stoppages: overlaps refused, ending a running one, the list, the rights")
{
    test::DmstDb db;
    auto planner = db.session(QStringLiteral("planif"));
    auto running = StoppageStore::add(*planner, stoppage(AbsenceCause::Illness, "2026-10-01", nullptr));
    REQUIRE(running);
    auto overlap = StoppageStore::add(*planner, stoppage(AbsenceCause::WorkAccident, "2026-11-01", "2026-11-03"));
    REQUIRE_FALSE(overlap);
    CHECK(overlap.error().code == core::ErrorCode::Invalid);
    CHECK(overlap.error().message.contains(QStringLiteral("01/10/2026")));
    REQUIRE(StoppageStore::end(*planner, running.value(), D("2026-11-09")));
    CHECK(StoppageStore::add(*planner, stoppage(AbsenceCause::WorkAccident, "2026-11-10", "2026-11-12")));
    auto list = StoppageStore::list(*planner, test::WorkerId);
    REQUIRE(list);
    REQUIRE(list.value().size() == 2);
    CHECK(list.value().at(0).stoppage.cause == AbsenceCause::WorkAccident); // latest first
    CHECK(list.value().at(1).stoppage.last == D("2026-11-09"));
    CHECK(list.value().at(1).establishment == QStringLiteral("Atelier Nord"));
    // Another employment of another worker: refused.
    Stoppage wrongEmployment = stoppage(AbsenceCause::Illness, "2026-01-01", "2026-01-02");
    wrongEmployment.employmentId = QStringLiteral("emp-2");
    CHECK(StoppageStore::add(*planner, wrongEmployment).error().message.contains(QStringLiteral("emp-2")));

    // Team scope: the worker of team B; roles without the item: refused and audited.
    auto denied = StoppageStore::list(*planner, test::OtherWorkerId);
    REQUIRE_FALSE(denied);
    CHECK(denied.error().code == core::ErrorCode::Denied);
    for (const char* login : {"directeur", "iprp", "admin"}) {
        auto s = db.session(QString::fromLatin1(login));
        CHECK(StoppageStore::list(*s, test::WorkerId).error().code == core::ErrorCode::Denied);
    }
    auto social = db.session(QStringLiteral("social"));
    CHECK(StoppageStore::list(*social, test::WorkerId)); // read
    CHECK(StoppageStore::add(*social, stoppage(AbsenceCause::Illness, "2026-11-20", nullptr)).error().code == core::ErrorCode::Denied);
    CHECK(test::valueOf(*planner, QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'pdp.stoppage' AND outcome = 'denied'")).toInt() == 5);
    // Synchronised: the stoppages travel in the outbox.
    CHECK(test::valueOf(*planner, QStringLiteral("SELECT count(*) FROM _outbox WHERE table_name = 'absences'")).toInt() >= 3);
}

TEST_CASE("the employer's stoppage file: all or nothing, then completing a running stoppage")
{
    test::DmstDb db;
    auto asst = db.session(QStringLiteral("asst"));
    const QString siret = QStringLiteral("73282932000017");
    const QByteArray bad = "birth_name;first_name;birth_date;cause;first_day;last_day\n"
                           "LEFEVRE;marie;1975-03-12;ILLNESS;2026-09-01;\n"
                           "Durand;Paul;1980-06-01;ILLNESS;2026-09-01;\n"; // employed at the other establishment
    auto refused = StoppageStore::importCsv(*asst, siret, bad);
    REQUIRE(refused);
    REQUIRE(refused.value().problems.size() == 1);
    CHECK(refused.value().problems.first().line == 3);
    CHECK(refused.value().problems.first().message.contains(QStringLiteral("Durand Paul (1980-06-01)")));
    CHECK(test::valueOf(*asst, QStringLiteral("SELECT count(*) FROM absences")).toInt() == 0);

    const QByteArray good = "birth_name,first_name,birth_date,cause,first_day,last_day\n"
                            "LEFEVRE,marie,12/03/1975,ILLNESS,2026-09-01,\n";
    auto first = StoppageStore::importCsv(*asst, siret, good);
    REQUIRE(first);
    CHECK(first.value().ok());
    CHECK(first.value().added == 1);
    // The employer sends the end: the running stoppage is completed; the same line again is skipped.
    const QByteArray ended = "birth_name,first_name,birth_date,cause,first_day,last_day\n"
                             "LEFEVRE,marie,12/03/1975,ILLNESS,2026-09-01,2026-10-31\n";
    auto second = StoppageStore::importCsv(*asst, siret, ended);
    REQUIRE(second);
    CHECK(second.value().completed == 1);
    auto third = StoppageStore::importCsv(*asst, siret, ended);
    REQUIRE(third);
    CHECK(third.value().unchanged == 1);
    CHECK(test::valueOf(*asst, QStringLiteral("SELECT end_date || ' ' || source FROM absences")).toString() == QStringLiteral("2026-10-31 import"));
    CHECK(returnVisits(*asst, db.clock.today()) == QStringList{QStringLiteral("2026-11-01..2026-11-09")});
    // The other team's establishment: refused and audited.
    auto other = StoppageStore::importCsv(*asst, QStringLiteral("73282932000025"), good);
    REQUIRE_FALSE(other);
    CHECK(other.error().code == core::ErrorCode::Denied);
}

TEST_CASE("a PDP case: steps in order through the store, social reviews at month ends, the outcome")
{
    test::DmstDb db;
    auto physician = db.session(QStringLiteral("medecin"));
    auto social = db.session(QStringLiteral("social"));
    REQUIRE(StoppageStore::add(*physician, stoppage(AbsenceCause::Illness, "2025-07-01", "2025-10-05")));
    auto c = PdpStore::open(*physician, test::WorkerId, Origin::AttendingDoctor, D("2025-08-20"));
    REQUIRE(c);
    auto twice = PdpStore::open(*social, test::WorkerId, Origin::Worker, D("2025-08-21"));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(c.value()));

    REQUIRE(PdpStore::addStep(*social, c.value(), Step{{}, StepKind::Liaison, D("2025-08-25"), {}, {}}));
    REQUIRE(PdpStore::addStep(*physician, c.value(), Step{{}, StepKind::PreReturnVisit, D("2025-09-10"), {}, {}}));
    // Out of order: refused with the reason, nothing written.
    auto early = PdpStore::addStep(*physician, c.value(), Step{{}, StepKind::ReturnVisit, D("2025-09-01"), {}, {}});
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(QStringLiteral("Out of order")));
    auto before = PdpStore::addStep(*social, c.value(), Step{{}, StepKind::Referral, D("2025-08-01"), {}, QStringLiteral("CAP_EMPLOI")});
    CHECK(before.error().message.contains(QStringLiteral("before the opening")));
    auto partner = PdpStore::addStep(*social, c.value(), Step{{}, StepKind::Referral, D("2025-09-12"), {}, QStringLiteral("NOBODY")});
    CHECK(partner.error().message.contains(QStringLiteral("NOBODY")));
    REQUIRE(PdpStore::addStep(*social, c.value(), Step{{}, StepKind::Referral, D("2025-09-12"), {}, QStringLiteral("CAP_EMPLOI")}));
    // The social worker records no visit.
    auto visit = PdpStore::addStep(*social, c.value(), Step{{}, StepKind::ReturnVisit, D("2025-10-06"), {}, {}});
    REQUIRE_FALSE(visit);
    CHECK(visit.error().code == core::ErrorCode::Denied);
    CHECK(test::valueOf(*social, QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'pdp.medical_step' AND outcome = 'denied' "
                                                "AND account = 'social' AND worker_id = ?"),
                        {test::WorkerId})
              .toInt() == 1);

    // The social follow-up from 31 August: reviews on 30 November and 28 February; the outcome one
    // year after the return (the stoppage ended on 5 October: back on the 6th).
    REQUIRE(PdpStore::startSocial(*social, c.value(), D("2025-08-31")));
    auto due = PdpStore::dueReviews(*social, D("2026-11-24"));
    REQUIRE(due);
    QStringList lines;
    for (const DueReview& d : due.value())
        lines << QStringLiteral("%1 %2").arg(codeOf(d.review), d.date.toString(Qt::ISODate));
    CHECK(lines == QStringList{QStringLiteral("social_3_months 2025-11-30"), QStringLiteral("social_6_months 2026-02-28"),
                               QStringLiteral("outcome_1_year 2026-10-06")});
    CHECK(PdpStore::dueReviews(*social, D("2025-11-29")).value().isEmpty());
    REQUIRE(PdpStore::recordReview(*social, c.value(), Review::Social3Months, D("2025-12-01"), std::nullopt, QStringLiteral("Droits expliqués")));
    CHECK(PdpStore::recordReview(*social, c.value(), Review::Social3Months, D("2025-12-02"), std::nullopt, {})
              .error()
              .message.contains(QStringLiteral("not scheduled")));
    CHECK(PdpStore::dueReviews(*social, D("2026-11-24")).value().size() == 2);
    // The return visit moves the outcome review to one year after it.
    REQUIRE(PdpStore::addStep(*physician, c.value(), Step{{}, StepKind::ReturnVisit, D("2025-10-08"), {}, {}}));
    CHECK(PdpStore::dueReviews(*social, D("2026-11-24")).value().last().date == D("2026-10-08"));
    CHECK(PdpStore::recordReview(*social, c.value(), Review::Outcome1Year, D("2026-10-09"), std::nullopt, {})
              .error()
              .message.contains(QStringLiteral("situation")));
    REQUIRE(PdpStore::close(*social, c.value(), Outcome::AdjustedPost, D("2026-10-09")));
    CHECK(PdpStore::dueReviews(*social, D("2027-12-31")).value().isEmpty());
    CHECK(test::valueOf(*social, QStringLiteral("SELECT outcome || ' ' || closed_on FROM pdp_cases")).toString() ==
          QStringLiteral("ADJUSTED_POST 2026-10-09"));
    CHECK(test::valueOf(*social, QStringLiteral("SELECT ended_on FROM pdp_social_followups")).toString() == QStringLiteral("2026-10-09"));
    CHECK(PdpStore::addStep(*social, c.value(), Step{{}, StepKind::Referral, D("2026-10-10"), {}, QStringLiteral("MDPH")})
              .error()
              .message.contains(QStringLiteral("closed")));
}

TEST_CASE("the social worker: her caseload shown, every clinical part of the record refused and audited")
{
    test::DmstDb db;
    auto physician = db.session(QStringLiteral("medecin"));
    auto social = db.session(QStringLiteral("social"));
    REQUIRE(test::execSql(*physician, QStringLiteral("INSERT INTO dmst_documents(id, worker_id, kind, status, issued_on, fields, html, signed_at, "
                                                     "signed_by, hlc, updated_by) VALUES ('doc-a4', ?, 'adjustment', 'signed', '2026-09-15', "
                                                     "'{}', '<p>Pas de port de charges de plus de 10 kg (lombalgie)</p>', '2026-09-15T10:00:00Z', "
                                                     "'acc-medecin', '0', 'test')"),
                          {test::WorkerId}));
    REQUIRE(StoppageStore::add(*physician, stoppage(AbsenceCause::Illness, "2026-07-01", "2026-09-10")));
    auto c = PdpStore::open(*physician, test::WorkerId, Origin::Service, D("2026-08-01"));
    REQUIRE(c);
    REQUIRE(PdpStore::addStep(*physician, c.value(), Step{{}, StepKind::PreReturnVisit, D("2026-08-20"), {}, {}}));
    REQUIRE(PdpStore::addStep(*physician, c.value(), Step{{}, StepKind::ReturnVisit, D("2026-09-11"), {}, {}}));
    REQUIRE(PdpStore::addStep(*physician, c.value(), Step{{}, StepKind::AdjustmentProposal, D("2026-09-15"), {}, {}}));
    REQUIRE(PdpStore::startSocial(*social, c.value(), D("2026-09-01")));
    REQUIRE(PdpStore::updateSocial(*social, c.value(), true, true, QStringLiteral("Dossier RQTH déposé à la MDPH")));

    // Shown: her caseload and the case's steps, follow-up and reviews.
    auto cases = PdpStore::cases(*social, true);
    REQUIRE(cases);
    REQUIRE(cases.value().size() == 1);
    CHECK(cases.value().first().workerName == QString::fromUtf8("LEFÈVRE Marie"));
    CHECK(cases.value().first().inCharge == QStringLiteral("Dr Claire Fontaine"));
    CHECK(cases.value().first().nextReview == D("2026-12-01"));
    auto detail = PdpStore::detail(*social, c.value());
    REQUIRE(detail);
    REQUIRE(detail.value().steps.size() == 3);
    CHECK(detail.value().steps.at(2).step.kind == StepKind::AdjustmentProposal);
    CHECK(detail.value().steps.at(2).linkedDocument);
    REQUIRE(detail.value().social);
    CHECK(detail.value().social->notes.contains(QStringLiteral("RQTH")));
    CHECK(detail.value().reviews.size() == 3);
    CHECK(detail.value().returnedOn == D("2026-09-11"));
    // Nothing of the proposal's text comes through the case.
    CHECK(test::valueOf(*social, QStringLiteral("SELECT document_id FROM pdp_steps WHERE kind = 'ADJUSTMENT_PROPOSAL'")).toString() ==
          QStringLiteral("doc-a4"));

    // Refused: the state of health (3°), the correspondence (4°), the proposals and avis (5°).
    auto p3 = dmst::ConsultationStore::list(*social, test::WorkerId);
    REQUIRE_FALSE(p3);
    CHECK(p3.error().code == core::ErrorCode::Denied);
    CHECK(dmst::RecordStore::correspondence(*social, test::WorkerId).error().code == core::ErrorCode::Denied);
    auto p5 = dmst::DocumentStore::list(*social, test::WorkerId);
    REQUIRE_FALSE(p5);
    CHECK(p5.error().code == core::ErrorCode::Denied);
    CHECK_FALSE(p5.error().message.contains(QStringLiteral("lombalgie")));
    for (int part : {3, 4, 5}) {
        CAPTURE(part);
        CHECK(test::auditRows(*social, QStringLiteral("denied"), part, QStringLiteral("social")) == 1);
        CHECK(test::auditRows(*social, QStringLiteral("allowed"), part, QStringLiteral("social")) == 0);
    }
    // The physician reads the proposal itself; the social worker reads the follow-up, the nurse too
    // but not its notes' writing.
    CHECK(dmst::DocumentStore::list(*physician, test::WorkerId));
    auto nurse = db.session(QStringLiteral("infirmier"));
    CHECK(PdpStore::updateSocial(*nurse, c.value(), false, false, {}).error().code == core::ErrorCode::Denied);
    // The case of a worker of another team is out of reach.
    auto physician2 = db.session(QStringLiteral("medecin2"));
    CHECK(PdpStore::detail(*physician2, c.value()).error().code == core::ErrorCode::Denied);
    CHECK(PdpStore::cases(*physician2, false).value().isEmpty());
}

TEST_CASE("the PDP cell's agenda and minutes as a PDF: the cases to review, the flags, no clinical text")
{
    test::DmstDb db;
    auto physician = db.session(QStringLiteral("medecin"));
    auto social = db.session(QStringLiteral("social"));
    REQUIRE(test::execSql(*physician, QStringLiteral("INSERT INTO dmst_documents(id, worker_id, kind, status, issued_on, html, signed_at, signed_by, "
                                                     "hlc, updated_by) VALUES ('doc-a4', ?, 'adjustment', 'signed', '2025-10-10', "
                                                     "'<p>Pas de port de charges (lombalgie chronique)</p>', '2025-10-10T10:00:00Z', 'acc-medecin', '0', 'test')"),
                          {test::WorkerId}));
    REQUIRE(StoppageStore::add(*physician, stoppage(AbsenceCause::Illness, "2025-07-01", "2025-10-05")));
    auto c = PdpStore::open(*physician, test::WorkerId, Origin::AttendingDoctor, D("2025-08-20"));
    REQUIRE(c);
    REQUIRE(PdpStore::addStep(*physician, c.value(), Step{{}, StepKind::PreReturnVisit, D("2025-09-10"), {}, {}}));
    REQUIRE(PdpStore::addStep(*physician, c.value(), Step{{}, StepKind::AdjustmentProposal, D("2025-10-10"), {}, {}}));
    REQUIRE(PdpStore::startSocial(*social, c.value(), D("2025-08-31")));
    REQUIRE(PdpStore::updateSocial(*social, c.value(), true, false, QStringLiteral("Surendettement signalé")));
    // The other worker (team B) on a long stoppage: not the cell of team A's members.
    auto physician2 = db.session(QStringLiteral("medecin2"));
    REQUIRE(StoppageStore::add(*physician2, stoppage(AbsenceCause::Maternity, "2026-09-01", nullptr, test::OtherWorkerId)));
    // The physician of team A's own flag: a second stoppage of... none; the return visit is overdue
    // (back on 6 October 2025, no return visit recorded).
    auto items = PdpStore::agenda(*social, D("2026-11-24"));
    REQUIRE(items);
    QStringList reasons;
    for (const AgendaItem& i : items.value())
        reasons << i.reason;
    CHECK(reasons.join(u'|') == QStringLiteral("Overdue: return-to-work visit (R4624-31)|Due: social review at 3 months|"
                                               "Due: social review at 6 months|Due: outcome at one year"));

    auto meeting = PdpStore::recordMeeting(*social, D("2026-11-24"), {{c.value(), QStringLiteral("Relancer l'employeur sur l'aménagement du poste")}});
    REQUIRE(meeting);
    const QString pdf = db.dir.filePath(QStringLiteral("cellule.pdf"));
    REQUIRE(printCellAgenda(*social, D("2026-11-24"), pdf));
    const auto r = test::run(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {pdf, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    QString text = QString::fromUtf8(r.out);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(spaces, QStringLiteral(" "));
    CHECK(text.contains(QStringLiteral("minutes of 24/11/2026")));
    CHECK(text.contains(QString::fromUtf8("LEFÈVRE")));
    CHECK(text.contains(QStringLiteral("Atelier")));
    CHECK(text.contains(QStringLiteral("Relancer")));
    CHECK(text.contains(QStringLiteral("Adjustment")));
    CHECK(text.contains(QStringLiteral("10/10/2025")));
    // Nothing clinical, no social note, no cause of stoppage, nobody of the other team.
    for (const char* secret : {"lombalgie", "charges", "Surendettement", "Illness", "illness", "Maternity", "DURAND"})
        CHECK_FALSE(text.contains(QString::fromLatin1(secret)));
    // A director may not print it: refused and audited.
    auto director = db.session(QStringLiteral("directeur"));
    CHECK(printCellAgenda(*director, D("2026-11-24"), pdf).error().code == core::ErrorCode::Denied);
    CHECK(test::valueOf(*director, QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'pdp.cell_meeting' AND outcome = 'denied'")).toInt() == 1);
}

TEST_CASE("return to the company: the physician's proposals and their follow-up for the employer, nothing clinical")
{
    test::DmstDb db;
    auto physician = db.session(QStringLiteral("medecin"));
    (void)dmst::RecordStore::recordRightsInformation(
        *physician, dmst::RightsInformation{{}, test::WorkerId, physician->clock().today(), dmst::InformationMeans::Paper, false, {}});
    REQUIRE(StoppageStore::add(*physician, stoppage(AbsenceCause::Illness, "2026-08-01", "2026-11-19")));
    auto c = PdpStore::open(*physician, test::WorkerId, Origin::Service, D("2026-09-01"));
    REQUIRE(c);
    REQUIRE(PdpStore::addStep(*physician, c.value(), Step{{}, StepKind::PreReturnVisit, D("2026-10-15"), {}, {}}));
    dmst::Consultation visit;
    visit.workerId = test::WorkerId;
    visit.establishmentId = QStringLiteral("est-a");
    visit.kind = QStringLiteral("RETURN");
    visit.visitDate = D("2026-11-20");
    visit.arrival = QTime(8, 45);
    visit.departure = QTime(9, 20);
    visit.conclusion = QStringLiteral("Lombalgie chronique L4-L5");
    auto consultation = dmst::ConsultationStore::startDraft(*physician, visit);
    REQUIRE(consultation);
    REQUIRE(dmst::ConsultationStore::close(*physician, consultation.value()));
    dmst::DocumentRequest request;
    request.kind = dmst::DocumentKind::Adjustment;
    request.consultationId = consultation.value();
    request.measureCodes = {QStringLiteral("RESTRICTION.LOADS")};
    request.conclusion = QStringLiteral("Reprise à mi-temps thérapeutique pendant deux mois");
    auto doc = dmst::DocumentStore::draft(*physician, request);
    REQUIRE(doc);
    REQUIRE(dmst::DocumentStore::sign(*physician, doc.value()));
    REQUIRE(PdpStore::addStep(*physician, c.value(), Step{{}, StepKind::ReturnVisit, D("2026-11-20"), {}, {}}));
    REQUIRE(PdpStore::addStep(*physician, c.value(), Step{{}, StepKind::AdjustmentProposal, D("2026-11-24"), {}, {}}));
    CHECK(test::valueOf(*physician, QStringLiteral("SELECT document_id FROM pdp_steps WHERE kind = 'ADJUSTMENT_PROPOSAL'")).toString() == doc.value());
    // The return visit step reused the visit the consultation recorded, if any: one RETURN visit that day.
    CHECK(test::valueOf(*physician, QStringLiteral("SELECT count(*) FROM visits WHERE kind = 'RETURN' AND visit_date = '2026-11-20'")).toInt() == 1);

    const QString pdf = db.dir.filePath(QStringLiteral("retour.pdf"));
    REQUIRE(printReturnSummary(*physician, c.value(), pdf));
    const auto r = test::run(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {pdf, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    QString text = QString::fromUtf8(r.out);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(spaces, QStringLiteral(" "));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Return to the company")));
    CHECK(text.contains(QString::fromUtf8("Reprise à mi-temps thérapeutique")));
    CHECK(text.contains(QStringLiteral("Back at work on 20/11/2026")));
    CHECK(text.contains(QStringLiteral("Pre-return visit")));
    CHECK_FALSE(text.contains(QStringLiteral("Lombalgie")));

    // The social worker and the nurse may not print part 5°: refused and audited.
    for (const char* login : {"social", "infirmier"}) {
        auto s = db.session(QString::fromLatin1(login));
        auto refused = printReturnSummary(*s, c.value(), pdf);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == core::ErrorCode::Denied);
        CHECK(test::auditRows(*s, QStringLiteral("denied"), 5, QString::fromLatin1(login)) == 1);
    }
}

TEST_CASE("job-retention rows are captured for synchronisation and scoped by their worker, so that a device receives them only for its workers")
{
    test::DmstDb db;
    auto physician = db.session(QStringLiteral("medecin"));
    auto social = db.session(QStringLiteral("social"));
    REQUIRE(StoppageStore::add(*physician, stoppage(AbsenceCause::Illness, "2025-07-01", "2025-10-05")));
    auto c = PdpStore::open(*physician, test::WorkerId, Origin::AttendingDoctor, D("2025-08-20"));
    REQUIRE(c);
    REQUIRE(PdpStore::addStep(*physician, c.value(), Step{{}, StepKind::PreReturnVisit, D("2025-09-10"), {}, {}}));
    REQUIRE(PdpStore::startSocial(*social, c.value(), D("2025-08-31")));
    REQUIRE(PdpStore::recordReview(*social, c.value(), Review::Social3Months, D("2025-12-01"), std::nullopt, {}));
    REQUIRE(PdpStore::recordMeeting(*social, D("2026-11-24"), {{c.value(), QStringLiteral("Étude de poste")}}));

    auto tables = storage::ChangeCapture::synchronisedTables(physician->db());
    REQUIRE(tables);
    QSqlQuery q(physician->db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT table_name, payload FROM _outbox WHERE table_name LIKE 'pdp\\_%' ESCAPE '\\' OR table_name = 'absences'")));
    QSet<QString> seen;
    while (q.next()) {
        const QString table = q.value(0).toString();
        CAPTURE(table);
        seen << table;
        const sync::RowScope scope = sync::scopeOf(table, QJsonDocument::fromJson(q.value(1).toByteArray()).object());
        if (table == QLatin1String("pdp_cell_meetings")) {
            CHECK(scope.kind == sync::RowScope::Kind::Shared); // a date and who chaired: no worker
        } else {
            CHECK(scope.kind == sync::RowScope::Kind::Worker);
            CHECK(scope.workerId == test::WorkerId);
        }
    }
    for (const char* t : {"absences", "pdp_cases", "pdp_steps", "pdp_social_followups", "pdp_reviews", "pdp_cell_meetings", "pdp_cell_decisions"}) {
        CAPTURE(t);
        CHECK(tables.value().contains(QString::fromLatin1(t)));
        CHECK(seen.contains(QString::fromLatin1(t)));
    }
}

TEST_CASE("the delays of the reviews are a setting of the service: the administrator's, read by all, scheduling every pending review")
{
    test::DmstDb db;
    auto physician = db.session(QStringLiteral("medecin"));
    auto social = db.session(QStringLiteral("social"));
    auto admin = db.session(QStringLiteral("admin"));
    // None set: the offer's 3, 6 and 12 months.
    auto initial = PdpStore::reviewDelays(*social);
    REQUIRE(initial);
    CHECK(initial.value().firstSocialMonths == 3);
    CHECK(initial.value().secondSocialMonths == 6);
    CHECK(initial.value().outcomeMonths == 12);

    REQUIRE(StoppageStore::add(*physician, stoppage(AbsenceCause::Illness, "2025-07-01", "2025-10-05")));
    auto c = PdpStore::open(*physician, test::WorkerId, Origin::AttendingDoctor, D("2025-08-20"));
    REQUIRE(c);
    REQUIRE(PdpStore::startSocial(*social, c.value(), D("2025-08-31")));
    const auto dates = [&] {
        auto due = PdpStore::dueReviews(*social, D("2030-01-01"));
        REQUIRE(due);
        QStringList out;
        for (const DueReview& d : due.value())
            out << QStringLiteral("%1 %2").arg(codeOf(d.review), d.date.toString(Qt::ISODate));
        return out;
    };
    CHECK(dates() == QStringList{QStringLiteral("social_3_months 2025-11-30"), QStringLiteral("social_6_months 2026-02-28"),
                                 QStringLiteral("outcome_1_year 2026-10-06")});

    // Only the administrator sets them; every refusal audited.
    for (const char* login : {"medecin", "social", "directeur"}) {
        CAPTURE(login);
        auto s = db.session(QString::fromLatin1(login));
        CHECK(PdpStore::setReviewDelays(*s, ReviewDelays{2, 4, 12}).error().code == core::ErrorCode::Denied);
    }
    CHECK(test::valueOf(*admin, QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'pdp.settings' AND outcome = 'denied'")).toInt() == 3);
    CHECK(PdpStore::setReviewDelays(*admin, ReviewDelays{4, 4, 12}).error().code == core::ErrorCode::Invalid);
    CHECK(test::valueOf(*admin, QStringLiteral("SELECT count(*) FROM pdp_settings")).toInt() == 0);

    REQUIRE(PdpStore::setReviewDelays(*admin, ReviewDelays{2, 5, 18}));
    REQUIRE(PdpStore::setReviewDelays(*admin, ReviewDelays{2, 5, 18})); // again: the one row updated
    CHECK(test::valueOf(*admin, QStringLiteral("SELECT count(*) FROM pdp_settings")).toInt() == 1);
    CHECK(test::valueOf(*admin, QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'pdp.settings' AND outcome = 'allowed' "
                                               "AND detail = 'first_social=2 second_social=5 outcome=18'"))
              .toInt() == 2);
    auto set = PdpStore::reviewDelays(*social);
    REQUIRE(set);
    CHECK(set.value().secondSocialMonths == 5);
    // 31 August + 2 months, + 5 months (clamped to 31 January), return on 6 October + 18 months.
    CHECK(dates() == QStringList{QStringLiteral("social_3_months 2025-10-31"), QStringLiteral("social_6_months 2026-01-31"),
                                 QStringLiteral("outcome_1_year 2027-04-06")});
    // A review done before the change keeps its due day; the others follow the new delays.
    REQUIRE(PdpStore::recordReview(*social, c.value(), Review::Social3Months, D("2025-11-02"), std::nullopt, {}));
    CHECK(test::valueOf(*social, QStringLiteral("SELECT due_on FROM pdp_reviews")).toString() == QStringLiteral("2025-10-31"));
    CHECK(dates().size() == 2);
}

TEST_CASE("the cell's minutes list every meeting of the day and every decision, in order")
{
    test::DmstDb db;
    auto physician = db.session(QStringLiteral("medecin"));
    auto social = db.session(QStringLiteral("social"));
    auto c = PdpStore::open(*physician, test::WorkerId, Origin::Employer, D("2026-10-01"));
    REQUIRE(c);
    REQUIRE(PdpStore::recordMeeting(*social, D("2026-11-24"), {{c.value(), QStringLiteral("Étude de poste à prévoir")},
                                                               {c.value(), QStringLiteral("Contacter le service social de la CARSAT")}}));
    REQUIRE(PdpStore::recordMeeting(*social, D("2026-11-24"), {{c.value(), QStringLiteral("Relancer l'employeur")}}));
    REQUIRE(PdpStore::recordMeeting(*social, D("2026-11-23"), {{c.value(), QStringLiteral("Veille de réunion")}}));
    auto minutes = PdpStore::minutesOn(*social, D("2026-11-24"));
    REQUIRE(minutes);
    REQUIRE(minutes.value().size() == 3);
    CHECK(minutes.value().at(0).meeting == 1);
    CHECK(minutes.value().at(0).decision == QStringLiteral("Étude de poste à prévoir"));
    CHECK(minutes.value().at(1).meeting == 1);
    CHECK(minutes.value().at(1).decision == QStringLiteral("Contacter le service social de la CARSAT"));
    CHECK(minutes.value().at(2).meeting == 2);
    CHECK(minutes.value().at(2).decision == QStringLiteral("Relancer l'employeur"));
    CHECK(minutes.value().at(2).workerName.startsWith(QString::fromUtf8("LEFÈVRE")));
    auto director = db.session(QStringLiteral("directeur"));
    CHECK(PdpStore::minutesOn(*director, D("2026-11-24")).error().code == core::ErrorCode::Denied);

    const QString pdf = db.dir.filePath(QStringLiteral("cellule.pdf"));
    REQUIRE(printCellAgenda(*social, D("2026-11-24"), pdf));
    const auto r = test::run(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {pdf, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    QString text = QString::fromUtf8(r.out);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(spaces, QStringLiteral(" "));
    CHECK(text.contains(QStringLiteral("Minutes of the 2 meetings of the day")));
    CHECK(text.contains(QStringLiteral("Meeting 1")));
    CHECK(text.contains(QStringLiteral("Meeting 2")));
    for (const char* decision : {"Étude de poste à prévoir", "Contacter le service social de la CARSAT", "Relancer l'employeur"})
        CHECK(text.contains(QString::fromUtf8(decision)));
    CHECK_FALSE(text.contains(QStringLiteral("Veille")));
}
