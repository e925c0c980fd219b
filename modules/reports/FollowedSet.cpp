#include "reports/FollowedSet.h"

#include "security/Session.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <atomic>

namespace vigie::reports {
using core::Status;

namespace {

// The scope's establishments (alias e), as a condition; ?3 holds the scope's value.
QString scopeCondition(const Scope& scope)
{
    switch (scope.kind) {
    case ScopeKind::Service: return QStringLiteral("1");
    case ScopeKind::Team:
        return QStringLiteral("e.id IN (SELECT te.establishment_id FROM team_establishments te WHERE te.team_id = ?3 AND te.deleted = 0)");
    case ScopeKind::Establishment: return QStringLiteral("e.siret = ?3");
    case ScopeKind::Siren:
        return QStringLiteral("e.enterprise_id IN (SELECT n.id FROM enterprises n WHERE n.siren = ?3 AND n.deleted = 0)");
    case ScopeKind::Naf: return QStringLiteral("substr(e.naf, 1, length(?3)) = ?3");
    }
    return QStringLiteral("0");
}

std::atomic<int> generation{0};

} // namespace

FollowedSet::FollowedSet(security::Session& session, const Period& period, const Scope& scope)
    : session_(session), period_(period), scope_(scope)
{
    const int n = ++generation;
    est_ = QStringLiteral("temp.rep_est_%1").arg(n);
    fol_ = QStringLiteral("temp.rep_fol_%1").arg(n);
    fw_ = QStringLiteral("temp.rep_fw_%1").arg(n);
}

FollowedSet::~FollowedSet()
{
    if (!estBuilt_ && !workersBuilt_)
        return;
    QSqlQuery q(session_.db().sql());
    for (const QString& t : {fw_, fol_, est_})
        q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(t)); // a failure leaves a table to the connection's end
}

bool FollowedSet::covers(const Period& period, const Scope& scope) const
{
    return period.to == period_.to && scope.kind == scope_.kind && scope.value == scope_.value;
}

Status FollowedSet::establishments()
{
    if (estBuilt_)
        return {};
    // ?1 D, ?2 the window's first day, ?3 the scope's value. Membership at D as reports::statusAt:
    // the latest status change on or before D; without any history, the current status from the
    // membership date (unknown: always).
    const QStringList sql{
        QStringLiteral("DROP TABLE IF EXISTS %1").arg(est_),
        QStringLiteral("CREATE TEMP TABLE %1(id TEXT PRIMARY KEY, status TEXT, fe INTEGER NOT NULL) WITHOUT ROWID").arg(est_.mid(5)),
        QStringLiteral(
            "INSERT INTO %1 SELECT e.id,"
            " coalesce((SELECT h.status FROM establishment_status_history h WHERE h.establishment_id = e.id AND h.deleted = 0"
            "  AND h.since <= ?1 ORDER BY h.since DESC, h.recorded_at DESC LIMIT 1),"
            "  CASE WHEN EXISTS (SELECT 1 FROM establishment_status_history h WHERE h.establishment_id = e.id AND h.deleted = 0)"
            "  THEN NULL WHEN e.member_since IS NULL OR e.member_since <= ?1 THEN e.status END),"
            " EXISTS (SELECT 1 FROM companysheet_versions v WHERE v.establishment_id = e.id AND v.deleted = 0"
            "  AND substr(v.validated_at, 1, 10) BETWEEN ?2 AND ?1)"
            " FROM establishments e WHERE e.deleted = 0 AND %2")
            .arg(est_, scopeCondition(scope_))};
    const QVariantList binds{period_.to.toString(Qt::ISODate), period_.windowStart().toString(Qt::ISODate), scope_.value};
    QSqlQuery q(session_.db().sql());
    for (const QString& s : sql) {
        if (!q.prepare(s))
            return storage::sqlFailure(q);
        const int count = s.contains(QLatin1String("?3")) ? 3 : s.contains(QLatin1String("?2")) ? 2 : s.contains(QLatin1String("?1")) ? 1 : 0;
        for (int i = 0; i < count; ++i)
            q.addBindValue(binds.value(i));
        if (!q.exec())
            return storage::sqlFailure(q);
        estBuilt_ = true; // from the CREATE on, the destructor drops it
    }
    return {};
}

Status FollowedSet::workers()
{
    if (workersBuilt_)
        return {};
    if (Status s = establishments(); !s)
        return s;
    // From the member establishments to their employments in force (CROSS JOIN fixes the order; covering
    // index employments_followed), so that a team reads its own employments only. A live identity is
    // one that is not among the few deleted or merged ones (index workers_gone; employments.worker_id
    // references workers, so the worker exists). fol keeps every such employment (duplicates change no
    // count: they are counted by distinct worker); fw is filled in identifier order so that the
    // per-worker lookups walk each index forwards and read each encrypted page once.
    const QStringList sql{
        QStringLiteral("DROP TABLE IF EXISTS %1").arg(fol_),
        QStringLiteral("DROP TABLE IF EXISTS %1").arg(fw_),
        QStringLiteral("CREATE TEMP TABLE %1(wid TEXT NOT NULL, eid TEXT NOT NULL, cat INTEGER NOT NULL, fe INTEGER NOT NULL)").arg(fol_.mid(5)),
        QStringLiteral("CREATE TEMP TABLE %1(wid TEXT PRIMARY KEY, cat INTEGER NOT NULL, fe INTEGER NOT NULL) WITHOUT ROWID").arg(fw_.mid(5)),
        QStringLiteral(
            "INSERT INTO %1 SELECT em.worker_id, em.establishment_id, CASE em.follow_up WHEN 'SIR' THEN 3 WHEN 'SIA' THEN 2 ELSE 1 END, est.fe"
            " FROM %2 est CROSS JOIN employments em ON em.establishment_id = est.id"
            " WHERE est.status = 'active' AND em.deleted = 0 AND em.start_date <= ?1 AND (em.end_date IS NULL OR em.end_date >= ?1)"
            " AND NOT EXISTS (SELECT 1 FROM workers w INDEXED BY workers_gone WHERE w.id = em.worker_id"
            " AND (w.deleted <> 0 OR w.merged_into IS NOT NULL))")
            .arg(fol_, est_),
        QStringLiteral("INSERT INTO %1 SELECT wid, max(cat), max(fe) FROM %2 GROUP BY wid ORDER BY wid").arg(fw_, fol_)};
    QSqlQuery q(session_.db().sql());
    for (const QString& s : sql) {
        if (!q.prepare(s))
            return storage::sqlFailure(q);
        if (s.contains(QLatin1String("?1")))
            q.addBindValue(period_.to.toString(Qt::ISODate));
        if (!q.exec())
            return storage::sqlFailure(q);
        workersBuilt_ = true;
    }
    return {};
}

} // namespace vigie::reports
