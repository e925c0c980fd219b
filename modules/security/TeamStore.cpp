#include "security/TeamStore.h"

#include "security/AccessPolicy.h"
#include "security/AccountStore.h"
#include "security/PolicyStore.h"
#include "storage/AuditTrail.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::security {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using storage::AuditEvent;

namespace {
// Administration is a module of the access policy (its table says who may use it), not a role test.
bool administers(Session& session)
{
    return AccessPolicy::canUseModule(session.account().role, Module::Administration).allowed;
}


Status audited(Session& session, const QString& action, const QString& resource, const QString& outcome,
               const QString& detail, const QString& workerId = {}, int part = 0)
{
    return session.audit(AuditEvent{{}, {}, action, resource, workerId, part, outcome, detail});
}

Status refuse(Session& session, const QString& action, const QString& resource, const QString& message)
{
    return storage::auditedRefusal(audited(session, action, resource, QStringLiteral("denied"), QStringLiteral("reason=role")),
                                   Error{ErrorCode::Denied, message});
}

Status exec(QSqlQuery& q)
{
    if (!q.exec())
        return Status::fail(ErrorCode::Storage, storage::sqlErrorText(q));
    return {};
}

bool establishmentExists(Session& session, const QString& siret)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM establishments WHERE siret = ? AND deleted = 0"));
    q.addBindValue(siret);
    return q.exec() && q.next();
}

Status requireAdmin(Session& session, const QString& action)
{
    if (administers(session))
        return {};
    return refuse(session, action, QStringLiteral("team"), QCoreApplication::translate("vigie::security", "Permission denied: only an administrator manages teams"));
}
} // namespace

Result<Team> TeamStore::create(Session& session, const QString& name, const QString& physicianLogin)
{
    if (Status s = requireAdmin(session, QStringLiteral("team.create")); !s)
        return s.error();
    auto physician = AccountStore::findByLogin(session.db(), physicianLogin);
    if (!physician)
        return physician.error();
    if (physician.value().role != Role::Physician)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "A team is led by an occupational physician; %1 is not one").arg(physicianLogin)};
    if (name.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "A team needs a name")};
    Team team{session.newId(), name.trimmed(), physician.value().id};
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO teams(id, name, physician_id, hlc, updated_by) VALUES (?, ?, ?, ?, ?)"));
    for (const QString& v : {team.id, team.name, team.physicianId, session.nextHlc(), session.account().id})
        q.addBindValue(v);
    Status s = exec(q);
    if (s)
        s = audited(session, QStringLiteral("team.create"), QStringLiteral("team"), QStringLiteral("allowed"),
                    QStringLiteral("team=%1").arg(team.id));
    if (s)
        s = tx.commit();
    if (!s)
        return s.error();
    return team;
}

Status TeamStore::addMember(Session& session, const QString& teamId, const QString& login, bool writtenProtocol)
{
    if (Status s = requireAdmin(session, QStringLiteral("team.member")); !s)
        return s;
    auto account = AccountStore::findByLogin(session.db(), login);
    if (!account)
        return account.error();
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    // Someone removed from the team earlier gets the same row back (one row per team and account).
    q.prepare(QStringLiteral("INSERT INTO team_members(id, team_id, account_id, written_protocol, hlc, updated_by) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(team_id, account_id) DO UPDATE SET deleted = 0, "
                             "written_protocol = excluded.written_protocol, row_version = row_version + 1, "
                             "hlc = excluded.hlc, updated_by = excluded.updated_by WHERE team_members.deleted = 1"));
    q.addBindValue(session.newId());
    q.addBindValue(teamId);
    q.addBindValue(account.value().id);
    q.addBindValue(writtenProtocol ? 1 : 0);
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067")) // SQLITE_CONSTRAINT_UNIQUE
            return Status::fail(ErrorCode::Invalid,
                                QCoreApplication::translate("vigie::security", "%1 is already a member of this team").arg(login));
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "Unable to add %1 to this team: %2").arg(login, storage::sqlErrorText(q)));
    }
    if (q.numRowsAffected() != 1)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::security", "%1 is already a member of this team").arg(login));
    Status s = audited(session, QStringLiteral("team.member"), QStringLiteral("team"), QStringLiteral("allowed"),
                       QStringLiteral("team=%1 account=%2").arg(teamId, account.value().id));
    return s ? tx.commit() : s;
}

Status TeamStore::assignEstablishment(Session& session, const QString& teamId, const QString& siret)
{
    return assignEstablishments(session, teamId, {siret});
}

Status TeamStore::assignEstablishments(Session& session, const QString& teamId, const QStringList& sirets)
{
    if (Status s = requireAdmin(session, QStringLiteral("team.establishment")); !s)
        return s;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::security", "The database is busy"));
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO team_establishments(id, team_id, establishment_id, hlc, updated_by) "
                             "SELECT ?, ?, id, ?, ? FROM establishments WHERE siret = ? AND deleted = 0 "
                             "ON CONFLICT(establishment_id, team_id) DO UPDATE SET deleted = 0, row_version = row_version + 1, "
                             "hlc = excluded.hlc, updated_by = excluded.updated_by WHERE team_establishments.deleted = 1"));
    for (const QString& siret : sirets) {
        q.addBindValue(session.newId());
        q.addBindValue(teamId);
        q.addBindValue(session.nextHlc());
        q.addBindValue(session.account().id);
        q.addBindValue(siret);
        if (!q.exec()) {
            if (q.lastError().nativeErrorCode() == QLatin1String("2067")) // SQLITE_CONSTRAINT_UNIQUE
                return Status::fail(ErrorCode::Invalid,
                                    QCoreApplication::translate("vigie::security",
                                                                "The establishment with SIRET %1 is already assigned to this team")
                                        .arg(siret));
            return Status::fail(ErrorCode::Invalid,
                                QCoreApplication::translate("vigie::security", "Unable to assign the establishment with SIRET %1 to this team: %2").arg(siret, storage::sqlErrorText(q)));
        }
        if (q.numRowsAffected() != 1) {
            if (establishmentExists(session, siret))
                return Status::fail(ErrorCode::Invalid,
                                    QCoreApplication::translate("vigie::security",
                                                                "The establishment with SIRET %1 is already assigned to this team")
                                        .arg(siret));
            return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "Unknown establishment: SIRET %1").arg(siret));
        }
    }
    Status s = audited(session, QStringLiteral("team.establishment"), QStringLiteral("team"), QStringLiteral("allowed"),
                       QStringLiteral("team=%1 count=%2").arg(teamId).arg(sirets.size()));
    return s ? tx.commit() : s;
}

Result<QList<TeamMember>> TeamStore::members(Session& session, const QString& teamId)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.login, a.display_name, a.role, m.written_protocol FROM team_members m "
                             "JOIN accounts a ON a.id = m.account_id WHERE m.team_id = ? AND m.deleted = 0 "
                             "ORDER BY a.display_name"));
    q.addBindValue(teamId);
    if (!q.exec())
        return Error{ErrorCode::Storage, storage::sqlErrorText(q)};
    QList<TeamMember> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(),
                    roleFromCode(q.value(2).toString()).value_or(Role::Planner), q.value(3).toInt() == 1});
    return out;
}

Result<QList<Team>> TeamStore::list(Session& session)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, physician_id FROM teams WHERE deleted = 0 ORDER BY name")))
        return Error{ErrorCode::Storage, storage::sqlErrorText(q)};
    QList<Team> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<Delegation> DelegationStore::grant(Session& session, const QString& delegateLogin, const QDate& start,
                                          const QDate& end, const QString& teamId)
{
    if (session.account().role != Role::Physician)
        return refuse(session, QStringLiteral("delegation.grant"), QStringLiteral("delegation"),
                      QCoreApplication::translate("vigie::security", "Permission denied: only an occupational physician may delegate access to their team's records"))
            .error();
    auto delegate = AccountStore::findByLogin(session.db(), delegateLogin);
    if (!delegate)
        return delegate.error();
    if (!AccessPolicy::needsDelegation(delegate.value().role))
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vigie::security", "Only an IPRP or an occupational health assistant may receive a delegation; %1 is: %2")
                         .arg(delegateLogin, roleTitle(delegate.value().role))};
    if (!start.isValid() || !end.isValid() || end < start)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "Invalid delegation period: %1 to %2")
                                             .arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate))};
    auto led = teamsLed(session);
    if (!led)
        return led.error();
    if (led.value().isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "You lead no team: there is nothing to delegate")};
    QString team;
    if (teamId.isEmpty()) {
        if (led.value().size() > 1) {
            QStringList names;
            for (const Team& t : led.value())
                names << t.name;
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "You lead several teams (%1): choose the team of this delegation")
                                                 .arg(names.join(QStringLiteral(", ")))};
        }
        team = led.value().first().id;
    } else {
        for (const Team& t : led.value())
            if (t.id == teamId)
                team = t.id;
        if (team.isEmpty())
            return refuse(session, QStringLiteral("delegation.grant"), QStringLiteral("delegation"),
                          QCoreApplication::translate("vigie::security", "Permission denied: you can delegate only for a team you lead"))
                .error();
    }
    Delegation d{session.newId(), session.account().id, delegate.value().id, team, start, end, false};
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO delegations(id, physician_id, delegate_id, team_id, start_date, end_date, hlc, "
                             "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString& v : {d.id, d.physicianId, d.delegateId, d.teamId, start.toString(Qt::ISODate),
                             end.toString(Qt::ISODate), session.nextHlc(), session.account().id})
        q.addBindValue(v);
    Status s = exec(q);
    if (s)
        s = audited(session, QStringLiteral("delegation.grant"), QStringLiteral("delegation"), QStringLiteral("allowed"),
                    QStringLiteral("delegation=%1 delegate=%2").arg(d.id, d.delegateId));
    if (s)
        s = tx.commit();
    if (!s)
        return s.error();
    return d;
}

Result<QList<Team>> DelegationStore::teamsLed(Session& session)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, physician_id FROM teams WHERE physician_id = ? AND deleted = 0 ORDER BY name"));
    q.addBindValue(session.account().id);
    if (!q.exec())
        return Error{ErrorCode::Storage, storage::sqlErrorText(q)};
    QList<Team> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Status TeamStore::removeMember(Session& session, const QString& teamId, const QString& login)
{
    if (Status s = requireAdmin(session, QStringLiteral("team.member.remove")); !s)
        return s;
    auto account = AccountStore::findByLogin(session.db(), login);
    if (!account)
        return account.error();
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::security", "The database is busy"));
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("UPDATE team_members SET deleted = 1, row_version = row_version + 1, hlc = ?, updated_by = ? "
                             "WHERE team_id = ? AND account_id = ? AND deleted = 0"));
    for (const QString& v : {session.nextHlc(), session.account().id, teamId, account.value().id})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "%1 is not a member of this team").arg(login));
    Status s = audited(session, QStringLiteral("team.member.remove"), QStringLiteral("team"), QStringLiteral("allowed"),
                       QStringLiteral("team=%1 account=%2").arg(teamId, account.value().id));
    return s ? tx.commit() : s;
}

Status TeamStore::unassignEstablishment(Session& session, const QString& teamId, const QString& siret)
{
    if (Status s = requireAdmin(session, QStringLiteral("team.establishment.remove")); !s)
        return s;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::security", "The database is busy"));
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("UPDATE team_establishments SET deleted = 1, row_version = row_version + 1, hlc = ?, "
                             "updated_by = ? WHERE team_id = ? AND deleted = 0 AND establishment_id = "
                             "(SELECT id FROM establishments WHERE siret = ? AND deleted = 0)"));
    for (const QString& v : {session.nextHlc(), session.account().id, teamId, siret})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::security", "The establishment with SIRET %1 is not assigned to this team").arg(siret));
    Status s = audited(session, QStringLiteral("team.establishment.remove"), QStringLiteral("team"), QStringLiteral("allowed"),
                       QStringLiteral("team=%1 siret=%2").arg(teamId, siret));
    return s ? tx.commit() : s;
}

Result<QList<TeamStore::TeamEstablishment>> TeamStore::establishments(Session& session, const QString& teamId)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.siret, e.name FROM team_establishments t JOIN establishments e ON e.id = t.establishment_id "
                             "WHERE t.team_id = ? AND t.deleted = 0 ORDER BY e.name"));
    q.addBindValue(teamId);
    if (!q.exec())
        return Error{ErrorCode::Storage, storage::sqlErrorText(q)};
    QList<TeamEstablishment> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Status DelegationStore::revoke(Session& session, const QString& delegationId)
{
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("UPDATE delegations SET revoked_at = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                             "WHERE id = ? AND physician_id = ? AND revoked_at IS NULL AND deleted = 0"));
    q.addBindValue(session.clock().nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    q.addBindValue(delegationId);
    q.addBindValue(session.account().id);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1) {
        tx.rollback();
        return refuse(session, QStringLiteral("delegation.revoke"), QStringLiteral("delegation"),
                      QCoreApplication::translate("vigie::security", "This is not a current delegation that you granted"));
    }
    Status s = audited(session, QStringLiteral("delegation.revoke"), QStringLiteral("delegation"), QStringLiteral("allowed"),
                       QStringLiteral("delegation=%1").arg(delegationId));
    return s ? tx.commit() : s;
}

Result<QList<Delegation>> DelegationStore::grantedBy(Session& session)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, physician_id, delegate_id, team_id, start_date, end_date, revoked_at FROM delegations "
                             "WHERE physician_id = ? AND deleted = 0 ORDER BY start_date"));
    q.addBindValue(session.account().id);
    if (!q.exec())
        return Error{ErrorCode::Storage, storage::sqlErrorText(q)};
    QList<Delegation> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    QDate::fromString(q.value(4).toString(), Qt::ISODate),
                    QDate::fromString(q.value(5).toString(), Qt::ISODate), !q.value(6).isNull()});
    return out;
}

Status OppositionStore::record(Session& session, const QString& workerId)
{
    if (Status s = PolicyStore::require(session, Action::Write, workerId, 7); !s)
        return s;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO oppositions(id, worker_id, recorded_by, recorded_at, hlc, updated_by) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QString& v : {session.newId(), workerId, session.account().id,
                             session.clock().nowUtc().toString(Qt::ISODateWithMs), session.nextHlc(), session.account().id})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    return tx.commit();
}

Status OppositionStore::withdraw(Session& session, const QString& workerId)
{
    if (Status s = PolicyStore::require(session, Action::Write, workerId, 7); !s)
        return s;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("UPDATE oppositions SET withdrawn_at = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                             "WHERE worker_id = ? AND withdrawn_at IS NULL AND deleted = 0"));
    q.addBindValue(session.clock().nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    q.addBindValue(workerId);
    if (Status s = exec(q); !s)
        return s;
    return tx.commit();
}

} // namespace vigie::security
