#include "core/Hlc.h"

#include "core/Clock.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace vigie::core {

namespace {

constexpr int kWallDigits = 13;   // Unix ms stay 13 digits until the year 2286
constexpr int kCounterDigits = 5;
constexpr int kNodeOffset = kWallDigits + 1 + kCounterDigits + 1;

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

QString HlcTimestamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, kWallDigits, 10, QLatin1Char('0'))
        .arg(counter, kCounterDigits, 10, QLatin1Char('0'))
        .arg(node);
}

Result<HlcTimestamp> HlcTimestamp::parse(const QString& text)
{
    const QStringView v(text);
    if (v.size() <= kNodeOffset || v[kWallDigits] != u'-' || v[kNodeOffset - 1] != u'-'
        || !allDigits(v.left(kWallDigits)) || !allDigits(v.mid(kWallDigits + 1, kCounterDigits))) {
        return Result<HlcTimestamp>::fail(
            ErrorCode::Invalid,
            QCoreApplication::translate("vigie::core", "Invalid HLC timestamp \"%1\": expected "
                                                       "13-digit time, 5-digit counter and node id")
                .arg(text));
    }
    HlcTimestamp ts;
    ts.wallMs = v.left(kWallDigits).toLongLong();
    ts.counter = v.mid(kWallDigits + 1, kCounterDigits).toInt();
    ts.node = v.mid(kNodeOffset).toString();
    return ts;
}

bool operator<(const HlcTimestamp& a, const HlcTimestamp& b)
{
    if (a.wallMs != b.wallMs)
        return a.wallMs < b.wallMs;
    if (a.counter != b.counter)
        return a.counter < b.counter;
    return a.node < b.node;
}

Hlc::Hlc(const Clock& clock, QString nodeId, std::chrono::milliseconds maxDrift)
    : m_clock(clock), m_node(std::move(nodeId)), m_maxDrift(maxDrift)
{
}

HlcTimestamp Hlc::stamp() const
{
    return HlcTimestamp{m_wallMs, m_counter, m_node};
}

void Hlc::bump(qint64 wallMs, int counter)
{
    // The counter has 5 text digits; rather than widen the field (and break the sort order), move to
    // the next millisecond, which is still greater than everything issued so far.
    if (counter > HlcTimestamp::kMaxCounter) {
        ++wallMs;
        counter = 0;
    }
    m_wallMs = wallMs;
    m_counter = counter;
}

HlcTimestamp Hlc::now()
{
    const qint64 physical = m_clock.nowMsecs();
    const QMutexLocker lock(&m_mutex);
    if (physical > m_wallMs)
        bump(physical, 0);
    else
        bump(m_wallMs, m_counter + 1);
    return stamp();
}

Result<HlcTimestamp> Hlc::update(const HlcTimestamp& remote)
{
    const qint64 physical = m_clock.nowMsecs();
    if (remote.wallMs - physical > m_maxDrift.count()) {
        return Result<HlcTimestamp>::fail(
            ErrorCode::Invalid,
            QCoreApplication::translate("vigie::core", "Timestamp from replica \"%1\" is %2 s ahead "
                                                       "of this computer's clock (maximum %3 s); "
                                                       "check the date and time of both computers")
                .arg(remote.node)
                .arg((remote.wallMs - physical) / 1000)
                .arg(m_maxDrift.count() / 1000));
    }
    const QMutexLocker lock(&m_mutex);
    const qint64 wall = std::max({m_wallMs, remote.wallMs, physical});
    if (wall == m_wallMs && wall == remote.wallMs)
        bump(wall, std::max(m_counter, remote.counter) + 1);
    else if (wall == m_wallMs)
        bump(wall, m_counter + 1);
    else if (wall == remote.wallMs)
        bump(wall, remote.counter + 1);
    else
        bump(wall, 0);
    return stamp();
}

HlcTimestamp Hlc::last() const
{
    const QMutexLocker lock(&m_mutex);
    return stamp();
}

void Hlc::restore(const HlcTimestamp& persisted)
{
    const QMutexLocker lock(&m_mutex);
    if (persisted.wallMs > m_wallMs || (persisted.wallMs == m_wallMs && persisted.counter > m_counter))
        bump(persisted.wallMs, persisted.counter);
}

} // namespace vigie::core
