#include "scheduling/VisitRequestStore.h"

#include "scheduling/DemandStore.h"
#include "scheduling/Rules.h"
#include "core/TextFold.h"
#include "scheduling/StoreSupport.h"

#include <QCoreApplication>

namespace vigie::scheduling {
namespace VisitRequestStore {
using namespace detail;

namespace {

// A request placed: its post, the post's establishment, and the deadline the rules give.
struct Placed {
    QString employmentId;
    QString establishmentId;
    RequestDeadline deadline;
};

core::Result<Placed> place(security::Session& session, const NewVisitRequest& r)
{
    auto teams = planningTeams(session);
    if (!teams)
        return teams.error();
    QSqlQuery q(session.db().sql());
    // The post: the one named, else the worker's current post in the teams' establishments.
    QVariantList values{r.workerId};
    for (const QString& t : teams.value())
        values << t;
    if (auto s = exec(q, QStringLiteral("SELECT e.id, e.establishment_id, e.end_date FROM employments e "
                                        "JOIN team_establishments te ON te.establishment_id = e.establishment_id AND te.deleted = 0 "
                                        "WHERE e.worker_id = ? AND e.deleted = 0 AND te.team_id IN (%1) "
                                        "ORDER BY (e.end_date IS NULL) DESC, e.start_date DESC, e.id")
                                 .arg(placeholders(teams.value().size())),
                      values);
        !s)
        return s.error();
    QString employmentId, establishmentId;
    std::optional<QDate> ended;
    while (q.next())
        if (r.employmentId.isEmpty() || q.value(0).toString() == r.employmentId) {
            employmentId = q.value(0).toString();
            establishmentId = q.value(1).toString();
            ended = optDateOf(q.value(2));
            break;
        }
    if (employmentId.isEmpty())
        return refused(session, QStringLiteral("write"), QStringLiteral("visit_request"),
                       QCoreApplication::translate("vigie::scheduling", "Access refused: the worker %1 has no post in your teams' establishments")
                           .arg(r.workerId));
    if (!r.requestedOn.isValid())
        return core::Error{core::ErrorCode::Invalid, QCoreApplication::translate("vigie::scheduling", "The date of the request is missing or impossible")};
    // A visit is asked for a post the worker holds: once the post has ended, only the post-exposure
    // visit (R4624-28-1) remains, and the follow-up rules plan it themselves.
    if (ended && *ended < session.clock().today())
        return core::Error{core::ErrorCode::Invalid,
                           QCoreApplication::translate("vigie::scheduling", "This post ended on %1: a visit is requested only on a current post "
                                                                            "(the post-exposure visit is planned by the follow-up rules)")
                               .arg(ended->toString(QStringLiteral("dd/MM/yyyy")))};
    RequestInput input{r.origin, r.motive, r.requestedOn, r.returnDate, r.physicianWanted, std::nullopt};
    if (r.motive == RequestMotive::Hiring) {
        auto worker = DemandStore::situationOf(session, r.workerId);
        if (!worker)
            return worker.error();
        for (const Employment& e : worker.value().employments)
            if (e.id == employmentId)
                input.initial = initialVisit(worker.value(), e, r.requestedOn);
    }
    auto deadline = deadlineOf(input);
    if (!deadline)
        return deadline.error();
    return Placed{employmentId, establishmentId, deadline.value()};
}

} // namespace

core::Result<RequestDeadline> preview(security::Session& session, const NewVisitRequest& request)
{
    auto placed = place(session, request);
    if (!placed)
        return placed.error();
    return placed.value().deadline;
}

core::Result<QList<RequestablePost>> posts(security::Session& session, const QString& nameStart, int limit)
{
    auto teams = planningTeams(session);
    if (!teams)
        return teams.error();
    QList<RequestablePost> out;
    if (teams.value().isEmpty())
        return out;
    QVariantList values;
    for (const QString& t : teams.value())
        values << t;
    // On the folded birth name (accents, case and punctuation ignored, as the worker search).
    // Current posts only: a visit is not requested on a post that has ended (issue 19).
    values << core::foldForSearch(nameStart) + QStringLiteral("%") << iso(session.clock().today()) << limit;
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral(
                             "SELECT w.id, upper(w.birth_name) || ' ' || COALESCE(NULLIF(w.used_first_name, ''), w.first_birth_first_name), "
                             "w.birth_date, e.id, COALESCE(e.post_title, ''), COALESCE(s.name, ''), e.start_date, COALESCE(e.end_date, '') "
                             "FROM employments e JOIN workers w ON w.id = e.worker_id AND w.deleted = 0 "
                             "LEFT JOIN establishments s ON s.id = e.establishment_id "
                             "WHERE e.deleted = 0 AND e.establishment_id IN (SELECT establishment_id FROM team_establishments "
                             "  WHERE deleted = 0 AND team_id IN (%1)) AND w.birth_name_fold LIKE ? AND (e.end_date IS NULL OR e.end_date >= ?) "
                             "ORDER BY w.birth_name_fold, w.first_birth_first_name, w.id, (e.end_date IS NULL) DESC, e.start_date DESC "
                             "LIMIT ?")
                                 .arg(placeholders(teams.value().size())),
                      values);
        !s)
        return s.error();
    while (q.next())
        out.append(RequestablePost{q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)), q.value(3).toString(),
                                   q.value(4).toString(), q.value(5).toString(), dateOf(q.value(6)), optDateOf(q.value(7))});
    if (auto s = audited(session, QStringLiteral("read"), QStringLiteral("visit_request.posts"), QStringLiteral("count=%1").arg(out.size()));
        !s)
        return s.error();
    return out;
}

core::Result<QString> record(security::Session& session, const NewVisitRequest& r)
{
    auto placed = place(session, r);
    if (!placed)
        return placed.error();
    const QString employmentId = placed.value().employmentId, establishmentId = placed.value().establishmentId;
    const RequestDeadline& d = placed.value().deadline;
    QSqlQuery q(session.db().sql());
    const QString id = session.newId();
    if (auto s = exec(q, QStringLiteral("INSERT INTO visit_requests(id, worker_id, employment_id, establishment_id, kind, reason, requested_on, "
                                        "due_by, performer, basis, origin, motive, earliest, statutory, teleconsultation, recorded_by, hlc, "
                                        "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {id, r.workerId, employmentId, establishmentId, codeOf(d.kind),
                       r.motive == RequestMotive::Hiring ? QStringLiteral("arrival") : QStringLiteral("other"), iso(r.requestedOn),
                       iso(d.latest), codeOf(d.performer), d.basis, codeOf(r.origin), codeOf(r.motive), dateOrNull(d.earliest),
                       d.statutory ? 1 : 0, r.teleconsultation ? 1 : 0, session.account().id, session.nextHlc(), session.account().id});
        !s)
        return s.error();
    if (auto s = audited(session, QStringLiteral("write"), QStringLiteral("visit_request"),
                         QStringLiteral("request=%1 motive=%2").arg(id, codeOf(r.motive)), r.workerId);
        !s)
        return s.error();
    return id;
}

core::Result<QList<VisitRequestRecord>> list(security::Session& session, const QString& status)
{
    auto teams = planningTeams(session);
    if (!teams)
        return teams.error();
    QList<VisitRequestRecord> out;
    if (teams.value().isEmpty())
        return out;
    QVariantList values;
    for (const QString& t : teams.value())
        values << t;
    QString filter;
    if (!status.isEmpty()) {
        filter = QStringLiteral("AND r.status = ? ");
        values << status;
    }
    QSqlQuery q(session.db().sql());
    // The appointment of a request: its latest live or done one.
    if (auto s = exec(q, QStringLiteral(
                             "SELECT r.id, r.worker_id, upper(w.birth_name) || ' ' || COALESCE(NULLIF(w.used_first_name, ''), w.first_birth_first_name), "
                             "COALESCE(r.establishment_id, ''), COALESCE(s.name, ''), r.origin, r.motive, r.kind, r.requested_on, r.earliest, "
                             "r.due_by, r.performer, r.basis, r.statutory, r.status, "
                             "(SELECT a.booked_on || ' ' || a.day FROM appointments a WHERE a.request_id = r.id AND a.deleted = 0 "
                             "   AND a.status IN ('planned', 'confirmed', 'done') ORDER BY a.day DESC LIMIT 1) "
                             "FROM visit_requests r JOIN workers w ON w.id = r.worker_id "
                             "LEFT JOIN establishments s ON s.id = r.establishment_id "
                             "WHERE r.deleted = 0 AND r.establishment_id IN (SELECT establishment_id FROM team_establishments "
                             "  WHERE deleted = 0 AND team_id IN (%1)) %2"
                             "ORDER BY CASE r.status WHEN 'open' THEN 0 WHEN 'planned' THEN 1 ELSE 2 END, r.due_by, r.id")
                                 .arg(placeholders(teams.value().size()), filter),
                      values);
        !s)
        return s.error();
    while (q.next()) {
        VisitRequestRecord r;
        r.id = q.value(0).toString();
        r.workerId = q.value(1).toString();
        r.workerName = q.value(2).toString();
        r.establishmentId = q.value(3).toString();
        r.establishmentName = q.value(4).toString();
        r.origin = requestOriginFromCode(q.value(5).toString()).value_or(RequestOrigin::Company);
        r.motive = requestMotiveFromCode(q.value(6).toString()).value_or(RequestMotive::Hiring);
        r.kind = visitKindFromCode(q.value(7).toString()).value_or(VisitKind::OnRequest);
        r.requestedOn = dateOf(q.value(8));
        r.earliest = optDateOf(q.value(9));
        r.dueBy = dateOf(q.value(10));
        r.performer = q.value(11).toString() == QLatin1String("MT") ? Performer::Mt : Performer::HealthPro;
        r.basis = q.value(12).toString();
        r.statutory = q.value(13).toInt() == 1;
        r.status = q.value(14).toString();
        const QStringList booked = q.value(15).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (booked.size() == 2) {
            r.bookedOn = dateOf(booked.at(0));
            r.visitDay = dateOf(booked.at(1));
        }
        r.delays = measureDelays(r.requestedOn, r.dueBy, r.bookedOn, r.visitDay);
        out.append(r);
    }
    return out;
}

} // namespace VisitRequestStore

} // namespace vigie::scheduling
