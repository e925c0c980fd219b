#include "pdp/print/CellAgendaPrint.h"

#include "membership/print/DocumentPrinter.h"
#include "pdp/CellAgenda.h"
#include "security/PdpPolicy.h"
#include "security/PolicyStore.h"
#include "storage/AuditTrail.h"

#include <QCoreApplication>

namespace vigie::pdp {

core::Status printCellAgenda(security::Session& session, const QDate& meetingDate, const QString& path)
{
    if (core::Status s = PdpStore::require(session, security::PdpItem::CellMeeting, security::Action::Export, {}); !s)
        return s;
    CellAgendaData data;
    data.meetingDate = meetingDate;
    auto name = PdpStore::serviceName(session);
    if (!name)
        return name.error();
    data.serviceName = name.value();
    auto items = PdpStore::agenda(session, meetingDate);
    if (!items)
        return items.error();
    data.items = items.value();
    auto flags = StoppageStore::flags(session);
    if (!flags)
        return flags.error();
    data.flags = flags.value();
    auto minutes = PdpStore::minutesOn(session, meetingDate);
    if (!minutes)
        return minutes.error();
    data.minutes = minutes.value();
    if (core::Status s = membership::printPdf(cellAgendaDocument(data), path); !s)
        return s;
    return session.audit(storage::AuditEvent{{}, {}, QStringLiteral("export"), QStringLiteral("pdp.cell_meeting"), {}, 0,
                                             QStringLiteral("allowed"),
                                             QStringLiteral("meeting=%1 cases=%2").arg(meetingDate.toString(Qt::ISODate)).arg(data.items.size())});
}

} // namespace vigie::pdp
