#pragma once
// What there is to plan for a set of teams (issue 6 part 4): the open visit requests of the workers of
// their establishments, and the visits the follow-up rules (Rules.h) find due for those workers, read
// from the database (employments with their R4624-23 risks, visits done, absences, flags).
//
// A due visit is planned when its deadline falls before `horizon` (the end of the planning period
// plus a month, so that a visit due just after the period can be seen in time). A due visit is left
// out when an open request or a live appointment (planned, confirmed) already answers it (same worker,
// kind and employment): the request carries it, or it is booked.
//
// Periodic visits follow the protocol of the team in charge of the establishment (ProtocolStore),
// the legal maxima without one.
//
// Rights: the Planning module; only the establishments of the given teams. Reading due dates is
// audited once per run (identifiers only).

#include "core/Result.h"
#include "scheduling/Planner.h"
#include "scheduling/Situation.h"
#include "security/Session.h"

#include <QDate>
#include <QStringList>

namespace vigie::scheduling::DemandStore {

core::Result<QList<Demand>> load(security::Session& session, const QStringList& teamIds, QDate today, QDate horizon);

// The rules' input for one worker, from the database (no rights check: callers have checked).
core::Result<Worker> situationOf(security::Session& session, const QString& workerId);

} // namespace vigie::scheduling::DemandStore
