#pragma once
// The counting of the offer's indicators (indicators-contract.md) in SQL, over a period and a scope,
// following the definitions of OfferIndicators.h. Figures go through publishFigure (ratios, small
// cells) before they leave: the exact figures of a small cell never leave this file.
//
// Rights: the director and the administrator, any scope; a physician, the scopes of the teams he
// belongs to ("team:ID"); everyone else is refused. Every computation is audited (report.indicators),
// every refusal too. Aggregates only: nothing here returns a worker.

#include "core/Result.h"
#include "reports/OfferIndicators.h"

#include "pdp/RetentionFigures.h"

namespace vigie::security {
class Session;
}

namespace vigie::reports {
class FollowedSet;
}

namespace vigie::reports::IndicatorStore {

// Every indicator of the contract, in its order. ErrorCode::Denied (audited) outside the rights above;
// ErrorCode::Invalid when the scope names no known team, establishment or enterprise.
core::Result<QList<IndicatorResult>> compute(security::Session& session, const Period& period, const Scope& scope);
// The same with the followed set of a caller's store call (FollowedSet.h), used when it is the one of
// the period's last day and scope, else a set of their own is built (ActivityStore shares its own).
core::Result<QList<IndicatorResult>> compute(security::Session& session, const Period& period, const Scope& scope, FollowedSet& shared);

// Response delays of the requests answered in the period, in scope (same rights as compute()): visit
// requests by kind (request to the visit that took place for it; target: its latest date), then the
// requests for workplace actions under the code "WORKPLACE_ACTION" (request to the action that
// answered it; target: ActionRequestTargetDays). Aggregates only. Audited.
struct DelayRow {
    QString kind;
    DelayStats stats;
};
core::Result<QList<DelayRow>> delays(security::Session& session, const Period& period, const Scope& scope);
core::Result<QList<DelayRow>> delays(security::Session& session, const Period& period, const Scope& scope, FollowedSet& shared);

// The job-retention figures of the period in scope (pdp/RetentionFigures.h defines them): the PDP
// cases, steps, social follow-ups and reviews of the whole service, or in a narrower scope those of the
// workers followed at D in it. Same rights as compute(); aggregates only; audited (report.retention).
core::Result<pdp::RetentionFigures> retention(security::Session& session, const Period& period, const Scope& scope);
core::Result<pdp::RetentionFigures> retention(security::Session& session, const Period& period, const Scope& scope, FollowedSet& shared);

// The checks of compute() alone (used by screens before they offer a scope).
core::Status requireScope(security::Session& session, const Scope& scope);

} // namespace vigie::reports::IndicatorStore
