#pragma once
// One definition of "the visits to plan", shared by every screen and command that counts them (issue
// 19: the worklist, the agenda page's list and the CLI once showed three different numbers): the open
// requests and the visits the follow-up rules find due by two months from today, overdue included, in
// the teams the account plans for, in the planner's order. A test compares the screens with it.

#include "core/Result.h"
#include "scheduling/Planner.h"
#include "security/Session.h"

#include <QDate>

namespace vigie::scheduling {

// The last deadline a visit "to plan" may have: two months from today.
QDate toPlanHorizon(QDate today);

// The visits to plan of the account's teams (AgendaStore::teamsToPlan), sorted by plannerOrder.
core::Result<QList<Demand>> visitsToPlan(security::Session& session);

} // namespace vigie::scheduling
