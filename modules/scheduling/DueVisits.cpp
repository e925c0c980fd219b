// dueVisits(): every rule of rules-contract.md for every worker, in the output order.
#include "scheduling/Rules.h"

namespace vigie::scheduling {

QList<DueVisit> dueVisits(const Worker& worker, QDate today, const Periodicities& periodicities)
{
    return dueVisits(worker, today, [&periodicities](const Employment&) { return periodicities; });
}

QList<DueVisit> dueVisits(const Worker& worker, QDate today, const PeriodicitiesOfEmployment& periodicitiesOf)
{
    QList<DueVisit> out;
    for (const Employment& e : worker.employments) {
        if (const auto initial = initialVisit(worker, e, today))
            out << *initial;
        out << periodicVisits(worker, e, today, periodicitiesOf(e));
        if (const auto post = postExposureVisit(worker, e, today))
            out << *post;
    }
    out << returnToWorkVisits(worker, today);
    if (const auto mid = midCareerVisit(worker, today))
        out << *mid;
    return out;
}

QList<DueVisit> dueVisits(const Situation& situation, const Periodicities& periodicities)
{
    QList<DueVisit> out;
    for (const Worker& w : situation.workers)
        out << dueVisits(w, situation.today, periodicities);
    sortDue(out);
    return out;
}

} // namespace vigie::scheduling
