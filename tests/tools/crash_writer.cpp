// A writer for the crash test: opens the database and commits transactions forever, each inserting
// RowsPerTransaction enterprises and bumping a counter in _meta. The test kills it with SIGKILL at
// random moments, then checks that the file is sound and holds exactly counter × RowsPerTransaction rows.
#include "core/Clock.h"
#include "core/Uuid.h"
#include "storage/Database.h"
#include "storage/SecretKey.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash-writer DB HEXKEY\n");
        return 2;
    }
    using namespace vigie;
    const storage::SecretKey key = storage::SecretKey::fromHex(QString::fromLatin1(argv[2]));
    auto db = storage::Database::open(QString::fromLocal8Bit(argv[1]), key);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 5;
    }
    core::SystemClock clock;
    constexpr int RowsPerTransaction = 50;
    // SIRENs continue after the rows already there (whole transactions only), so they stay unique.
    qint64 base = 0;
    {
        QSqlQuery count(db.value()->sql());
        if (count.exec(QStringLiteral("SELECT count(*) FROM enterprises")) && count.next())
            base = count.value(0).toLongLong();
    }
    std::fprintf(stdout, "ready\n");
    std::fflush(stdout);
    for (qint64 n = 0;; ++n) {
        storage::Transaction tx(*db.value());
        QSqlQuery q(db.value()->sql());
        q.prepare(QStringLiteral("INSERT INTO enterprises(id, siren, name, hlc, updated_by) VALUES (?, ?, ?, ?, 'crash')"));
        for (int i = 0; i < RowsPerTransaction; ++i) {
            q.addBindValue(core::newUuidV7(clock));
            q.addBindValue(QStringLiteral("%1").arg((base + n * RowsPerTransaction + i) % 1000000000, 9, 10, QLatin1Char('0')));
            q.addBindValue(QStringLiteral("Entreprise %1-%2 ").arg(n).arg(i) + QString(200, QLatin1Char('x')));
            q.addBindValue(QStringLiteral("%1").arg(n));
            if (!q.exec())
                return 1;
        }
        QSqlQuery c(db.value()->sql());
        c.prepare(QStringLiteral("INSERT INTO _meta(key, value) VALUES ('crash_commits', '1') ON CONFLICT(key) "
                                 "DO UPDATE SET value = CAST(value AS INTEGER) + 1"));
        if (!c.exec() || !tx.commit())
            return 1;
    }
}
