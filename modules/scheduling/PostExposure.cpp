// Rule 7: the post-exposure visit (visite post-exposition / fin de carrière).
#include "scheduling/Dates.h"
#include "scheduling/Rules.h"

namespace vigie::scheduling {

namespace {
// L4624-2-1 as amended by loi 2021-1018 / décret 2021-1065 applies to exposures ending from this day.
const QDate kPostExposureFrom(2021, 10, 1);
} // namespace

// The earlier of `exposure_end` and `end`, of those that are set.
std::optional<QDate> postExposureReference(const Employment& employment)
{
    if (employment.exposureEnd && employment.end)
        return std::min(*employment.exposureEnd, *employment.end);
    if (employment.exposureEnd)
        return employment.exposureEnd;
    return employment.end;
}

// L4624-2-1: for an SIR post (rule 1: non-empty sir_risks, whatever rule 7's downgrade says for
// rules 3–4), from one month before to six months after the reference date (the window of
// R4624-28-2), by the MT only (excluded from delegation by R4623-14 II).
std::optional<DueVisit> postExposureVisit(const Worker& worker, const Employment& employment, QDate today)
{
    if (employment.sirRisks.isEmpty())
        return std::nullopt;
    const std::optional<QDate> reference = postExposureReference(employment);
    if (!reference || *reference < kPostExposureFrom)
        return std::nullopt;
    const QDate earliest = plusMonths(*reference, -1);
    for (const Visit& v : worker.visits)
        if (v.kind == VisitKind::PostExposure && countsFor(v, employment.id) && v.date >= earliest)
            return std::nullopt;
    return makeDue(worker.id, employment.id, VisitKind::PostExposure, earliest, plusMonths(*reference, 6), Performer::Mt,
                   QStringLiteral("L4624-2-1"), today);
}

} // namespace vigie::scheduling
