#include "scheduling/Situation.h"

namespace vigie::scheduling {

bool countsFor(const Visit& visit, const QString& employmentId)
{
    return !visit.employment || *visit.employment == employmentId;
}

bool countsFor(const Visit& visit, const std::optional<QString>& employmentId)
{
    if (!visit.employment)
        return true;
    return employmentId && *visit.employment == *employmentId;
}

} // namespace vigie::scheduling
