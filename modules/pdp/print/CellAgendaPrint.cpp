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
    auto meeting = PdpStore::meetingOn(session, meetingDate);
    if (!meeting)
        return meeting.error();
    if (meeting.value()) {
        auto decisions = PdpStore::decisions(session, *meeting.value());
        if (!decisions)
            return decisions.error();
        for (const auto& [caseId, text] : decisions.value())
            data.decisions.insert(caseId, text);
    }
    if (core::Status s = membership::printPdf(cellAgendaDocument(data), path); !s)
        return s;
    return session.audit(storage::AuditEvent{{}, {}, QStringLiteral("export"), QStringLiteral("pdp.cell_meeting"), {}, 0,
                                             QStringLiteral("allowed"),
                                             QStringLiteral("meeting=%1 cases=%2").arg(meetingDate.toString(Qt::ISODate)).arg(data.items.size())});
}

} // namespace vigie::pdp
