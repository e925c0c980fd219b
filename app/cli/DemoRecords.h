#pragma once
// The demo's medical records (issue 19 item 7): every appointment done in the past month (today's
// morning included) has its consultation, closed by the professional who saw the worker, with the
// documents signed at its end — attestation de suivi, avis d'aptitude for a worker under reinforced
// follow-up, now and then an annexe 4 proposal of adjustments, a prevention order, one avis
// d'inaptitude per physician — and, at the worker's first visit, what a professional records in a
// record: the identity check on a high-trust document (and the INS status it allows), the information
// on rights, the work history and exposures, consents, letters. Everything goes through the stores
// the screens use (access policy, audit, documents rendered and kept as signing keeps them), each
// session's clock set to the appointment's time. Deterministic per seed and clock.

#include "core/Result.h"

#include <QString>

#include <functional>

namespace vigie::core {
class Clock;
}

namespace vigie::cli {

struct DemoRecordCounts {
    int consultations = 0;
    int documents = 0;
    int identityChecks = 0;
    int exposures = 0;
    int workHistory = 0;
    int letters = 0;
    int consents = 0;
};

core::Result<DemoRecordCounts> populateDemoRecords(const QString& databasePath, const QString& password, const core::Clock& clock,
                                                   quint64 seed, const std::function<void(const QString&)>& progress);

} // namespace vigie::cli
