// Issue 13 item 8: typing a consultation for 30 minutes (a save every 400 ms, as the screen does) writes
// at most one audit record per minute and one outbox row per 10 seconds, with every word saved; the
// close carries the whole final text to the outbox.
#include "../dmst/DmstTestSupport.h"
#include "catch_qt.h"

#include "dmst/ConsultationStore.h"
#include "dmst/RecordStore.h"

#include <chrono>

using namespace vigie;
using namespace vigie::dmst;

namespace {
qint64 count(security::Session& s, const QString& sql)
{
    QSqlQuery q(s.db().sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

TEST_CASE("30 minutes of typing: at most one audit record per minute and one outbox row per 10 s, nothing lost")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    REQUIRE(RecordStore::recordRightsInformation(*s, RightsInformation{{}, test::WorkerId, QDate(2026, 11, 24), InformationMeans::Paper, false, {}}));
    Consultation c;
    c.workerId = test::WorkerId;
    c.kind = QStringLiteral("EMA_RENEWAL");
    c.visitDate = QDate(2026, 11, 24);
    c.arrival = QTime(9, 30);
    c.conclusion = QStringLiteral("Apte");
    c.id = ConsultationStore::startDraft(*s, c).value();
    REQUIRE_FALSE(c.id.isEmpty());
    const QString audits = QStringLiteral("SELECT count(*) FROM _audit WHERE worker_id = '%1' AND part = 3 AND action = 'write'").arg(test::WorkerId);
    const QString outbox = QStringLiteral("SELECT count(*) FROM _outbox WHERE table_name = 'dmst_consultations' AND row_id = '%1'").arg(c.id);
    const qint64 auditsBefore = count(*s, audits);
    const qint64 outboxBefore = count(*s, outbox);

    constexpr int Minutes = 30;
    constexpr int SavesPerMinute = 150; // every 400 ms
    for (int i = 0; i < Minutes * SavesPerMinute; ++i) {
        c.interview += QStringLiteral("m%1 ").arg(i);
        REQUIRE(ConsultationStore::saveDraft(*s, c));
        db.clock.advance(std::chrono::milliseconds(400));
    }
    const qint64 auditRows = count(*s, audits) - auditsBefore;
    const qint64 outboxRows = count(*s, outbox) - outboxBefore;
    INFO("audit rows " << auditRows << ", outbox rows " << outboxRows);
    CHECK(auditRows >= Minutes - 1);
    CHECK(auditRows <= Minutes + 1);
    CHECK(outboxRows >= Minutes * 6 - 1);
    CHECK(outboxRows <= Minutes * 6 + 1);

    // Every word is in the database (a crash now would lose nothing)…
    auto reopened = db.session(QStringLiteral("medecin"));
    auto saved = ConsultationStore::load(*reopened, c.id);
    REQUIRE(saved);
    CHECK(saved.value().interview == c.interview);
    // …and the close sends the whole final text.
    REQUIRE(ConsultationStore::close(*reopened, c.id));
    QSqlQuery last(reopened->db().sql());
    REQUIRE(last.exec(QStringLiteral("SELECT payload FROM _outbox WHERE row_id = '%1' ORDER BY seq DESC LIMIT 1").arg(c.id)));
    REQUIRE(last.next());
    CHECK(last.value(0).toString().contains(QStringLiteral("m%1 ").arg(Minutes * SavesPerMinute - 1)));
}
