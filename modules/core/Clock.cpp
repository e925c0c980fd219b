#include "core/Clock.h"

#include <QTimeZone>

namespace vigie::core {

namespace {

// Fallback for a machine without time-zone data: the EU rule (since 1996) puts Paris at UTC+2
// from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, else UTC+1.
QDate lastSunday(int year, int month)
{
    QDate d(year, month, QDate(year, month, 1).daysInMonth());
    return d.addDays(-(d.dayOfWeek() % 7));
}

int parisOffsetByEuRule(const QDateTime& utc)
{
    const int year = utc.date().year();
    const QDateTime summerStart(lastSunday(year, 3), QTime(1, 0), Qt::UTC);
    const QDateTime summerEnd(lastSunday(year, 10), QTime(1, 0), Qt::UTC);
    const bool summer = utc >= summerStart && utc < summerEnd;
    return summer ? 7200 : 3600;
}

QDate parisDateByEuRule(const QDateTime& utc)
{
    return utc.addSecs(parisOffsetByEuRule(utc)).date();
}

} // namespace

qint64 Clock::nowMsecs() const
{
    return nowUtc().toMSecsSinceEpoch();
}

QDate Clock::today() const
{
    return parisDate(nowUtc());
}

QDate Clock::parisDate(const QDateTime& instant)
{
    static const QTimeZone paris("Europe/Paris");
    const QDateTime utc = instant.toUTC();
    if (!paris.isValid())
        return parisDateByEuRule(utc);
    return utc.toTimeZone(paris).date();
}

int Clock::parisMinutes(const QDateTime& instant)
{
    static const QTimeZone paris("Europe/Paris");
    const QDateTime utc = instant.toUTC();
    const QTime t = paris.isValid() ? utc.toTimeZone(paris).time() : utc.addSecs(parisOffsetByEuRule(utc)).time();
    return t.hour() * 60 + t.minute();
}

QDateTime SystemClock::nowUtc() const
{
    // The only call to the machine clock in the whole code base (see Clock.h).
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime& start) : m_msecs(start.toMSecsSinceEpoch()) {}

ManualClock::ManualClock(qint64 unixMsecs) : m_msecs(unixMsecs) {}

QDateTime ManualClock::nowUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(m_msecs.load(), Qt::UTC);
}

void ManualClock::set(const QDateTime& instant)
{
    m_msecs.store(instant.toMSecsSinceEpoch());
}

void ManualClock::setMsecs(qint64 unixMsecs)
{
    m_msecs.store(unixMsecs);
}

void ManualClock::advance(std::chrono::milliseconds delta)
{
    m_msecs.fetch_add(delta.count());
}

void ManualClock::advanceSecs(qint64 secs)
{
    m_msecs.fetch_add(secs * 1000);
}

} // namespace vigie::core
