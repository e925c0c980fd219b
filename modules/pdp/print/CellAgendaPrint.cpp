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
    if (!security::AccessPolicy::pdpAllows(session.account().role, security::PdpItem::CellMeeting, security::Action::Export)) {
        if (core::Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("export"), QStringLiteral("pdp.cell_meeting"), {}, 0,
                                                               QStringLiteral("denied"), QStringLiteral("reason=role")});
            !s)
            return s;
        return core::Error{core::ErrorCode::Denied,
                           QCoreApplication::translate("vigie::security", "Access refused: your role (%1) does not allow you to %2 %3")
                               .arg(security::roleTitle(session.account().role),
                                    QCoreApplication::translate("vigie::security", "print or export"),
                                    QCoreApplication::translate("vigie::security", "the job-retention cell's meetings"))};
    }
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
