#include "scheduling/ProtocolStore.h"

#include "scheduling/RenewalSettingsStore.h"
#include "scheduling/StoreSupport.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie::scheduling::ProtocolStore {
using namespace detail;

namespace {

QVariant monthsOrNull(const std::optional<int>& months) { return months ? QVariant(*months) : QVariant(QMetaType(QMetaType::Int)); }
std::optional<int> monthsOf(const QVariant& v) { return v.isNull() ? std::nullopt : std::optional<int>(v.toInt()); }

// Stored values passed the same check (and the table's CHECKs); the law's maxima if they did not.
Periodicities periodicitiesOrLaw(const Protocol& protocol)
{
    auto checked = scheduling::periodicitiesOf(protocol);
    return checked ? checked.value() : legalPeriodicities();
}

struct Team {
    QString id;
    QString name;
    QString physicianId;
};

core::Result<std::optional<Team>> findTeam(QSqlDatabase db, const QString& team)
{
    QSqlQuery q(db);
    if (auto s = exec(q, QStringLiteral("SELECT id, name, physician_id FROM teams WHERE (id = ? OR name = ?) AND deleted = 0 ORDER BY id LIMIT 1"),
                      {team, team});
        !s)
        return s.error();
    if (!q.next())
        return std::optional<Team>();
    return std::optional<Team>(Team{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
}

// The team, which the account must lead as its physician (else refused, audited).
core::Result<Team> ledTeam(security::Session& session, const QString& team, const QString& action)
{
    auto found = findTeam(session.db().sql(), team);
    if (!found)
        return found.error();
    if (!found.value())
        return core::Error{core::ErrorCode::Invalid, QCoreApplication::translate("vigie::scheduling", "Unknown team: %1").arg(team)};
    if (found.value()->physicianId != session.account().id)
        return refused(session, action, QStringLiteral("team.protocol"),
                       QCoreApplication::translate("vigie::scheduling",
                                                   "Access refused: only the physician of the team %1 sets its protocol")
                           .arg(found.value()->name));
    return *found.value();
}

core::Status retire(QSqlQuery& q, security::Session& session, const QString& teamId)
{
    return exec(q, QStringLiteral("UPDATE team_protocols SET deleted = 1, row_version = row_version + 1, hlc = ?, updated_by = ? "
                                  "WHERE team_id = ? AND deleted = 0"),
                {session.nextHlc(), session.account().id, teamId});
}

} // namespace

core::Status set(security::Session& session, const QString& team, const Protocol& protocol, const QString& note)
{
    auto led = ledTeam(session, team, QStringLiteral("write"));
    if (!led)
        return led.error();
    if (auto checked = periodicitiesOf(protocol); !checked)
        return checked.error();
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    if (auto s = retire(q, session, led.value().id); !s)
        return s;
    if (auto s = exec(q, QStringLiteral("INSERT INTO team_protocols(id, team_id, si_renewal_months, sia_renewal_months, sir_renewal_months, "
                                        "sir_intermediate_months, signed_by, signed_on, note, hlc, updated_by) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {session.newId(), led.value().id, monthsOrNull(protocol.siRenewalMonths), monthsOrNull(protocol.siaRenewalMonths),
                       monthsOrNull(protocol.sirRenewalMonths), monthsOrNull(protocol.sirIntermediateMonths), session.account().id,
                       iso(session.clock().today()), textOrNull(note.trimmed()), session.nextHlc(), session.account().id});
        !s)
        return s;
    if (auto s = audited(session, QStringLiteral("write"), QStringLiteral("team.protocol"), QStringLiteral("team=%1").arg(led.value().id)); !s)
        return s;
    return tx.commit();
}

core::Status withdraw(security::Session& session, const QString& team)
{
    auto led = ledTeam(session, team, QStringLiteral("write"));
    if (!led)
        return led.error();
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    if (auto s = retire(q, session, led.value().id); !s)
        return s;
    if (auto s = audited(session, QStringLiteral("withdraw"), QStringLiteral("team.protocol"), QStringLiteral("team=%1").arg(led.value().id));
        !s)
        return s;
    return tx.commit();
}

core::Result<std::optional<TeamProtocol>> ofTeam(security::Session& session, const QString& team)
{
    auto teams = planningTeams(session, team);
    if (!teams)
        return teams.error();
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("SELECT p.team_id, t.name, p.si_renewal_months, p.sia_renewal_months, p.sir_renewal_months, "
                                        "p.sir_intermediate_months, p.signed_by, p.signed_on, COALESCE(p.note, '') FROM team_protocols p "
                                        "JOIN teams t ON t.id = p.team_id WHERE p.team_id = ? AND p.deleted = 0"),
                      {teams.value().value(0)});
        !s)
        return s.error();
    if (!q.next())
        return std::optional<TeamProtocol>();
    TeamProtocol p;
    p.teamId = q.value(0).toString();
    p.teamName = q.value(1).toString();
    p.protocol = Protocol{monthsOf(q.value(2)), monthsOf(q.value(3)), monthsOf(q.value(4)), monthsOf(q.value(5))};
    // What the planning uses: the protocol within the service's renewal delays (Sql::periodicitiesOf).
    auto service = RenewalSettingsStore::Sql::current(session.db().sql());
    if (!service)
        return service.error();
    p.periodicities = strictest(service.value(), periodicitiesOrLaw(p.protocol));
    p.signedBy = q.value(6).toString();
    p.signedOn = dateOf(q.value(7));
    p.note = q.value(8).toString();
    return std::optional<TeamProtocol>(p);
}

core::Result<QList<TeamProtocolView>> ofMyTeams(security::Session& session)
{
    auto teams = planningTeams(session);
    if (!teams)
        return teams.error();
    QList<TeamProtocolView> out;
    for (const QString& id : teams.value()) {
        auto team = findTeam(session.db().sql(), id);
        if (!team)
            return team.error();
        if (!team.value())
            continue;
        auto protocol = ofTeam(session, id);
        if (!protocol)
            return protocol.error();
        out << TeamProtocolView{id, team.value()->name, team.value()->physicianId == session.account().id, protocol.value()};
    }
    std::sort(out.begin(), out.end(), [](const TeamProtocolView& a, const TeamProtocolView& b) {
        return QString::localeAwareCompare(a.teamName, b.teamName) < 0;
    });
    return out;
}

namespace Sql {

core::Result<QHash<QString, Periodicities>> periodicitiesOf(QSqlDatabase db, const QStringList& teamIds)
{
    // The service's renewal delays (RenewalSettingsStore) for every team; a team's protocol shortens them.
    auto service = RenewalSettingsStore::Sql::current(db);
    if (!service)
        return service.error();
    QHash<QString, Periodicities> out;
    for (const QString& t : teamIds)
        out.insert(t, service.value());
    if (teamIds.isEmpty())
        return out;
    QVariantList values;
    for (const QString& t : teamIds)
        values << t;
    QSqlQuery q(db);
    if (auto s = exec(q, QStringLiteral("SELECT team_id, si_renewal_months, sia_renewal_months, sir_renewal_months, sir_intermediate_months "
                                        "FROM team_protocols WHERE deleted = 0 AND team_id IN (%1)")
                                 .arg(placeholders(values.size())),
                      values);
        !s)
        return s.error();
    while (q.next()) {
        const Protocol p{monthsOf(q.value(1)), monthsOf(q.value(2)), monthsOf(q.value(3)), monthsOf(q.value(4))};
        out.insert(q.value(0).toString(), strictest(service.value(), periodicitiesOrLaw(p)));
    }
    return out;
}

} // namespace Sql

} // namespace vigie::scheduling::ProtocolStore
