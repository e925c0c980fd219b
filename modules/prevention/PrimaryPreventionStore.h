#pragma once
// Primary prevention in the database (issue 19 item 6): the service's interval (prevention_settings,
// 0076; the administrator's, changes and refusals audited), an establishment's status (its latest
// primary-prevention action and when the next one is due) and the establishments in the user's reach,
// active members, without one in the window. Reading: the company-sheet module, as ActionStore.

#include "core/Result.h"
#include "prevention/PrimaryPrevention.h"
#include "security/Session.h"

#include <QList>

namespace vigie::prevention {

struct EstablishmentWithout {
    QString establishmentId;
    QString siret;
    QString name;
    QString city;
    PrimaryPreventionStatus status;
};

namespace PrimaryPreventionStore {
// The interval in years (DefaultPrimaryPreventionYears until set). The company-sheet or administration module.
core::Result<int> intervalYears(security::Session& session);
// Only the administrator; out of bounds → Invalid naming the value, nothing written.
core::Status setIntervalYears(security::Session& session, int years);
// The establishment's status as of the session's today (the establishment in reach, as ActionStore::list).
core::Result<PrimaryPreventionStatus> status(security::Session& session, const QString& establishmentId);
// Active members in reach without a primary-prevention action within the interval, the most overdue first.
core::Result<QList<EstablishmentWithout>> withoutAction(security::Session& session);
} // namespace PrimaryPreventionStore

} // namespace vigie::prevention
