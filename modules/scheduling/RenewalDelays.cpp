#include "scheduling/RenewalDelays.h"

#include <QCoreApplication>

namespace vigie::scheduling {

QList<RenewalDelay> allRenewalDelays() { return {RenewalDelay::Si, RenewalDelay::Sia, RenewalDelay::Sir, RenewalDelay::SirIntermediate}; }

QString renewalDelayTitle(RenewalDelay delay)
{
    switch (delay) {
    case RenewalDelay::Si: return QCoreApplication::translate("vigie::scheduling", "Renewal, individual follow-up (VIP)");
    case RenewalDelay::Sia: return QCoreApplication::translate("vigie::scheduling", "Renewal, adapted follow-up (VIP)");
    case RenewalDelay::Sir: return QCoreApplication::translate("vigie::scheduling", "Renewal, reinforced follow-up (medical exam)");
    case RenewalDelay::SirIntermediate: return QCoreApplication::translate("vigie::scheduling", "Intermediate visit, reinforced follow-up");
    }
    return {};
}

QString renewalDelayBasis(RenewalDelay delay)
{
    switch (delay) {
    case RenewalDelay::Si: return QStringLiteral("R4624-16");
    case RenewalDelay::Sia: return QStringLiteral("R4624-17");
    case RenewalDelay::Sir:
    case RenewalDelay::SirIntermediate: return QStringLiteral("R4624-28");
    }
    return {};
}

int legalMaximum(RenewalDelay delay) { return monthsOf(legalPeriodicities(), delay); }

int monthsOf(const Periodicities& p, RenewalDelay delay)
{
    switch (delay) {
    case RenewalDelay::Si: return p.siRenewalMonths;
    case RenewalDelay::Sia: return p.siaRenewalMonths;
    case RenewalDelay::Sir: return p.sirRenewalMonths;
    case RenewalDelay::SirIntermediate: return p.sirIntermediateMonths;
    }
    return 0;
}

void setMonths(Periodicities& p, RenewalDelay delay, int months)
{
    switch (delay) {
    case RenewalDelay::Si: p.siRenewalMonths = months; break;
    case RenewalDelay::Sia: p.siaRenewalMonths = months; break;
    case RenewalDelay::Sir: p.sirRenewalMonths = months; break;
    case RenewalDelay::SirIntermediate: p.sirIntermediateMonths = months; break;
    }
}

core::Status checkRenewalDelays(const Periodicities& periodicities)
{
    for (RenewalDelay d : allRenewalDelays()) {
        const int months = monthsOf(periodicities, d);
        if (months < 1 || months > legalMaximum(d))
            //: %1 the delay's title, %2 the months given, %3 the legal maximum in months, %4 the article
            return core::Status::fail(core::ErrorCode::Invalid,
                                      QCoreApplication::translate("vigie::scheduling",
                                                                  "%1: %2 months is refused; the delay goes from 1 to %3 months (%4)")
                                          .arg(renewalDelayTitle(d))
                                          .arg(months)
                                          .arg(legalMaximum(d))
                                          .arg(renewalDelayBasis(d)));
    }
    return core::Status::success();
}

} // namespace vigie::scheduling
