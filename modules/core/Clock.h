#pragma once
// The one source of "now". Everything that needs the time takes a `const Clock&`, so tests drive
// time with ManualClock and nothing depends on the machine's clock or time zone.

#include <QDate>
#include <QDateTime>

#include <atomic>
#include <chrono>

namespace vigie::core {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    qint64 nowMsecs() const; // Unix time in milliseconds
    // Legal deadlines (visit periodicity, ...) count in French civil days, whatever the PC's zone.
    QDate today() const;

    static QDate parisDate(const QDateTime& instant);
    // Minutes after midnight, French civil time (a visit booked "today before now" is in the past).
    static int parisMinutes(const QDateTime& instant);
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override;
};

// Starts at a fixed instant and only moves when told to. Thread-safe, so it can drive code under
// test that runs on worker threads.
class ManualClock final : public Clock {
public:
    explicit ManualClock(const QDateTime& start);
    explicit ManualClock(qint64 unixMsecs = 0);

    QDateTime nowUtc() const override;
    void set(const QDateTime& instant);
    void setMsecs(qint64 unixMsecs);
    void advance(std::chrono::milliseconds delta);
    void advanceSecs(qint64 secs);

private:
    std::atomic<qint64> m_msecs;
};

} // namespace vigie::core
