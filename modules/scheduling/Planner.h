#pragma once
// The planner (issue 6 part 4): proposes an appointment for each visit to plan — due visits of the
// follow-up rules and open visit requests — into the free slots of the professionals' agendas.
// Pure: same agendas and demands, same proposals; nothing is booked until the assistant accepts.
//
// Order: overdue visits first (the longer overdue, the sooner), then the legally critical ones (before
// assignment — EMA R4624-24, VIP R4624-18 — and the return to work, R4624-31), then by deadline.
// Each visit takes the earliest free slot from max(start of the window, its `earliest`):
//   - with a professional allowed to perform it (MT-only visits with a médecin du travail; the others
//     preferably with a nurse, collaborator or intern, so that physicians' time stays for what only
//     they may do), of a team in charge of the worker's establishment;
//   - inside one opening of the professional's agenda, on a day that is not a public holiday of the
//     territory nor one of its absences, under its daily limit, never over another appointment;
//   - at a company site only for that establishment's workers; by tele-consultation only when asked;
//   - at the places nearest the worker's workplace first (Territory.h: same town, same département,
//     elsewhere), a farther one only when no nearer one has a slot in time.
// A visit that cannot be placed before its deadline gives way to those that can (first pass), then
// takes the first slot left after it (second pass), flagged late. Every proposal says why.

#include "scheduling/Agenda.h"
#include "scheduling/Codes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::scheduling {

// A visit to plan.
struct Demand {
    QString key;                       // stable identity: the request id, or "due:<worker>:<employment>:<kind>"
    QString requestId;                 // the visit request it answers (empty for a due visit of the rules)
    QString workerId;
    QString workerName;                // "DUPONT Marie", for people
    std::optional<QString> employmentId;
    QString establishmentId;
    QStringList teamIds;               // teams in charge of the establishment
    VisitKind kind = VisitKind::Vip;
    std::optional<QDate> earliest;
    QDate latest;                      // the deadline
    Performer performer = Performer::HealthPro;
    QString basis;                     // the article of the deadline
    QDate requestedOn;                 // when the need became known (first-come order of the baseline)
    bool teleconsultation = false;     // the request asks for a tele-consultation (with consent)
    QString replacesAppointment;       // re-planning after a cancellation or a no-show
    QString workplacePostalCode;       // the establishment's: the planner prefers the nearest places (Territory.h)
};

// An appointment proposed to the assistant.
struct Proposal {
    Demand demand;
    QString professionalId;
    QString placeId;
    QDate day;
    int start = 0; // minutes after midnight
    int end = 0;
    bool withinDeadline = true;
    QString explanation; // translated, one line
};

struct Unplaced {
    Demand demand;
    QString reason; // translated
};

struct PlanRequest {
    QDate today;
    QDate from; // first day that may be proposed (inclusive)
    QDate to;   // last day (inclusive)
    QList<Demand> demands;
};

struct Plan {
    QList<Proposal> proposals; // in the order they were decided
    QList<Unplaced> unplaced;
    int withinDeadline() const;
};

// Before assignment (R4624-24, R4624-18) or return to work (R4624-31): the worker is, or is about to
// be, at work without the visit the law requires first.
bool legallyCritical(const Demand& demand);
// The planner's order (see above); ties broken by the key.
bool plannerOrder(const Demand& a, const Demand& b, QDate today);

Plan planVisits(const Agendas& agendas, const PlanRequest& request);

// The baseline of the benchmark: first come, first served — by request date, each visit takes the
// earliest free slot allowed (same constraints), with no look at deadlines.
Plan planFirstComeFirstServed(const Agendas& agendas, const PlanRequest& request);

// Re-planning after a cancellation or a no-show: the same visit, with the same deadline (the law's
// deadline does not move because an appointment failed), flagged as replacing the appointment.
Demand demandAfterFailedAppointment(const Demand& original, const QString& appointmentId);

} // namespace vigie::scheduling
