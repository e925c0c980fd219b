#pragma once
// The figures of a company's report (CompanyReport.h) in SQL: for an establishment (SIRET) or an
// enterprise (SIREN), the five years up to `year`. Rights of IndicatorStore for that scope (the
// director and the administrator); audited (report.company).

#include "core/Result.h"
#include "reports/CompanyReport.h"

namespace vigie::security {
class Session;
}

namespace vigie::reports::CompanyStore {

core::Result<CompanyData> collect(security::Session& session, const Scope& scope, int year);

} // namespace vigie::reports::CompanyStore
