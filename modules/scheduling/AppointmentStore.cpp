#include "scheduling/AppointmentStore.h"

#include "scheduling/AgendaStore.h"
#include "scheduling/StoreSupport.h"

#include <QCoreApplication>
#include <QSet>

namespace vigie::scheduling {

QString codeOf(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Planned: return QStringLiteral("planned");
    case AppointmentStatus::Confirmed: return QStringLiteral("confirmed");
    case AppointmentStatus::Done: return QStringLiteral("done");
    case AppointmentStatus::Cancelled: return QStringLiteral("cancelled");
    case AppointmentStatus::NoShow: return QStringLiteral("no_show");
    }
    return {};
}

std::optional<AppointmentStatus> appointmentStatusFromCode(const QString& code)
{
    for (AppointmentStatus s : {AppointmentStatus::Planned, AppointmentStatus::Confirmed, AppointmentStatus::Done,
                                AppointmentStatus::Cancelled, AppointmentStatus::NoShow})
        if (codeOf(s) == code)
            return s;
    return std::nullopt;
}

namespace AppointmentStore {
using namespace detail;

namespace {

core::Error invalid(const QString& m) { return core::Error{core::ErrorCode::Invalid, m}; }

// The establishments of the account's teams.
core::Result<QSet<QString>> establishmentsInScope(security::Session& session, const QStringList& teams)
{
    QSet<QString> out;
    if (teams.isEmpty())
        return out;
    QVariantList values;
    for (const QString& t : teams)
        values << t;
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("SELECT establishment_id FROM team_establishments WHERE deleted = 0 AND team_id IN (%1)")
                                 .arg(placeholders(values.size())),
                      values);
        !s)
        return s.error();
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

const QString selectAppointment = QStringLiteral(
    "SELECT a.id, a.worker_id, w.birth_name || char(31) || COALESCE(NULLIF(w.used_first_name, ''), w.first_birth_first_name), "
    "COALESCE(a.employment_id, ''), COALESCE(e.post_title, ''), COALESCE(a.establishment_id, ''), COALESCE(s.name, ''), "
    "trim(COALESCE(s.address, '') || ' ' || COALESCE(s.postal_code, '') || ' ' || COALESCE(s.city, '')), COALESCE(a.request_id, ''), "
    "a.kind, a.performer, a.earliest, a.due_by, a.basis, a.professional_id, p.display_name, a.place_id, pl.name, pl.kind, "
    "COALESCE(pl.address, ''), a.day, a.start_time, a.end_time, a.status, a.explanation, a.booked_on, COALESCE(a.replaces_id, '') "
    "FROM appointments a JOIN workers w ON w.id = a.worker_id JOIN accounts p ON p.id = a.professional_id "
    "JOIN agenda_places pl ON pl.id = a.place_id LEFT JOIN employments e ON e.id = a.employment_id "
    "LEFT JOIN establishments s ON s.id = a.establishment_id WHERE a.deleted = 0 ");

Appointment readAppointment(const QSqlQuery& q)
{
    Appointment a;
    a.id = q.value(0).toString();
    a.workerId = q.value(1).toString();
    // The birth name in capitals as people write it (SQLite's upper() leaves "è" small: "LEFèVRE").
    const QStringList name = q.value(2).toString().split(QChar(31));
    a.workerName = name.value(0).toUpper() + QLatin1Char(' ') + name.value(1);
    a.employmentId = q.value(3).toString();
    a.postTitle = q.value(4).toString();
    a.establishmentId = q.value(5).toString();
    a.establishmentName = q.value(6).toString();
    a.establishmentAddress = q.value(7).toString();
    a.requestId = q.value(8).toString();
    a.kind = visitKindFromCode(q.value(9).toString()).value_or(VisitKind::OnRequest);
    a.performer = q.value(10).toString() == QLatin1String("MT") ? Performer::Mt : Performer::HealthPro;
    a.earliest = optDateOf(q.value(11));
    a.dueBy = dateOf(q.value(12));
    a.basis = q.value(13).toString();
    a.professionalId = q.value(14).toString();
    a.professionalName = q.value(15).toString();
    a.placeId = q.value(16).toString();
    a.placeName = q.value(17).toString();
    a.placeKind = placeKindFromCode(q.value(18).toString()).value_or(PlaceKind::Centre);
    a.placeAddress = q.value(19).toString();
    a.day = dateOf(q.value(20));
    a.start = minutesOf(q.value(21).toString());
    a.end = minutesOf(q.value(22).toString());
    a.status = appointmentStatusFromCode(q.value(23).toString()).value_or(AppointmentStatus::Planned);
    a.explanation = q.value(24).toString();
    a.bookedOn = dateOf(q.value(25));
    a.replacesId = q.value(26).toString();
    return a;
}

core::Error overlapOrFailure(const QSqlQuery& q)
{
    if (storage::sqlErrorText(q).contains(QLatin1String("overlaps")))
        return invalid(QCoreApplication::translate("vigie::scheduling", "The professional already has an appointment at that time"));
    return sqlFailure(q);
}

} // namespace

core::Result<std::optional<Appointment>> byId(security::Session& session, const QString& appointmentId)
{
    auto teams = planningTeams(session);
    if (!teams)
        return teams.error();
    auto scope = establishmentsInScope(session, teams.value());
    if (!scope)
        return scope.error();
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, selectAppointment + QStringLiteral("AND a.id = ?"), {appointmentId}); !s)
        return s.error();
    if (!q.next())
        return std::optional<Appointment>();
    Appointment a = readAppointment(q);
    if (!scope.value().contains(a.establishmentId))
        return refused(session, QStringLiteral("read"), QStringLiteral("appointment"),
                       QCoreApplication::translate("vigie::scheduling", "Access refused: this appointment is not in your teams' establishments"));
    return std::optional<Appointment>(a);
}

core::Result<QList<Appointment>> ofDay(security::Session& session, QDate day)
{
    return between(session, day, day);
}

core::Result<QList<Appointment>> between(security::Session& session, QDate first, QDate last)
{
    auto teams = planningTeams(session);
    if (!teams)
        return teams.error();
    auto scope = establishmentsInScope(session, teams.value());
    if (!scope)
        return scope.error();
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, selectAppointment + QStringLiteral("AND a.day >= ? AND a.day <= ? ORDER BY a.day, a.start_time, p.display_name, a.id"),
                      {iso(first), iso(last)});
        !s)
        return s.error();
    QList<Appointment> out;
    while (q.next()) {
        Appointment a = readAppointment(q);
        if (scope.value().contains(a.establishmentId))
            out.append(a);
    }
    if (auto s = audited(session, QStringLiteral("read"), QStringLiteral("appointments.day"),
                         QStringLiteral("from=%1 to=%2 count=%3").arg(iso(first), iso(last)).arg(out.size()));
        !s)
        return s.error();
    return out;
}

core::Result<QStringList> accept(security::Session& session, const QList<Proposal>& proposals)
{
    auto teams = planningTeams(session);
    if (!teams)
        return teams.error();
    QStringList ids;
    if (proposals.isEmpty())
        return ids;
    auto scope = establishmentsInScope(session, teams.value());
    if (!scope)
        return scope.error();
    QDate first = proposals.first().day, last = first;
    for (const Proposal& p : proposals) {
        first = std::min(first, p.day);
        last = std::max(last, p.day);
    }
    auto agendas = AgendaStore::load(session, teams.value(), first, last);
    if (!agendas)
        return agendas.error();
    Agendas a = agendas.value();
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    const QString today = iso(session.clock().today());
    for (const Proposal& p : proposals) {
        if (!scope.value().contains(p.demand.establishmentId))
            return refused(session, QStringLiteral("write"), QStringLiteral("appointment"),
                           QCoreApplication::translate("vigie::scheduling", "Access refused: %1 is not in your teams' establishments").arg(p.demand.workerName));
        // A proposal is checked again: the agenda may have changed since it was made.
        const QString why = slotRefusal(a, SlotQuestion{a.professional(p.professionalId), p.day, p.start, p.end - p.start,
                                                        p.demand.performer, p.demand.establishmentId, p.demand.teleconsultation});
        if (!why.isEmpty())
            return invalid(QCoreApplication::translate("vigie::scheduling", "%1, %2 at %3: %4")
                               .arg(p.demand.workerName, p.day.toString(QStringLiteral("dd/MM/yyyy")), clockText(p.start), why));
        const QString id = session.newId();
        if (!q.prepare(QStringLiteral("INSERT INTO appointments(id, worker_id, employment_id, establishment_id, request_id, kind, performer, "
                                      "earliest, due_by, basis, professional_id, place_id, day, start_time, end_time, status, explanation, "
                                      "booked_on, booked_by, replaces_id, hlc, updated_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?, ?, ?, ?, ?)")))
            return sqlFailure(q);
        for (const QVariant& v : QVariantList{id, p.demand.workerId, textOrNull(p.demand.employmentId.value_or(QString())),
                                              textOrNull(p.demand.establishmentId), textOrNull(p.demand.requestId), codeOf(p.demand.kind),
                                              codeOf(p.demand.performer), dateOrNull(p.demand.earliest), iso(p.demand.latest),
                                              p.demand.basis, p.professionalId, p.placeId, iso(p.day), clockText(p.start),
                                              clockText(p.end), p.explanation, today, session.account().id,
                                              textOrNull(p.demand.replacesAppointment), session.nextHlc(), session.account().id})
            q.addBindValue(v);
        if (!q.exec())
            return overlapOrFailure(q);
        if (!p.demand.requestId.isEmpty())
            if (auto s = exec(q, QStringLiteral("UPDATE visit_requests SET status = 'planned', row_version = row_version + 1, hlc = ?, "
                                                "updated_by = ? WHERE id = ? AND status = 'open'"),
                              {session.nextHlc(), session.account().id, p.demand.requestId});
                !s)
                return s.error();
        a.bookings.append(Booking{p.professionalId, p.day, p.start, p.end});
        ids << id;
    }
    if (auto s = audited(session, QStringLiteral("write"), QStringLiteral("appointments.accept"), QStringLiteral("count=%1").arg(ids.size())); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return ids;
}

core::Status move(security::Session& session, const QString& appointmentId, const QString& professionalId, QDate day, int start)
{
    auto found = byId(session, appointmentId);
    if (!found)
        return found.error();
    if (!found.value())
        return invalid(QCoreApplication::translate("vigie::scheduling", "Unknown appointment %1").arg(appointmentId));
    const Appointment ap = *found.value();
    if (ap.status != AppointmentStatus::Planned && ap.status != AppointmentStatus::Confirmed)
        return invalid(QCoreApplication::translate("vigie::scheduling", "Only a planned or confirmed appointment can be moved"));
    auto teams = planningTeams(session);
    if (!teams)
        return teams.error();
    auto agendas = AgendaStore::load(session, teams.value(), day, day);
    if (!agendas)
        return agendas.error();
    Agendas a = agendas.value();
    a.bookings.removeIf([&](const Booking& b) {
        return b.professionalId == ap.professionalId && b.day == ap.day && b.start == ap.start && b.end == ap.end;
    });
    bool tele = false;
    {
        QSqlQuery q(session.db().sql());
        if (auto s = exec(q, QStringLiteral("SELECT teleconsultation FROM visit_requests WHERE id = ?"), {ap.requestId}); !s)
            return s;
        tele = q.next() && q.value(0).toInt() == 1;
    }
    const int minutes = ap.end - ap.start;
    const Professional* pro = a.professional(professionalId);
    const QString why = slotRefusal(a, SlotQuestion{pro, day, start, minutes, ap.performer, ap.establishmentId, tele});
    if (!why.isEmpty())
        return invalid(why);
    const OpeningHours* opening = openingAt(*pro, day, start, start + minutes);
    QSqlQuery q(session.db().sql());
    if (!q.prepare(QStringLiteral("UPDATE appointments SET professional_id = ?, place_id = ?, day = ?, start_time = ?, end_time = ?, "
                                  "status = 'planned', explanation = ?, row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ?")))
        return sqlFailure(q);
    for (const QVariant& v : QVariantList{professionalId, opening->placeId, iso(day), clockText(start), clockText(start + minutes),
                                          QCoreApplication::translate("vigie::scheduling", "Moved by hand"), session.nextHlc(),
                                          session.account().id, appointmentId})
        q.addBindValue(v);
    if (!q.exec())
        return overlapOrFailure(q);
    return audited(session, QStringLiteral("write"), QStringLiteral("appointment.move"), QStringLiteral("appointment=%1").arg(appointmentId),
                   ap.workerId);
}

core::Status setStatus(security::Session& session, const QString& appointmentId, AppointmentStatus status)
{
    auto found = byId(session, appointmentId);
    if (!found)
        return found.error();
    if (!found.value())
        return invalid(QCoreApplication::translate("vigie::scheduling", "Unknown appointment %1").arg(appointmentId));
    const Appointment ap = *found.value();
    const bool live = ap.status == AppointmentStatus::Planned || ap.status == AppointmentStatus::Confirmed;
    if (!live || status == AppointmentStatus::Planned || (status == AppointmentStatus::Confirmed && ap.status != AppointmentStatus::Planned))
        return invalid(QCoreApplication::translate("vigie::scheduling", "An appointment %1 cannot become %2")
                           .arg(codeOf(ap.status), codeOf(status)));
    if ((status == AppointmentStatus::Done || status == AppointmentStatus::NoShow) && ap.day > session.clock().today())
        return invalid(QCoreApplication::translate("vigie::scheduling", "The appointment of %1 has not taken place yet")
                           .arg(ap.day.toString(QStringLiteral("dd/MM/yyyy"))));
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    const QString now = session.clock().nowUtc().toString(Qt::ISODateWithMs);
    if (auto s = exec(q, QStringLiteral("UPDATE appointments SET status = ?, status_changed_at = ?, row_version = row_version + 1, hlc = ?, "
                                        "updated_by = ? WHERE id = ?"),
                      {codeOf(status), now, session.nextHlc(), session.account().id, appointmentId});
        !s)
        return s;
    QString requestStatus;
    if (status == AppointmentStatus::Done) {
        // The visit took place: it joins the worker's visits, which the follow-up rules read.
        if (auto s = exec(q, QStringLiteral("INSERT INTO visits(id, worker_id, establishment_id, kind, visit_date, professional_id, status, "
                                            "hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, 'done', ?, ?)"),
                          {session.newId(), ap.workerId, textOrNull(ap.establishmentId), codeOf(ap.kind), iso(ap.day), ap.professionalId,
                           session.nextHlc(), session.account().id});
            !s)
            return s;
        requestStatus = QStringLiteral("done");
    } else if (status == AppointmentStatus::Cancelled || status == AppointmentStatus::NoShow) {
        requestStatus = QStringLiteral("open"); // planned anew, same deadline
    }
    if (!requestStatus.isEmpty() && !ap.requestId.isEmpty())
        if (auto s = exec(q, QStringLiteral("UPDATE visit_requests SET status = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                                            "WHERE id = ?"),
                          {requestStatus, session.nextHlc(), session.account().id, ap.requestId});
            !s)
            return s;
    if (auto s = audited(session, QStringLiteral("write"), QStringLiteral("appointment.status"),
                         QStringLiteral("appointment=%1 status=%2").arg(appointmentId, codeOf(status)), ap.workerId);
        !s)
        return s;
    return tx.commit();
}

} // namespace AppointmentStore
} // namespace vigie::scheduling
