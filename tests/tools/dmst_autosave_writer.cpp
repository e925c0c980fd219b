// A consultation screen that types forever, for the autosave crash test: opens the database as the
// physician of test::DmstTemplate, loads the draft consultation given, and appends one word to the
// interview per autosave (ConsultationStore::saveDraft, exactly what the screen calls on each change),
// printing "saved N" once each save is committed. The test kills it with SIGKILL at random moments and
// checks that every word acknowledged is in the reopened database.
#include "core/Clock.h"
#include "dmst/ConsultationStore.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/SecretKey.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: dmst-autosave-writer DB HEXKEY CONSULTATION_ID\n");
        return 2;
    }
    using namespace vigie;
    const storage::SecretKey key = storage::SecretKey::fromHex(QString::fromLatin1(argv[2]));
    auto db = storage::Database::open(QString::fromLocal8Bit(argv[1]), key);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 5;
    }
    core::ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC));
    security::Session session(std::move(db.value()), key,
                              security::Account{QStringLiteral("acc-medecin"), QStringLiteral("medecin"), QStringLiteral("Dr Claire Fontaine"),
                                                security::Role::Physician, {}, true},
                              clock);
    auto draft = dmst::ConsultationStore::load(session, QString::fromLatin1(argv[3]));
    if (!draft) {
        std::fprintf(stderr, "%s\n", qPrintable(draft.error().message));
        return 1;
    }
    dmst::Consultation c = draft.value();
    int n = int(c.interview.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    std::fprintf(stdout, "ready\n");
    std::fflush(stdout);
    for (;; ++n) {
        c.interview += QStringLiteral("mot%1 ").arg(n);
        if (auto s = dmst::ConsultationStore::saveDraft(session, c); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 1;
        }
        std::fprintf(stdout, "saved %d\n", n);
        std::fflush(stdout);
        clock.advanceSecs(1);
    }
}
