#include "security/PolicyStore.h"

#include "storage/AuditTrail.h"

#include <QSqlQuery>

namespace vigie::security {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {
QString reasonCode(Decision::Reason r)
{
    switch (r) {
    case Decision::Reason::Allowed: return QStringLiteral("allowed");
    case Decision::Reason::RoleMatrix: return QStringLiteral("role");
    case Decision::Reason::Opposition: return QStringLiteral("opposition");
    case Decision::Reason::TeamScope: return QStringLiteral("team");
    case Decision::Reason::NoDelegation: return QStringLiteral("delegation");
    case Decision::Reason::NoModule: return QStringLiteral("module");
    }
    return {};
}
} // namespace

Result<Subject> PolicyStore::loadSubject(Session& session)
{
    Subject s;
    s.accountId = session.account().id;
    s.role = session.account().role;
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, 1 FROM teams WHERE physician_id = ? AND deleted = 0 "
                             "UNION SELECT team_id, written_protocol FROM team_members WHERE account_id = ? AND deleted = 0"));
    q.addBindValue(s.accountId);
    q.addBindValue(s.accountId);
    if (!q.exec())
        return Error{ErrorCode::Storage, storage::sqlErrorText(q)};
    while (q.next()) {
        if (!s.teamIds.contains(q.value(0).toString()))
            s.teamIds << q.value(0).toString();
        // A physician acts in its own right, never "under protocol".
        if (q.value(1).toInt() == 1 && s.role != Role::Physician && !s.protocolTeamIds.contains(q.value(0).toString()))
            s.protocolTeamIds << q.value(0).toString();
    }
    QSqlQuery d(session.db().sql());
    d.setForwardOnly(true);
    d.prepare(QStringLiteral("SELECT id, physician_id, delegate_id, team_id, start_date, end_date, revoked_at "
                             "FROM delegations WHERE delegate_id = ? AND deleted = 0"));
    d.addBindValue(s.accountId);
    if (!d.exec())
        return Error{ErrorCode::Storage, storage::sqlErrorText(d)};
    while (d.next())
        s.delegations.append({d.value(0).toString(), d.value(1).toString(), d.value(2).toString(), d.value(3).toString(),
                              QDate::fromString(d.value(4).toString(), Qt::ISODate),
                              QDate::fromString(d.value(5).toString(), Qt::ISODate), !d.value(6).isNull()});
    return s;
}

Result<RecordResource> PolicyStore::loadRecord(Session& session, const QString& workerId, int part)
{
    RecordResource r;
    r.workerId = workerId;
    r.part = part;
    const QString today = session.clock().today().toString(Qt::ISODate);
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    // Teams in charge of the establishments where the worker is (or was until recently) employed.
    q.prepare(QStringLiteral("SELECT DISTINCT te.team_id FROM employments e "
                             "JOIN team_establishments te ON te.establishment_id = e.establishment_id AND te.deleted = 0 "
                             "WHERE e.worker_id = ? AND e.deleted = 0 AND (e.end_date IS NULL OR e.end_date >= date(?, '-1 year'))"));
    q.addBindValue(workerId);
    q.addBindValue(today);
    if (!q.exec())
        return Error{ErrorCode::Storage, storage::sqlErrorText(q)};
    while (q.next())
        r.teamIds << q.value(0).toString();
    QSqlQuery o(session.db().sql());
    o.setForwardOnly(true);
    o.prepare(QStringLiteral("SELECT count(*) FROM oppositions WHERE worker_id = ? AND withdrawn_at IS NULL AND deleted = 0"));
    o.addBindValue(workerId);
    if (!o.exec() || !o.next())
        return Error{ErrorCode::Storage, storage::sqlErrorText(o)};
    r.opposition = o.value(0).toInt() > 0;
    return r;
}

Status PolicyStore::require(Session& session, Action action, const QString& workerId, int part)
{
    return require(session, action, workerId, part, true);
}

Status PolicyStore::require(Session& session, Action action, const QString& workerId, int part, bool auditAllowed, const QString& detail)
{
    auto subject = loadSubject(session);
    if (!subject)
        return subject.error();
    auto record = loadRecord(session, workerId, part);
    if (!record)
        return record.error();
    const Decision decision = AccessPolicy::can(subject.value(), action, record.value(), session.clock().today());
    if (decision.allowed && !auditAllowed)
        return {};
    const Status audited = session.audit(storage::AuditEvent{
        {}, {}, actionCode(action), QStringLiteral("dmst.part%1").arg(part), workerId, part,
        decision.allowed ? QStringLiteral("allowed") : QStringLiteral("denied"),
        decision.allowed ? detail : QStringLiteral("reason=%1").arg(reasonCode(decision.reason))});
    if (!audited)
        return audited;
    if (!decision.allowed)
        return Status::fail(ErrorCode::Denied, decision.message);
    return {};
}

Status PolicyStore::requireModule(Session& session, Module module)
{
    const Decision decision = AccessPolicy::canUseModule(session.account().role, module);
    if (decision.allowed)
        return {};
    if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("open"),
                                                     QStringLiteral("module.%1").arg(moduleCode(module)), {}, 0,
                                                     QStringLiteral("denied"), QStringLiteral("reason=module")});
        !s)
        return s;
    return Status::fail(ErrorCode::Denied, decision.message);
}

Result<QStringList> PolicyStore::reachableTeams(Session& session)
{
    auto subject = loadSubject(session);
    if (!subject)
        return subject.error();
    const Subject& s = subject.value();
    if (!AccessPolicy::matrixAllows(s.role, 1, Action::Read) && s.role != Role::Planner)
        return QStringList();
    if (!AccessPolicy::needsDelegation(s.role))
        return s.teamIds;
    QStringList teams;
    for (const Delegation& d : s.delegations)
        if (d.liveOn(session.clock().today()) && !teams.contains(d.teamId))
            teams << d.teamId;
    return teams;
}

} // namespace vigie::security
