// Rule 5: the return-to-work visit (visite de reprise) after a qualifying absence.
#include "scheduling/Dates.h"
#include "scheduling/Rules.h"

namespace vigie::scheduling {

namespace {

// Décret 2022-372 changed the thresholds for absences starting from this day.
const QDate kReform2022(2022, 4, 1);

// The start of the worker's first absence starting after `absence`, if any.
std::optional<QDate> nextAbsenceStart(const Worker& worker, const Absence& absence)
{
    std::optional<QDate> next;
    for (const Absence& a : worker.absences)
        if (a.start > absence.start && (!next || a.start < *next))
            next = a.start;
    return next;
}

} // namespace

// R4624-31: from 2022-04-01, maternity and occupational disease (any length), work accident of at
// least 30 days, non-occupational illness or accident of at least 60 days; before, maternity and
// occupational disease (any length), any other cause of at least 30 days.
bool returnQualifies(const Absence& absence)
{
    if (!absence.end)
        return false;
    const qint64 length = daysInclusive(absence.start, *absence.end);
    switch (absence.cause) {
    case AbsenceCause::Maternity:
    case AbsenceCause::OccupationalDisease:
        return true;
    case AbsenceCause::WorkAccident:
        return length >= 30;
    case AbsenceCause::Illness:
        return length >= (absence.start >= kReform2022 ? 60 : 30);
    }
    return false;
}

std::optional<QString> returnEmployment(const Worker& worker, QDate returnDate)
{
    const Employment* best = nullptr;
    for (const Employment& e : worker.employments) {
        if (e.start > returnDate || (e.end && *e.end < returnDate))
            continue;
        if (!best || e.start < best->start || (e.start == best->start && compareIds(e.id, best->id) < 0))
            best = &e;
    }
    if (!best)
        return std::nullopt;
    return best->id;
}

// R4624-31: within 8 days of the return, by the MT or a nurse by delegation (R4623-14 II).
QList<DueVisit> returnToWorkVisits(const Worker& worker, QDate today)
{
    QList<DueVisit> out;
    for (const Absence& absence : worker.absences) {
        if (!returnQualifies(absence))
            continue;
        const QDate returnDate = absence.end->addDays(1);
        const std::optional<QString> employment = returnEmployment(worker, returnDate);
        const std::optional<QDate> next = nextAbsenceStart(worker, absence);
        bool done = false;
        for (const Visit& v : worker.visits)
            done = done || (v.kind == VisitKind::Return && countsFor(v, employment) && v.date >= returnDate &&
                            (!next || v.date < *next));
        if (done)
            continue;
        out << makeDue(worker.id, employment, VisitKind::Return, returnDate, returnDate.addDays(8), Performer::HealthPro,
                       QStringLiteral("R4624-31"), today);
    }
    return out;
}

} // namespace vigie::scheduling
