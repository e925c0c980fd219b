#include "pdp/WorkerDue.h"

#include "pdp/PdpStore.h"
#include "scheduling/DemandStore.h"
#include "scheduling/Protocol.h"
#include "scheduling/ProtocolStore.h"
#include "scheduling/Rules.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace vigie::pdp {

core::Result<QList<scheduling::DueVisit>> WorkerDue::of(security::Session& session, const QString& workerId, const QDate& today)
{
    // The rights (and the worker's existence) through the stoppages' read, audited.
    if (auto l = StoppageStore::list(session, workerId); !l)
        return l.error();
    auto worker = scheduling::DemandStore::situationOf(session, workerId);
    if (!worker)
        return core::Error{core::ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "Unknown worker: %1").arg(workerId)};
    // The teams in charge of each employment's establishment.
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.id, te.team_id FROM employments e JOIN team_establishments te ON te.establishment_id = e.establishment_id "
                             "AND te.deleted = 0 WHERE e.worker_id = ? AND e.deleted = 0"));
    q.addBindValue(workerId);
    if (!q.exec())
        return storage::sqlFailure(q);
    QHash<QString, QStringList> teamsOf;
    QStringList teams;
    while (q.next()) {
        teamsOf[q.value(0).toString()] << q.value(1).toString();
        if (!teams.contains(q.value(1).toString()))
            teams << q.value(1).toString();
    }
    q.finish();
    auto protocols = scheduling::ProtocolStore::Sql::periodicitiesOf(session.db().sql(), teams);
    if (!protocols)
        return protocols.error();
    const auto periodicitiesOf = [&](const scheduling::Employment& e) {
        scheduling::Periodicities p = scheduling::legalPeriodicities();
        for (const QString& t : teamsOf.value(e.id))
            p = scheduling::strictest(p, protocols.value().value(t, scheduling::legalPeriodicities()));
        return p;
    };
    QList<scheduling::DueVisit> due = scheduling::dueVisits(worker.value(), today, periodicitiesOf);
    scheduling::sortDue(due);
    return due;
}

} // namespace vigie::pdp
