#pragma once
// The workers who may be named as participants of a workplace action (issue 19 item 6): those
// employed at the establishment on the action's date. Same rights as ActionStore (the company-sheet
// module and the establishment in reach; refusals audited by the stores it calls); the read is audited.

#include "core/Result.h"
#include "security/Session.h"

#include <QDate>
#include <QList>
#include <QString>

namespace vigie::prevention {

struct KnownWorker {
    QString id;
    QString name; // NAME First name, as lists show it
};

namespace ParticipantStore {
// Employed at `establishmentId` on `date` (employment started on or before, not ended before), by
// name; at most `limit` (the caller says when there are more).
core::Result<QList<KnownWorker>> employedAt(security::Session& session, const QString& establishmentId, const QDate& date, int limit);
} // namespace ParticipantStore

} // namespace vigie::prevention
