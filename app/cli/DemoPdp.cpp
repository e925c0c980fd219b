#include "DemoPdp.h"

#include "pdp/PdpStore.h"
#include "security/SignIn.h"
#include "security/TeamStore.h"

#include <QSqlQuery>

namespace vigie::cli {
using core::Status;
using namespace pdp;
using scheduling::AbsenceCause;

namespace {

struct DemoStep {
    StepKind kind;
    int daysAgo;
    int endDaysAgo = 0; // essai encadré, CRPE (negative: in the future)
    const char* partner = "";
};

struct DemoCase {
    AbsenceCause cause;
    int firstDaysAgo;
    int lastDaysAgo;      // 0: still off work
    int openedDaysAgo;    // 0: no case (a new flag for the cell)
    Origin origin;
    int socialDaysAgo;    // 0: no social follow-up
    QList<DemoStep> steps;
    QList<Review> reviewsDone;
    int closedDaysAgo = 0;
    Outcome outcome = Outcome::KeptSamePost;
};

const QList<DemoCase>& cases()
{
    static const QList<DemoCase> list{
        {AbsenceCause::Illness, 150, 60, 120, Origin::AttendingDoctor, 115,
         {{StepKind::Liaison, 110}, {StepKind::PreReturnVisit, 80}, {StepKind::ReturnVisit, 58}, {StepKind::AdjustmentProposal, 58}},
         {Review::Social3Months}},
        {AbsenceCause::Illness, 75, 0, 40, Origin::Worker, 30,
         {{StepKind::Liaison, 35}, {StepKind::Referral, 20, 0, "CAP_EMPLOI"}}, {}},
        {AbsenceCause::WorkAccident, 400, 330, 380, Origin::Employer, 370,
         {{StepKind::PreReturnVisit, 350}, {StepKind::ReturnVisit, 329}, {StepKind::Referral, 300, 0, "MDPH"}}, {}},
        {AbsenceCause::Illness, 500, 390, 470, Origin::MedecinConseil, 460,
         {{StepKind::PreReturnVisit, 420}, {StepKind::Crpe, 400, 40}, {StepKind::ReturnVisit, 389}, {StepKind::Referral, 380, 0, "CARSAT_SOCIAL"}},
         {Review::Social3Months, Review::Social6Months}},
        {AbsenceCause::OccupationalDisease, 700, 600, 650, Origin::Service, 640,
         {{StepKind::PreReturnVisit, 620}, {StepKind::ReturnVisit, 599}, {StepKind::AdjustmentProposal, 599}},
         {Review::Social3Months, Review::Social6Months}, 230, Outcome::AdjustedPost},
        {AbsenceCause::Illness, 100, 0, 90, Origin::Service, 85,
         {{StepKind::PreReturnVisit, 60}, {StepKind::SupervisedTrial, 50, 37}, {StepKind::Referral, 45, 0, "AGEFIPH"}}, {}},
        {AbsenceCause::Illness, 45, 0, 0, Origin::Service, 0, {}, {}},
        {AbsenceCause::WorkAccident, 33, 0, 0, Origin::Service, 0, {}, {}},
    };
    return list;
}

} // namespace

Status populateDemoPdp(const QString& databasePath, const QString& password, const QString& teamAId, const QDate& today)
{
    core::ManualClock clock(QDateTime(today, QTime(9, 0), Qt::UTC));
    {
        auto admin = security::signIn(databasePath, QStringLiteral("admin"), password, clock);
        if (!admin)
            return admin.error();
        if (Status s = security::TeamStore::addMember(*admin.value(), teamAId, QStringLiteral("social"), false); !s)
            return s;
    }
    auto physician = security::signIn(databasePath, QStringLiteral("medecin"), password, clock);
    if (!physician)
        return physician.error();
    auto social = security::signIn(databasePath, QStringLiteral("social"), password, clock);
    if (!social)
        return social.error();
    security::Session& doc = *physician.value();
    security::Session& sw = *social.value();

    // Team A's workers in post today, with no stoppage recorded from two years back.
    QStringList workers;
    {
        QSqlQuery q(doc.db().sql());
        q.prepare(QStringLiteral("SELECT DISTINCT e.worker_id FROM employments e JOIN team_establishments te ON te.establishment_id = e.establishment_id "
                                 "AND te.deleted = 0 AND te.team_id = ? JOIN workers w ON w.id = e.worker_id AND w.deleted = 0 AND w.merged_into IS NULL "
                                 "WHERE e.deleted = 0 AND e.end_date IS NULL AND e.start_date <= ? AND NOT EXISTS (SELECT 1 FROM absences a "
                                 "WHERE a.worker_id = e.worker_id AND a.deleted = 0 AND (a.end_date IS NULL OR a.end_date >= ?)) "
                                 "AND NOT EXISTS (SELECT 1 FROM oppositions o WHERE o.worker_id = e.worker_id) ORDER BY e.worker_id LIMIT ?"));
        q.addBindValue(teamAId);
        q.addBindValue(today.addYears(-3).toString(Qt::ISODate));
        q.addBindValue(today.addYears(-2).toString(Qt::ISODate));
        q.addBindValue(int(cases().size()));
        if (!q.exec())
            return storage::sqlFailure(q);
        while (q.next())
            workers << q.value(0).toString();
    }
    const auto ago = [&](int days) { return today.addDays(-days); };
    for (qsizetype i = 0; i < workers.size() && i < cases().size(); ++i) {
        const DemoCase& d = cases().at(i);
        Stoppage st;
        st.workerId = workers.at(i);
        st.cause = d.cause;
        st.first = ago(d.firstDaysAgo);
        if (d.lastDaysAgo > 0)
            st.last = ago(d.lastDaysAgo);
        else
            st.expectedReturn = today.addDays(20);
        if (auto id = StoppageStore::add(doc, st); !id)
            return id.error();
        if (d.openedDaysAgo == 0)
            continue;
        auto caseId = PdpStore::open(doc, st.workerId, d.origin, ago(d.openedDaysAgo));
        if (!caseId)
            return caseId.error();
        if (d.socialDaysAgo > 0)
            if (auto f = PdpStore::startSocial(sw, caseId.value(), ago(d.socialDaysAgo)); !f)
                return f.error();
        for (const DemoStep& s : d.steps) {
            Step step{{}, s.kind, ago(s.daysAgo), std::nullopt, QString::fromLatin1(s.partner)};
            if (s.endDaysAgo != 0)
                step.end = ago(s.endDaysAgo);
            security::Session& who = isMedicalStep(s.kind) ? doc : sw;
            if (auto id = PdpStore::addStep(who, caseId.value(), step); !id)
                return id.error();
        }
        if (d.socialDaysAgo > 0) {
            const QString notes = i % 2 == 0 ? QStringLiteral("Droits expliqués (IJ, invalidité, RQTH) ; dossier MDPH en cours.")
                                             : QStringLiteral("Aide au dossier de reconnaissance ; contact pris avec le conseiller Cap emploi.");
            if (Status s = PdpStore::updateSocial(sw, caseId.value(), true, i % 2 == 0, notes); !s)
                return s;
        }
        for (Review r : d.reviewsDone) {
            const QDate due = reviewDate(r, ago(d.socialDaysAgo));
            if (Status s = PdpStore::recordReview(sw, caseId.value(), r, due.addDays(3), std::nullopt, QStringLiteral("Situation revue avec le salarié.")); !s)
                return s;
        }
        if (d.closedDaysAgo > 0) {
            if (Status s = PdpStore::recordReview(sw, caseId.value(), Review::Outcome1Year, ago(d.closedDaysAgo), d.outcome, {}); !s)
                return s;
            if (Status s = PdpStore::close(sw, caseId.value(), d.outcome, ago(d.closedDaysAgo)); !s)
                return s;
        }
    }
    return {};
}

} // namespace vigie::cli
