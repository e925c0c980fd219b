#include "scheduling/FollowUpRows.h"

#include "scheduling/AppointmentStore.h"
#include "scheduling/DemandStore.h"

#include <QSet>

namespace vigie::scheduling {

core::Result<QList<DueRow>> followUpRows(security::Session& session, const QStringList& teamIds, QDate horizon)
{
    const QDate today = session.clock().today();
    auto demands = DemandStore::load(session, teamIds, today, horizon);
    if (!demands)
        return demands.error();
    // Booked visits, from a year back (an appointment of the past not yet marked done is still live).
    auto appointments = AppointmentStore::between(session, today.addYears(-1), today.addYears(2));
    if (!appointments)
        return appointments.error();
    return dueRows(demands.value(), appointments.value(), today);
}

EstablishmentCounts scopeCounts(const QList<DueRow>& rows, const QStringList& establishmentIds)
{
    EstablishmentCounts total;
    QSet<QString> seen;
    for (const QString& id : establishmentIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const EstablishmentCounts c = countsOf(rows, id);
        total.overdue += c.overdue;
        total.due += c.due;
        total.planned += c.planned;
    }
    return total;
}

double overdueShare(const EstablishmentCounts& counts)
{
    const int all = counts.overdue + counts.due + counts.planned;
    return all == 0 ? 0.0 : double(counts.overdue) / double(all);
}

} // namespace vigie::scheduling
