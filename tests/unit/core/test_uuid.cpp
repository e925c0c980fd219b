// UUIDv7 ids: RFC 9562 layout, timestamp round trip, strict order within a millisecond, uniqueness.
#include "catch_qt.h"

#include "core/Clock.h"
#include "core/Uuid.h"

#include <QSet>
#include <QStringList>

using namespace vigie::core;

namespace {
int hex(QChar c)
{
    return QString(c).toInt(nullptr, 16);
}
} // namespace

TEST_CASE("UUIDv7 text has the RFC 9562 layout")
{
    ManualClock clock(QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123), Qt::UTC));
    for (int i = 0; i < 100; ++i) {
        const QString id = newUuidV7(clock);
        CAPTURE(id);
        REQUIRE(id.size() == 36);
        CHECK(isUuid(id));
        CHECK(id == id.toLower());
        CHECK(id[14] == u'7');                 // version nibble
        CHECK((hex(id[19]) & 0xC) == 0x8);     // variant 0b10: 8, 9, a or b
        CHECK(id[8] == u'-');
        CHECK(id[13] == u'-');
        CHECK(id[18] == u'-');
        CHECK(id[23] == u'-');
    }
}

TEST_CASE("UUIDv7 timestamp round-trips through the clock")
{
    const qint64 instants[] = {
        0,
        1'000,
        QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch(),
        QDateTime(QDate(2038, 1, 19), QTime(3, 14, 8), Qt::UTC).toMSecsSinceEpoch(), // past 32-bit time_t
        (qint64(1) << 48) - 1, // the largest 48-bit timestamp (year 10889)
    };
    for (qint64 ms : instants) {
        CAPTURE(ms);
        ManualClock clock(ms);
        const QString id = newUuidV7(clock);
        CAPTURE(id);
        CHECK(uuidV7Timestamp(id) == ms);
    }
}

TEST_CASE("UUIDv7 known text decodes to its timestamp")
{
    // RFC 9562 appendix A.6 example: 017F22E2-79B0-7CC3-98C4-DC0C0C07398F, 2022-02-22 19:22:22 UTC.
    const QString example = QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
    CHECK(uuidV7Timestamp(example) == 0x017F22E279B0);
    CHECK(uuidV7Timestamp(example.toUpper()) == 0x017F22E279B0);
    CHECK(QDateTime::fromMSecsSinceEpoch(0x017F22E279B0, Qt::UTC)
          == QDateTime(QDate(2022, 2, 22), QTime(19, 22, 22), Qt::UTC));
}

TEST_CASE("uuidV7Timestamp and isUuid reject what is not a UUIDv7")
{
    struct Row {
        const char* text;
        bool uuid;
        bool v7;
    };
    const Row rows[] = {
        {"017f22e2-79b0-7cc3-98c4-dc0c0c07398f", true, true},
        {"017f22e2-79b0-4cc3-98c4-dc0c0c07398f", true, false},  // version 4
        {"017f22e2-79b0-7cc3-c8c4-dc0c0c07398f", true, false},  // variant 0b110
        {"017f22e2-79b0-7cc3-98c4-dc0c0c07398", false, false},  // 35 characters
        {"017f22e2-79b0-7cc3-98c4-dc0c0c07398fa", false, false}, // 37 characters
        {"017f22e279b07cc398c4dc0c0c07398f", false, false},     // no dashes
        {"017f22e2-79b0-7cc3-98c4_dc0c0c07398f", false, false}, // wrong separator
        {"017g22e2-79b0-7cc3-98c4-dc0c0c07398f", false, false}, // 'g'
        {"", false, false},
    };
    for (const Row& row : rows) {
        const QString text = QString::fromLatin1(row.text);
        CAPTURE(text);
        CHECK(isUuid(text) == row.uuid);
        CHECK((uuidV7Timestamp(text) >= 0) == row.v7);
    }
}

TEST_CASE("10,000 UUIDv7 in the same millisecond are strictly increasing and unique")
{
    ManualClock clock(QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC));
    const qint64 ms = clock.nowMsecs();
    QStringList ids;
    ids.reserve(10'000);
    for (int i = 0; i < 10'000; ++i)
        ids.append(newUuidV7(clock));
    for (int i = 1; i < ids.size(); ++i) {
        if (!(ids[i - 1] < ids[i])) {
            CAPTURE(i, ids[i - 1], ids[i]);
            FAIL("ids not strictly increasing");
        }
    }
    CHECK(uuidV7Timestamp(ids.first()) == ms);
    CHECK(uuidV7Timestamp(ids.last()) == ms); // the 42-bit counter did not spill into the next ms

    // Time moving on keeps the order.
    clock.advance(std::chrono::milliseconds(1));
    const QString next = newUuidV7(clock);
    CHECK(ids.last() < next);
    CHECK(uuidV7Timestamp(next) == ms + 1);
}

TEST_CASE("UUIDv7 are unique across many milliseconds")
{
    ManualClock clock(1'700'000'000'000);
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 50'000; ++i) {
        if (i % 7 == 0)
            clock.advance(std::chrono::milliseconds(1));
        const QString id = newUuidV7(clock);
        REQUIRE(previous < id);
        seen.insert(id);
        previous = id;
    }
    CHECK(seen.size() == 50'000);
}

TEST_CASE("UUIDv7 from the system clock are increasing")
{
    SystemClock clock;
    QString previous = newUuidV7(clock);
    for (int i = 0; i < 1'000; ++i) {
        const QString id = newUuidV7(clock);
        REQUIRE(previous < id);
        previous = id;
    }
}
