#pragma once
// The professionals' agendas in the database (issue 6 part 3): places, weekly opening hours, absences,
// daily limits and slot lengths; and the agendas of a team over a period, as the planner needs them.
// Rights: the Planning module; agendas are read for the account's teams only.

#include "core/Result.h"
#include "scheduling/Agenda.h"
#include "security/Session.h"

#include <QDate>
#include <QStringList>

namespace vigie::scheduling::AgendaStore {

// The teams the account plans for (members and leading physicians): all of them, or `team` (id or
// name) when given, which must be one of them (else refused, audited).
core::Result<QStringList> teamsToPlan(security::Session& session, const QString& team = {});

core::Result<QString> addPlace(security::Session& session, const Place& place, core::Region region = core::Region::Metropole);
// One weekly opening of a professional (a physician, collaborator, intern or nurse) at a place.
core::Result<QString> addOpeningHours(security::Session& session, const QString& professionalId, const OpeningHours& hours);
core::Result<QString> addAbsence(security::Session& session, const QString& professionalId, const DateRange& days,
                                 const QString& label = {});
core::Status setDailyLimit(security::Session& session, const QString& professionalId, int limit);
core::Status setSlotLength(security::Session& session, VisitKind kind, int minutes);

// The agendas of the professionals of `teamIds` (members and leading physicians) from `from` to `to`:
// their openings, absences, limits, the live appointments of the period, every place, the slot lengths.
core::Result<Agendas> load(security::Session& session, const QStringList& teamIds, QDate from, QDate to);

} // namespace vigie::scheduling::AgendaStore
