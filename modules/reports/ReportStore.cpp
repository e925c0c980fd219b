#include "reports/ReportStore.h"

#include "prevention/WorkplaceAction.h"

#include "security/PolicyStore.h"
#include "security/Session.h"
#include "storage/AuditTrail.h"

#include <QSqlQuery>

#include <algorithm>

namespace vigie::reports {
using core::Error;
using core::ErrorCode;
using core::Result;

namespace {
// Runs a "code, count" query; missing codes of `codes` are added with 0, in that order first.
Result<QList<QPair<QString, qint64>>> counts(security::Session& session, const QString& sql, const QVariantList& binds,
                                              const QStringList& codes)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Error{ErrorCode::Storage, storage::sqlErrorText(q)};
    QList<QPair<QString, qint64>> out;
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
} // namespace

Result<Overview> ReportStore::overview(security::Session& session)
{
    if (core::Status s = security::PolicyStore::requireModule(session, security::Module::Reports); !s)
        return s.error();

    Overview o;
    o.asOf = session.clock().today();
    o.periodStart = o.asOf.addMonths(-12).addDays(1);
    const QString today = o.asOf.toString(Qt::ISODate);
    const QString from = o.periodStart.toString(Qt::ISODate);

    auto establishments = counts(session,
                                 QStringLiteral("SELECT status, count(*) FROM establishments WHERE deleted = 0 GROUP BY status"),
                                 {}, {QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("left")});
    if (!establishments)
        return establishments.error();
    o.establishmentsByStatus = publish(establishments.value(), &establishmentStatusLabel);

    // A worker with several current employments counts once, in the highest category (SIR > SIA > SI).
    auto followUp = counts(
        session,
        QStringLiteral("SELECT CASE level WHEN 3 THEN 'SIR' WHEN 2 THEN 'SIA' ELSE 'SI' END, count(*) FROM ("
                       " SELECT e.worker_id, max(CASE e.follow_up WHEN 'SIR' THEN 3 WHEN 'SIA' THEN 2 ELSE 1 END) AS level"
                       " FROM employments e JOIN workers w ON w.id = e.worker_id AND w.deleted = 0"
                       " WHERE e.deleted = 0 AND e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?)"
                       " GROUP BY e.worker_id) GROUP BY level"),
        {today, today}, {QStringLiteral("SI"), QStringLiteral("SIA"), QStringLiteral("SIR")});
    if (!followUp)
        return followUp.error();
    o.workersByFollowUp = publish(followUp.value(), &followUpLabel);

    auto visits = counts(session,
                         QStringLiteral("SELECT kind, count(*) FROM visits WHERE deleted = 0 AND status = 'done'"
                                        " AND visit_date >= ? AND visit_date <= ? GROUP BY kind"),
                         {from, today}, {});
    if (!visits)
        return visits.error();
    QList<QPair<QString, qint64>> byKind = visits.value();
    std::stable_sort(byKind.begin(), byKind.end(), [](const auto& a, const auto& b) {
        const int oa = visitKindOrder(a.first), ob = visitKindOrder(b.first);
        return oa != ob ? oa < ob : a.first < b.first;
    });
    o.visitsDoneByKind = publish(byKind, &visitKindLabel);

    auto noShows = counts(session,
                          QStringLiteral("SELECT 'no_show', count(*) FROM visits WHERE deleted = 0 AND status = 'no_show'"
                                         " AND visit_date >= ? AND visit_date <= ?"),
                          {from, today}, {QStringLiteral("no_show")});
    if (!noShows)
        return noShows.error();
    o.noShows = Count::of(noShows.value().value(0).second);

    // Workplace actions (issue 8 part 5) feed the indicators, every kind listed even at zero.
    QStringList actionKinds;
    for (prevention::ActionKind k : prevention::allKinds())
        actionKinds << prevention::kindCode(k);
    auto actions = counts(session,
                          QStringLiteral("SELECT kind, count(*) FROM workplace_actions WHERE deleted = 0"
                                         " AND action_date >= ? AND action_date <= ? GROUP BY kind"),
                          {from, today}, actionKinds);
    if (!actions)
        return actions.error();
    o.workplaceActionsByKind = publish(actions.value(), &workplaceActionLabel);

    if (core::Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("read"), QStringLiteral("report.overview"),
                                                           {}, 0, QStringLiteral("allowed"), QStringLiteral("as_of=%1").arg(today)});
        !s)
        return s.error();
    return o;
}

} // namespace vigie::reports
