#include "scheduling/ToPlan.h"

#include "scheduling/AgendaStore.h"
#include "scheduling/DemandStore.h"

#include <algorithm>

namespace vigie::scheduling {

QDate toPlanHorizon(QDate today)
{
    return today.addMonths(2);
}

core::Result<QList<Demand>> visitsToPlan(security::Session& session)
{
    auto teams = AgendaStore::teamsToPlan(session);
    if (!teams)
        return teams.error();
    if (teams.value().isEmpty())
        return QList<Demand>{};
    const QDate today = session.clock().today();
    auto demands = DemandStore::load(session, teams.value(), today, toPlanHorizon(today));
    if (!demands)
        return demands.error();
    QList<Demand> out = demands.value();
    std::sort(out.begin(), out.end(), [today](const Demand& a, const Demand& b) { return plannerOrder(a, b, today); });
    return out;
}

} // namespace vigie::scheduling
