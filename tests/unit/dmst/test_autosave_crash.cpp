// "Nothing already typed and saved by autosave is lost": a writer process autosaves a consultation
// word by word and is killed with SIGKILL at random moments; after each kill the reopened database is
// sound and its draft holds every word the writer had acknowledged as saved, in order.
#include "DmstTestSupport.h"
#include "catch_qt.h"

#include "dmst/ConsultationStore.h"
#include "dmst/RecordStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>

using namespace vigie;
using namespace vigie::dmst;

TEST_CASE("SIGKILL during autosave never loses a word already saved")
{
    test::DmstDb db;
    QString consultationId;
    {
        auto s = db.session(QStringLiteral("medecin"));
        Consultation c;
        c.workerId = test::WorkerId;
        c.kind = QStringLiteral("VIP");
        c.visitDate = s->clock().today();
        consultationId = ConsultationStore::startDraft(*s, c).valueOr(QString());
        REQUIRE_FALSE(consultationId.isEmpty());
    }
    const QString writer = test::binDir() + QStringLiteral("/dmst-autosave-writer");
    QRandomGenerator rng(20261124); // the same kill schedule on every run
    int lastAcknowledged = -1;
    for (int round = 0; round < 12; ++round) {
        INFO("round " << round);
        QProcess p;
        p.start(writer, {db.path, db.key.toHex(), consultationId});
        REQUIRE(p.waitForStarted());
        REQUIRE(p.waitForReadyRead(30000));
        REQUIRE(p.readLine().trimmed() == "ready");
        QThread::msleep(30 + rng.bounded(250));
        REQUIRE(p.state() == QProcess::Running); // killed while typing, not after it stopped
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        // Every "saved N" written before the kill was printed after its commit.
        for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
            if (line.startsWith("saved "))
                lastAcknowledged = line.mid(6).toInt();
        REQUIRE(lastAcknowledged >= 0);

        auto s = db.session(QStringLiteral("medecin"));
        CHECK(test::valueOf(*s, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        auto draft = ConsultationStore::load(*s, consultationId);
        REQUIRE(draft);
        const QStringList words = draft.value().interview.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(words.size() >= lastAcknowledged + 1);
        for (int i = 0; i <= lastAcknowledged; ++i)
            REQUIRE(words.at(i) == QStringLiteral("mot%1").arg(i));
        CHECK_FALSE(draft.value().closed);
    }
    CHECK(lastAcknowledged > 12);
}
