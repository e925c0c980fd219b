// bench-planner (`./dev bench planner`): 60,000 visits to plan into the agendas of 300 professionals over
// three months, with Vigie's planner (Planner.h: overdue and legally critical first, then by deadline,
// deadline-feasible visits before the others) and, on the same data in the same run, a first-come,
// first-served baseline (by request date, earliest allowed slot). Goal: the planner under 10 s, and more
// visits placed within their deadline than the baseline.
//
// The data are deterministic (fixed seed) and shaped like a service's quarter: 30 teams of 10 (3
// physicians, a collaborator physician, an intern, 5 nurses), each professional receiving on two to four
// half-days a week (the rest of their time goes to workplace actions), so that the agendas hold barely
// more than the demand; visit kinds in the proportions of a year's activity, each with the deadline its
// rule gives and the day the need became known (periodic visits months ahead, hirings and returns a few
// days before their deadline).
//
// Options: --visits N (60000), --professionals N (300), --seed S (2026).
#include "scheduling/Planner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <cstdio>
#include <random>

using namespace vigie::scheduling;

namespace {

struct Options {
    int visits = 60000;
    int professionals = 300;
    unsigned seed = 2026;
};

Options parse(const QStringList& args)
{
    Options o;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--visits"))
            o.visits = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--professionals"))
            o.professionals = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--seed"))
            o.seed = args[i + 1].toUInt();
    }
    return o;
}

struct Data {
    Agendas agendas;
    PlanRequest request;
};

Data generate(const Options& o)
{
    std::mt19937_64 rng(o.seed);
    const auto between = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Data data;
    const QDate today(2027, 1, 1), from(2027, 1, 4), to(2027, 4, 2); // 13 weeks, Easter Monday 29 March
    data.request.today = today;
    data.request.from = from;
    data.request.to = to;
    const int teams = std::max(1, o.professionals / 10);
    data.agendas.places.append(Place{QStringLiteral("tele"), PlaceKind::Teleconsultation, QStringLiteral("Téléconsultation"), {}, {}});
    for (int t = 0; t < teams; ++t)
        data.agendas.places.append(Place{QStringLiteral("centre-%1").arg(t), PlaceKind::Centre, QStringLiteral("Centre %1").arg(t), {}, {}});
    for (int p = 0; p < o.professionals; ++p) {
        const int team = p % teams;
        const int rank = p / teams; // 0–2 physicians, 3 collaborator, 4 intern, 5–9 nurses
        Professional pro;
        pro.id = QStringLiteral("pro-%1").arg(p, 4, 10, QLatin1Char('0'));
        pro.name = pro.id;
        pro.kind = rank < 3 ? ProfessionalKind::Physician
                 : rank == 3 ? ProfessionalKind::CollaboratorPhysician
                 : rank == 4 ? ProfessionalKind::Intern
                             : ProfessionalKind::Nurse;
        pro.teamIds = {QStringLiteral("team-%1").arg(team)};
        pro.dailyLimit = 8;
        // Two to four half-days of visits a week, on distinct weekdays.
        const int halfDays = between(2, 4);
        QList<int> used;
        while (used.size() < halfDays) {
            const int slot = between(0, 9); // weekday × morning/afternoon
            if (used.contains(slot))
                continue;
            used << slot;
            const int wd = slot / 2 + 1;
            const bool morning = slot % 2 == 0;
            pro.hours.append(OpeningHours{wd, morning ? 8 * 60 + 30 : 13 * 60 + 30, morning ? 12 * 60 : 17 * 60,
                                          QStringLiteral("centre-%1").arg(team), std::nullopt, std::nullopt});
        }
        if (between(0, 9) == 0) { // one in ten takes a week of leave in the quarter
            const QDate start = from.addDays(7 * between(0, 11));
            pro.absences.append(DateRange{start, start.addDays(4)});
        }
        data.agendas.professionals.append(pro);
    }
    // Visit kinds in the proportions of a year's activity, each with its rule's deadline.
    struct KindShare {
        VisitKind kind;
        Performer performer;
        const char* basis;
        int weight;
        int leadMin, leadMax; // days between the need becoming known and the deadline
    };
    const KindShare shares[] = {
        {VisitKind::Vip, Performer::HealthPro, "R4624-10", 30, 20, 90},
        {VisitKind::VipRenewal, Performer::HealthPro, "R4624-16", 28, 60, 180},
        {VisitKind::Ema, Performer::Mt, "R4624-24", 4, 0, 15},
        {VisitKind::EmaRenewal, Performer::Mt, "R4624-28", 5, 60, 180},
        {VisitKind::SirIntermediate, Performer::HealthPro, "R4624-28", 8, 60, 180},
        {VisitKind::Return, Performer::HealthPro, "R4624-31", 12, 8, 12},
        {VisitKind::MidCareer, Performer::HealthPro, "L4624-2-2", 10, 60, 240},
        {VisitKind::PostExposure, Performer::Mt, "L4624-2-1", 3, 30, 210},
    };
    int total = 0;
    for (const KindShare& s : shares)
        total += s.weight;
    for (int i = 0; i < o.visits; ++i) {
        int pick = between(0, total - 1);
        const KindShare* share = &shares[0];
        for (const KindShare& s : shares) {
            if (pick < s.weight) {
                share = &s;
                break;
            }
            pick -= s.weight;
        }
        Demand d;
        d.key = QStringLiteral("v%1").arg(i, 6, 10, QLatin1Char('0'));
        d.workerId = d.key;
        d.workerName = d.key;
        d.employmentId = QStringLiteral("e%1").arg(i);
        d.establishmentId = QStringLiteral("est-%1").arg(between(0, teams * 40 - 1));
        d.teamIds = {QStringLiteral("team-%1").arg(between(0, teams - 1))};
        d.kind = share->kind;
        d.performer = share->performer;
        d.basis = QString::fromLatin1(share->basis);
        // Deadlines: 6 % already overdue, the rest spread over the quarter and the month after it.
        d.latest = between(0, 99) < 6 ? today.addDays(-between(1, 60)) : from.addDays(between(0, 115));
        if (d.kind == VisitKind::Return)
            d.earliest = d.latest.addDays(-8);
        d.requestedOn = d.latest.addDays(-between(share->leadMin, share->leadMax));
        d.teleconsultation = false;
        data.request.demands.append(d);
    }
    return data;
}

struct Check {
    bool ok = true;
    QString why;
};

// Never two appointments at once, MT-only visits with physicians, never on a holiday or outside the hours.
Check verify(const Agendas& a, const Plan& plan)
{
    QHash<QString, const Professional*> pros;
    for (const Professional& p : a.professionals)
        pros.insert(p.id, &p);
    QHash<QString, QList<QPair<int, int>>> busy;
    for (const Proposal& p : plan.proposals) {
        const Professional* pro = pros.value(p.professionalId);
        if (!mayPerform(pro->kind, p.demand.performer))
            return {false, QStringLiteral("MT-only visit with %1").arg(pro->id)};
        if (vigie::core::isHoliday(p.day, a.region) || pro->absentOn(p.day) || !openingAt(*pro, p.day, p.start, p.end))
            return {false, QStringLiteral("closed slot %1 %2").arg(pro->id, p.day.toString(Qt::ISODate))};
        auto& list = busy[p.professionalId + p.day.toString(Qt::ISODate)];
        for (const auto& [s, e] : std::as_const(list))
            if (s < p.end && p.start < e)
                return {false, QStringLiteral("double booking %1").arg(pro->id)};
        if (list.size() >= pro->dailyLimit)
            return {false, QStringLiteral("daily limit %1").arg(pro->id)};
        list.append({p.start, p.end});
    }
    return {};
}

void report(const char* name, const Plan& plan, int demands, qint64 ms, const Check& check)
{
    const int within = plan.withinDeadline();
    std::printf("%-28s %8lld ms  placed %6lld  within deadline %6d (%5.1f %% of %d)  late %6lld  unplaced %6lld  checks %s\n", name,
                static_cast<long long>(ms), static_cast<long long>(plan.proposals.size()), within, 100.0 * within / std::max(demands, 1),
                demands, static_cast<long long>(plan.proposals.size() - within), static_cast<long long>(plan.unplaced.size()),
                check.ok ? "ok" : qPrintable(check.why));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parse(app.arguments());
    QElapsedTimer timer;
    timer.start();
    const Data data = generate(o);
    std::printf("bench-planner: %d visits to plan, %d professionals, %s to %s (data generated in %lld ms)\n", o.visits, o.professionals,
                qPrintable(data.request.from.toString(Qt::ISODate)), qPrintable(data.request.to.toString(Qt::ISODate)),
                static_cast<long long>(timer.elapsed()));
    int overdue = 0;
    for (const Demand& d : data.request.demands)
        overdue += d.latest < data.request.today ? 1 : 0;
    std::printf("already overdue at the start (cannot be on time): %d\n", overdue);

    timer.restart();
    const Plan planned = planVisits(data.agendas, data.request);
    const qint64 plannerMs = timer.elapsed();
    timer.restart();
    const Plan fcfs = planFirstComeFirstServed(data.agendas, data.request);
    const qint64 fcfsMs = timer.elapsed();

    const Check plannedCheck = verify(data.agendas, planned);
    const Check fcfsCheck = verify(data.agendas, fcfs);
    report("Vigie planner", planned, o.visits, plannerMs, plannedCheck);
    report("first come, first served", fcfs, o.visits, fcfsMs, fcfsCheck);
    const bool fast = plannerMs < 10000;
    const bool better = planned.withinDeadline() > fcfs.withinDeadline();
    std::printf("goal: under 10 s: %s; more within deadline than the baseline: %s (%+d visits)\n", fast ? "yes" : "NO", better ? "yes" : "NO",
                planned.withinDeadline() - fcfs.withinDeadline());
    return fast && better && plannedCheck.ok && fcfsCheck.ok ? 0 : 1;
}
