#pragma once
// One definition of the team follow-up's rows and counts (issue 19: one definition per count): the
// visits due by `horizon` that no appointment answers (DemandStore::load) and the live appointments
// of a year back to two years ahead, in the states of FollowUp.h. The follow-up page shows them; the
// demo's test measures its share of overdue visits per team with the same functions.

#include "core/Result.h"
#include "scheduling/FollowUp.h"
#include "security/Session.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace vigie::scheduling {

// The rows of the teams' follow-up on the session's today, deadlines by `horizon`.
core::Result<QList<DueRow>> followUpRows(security::Session& session, const QStringList& teamIds, QDate horizon);

// The counts of a scope (a team: its establishments), each establishment counted once, as the
// follow-up page's tree sums them.
EstablishmentCounts scopeCounts(const QList<DueRow>& rows, const QStringList& establishmentIds);

// The share of overdue visits in a scope's counts: overdue / (overdue + due + planned); 0 when empty.
double overdueShare(const EstablishmentCounts& counts);

} // namespace vigie::scheduling
