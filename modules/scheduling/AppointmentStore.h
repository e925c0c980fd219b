#pragma once
// Appointments in the database (issue 6 parts 3–4): the assistant accepts the planner's proposals
// (booked in one transaction), moves an appointment to another slot (checked like any booking:
// performer, opening hours, holidays, absences, place, daily limit, no overlap), confirms it, and
// records its outcome: done (the visit joins the worker's visits, the request is answered), cancelled
// or no-show (the request is open again with its deadline unchanged, and the planner proposes the
// visit anew). The database itself refuses two overlapping live appointments of one professional
// (triggers of 0008_scheduling.sql). Rights: the Planning module and the account's teams.

#include "core/Result.h"
#include "scheduling/Planner.h"
#include "security/Session.h"

#include <QDate>
#include <QList>
#include <QString>

namespace vigie::scheduling {

enum class AppointmentStatus { Planned, Confirmed, Done, Cancelled, NoShow };
QString codeOf(AppointmentStatus status); // planned, confirmed, done, cancelled, no_show
std::optional<AppointmentStatus> appointmentStatusFromCode(const QString& code);

struct Appointment {
    QString id;
    QString workerId;
    QString workerName;        // "DUPONT Marie"
    QString employmentId;
    QString postTitle;
    QString establishmentId;
    QString establishmentName;
    QString establishmentAddress;
    QString requestId;
    VisitKind kind = VisitKind::Vip;
    Performer performer = Performer::HealthPro;
    std::optional<QDate> earliest;
    QDate dueBy;
    QString basis;
    QString professionalId;
    QString professionalName;
    QString placeId;
    QString placeName;
    PlaceKind placeKind = PlaceKind::Centre;
    QString placeAddress;
    QDate day;
    int start = 0;
    int end = 0;
    AppointmentStatus status = AppointmentStatus::Planned;
    QString explanation;
    QDate bookedOn;
    QString replacesId;
};

namespace AppointmentStore {

// Books the accepted proposals, all or none; returns the new appointment ids in the same order.
core::Result<QStringList> accept(security::Session& session, const QList<Proposal>& proposals);
// Moves an appointment (planned or confirmed) to another professional, day or time.
core::Status move(security::Session& session, const QString& appointmentId, const QString& professionalId, QDate day,
                  int start);
core::Status setStatus(security::Session& session, const QString& appointmentId, AppointmentStatus status);
// The appointments of a day (all statuses), by time then professional, in the account's teams.
core::Result<QList<Appointment>> ofDay(security::Session& session, QDate day);
// The same from `first` to `last` (inclusive), by day, time then professional.
core::Result<QList<Appointment>> between(security::Session& session, QDate first, QDate last);
core::Result<std::optional<Appointment>> byId(security::Session& session, const QString& appointmentId);

} // namespace AppointmentStore
} // namespace vigie::scheduling
