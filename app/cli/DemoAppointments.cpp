#include "DemoAppointments.h"

#include "core/Clock.h"
#include "core/FrenchCalendar.h"
#include "scheduling/AgendaStore.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/DemandStore.h"
#include "security/SignIn.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <random>

namespace vigie::cli {
using core::Result;
using namespace scheduling;

namespace {

constexpr int PastDays = 30;   // a month of history
constexpr int FutureDays = 28; // four weeks ahead

bool sharesTeam(const Demand& d, const Professional& p)
{
    for (const QString& t : p.teamIds)
        if (d.teamIds.contains(t))
            return true;
    return false;
}

} // namespace

Result<DemoAppointmentCounts> populateDemoAppointments(const QString& databasePath, const QString& password, const core::Clock& clock,
                                                       quint64 seed, const std::function<void(const QString&)>& progress)
{
    if (progress)
        progress(QCoreApplication::translate("vigie::cli", "Appointments of the past month and the next four weeks…"));
    const QDate today = clock.today();
    const QDate first = today.addDays(-PastDays), last = today.addDays(FutureDays);
    std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ULL + 19);
    const auto between = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };

    // Booked a month ago, early in the morning: the stores check every slot as they would have then.
    core::ManualClock then(QDateTime(first.addDays(-1), QTime(5, 0), Qt::UTC));
    auto booking = security::signIn(databasePath, QStringLiteral("planif"), password, then);
    if (!booking)
        return booking.error();
    security::Session& planner = *booking.value();
    auto teams = AgendaStore::teamsToPlan(planner);
    if (!teams)
        return teams.error();
    auto demands = DemandStore::load(planner, teams.value(), then.today(), last.addMonths(1));
    if (!demands)
        return demands.error();
    auto loaded = AgendaStore::load(planner, teams.value(), first, last);
    if (!loaded)
        return loaded.error();
    Agendas agendas = loaded.value();
    QList<Demand> queue = demands.value();
    std::stable_sort(queue.begin(), queue.end(), [](const Demand& a, const Demand& b) { return a.latest < b.latest; });
    QSet<QString> used, workers;

    QList<Proposal> proposals;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5 || core::isHoliday(day, agendas.region))
            continue;
        for (const Professional& pro : std::as_const(agendas.professionals)) {
            if (pro.absentOn(day))
                continue;
            // A busy past, a fuller next fortnight than the one after: room is left for the assistant.
            const int wanted = day <= today ? between(4, 7) : day <= today.addDays(14) ? between(2, 4) : between(1, 3);
            int booked = 0;
            for (const OpeningHours& h : pro.hours) {
                if (booked >= wanted || !h.appliesOn(day))
                    continue;
                const Place* place = agendas.place(h.placeId);
                if (!place || place->kind == PlaceKind::Teleconsultation)
                    continue;
                for (int start = h.start + 10 * between(0, 3); start < h.end && booked < wanted; start += 10 * between(3, 6)) {
                    for (int i = 0; i < queue.size(); ++i) {
                        const Demand& d = queue.at(i);
                        if (used.contains(d.key) || workers.contains(d.workerId) || !sharesTeam(d, pro) || d.teleconsultation ||
                            (d.earliest && day < *d.earliest))
                            continue;
                        const int minutes = agendas.slotLengths.minutesFor(d.kind);
                        if (!slotRefusal(agendas, SlotQuestion{&pro, day, start, minutes, d.performer, d.establishmentId, false}).isEmpty())
                            continue;
                        proposals.append(Proposal{d, pro.id, h.placeId, day, start, start + minutes, day <= d.latest,
                                                  QCoreApplication::translate("vigie::cli", "Demonstration appointment")});
                        agendas.bookings.append(Booking{pro.id, day, start, start + minutes});
                        used.insert(d.key);
                        workers.insert(d.workerId);
                        ++booked;
                        break;
                    }
                }
            }
        }
    }
    DemoAppointmentCounts counts;
    if (proposals.isEmpty())
        return counts;
    auto ids = AppointmentStore::accept(planner, proposals);
    if (!ids)
        return ids.error();
    counts.booked = int(ids.value().size());
    booking.value().reset();

    // Today, as it is: what has happened is done (most), missed or cancelled; what is to come is
    // planned, half of it confirmed.
    auto now = security::signIn(databasePath, QStringLiteral("planif"), password, clock);
    if (!now)
        return now.error();
    const int nowMinute = core::Clock::parisMinutes(clock.nowUtc());
    for (int i = 0; i < proposals.size(); ++i) {
        const Proposal& p = proposals.at(i);
        const bool past = p.day < today || (p.day == today && p.end <= nowMinute);
        AppointmentStatus status = AppointmentStatus::Planned;
        const int roll = between(0, 99);
        if (past)
            status = roll < 90 ? AppointmentStatus::Done : roll < 96 ? AppointmentStatus::NoShow : AppointmentStatus::Cancelled;
        else if (roll < 50)
            status = AppointmentStatus::Confirmed;
        if (status == AppointmentStatus::Planned)
            continue;
        if (core::Status s = AppointmentStore::setStatus(*now.value(), ids.value().at(i), status); !s)
            return s.error();
        counts.done += status == AppointmentStatus::Done ? 1 : 0;
        counts.missed += status == AppointmentStatus::NoShow || status == AppointmentStatus::Cancelled ? 1 : 0;
    }
    return counts;
}

} // namespace vigie::cli
