#include "prevention/ActionRequestStore.h"

#include "membership/EstablishmentStore.h"
#include "security/PolicyStore.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace vigie::prevention {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using security::Session;
using storage::sqlFailure;

namespace {
const QString Resource = QStringLiteral("workplace_action_request");

Status requireEstablishment(Session& session, const QString& establishmentId)
{
    if (Status s = security::PolicyStore::requireModule(session, security::Module::CompanySheets); !s)
        return s;
    if (auto m = membership::EstablishmentStore::load(session, establishmentId); !m)
        return m.error();
    return {};
}

Status audited(Session& session, const QString& detail)
{
    return session.audit(storage::AuditEvent{{}, {}, QStringLiteral("write"), Resource, {}, 0, QStringLiteral("allowed"), detail});
}

const QString Columns = QStringLiteral("id, establishment_id, requested_on, coalesce(code, ''), subject, requester, status, "
                                       "coalesce(action_id, ''), answered_on FROM workplace_action_requests ");

ActionRequest fromRow(const QSqlQuery& q)
{
    ActionRequest r;
    r.id = q.value(0).toString();
    r.establishmentId = q.value(1).toString();
    r.requestedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.code = q.value(3).toString();
    r.subject = q.value(4).toString();
    r.requester = q.value(5).toString();
    const QString state = q.value(6).toString();
    r.state = state == QLatin1String("answered") ? RequestState::Answered
              : state == QLatin1String("cancelled") ? RequestState::Cancelled
                                                     : RequestState::Open;
    r.actionId = q.value(7).toString();
    r.answeredOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    return r;
}

Result<ActionRequest> load(Session& session, const QString& requestId)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral("WHERE id = ? AND deleted = 0"));
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::prevention", "Unknown request %1").arg(requestId)};
    ActionRequest r = fromRow(q);
    q.finish();
    if (Status s = requireEstablishment(session, r.establishmentId); !s)
        return s.error();
    return r;
}

Status setState(Session& session, const QString& requestId, const QString& state, const QVariant& actionId, const QVariant& answeredOn)
{
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("UPDATE workplace_action_requests SET status = ?, action_id = ?, answered_on = ?, row_version = row_version + 1, "
                             "hlc = ?, updated_by = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(actionId);
    q.addBindValue(answeredOn);
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    q.addBindValue(requestId);
    if (!q.exec())
        return sqlFailure(q);
    // A change of state that changes no row is an error, never a silent success (issue 13 item 5).
    if (q.numRowsAffected() != 1)
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::prevention", "The request %1 was not changed (%2 rows written)")
                                                    .arg(requestId)
                                                    .arg(q.numRowsAffected()));
    return audited(session, QStringLiteral("request=%1 status=%2").arg(requestId, state));
}
} // namespace

Result<QString> ActionRequestStore::record(Session& session, const ActionRequest& request)
{
    if (Status s = requireEstablishment(session, request.establishmentId); !s)
        return s.error();
    if (Status s = validateRequest(request, session.clock().today()); !s)
        return s.error();
    const QString id = session.newId();
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO workplace_action_requests(id, establishment_id, requested_on, code, subject, requester, recorded_at, "
                             "recorded_by, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(request.establishmentId);
    q.addBindValue(request.requestedOn.toString(Qt::ISODate));
    q.addBindValue(request.code.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(request.code));
    q.addBindValue(request.subject.trimmed());
    q.addBindValue(request.requester.trimmed());
    q.addBindValue(session.clock().nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(session.account().id);
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    if (!q.exec())
        return sqlFailure(q);
    if (Status s = audited(session, QStringLiteral("establishment=%1 request=%2").arg(request.establishmentId, id)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ActionRequestStore::answer(Session& session, const QString& requestId, const QString& actionId)
{
    auto r = load(session, requestId);
    if (!r)
        return r.error();
    QSqlQuery a(session.db().sql());
    a.setForwardOnly(true);
    a.prepare(QStringLiteral("SELECT establishment_id, action_date FROM workplace_actions WHERE id = ? AND deleted = 0"));
    a.addBindValue(actionId);
    if (!a.exec())
        return sqlFailure(a);
    if (!a.next())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::prevention", "Unknown workplace action: %1").arg(actionId));
    const QString establishment = a.value(0).toString();
    const QDate date = QDate::fromString(a.value(1).toString(), Qt::ISODate);
    a.finish();
    if (Status s = validateAnswer(r.value(), establishment, date); !s)
        return s;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    if (Status s = setState(session, requestId, QStringLiteral("answered"), actionId, date.toString(Qt::ISODate)); !s)
        return s;
    return tx.commit();
}

Status ActionRequestStore::cancel(Session& session, const QString& requestId)
{
    auto r = load(session, requestId);
    if (!r)
        return r.error();
    if (r.value().state != RequestState::Open)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::prevention", "This request is %1: it cannot be cancelled").arg(codeOf(r.value().state)));
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    if (Status s = setState(session, requestId, QStringLiteral("cancelled"), QVariant(QMetaType(QMetaType::QString)),
                            QVariant(QMetaType(QMetaType::QString)));
        !s)
        return s;
    return tx.commit();
}

Result<QList<ActionRequest>> ActionRequestStore::list(Session& session, const QString& establishmentId)
{
    if (Status s = requireEstablishment(session, establishmentId); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral("WHERE establishment_id = ? AND deleted = 0 ORDER BY requested_on DESC, recorded_at DESC"));
    q.addBindValue(establishmentId);
    if (!q.exec())
        return sqlFailure(q);
    QList<ActionRequest> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

} // namespace vigie::prevention
