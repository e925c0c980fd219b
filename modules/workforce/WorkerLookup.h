#pragma once
// Finding a worker the way a clinician types it (issue 18 item 2): "nom", "nom prénom" or "prénom nom"
// (either order, accents and case ignored, prefixes), or a date of birth (dd/mm/yyyy, d/m/yyyy,
// yyyy-mm-dd, ddmmyyyy). Pages of `limit` with `more` saying whether another page exists: a list never
// stops silently. Through WorkerStore (scope of the account's teams, oppositions, audit).

#include "core/Result.h"
#include "workforce/WorkerStore.h"

#include <optional>

namespace vigie::workforce::WorkerLookup {

struct Page {
    QList<WorkerSummary> workers;
    bool more = false;
};

// The date of birth typed, if the text is one.
std::optional<QDate> birthDateOf(const QString& text);
// How many name matches are considered when a first name narrows them (per order tried).
inline constexpr int NameCandidates = 500;
core::Result<Page> find(security::Session& session, const QString& text, int limit, int offset = 0);

} // namespace vigie::workforce::WorkerLookup
