#pragma once
// Rule 1 of rules-contract.md: the follow-up category (SI / SIA / SIR) of an employment, with a
// short reason for people to read. Background: domain-rules.md §1.1–1.3.

#include "scheduling/Codes.h"
#include "scheduling/Situation.h"

#include <QDate>
#include <QString>

namespace vigie::scheduling {

struct CategoryDecision {
    Category category = Category::Si;
    // Codes and articles, not translated (like `basis`): "SIR: ASBESTOS, LEAD (R4624-23)",
    // "SIA: NIGHT_WORK, RQTH (R4624-17)", "SI (R4624-10)".
    QString reason;
};

// Under 18 on `date` (whole years, ageInYears).
bool isMinorOn(const Worker& worker, QDate date);

// Rule 1 — R4624-23 (SIR), R4624-17 / R4624-18 (SIA): SIR when `sir_risks` is not empty; otherwise
// SIA when the worker is a night worker on that employment, is under 18 on its start date, or has
// the flag RQTH or INVALIDITY_PENSION; otherwise SI.
CategoryDecision followUpCategory(const Worker& worker, const Employment& employment);

// Rule 7, last paragraph — L4624-2-1: once `exposure_end` is before `today`, the post is no longer
// SIR for the initial and periodic visits (rules 3–4).
bool exposureEnded(const Employment& employment, QDate today);

// The category rules 3–4 use: rule 1, computed as if `sir_risks` were empty once the exposure has
// ended (rule 7). While `exposure_end` is today or later, the post is still SIR.
CategoryDecision categoryForFollowUp(const Worker& worker, const Employment& employment, QDate today);

} // namespace vigie::scheduling
