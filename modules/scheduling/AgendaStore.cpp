#include "scheduling/AgendaStore.h"

#include "scheduling/StoreSupport.h"

#include <QCoreApplication>
#include <QHash>

namespace vigie::scheduling::AgendaStore {
using namespace detail;

namespace {

core::Error invalid(const QString& m) { return core::Error{core::ErrorCode::Invalid, m}; }

// The professional's kind from its account role; nullopt for a role that performs no visit.
std::optional<ProfessionalKind> kindOfRole(const QString& role)
{
    if (role == QLatin1String("physician"))
        return ProfessionalKind::Physician;
    if (role == QLatin1String("collaborator_physician"))
        return ProfessionalKind::CollaboratorPhysician;
    if (role == QLatin1String("intern"))
        return ProfessionalKind::Intern;
    if (role == QLatin1String("nurse"))
        return ProfessionalKind::Nurse;
    return std::nullopt;
}

core::Status requireProfessional(security::Session& session, const QString& professionalId)
{
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("SELECT role FROM accounts WHERE id = ? AND deleted = 0 AND active = 1"), {professionalId}); !s)
        return s;
    if (!q.next() || !kindOfRole(q.value(0).toString()))
        return invalid(QCoreApplication::translate("vigie::scheduling", "%1 is not a health professional who performs visits").arg(professionalId));
    return {};
}

// The professional is a member, or the leading physician, of one of the account's teams: the agenda
// editor touches only the agendas of the teams the account plans for. A refusal is audited.
core::Status requireProfessionalInTeams(security::Session& session, const QString& professionalId)
{
    auto teams = planningTeams(session);
    if (!teams)
        return teams.error();
    if (!teams.value().isEmpty()) {
        QVariantList values{professionalId, professionalId};
        for (const QString& t : teams.value())
            values << t;
        const QString in = placeholders(teams.value().size());
        QSqlQuery q(session.db().sql());
        if (auto s = exec(q, QStringLiteral("SELECT 1 FROM teams t WHERE t.deleted = 0 AND (t.physician_id = ? OR EXISTS (SELECT 1 FROM "
                                            "team_members m WHERE m.team_id = t.id AND m.account_id = ? AND m.deleted = 0)) AND t.id IN (%1)")
                                     .arg(in),
                          values);
            !s)
            return s;
        if (q.next())
            return {};
    }
    return refused(session, QStringLiteral("write"), QStringLiteral("agenda"),
                   QCoreApplication::translate("vigie::scheduling", "Access refused: %1 is not in a team you plan for").arg(professionalId));
}

// Soft-deletes one row of `table` (agenda_hours or agenda_absences) after checking its professional.
core::Status removeAgendaRow(security::Session& session, const QString& table, const QString& id, const QString& resource,
                             const QString& unknownMessage)
{
    if (auto s = requirePlanning(session); !s)
        return s;
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("SELECT professional_id FROM %1 WHERE id = ? AND deleted = 0").arg(table), {id}); !s)
        return s;
    if (!q.next())
        return invalid(unknownMessage);
    const QString professionalId = q.value(0).toString();
    if (auto s = requireProfessionalInTeams(session, professionalId); !s)
        return s;
    if (auto s = exec(q, QStringLiteral("UPDATE %1 SET deleted = 1, row_version = row_version + 1, hlc = ?, updated_by = ? "
                                        "WHERE id = ? AND deleted = 0").arg(table),
                      {session.nextHlc(), session.account().id, id});
        !s)
        return s;
    return audited(session, QStringLiteral("delete"), resource, QStringLiteral("id=%1 professional=%2").arg(id, professionalId));
}

} // namespace

core::Result<QStringList> teamsToPlan(security::Session& session, const QString& team)
{
    return planningTeams(session, team);
}

core::Result<QString> addPlace(security::Session& session, const Place& place, core::Region region)
{
    if (auto s = requirePlanning(session); !s)
        return s.error();
    if (place.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("vigie::scheduling", "The place needs a name"));
    if ((place.kind == PlaceKind::CompanySite) == place.establishmentId.isEmpty())
        return invalid(QCoreApplication::translate("vigie::scheduling", "A company site names its establishment, and only a company site does"));
    const QString id = session.newId();
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("INSERT INTO agenda_places(id, kind, name, address, establishment_id, region, hlc, updated_by) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {id, codeOf(place.kind), place.name.trimmed(), textOrNull(place.address), textOrNull(place.establishmentId),
                       core::regionCode(region), session.nextHlc(), session.account().id});
        !s)
        return s.error();
    if (auto s = audited(session, QStringLiteral("write"), QStringLiteral("agenda.place"), QStringLiteral("place=%1").arg(id)); !s)
        return s.error();
    return id;
}

core::Result<QString> addOpeningHours(security::Session& session, const QString& professionalId, const OpeningHours& h)
{
    if (auto s = requirePlanning(session); !s)
        return s.error();
    if (auto s = requireProfessional(session, professionalId); !s)
        return s.error();
    if (h.weekday < 1 || h.weekday > 7 || h.start < 0 || h.end > 24 * 60 || h.start >= h.end)
        return invalid(QCoreApplication::translate("vigie::scheduling", "Invalid opening hours: %1 to %2").arg(clockText(h.start), clockText(h.end)));
    if (h.validFrom && h.validTo && *h.validTo < *h.validFrom)
        return invalid(QCoreApplication::translate("vigie::scheduling", "The opening ends on %1, before it starts on %2")
                           .arg(h.validTo->toString(QStringLiteral("dd/MM/yyyy")), h.validFrom->toString(QStringLiteral("dd/MM/yyyy"))));
    QSqlQuery q(session.db().sql());
    // Never two openings at once: the professional cannot be in two places.
    if (auto s = exec(q, QStringLiteral("SELECT weekday, start_time, end_time, place_id, valid_from, valid_to FROM agenda_hours "
                                        "WHERE professional_id = ? AND deleted = 0 AND weekday = ?"),
                      {professionalId, h.weekday});
        !s)
        return s.error();
    while (q.next()) {
        const OpeningHours other{q.value(0).toInt(), minutesOf(q.value(1).toString()), minutesOf(q.value(2).toString()),
                                 q.value(3).toString(), optDateOf(q.value(4)), optDateOf(q.value(5))};
        if (openingsOverlap(h, other))
            return invalid(QCoreApplication::translate("vigie::scheduling", "This opening overlaps the one of %1 to %2 the same day: "
                                                                            "change its hours or its period, or remove the other first")
                               .arg(clockText(other.start), clockText(other.end)));
    }
    const QString id = session.newId();
    if (auto s = exec(q, QStringLiteral("INSERT INTO agenda_hours(id, professional_id, place_id, weekday, start_time, end_time, valid_from, "
                                        "valid_to, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {id, professionalId, h.placeId, h.weekday, clockText(h.start), clockText(h.end), dateOrNull(h.validFrom),
                       dateOrNull(h.validTo), session.nextHlc(), session.account().id});
        !s)
        return s.error();
    if (auto s = audited(session, QStringLiteral("write"), QStringLiteral("agenda.hours"), QStringLiteral("professional=%1").arg(professionalId)); !s)
        return s.error();
    return id;
}

core::Result<QString> addAbsence(security::Session& session, const QString& professionalId, const DateRange& days, const QString& label)
{
    if (auto s = requirePlanning(session); !s)
        return s.error();
    if (auto s = requireProfessional(session, professionalId); !s)
        return s.error();
    if (!days.first.isValid() || !days.last.isValid() || days.last < days.first)
        return invalid(QCoreApplication::translate("vigie::scheduling", "An absence ends on or after its first day"));
    const QString id = session.newId();
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("INSERT INTO agenda_absences(id, professional_id, first_day, last_day, label, hlc, updated_by) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {id, professionalId, iso(days.first), iso(days.last), label, session.nextHlc(), session.account().id});
        !s)
        return s.error();
    if (auto s = audited(session, QStringLiteral("write"), QStringLiteral("agenda.absence"), QStringLiteral("professional=%1").arg(professionalId)); !s)
        return s.error();
    return id;
}

core::Status setDailyLimit(security::Session& session, const QString& professionalId, int limit)
{
    if (auto s = requirePlanning(session); !s)
        return s;
    if (auto s = requireProfessional(session, professionalId); !s)
        return s;
    if (limit < 1 || limit > 60)
        return invalid(QCoreApplication::translate("vigie::scheduling", "A daily limit is from 1 to 60 visits"));
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("INSERT INTO agenda_limits(id, professional_id, daily_limit, hlc, updated_by) VALUES (?, ?, ?, ?, ?) "
                                        "ON CONFLICT(professional_id) DO UPDATE SET daily_limit = excluded.daily_limit, "
                                        "row_version = row_version + 1, hlc = excluded.hlc, updated_by = excluded.updated_by, deleted = 0"),
                      {session.newId(), professionalId, limit, session.nextHlc(), session.account().id});
        !s)
        return s;
    return audited(session, QStringLiteral("write"), QStringLiteral("agenda.limit"), QStringLiteral("professional=%1").arg(professionalId));
}

core::Status setSlotLength(security::Session& session, VisitKind kind, int minutes)
{
    if (auto s = requirePlanning(session); !s)
        return s;
    if (minutes < 5 || minutes > 240)
        return invalid(QCoreApplication::translate("vigie::scheduling", "A slot lasts from 5 to 240 minutes"));
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("INSERT INTO slot_lengths(id, kind, minutes, hlc, updated_by) VALUES (?, ?, ?, ?, ?) "
                                        "ON CONFLICT(kind) DO UPDATE SET minutes = excluded.minutes, row_version = row_version + 1, "
                                        "hlc = excluded.hlc, updated_by = excluded.updated_by, deleted = 0"),
                      {session.newId(), codeOf(kind), minutes, session.nextHlc(), session.account().id});
        !s)
        return s;
    return audited(session, QStringLiteral("write"), QStringLiteral("agenda.slot_length"), codeOf(kind));
}

core::Result<QList<Place>> places(security::Session& session)
{
    if (auto s = requirePlanning(session); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("SELECT id, kind, name, COALESCE(address, ''), COALESCE(establishment_id, '') FROM agenda_places "
                                        "WHERE deleted = 0 ORDER BY name, id"));
        !s)
        return s.error();
    QList<Place> out;
    while (q.next())
        out.append(Place{q.value(0).toString(), placeKindFromCode(q.value(1).toString()).value_or(PlaceKind::Centre), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString()});
    return out;
}

core::Result<QList<std::pair<QString, QString>>> establishmentsToPlan(security::Session& session)
{
    auto teams = planningTeams(session);
    if (!teams)
        return teams.error();
    QList<std::pair<QString, QString>> out;
    if (teams.value().isEmpty())
        return out;
    QVariantList values;
    for (const QString& t : teams.value())
        values << t;
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("SELECT s.id, s.name FROM establishments s WHERE s.deleted = 0 AND s.id IN (SELECT establishment_id "
                                        "FROM team_establishments WHERE deleted = 0 AND team_id IN (%1)) ORDER BY s.name, s.id")
                                 .arg(placeholders(values.size())),
                      values);
        !s)
        return s.error();
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

core::Result<QList<OpeningRecord>> openingsOf(security::Session& session, const QString& professionalId)
{
    if (auto s = requireProfessionalInTeams(session, professionalId); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("SELECT id, weekday, start_time, end_time, place_id, valid_from, valid_to FROM agenda_hours "
                                        "WHERE professional_id = ? AND deleted = 0 ORDER BY weekday, start_time, id"),
                      {professionalId});
        !s)
        return s.error();
    QList<OpeningRecord> out;
    while (q.next())
        out.append(OpeningRecord{q.value(0).toString(),
                                 OpeningHours{q.value(1).toInt(), minutesOf(q.value(2).toString()), minutesOf(q.value(3).toString()),
                                              q.value(4).toString(), optDateOf(q.value(5)), optDateOf(q.value(6))}});
    return out;
}

core::Result<QList<AbsenceRecord>> absencesOf(security::Session& session, const QString& professionalId)
{
    if (auto s = requireProfessionalInTeams(session, professionalId); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("SELECT id, first_day, last_day, label FROM agenda_absences "
                                        "WHERE professional_id = ? AND deleted = 0 ORDER BY first_day, id"),
                      {professionalId});
        !s)
        return s.error();
    QList<AbsenceRecord> out;
    while (q.next())
        out.append(AbsenceRecord{q.value(0).toString(), DateRange{dateOf(q.value(1)), dateOf(q.value(2))}, q.value(3).toString()});
    return out;
}

core::Status removeOpeningHours(security::Session& session, const QString& openingId)
{
    return removeAgendaRow(session, QStringLiteral("agenda_hours"), openingId, QStringLiteral("agenda.hours"),
                           QCoreApplication::translate("vigie::scheduling", "Unknown opening %1").arg(openingId));
}

core::Status removeAbsence(security::Session& session, const QString& absenceId)
{
    return removeAgendaRow(session, QStringLiteral("agenda_absences"), absenceId, QStringLiteral("agenda.absence"),
                           QCoreApplication::translate("vigie::scheduling", "Unknown absence %1").arg(absenceId));
}

core::Result<Agendas> load(security::Session& session, const QStringList& teamIds, QDate from, QDate to)
{
    if (auto s = requirePlanning(session); !s)
        return s.error();
    Agendas a;
    // Nothing is booked in the past, today's past hours included (issue 19 item 2).
    a.nowDay = session.clock().today();
    a.nowMinute = core::Clock::parisMinutes(session.clock().nowUtc());
    if (teamIds.isEmpty())
        return a;
    QSqlDatabase db = session.db().sql();
    QSqlQuery q(db);
    // Places and their territory (one calendar per run: the territory of the places, metropolitan
    // France when they differ).
    if (auto s = exec(q, QStringLiteral("SELECT id, kind, name, COALESCE(address, ''), COALESCE(establishment_id, ''), region "
                                        "FROM agenda_places WHERE deleted = 0 ORDER BY id"));
        !s)
        return s.error();
    QStringList regions;
    while (q.next()) {
        a.places.append(Place{q.value(0).toString(), placeKindFromCode(q.value(1).toString()).value_or(PlaceKind::Centre),
                              q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
        if (!regions.contains(q.value(5).toString()))
            regions << q.value(5).toString();
    }
    if (regions.size() == 1)
        if (auto r = core::regionFromCode(regions.first()))
            a.region = r.value();
    // Professionals of the teams: members and leading physicians.
    const QString in = placeholders(teamIds.size());
    QVariantList teamValues;
    for (const QString& t : teamIds)
        teamValues << t;
    if (auto s = exec(q, QStringLiteral("SELECT a.id, a.display_name, a.role, t.team_id, COALESCE(l.daily_limit, 12) FROM accounts a "
                                        "JOIN (SELECT physician_id AS account_id, id AS team_id FROM teams WHERE deleted = 0 AND id IN (%1) "
                                        "      UNION SELECT account_id, team_id FROM team_members WHERE deleted = 0 AND team_id IN (%1)) t "
                                        "  ON t.account_id = a.id "
                                        "LEFT JOIN agenda_limits l ON l.professional_id = a.id AND l.deleted = 0 "
                                        "WHERE a.deleted = 0 AND a.active = 1 ORDER BY a.id, t.team_id")
                                 .arg(in),
                      teamValues + teamValues);
        !s)
        return s.error();
    QHash<QString, int> index;
    while (q.next()) {
        const auto kind = kindOfRole(q.value(2).toString());
        if (!kind)
            continue;
        const QString id = q.value(0).toString();
        if (!index.contains(id)) {
            Professional p;
            p.id = id;
            p.name = q.value(1).toString();
            p.kind = *kind;
            p.dailyLimit = q.value(4).toInt();
            index.insert(id, int(a.professionals.size()));
            a.professionals.append(p);
        }
        a.professionals[index.value(id)].teamIds << q.value(3).toString();
    }
    if (a.professionals.isEmpty())
        return a;
    QVariantList proValues;
    for (const Professional& p : std::as_const(a.professionals))
        proValues << p.id;
    const QString pros = placeholders(proValues.size());
    if (auto s = exec(q, QStringLiteral("SELECT professional_id, place_id, weekday, start_time, end_time, valid_from, valid_to FROM agenda_hours "
                                        "WHERE deleted = 0 AND professional_id IN (%1) ORDER BY professional_id, weekday, start_time")
                                 .arg(pros),
                      proValues);
        !s)
        return s.error();
    while (q.next()) {
        OpeningHours h{q.value(2).toInt(), minutesOf(q.value(3).toString()), minutesOf(q.value(4).toString()),
                       q.value(1).toString(), optDateOf(q.value(5)), optDateOf(q.value(6))};
        a.professionals[index.value(q.value(0).toString())].hours.append(h);
    }
    if (auto s = exec(q, QStringLiteral("SELECT professional_id, first_day, last_day FROM agenda_absences "
                                        "WHERE deleted = 0 AND last_day >= ? AND first_day <= ? AND professional_id IN (%1)")
                                 .arg(pros),
                      QVariantList{iso(from), iso(to)} + proValues);
        !s)
        return s.error();
    while (q.next())
        a.professionals[index.value(q.value(0).toString())].absences.append(DateRange{dateOf(q.value(1)), dateOf(q.value(2))});
    if (auto s = exec(q, QStringLiteral("SELECT professional_id, day, start_time, end_time FROM appointments "
                                        "WHERE deleted = 0 AND status IN ('planned', 'confirmed', 'done') AND day >= ? AND day <= ? "
                                        "AND professional_id IN (%1)")
                                 .arg(pros),
                      QVariantList{iso(from), iso(to)} + proValues);
        !s)
        return s.error();
    while (q.next())
        a.bookings.append(Booking{q.value(0).toString(), dateOf(q.value(1)), minutesOf(q.value(2).toString()),
                                  minutesOf(q.value(3).toString())});
    if (auto s = exec(q, QStringLiteral("SELECT kind, minutes FROM slot_lengths WHERE deleted = 0")); !s)
        return s.error();
    while (q.next())
        if (auto k = visitKindFromCode(q.value(0).toString()))
            a.slotLengths.set(*k, q.value(1).toInt());
    return a;
}

} // namespace vigie::scheduling::AgendaStore
