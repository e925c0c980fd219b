#pragma once
// Requests for workplace actions in the database (0020). Rights as ActionStore: the company-sheet
// module and the establishment in reach. Recording, answering and cancelling are audited; refusals too.

#include "core/Result.h"
#include "prevention/ActionRequest.h"
#include "security/Session.h"

#include <QList>

namespace vigie::prevention::ActionRequestStore {

core::Result<QString> record(security::Session& session, const ActionRequest& request);
// Marks the request answered by the action (same establishment, dated on or after the request).
core::Status answer(security::Session& session, const QString& requestId, const QString& actionId);
core::Status cancel(security::Session& session, const QString& requestId);
// The establishment's requests, latest first.
core::Result<QList<ActionRequest>> list(security::Session& session, const QString& establishmentId);

} // namespace vigie::prevention::ActionRequestStore
