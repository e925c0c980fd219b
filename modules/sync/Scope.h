#pragma once
// What part of the service a row of each synchronised table belongs to (sync-design.md §4.7), so that
// the server sends a device only what its user may hold, decided by the one AccessPolicy:
// - a part of a worker's medical record (DMST 1°–7°): sent when the policy lets the user read that
//   part of that worker's record (role matrix, team scope, delegations, oppositions);
// - other worker data (identity, employments, visits, absences…): sent to the roles that reach the
//   worker's record (part 1°, same team rule), and to the roles that plan visits;
// - the rest (establishments, teams, accounts, company sheets…): the service's shared data.

#include "security/AccessPolicy.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vigie::sync {

struct RowScope {
    enum class Kind { Shared, Worker, RecordPart };
    Kind kind = Kind::Shared;
    int part = 0;          // for RecordPart
    QString workerId;      // for Worker and RecordPart
};

RowScope scopeOf(const QString& table, const QJsonObject& row);

// Who may push a change to a shared row: every shared table belongs to the modules whose users edit
// it on a desktop, as the stores there require, and a role that uses none of them is refused, as on
// the desktop. The role is the one the server holds for the pushing account (the server is the
// authority for accounts, roles and teams): accounts and teams are the administrator's. nullopt: a
// table nobody classified, refused (a test lists the synchronised tables and fails on any such
// table, so a new migration cannot slip through).
struct SharedWriteRule {
    QList<security::Module> modules; // any of them
    bool byDelegatingPhysician = false; // delegations: only the physician who delegates
};
std::optional<SharedWriteRule> sharedWriteRule(const QString& table);

} // namespace vigie::sync
