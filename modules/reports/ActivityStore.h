#pragma once
// The figures of the annual activity report (ActivityReport.h) counted in SQL for a civil year and a
// scope, with the indicators of that year and of the year before. Same rights as the indicators
// (IndicatorStore: director, administrator, a physician for his teams); audited (report.activity).

#include "core/Result.h"
#include "reports/ActivityReport.h"

namespace vigie::reports::ActivityStore {

core::Result<ActivityData> collect(security::Session& session, int year, const Scope& scope);

} // namespace vigie::reports::ActivityStore
