#include "scheduling/DemandStore.h"

#include "scheduling/ProtocolStore.h"
#include "scheduling/Rules.h"
#include "scheduling/StoreSupport.h"

#include <QHash>
#include <QSet>

namespace vigie::scheduling::DemandStore {
using namespace detail;

namespace {

std::optional<AbsenceCause> causeOf(const QString& dbCause)
{
    return absenceCauseFromCode(dbCause.toUpper());
}

struct WorkerInfo {
    Worker worker;
    QString name;
    QHash<QString, QString> establishmentOf; // employment id → establishment id
};

// Loads workers (with employments, risks, visits, absences) matching `where` on workers `w`.
core::Status loadWorkers(QSqlDatabase db, const QString& workerFilter, const QVariantList& values, QHash<QString, WorkerInfo>& out)
{
    QSqlQuery q(db);
    if (auto s = exec(q, QStringLiteral("SELECT w.id, w.birth_date, w.follow_up_flags, w.birth_name, "
                                        "COALESCE(NULLIF(w.used_first_name, ''), w.first_birth_first_name) FROM workers w "
                                        "WHERE w.deleted = 0 AND w.merged_into IS NULL AND w.id IN (%1)")
                                 .arg(workerFilter),
                      values);
        !s)
        return s;
    while (q.next()) {
        WorkerInfo info;
        info.worker.id = q.value(0).toString();
        info.worker.birthDate = dateOf(q.value(1));
        for (const QString& f : q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (auto flag = flagFromCode(f))
                info.worker.flags << *flag;
        info.name = q.value(3).toString().toUpper() + u' ' + q.value(4).toString();
        out.insert(info.worker.id, info);
    }
    if (auto s = exec(q, QStringLiteral("SELECT e.id, e.worker_id, e.establishment_id, e.start_date, e.end_date, e.night_work, e.apprentice, "
                                        "e.override_follow_up, (SELECT group_concat(x.sir_risk, ' ') FROM employment_exposures x "
                                        "  WHERE x.employment_id = e.id AND x.deleted = 0 AND x.sir_risk IS NOT NULL) "
                                        "FROM employments e WHERE e.deleted = 0 AND e.worker_id IN (%1) ORDER BY e.worker_id, e.id")
                                 .arg(workerFilter),
                      values);
        !s)
        return s;
    while (q.next()) {
        auto it = out.find(q.value(1).toString());
        if (it == out.end())
            continue;
        Employment e;
        e.id = q.value(0).toString();
        e.start = dateOf(q.value(3));
        e.end = optDateOf(q.value(4));
        e.nightWorker = q.value(5).toInt() == 1;
        e.apprentice = q.value(6).toInt() == 1;
        for (const QString& r : q.value(8).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (auto risk = sirRiskFromCode(r); risk && !e.sirRisks.contains(*risk))
                e.sirRisks << *risk;
        // A physician's override to SIR without a listed risk: a post the employer lists (R4624-23 III).
        if (q.value(7).toString() == QLatin1String("SIR") && e.sirRisks.isEmpty())
            e.sirRisks << SirRisk::EmployerListed;
        it->worker.employments << e;
        it->establishmentOf.insert(e.id, q.value(2).toString());
    }
    // Visits done. The visits table names no employment: each counts for every employment of the
    // worker (rules-contract.md "Input", unlinked visits).
    if (auto s = exec(q, QStringLiteral("SELECT worker_id, visit_date, kind FROM visits WHERE deleted = 0 AND status = 'done' "
                                        "AND worker_id IN (%1) ORDER BY worker_id, visit_date")
                                 .arg(workerFilter),
                      values);
        !s)
        return s;
    while (q.next()) {
        auto it = out.find(q.value(0).toString());
        const auto kind = visitKindFromCode(q.value(2).toString());
        if (it != out.end() && kind)
            it->worker.visits << Visit{dateOf(q.value(1)), *kind, std::nullopt};
    }
    if (auto s = exec(q, QStringLiteral("SELECT worker_id, start_date, end_date, cause FROM absences WHERE deleted = 0 "
                                        "AND worker_id IN (%1) ORDER BY worker_id, start_date")
                                 .arg(workerFilter),
                      values);
        !s)
        return s;
    while (q.next()) {
        auto it = out.find(q.value(0).toString());
        const auto cause = causeOf(q.value(3).toString());
        if (it != out.end() && cause)
            it->worker.absences << Absence{dateOf(q.value(1)), optDateOf(q.value(2)), *cause};
    }
    return {};
}

QString coverKey(const QString& worker, const QString& kind, const QString& employment)
{
    return worker + u'|' + kind + u'|' + employment;
}

} // namespace

core::Result<Worker> situationOf(security::Session& session, const QString& workerId)
{
    QHash<QString, WorkerInfo> infos;
    if (auto s = loadWorkers(session.db().sql(), QStringLiteral("?"), {workerId}, infos); !s)
        return s.error();
    if (!infos.contains(workerId))
        return core::Error{core::ErrorCode::Invalid, workerId};
    return infos.value(workerId).worker;
}

core::Result<QList<Demand>> load(security::Session& session, const QStringList& teamIds, QDate today, QDate horizon)
{
    if (auto s = requirePlanning(session); !s)
        return s.error();
    QList<Demand> demands;
    if (teamIds.isEmpty())
        return demands;
    QSqlDatabase db = session.db().sql();
    QSqlQuery q(db);
    QVariantList teams;
    for (const QString& t : teamIds)
        teams << t;
    // Establishments in charge → teams, and where each is (the planner prefers the nearest places).
    if (auto s = exec(q, QStringLiteral("SELECT te.establishment_id, te.team_id, COALESCE(e.postal_code, '') FROM team_establishments te "
                                        "LEFT JOIN establishments e ON e.id = te.establishment_id WHERE te.deleted = 0 AND te.team_id IN (%1)")
                                 .arg(placeholders(teams.size())),
                      teams);
        !s)
        return s.error();
    QHash<QString, QStringList> teamsOf;
    QHash<QString, QString> postalCodeOf;
    while (q.next()) {
        teamsOf[q.value(0).toString()] << q.value(1).toString();
        postalCodeOf.insert(q.value(0).toString(), q.value(2).toString());
    }
    if (teamsOf.isEmpty())
        return demands;
    // The workers with an employment in those establishments (one temporary table: the IN lists of
    // thousands of ids would exceed SQLite's parameter limit).
    if (auto s = exec(q, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS _plan_workers(id TEXT PRIMARY KEY) WITHOUT ROWID")); !s)
        return s.error();
    if (auto s = exec(q, QStringLiteral("DELETE FROM _plan_workers")); !s)
        return s.error();
    if (auto s = exec(q, QStringLiteral("INSERT OR IGNORE INTO _plan_workers(id) SELECT e.worker_id FROM employments e "
                                        "JOIN team_establishments te ON te.establishment_id = e.establishment_id AND te.deleted = 0 "
                                        "WHERE e.deleted = 0 AND te.team_id IN (%1)")
                                 .arg(placeholders(teams.size())),
                      teams);
        !s)
        return s.error();
    QHash<QString, WorkerInfo> infos;
    if (auto s = loadWorkers(db, QStringLiteral("SELECT id FROM _plan_workers"), {}, infos); !s)
        return s.error();

    // What already answers a due visit: open requests and live appointments.
    QSet<QString> covered;
    if (auto s = exec(q, QStringLiteral("SELECT r.id, r.worker_id, COALESCE(r.employment_id, ''), r.establishment_id, r.kind, r.earliest, "
                                        "r.due_by, r.performer, r.basis, r.requested_on, r.teleconsultation FROM visit_requests r "
                                        "JOIN _plan_workers p ON p.id = r.worker_id WHERE r.deleted = 0 AND r.status = 'open' "
                                        "ORDER BY r.id"));
        !s)
        return s.error();
    while (q.next()) {
        const QString workerId = q.value(1).toString();
        const WorkerInfo info = infos.value(workerId);
        QString establishment = q.value(3).toString();
        if (establishment.isEmpty())
            establishment = info.establishmentOf.value(q.value(2).toString());
        Demand d;
        d.key = q.value(0).toString();
        d.requestId = d.key;
        d.workerId = workerId;
        d.workerName = info.name;
        if (!q.value(2).toString().isEmpty())
            d.employmentId = q.value(2).toString();
        d.establishmentId = establishment;
        for (const QString& t : teamsOf.value(establishment))
            d.teamIds << t;
        d.kind = visitKindFromCode(q.value(4).toString()).value_or(VisitKind::OnRequest);
        d.earliest = optDateOf(q.value(5));
        d.latest = dateOf(q.value(6));
        d.performer = q.value(7).toString() == QLatin1String("MT") ? Performer::Mt : Performer::HealthPro;
        d.basis = q.value(8).toString();
        d.requestedOn = dateOf(q.value(9));
        d.teleconsultation = q.value(10).toInt() == 1;
        if (d.teamIds.isEmpty())
            continue; // another team's establishment
        covered.insert(coverKey(workerId, q.value(4).toString(), q.value(2).toString()));
        demands.append(d);
    }
    if (auto s = exec(q, QStringLiteral("SELECT a.worker_id, a.kind, COALESCE(a.employment_id, '') FROM appointments a "
                                        "JOIN _plan_workers p ON p.id = a.worker_id WHERE a.deleted = 0 AND a.status IN ('planned', 'confirmed')"));
        !s)
        return s.error();
    while (q.next())
        covered.insert(coverKey(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));

    // Appointments that failed (cancelled, no-show) and were not booked again: the visit planned
    // anew replaces the latest of them, and its deadline has not moved.
    QHash<QString, QString> failed;
    if (auto s = exec(q, QStringLiteral("SELECT a.id, a.worker_id, a.kind, COALESCE(a.employment_id, '') FROM appointments a "
                                        "JOIN _plan_workers p ON p.id = a.worker_id WHERE a.deleted = 0 "
                                        "AND a.status IN ('cancelled', 'no_show') ORDER BY a.day, a.start_time"));
        !s)
        return s.error();
    while (q.next())
        failed.insert(coverKey(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()), q.value(0).toString());

    // The periodicities of each establishment: its team's protocol (the strictest when several of the
    // teams follow it), the legal maxima without one.
    auto protocols = ProtocolStore::Sql::periodicitiesOf(db, teamIds);
    if (!protocols)
        return protocols.error();
    QHash<QString, Periodicities> periodicitiesAt;
    for (auto it = teamsOf.cbegin(); it != teamsOf.cend(); ++it) {
        Periodicities p = legalPeriodicities();
        for (const QString& t : it.value())
            p = strictest(p, protocols.value().value(t, legalPeriodicities()));
        periodicitiesAt.insert(it.key(), p);
    }

    // The rules, worker by worker, in id order.
    QStringList ids = infos.keys();
    std::sort(ids.begin(), ids.end(), [](const QString& a, const QString& b) { return compareIds(a, b) < 0; });
    for (const QString& id : std::as_const(ids)) {
        const WorkerInfo& info = infos[id];
        const auto periodicitiesOf = [&](const Employment& e) {
            return periodicitiesAt.value(info.establishmentOf.value(e.id), legalPeriodicities());
        };
        for (const DueVisit& due : dueVisits(info.worker, today, periodicitiesOf)) {
            if (due.latest > horizon)
                continue;
            const QString employment = due.employment.value_or(QString());
            if (covered.contains(coverKey(id, codeOf(due.kind), employment)))
                continue;
            // The establishment: the employment's; for a visit of the worker (mid-career), his
            // first employment in one of the teams' establishments.
            QString establishment = info.establishmentOf.value(employment);
            if (establishment.isEmpty())
                for (const Employment& e : info.worker.employments)
                    if (teamsOf.contains(info.establishmentOf.value(e.id)) && isActive(e, today)) {
                        establishment = info.establishmentOf.value(e.id);
                        break;
                    }
            if (!teamsOf.contains(establishment))
                continue;
            Demand d;
            d.key = QStringLiteral("due:%1:%2:%3").arg(id, employment, codeOf(due.kind));
            d.workerId = id;
            d.workerName = info.name;
            d.employmentId = due.employment;
            d.establishmentId = establishment;
            d.teamIds = teamsOf.value(establishment);
            d.kind = due.kind;
            d.earliest = due.earliest;
            d.latest = due.latest;
            d.performer = due.performer;
            d.basis = due.basis;
            // When the need became known: the window's opening, or (no window) the deadline's
            // reference — for the first-come baseline only.
            d.requestedOn = due.earliest.value_or(due.latest.addMonths(-3));
            demands.append(d);
        }
    }
    for (Demand& d : demands) {
        const QString key = coverKey(d.workerId, codeOf(d.kind), d.employmentId.value_or(QString()));
        d.replacesAppointment = failed.value(key);
        d.workplacePostalCode = postalCodeOf.value(d.establishmentId);
    }
    if (auto s = audited(session, QStringLiteral("read"), QStringLiteral("planning.due"),
                         QStringLiteral("teams=%1 workers=%2 demands=%3").arg(teamIds.join(u',')).arg(infos.size()).arg(demands.size()));
        !s)
        return s.error();
    return demands;
}

} // namespace vigie::scheduling::DemandStore
