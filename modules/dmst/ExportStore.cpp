#include "dmst/ExportStore.h"

#include "dmst/AccessRequest.h"
#include "dmst/ConsultationStore.h"
#include "dmst/RecordStore.h"
#include "dmst/StoreSupport.h"

#include <QCoreApplication>

namespace vigie::dmst {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using security::Action;
using namespace detail;

namespace {

Result<WorkerIdentity> readWorker(security::Session& s, const QString& workerId)
{
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT birth_name, birth_first_names, coalesce(used_name, ''), birth_date, sex, ins_status, "
                             "coalesce(ins_matricule, ''), coalesce(ins_oid, ''), coalesce(birth_place_cog, '') FROM workers WHERE id = ?"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Unknown worker: %1").arg(workerId)};
    return WorkerIdentity{workerId, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), dateOf(q.value(3)),
                          q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
}

// The oldest dated item, without reading the parts' content (the request is recorded before export).
Result<QDate> oldestData(security::Session& s, const QString& workerId)
{
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT min(d) FROM ("
                             "SELECT min(created_on) AS d FROM dmst_records WHERE worker_id = ? AND deleted = 0 "
                             "UNION ALL SELECT min(start_date) FROM dmst_work_history WHERE worker_id = ? AND deleted = 0 "
                             "UNION ALL SELECT min(start_date) FROM dmst_exposures WHERE worker_id = ? AND deleted = 0 "
                             "UNION ALL SELECT min(visit_date) FROM dmst_consultations WHERE worker_id = ? AND deleted = 0 "
                             "UNION ALL SELECT min(dated) FROM dmst_correspondence WHERE worker_id = ? AND deleted = 0 "
                             "UNION ALL SELECT min(issued_on) FROM dmst_documents WHERE worker_id = ? AND deleted = 0)"));
    for (int i = 0; i < 6; ++i)
        q.addBindValue(workerId);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    return dateOf(q.value(0));
}

} // namespace

Result<RecordSnapshot> ExportStore::snapshot(security::Session& s, const QString& workerId)
{
    if (Status st = requireWorker(s, workerId); !st)
        return st.error();
    for (int part = Part::Identity; part <= Part::Consents; ++part)
        if (Status st = require(s, Action::Export, workerId, part); !st)
            return st.error();
    RecordSnapshot snap;
    auto worker = readWorker(s, workerId);
    if (!worker)
        return worker.error();
    snap.worker = worker.value();
    auto header = RecordStore::header(s, workerId);
    if (!header)
        return header.error();
    snap.header = header.value();
    auto checks = RecordStore::identityChecks(s, workerId);
    if (!checks)
        return checks.error();
    snap.identityChecks = checks.value();
    auto history = RecordStore::workHistory(s, workerId);
    if (!history)
        return history.error();
    snap.workHistory = history.value();
    auto exposures = RecordStore::exposures(s, workerId);
    if (!exposures)
        return exposures.error();
    snap.exposures = exposures.value();
    auto consultations = ConsultationStore::list(s, workerId);
    if (!consultations)
        return consultations.error();
    for (const ConsultationSummary& c : consultations.value()) {
        if (!c.closed)
            continue;
        auto full = ConsultationStore::load(s, c.id);
        if (!full)
            return full.error();
        snap.consultations << full.value();
    }
    auto letters = RecordStore::correspondence(s, workerId);
    if (!letters)
        return letters.error();
    snap.correspondence = letters.value();
    auto documents = DocumentStore::list(s, workerId);
    if (!documents)
        return documents.error();
    for (const StoredDocument& d : documents.value())
        if (d.signedDocument)
            snap.documents << d;
    auto rights = RecordStore::rightsInformation(s, workerId);
    if (!rights)
        return rights.error();
    snap.rights = rights.value();
    auto consents = RecordStore::consents(s, workerId);
    if (!consents)
        return consents.error();
    snap.consents = consents.value();
    return snap;
}

Result<AccessRequest> ExportStore::recordRequest(security::Session& s, const QString& workerId, const QDate& requestedOn, Requester requester,
                                                const QString& requesterName, const QString& scope)
{
    if (Status st = requireWorker(s, workerId); !st)
        return st.error();
    if (!requestedOn.isValid() || requestedOn > s.clock().today())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "The date of the request is missing or in the future")};
    if (requester != Requester::Worker && requesterName.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Name who asks for the record: %1").arg(requesterText(requester))};
    // Recording the request is part of communicating the record: the same right as exporting it.
    if (Status st = require(s, Action::Export, workerId, Part::Rights); !st)
        return st.error();
    auto oldest = oldestData(s, workerId);
    if (!oldest)
        return oldest.error();
    AccessRequest r{s.newId(), workerId, requestedOn, oldest.value(), accessDueDate(requestedOn, oldest.value()), {}, {},
                    requester, requester == Requester::Worker ? QString() : requesterName.trimmed(), scope.trimmed()};
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("INSERT INTO dmst_access_requests(id, worker_id, requested_on, oldest_data, due_on, requester, requester_name, scope, "
                             "recorded_by, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.id);
    q.addBindValue(workerId);
    q.addBindValue(requestedOn.toString(Qt::ISODate));
    q.addBindValue(nullableDate(r.oldestData));
    q.addBindValue(r.dueOn.toString(Qt::ISODate));
    q.addBindValue(requesterCode(r.requester));
    q.addBindValue(nullableText(r.requesterName));
    q.addBindValue(nullableText(r.scope));
    q.addBindValue(s.account().id);
    q.addBindValue(s.nextHlc());
    q.addBindValue(s.account().id);
    if (!q.exec())
        return sqlFailure(q);
    return r;
}

Status ExportStore::markFulfilled(security::Session& s, const QString& requestId, const QString& format)
{
    QSqlQuery w(s.db().sql());
    w.prepare(QStringLiteral("SELECT worker_id, fulfilled_on FROM dmst_access_requests WHERE id = ? AND deleted = 0"));
    w.addBindValue(requestId);
    if (!w.exec())
        return sqlFailure(w);
    if (!w.next())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Unknown access request: %1").arg(requestId));
    if (Status st = require(s, Action::Export, w.value(0).toString(), Part::Rights); !st)
        return st;
    if (!w.value(1).isNull())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "This request was already fulfilled on %1")
                                                    .arg(dateOf(w.value(1)).toString(QStringLiteral("dd/MM/yyyy"))));
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("UPDATE dmst_access_requests SET fulfilled_on = ?, format = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                             "WHERE id = ? AND fulfilled_on IS NULL"));
    q.addBindValue(s.clock().today().toString(Qt::ISODate));
    q.addBindValue(format);
    q.addBindValue(s.nextHlc());
    q.addBindValue(s.account().id);
    q.addBindValue(requestId);
    return exec(q);
}

Result<QList<AccessRequest>> ExportStore::requests(security::Session& s, const QString& workerId)
{
    if (Status st = require(s, Action::Read, workerId, Part::Rights); !st)
        return st.error();
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT id, requested_on, oldest_data, due_on, fulfilled_on, coalesce(format, ''), requester, "
                             "coalesce(requester_name, ''), coalesce(scope, '') FROM dmst_access_requests "
                             "WHERE worker_id = ? AND deleted = 0 ORDER BY requested_on DESC, id"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    QList<AccessRequest> out;
    while (q.next())
        out << AccessRequest{q.value(0).toString(), workerId, dateOf(q.value(1)), dateOf(q.value(2)), dateOf(q.value(3)), dateOf(q.value(4)),
                             q.value(5).toString(), requesterFromCode(q.value(6).toString()).value_or(Requester::Worker), q.value(7).toString(),
                             q.value(8).toString()};
    return out;
}

Result<RetentionResult> ExportStore::retention(security::Session& s, const QString& workerId)
{
    auto header = RecordStore::header(s, workerId);
    if (!header)
        return header.error();
    auto exposures = RecordStore::exposures(s, workerId);
    if (!exposures)
        return exposures.error();
    auto worker = readWorker(s, workerId);
    if (!worker)
        return worker.error();
    RetentionFacts f;
    f.birthDate = worker.value().birthDate;
    if (header.value()) {
        f.createdOn = header.value()->createdOn;
        f.deathDate = header.value()->deathDate;
        f.litigationHold = header.value()->litigationHold;
    }
    // The last visit made in the service: closed consultations and visits done (scheduling's table).
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT max(d) FROM (SELECT max(visit_date) AS d FROM dmst_consultations WHERE worker_id = ? AND status = 'closed' "
                             "AND deleted = 0 UNION ALL SELECT max(visit_date) FROM visits WHERE worker_id = ? AND status = 'done' AND deleted = 0)"));
    q.addBindValue(workerId);
    q.addBindValue(workerId);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    f.lastVisit = dateOf(q.value(0));
    for (const Exposure& e : exposures.value())
        if (!e.retentionRegime.isEmpty())
            f.exposures << RetentionExposure{e.retentionRegime, e.end};
    return retentionOf(f);
}

} // namespace vigie::dmst
