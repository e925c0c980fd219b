#include "scheduling/FollowUp.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie::scheduling {

QList<DueRow> dueRows(const QList<Demand>& demands, const QList<Appointment>& appointments, QDate today)
{
    QList<DueRow> rows;
    for (const Demand& d : demands) {
        DueRow r{d.workerId, d.workerName, d.establishmentId, d.kind, d.latest, d.basis, DueState::ToPlan, std::nullopt, false};
        if (d.latest < today)
            r.state = DueState::Overdue;
        else if (!d.requestId.isEmpty())
            r.state = DueState::Requested;
        r.late = r.state == DueState::Overdue;
        rows << r;
    }
    for (const Appointment& a : appointments) {
        if (a.status != AppointmentStatus::Planned && a.status != AppointmentStatus::Confirmed)
            continue;
        // A booking after the deadline is still late: the law's deadline does not move.
        rows << DueRow{a.workerId, a.workerName, a.establishmentId, a.kind, a.dueBy, a.basis, DueState::Planned, a.day, a.day > a.dueBy};
    }
    return rows;
}

EstablishmentCounts countsOf(const QList<DueRow>& rows, const QString& establishmentId)
{
    EstablishmentCounts c;
    for (const DueRow& r : rows) {
        if (r.establishmentId != establishmentId)
            continue;
        switch (r.state) {
        case DueState::Overdue: ++c.overdue; break;
        case DueState::ToPlan:
        case DueState::Requested: ++c.due; break;
        case DueState::Planned: ++c.planned; break;
        }
    }
    return c;
}

std::optional<NextDeadline> nextDeadline(const QList<DueVisit>& due)
{
    if (due.isEmpty())
        return std::nullopt;
    const DueVisit first = *std::min_element(due.begin(), due.end(), [](const DueVisit& a, const DueVisit& b) {
        if (a.latest != b.latest)
            return a.latest < b.latest;
        return dueOrder(a, b);
    });
    return NextDeadline{first.kind, first.latest, first.basis};
}

WorkerState workerState(const QList<DueVisit>& due, QDate today, QDate horizon)
{
    const auto next = nextDeadline(due);
    if (!next)
        return WorkerState::UpToDate;
    if (next->deadline < today)
        return WorkerState::Overdue;
    return next->deadline <= horizon ? WorkerState::Due : WorkerState::UpToDate;
}

int upToDatePercent(const QList<WorkerState>& states)
{
    if (states.isEmpty())
        return 0;
    const auto upToDate = std::count_if(states.begin(), states.end(), [](WorkerState s) { return s != WorkerState::Overdue; });
    return int((upToDate * 200 + states.size()) / (2 * states.size()));
}

QString dueStateText(const DueRow& row)
{
    switch (row.state) {
    case DueState::Overdue: return QCoreApplication::translate("vigie::scheduling", "overdue");
    case DueState::ToPlan: return QCoreApplication::translate("vigie::scheduling", "to plan");
    case DueState::Requested: return QCoreApplication::translate("vigie::scheduling", "requested");
    case DueState::Planned: {
        const QString day = row.plannedOn ? row.plannedOn->toString(QStringLiteral("dd/MM/yyyy")) : QString();
        return row.late ? QCoreApplication::translate("vigie::scheduling", "planned on %1, after the deadline").arg(day)
                        : QCoreApplication::translate("vigie::scheduling", "planned on %1").arg(day);
    }
    }
    return {};
}

QString workerStateText(WorkerState state)
{
    switch (state) {
    case WorkerState::UpToDate: return QCoreApplication::translate("vigie::scheduling", "up to date");
    case WorkerState::Due: return QCoreApplication::translate("vigie::scheduling", "due");
    case WorkerState::Overdue: return QCoreApplication::translate("vigie::scheduling", "overdue");
    }
    return {};
}

} // namespace vigie::scheduling
