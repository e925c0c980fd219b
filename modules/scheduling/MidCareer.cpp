// Rule 6: the mid-career visit (visite de mi-carrière).
#include "scheduling/Rules.h"

namespace vigie::scheduling {

// L4624-2-2 (loi 2021-1018, in force 2022-03-31): a visit in the year the worker turns 45, which
// the branch may bring forward (here: from the year they turn 43). For workers whose 45th birthday
// falls in 2022 or later, with at least one active employment. Listed only once `today` has
// reached `earliest`.
std::optional<DueVisit> midCareerVisit(const Worker& worker, QDate today)
{
    bool employed = false;
    for (const Employment& e : worker.employments)
        employed = employed || isActive(e, today);
    const int birthYear = worker.birthDate.year();
    if (!employed || birthYear + 45 < 2022)
        return std::nullopt;
    const QDate earliest(birthYear + 43, 1, 1);
    const QDate latest(birthYear + 45, 12, 31);
    if (today < earliest)
        return std::nullopt;
    for (const Visit& v : worker.visits)
        if (v.kind == VisitKind::MidCareer && v.date >= earliest)
            return std::nullopt;
    return makeDue(worker.id, std::nullopt, VisitKind::MidCareer, earliest, latest, Performer::HealthPro,
                   QStringLiteral("L4624-2-2"), today);
}

} // namespace vigie::scheduling
