#pragma once
// The demo's company sheets (issue 8): validated versions for some of team A's establishments, some
// of them old enough to be due for renewal, one with two versions, one sent to the employer, so that
// history, diff, printing and the due list show something real.

#include "core/Clock.h"
#include "core/Result.h"

#include <QDate>
#include <QStringList>

namespace vigie::cli {

// Signs in as the demo IPRP with its own clock (moved back in time for the older versions) and
// validates sheets for the first establishments of `sirets`.
core::Status populateDemoCompanySheets(const QString& databasePath, const QString& password, const QStringList& sirets,
                                       const QDate& today);

} // namespace vigie::cli
