#pragma once
// The service's renewal delays (issue 19 item 3): the periodicities of rule 4 the service applies to
// every team, within the law's bounds (from one month to R4624-16's five years, R4624-17's three,
// R4624-28's four and two). Pure: the check and the labels the screens show.

#include "core/Result.h"
#include "scheduling/Protocol.h"

#include <QString>

namespace vigie::scheduling {

enum class RenewalDelay { Si, Sia, Sir, SirIntermediate };
QList<RenewalDelay> allRenewalDelays();
QString renewalDelayTitle(RenewalDelay delay);  // translated, e.g. "Renewal, individual follow-up (VIP)"
QString renewalDelayBasis(RenewalDelay delay);  // R4624-16, ...
int legalMaximum(RenewalDelay delay);           // months
int monthsOf(const Periodicities& p, RenewalDelay delay);
void setMonths(Periodicities& p, RenewalDelay delay, int months);

// Each delay from 1 month to its legal maximum; otherwise ErrorCode::Invalid naming the delay by its
// title, the value given and the bound.
core::Status checkRenewalDelays(const Periodicities& periodicities);

} // namespace vigie::scheduling
