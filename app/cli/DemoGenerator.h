#pragma once
// Deterministic synthetic data for `vigie-cli demo` (cli-contract.md): enterprises, establishments,
// workers with INS identity traits, employments, visits and absences, all French-looking and valid
// (SIREN/SIRET Luhn keys, NIR keys, real NAF sub-classes and communes).
//
// Determinism: every random choice comes from one seeded generator (xoshiro256**), and ids/HLC
// stamps are derived from that generator and one reading of the clock, so the same options and the
// same clock give byte-identical rows, ids included. The rows are seeded, not local edits: they are
// written with change capture suspended and never reach the sync outbox.

#include "core/Result.h"

#include <QString>

#include <functional>

namespace vigie::core {
class Clock;
}
namespace vigie::storage {
class Database;
}

namespace vigie::cli {

struct DemoOptions {
    int establishments = 2000;
    int workers = 50000;
    int years = 3;
    quint64 seed = 1;
    QString dataDir; // folder holding names_fr.csv, naf_rev2.csv, communes_2026.csv
};

// Fills an open, migrated, empty database (accounts are not created here). Progress lines go to
// `progress` (may be empty). Errors: ErrorCode::Usage for bad options or a non-empty database,
// ErrorCode::Invalid for a missing or malformed reference file (named in the message),
// ErrorCode::Storage for a database failure (nothing of the failed batch is kept).
core::Status generateDemo(storage::Database& db, const DemoOptions& options, const core::Clock& clock,
                          const QString& updatedBy, std::function<void(const QString&)> progress);

} // namespace vigie::cli
