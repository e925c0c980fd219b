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

// What the agenda editor lists (issue 6 part 3), with the ids a removal needs.
struct OpeningRecord {
    QString id;
    OpeningHours hours;
};
struct AbsenceRecord {
    QString id;
    DateRange days;
    QString label;
};
// Every place not removed, by name.
core::Result<QList<Place>> places(security::Session& session);
// The establishments of the account's teams (id, name), by name: where a company site may be.
core::Result<QList<std::pair<QString, QString>>> establishmentsToPlan(security::Session& session);
// A professional's weekly openings (by weekday, then start) and absences (by first day), for a
// professional of the account's teams (else refused, audited).
core::Result<QList<OpeningRecord>> openingsOf(security::Session& session, const QString& professionalId);
core::Result<QList<AbsenceRecord>> absencesOf(security::Session& session, const QString& professionalId);
// Removes an opening or an absence: a soft delete (deleted = 1, row_version, hlc, updated_by: the sync
// conventions carry the removal to the other sites), audited; the professional must be of the account's
// teams (else refused, audited). Appointments already booked in a removed opening stay: the assistant
// moves them.
core::Status removeOpeningHours(security::Session& session, const QString& openingId);
core::Status removeAbsence(security::Session& session, const QString& absenceId);

// The agendas of the professionals of `teamIds` (members and leading physicians) from `from` to `to`:
// their openings, absences, limits, the live appointments of the period, every place, the slot lengths.
core::Result<Agendas> load(security::Session& session, const QStringList& teamIds, QDate from, QDate to);

} // namespace vigie::scheduling::AgendaStore
