#pragma once
// The worker's arrival at an appointment ("Ma journée", issue 18): marked by a professional of the
// appointment's teams (the rights of AppointmentStore::byId), only on the appointment's day and while
// it is live (planned or confirmed); audited. Read back for the appointments a page already shows.

#include "core/Result.h"
#include "security/Session.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace vigie::scheduling::ArrivalStore {

core::Status markArrived(security::Session& session, const QString& appointmentId);
// Arrival times (UTC) of those of `appointmentIds` whose worker arrived.
core::Result<QHash<QString, QDateTime>> arrivals(security::Session& session, const QStringList& appointmentIds);

} // namespace vigie::scheduling::ArrivalStore
