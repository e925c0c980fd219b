#include "scheduling/FollowUpStore.h"

#include "scheduling/DemandStore.h"
#include "scheduling/Rules.h"
#include "scheduling/StoreSupport.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace vigie::scheduling {
using namespace detail;

int CompanyFollowUp::upToDatePercent() const
{
    QList<WorkerState> states;
    for (const WorkerFollowUp& w : workers)
        states << w.state;
    return scheduling::upToDatePercent(states);
}

int CompanyFollowUp::count(WorkerState state) const
{
    return int(std::count_if(workers.begin(), workers.end(), [state](const WorkerFollowUp& w) { return w.state == state; }));
}

namespace FollowUpStore {

namespace {

// Kinds the employer is not told of (see the header): never in the company's view. Bound as values.
const QVariantList HiddenKinds{QStringLiteral("PRE_RETURN"), QStringLiteral("ON_REQUEST")};

bool hiddenFromEmployer(VisitKind kind) { return kind == VisitKind::PreReturn || kind == VisitKind::OnRequest; }

Category categoryOf(const QString& code)
{
    if (code == QLatin1String("SIR"))
        return Category::Sir;
    return code == QLatin1String("SIA") ? Category::Sia : Category::Si;
}

int rank(Category c) { return c == Category::Sir ? 2 : c == Category::Sia ? 1 : 0; }

QVariantList variants(const QStringList& list)
{
    QVariantList out;
    for (const QString& s : list)
        out << s;
    return out;
}

} // namespace

core::Result<QList<TeamEstablishment>> teamEstablishments(security::Session& session, const QStringList& teamIds)
{
    if (auto s = requirePlanning(session); !s)
        return s.error();
    QList<TeamEstablishment> out;
    if (teamIds.isEmpty())
        return out;
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("SELECT t.id, t.name, s.id, s.name, COALESCE(s.city, '') FROM team_establishments te "
                                        "JOIN teams t ON t.id = te.team_id AND t.deleted = 0 "
                                        "JOIN establishments s ON s.id = te.establishment_id AND s.deleted = 0 "
                                        "WHERE te.deleted = 0 AND te.team_id IN (%1) ORDER BY t.name, t.id, s.name, s.id")
                                 .arg(placeholders(teamIds.size())),
                      variants(teamIds));
        !s)
        return s.error();
    while (q.next())
        out << TeamEstablishment{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                 q.value(4).toString()};
    return out;
}

core::Result<QList<Company>> companies(security::Session& session)
{
    auto teams = planningTeams(session);
    if (!teams)
        return teams.error();
    QList<Company> out;
    if (teams.value().isEmpty())
        return out;
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("SELECT n.id, n.siren, n.name, group_concat(DISTINCT s.id) FROM enterprises n "
                                        "JOIN establishments s ON s.enterprise_id = n.id AND s.deleted = 0 "
                                        "JOIN team_establishments te ON te.establishment_id = s.id AND te.deleted = 0 "
                                        "WHERE n.deleted = 0 AND te.team_id IN (%1) GROUP BY n.id ORDER BY n.name, n.siren")
                                 .arg(placeholders(teams.value().size())),
                      variants(teams.value()));
        !s)
        return s.error();
    while (q.next()) {
        QStringList ids = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        ids.sort();
        out << Company{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), ids};
    }
    return out;
}

core::Result<Company> company(security::Session& session, const QString& idOrSiren)
{
    auto teams = planningTeams(session);
    if (!teams)
        return teams.error();
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("SELECT id, siren, name FROM enterprises WHERE (id = ? OR siren = ?) AND deleted = 0"), {idOrSiren, idOrSiren});
        !s)
        return s.error();
    if (!q.next())
        return core::Error{core::ErrorCode::Invalid, QCoreApplication::translate("vigie::scheduling", "Unknown company: %1").arg(idOrSiren)};
    Company c{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}};
    if (!teams.value().isEmpty()) {
        if (auto s = exec(q, QStringLiteral("SELECT DISTINCT s.id FROM establishments s JOIN team_establishments te ON te.establishment_id = s.id "
                                            "AND te.deleted = 0 WHERE s.enterprise_id = ? AND s.deleted = 0 AND te.team_id IN (%1) ORDER BY s.id")
                                     .arg(placeholders(teams.value().size())),
                          QVariantList{c.id} + variants(teams.value()));
            !s)
            return s.error();
        while (q.next())
            c.establishmentIds << q.value(0).toString();
    }
    if (c.establishmentIds.isEmpty())
        return refused(session, QStringLiteral("read"), QStringLiteral("planning.company"),
                       QCoreApplication::translate("vigie::scheduling", "Access refused: no establishment of the company %1 is in your teams")
                           .arg(c.name));
    return c;
}

core::Result<CompanyFollowUp> companyFollowUp(security::Session& session, const QString& idOrSiren, QDate today, QDate horizon)
{
    auto found = company(session, idOrSiren);
    if (!found)
        return found.error();
    CompanyFollowUp view{found.value(), today, horizon, {}};
    QSqlQuery q(session.db().sql());
    // The current employments, one row each; a worker with several posts in the company is one line.
    if (auto s = exec(q, QStringLiteral("SELECT w.id, upper(w.birth_name) || ' ' || COALESCE(NULLIF(w.used_first_name, ''), w.first_birth_first_name), "
                                        "e.id, e.follow_up, s.name FROM employments e "
                                        "JOIN workers w ON w.id = e.worker_id AND w.deleted = 0 AND w.merged_into IS NULL "
                                        "JOIN establishments s ON s.id = e.establishment_id "
                                        "WHERE e.deleted = 0 AND e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?) "
                                        "AND e.establishment_id IN (%1) ORDER BY 2, w.id, e.start_date, e.id")
                                 .arg(placeholders(view.company.establishmentIds.size())),
                      QVariantList{iso(today), iso(today)} + variants(view.company.establishmentIds));
        !s)
        return s.error();
    QHash<QString, QStringList> employmentsOf;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const Category category = categoryOf(q.value(3).toString());
        if (!employmentsOf.contains(id)) {
            WorkerFollowUp w;
            w.workerId = id;
            w.workerName = q.value(1).toString();
            w.establishmentName = q.value(4).toString();
            w.category = category;
            view.workers << w;
        } else if (rank(category) > rank(view.workers.last().category)) {
            view.workers.last().category = category;
        }
        employmentsOf[id] << q.value(2).toString();
    }
    for (WorkerFollowUp& w : view.workers) {
        if (auto s = exec(q, QStringLiteral("SELECT visit_date, kind FROM visits WHERE worker_id = ? AND deleted = 0 AND status = 'done' "
                                            "AND visit_date <= ? AND kind NOT IN (?, ?) ORDER BY visit_date DESC LIMIT 1"),
                          QVariantList{w.workerId, iso(today)} + HiddenKinds);
            !s)
            return s.error();
        if (q.next()) {
            w.lastVisit = optDateOf(q.value(0));
            w.lastVisitKind = visitKindFromCode(q.value(1).toString());
        }
        if (auto s = exec(q, QStringLiteral("SELECT day, kind FROM appointments WHERE worker_id = ? AND deleted = 0 "
                                            "AND status IN ('planned', 'confirmed') AND day >= ? AND kind NOT IN (?, ?) "
                                            "ORDER BY day, start_time LIMIT 1"),
                          QVariantList{w.workerId, iso(today)} + HiddenKinds);
            !s)
            return s.error();
        if (q.next()) {
            w.nextAppointment = optDateOf(q.value(0));
            w.nextAppointmentKind = visitKindFromCode(q.value(1).toString());
        }
        // The rules on the worker's whole situation, keeping what concerns this employer: his posts
        // here, and the visits of the worker himself (mid-career, return with no post named).
        auto situation = DemandStore::situationOf(session, w.workerId);
        if (!situation)
            return situation.error();
        QList<DueVisit> due;
        for (const DueVisit& d : dueVisits(situation.value(), today))
            if ((!d.employment || employmentsOf.value(w.workerId).contains(*d.employment)) && !hiddenFromEmployer(d.kind))
                due << d;
        w.next = nextDeadline(due);
        w.state = workerState(due, today, horizon);
    }
    if (auto s = audited(session, QStringLiteral("read"), QStringLiteral("planning.company_followup"),
                         QStringLiteral("company=%1 workers=%2").arg(view.company.id).arg(view.workers.size()));
        !s)
        return s.error();
    return view;
}

} // namespace FollowUpStore
} // namespace vigie::scheduling
