#include "sync/ui/SyncStatusLine.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace vigie::sync {
namespace {
// "à 10:42" today, "le 3 mars à 10:42" another day, in the workstation's time.
QString when(const QString& isoUtc, const QDate& today)
{
    QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!at.isValid())
        return {};
    at = at.toLocalTime();
    const QLocale locale;
    if (at.date() == today)
        return QCoreApplication::translate("vigie::sync::SyncStatusLine", "at %1").arg(locale.toString(at.time(), QStringLiteral("HH:mm")));
    return QCoreApplication::translate("vigie::sync::SyncStatusLine", "on %1 at %2")
        .arg(locale.toString(at.date(), QStringLiteral("d MMMM")), locale.toString(at.time(), QStringLiteral("HH:mm")));
}
} // namespace

SyncStatusLine runningLine()
{
    return {QCoreApplication::translate("vigie::sync::SyncStatusLine", "Synchronising…"), {}, false};
}

SyncStatusLine progressLine(const SyncCounts& counts)
{
    const QLocale locale;
    return {QCoreApplication::translate("vigie::sync::SyncStatusLine", "Synchronising… %1 sent, %2 received")
                .arg(locale.toString(counts.pushed), locale.toString(counts.pulled)),
            {}, false};
}

SyncStatusLine statusLine(const SyncReport& report, const QDate& today)
{
    SyncStatusLine line;
    const SyncStatus& s = report.status;
    QStringList parts;
    switch (report.outcome) {
    case SyncReport::Outcome::NotEnrolled:
        line.text = QCoreApplication::translate("vigie::sync::SyncStatusLine", "Synchronisation: this workstation is not enrolled");
        line.toolTip = QCoreApplication::translate("vigie::sync::SyncStatusLine",
                                                   "Work is kept on this workstation only. To share it with the service, enrol the workstation: "
                                                   "vigie-cli sync enroll --server URL --user LOGIN");
        return line;
    case SyncReport::Outcome::Done:
        parts << QCoreApplication::translate("vigie::sync::SyncStatusLine", "Online, synchronised %1").arg(when(s.lastSync, today));
        break;
    case SyncReport::Outcome::Offline:
        line.attention = true;
        parts << (s.lastSync.isEmpty() ? QCoreApplication::translate("vigie::sync::SyncStatusLine", "Offline, never synchronised")
                                       : QCoreApplication::translate("vigie::sync::SyncStatusLine", "Offline, last synchronised %1").arg(when(s.lastSync, today)));
        break;
    case SyncReport::Outcome::Failed:
        line.attention = true;
        parts << QCoreApplication::translate("vigie::sync::SyncStatusLine", "Synchronisation failed");
        break;
    }
    if (s.pending > 0)
        parts << QCoreApplication::translate("vigie::sync::SyncStatusLine", "%n change(s) waiting", nullptr, s.pending);
    if (s.conflicts > 0) {
        line.attention = true;
        parts << QCoreApplication::translate("vigie::sync::SyncStatusLine", "%n conflict(s)", nullptr, s.conflicts);
    }
    if (s.quarantined > 0) {
        line.attention = true;
        parts << QCoreApplication::translate("vigie::sync::SyncStatusLine", "%n write(s) refused", nullptr, s.quarantined);
    }
    line.text = parts.join(QStringLiteral(" · "));
    QStringList tip;
    if (!report.error.isEmpty())
        tip << report.error;
    if (report.outcome == SyncReport::Outcome::Done)
        tip << QCoreApplication::translate("vigie::sync::SyncStatusLine", "Last run: %1 sent, %2 received")
                   .arg(report.counts.pushed)
                   .arg(report.counts.pulled);
    if (!s.server.isEmpty())
        tip << QCoreApplication::translate("vigie::sync::SyncStatusLine", "Server: %1").arg(s.server);
    tip << QCoreApplication::translate("vigie::sync::SyncStatusLine", "F5 synchronises now.");
    line.toolTip = tip.join(QLatin1Char('\n'));
    return line;
}

} // namespace vigie::sync
