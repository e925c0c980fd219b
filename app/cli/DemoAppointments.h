#pragma once
// The demo's agendas in use (issue 19 item 7): appointments in every professional's agenda from a
// month ago to four weeks ahead, today included, answering the visits the follow-up rules find due
// (oldest deadlines first), booked through the real stores as the service would have booked them a
// month ago; the past ones then done (most), missed or cancelled, the coming ones planned or
// confirmed. Deterministic per seed and clock.

#include "core/Result.h"

#include <QString>

#include <functional>

namespace vigie::core {
class Clock;
}

namespace vigie::cli {

struct DemoAppointmentCounts {
    int booked = 0;
    int done = 0;
    int missed = 0; // no-show or cancelled
};

core::Result<DemoAppointmentCounts> populateDemoAppointments(const QString& databasePath, const QString& password, const core::Clock& clock,
                                                             quint64 seed, const std::function<void(const QString&)>& progress);

} // namespace vigie::cli
