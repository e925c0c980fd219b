// The medical record's page, offscreen, as a physician uses it with the keyboard: find the worker,
// Ctrl+N for a new consultation, type (autosaved without any save command), Ctrl+I for the rights
// information, Ctrl+Enter to close; the closed consultation is read only; the access history shows
// to the physician only. The screen is grabbed into VIGIE_SCREEN_DIR.
#include "../unit/dmst/DmstTestSupport.h"
#include "catch_qt.h"

#include "Translations.h"
#include "dmst/ConsultationStore.h"
#include "dmst/ui/ConsultationForm.h"
#include "dmst/ui/RecordPage.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

using namespace vigie;
using namespace vigie::dmst;

namespace {
QString screenDir()
{
    QString dir = qEnvironmentVariable("VIGIE_SCREEN_DIR");
#ifdef VIGIE_SCREEN_DIR_DEFAULT
    if (dir.isEmpty())
        dir = QStringLiteral(VIGIE_SCREEN_DIR_DEFAULT);
#endif
    return dir;
}
} // namespace

TEST_CASE("a consultation typed on the record page is autosaved, closed with the keyboard, then read only")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    auto session = db.session(QStringLiteral("medecin"));
    RecordPage page(*session);
    page.resize(1280, 860);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    auto* find = page.findChild<QLineEdit*>();
    REQUIRE(find);
    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(find, QStringLiteral("lefe"));
    QTest::keyClick(find, Qt::Key_Return);
    REQUIRE(page.workerId() == test::WorkerId);

    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    REQUIRE_FALSE(page.consultationId().isEmpty());
    QTest::keyClicks(page.form()->interviewEdit(), QStringLiteral("Lombalgies depuis mars, sans irradiation."));
    QTest::keyClicks(page.form()->weightEdit(), QStringLiteral("72"));
    QTest::keyClicks(page.form()->heightEdit(), QStringLiteral("168"));
    CHECK(page.form()->bmiText().contains(QStringLiteral("25,5")));
    QTest::qWait(RecordPage::AutosaveDelayMs * 3);
    // Saved without any save command: what a crash now would leave.
    {
        auto reader = db.session(QStringLiteral("medecin"));
        auto saved = ConsultationStore::load(*reader, page.consultationId());
        REQUIRE(saved);
        CHECK(saved.value().interview == QStringLiteral("Lombalgies depuis mars, sans irradiation."));
        CHECK(saved.value().weightKg == 72.0);
    }

    QTest::keyClicks(page.form()->conclusionEdit(), QStringLiteral("Pas de contre-indication. Revoir dans 2 ans."));
    QTest::keyClick(&page, Qt::Key_Return, Qt::ControlModifier);
    CHECK(page.statusText().contains(QStringLiteral("R4624-45-6"))); // refused: rights information first
    QTest::keyClick(&page, Qt::Key_I, Qt::ControlModifier);
    QTest::keyClick(&page, Qt::Key_Return, Qt::ControlModifier);
    auto closed = ConsultationStore::load(*session, page.consultationId());
    REQUIRE(closed);
    CHECK(closed.value().closed);
    CHECK(closed.value().conclusion == QStringLiteral("Pas de contre-indication. Revoir dans 2 ans."));
    CHECK(page.form()->interviewEdit()->isReadOnly());
    CHECK(page.accessHistory()->rowCount() > 5);

    // A personal note: kept apart, listed for its author.
    QTest::keyClicks(page.personalNoteEdit(), QStringLiteral("Impression : tension avec le chef"));
    page.addPersonalNote();
    REQUIRE(page.personalNotes()->count() == 1);
    CHECK(page.personalNotes()->item(0)->text().contains(QStringLiteral("tension avec le chef")));

    const QString dir = screenDir();
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        CHECK(page.grab().save(dir + QStringLiteral("/dmst-record-page.png")));
    }
}

TEST_CASE("the access history is the physician's: a nurse's page does not show it")
{
    test::DmstDb db;
    auto session = db.session(QStringLiteral("infirmier"));
    RecordPage page(*session);
    REQUIRE(page.openWorker(test::WorkerId));
    CHECK(page.accessHistory()->rowCount() == 0);
    CHECK(page.personalNotes()->count() == 0);
    // The IPRP, delegated parts 1° and 2°, opens the record without a single refusal to audit.
    auto iprp = db.session(QStringLiteral("iprp"));
    RecordPage delegated(*iprp);
    REQUIRE(delegated.openWorker(test::WorkerId));
    CHECK(test::valueOf(*iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE account = 'iprp' AND outcome = 'denied'")).toInt() == 0);
    auto director = db.session(QStringLiteral("directeur"));
    RecordPage refused(*director);
    CHECK_FALSE(refused.openWorker(test::WorkerId));
    CHECK(refused.workerId().isEmpty());
}
