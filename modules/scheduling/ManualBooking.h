#pragma once
// Planning by hand (issue 6 part 4): the assistant drops a visit to plan on a slot of a professional's
// agenda. The slot is checked by `slotRefusal` (Agenda.h) — the very check the planner's proposals and
// the moves go through — after what only a hand-picked slot can get wrong: the day has passed, the
// visit's window has not opened yet (its `earliest`, as the planner respects it), or the professional is
// not of a team in charge of the worker's establishment. Pure.

#include "core/Result.h"
#include "scheduling/Agenda.h"
#include "scheduling/Planner.h"

#include <QDate>
#include <QString>

namespace vigie::scheduling {

// Where the visit was dropped: a professional, a day, a start time (minutes after midnight).
struct ManualSlot {
    QString professionalId;
    QDate day;
    int start = 0;
};

// Why the demand cannot be booked there, naming the worker, the professional, the day and the time
// ("DURAND Marie with Julien Roux on 07/12/2026 at 09:00: Only the occupational physician…"); empty
// when it can. The visit lasts the slot length of its kind (agendas.slotLengths).
QString manualBookingRefusal(const Agendas& agendas, const Demand& demand, const ManualSlot& slot, QDate today);

// The appointment to book (AppointmentStore::accept) at the place of the opening holding the slot, or
// ErrorCode::Invalid with manualBookingRefusal's text.
core::Result<Proposal> proposalByHand(const Agendas& agendas, const Demand& demand, const ManualSlot& slot, QDate today);

} // namespace vigie::scheduling
