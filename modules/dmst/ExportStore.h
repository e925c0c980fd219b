#pragma once
// The worker's access request and the export of his whole record (R4624-45-8, L1111-7 CSP,
// security-requirements.md RGPD-01): the request is recorded with its legal due date (8 days, or two
// months when data is more than five years old), the export needs Action::Export on every part
// (audited part by part, refusals too), and the request is marked fulfilled with the format sent.
// Personal notes are never read here.

#include "core/Result.h"
#include "dmst/AccessRequest.h"
#include "dmst/RecordExport.h"
#include "dmst/Retention.h"
#include "security/Session.h"

namespace vigie::dmst {

struct AccessRequest {
    QString id;
    QString workerId;
    QDate requestedOn;
    QDate oldestData;
    QDate dueOn;
    QDate fulfilledOn;
    QString format;
    Requester requester = Requester::Worker;
    QString requesterName;   // the physician's, representative's or heir's name
    QString scope;           // empty: the whole record
};

namespace ExportStore {
// The whole record as communicated (closed consultations, signed documents). Export on 1° to 7°.
core::Result<RecordSnapshot> snapshot(security::Session& session, const QString& workerId);
// Records a request made on `requestedOn` (the due date computed from the record's oldest data).
core::Result<AccessRequest> recordRequest(security::Session& session, const QString& workerId, const QDate& requestedOn,
                                          Requester requester = Requester::Worker, const QString& requesterName = {},
                                          const QString& scope = {});
// The request was answered today with the record in `format` (pdf, fhir): the export right on 6°.
core::Status markFulfilled(security::Session& session, const QString& requestId, const QString& format);
core::Result<QList<AccessRequest>> requests(security::Session& session, const QString& workerId);
// The record's purge date (R4624-45-9), for the physician (read on 1° and 2°).
core::Result<RetentionResult> retention(security::Session& session, const QString& workerId);
} // namespace ExportStore

} // namespace vigie::dmst
