#pragma once
// Professionals' agendas as the planner sees them (issue 6 part 3): where and when each professional
// receives (opening hours by place and weekday), the days off (French public holidays, absences), how
// long each kind of visit takes, and the appointments already booked. Pure values: the stores load
// them (AgendaStore.h), the planner (Planner.h) fills them.

#include "core/FrenchCalendar.h"
#include "scheduling/Codes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::scheduling {

// Where a visit takes place. Tele-consultation (R4624-41-1 to -6) needs the worker's consent and the
// professional's judgment that it fits: the planner only uses it for requests that ask for it.
enum class PlaceKind { Centre, MobileUnit, CompanySite, Teleconsultation };
QString codeOf(PlaceKind kind); // centre, mobile_unit, company_site, teleconsultation
std::optional<PlaceKind> placeKindFromCode(const QString& code);

struct Place {
    QString id;
    PlaceKind kind = PlaceKind::Centre;
    QString name;             // "Centre de Lyon Gerland", "Unité mobile 2", "Site Atelier Nord", "Téléconsultation"
    QString address;
    QString establishmentId;  // CompanySite: the establishment whose workers are seen there (only them)
};

// Who performs visits. The médecin du travail is the only one for visits whose performer is MT
// (EMA, EMA_RENEWAL, POST_EXPOSURE: R4623-14 II keeps them from delegation); every kind below may
// perform HEALTH_PRO visits under the MT's protocol (L4624-1 I).
enum class ProfessionalKind { Physician, CollaboratorPhysician, Intern, Nurse };
bool mayPerform(ProfessionalKind kind, Performer performer);

// A weekly opening: on `weekday` (1 = Monday … 7 = Sunday) from `start` to `end` (minutes after
// midnight, local time) at `place`, in force from `validFrom` to `validTo` (both optional, inclusive).
struct OpeningHours {
    int weekday = 1;
    int start = 9 * 60;
    int end = 12 * 60;
    QString placeId;
    std::optional<QDate> validFrom;
    std::optional<QDate> validTo;
    bool appliesOn(const QDate& day) const;
};

// Two weekly openings of one professional that would hold her in two places at once: same weekday,
// hours that intersect, periods of validity that intersect (an open end runs forever).
bool openingsOverlap(const OpeningHours& a, const OpeningHours& b);

struct DateRange {
    QDate first;
    QDate last; // inclusive
    bool contains(const QDate& day) const { return first <= day && day <= last; }
};

struct Professional {
    QString id;                   // account id
    QString name;                 // display name
    ProfessionalKind kind = ProfessionalKind::Nurse;
    QStringList teamIds;          // the teams it works in: it sees the workers of their establishments
    int dailyLimit = 12;          // visits a day at most, whatever the hours leave room for
    QList<OpeningHours> hours;
    QList<DateRange> absences;    // leave, training, sickness: no visit those days
    bool absentOn(const QDate& day) const;
};

// An appointment already in the agenda (planned, confirmed or done): its time is taken.
struct Booking {
    QString professionalId;
    QDate day;
    int start = 0; // minutes after midnight
    int end = 0;
};

// How long each kind of visit takes, in minutes (a service may change them: slot_lengths table).
struct SlotLengths {
    int minutesFor(VisitKind kind) const;
    void set(VisitKind kind, int minutes);

private:
    QList<std::pair<VisitKind, int>> m_overrides;
};
int defaultSlotMinutes(VisitKind kind);

// The agendas of a planning run: professionals, places, bookings, the calendar of the territory.
struct Agendas {
    QList<Professional> professionals;
    QList<Place> places;
    QList<Booking> bookings;
    SlotLengths slotLengths;
    core::Region region = core::Region::Metropole;
    // The present (French civil day, minutes after midnight): no visit may start before it, today's
    // past hours included. An invalid day sets no bound (planning runs on paper, benchmarks).
    QDate nowDay;
    int nowMinute = 0;

    bool hasPassed(const QDate& day, int start) const
    {
        return nowDay.isValid() && (day < nowDay || (day == nowDay && start < nowMinute));
    }

    const Place* place(const QString& id) const;
    const Professional* professional(const QString& id) const;
};

// Why a professional cannot take a visit at that time; empty when it can. Checks the opening hours
// (the whole visit inside one opening), the holiday calendar, the professional's absences, the kind of
// professional for the performer, the place (a company site only for its establishment; tele-
// consultation only when asked for), the daily limit and the bookings (never two visits at once).
struct SlotQuestion {
    const Professional* professional = nullptr;
    QDate day;
    int start = 0;
    int minutes = 0;
    Performer performer = Performer::HealthPro;
    QString establishmentId;
    bool teleconsultationWanted = false;
};
QString slotRefusal(const Agendas& agendas, const SlotQuestion& question);

// The opening of `pro` holding the whole interval [start, end) on `day`, if any.
const OpeningHours* openingAt(const Professional& pro, const QDate& day, int start, int end);

// "09:05" from minutes after midnight, and back (-1 when malformed).
QString clockText(int minutes);
int minutesOf(const QString& hhmm);

} // namespace vigie::scheduling
