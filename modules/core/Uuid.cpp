#include "core/Uuid.h"

#include "core/Clock.h"

#include <QRandomGenerator>

#include <mutex>

// Layout (RFC 9562 §5.7):  unix_ts_ms:48 | ver:4 = 7 | rand_a:12 | var:2 = 0b10 | rand_b:62
//
// Monotonicity uses RFC 9562 §6.2 method 1 (fixed bit-length dedicated counter) with the longest
// counter the RFC allows, 42 bits: rand_a (12) + the top 30 bits of rand_b. A 12-bit counter alone
// would overflow after 4096 ids in one millisecond, which a bulk import reaches. The counter is
// re-seeded randomly at each new millisecond with its top bit cleared, so at least 2^41 ids fit in a
// millisecond; the remaining 32 bits of rand_b are fresh CSPRNG output in every id, so ids stay
// unguessable.

namespace vigie::core {

namespace {

constexpr int kCounterBits = 42;
constexpr quint64 kCounterMax = (quint64(1) << kCounterBits) - 1;
// A clock step back of up to this much (NTP correction) keeps the previous timestamp so ids keep
// increasing; a larger jump means the clock was deliberately changed (or a test clock is used), and
// stamping every new id with a stale future time would be worse than restarting the sequence.
constexpr qint64 kMaxRegressionMs = 10'000;

struct State {
    std::mutex mutex;
    qint64 lastMs = -1;
    quint64 counter = 0;
};

State& state()
{
    static State s;
    return s;
}

quint64 seedCounter()
{
    return QRandomGenerator::system()->generate64() & (kCounterMax >> 1);
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

QString newUuidV7(const Clock& clock)
{
    qint64 ms = clock.nowMsecs();
    quint64 counter;
    {
        State& s = state();
        const std::lock_guard lock(s.mutex);
        if (ms > s.lastMs || ms < s.lastMs - kMaxRegressionMs) {
            s.lastMs = ms;
            s.counter = seedCounter();
        } else if (s.counter < kCounterMax) {
            ms = s.lastMs; // same millisecond, or a small step back: keep counting
            ++s.counter;
        } else {
            // Counter rollover: RFC 9562 §6.2 lets us borrow the next millisecond.
            ms = ++s.lastMs;
            s.counter = seedCounter();
        }
        counter = s.counter;
    }

    const quint64 tail = QRandomGenerator::system()->generate(); // 32 random bits
    const quint64 ts = quint64(ms) & 0xFFFF'FFFF'FFFFull;
    const quint64 hi = (ts << 16) | (quint64(0x7) << 12) | (counter >> 30);
    const quint64 lo = (quint64(0x2) << 62) | ((counter & 0x3FFF'FFFFull) << 32) | tail;

    static constexpr char digits[] = "0123456789abcdef";
    char text[36];
    int pos = 0;
    auto put = [&](quint64 word, int fromNibble, int toNibble) {
        for (int n = fromNibble; n < toNibble; ++n)
            text[pos++] = digits[(word >> (60 - 4 * n)) & 0xF];
    };
    put(hi, 0, 8);
    text[pos++] = '-';
    put(hi, 8, 12);
    text[pos++] = '-';
    put(hi, 12, 16);
    text[pos++] = '-';
    put(lo, 0, 4);
    text[pos++] = '-';
    put(lo, 4, 16);
    return QString::fromLatin1(text, 36);
}

bool isUuid(const QString& uuid)
{
    if (uuid.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (uuid[i] != u'-')
                return false;
        } else if (hexValue(uuid[i]) < 0) {
            return false;
        }
    }
    return true;
}

qint64 uuidV7Timestamp(const QString& uuid)
{
    if (!isUuid(uuid) || uuid[14] != u'7' || (hexValue(uuid[19]) & 0xC) != 0x8)
        return -1;
    qint64 ms = 0;
    for (int i = 0; i < 13; ++i) {
        if (i == 8)
            continue; // the first dash
        ms = (ms << 4) | hexValue(uuid[i]);
    }
    return ms;
}

} // namespace vigie::core
