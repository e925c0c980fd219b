#include "DemoAppointments.h"

#include "core/Clock.h"
#include "core/FrenchCalendar.h"
#include "scheduling/AgendaStore.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/DemandStore.h"
#include "scheduling/Territory.h"
#include "security/SignIn.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

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

namespace {

// The agendas of the teams `login` plans for (the planner: team A; Dr Garnier: team B, which has no
// planner of its own), booked as `login`.
Result<DemoAppointmentCounts> populateFor(const QString& login, const QString& databasePath, const QString& password, const core::Clock& clock,
                                          std::mt19937_64& rng)
{
    const QDate today = clock.today();
    const QDate first = today.addDays(-PastDays), last = today.addDays(FutureDays);
    const auto between = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };

    // Booked a month ago, early in the morning: the stores check every slot as they would have then.
    core::ManualClock then(QDateTime(first.addDays(-1), QTime(5, 0), Qt::UTC));
    auto booking = security::signIn(databasePath, login, password, then);
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
    // Half of the visits due (the most urgent first), so that the worklist keeps work to plan; and
    // the visits asked for along the way (on request, R4624-34, for 30% of the current employments), as a
    // service's agendas hold many: with the history leaving few visits overdue, they keep every agenda in use.
    QList<Demand> queue;
    for (const Demand& d : demands.value())
        if (between(0, 1) == 0)
            queue << d;
    std::stable_sort(queue.begin(), queue.end(), [](const Demand& a, const Demand& b) { return a.latest < b.latest; });
    {
        QSqlQuery q(planner.db().sql());
        q.prepare(QStringLiteral("SELECT e.worker_id, upper(w.birth_name) || ' ' || COALESCE(NULLIF(w.used_first_name, ''), w.first_birth_first_name), "
                                 "e.id, e.establishment_id, te.team_id, COALESCE(s.postal_code, '') FROM employments e "
                                 "JOIN workers w ON w.id = e.worker_id AND w.deleted = 0 "
                                 "JOIN team_establishments te ON te.establishment_id = e.establishment_id AND te.deleted = 0 "
                                 "LEFT JOIN establishments s ON s.id = e.establishment_id "
                                 "WHERE e.deleted = 0 AND e.end_date IS NULL AND e.start_date <= ? ORDER BY e.id"));
        q.addBindValue(first.addDays(-1).toString(Qt::ISODate));
        if (!q.exec())
            return core::Error{core::ErrorCode::Storage, storage::sqlErrorText(q)};
        QList<Demand> asked;
        while (q.next()) {
            if (between(0, 99) >= 30)
                continue;
            Demand d;
            d.key = QStringLiteral("demo:on-request:") + q.value(2).toString();
            d.workerId = q.value(0).toString();
            d.workerName = q.value(1).toString();
            d.employmentId = q.value(2).toString();
            d.establishmentId = q.value(3).toString();
            d.teamIds = {q.value(4).toString()};
            d.kind = VisitKind::OnRequest;
            d.performer = Performer::HealthPro;
            d.latest = last.addDays(30);
            d.basis = QStringLiteral("R4624-34");
            d.workplacePostalCode = q.value(5).toString();
            asked << d;
        }
        queue += asked;
    }
    QSet<QString> used, workers;
    // The workers who opposed access by the team's other professionals (DemoService.cpp): seen by a
    // physician only, whose records the demo then fills (DemoRecords.cpp).
    QSet<QString> opposed;
    {
        QSqlQuery o(planner.db().sql());
        if (!o.exec(QStringLiteral("SELECT DISTINCT worker_id FROM oppositions")))
            return core::Error{core::ErrorCode::Storage, storage::sqlErrorText(o)};
        while (o.next())
            opposed.insert(o.value(0).toString());
    }
    // Where each centre and mobile unit is (a company site or tele-consultation is near by definition),
    // and each visit's nearest one.
    QHash<QString, QString> placePostalCode;
    for (const Place& p : std::as_const(agendas.places))
        if (p.kind == PlaceKind::Centre || p.kind == PlaceKind::MobileUnit)
            placePostalCode.insert(p.id, postalCodeInAddress(p.address));
    std::vector<Nearness> nearestOf;
    nearestOf.reserve(size_t(queue.size()));
    for (const Demand& d : std::as_const(queue)) {
        Nearness n = Nearness::Elsewhere;
        for (const QString& code : std::as_const(placePostalCode))
            n = std::min(n, nearness(code, d.workplacePostalCode));
        nearestOf.push_back(n);
    }

    // What each agenda should hold each day: a busy past, today, a fuller next fortnight than the one
    // after (room is left for the assistant); then filled one appointment per agenda-day per round,
    // so that however few visits there are, they spread over every agenda and every day.
    struct Cell {
        const Professional* pro;
        QDate day;
        int wanted;
        int booked = 0;
        QList<std::pair<int, QString>> starts; // candidate start times and their place
    };
    QList<Cell> cells;
    int rounds = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5 || core::isHoliday(day, agendas.region))
            continue;
        for (const Professional& pro : std::as_const(agendas.professionals)) {
            if (pro.absentOn(day))
                continue;
            Cell c{&pro, day, day < today ? between(3, 6) : day == today ? between(3, 5) : day <= today.addDays(14) ? between(2, 4) : between(1, 2)};
            for (const OpeningHours& h : pro.hours) {
                const Place* place = agendas.place(h.placeId);
                if (!h.appliesOn(day) || !place || place->kind == PlaceKind::Teleconsultation)
                    continue;
                for (int start = h.start + 10 * between(0, 2); start < h.end; start += 10 * between(2, 5))
                    c.starts.append({start, h.placeId});
            }
            if (!c.starts.isEmpty()) {
                rounds = std::max(rounds, c.wanted);
                cells.append(c);
            }
        }
    }
    // In a seeded random order: a small demo spreads its few visits over the whole window.
    std::shuffle(cells.begin(), cells.end(), rng);
    QList<Proposal> proposals;
    for (int round = 0; round < rounds; ++round) {
        for (Cell& c : cells) {
            if (c.booked >= c.wanted)
                continue;
            ++c.booked; // one attempt per round, placed or not
            int tried = 0;
            for (int i = 0; i < queue.size() && tried < 6; ++i) {
                const Demand& d = queue.at(i);
                if (used.contains(d.key) || workers.contains(d.workerId) || !sharesTeam(d, *c.pro) || d.teleconsultation ||
                    (c.pro->kind != ProfessionalKind::Physician && opposed.contains(d.workerId)) ||
                    !mayPerform(c.pro->kind, d.performer) || (d.earliest && c.day < *d.earliest))
                    continue;
                // Convoked to the nearest place of the territory (Territory.h), as the planner does.
                const Nearness nearest = nearestOf.at(i);
                const auto nearEnough = [&](const QString& placeId) {
                    const auto it = placePostalCode.constFind(placeId);
                    return it == placePostalCode.cend() || nearness(*it, d.workplacePostalCode) <= nearest;
                };
                if (std::none_of(c.starts.cbegin(), c.starts.cend(), [&](const auto& s) { return nearEnough(s.second); }))
                    continue;
                ++tried;
                const int minutes = agendas.slotLengths.minutesFor(d.kind);
                for (const auto& [start, placeId] : std::as_const(c.starts)) {
                    if (!nearEnough(placeId))
                        continue;
                    if (!slotRefusal(agendas, SlotQuestion{c.pro, c.day, start, minutes, d.performer, d.establishmentId, false}).isEmpty())
                        continue;
                    proposals.append(Proposal{d, c.pro->id, placeId, c.day, start, start + minutes, c.day <= d.latest,
                                              QCoreApplication::translate("vigie::cli", "Demonstration appointment")});
                    agendas.bookings.append(Booking{c.pro->id, c.day, start, start + minutes});
                    used.insert(d.key);
                    workers.insert(d.workerId);
                    tried = 6;
                    break;
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
    auto now = security::signIn(databasePath, login, password, clock);
    if (!now)
        return now.error();
    // One commit per status change in a database being created: no disk flush at each (as DemoRecords.cpp).
    if (QSqlQuery fast(now.value()->db().sql()); !fast.exec(QStringLiteral("PRAGMA synchronous = OFF")))
        return core::Error{core::ErrorCode::Storage, storage::sqlErrorText(fast)};
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

} // namespace

Result<DemoAppointmentCounts> populateDemoAppointments(const QString& databasePath, const QString& password, const core::Clock& clock,
                                                       quint64 seed, const std::function<void(const QString&)>& progress)
{
    if (progress)
        progress(QCoreApplication::translate("vigie::cli", "Appointments of the past month and the next four weeks…"));
    std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ULL + 19);
    DemoAppointmentCounts total;
    for (const QString& login : {QStringLiteral("planif"), QStringLiteral("medecin2")}) {
        auto counts = populateFor(login, databasePath, password, clock, rng);
        if (!counts)
            return counts.error();
        total.booked += counts.value().booked;
        total.done += counts.value().done;
        total.missed += counts.value().missed;
    }
    return total;
}

} // namespace vigie::cli
