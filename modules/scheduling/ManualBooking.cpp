#include "scheduling/ManualBooking.h"

#include <QCoreApplication>

namespace vigie::scheduling {

namespace {

QString rawRefusal(const Agendas& agendas, const Demand& demand, const ManualSlot& slot, QDate today)
{
    const Professional* pro = agendas.professional(slot.professionalId);
    if (!pro)
        return QCoreApplication::translate("vigie::scheduling", "Unknown professional");
    if (slot.day < today)
        return QCoreApplication::translate("vigie::scheduling", "This day has passed");
    // The planner never proposes a day before the visit's window opens (a return visit before the
    // worker is back, a mid-career visit before its window): neither may a hand.
    if (demand.earliest && slot.day < *demand.earliest)
        return QCoreApplication::translate("vigie::scheduling", "Too early: this visit is due from %1 (%2)")
            .arg(demand.earliest->toString(QStringLiteral("dd/MM/yyyy")), demand.basis);
    bool inCharge = false;
    for (const QString& team : pro->teamIds)
        inCharge = inCharge || demand.teamIds.contains(team);
    if (!inCharge)
        return QCoreApplication::translate("vigie::scheduling", "The professional is not in a team in charge of the worker's establishment");
    return slotRefusal(agendas, SlotQuestion{pro, slot.day, slot.start, agendas.slotLengths.minutesFor(demand.kind), demand.performer,
                                             demand.establishmentId, demand.teleconsultation});
}

} // namespace

QString manualBookingRefusal(const Agendas& agendas, const Demand& demand, const ManualSlot& slot, QDate today)
{
    const QString why = rawRefusal(agendas, demand, slot, today);
    if (why.isEmpty())
        return {};
    const Professional* pro = agendas.professional(slot.professionalId);
    return QCoreApplication::translate("vigie::scheduling", "%1 with %2 on %3 at %4: %5")
        .arg(demand.workerName, pro ? pro->name : slot.professionalId, slot.day.toString(QStringLiteral("dd/MM/yyyy")),
             clockText(slot.start), why);
}

core::Result<Proposal> proposalByHand(const Agendas& agendas, const Demand& demand, const ManualSlot& slot, QDate today)
{
    const QString why = manualBookingRefusal(agendas, demand, slot, today);
    if (!why.isEmpty())
        return core::Error{core::ErrorCode::Invalid, why};
    const int end = slot.start + agendas.slotLengths.minutesFor(demand.kind);
    const OpeningHours* opening = openingAt(*agendas.professional(slot.professionalId), slot.day, slot.start, end);
    return Proposal{demand, slot.professionalId, opening->placeId, slot.day, slot.start, end, slot.day <= demand.latest,
                    QCoreApplication::translate("vigie::scheduling", "Planned by hand")};
}

} // namespace vigie::scheduling
