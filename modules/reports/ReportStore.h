#pragma once
// The SQL of the indicators. Every function requires the Reports module (directors, physicians) and
// returns counts already through the small-cell rule (Indicators.h): an exact count from 1 to 4
// never leaves this file. Dates come from the session's clock, never from the machine.

#include "core/Result.h"
#include "reports/Indicators.h"

namespace vigie::security {
class Session;
}

namespace vigie::reports::ReportStore {

// Service-wide overview as of the session's day: member establishments by status, workers with a
// current employment by follow-up category, visits done in the last 12 months by kind, no-shows.
// Audited (read of report.overview); refused and audited without the Reports module.
core::Result<Overview> overview(security::Session& session);

} // namespace vigie::reports::ReportStore
