#include "scheduling/Category.h"

#include "scheduling/Dates.h"

#include <QStringList>

namespace vigie::scheduling {

namespace {

// Rule 1 on a list of risks that may differ from the employment's own (empty after rule 7).
CategoryDecision decide(const Worker& worker, const Employment& employment, const QList<SirRisk>& risks)
{
    if (!risks.isEmpty()) {
        QStringList codes;
        for (SirRisk r : risks)
            if (!codes.contains(codeOf(r)))
                codes << codeOf(r);
        return {Category::Sir, QStringLiteral("SIR: %1 (R4624-23)").arg(codes.join(QStringLiteral(", ")))};
    }
    QStringList why;
    if (employment.nightWorker)
        why << QStringLiteral("NIGHT_WORK");
    if (isMinorOn(worker, employment.start))
        why << QStringLiteral("UNDER_18");
    if (worker.has(Flag::Rqth))
        why << codeOf(Flag::Rqth);
    if (worker.has(Flag::InvalidityPension))
        why << codeOf(Flag::InvalidityPension);
    if (!why.isEmpty())
        return {Category::Sia, QStringLiteral("SIA: %1 (R4624-17)").arg(why.join(QStringLiteral(", ")))};
    return {Category::Si, QStringLiteral("SI (R4624-10)")};
}

} // namespace

bool isMinorOn(const Worker& worker, QDate date)
{
    return ageInYears(worker.birthDate, date) < 18;
}

CategoryDecision followUpCategory(const Worker& worker, const Employment& employment)
{
    return decide(worker, employment, employment.sirRisks);
}

bool exposureEnded(const Employment& employment, QDate today)
{
    return employment.exposureEnd && *employment.exposureEnd < today;
}

CategoryDecision categoryForFollowUp(const Worker& worker, const Employment& employment, QDate today)
{
    if (employment.sirRisks.isEmpty() || !exposureEnded(employment, today))
        return followUpCategory(worker, employment);
    CategoryDecision d = decide(worker, employment, {});
    d.reason += QStringLiteral(", SIR exposure ended on %1 (L4624-2-1)").arg(isoText(*employment.exposureEnd));
    return d;
}

} // namespace vigie::scheduling
