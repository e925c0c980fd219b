#pragma once
// The status bar's words for the synchronisation (issue 14 item 6): online or offline, when it last
// succeeded, how many changes wait to leave, how many conflicts and rejected writes wait for a person.
// Pure: the clock's day decides between "at 10:42" and "on 3 March at 10:42".

#include "sync/ui/BackgroundSync.h"

#include <QDate>
#include <QString>

namespace vigie::sync {

struct SyncStatusLine {
    QString text;
    QString toolTip;
    bool attention = false; // offline, failed, or something waits for a person
};

SyncStatusLine statusLine(const SyncReport& report, const QDate& today);
SyncStatusLine runningLine();
// During a run that has moved something: "Synchronisation en cours… 120 envoyées, 4 000 reçues".
SyncStatusLine progressLine(const SyncCounts& counts);

} // namespace vigie::sync
