#include "dmst/AccessRequest.h"

namespace vigie::dmst {

QDate accessDueDate(const QDate& requestedOn, const QDate& oldestData)
{
    // "Older than five years" is judged on the day of the request.
    if (oldestData.isValid() && oldestData < requestedOn.addYears(-5))
        return requestedOn.addMonths(2);
    return requestedOn.addDays(8);
}

} // namespace vigie::dmst
