#include "scheduling/ConvocationStore.h"

#include "scheduling/FollowUpStore.h"
#include "scheduling/StoreSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

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

namespace {

// Records when each live appointment of the batch was convoked and audits the export, in one
// transaction.
core::Status recordConvoked(security::Session& session, const QList<Appointment>& appointments, const QString& detail)
{
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    const QString now = session.clock().nowUtc().toString(Qt::ISODateWithMs);
    for (const Appointment& a : appointments)
        if (a.status == AppointmentStatus::Planned || a.status == AppointmentStatus::Confirmed)
            if (auto s = exec(q, QStringLiteral("UPDATE appointments SET convoked_at = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                                                "WHERE id = ?"),
                              {now, session.nextHlc(), session.account().id, a.id});
                !s)
                return s;
    if (auto s = audited(session, QStringLiteral("export"), QStringLiteral("convocations"), detail); !s)
        return s;
    return tx.commit();
}

} // namespace

core::Result<ConvocationBatch> dayLetters(security::Session& session, QDate day)
{
    auto head = letterhead(session);
    if (!head)
        return head.error();
    auto appointments = AppointmentStore::ofDay(session, day);
    if (!appointments)
        return appointments.error();
    const ConvocationBatch batch = convocationLetters(appointments.value(), head.value(), session.clock().today());
    if (auto s = recordConvoked(session, appointments.value(), QStringLiteral("day=%1 letters=%2").arg(iso(day)).arg(batch.letters)); !s)
        return s.error();
    return batch;
}

core::Result<ConvocationBatch> companyLetters(security::Session& session, const QString& companyIdOrSiren, QDate first, QDate last)
{
    auto company = FollowUpStore::company(session, companyIdOrSiren);
    if (!company)
        return company.error();
    auto head = letterhead(session);
    if (!head)
        return head.error();
    auto appointments = AppointmentStore::between(session, first, last);
    if (!appointments)
        return appointments.error();
    QList<Appointment> ofCompany;
    for (const Appointment& a : appointments.value())
        if (company.value().establishmentIds.contains(a.establishmentId))
            ofCompany << a;
    ConvocationBatch batch = convocationLetters(ofCompany, head.value(), session.clock().today());
    batch.title = QCoreApplication::translate("vigie::scheduling", "Convocations of %1 from %2 to %3")
                      .arg(company.value().name, first.toString(QStringLiteral("dd/MM/yyyy")), last.toString(QStringLiteral("dd/MM/yyyy")));
    batch.headerRight = batch.title;
    if (auto s = recordConvoked(session, ofCompany,
                                QStringLiteral("company=%1 from=%2 to=%3 letters=%4").arg(company.value().id, iso(first), iso(last)).arg(batch.letters));
        !s)
        return s.error();
    return batch;
}

core::Result<ConvocationBatch> appointmentLetters(security::Session& session, const QStringList& appointmentIds)
{
    auto head = letterhead(session);
    if (!head)
        return head.error();
    QList<Appointment> appointments;
    for (const QString& id : appointmentIds) {
        auto found = AppointmentStore::byId(session, id);
        if (!found)
            return found.error();
        if (found.value())
            appointments << *found.value();
    }
    std::sort(appointments.begin(), appointments.end(), [](const Appointment& a, const Appointment& b) {
        return std::tie(a.day, a.start, a.professionalName) < std::tie(b.day, b.start, b.professionalName);
    });
    ConvocationBatch batch = convocationLetters(appointments, head.value(), session.clock().today());
    if (auto s = recordConvoked(session, appointments, QStringLiteral("appointments=%1 letters=%2").arg(appointments.size()).arg(batch.letters)); !s)
        return s.error();
    return batch;
}

} // namespace vigie::scheduling::ConvocationStore
