#pragma once
// Hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks", 2014). Stamps every
// replicated change so that merging replicas orders changes causally, while the stamp stays close to
// wall time (readable, and usable for "last modified" displays).

#include "core/Result.h"

#include <QMutex>
#include <QString>

#include <chrono>

namespace vigie::core {

class Clock;

struct HlcTimestamp {
    qint64 wallMs = 0; // Unix ms; the largest physical time seen, not necessarily ours
    int counter = 0;   // orders events sharing wallMs
    QString node;      // tie-break between replicas; must not be empty

    static constexpr int kMaxCounter = 99'999; // 5 text digits

    // "%013lld-%05d-<node>": fixed-width fields, so plain string order is causal order.
    QString toString() const;
    static Result<HlcTimestamp> parse(const QString& text);

    friend bool operator==(const HlcTimestamp&, const HlcTimestamp&) = default;
    friend bool operator<(const HlcTimestamp& a, const HlcTimestamp& b);
};

class Hlc {
public:
    static constexpr std::chrono::milliseconds kDefaultMaxDrift = std::chrono::minutes(5);

    Hlc(const Clock& clock, QString nodeId, std::chrono::milliseconds maxDrift = kDefaultMaxDrift);

    // Timestamp for a local event (a change made on this replica). Strictly greater than any
    // timestamp this Hlc returned or received before.
    HlcTimestamp now();

    // Merge a timestamp received from another replica and return the timestamp of the receive event.
    // A remote stamp more than maxDrift ahead of our physical clock is refused (ErrorCode::Invalid)
    // and leaves the state unchanged: accepting it would drag every later local stamp into the future.
    Result<HlcTimestamp> update(const HlcTimestamp& remote);

    // Last timestamp issued or merged; persist it and give it back to restore() after a restart so
    // that a clock set back while the program was closed cannot reorder changes.
    HlcTimestamp last() const;
    void restore(const HlcTimestamp& persisted);

    const QString& nodeId() const { return m_node; }

private:
    HlcTimestamp stamp() const; // current state as a timestamp; caller holds m_mutex
    void bump(qint64 wallMs, int counter);

    const Clock& m_clock;
    const QString m_node;
    const std::chrono::milliseconds m_maxDrift;
    mutable QMutex m_mutex;
    qint64 m_wallMs = 0;
    int m_counter = 0;
};

} // namespace vigie::core
