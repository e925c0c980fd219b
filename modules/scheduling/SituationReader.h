#pragma once
// Reads the JSON input of rules-contract.md ("Input") into a Situation. Everything the contract calls
// malformed is refused with ErrorCode::Invalid and a one-line message naming the JSON path of the
// offending field, e.g. `workers[2].employments[0].start`. Unknown keys are ignored.

#include "core/Result.h"
#include "scheduling/Situation.h"

#include <QByteArray>
#include <QDate>

#include <optional>

namespace vigie::scheduling {

// `todayOverride` (the CLI's --today) replaces the input's `today`, which is still checked when
// present; one of the two is required. Visits are checked against the resulting date.
core::Result<Situation> readSituation(const QByteArray& json, std::optional<QDate> todayOverride = std::nullopt);

} // namespace vigie::scheduling
