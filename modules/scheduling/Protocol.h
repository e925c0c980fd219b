#pragma once
// A team's medical protocol may SHORTEN the periodicities of rule 4, never lengthen them beyond the
// legal maxima (R4624-16, R4624-17, R4624-28). `rules due` always uses the legal defaults.

#include "core/Result.h"

#include <optional>

namespace vigie::scheduling {

// The periodicities rule 4 uses, in months (N years = 12·N months, clamped the same way).
struct Periodicities {
    int siRenewalMonths = 60;       // VIP_RENEWAL, SI: ≤ 5 years (R4624-16)
    int siaRenewalMonths = 36;      // VIP_RENEWAL, SIA: ≤ 3 years (R4624-17)
    int sirRenewalMonths = 48;      // EMA_RENEWAL, SIR: ≤ 4 years (R4624-28)
    int sirIntermediateMonths = 24; // SIR_INTERMEDIATE: ≤ 2 years after the MT's exam (R4624-28)
};

// The legal maxima.
inline Periodicities legalPeriodicities() { return {}; }

// An establishment followed by several teams: each interval is the shortest of their protocols.
Periodicities strictest(const Periodicities& a, const Periodicities& b);

// A protocol's shorter intervals; an unset value keeps the legal maximum.
struct Protocol {
    std::optional<int> siRenewalMonths;
    std::optional<int> siaRenewalMonths;
    std::optional<int> sirRenewalMonths;
    std::optional<int> sirIntermediateMonths;
};

// Checks the protocol (each interval from 1 month to the legal maximum; longer than the law →
// ErrorCode::Invalid naming the field) and gives the periodicities to use.
core::Result<Periodicities> periodicitiesOf(const Protocol& protocol);

// The protocol that gives `periodicities` (an interval equal to the legal maximum is left unset).
Protocol protocolOf(const Periodicities& periodicities);

} // namespace vigie::scheduling
