#pragma once
// The demo's job retention (issue 17): the social worker joins team A and finds a real caseload —
// stoppages of more than 30 days of team A's workers, PDP cases at every stage (liaison, pre-return and
// return visits, adjustment proposal, essai encadré, CRPE, referral, closed with its outcome), social
// follow-ups with reviews done, due and overdue, and two new flags for the cell.

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace vigie::cli {

core::Status populateDemoPdp(const QString& databasePath, const QString& password, const QString& teamAId, const QDate& today);

} // namespace vigie::cli
