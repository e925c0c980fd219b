#include "scheduling/Planner.h"

#include "scheduling/DueVisit.h"
#include "scheduling/Territory.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace vigie::scheduling {

int Plan::withinDeadline() const
{
    return int(std::count_if(proposals.cbegin(), proposals.cend(), [](const Proposal& p) { return p.withinDeadline; }));
}

bool legallyCritical(const Demand& d)
{
    return d.kind == VisitKind::Return || d.basis == QLatin1String("R4624-24") || d.basis == QLatin1String("R4624-18");
}

bool plannerOrder(const Demand& a, const Demand& b, QDate today)
{
    const bool aOver = a.latest < today, bOver = b.latest < today;
    if (aOver != bOver)
        return aOver;
    const bool aCrit = legallyCritical(a), bCrit = legallyCritical(b);
    if (!aOver && aCrit != bCrit)
        return aCrit;
    if (a.latest != b.latest)
        return a.latest < b.latest;
    const QDate ae = a.earliest.value_or(QDate()), be = b.earliest.value_or(QDate());
    if (ae != be)
        return ae < be;
    return compareIds(a.key, b.key) < 0;
}

Demand demandAfterFailedAppointment(const Demand& original, const QString& appointmentId)
{
    Demand d = original;
    d.replacesAppointment = appointmentId;
    return d;
}

namespace {

// One opening of one professional on one day, with what it accepts.
struct Segment {
    int start = 0;
    int end = 0;
    int placeIndex = -1;
    PlaceKind placeKind = PlaceKind::Centre;
    QString establishmentId; // company site: its establishment
};

struct DayState {
    std::vector<Segment> segments;
    std::vector<std::pair<int, int>> busy; // sorted by start
    int count = 0;
};

struct Slot {
    int pro = -1;
    int day = -1;
    int start = 0;
    int placeIndex = -1;
};

// The agendas over the window, as a grid professional × day, updated as proposals are made.
class Grid
{
public:
    Grid(const Agendas& agendas, QDate from, QDate to) : m_agendas(agendas), m_from(from)
    {
        m_days = from.isValid() && to.isValid() && from <= to ? int(from.daysTo(to)) + 1 : 0;
        const int n = int(agendas.professionals.size());
        m_state.resize(size_t(n) * size_t(std::max(m_days, 0)));
        QHash<QString, int> placeIndex;
        for (int i = 0; i < agendas.places.size(); ++i)
            placeIndex.insert(agendas.places.at(i).id, i);
        QHash<QString, int> proIndex;
        for (int p = 0; p < n; ++p) {
            const Professional& pro = agendas.professionals.at(p);
            proIndex.insert(pro.id, p);
            for (const QString& team : pro.teamIds)
                m_byTeam[team].push_back(p);
            for (int d = 0; d < m_days; ++d) {
                const QDate day = from.addDays(d);
                if (core::isHoliday(day, agendas.region) || pro.absentOn(day))
                    continue;
                if (agendas.nowDay.isValid() && day < agendas.nowDay)
                    continue; // the past is never proposed
                // Today, only what is still to come: an opening is cut at the next quarter hour.
                const int notBefore = day == agendas.nowDay ? (agendas.nowMinute + 14) / 15 * 15 : 0;
                DayState& st = at(p, d);
                for (const OpeningHours& h : pro.hours) {
                    if (!h.appliesOn(day) || std::max(h.start, notBefore) >= h.end)
                        continue;
                    const int pi = placeIndex.value(h.placeId, -1);
                    if (pi < 0)
                        continue;
                    const Place& place = agendas.places.at(pi);
                    st.segments.push_back(Segment{std::max(h.start, notBefore), h.end, pi, place.kind, place.establishmentId});
                }
                std::sort(st.segments.begin(), st.segments.end(),
                          [](const Segment& a, const Segment& b) { return a.start < b.start; });
            }
        }
        for (const Booking& b : agendas.bookings) {
            const int p = proIndex.value(b.professionalId, -1);
            const int d = dayIndex(b.day);
            if (p >= 0 && d >= 0 && d < m_days)
                occupy(p, d, b.start, b.end);
        }
    }

    int days() const { return m_days; }
    int dayIndex(QDate day) const { return int(m_from.daysTo(day)); }
    QDate dayOf(int index) const { return m_from.addDays(index); }

    // The professionals of these teams (each once), in agenda order.
    std::vector<int> teamProfessionals(const QStringList& teams) const
    {
        std::vector<int> out;
        for (const QString& t : teams) {
            const auto it = m_byTeam.constFind(t);
            if (it != m_byTeam.cend())
                out.insert(out.end(), it->begin(), it->end());
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    // The earliest slot of `minutes` on days [firstDay, lastDay] among `pros` that accepts the demand.
    // Within a day: the earliest start; ties go to the professional with fewer appointments that day.
    // `placeAllowed` (by place index, when not empty): the places the search may use.
    std::optional<Slot> earliest(const std::vector<int>& pros, int firstDay, int lastDay, int minutes,
                                 const Demand& demand, const std::vector<char>& placeAllowed = {}) const
    {
        firstDay = std::max(firstDay, 0);
        lastDay = std::min(lastDay, m_days - 1);
        for (int d = firstDay; d <= lastDay; ++d) {
            std::optional<Slot> best;
            int bestCount = 0;
            for (int p : pros) {
                const DayState& st = at(p, d);
                if (st.segments.empty() || st.count >= m_agendas.professionals.at(p).dailyLimit)
                    continue;
                for (const Segment& seg : st.segments) {
                    if (best && seg.start >= best->start)
                        break;
                    if ((seg.placeKind == PlaceKind::Teleconsultation) != demand.teleconsultation)
                        continue;
                    if (seg.placeKind == PlaceKind::CompanySite && seg.establishmentId != demand.establishmentId)
                        continue;
                    if (!placeAllowed.empty() && !placeAllowed[size_t(seg.placeIndex)])
                        continue;
                    const int t = fit(st, seg, minutes);
                    if (t < 0)
                        continue;
                    if (!best || t < best->start || (t == best->start && st.count < bestCount)) {
                        best = Slot{p, d, t, seg.placeIndex};
                        bestCount = st.count;
                    }
                    break;
                }
            }
            if (best)
                return best;
        }
        return std::nullopt;
    }

    void occupy(int p, int d, int start, int end)
    {
        DayState& st = at(p, d);
        const auto pos = std::lower_bound(st.busy.begin(), st.busy.end(), std::make_pair(start, end));
        st.busy.insert(pos, {start, end});
        ++st.count;
    }

private:
    DayState& at(int p, int d) { return m_state[size_t(p) * size_t(m_days) + size_t(d)]; }
    const DayState& at(int p, int d) const { return m_state[size_t(p) * size_t(m_days) + size_t(d)]; }

    // The earliest start in `seg` where `minutes` fit between the busy intervals; -1 if none.
    static int fit(const DayState& st, const Segment& seg, int minutes)
    {
        int t = seg.start;
        for (const auto& [bs, be] : st.busy) {
            if (be <= t)
                continue;
            if (bs >= t + minutes)
                break;
            t = be;
        }
        return t + minutes <= seg.end ? t : -1;
    }

    const Agendas& m_agendas;
    QDate m_from;
    int m_days = 0;
    std::vector<DayState> m_state;
    QHash<QString, std::vector<int>> m_byTeam;
};

QString dateText(QDate d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

QString kindOfProfessional(ProfessionalKind kind)
{
    switch (kind) {
    case ProfessionalKind::Physician: return QCoreApplication::translate("vigie::scheduling", "occupational physician");
    case ProfessionalKind::CollaboratorPhysician: return QCoreApplication::translate("vigie::scheduling", "collaborator physician");
    case ProfessionalKind::Intern: return QCoreApplication::translate("vigie::scheduling", "intern");
    case ProfessionalKind::Nurse: return QCoreApplication::translate("vigie::scheduling", "occupational health nurse");
    }
    return {};
}

QString explain(const Demand& d, const Professional& pro, QDate day, QDate today, bool late)
{
    QStringList parts;
    if (d.latest < today)
        parts << QCoreApplication::translate("vigie::scheduling", "Overdue since %1 (%2)").arg(dateText(d.latest.addDays(1)), basisText(d.basis));
    else if (d.earliest)
        parts << QCoreApplication::translate("vigie::scheduling", "Due from %1 to %2 (%3)").arg(dateText(*d.earliest), dateText(d.latest), basisText(d.basis));
    else
        parts << QCoreApplication::translate("vigie::scheduling", "Due by %1 (%2)").arg(dateText(d.latest), basisText(d.basis));
    if (legallyCritical(d) && d.latest >= today)
        parts << QCoreApplication::translate("vigie::scheduling", "legally critical: planned first");
    if (!d.replacesAppointment.isEmpty())
        parts << QCoreApplication::translate("vigie::scheduling", "replaces a missed appointment, same deadline");
    if (d.performer == Performer::Mt)
        parts << QCoreApplication::translate("vigie::scheduling", "occupational physician only (R4623-14 II)");
    else
        parts << QCoreApplication::translate("vigie::scheduling", "with the %1 of the team in charge").arg(kindOfProfessional(pro.kind));
    if (late)
        parts << QCoreApplication::translate("vigie::scheduling", "no free slot before the deadline: first slot after it, %n day(s) late", "",
                                             int(d.latest.daysTo(day)));
    else if (d.latest >= today)
        parts << QCoreApplication::translate("vigie::scheduling", "first free slot, %n day(s) before the deadline", "",
                                             int(day.daysTo(d.latest)));
    else
        parts << QCoreApplication::translate("vigie::scheduling", "first free slot");
    return parts.join(QStringLiteral("; "));
}

QString whyUnplaced(const Demand& d, bool noTeam, bool noPerformer)
{
    if (noTeam)
        return QCoreApplication::translate("vigie::scheduling", "No team is in charge of the worker's establishment");
    if (noPerformer)
        return d.performer == Performer::Mt
                   ? QCoreApplication::translate("vigie::scheduling", "No occupational physician in the team in charge")
                   : QCoreApplication::translate("vigie::scheduling", "No health professional in the team in charge");
    return QCoreApplication::translate("vigie::scheduling", "No free slot in the period for a professional allowed to perform it");
}

class Planner
{
public:
    Planner(const Agendas& agendas, const PlanRequest& request)
        : m_agendas(agendas), m_request(request), m_grid(agendas, request.from, request.to)
    {
    }

    // The professionals who may take the demand: first choice, then the others allowed.
    void candidates(const Demand& d, std::vector<int>& preferred, std::vector<int>& others) const
    {
        preferred.clear();
        others.clear();
        for (int p : m_grid.teamProfessionals(d.teamIds)) {
            const ProfessionalKind kind = m_agendas.professionals.at(p).kind;
            if (!mayPerform(kind, d.performer))
                continue;
            // A HEALTH_PRO visit goes to a physician only when no one else can take it in time.
            if (d.performer == Performer::HealthPro && kind == ProfessionalKind::Physician)
                others.push_back(p);
            else
                preferred.push_back(p);
        }
    }

    int firstDay(const Demand& d) const
    {
        QDate start = m_request.from;
        if (d.earliest && *d.earliest > start)
            start = *d.earliest;
        return m_grid.dayIndex(start);
    }

    std::optional<Slot> search(const Demand& d, int lastDay, bool tiered)
    {
        candidates(d, m_preferred, m_others);
        const int minutes = m_agendas.slotLengths.minutesFor(d.kind);
        const int first = firstDay(d);
        if (tiered) {
            // The nearest places to the workplace first (Territory.h), then, at each distance, the
            // preferred professionals before the others.
            std::vector<Nearness> near;
            near.reserve(size_t(m_agendas.places.size()));
            for (const Place& place : m_agendas.places)
                near.push_back(nearness(place, d.workplacePostalCode));
            for (Nearness within : {Nearness::SameTown, Nearness::SameDepartement, Nearness::Elsewhere}) {
                std::vector<char> allowed(near.size());
                bool any = false;
                for (size_t i = 0; i < near.size(); ++i) {
                    allowed[i] = near[i] <= within ? 1 : 0;
                    any = any || allowed[i];
                }
                if (!any)
                    continue;
                if (auto s = m_grid.earliest(m_preferred, first, lastDay, minutes, d, allowed))
                    return s;
                if (auto s = m_grid.earliest(m_others, first, lastDay, minutes, d, allowed))
                    return s;
            }
            return std::nullopt;
        }
        std::vector<int> all = m_preferred;
        all.insert(all.end(), m_others.begin(), m_others.end());
        std::sort(all.begin(), all.end());
        return m_grid.earliest(all, first, lastDay, minutes, d);
    }

    void place(Plan& plan, const Demand& d, const Slot& s)
    {
        const int minutes = m_agendas.slotLengths.minutesFor(d.kind);
        m_grid.occupy(s.pro, s.day, s.start, s.start + minutes);
        const Professional& pro = m_agendas.professionals.at(s.pro);
        const QDate day = m_grid.dayOf(s.day);
        const bool within = day <= d.latest;
        plan.proposals.append(Proposal{d, pro.id, m_agendas.places.at(s.placeIndex).id, day, s.start, s.start + minutes,
                                       within, explain(d, pro, day, m_request.today, !within && d.latest >= m_request.today)});
    }

    void unplaced(Plan& plan, const Demand& d)
    {
        candidates(d, m_preferred, m_others);
        plan.unplaced.append(Unplaced{d, whyUnplaced(d, m_grid.teamProfessionals(d.teamIds).empty(),
                                                     m_preferred.empty() && m_others.empty())});
    }

    Plan deadlineFirst()
    {
        QList<const Demand*> order;
        for (const Demand& d : m_request.demands)
            order.append(&d);
        const QDate today = m_request.today;
        std::sort(order.begin(), order.end(), [today](const Demand* a, const Demand* b) { return plannerOrder(*a, *b, today); });
        Plan plan;
        QList<const Demand*> deferred;
        const int lastDay = m_grid.days() - 1;
        for (const Demand* d : order) {
            if (d->latest < today) { // overdue: as soon as possible, whatever the rest
                if (auto s = search(*d, lastDay, true))
                    place(plan, *d, *s);
                else
                    unplaced(plan, *d);
                continue;
            }
            if (auto s = search(*d, std::min(lastDay, m_grid.dayIndex(d->latest)), true))
                place(plan, *d, *s);
            else
                deferred.append(d);
        }
        for (const Demand* d : std::as_const(deferred)) {
            if (auto s = search(*d, lastDay, true))
                place(plan, *d, *s);
            else
                unplaced(plan, *d);
        }
        return plan;
    }

    Plan firstComeFirstServed()
    {
        QList<const Demand*> order;
        for (const Demand& d : m_request.demands)
            order.append(&d);
        std::stable_sort(order.begin(), order.end(), [](const Demand* a, const Demand* b) {
            if (a->requestedOn != b->requestedOn)
                return a->requestedOn < b->requestedOn;
            return compareIds(a->key, b->key) < 0;
        });
        Plan plan;
        const int lastDay = m_grid.days() - 1;
        for (const Demand* d : order) {
            if (auto s = search(*d, lastDay, false))
                place(plan, *d, *s);
            else
                unplaced(plan, *d);
        }
        return plan;
    }

private:
    const Agendas& m_agendas;
    const PlanRequest& m_request;
    Grid m_grid;
    std::vector<int> m_preferred;
    std::vector<int> m_others;
};

} // namespace

Plan planVisits(const Agendas& agendas, const PlanRequest& request)
{
    return Planner(agendas, request).deadlineFirst();
}

Plan planFirstComeFirstServed(const Agendas& agendas, const PlanRequest& request)
{
    return Planner(agendas, request).firstComeFirstServed();
}

} // namespace vigie::scheduling
