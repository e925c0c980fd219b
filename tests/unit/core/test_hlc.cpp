// Hybrid logical clock: monotonic local stamps, merge of remote stamps, drift refusal, and a text
// form whose string order is the causal order.
#include "catch_qt.h"

#include "core/Clock.h"
#include "core/Hlc.h"

#include <QStringList>

#include <algorithm>

using namespace vigie::core;
using namespace std::chrono_literals;

namespace {
constexpr qint64 kT0 = 1'735'732'800'000; // 2025-01-01 12:00:00 UTC

HlcTimestamp ts(qint64 wall, int counter, const char* node)
{
    return HlcTimestamp{wall, counter, QString::fromLatin1(node)};
}
} // namespace

TEST_CASE("HLC local stamps are strictly increasing, even when the clock stalls or goes back")
{
    ManualClock clock(kT0);
    Hlc hlc(clock, QStringLiteral("A"));

    const HlcTimestamp first = hlc.now();
    CHECK(first == ts(kT0, 0, "A"));
    CHECK(hlc.now() == ts(kT0, 1, "A")); // same ms: the counter orders the events
    CHECK(hlc.now() == ts(kT0, 2, "A"));

    clock.advance(5ms);
    CHECK(hlc.now() == ts(kT0 + 5, 0, "A")); // physical time moved: counter resets

    clock.advance(-1000ms); // NTP step back
    CHECK(hlc.now() == ts(kT0 + 5, 1, "A"));
    CHECK(hlc.last() == ts(kT0 + 5, 1, "A"));

    HlcTimestamp previous = hlc.last();
    for (int i = 0; i < 1000; ++i) {
        if (i % 3 == 0)
            clock.advance(1ms);
        const HlcTimestamp next = hlc.now();
        REQUIRE(previous < next);
        REQUIRE(previous.toString() < next.toString());
        previous = next;
    }
}

TEST_CASE("HLC counter overflow moves to the next millisecond instead of widening the text")
{
    ManualClock clock(kT0);
    Hlc hlc(clock, QStringLiteral("A"));
    hlc.restore(ts(kT0, HlcTimestamp::kMaxCounter, "A"));
    const HlcTimestamp next = hlc.now();
    CHECK(next == ts(kT0 + 1, 0, "A"));
    CHECK(next.toString().size() == ts(kT0, HlcTimestamp::kMaxCounter, "A").toString().size());
}

TEST_CASE("HLC update merges remote stamps (Kulkarni et al. receive rule)")
{
    struct Row {
        const char* what;
        HlcTimestamp local;  // state before the receive
        HlcTimestamp remote;
        qint64 physical;
        HlcTimestamp expected;
    };
    const Row rows[] = {
        {"physical clock ahead of both", ts(kT0, 3, "A"), ts(kT0 - 10, 8, "B"), kT0 + 100,
         ts(kT0 + 100, 0, "A")},
        {"remote ahead of us and of physical time", ts(kT0, 3, "A"), ts(kT0 + 2000, 4, "B"), kT0,
         ts(kT0 + 2000, 5, "A")},
        {"remote behind: our state wins", ts(kT0 + 50, 3, "A"), ts(kT0 - 2000, 9, "B"), kT0,
         ts(kT0 + 50, 4, "A")},
        {"same wall time: max counter + 1", ts(kT0 + 50, 3, "A"), ts(kT0 + 50, 7, "B"), kT0,
         ts(kT0 + 50, 8, "A")},
        {"same wall time, our counter larger", ts(kT0 + 50, 9, "A"), ts(kT0 + 50, 2, "B"), kT0,
         ts(kT0 + 50, 10, "A")},
    };
    for (const Row& row : rows) {
        CAPTURE(row.what);
        ManualClock clock(row.physical);
        Hlc hlc(clock, QStringLiteral("A"));
        hlc.restore(row.local);
        const auto merged = hlc.update(row.remote);
        REQUIRE(merged.ok());
        CHECK(merged.value().toString() == row.expected.toString());
        CHECK(row.remote < merged.value()); // the receive event happens after the send event
        CHECK(hlc.last() == row.expected);
        CHECK(merged.value() < hlc.now());  // and later local events after both
    }
}

TEST_CASE("HLC refuses a remote stamp too far ahead of the physical clock")
{
    ManualClock clock(kT0);
    Hlc hlc(clock, QStringLiteral("A")); // default maximum drift: 5 minutes
    const HlcTimestamp before = hlc.now();

    const auto tooFar = hlc.update(ts(kT0 + 5 * 60'000 + 1, 0, "B"));
    REQUIRE_FALSE(tooFar.ok());
    CHECK(tooFar.error().code == ErrorCode::Invalid);
    CHECK(tooFar.error().message.contains(QStringLiteral("\"B\"")));
    CHECK(hlc.last() == before); // state untouched

    const auto atLimit = hlc.update(ts(kT0 + 5 * 60'000, 0, "B"));
    REQUIRE(atLimit.ok());
    CHECK(atLimit.value().wallMs == kT0 + 5 * 60'000);

    Hlc strict(clock, QStringLiteral("C"), 1s);
    CHECK_FALSE(strict.update(ts(kT0 + 1001, 0, "B")).ok());
    CHECK(strict.update(ts(kT0 + 1000, 0, "B")).ok());
}

TEST_CASE("HLC text: fixed width, round trip, and string order equals causal order")
{
    const HlcTimestamp a = ts(1'735'732'800'000, 42, "node-7");
    CHECK(a.toString() == QStringLiteral("1735732800000-00042-node-7"));
    const auto back = HlcTimestamp::parse(a.toString());
    REQUIRE(back.ok());
    CHECK(back.value() == a); // a dash inside the node id survives

    CHECK(ts(5, 0, "x").toString() == QStringLiteral("0000000000005-00000-x"));

    // Sorting the texts gives the same order as sorting the stamps.
    const HlcTimestamp stamps[] = {
        ts(999, 0, "z"),       ts(1000, 0, "a"),  ts(1000, 0, "b"), ts(1000, 9, "a"),
        ts(1000, 10, "a"),     ts(1000, 99'999, "a"), ts(1001, 0, "a"), ts(10'000, 0, "a"),
        ts(kT0, 1, "a"),       ts(9'999'999'999'999, 0, "a"),
    };
    QStringList texts;
    for (const HlcTimestamp& s : stamps)
        texts.append(s.toString());
    QStringList shuffled = texts;
    std::reverse(shuffled.begin(), shuffled.end());
    std::sort(shuffled.begin(), shuffled.end());
    CHECK(shuffled == texts);
    for (size_t i = 1; i < std::size(stamps); ++i)
        CHECK(stamps[i - 1] < stamps[i]);
}

TEST_CASE("HLC parse rejects malformed text")
{
    const char* bad[] = {
        "",
        "1735732800000-00042-",       // no node
        "1735732800000-00042",        // no node
        "173573280000-00042-a",       // 12-digit time
        "1735732800000-0042-a",       // 4-digit counter
        "1735732800000_00042-a",      // wrong separator
        "17357328000x0-00042-a",      // not a digit
        "1735732800000-000x2-a",
    };
    for (const char* text : bad) {
        CAPTURE(text);
        const auto parsed = HlcTimestamp::parse(QString::fromLatin1(text));
        CHECK_FALSE(parsed.ok());
        if (!parsed.ok())
            CHECK(parsed.error().code == ErrorCode::Invalid);
    }
}
