#pragma once
// What part of the service a row of each synchronised table belongs to (sync-design.md §4.7), so that
// the server sends a device only what its user may hold, decided by the one AccessPolicy:
// - a part of a worker's medical record (DMST 1°–7°): sent when the policy lets the user read that
//   part of that worker's record (role matrix, team scope, delegations, oppositions);
// - other worker data (identity, employments, visits, absences…): sent to the roles that reach the
//   worker's record (part 1°, same team rule), and to the roles that plan visits;
// - the rest (establishments, teams, accounts, company sheets…): the service's shared data.

#include <QJsonObject>
#include <QString>

namespace vigie::sync {

struct RowScope {
    enum class Kind { Shared, Worker, RecordPart };
    Kind kind = Kind::Shared;
    int part = 0;          // for RecordPart
    QString workerId;      // for Worker and RecordPart
};

RowScope scopeOf(const QString& table, const QJsonObject& row);

} // namespace vigie::sync
