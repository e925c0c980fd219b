#pragma once
// The teams' medical protocols in the database (issue 6 part 1): the periodicities a team's physician
// sets, shorter than the law's maxima (Protocol.h), used by everything that plans (DemandStore, the
// worklist, the planner). `rules due` keeps the legal defaults (rules-contract.md).
//
// Rights: only the team's physician (teams.physician_id) signs or withdraws its protocol — the
// protocol is the médecin du travail's (R4624-16, R4624-17, R4624-28); anyone who plans for the team
// reads it. Refusals are audited.

#include "core/Result.h"
#include "scheduling/Protocol.h"
#include "security/Session.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace vigie::scheduling::ProtocolStore {

struct TeamProtocol {
    QString teamId;
    QString teamName;
    Protocol protocol;
    Periodicities periodicities; // what the planning uses
    QString signedBy;            // account id of the physician
    QDate signedOn;
    QString note;
};

// A team the account plans for, with its protocol and whether the account may change it.
struct TeamProtocolView {
    QString teamId;
    QString teamName;
    bool mayChange = false; // the account is the team's physician
    std::optional<TeamProtocol> protocol;
};
// Every team the account plans for (Planning module), by name.
core::Result<QList<TeamProtocolView>> ofMyTeams(security::Session& session);

// Replaces the team's protocol (team by id or name). An interval longer than the law → Invalid,
// naming it; nothing written.
core::Status set(security::Session& session, const QString& team, const Protocol& protocol, const QString& note = {});
// Back to the legal maxima.
core::Status withdraw(security::Session& session, const QString& team);
// The team's protocol, if it has one.
core::Result<std::optional<TeamProtocol>> ofTeam(security::Session& session, const QString& team);

namespace Sql {
// The periodicities of each of `teamIds`: the service's renewal delays (RenewalSettingsStore; the legal
// maxima until set), shortened by the team's protocol if any. No rights check: for stores that have
// checked theirs.
core::Result<QHash<QString, Periodicities>> periodicitiesOf(QSqlDatabase db, const QStringList& teamIds);
} // namespace Sql

} // namespace vigie::scheduling::ProtocolStore
