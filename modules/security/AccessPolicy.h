#pragma once
// The access policy (security-requirements.md §6, R4624-45-5, L4624-8): one table-driven engine that
// answers can(subject, action, resource) for the desktop, the CLI and, later, the server. Pure domain
// code: the facts (teams, delegations, oppositions) are loaded by PolicyStore at every request, so a
// revocation takes effect at the next request.

#include "security/Role.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::security {

enum class Action { Read, Write, Sign, Export }; // Export covers printing and exporting
enum class Module { Records, Planning, Membership, CompanySheets, Pdp, Reports, Administration };

inline constexpr int FirstPart = 1;
inline constexpr int LastPart = 7; // DMST parts 1° to 7° (R4624-45-4)

QString actionCode(Action action);   // read, write, sign, export
QString moduleCode(Module module);   // records, planning, ...
QList<Module> allModules();

// A physician's delegation of parts 1° and 2° of its team's records to a named IPRP or assistant.
struct Delegation {
    QString id;
    QString physicianId;
    QString delegateId;
    QString teamId;
    QDate start;
    QDate end;          // inclusive
    bool revoked = false;
    bool liveOn(const QDate& day) const { return !revoked && start <= day && day <= end; }
};

// Who asks: the facts about the signed-in account, as of this request.
struct Subject {
    QString accountId;
    Role role = Role::Planner;
    QStringList teamIds;              // teams the account belongs to (a physician leads its own)
    // Teams in which the account works under a written protocol with the team's physician
    // (collaborator physician, intern, nurse). Per team: a protocol in team A gives no right in team B.
    QStringList protocolTeamIds;
    QList<Delegation> delegations;    // delegations granted to this account
};

// What is asked for: one part of one worker's record.
struct RecordResource {
    QString workerId;
    int part = 1;
    QStringList teamIds;   // teams in charge of the worker's establishments
    bool opposition = false; // the worker objected (L4624-8)
};

struct Decision {
    enum class Reason { Allowed, RoleMatrix, Opposition, TeamScope, NoDelegation, NoModule };
    bool allowed = false;
    Reason reason = Reason::RoleMatrix;
    QString message; // translated; never reveals health content
    explicit operator bool() const { return allowed; }
};

namespace AccessPolicy {
// The role × part × action matrix alone (before opposition, team scope and delegations).
// Returns true when the role may do `action` on `part` at all (possibly only with a delegation or
// a written protocol, see needsDelegation / needsProtocol).
bool matrixAllows(Role role, int part, Action action);
bool needsDelegation(Role role);                       // IPRP, ASST
bool needsProtocol(Role role, int part, Action action); // signing or exporting under a written protocol
bool subjectToOpposition(Role role);                  // everyone but the physician

Decision can(const Subject& subject, Action action, const RecordResource& resource, const QDate& today);
Decision canUseModule(Role role, Module module);
QList<Module> modulesFor(Role role);
} // namespace AccessPolicy

} // namespace vigie::security
