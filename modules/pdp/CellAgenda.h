#pragma once
// The PDP cell's meeting as a printed document (issue 17 part 4): the agenda — the cases to review
// (reviews due, overdue return visits) and the new flags from stoppages — and, once the meeting is
// recorded, its minutes (every decision of every meeting of that day, in order). Only what every member of the cell may read: names,
// establishments, the steps' kinds and dates, the reasons for review, the decisions. No cause of
// stoppage, no social note, nothing of the medical record. Pure code: HTML for the document printer.

#include "membership/Documents.h"
#include "pdp/PdpStore.h"


namespace vigie::pdp {

struct CellAgendaData {
    QString serviceName;
    QDate meetingDate;
    QList<AgendaItem> items;
    QList<Flag> flags;
    QList<MinuteLine> minutes;         // every decision of the day's meetings, empty before the first
};

membership::PrintableDocument cellAgendaDocument(const CellAgendaData& data);

} // namespace vigie::pdp
