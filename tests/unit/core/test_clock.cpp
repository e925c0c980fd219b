// Clock: "today" is the French civil date whatever the machine's zone, and ManualClock moves only
// when told to.
#include "catch_qt.h"

#include "core/Clock.h"
#include "core/Result.h"

using namespace vigie::core;

namespace {
QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}
} // namespace

TEST_CASE("today() is the date in Europe/Paris, not in UTC")
{
    struct Row {
        QDateTime instant;
        QDate parisDate;
    };
    const Row rows[] = {
        {utc(2024, 1, 15, 22, 59), QDate(2024, 1, 15)}, // winter UTC+1: 23:59 in Paris
        {utc(2024, 1, 15, 23, 0), QDate(2024, 1, 16)},  // 00:00 in Paris
        {utc(2024, 7, 14, 21, 59), QDate(2024, 7, 14)}, // summer UTC+2: 23:59
        {utc(2024, 7, 14, 22, 0), QDate(2024, 7, 15)},  // 00:00
        {utc(2024, 12, 31, 23, 30), QDate(2025, 1, 1)}, // new year arrives earlier in Paris
    };
    for (const Row& row : rows) {
        CAPTURE(row.instant.toString(Qt::ISODate));
        ManualClock clock(row.instant);
        CHECK(clock.today() == row.parisDate);
        CHECK(Clock::parisDate(row.instant) == row.parisDate);
    }
}

TEST_CASE("ManualClock moves only when told to")
{
    ManualClock clock(utc(2024, 3, 1, 8, 0));
    CHECK(clock.nowUtc() == utc(2024, 3, 1, 8, 0));
    CHECK(clock.nowUtc().timeSpec() == Qt::UTC);
    clock.advance(std::chrono::minutes(90));
    CHECK(clock.nowUtc() == utc(2024, 3, 1, 9, 30));
    clock.advanceSecs(-30 * 60);
    CHECK(clock.nowUtc() == utc(2024, 3, 1, 9, 0));
    clock.advance(std::chrono::milliseconds(7));
    CHECK(clock.nowMsecs() == utc(2024, 3, 1, 9, 0).toMSecsSinceEpoch() + 7);
    clock.set(utc(2030, 1, 1, 0, 0));
    CHECK(clock.nowUtc() == utc(2030, 1, 1, 0, 0));
}

TEST_CASE("SystemClock returns UTC close to ManualClock-free reality")
{
    SystemClock clock;
    const QDateTime now = clock.nowUtc();
    CHECK(now.timeSpec() == Qt::UTC);
    CHECK(now.date().year() >= 2024);
}

TEST_CASE("Result carries a value or an error")
{
    Result<int> good = 42;
    REQUIRE(good.ok());
    CHECK(bool(good));
    CHECK(good.value() == 42);

    auto bad = Result<int>::fail(ErrorCode::Denied, QStringLiteral("no"));
    CHECK_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::Denied);
    CHECK(bad.valueOr(7) == 7);
    CHECK_THROWS(bad.value());

    Status ok;
    CHECK(ok.ok());
    Status failed = Status::fail(ErrorCode::Storage, QStringLiteral("disk full"));
    CHECK_FALSE(failed);
    CHECK(failed.error().message == QStringLiteral("disk full"));
    // The exit codes of the CLI contract.
    CHECK(int(ErrorCode::Invalid) == 1);
    CHECK(int(ErrorCode::Usage) == 2);
    CHECK(int(ErrorCode::Denied) == 3);
    CHECK(int(ErrorCode::AuthFailed) == 4);
    CHECK(int(ErrorCode::Storage) == 5);
}
