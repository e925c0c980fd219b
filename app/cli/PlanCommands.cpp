// plan --from D --to D [--team T] [--apply] [--today D] (issue 6 part 7): the planner's proposals for
// the visits to plan of the account's teams (or of team T, by id or name), from D to D.
//
// Standard output: one proposal per line, in the planner's order, tab-separated:
//   DAY  START  END  PROFESSIONAL  PLACE  KIND  WORKER_ID  WORKER  DEADLINE  on-time|late  EXPLANATION
// Standard error: the visits that could not be placed ("not placed: WORKER KIND due DATE: reason") and
// a summary line. With --apply the proposals are booked (all or none) and the summary says so.
// --today sets the reference date of the follow-up rules (default: today), for reproducible runs.
// Exit codes (cli-contract.md): 0; 1 (a period longer than a year, a proposal refused at booking);
// 2 (usage, dates); 3 (no Planning module, a team not the account's); 4; 5.
#include "Commands.h"

#include "scheduling/AgendaStore.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/DemandStore.h"

#include "core/Clock.h"

#include <QCoreApplication>

namespace vigie::cli {

namespace {

core::Result<QDate> dateOption(const CommandArgs& a, const QString& name, QDate fallback = {})
{
    if (!a.has(name)) {
        if (fallback.isValid())
            return fallback;
        return core::Error{core::ErrorCode::Usage, QCoreApplication::translate("vigie::cli", "The option %1 is required").arg(name)};
    }
    const QDate d = QDate::fromString(a.value(name), Qt::ISODate);
    if (!d.isValid())
        return core::Error{core::ErrorCode::Usage,
                           QCoreApplication::translate("vigie::cli", "Invalid date for %1: \"%2\" (YYYY-MM-DD)").arg(name, a.value(name))};
    return d;
}

QString dayText(QDate d) { return d.toString(Qt::ISODate); }

} // namespace

int runPlan(Cli& cli, const QStringList& args)
{
    using namespace scheduling;
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--team"), QStringLiteral("--today")},
                                     {QStringLiteral("--apply")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (!a.positional().isEmpty())
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli plan --from YYYY-MM-DD --to YYYY-MM-DD [--team T] [--apply] [--today YYYY-MM-DD]"));
    auto from = dateOption(a, QStringLiteral("--from"));
    if (!from)
        return cli.fail(from.error());
    auto to = dateOption(a, QStringLiteral("--to"));
    if (!to)
        return cli.fail(to.error());
    auto today = dateOption(a, QStringLiteral("--today"), cli.clock().today());
    if (!today)
        return cli.fail(today.error());
    if (to.value() < from.value() || from.value().daysTo(to.value()) > 366)
        return cli.fail(core::Error{core::ErrorCode::Invalid,
                                    QCoreApplication::translate("vigie::cli", "The period from %1 to %2 must end after it starts and last at most a year")
                                        .arg(dayText(from.value()), dayText(to.value()))});

    // With --today the command runs as on that day (its first minute): nothing is booked before it.
    const core::ManualClock pinned(QDateTime(today.value(), QTime(0, 0), Qt::UTC));
    auto session = a.has(QStringLiteral("--today")) ? cli.signIn(pinned) : cli.signIn();
    if (!session)
        return cli.fail(session.error());
    security::Session& s = *session.value();
    auto teams = AgendaStore::teamsToPlan(s, a.value(QStringLiteral("--team")));
    if (!teams)
        return cli.fail(teams.error());
    // Visits due up to a month after the period are planned in it, so that they can be on time.
    auto demands = DemandStore::load(s, teams.value(), today.value(), to.value().addMonths(1));
    if (!demands)
        return cli.fail(demands.error());
    auto agendas = AgendaStore::load(s, teams.value(), from.value(), to.value());
    if (!agendas)
        return cli.fail(agendas.error());
    // Never in the past: the first day proposed is the later of --from and the day after today.
    const QDate first = std::max(from.value(), today.value().addDays(1));
    const Plan plan = planVisits(agendas.value(), PlanRequest{today.value(), first, to.value(), demands.value()});

    if (a.has(QStringLiteral("--apply"))) {
        auto booked = AppointmentStore::accept(s, plan.proposals);
        if (!booked)
            return cli.fail(booked.error());
    }
    for (const Proposal& p : plan.proposals) {
        const Professional* pro = agendas.value().professional(p.professionalId);
        const Place* place = agendas.value().place(p.placeId);
        cli.out(QStringList{dayText(p.day), clockText(p.start), clockText(p.end), pro ? pro->name : p.professionalId,
                            place ? place->name : p.placeId, codeOf(p.demand.kind), p.demand.workerId, p.demand.workerName,
                            dayText(p.demand.latest), p.withinDeadline ? QStringLiteral("on-time") : QStringLiteral("late"),
                            p.explanation}
                    .join(QLatin1Char('\t')));
    }
    for (const Unplaced& u : plan.unplaced)
        cli.err(QCoreApplication::translate("vigie::cli", "not placed: %1 %2 due %3: %4")
                    .arg(u.demand.workerName, codeOf(u.demand.kind), dayText(u.demand.latest), u.reason));
    const QString summary = a.has(QStringLiteral("--apply"))
                                ? QCoreApplication::translate("vigie::cli", "%1 appointment(s) booked, %2 within the deadline, %3 not placed")
                                : QCoreApplication::translate("vigie::cli", "%1 proposal(s), %2 within the deadline, %3 not placed");
    cli.err(summary.arg(plan.proposals.size()).arg(plan.withinDeadline()).arg(plan.unplaced.size()));
    return 0;
}

} // namespace vigie::cli
