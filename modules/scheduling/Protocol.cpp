#include "scheduling/Protocol.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie::scheduling {

namespace {

core::Status apply(const std::optional<int>& value, int legalMax, const char* field, int& out)
{
    if (!value)
        return core::Status::success();
    const QString name = QString::fromLatin1(field);
    if (*value < 1)
        return core::Status::fail(core::ErrorCode::Invalid,
                                  QCoreApplication::translate("vigie::scheduling", "%1: a periodicity must be at least one month (%2)")
                                      .arg(name)
                                      .arg(*value));
    if (*value > legalMax)
        //: %2 and %3 are numbers of months
        return core::Status::fail(core::ErrorCode::Invalid,
                                  QCoreApplication::translate("vigie::scheduling",
                                                              "%1: %2 months is longer than the legal maximum of %3 months")
                                      .arg(name)
                                      .arg(*value)
                                      .arg(legalMax));
    out = *value;
    return core::Status::success();
}

} // namespace

core::Result<Periodicities> periodicitiesOf(const Protocol& protocol)
{
    const Periodicities law = legalPeriodicities();
    Periodicities p = law;
    for (const core::Status& s : {apply(protocol.siRenewalMonths, law.siRenewalMonths, "si_renewal_months", p.siRenewalMonths),
                                  apply(protocol.siaRenewalMonths, law.siaRenewalMonths, "sia_renewal_months", p.siaRenewalMonths),
                                  apply(protocol.sirRenewalMonths, law.sirRenewalMonths, "sir_renewal_months", p.sirRenewalMonths),
                                  apply(protocol.sirIntermediateMonths, law.sirIntermediateMonths, "sir_intermediate_months",
                                        p.sirIntermediateMonths)}) {
        if (!s)
            return s.error();
    }
    return p;
}

Periodicities strictest(const Periodicities& a, const Periodicities& b)
{
    return Periodicities{std::min(a.siRenewalMonths, b.siRenewalMonths), std::min(a.siaRenewalMonths, b.siaRenewalMonths),
                         std::min(a.sirRenewalMonths, b.sirRenewalMonths),
                         std::min(a.sirIntermediateMonths, b.sirIntermediateMonths)};
}

Protocol protocolOf(const Periodicities& p)
{
    const Periodicities law = legalPeriodicities();
    const auto shorter = [](int value, int legal) { return value < legal ? std::optional<int>(value) : std::nullopt; };
    return Protocol{shorter(p.siRenewalMonths, law.siRenewalMonths), shorter(p.siaRenewalMonths, law.siaRenewalMonths),
                    shorter(p.sirRenewalMonths, law.sirRenewalMonths),
                    shorter(p.sirIntermediateMonths, law.sirIntermediateMonths)};
}

} // namespace vigie::scheduling
