#pragma once
// The figures of a barometer (Barometer.h) in SQL, for an establishment (SIRET) or an enterprise
// (SIREN) and a civil year, with its branch (the member establishments of the same NAF division).
// Rights of IndicatorStore for that scope (the director and the administrator); audited (report.barometer).

#include "core/Result.h"
#include "reports/Barometer.h"

namespace vigie::security {
class Session;
}

namespace vigie::reports::BarometerStore {

core::Result<BarometerData> collect(security::Session& session, const Scope& scope, int year,
                                    int minimumWorkers = BarometerMinimumWorkers);

} // namespace vigie::reports::BarometerStore
