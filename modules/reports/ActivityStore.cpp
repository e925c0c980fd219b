#include "reports/ActivityStore.h"

#include "prevention/WorkplaceAction.h"
#include "reports/FollowedSet.h"
#include "reports/Indicators.h"
#include "security/Session.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QMap>
#include <QSqlQuery>

#include <algorithm>

namespace vigie::reports {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {
// ?1 D (31 December), ?2 1 January. The scope's establishments and followed workers at D come from
// a FollowedSet (built once for the whole report and shared with the indicators of the year).
struct Runner {
    security::Session& session;
    QVariantList binds;
    Result<Counts> counts(const QString& sql, const QStringList& codes = {}) const
    {
        QSqlQuery q(session.db().sql());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return storage::sqlFailure(q);
        int highest = 0;
        for (int i = 1; i <= 2; ++i)
            if (sql.contains(QStringLiteral("?%1").arg(i)))
                highest = i;
        for (int i = 0; i < highest; ++i)
            q.addBindValue(binds.value(i));
        if (!q.exec())
            return storage::sqlFailure(q);
        Counts out;
        for (const QString& c : codes)
            out.append({c, 0});
        while (q.next()) {
            const QString code = q.value(0).toString();
            auto it = std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == code; });
            if (it != out.end())
                it->second = q.value(1).toLongLong();
            else
                out.append({code, q.value(1).toLongLong()});
        }
        return out;
    }
};
} // namespace

Result<ActivityData> ActivityStore::collect(security::Session& session, int year, const Scope& scope)
{
    if (Status s = IndicatorStore::requireScope(session, scope); !s)
        return s.error();
    ActivityData d;
    d.year = year;
    d.scope = scope;
    d.period = Period{QDate(year, 1, 1), QDate(year, 12, 31)};
    {
        QSqlQuery q(session.db().sql());
        if (q.exec(QStringLiteral("SELECT name FROM service_identity LIMIT 1")) && q.next())
            d.serviceName = q.value(0).toString();
    }
    const Runner run{session, {d.period.to.toString(Qt::ISODate), d.period.from.toString(Qt::ISODate)}};
    FollowedSet set(session, d.period, scope);
    if (Status s = set.workers(); !s)
        return s.error();
    const QString est = set.est(), fol = set.fol(), fw = set.fw();
    const bool service = scope.kind == ScopeKind::Service;
    // Events of the year: for the service all of them, in a narrower scope those of its establishments.
    const auto inEst = [service, &est](const QString& column) {
        return service ? QString() : QStringLiteral("AND %1 IN (SELECT id FROM %2)").arg(column, est);
    };

#define VIGIE_COUNTS(target, sql, codes)                    \
    {                                                       \
        auto r = run.counts(sql, codes);                    \
        if (!r)                                             \
            return r.error();                               \
        target = r.value();                                 \
    }
    VIGIE_COUNTS(d.membersByStatus, QStringLiteral("SELECT status, count(*) FROM %1 WHERE status IS NOT NULL GROUP BY status").arg(est),
                 (QStringList{QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("left")}));
    VIGIE_COUNTS(d.membersBySize,
                 QStringLiteral("WITH size(eid, n) AS MATERIALIZED (SELECT eid, count(DISTINCT wid) FROM %2 GROUP BY eid)"
                                " SELECT CASE WHEN n = 0 THEN '0' WHEN n <= 10 THEN '1-10' WHEN n <= 49 THEN '11-49' WHEN n <= 249 THEN '50-249'"
                                " ELSE '250+' END, count(*) FROM (SELECT mem.id, coalesce(size.n, 0) AS n"
                                " FROM %1 mem LEFT JOIN size ON size.eid = mem.id WHERE mem.status = 'active') GROUP BY 1")
                     .arg(est, fol),
                 (QStringList{QStringLiteral("0"), QStringLiteral("1-10"), QStringLiteral("11-49"), QStringLiteral("50-249"), QStringLiteral("250+")}));
    VIGIE_COUNTS(d.workersByCategory,
                 QStringLiteral("SELECT CASE cat WHEN 3 THEN 'SIR' WHEN 2 THEN 'SIA' ELSE 'SI' END, count(*) FROM %1 GROUP BY cat").arg(fw),
                 (QStringList{QStringLiteral("SI"), QStringLiteral("SIA"), QStringLiteral("SIR")}));
    VIGIE_COUNTS(d.teams,
                 QStringLiteral("WITH tw(tid, n) AS MATERIALIZED (SELECT te.team_id, count(DISTINCT fol.wid) FROM %2 fol"
                                " JOIN team_establishments te ON te.establishment_id = fol.eid AND te.deleted = 0 GROUP BY te.team_id)"
                                " SELECT t.name, coalesce(tw.n, 0) FROM teams t LEFT JOIN tw ON tw.tid = t.id WHERE t.deleted = 0 AND EXISTS (SELECT 1 FROM"
                                " team_establishments te JOIN %1 est ON est.id = te.establishment_id WHERE te.team_id = t.id AND te.deleted = 0)"
                                " ORDER BY t.name")
                     .arg(est, fol),
                 {});
    const QString visitScope = service ? QString()
                                       : QStringLiteral("AND (v.establishment_id IN (SELECT id FROM %1) OR (v.establishment_id IS NULL AND v.worker_id IN"
                                                        " (SELECT em.worker_id FROM employments em JOIN %1 est ON est.id = em.establishment_id"
                                                        " WHERE em.deleted = 0)))")
                                             .arg(est);
    // Visits performed by kind and by month and no-shows: one pass over the year's visits (index
    // visits_status_date), folded here.
    QMap<QString, qint64> kinds;
    qint64 months[12] = {};
    {
        QSqlQuery q(session.db().sql());
        q.setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT v.status, v.kind, substr(v.visit_date, 6, 2), count(*) FROM visits v WHERE v.deleted = 0"
                                           " AND v.status IN ('done', 'no_show') AND v.visit_date BETWEEN ?2 AND ?1 ") +
                            visitScope + QStringLiteral(" GROUP BY 1, 2, 3");
        if (!q.prepare(sql))
            return storage::sqlFailure(q);
        q.addBindValue(run.binds.value(0));
        q.addBindValue(run.binds.value(1));
        if (!q.exec())
            return storage::sqlFailure(q);
        while (q.next()) {
            const qint64 n = q.value(3).toLongLong();
            if (q.value(0).toString() == QLatin1String("no_show")) {
                d.noShows += n;
                continue;
            }
            kinds[q.value(1).toString()] += n;
            if (const int m = q.value(2).toString().toInt(); m >= 1 && m <= 12)
                months[m - 1] += n;
        }
    }
    Counts byKind;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        byKind.append({it.key(), it.value()});
    std::stable_sort(byKind.begin(), byKind.end(), [](const auto& a, const auto& b) {
        return visitKindOrder(a.first) != visitKindOrder(b.first) ? visitKindOrder(a.first) < visitKindOrder(b.first) : a.first < b.first;
    });
    d.visitsByKind = byKind;
    for (int m = 0; m < 12; ++m)
        d.visitsByMonth << months[m];
    const QString docScope = service ? QString() : QStringLiteral("AND d.worker_id IN (SELECT wid FROM %1)").arg(fw);
    VIGIE_COUNTS(d.documentsByKind,
                 QStringLiteral("SELECT d.kind, count(*) FROM dmst_documents d WHERE d.deleted = 0 AND d.status = 'signed'"
                                    " AND d.issued_on BETWEEN ?2 AND ?1 AND NOT EXISTS (SELECT 1 FROM dmst_documents c WHERE c.supersedes = d.id"
                                    " AND c.status = 'signed' AND c.deleted = 0) ") +
                     docScope + QStringLiteral(" GROUP BY d.kind"),
                 (QStringList{QStringLiteral("attestation"), QStringLiteral("aptitude"), QStringLiteral("inaptitude"), QStringLiteral("adjustment"),
                              QStringLiteral("prevention_order")}));
    const QString actions = QStringLiteral("WITH act(id, eid, code) AS (SELECT a.id, a.establishment_id, a.code FROM workplace_actions a"
                                               " WHERE a.deleted = 0 AND a.action_date BETWEEN ?2 AND ?1 %1) ")
                                    .arg(inEst(QStringLiteral("a.establishment_id")));
    VIGIE_COUNTS(d.actionsByCode, actions + QStringLiteral("SELECT code, count(*) FROM act GROUP BY code"), prevention::actionCodes());
    Counts reached;
    for (const auto& [name, group] : {std::pair{QStringLiteral("awareness"), ActionGroup::Awareness},
                                      std::pair{QStringLiteral("advice"), ActionGroup::Advice},
                                      std::pair{QStringLiteral("primary_prevention"), ActionGroup::PrimaryPrevention}}) {
        qint64 n = 0;
        for (const auto& [code, count] : d.actionsByCode)
            if (inActionGroup(code, group))
                n += count;
        d.actionsByGroup.append({name, n});
    }
    VIGIE_COUNTS(reached, actions + QStringLiteral("SELECT 'reached', count(DISTINCT eid) FROM act"), {QStringLiteral("reached")});
    d.establishmentsReached = reached.value(0).second;
    Counts sheets;
    VIGIE_COUNTS(sheets,
                 QStringLiteral("SELECT CASE WHEN v.number = 1 THEN 'made' ELSE 'renewed' END, count(*) FROM companysheet_versions v"
                                    " WHERE v.deleted = 0 AND substr(v.validated_at, 1, 10) BETWEEN ?2 AND ?1 ") +
                     inEst(QStringLiteral("v.establishment_id")) + QStringLiteral(" GROUP BY 1"),
                 (QStringList{QStringLiteral("made"), QStringLiteral("renewed")}));
    d.sheetsMade = sheets.value(0).second;
    d.sheetsRenewed = sheets.value(1).second;
    d.jobRetention = {{QStringLiteral("PRE_RETURN"), 0}, {QStringLiteral("RETURN"), 0}};
    for (auto& [code, n] : d.jobRetention)
        for (const auto& [kind, count] : d.visitsByKind)
            if (kind == code)
                n = count;
    for (const auto& [kind, count] : d.documentsByKind)
        if (kind == QLatin1String("adjustment") || kind == QLatin1String("inaptitude"))
            d.jobRetention.append({kind, count});
#undef VIGIE_COUNTS

    auto retention = IndicatorStore::retention(session, d.period, scope, set);
    if (!retention)
        return retention.error();
    d.retention = retention.value();
    auto delays = IndicatorStore::delays(session, d.period, scope, set);
    if (!delays)
        return delays.error();
    d.delays = delays.value();
    auto now = IndicatorStore::compute(session, d.period, scope, set);
    if (!now)
        return now.error();
    d.indicators = now.value();
    auto before = IndicatorStore::compute(session, Period{QDate(year - 1, 1, 1), QDate(year - 1, 12, 31)}, scope);
    if (!before)
        return before.error();
    d.indicatorsLastYear = before.value();
    if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("read"), QStringLiteral("report.activity"), {}, 0,
                                                     QStringLiteral("allowed"), QStringLiteral("year=%1 scope=%2").arg(year).arg(scope.text())});
        !s)
        return s.error();
    return d;
}

} // namespace vigie::reports
