#pragma once
// What the indicators need and no other module recorded (0021): satisfaction answers (typed in or
// imported from a CSV, by the director or the administrator) and the long-term condition (ALD) noted
// in part 3° of a worker's record (by those who may write part 3°, PolicyStore::require). Every write
// is audited, every refusal too.

#include "core/Result.h"
#include "reports/Satisfaction.h"

#include <QDate>

namespace vigie::security {
class Session;
}

namespace vigie::reports::SurveyStore {

// Records the answers in one transaction (source "manual" for one typed in, "import" with the batch
// name for a file); returns how many. A SIRET must name a known establishment.
core::Result<int> recordAnswers(security::Session& session, const QList<SatisfactionAnswer>& answers, const QString& batch = {});

// Notes (or ends) a long-term condition in part 3° of the worker's record: the fact and its dates only.
core::Status noteLongTermCondition(security::Session& session, const QString& workerId, const QDate& notedOn);
core::Status endLongTermCondition(security::Session& session, const QString& workerId, const QDate& endedOn);

} // namespace vigie::reports::SurveyStore
