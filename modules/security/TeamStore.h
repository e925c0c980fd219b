#pragma once
// Teams, their members and establishments (administrator), delegations (a physician to an IPRP or an
// assistant, for its team), and workers' oppositions (L4624-8). Every change is audited; every
// refusal too.

#include "core/Result.h"
#include "security/AccessPolicy.h"
#include "security/Session.h"

#include <QDate>

namespace vigie::security {

struct Team {
    QString id;
    QString name;
    QString physicianId;
};

struct TeamMember {
    QString login;
    QString displayName;
    Role role = Role::Planner;
    bool writtenProtocol = false;
};

namespace TeamStore {
core::Result<Team> create(Session& session, const QString& name, const QString& physicianLogin);
core::Status addMember(Session& session, const QString& teamId, const QString& login, bool writtenProtocol);
core::Status assignEstablishment(Session& session, const QString& teamId, const QString& siret);
// Several at once, in one transaction: all are assigned or none.
core::Status assignEstablishments(Session& session, const QString& teamId, const QStringList& sirets);
core::Result<QList<Team>> list(Session& session);
core::Result<QList<TeamMember>> members(Session& session, const QString& teamId);
// Administrator only, audited (a member, an establishment). Someone removed can be added again.
core::Status removeMember(Session& session, const QString& teamId, const QString& login);
core::Status unassignEstablishment(Session& session, const QString& teamId, const QString& siret);
struct TeamEstablishment {
    QString siret;
    QString name;
};
core::Result<QList<TeamEstablishment>> establishments(Session& session, const QString& teamId);
} // namespace TeamStore

namespace DelegationStore {
// The signed-in physician delegates parts 1° and 2° of the records of `teamId`, a team it leads, to
// `delegateLogin`. Without `teamId`, the only team it leads (several: it must say which).
core::Result<Delegation> grant(Session& session, const QString& delegateLogin, const QDate& start, const QDate& end,
                               const QString& teamId = {});
// The teams the signed-in physician leads (to choose where a delegation applies).
core::Result<QList<Team>> teamsLed(Session& session);
core::Status revoke(Session& session, const QString& delegationId);
core::Result<QList<Delegation>> grantedBy(Session& session);
} // namespace DelegationStore

namespace OppositionStore {
// Recording or withdrawing an opposition is writing part 7° of the record: the policy decides.
core::Status record(Session& session, const QString& workerId);
core::Status withdraw(Session& session, const QString& workerId);
} // namespace OppositionStore

} // namespace vigie::security
