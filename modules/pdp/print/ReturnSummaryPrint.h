#pragma once
// Return to the company (issue 17 part 5, offer §3.5.3.1): for the employer, a summary of the
// occupational physician's proposals for the worker's post — the signed annexe 4 proposals (L4624-3:
// the measures and what the physician writes to the employer) and their follow-up in the job-retention
// case (supervised trial, CRPE, referrals, the return day, the outcome). Nothing of the state of health.
//
// Rights: reading the case (PdpPolicy) and printing part 5° of the record (AccessPolicy: the physician;
// a collaborator physician under protocol); each refusal and the print are audited.

#include "core/Result.h"
#include "security/Session.h"

namespace vigie::pdp {
core::Status printReturnSummary(security::Session& session, const QString& caseId, const QString& path);
}
