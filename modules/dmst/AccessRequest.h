#pragma once
// The worker's request for his record (R4624-45-8; L1111-7 CSP): the record is communicated at the
// latest 8 days after the request, or 2 months when the information is more than 5 years old. Pure code.

#include <QDate>

namespace vigie::dmst {

// The legal due date of a request made on `requestedOn` when the oldest information communicated
// dates from `oldestData` (invalid: nothing dated, the 8-day delay applies).
QDate accessDueDate(const QDate& requestedOn, const QDate& oldestData);

} // namespace vigie::dmst
