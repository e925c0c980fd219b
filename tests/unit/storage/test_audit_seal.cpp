// Issue 13 item 4: the audit seal outside the database file finds what the chain alone cannot —
// the last records deleted, or the whole chain recomputed — and costs little on each commit.
#include "TestSupport.h"
#include "catch_qt.h"

#include "storage/AuditSeal.h"
#include "storage/AuditTrail.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace vigie;
using storage::AuditEvent;
using storage::SealCheck;
namespace AuditTrail = storage::AuditTrail;
namespace AuditSeal = storage::AuditSeal;

namespace {
AuditEvent event(int i)
{
    return AuditEvent{QStringLiteral("medecin"), QStringLiteral("physician"), QStringLiteral("read"),
                      QStringLiteral("dmst.part3"), QStringLiteral("w%1").arg(i), 3, QStringLiteral("allowed"), {}};
}

void appendSome(storage::Database& db, int n, core::ManualClock& clock)
{
    for (int i = 0; i < n; ++i) {
        REQUIRE(AuditTrail::append(db, event(i), clock));
        clock.advanceSecs(1);
    }
}

SealCheck::State stateOf(storage::Database& db, const storage::SecretKey& key)
{
    auto c = AuditSeal::check(db, key);
    REQUIRE(c.ok());
    return c.value().state;
}

// What someone holding the database key can do with any SQLCipher shell: recompute every hash.
void recomputeChain(storage::Database& db)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT seq, at, account, role, action, resource, worker_id, part, outcome, detail FROM _audit ORDER BY seq")));
    QString prev = QString::fromLatin1(AuditTrail::GenesisHash);
    QStringList updates;
    while (q.next()) {
        const AuditEvent e{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                           q.value(6).toString(), q.value(7).toInt(),    q.value(8).toString(), q.value(9).toString()};
        const QString hash = AuditTrail::hashOf(prev, q.value(0).toLongLong(), q.value(1).toString(), e);
        updates << QStringLiteral("UPDATE _audit SET prev_hash = '%1', hash = '%2' WHERE seq = %3;")
                       .arg(prev, hash)
                       .arg(q.value(0).toLongLong());
        prev = hash;
    }
    q.finish();
    REQUIRE(db.execScript(updates.join(QLatin1Char('\n'))));
}
} // namespace

TEST_CASE("the seal follows every commit, never a rolled-back transaction")
{
    test::TempDatabase t;
    core::ManualClock clock(QDateTime(QDate(2026, 5, 4), QTime(8, 0), Qt::UTC));
    const storage::SecretKey key = storage::SecretKey::random();
    storage::AuditSealer sealer(*t.db, key, false);
    REQUIRE(sealer.trusted());
    appendSome(*t.db, 5, clock);
    CHECK(stateOf(*t.db, key) == SealCheck::State::Intact);
    auto c = AuditSeal::check(*t.db, key);
    CHECK(c.value().sealed.count == 5);
    CHECK(c.value().sealed.hash == c.value().current.hash);

    // Inside a transaction the seal waits for the commit...
    {
        storage::Transaction tx(*t.db);
        REQUIRE(AuditTrail::append(*t.db, event(6), clock));
        CHECK(AuditSeal::check(*t.db, key).value().sealed.count == 5);
        REQUIRE(tx.commit());
    }
    CHECK(AuditSeal::check(*t.db, key).value().sealed.count == 6);
    // ...and a rollback leaves it where it was (no false alarm).
    {
        storage::Transaction tx(*t.db);
        REQUIRE(AuditTrail::append(*t.db, event(7), clock));
        tx.rollback();
    }
    CHECK(stateOf(*t.db, key) == SealCheck::State::Intact);
    CHECK(AuditSeal::check(*t.db, key).value().sealed.count == 6);
    // The seal file holds nothing secret, only the head and its HMAC.
    const QByteArray text = test::readAll(AuditSeal::pathFor(t.path));
    CHECK(text.startsWith("vigie-auditseal-1\ncount=6\n"));
    CHECK_FALSE(text.contains(key.toHex().toLatin1()));
}

TEST_CASE("deleting the last records, recomputing the chain, forging or removing the seal are all found")
{
    core::ManualClock clock(QDateTime(QDate(2026, 5, 4), QTime(8, 0), Qt::UTC));
    const storage::SecretKey key = storage::SecretKey::random();
    const QString dropTriggers = QStringLiteral("DROP TRIGGER _audit_no_update; DROP TRIGGER _audit_no_delete;");

    SECTION("the last records deleted: the chain still verifies, the seal does not")
    {
        test::TempDatabase t;
        {
            storage::AuditSealer sealer(*t.db, key, false);
            appendSome(*t.db, 10, clock);
        }
        REQUIRE(t.db->execScript(dropTriggers + QStringLiteral("DELETE FROM _audit WHERE seq > 7;")));
        CHECK(AuditTrail::verify(*t.db).value().intact); // what the chain alone says
        auto c = AuditSeal::check(*t.db, key);
        CHECK(c.value().state == SealCheck::State::Truncated);
        CHECK(c.value().current.count == 7);
        CHECK(c.value().sealed.count == 10);
        // A new session does not reseal over the evidence, even after more records.
        storage::AuditSealer next(*t.db, key, true);
        CHECK_FALSE(next.trusted());
        appendSome(*t.db, 5, clock);
        CHECK(stateOf(*t.db, key) == SealCheck::State::Rewritten);
        CHECK(AuditSeal::check(*t.db, key).value().sealed.count == 10);
    }
    SECTION("a record changed and the whole chain recomputed")
    {
        test::TempDatabase t;
        {
            storage::AuditSealer sealer(*t.db, key, false);
            appendSome(*t.db, 10, clock);
        }
        REQUIRE(t.db->execScript(dropTriggers + QStringLiteral("UPDATE _audit SET account = 'quelquun' WHERE seq = 4;")));
        recomputeChain(*t.db);
        CHECK(AuditTrail::verify(*t.db).value().intact);
        CHECK(stateOf(*t.db, key) == SealCheck::State::Rewritten);
    }
    SECTION("a seal made with another key (the database key, say) or no seal at all")
    {
        test::TempDatabase t;
        {
            storage::AuditSealer sealer(*t.db, key, false);
            appendSome(*t.db, 3, clock);
        }
        REQUIRE(t.db->execScript(dropTriggers + QStringLiteral("DELETE FROM _audit WHERE seq = 3;")));
        REQUIRE(AuditSeal::write(AuditSeal::pathFor(t.path), t.key, AuditSeal::currentHead(*t.db).value()));
        CHECK(stateOf(*t.db, key) == SealCheck::State::Forged);
        QFile::remove(AuditSeal::pathFor(t.path));
        CHECK(stateOf(*t.db, key) == SealCheck::State::Missing);
        CHECK_FALSE(AuditSeal::check(*t.db, key).value().message.isEmpty());
    }
}

TEST_CASE("the seal's cost per audited commit (measured, printed)")
{
    core::ManualClock clock(QDateTime(QDate(2026, 5, 4), QTime(8, 0), Qt::UTC));
    const storage::SecretKey key = storage::SecretKey::random();
    constexpr int N = 200;
    auto timeAppends = [&](bool sealed) {
        test::TempDatabase t;
        std::unique_ptr<storage::AuditSealer> sealer;
        if (sealed)
            sealer = std::make_unique<storage::AuditSealer>(*t.db, key, false);
        QElapsedTimer timer;
        timer.start();
        appendSome(*t.db, N, clock);
        const qint64 ns = timer.nsecsElapsed();
        if (sealer)
            CHECK(sealer->sealsWritten() == N + 1);
        return double(ns) / N / 1e6;
    };
    const double plain = timeAppends(false);
    const double sealed = timeAppends(true);
    WARN("audit append in its own transaction: " << plain << " ms without seal, " << sealed << " ms with seal");
    CHECK(sealed < plain * 4 + 5); // the same order as the commit's own fsync, not a multiple of it
}

TEST_CASE("a bulk fill defers the seal: it lags behind the chain (still intact) and is written when the session ends")
{
    test::TempDatabase t;
    core::ManualClock clock(QDateTime(QDate(2026, 5, 4), QTime(8, 0), Qt::UTC));
    const storage::SecretKey key = storage::SecretKey::random();
    {
        storage::AuditSealer sealer(*t.db, key, false);
        REQUIRE(sealer.trusted());
        appendSome(*t.db, 2, clock);
        const qint64 before = sealer.sealsWritten();
        {
            storage::DeferredSealing bulk;
            CHECK(storage::DeferredSealing::active());
            appendSome(*t.db, 20, clock);
            CHECK(sealer.sealsWritten() == before); // no seal file rewritten per commit
            auto c = AuditSeal::check(*t.db, key);
            CHECK(c.value().sealed.count == 2);
            CHECK(c.value().state == SealCheck::State::Intact); // a lagging seal is no alarm
        }
        CHECK_FALSE(storage::DeferredSealing::active());
        appendSome(*t.db, 1, clock); // sealing per commit again
        CHECK(AuditSeal::check(*t.db, key).value().sealed.count == 23);
        {
            storage::DeferredSealing bulk;
            appendSome(*t.db, 3, clock);
            CHECK(AuditSeal::check(*t.db, key).value().sealed.count == 23);
        }
        // Deferral ended without a commit since: the sealer's end writes what is left.
    }
    auto c = AuditSeal::check(*t.db, key);
    CHECK(c.value().sealed.count == 26);
    CHECK(c.value().state == SealCheck::State::Intact);
    // Truncating the records of a deferred stretch is still found once sealed.
    REQUIRE(t.db->execScript(QStringLiteral("DROP TRIGGER _audit_no_update; DROP TRIGGER _audit_no_delete; DELETE FROM _audit WHERE seq > 24;")));
    CHECK(stateOf(*t.db, key) == SealCheck::State::Truncated);
}
