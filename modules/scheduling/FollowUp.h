#pragma once
// The follow-up screens' arithmetic (issue 6 part 6), pure: which state each visit to plan is in, the
// counts per establishment, and the company view's state of each worker with the profession's
// indicator "workers up to date with their follow-up". No database, no clock: `today` is an input.

#include "scheduling/AppointmentStore.h"
#include "scheduling/DueVisit.h"
#include "scheduling/Planner.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace vigie::scheduling {

// Where a visit to plan stands. Overdue wins over "to plan" and "requested": a visit whose deadline
// has passed and that has no appointment is late, whoever asked for it.
enum class DueState { Overdue, ToPlan, Requested, Planned };

struct DueRow {
    QString workerId;
    QString workerName;
    QString establishmentId;
    VisitKind kind = VisitKind::Vip;
    QDate deadline;
    QString basis;                // the article
    DueState state = DueState::ToPlan;
    std::optional<QDate> plannedOn;
    bool late = false;            // overdue, or planned after its deadline: shown marked
};

// One row per demand (DemandStore::load: open requests and due visits no appointment answers) and one
// per live appointment (planned or confirmed; the other statuses are ignored).
QList<DueRow> dueRows(const QList<Demand>& demands, const QList<Appointment>& appointments, QDate today);

struct EstablishmentCounts {
    int overdue = 0;  // late and not planned
    int due = 0;      // to plan or requested, deadline not passed
    int planned = 0;  // booked (planned or confirmed)
};
EstablishmentCounts countsOf(const QList<DueRow>& rows, const QString& establishmentId);

// The company view: a worker is late when one of his due visits is overdue, "due" when the next
// deadline falls within `horizon` (inclusive), otherwise up to date.
enum class WorkerState { UpToDate, Due, Overdue };
struct NextDeadline {
    VisitKind kind = VisitKind::Vip;
    QDate deadline;
    QString basis;
};
// The earliest deadline of `due` (ties: the order of dueOrder), if any.
std::optional<NextDeadline> nextDeadline(const QList<DueVisit>& due);
WorkerState workerState(const QList<DueVisit>& due, QDate today, QDate horizon);

// "Workers up to date": the share of workers with no overdue visit, in whole percent rounded half up
// (0 when there is no worker). A worker whose visit is merely due is still up to date.
int upToDatePercent(const QList<WorkerState>& states);

// For people, translated: "overdue", "to plan", "requested", "planned on 03/12/2026"; "up to date",
// "due", "overdue".
QString dueStateText(const DueRow& row);
QString workerStateText(WorkerState state);

} // namespace vigie::scheduling
