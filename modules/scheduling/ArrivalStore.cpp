#include "scheduling/ArrivalStore.h"

#include "scheduling/AppointmentStore.h"
#include "scheduling/StoreSupport.h"

#include <QCoreApplication>

namespace vigie::scheduling::ArrivalStore {
using namespace detail;

core::Status markArrived(security::Session& session, const QString& appointmentId)
{
    auto found = AppointmentStore::byId(session, appointmentId);
    if (!found)
        return found.error();
    if (!found.value())
        return core::Status::fail(core::ErrorCode::Invalid,
                                  QCoreApplication::translate("vigie::scheduling", "Unknown appointment %1").arg(appointmentId));
    const Appointment& ap = *found.value();
    if (ap.status != AppointmentStatus::Planned && ap.status != AppointmentStatus::Confirmed)
        return core::Status::fail(core::ErrorCode::Invalid, QCoreApplication::translate("vigie::scheduling", "An appointment %1 cannot become %2")
                                                                .arg(codeOf(ap.status), QStringLiteral("arrived")));
    if (ap.day != session.clock().today())
        return core::Status::fail(core::ErrorCode::Invalid,
                                  QCoreApplication::translate("vigie::scheduling", "An arrival is marked on the appointment's day (%1)")
                                      .arg(ap.day.toString(QStringLiteral("dd/MM/yyyy"))));
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("UPDATE appointments SET arrived_at = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                                        "WHERE id = ? AND arrived_at IS NULL"),
                      {session.clock().nowUtc().toString(Qt::ISODateWithMs), session.nextHlc(), session.account().id, appointmentId});
        !s)
        return s;
    return audited(session, QStringLiteral("write"), QStringLiteral("appointment.arrival"), QStringLiteral("appointment=%1").arg(appointmentId),
                   ap.workerId);
}

core::Result<QHash<QString, QDateTime>> arrivals(security::Session& session, const QStringList& appointmentIds)
{
    if (auto s = requirePlanning(session); !s)
        return s.error();
    QHash<QString, QDateTime> out;
    if (appointmentIds.isEmpty())
        return out;
    QVariantList values;
    for (const QString& id : appointmentIds)
        values << id;
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("SELECT id, arrived_at FROM appointments WHERE arrived_at IS NOT NULL AND id IN (%1)")
                                 .arg(placeholders(values.size())),
                      values);
        !s)
        return s.error();
    while (q.next())
        out.insert(q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs));
    return out;
}

} // namespace vigie::scheduling::ArrivalStore
