#pragma once
// The worker's request for his record (R4624-45-8; L1111-7 CSP): the record is communicated at the
// latest 8 days after the request, or 2 months when the information is more than 5 years old. Pure code.

#include <QDate>
#include <QString>

#include <optional>

namespace vigie::dmst {

// The legal due date of a request made on `requestedOn` when the oldest information communicated
// dates from `oldestData` (invalid: nothing dated, the 8-day delay applies).
QDate accessDueDate(const QDate& requestedOn, const QDate& oldestData);

// Who may ask (L1110-4 and L1111-7 CSP): the worker, a physician he designates, his legal
// representative, an heir after his death.
enum class Requester { Worker, Physician, Representative, Heir };
QString requesterCode(Requester r); // worker, physician, representative, heir
std::optional<Requester> requesterFromCode(const QString& code);
QString requesterText(Requester r); // translated

// Where a request stands on `today`: fulfilled (on time or late), pending until its due date included,
// overdue after it.
enum class RequestState { Pending, Overdue, Fulfilled, FulfilledLate };
RequestState requestState(const QDate& dueOn, const QDate& fulfilledOn, const QDate& today);
QString requestStateText(RequestState s); // translated: "in progress", "overdue", "fulfilled", "fulfilled late"

} // namespace vigie::dmst
