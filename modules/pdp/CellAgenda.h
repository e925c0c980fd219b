#pragma once
// The PDP cell's meeting as a printed document (issue 17 part 4): the agenda — the cases to review
// (reviews due, overdue return visits) and the new flags from stoppages — and, once the meeting is
// recorded, its minutes (the decision per case). Only what every member of the cell may read: names,
// establishments, the steps' kinds and dates, the reasons for review, the decisions. No cause of
// stoppage, no social note, nothing of the medical record. Pure code: HTML for the document printer.

#include "membership/Documents.h"
#include "pdp/PdpStore.h"

#include <QHash>

namespace vigie::pdp {

struct CellAgendaData {
    QString serviceName;
    QDate meetingDate;
    QList<AgendaItem> items;
    QList<Flag> flags;
    QHash<QString, QString> decisions; // case id → decision (the minutes), empty before the meeting
};

membership::PrintableDocument cellAgendaDocument(const CellAgendaData& data);

} // namespace vigie::pdp
