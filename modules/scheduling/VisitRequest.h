#pragma once
// Visit requests (glossary: "demande de visite"; issue 6 part 2). Who asks, for what, and by when the
// visit must take place: the date of the request is recorded, and the delay to the appointment and to
// the visit is measured against the regulatory deadline. Pure: the store (VisitRequestStore.h) records.
//
// Who may ask what (domain-rules.md §2):
//   - hiring: the employer (initial VIP/EMA, deadline from the follow-up rules, rule 3);
//   - return to work: the employer, as soon as it knows the end of the leave (R4624-31: on the day of
//     return and at the latest 8 days after it);
//   - on request (R4624-34): the employer or the worker — never a ground for a sanction — and the
//     physician, who may call any worker; no statutory deadline: the service's target applies;
//   - pre-return (L4624-2-4, R4624-29): the worker, the attending doctor, the médecin conseil or the
//     physician — never the employer.

#include "core/Result.h"
#include "scheduling/Codes.h"
#include "scheduling/DueVisit.h"

#include <QDate>
#include <QString>

#include <optional>

namespace vigie::scheduling {

enum class RequestOrigin { Company, Worker, Physician, Service }; // Service: the declaration's arrivals, the rules
enum class RequestMotive { Hiring, Return, OnRequest, PreReturn };

QString codeOf(RequestOrigin origin); // company, worker, physician, service
QString codeOf(RequestMotive motive); // hiring, return, on_request, pre_return
std::optional<RequestOrigin> requestOriginFromCode(const QString& code);
std::optional<RequestMotive> requestMotiveFromCode(const QString& code);

// The service's own target for visits the law sets no deadline for (on request, pre-return): a
// configuration, shown as such ("service target") and never presented as an article.
inline constexpr int ServiceTargetDays = 30;

// A request as typed by the assistant.
struct RequestInput {
    RequestOrigin origin = RequestOrigin::Company;
    RequestMotive motive = RequestMotive::OnRequest;
    QDate requestedOn;
    QDate returnDate;                  // Return: the first day back at work
    bool physicianWanted = false;      // on request: the worker asks for the médecin du travail (R4624-34)
    std::optional<DueVisit> initial;   // Hiring: the initial visit the rules give (scheduling::initialVisit)
};

// What the request is for: the visit kind, its window, who may perform it, the deadline's basis.
struct RequestDeadline {
    VisitKind kind = VisitKind::OnRequest;
    std::optional<QDate> earliest;
    QDate latest;
    Performer performer = Performer::HealthPro;
    QString basis;
    bool statutory = true; // false: the service's target, not a regulatory deadline
};

// The deadline of a request, or ErrorCode::Invalid with the reason (an origin that may not ask for
// that visit, a missing date, a hiring request for a post whose initial visit is already done).
core::Result<RequestDeadline> deadlineOf(const RequestInput& input);

// The delays of a request, in calendar days: from the request to the day the appointment was made,
// from the request to the visit, and the margin left before the deadline (negative: late).
struct RequestDelays {
    std::optional<int> toAppointment;
    std::optional<int> toVisit;
    std::optional<int> margin;      // deadline − visit day (or − today while no visit)
    bool withinDeadline = false;    // the visit happened, or is booked, no later than the deadline
};
RequestDelays measureDelays(QDate requestedOn, QDate dueBy, std::optional<QDate> bookedOn,
                            std::optional<QDate> visitDay);

} // namespace vigie::scheduling
