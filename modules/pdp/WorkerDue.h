#pragma once
// `vigie-cli due --worker ID`: the follow-up rules (rules-contract.md) on one worker's situation as
// recorded — employments with their risks, visits done, work stoppages (rule 5, the return visit) —
// each employment with the protocol of the team in charge of its establishment.
//
// Rights: reading the worker's stoppages (security/PdpPolicy: the professionals, assistants and
// planners of the worker's team); a refusal is audited, the read too.

#include "core/Result.h"
#include "scheduling/DueVisit.h"
#include "security/Session.h"

namespace vigie::pdp::WorkerDue {
// Sorted as the contract's output (sortDue).
core::Result<QList<scheduling::DueVisit>> of(security::Session& session, const QString& workerId, const QDate& today);
} // namespace vigie::pdp::WorkerDue
