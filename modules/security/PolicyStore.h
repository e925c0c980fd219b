#pragma once
// Loads the facts the access policy needs, fresh at every request (a revoked delegation or a new
// opposition takes effect at once), asks AccessPolicy, and writes the audit trail: every refusal,
// and every allowed action on a record part (R4624-45-5 al. 4: all actions on the DMST are traced).

#include "core/Result.h"
#include "security/AccessPolicy.h"
#include "security/Session.h"

namespace vigie::security::PolicyStore {

core::Result<Subject> loadSubject(Session& session);
core::Result<RecordResource> loadRecord(Session& session, const QString& workerId, int part);

// Allowed → audited "allowed"; refused → audited "denied" and ErrorCode::Denied with the policy's message.
core::Status require(Session& session, Action action, const QString& workerId, int part);
// The same rule with the allowed case's audit record left to the caller (`auditAllowed` false): for
// repeated writes of one object, such as a consultation's autosave, which records one "allowed" per
// minute of typing instead of one per keystroke (issue 13 item 8). A refusal is always audited.
core::Status require(Session& session, Action action, const QString& workerId, int part, bool auditAllowed, const QString& detail = {});
core::Status requireModule(Session& session, Module module);

// The teams whose workers this account may reach for identity (part 1°) today: its own teams, or for
// IPRP and assistants the teams of its live delegations. Empty for roles without record access.
core::Result<QStringList> reachableTeams(Session& session);

} // namespace vigie::security::PolicyStore
