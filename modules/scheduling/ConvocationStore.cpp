#include "scheduling/ConvocationStore.h"

#include "scheduling/StoreSupport.h"

#include <QCoreApplication>

namespace vigie::scheduling::ConvocationStore {
using namespace detail;

core::Result<ServiceLetterhead> letterhead(security::Session& session)
{
    if (auto s = requirePlanning(session); !s)
        return s.error();
    ServiceLetterhead h{QCoreApplication::translate("vigie::scheduling", "Occupational health service"), {}, {}, {}};
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("SELECT name, trim(street || ', ' || postal_code || ' ' || city), phone, email FROM service_identity "
                                        "WHERE deleted = 0 LIMIT 1"));
        !s)
        return s.error();
    if (q.next())
        h = ServiceLetterhead{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return h;
}

core::Result<ConvocationBatch> dayLetters(security::Session& session, QDate day)
{
    auto head = letterhead(session);
    if (!head)
        return head.error();
    auto appointments = AppointmentStore::ofDay(session, day);
    if (!appointments)
        return appointments.error();
    const ConvocationBatch batch = convocationLetters(appointments.value(), head.value(), session.clock().today());
    storage::Transaction tx(session.db());
    QSqlQuery q(session.db().sql());
    const QString now = session.clock().nowUtc().toString(Qt::ISODateWithMs);
    for (const Appointment& a : appointments.value())
        if (a.status == AppointmentStatus::Planned || a.status == AppointmentStatus::Confirmed)
            if (auto s = exec(q, QStringLiteral("UPDATE appointments SET convoked_at = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                                                "WHERE id = ?"),
                              {now, session.nextHlc(), session.account().id, a.id});
                !s)
                return s.error();
    if (auto s = audited(session, QStringLiteral("export"), QStringLiteral("convocations"),
                         QStringLiteral("day=%1 letters=%2").arg(iso(day)).arg(batch.letters));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return batch;
}

} // namespace vigie::scheduling::ConvocationStore
