// The demo as a newcomer meets it (issue 19 item 7): signed in as Dr Fontaine on the shared demo,
// "Ma journée" lists today's appointments, those already seen marked done; the record of a worker she
// saw holds consultations, signed documents, the work history and the exposures. Screens at 1366×768
// into VIGIE_SCREEN_DIR.
#include "catch_qt.h"

#include "GuiSession.h"

#include "dmst/ui/DocumentsPanel.h"
#include "dmst/ui/MyDayPage.h"
#include "dmst/ui/RecordPage.h"
#include "storage/Database.h"

#include <QListWidget>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace vigie;

namespace {
void keep(QWidget* w, const QString& name)
{
    QString dir = qEnvironmentVariable("VIGIE_SCREEN_DIR");
#ifdef VIGIE_SCREEN_DIR_DEFAULT
    if (dir.isEmpty())
        dir = QStringLiteral(VIGIE_SCREEN_DIR_DEFAULT);
#endif
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50);
    CHECK(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}
} // namespace

TEST_CASE("the demo in use: a physician's day with appointments seen and a record filled in")
{
    auto in = guitest::signInAs(QStringLiteral("medecin"));
    security::Session& s = *in->session;

    dmst::MyDayPage day(s);
    day.resize(1366, 768);
    day.show();
    REQUIRE(QTest::qWaitForWindowExposed(&day));
    // Today, or the last working day when the tests run on a weekend or a holiday.
    QDate shown = s.clock().today();
    for (int back = 0; back < 5 && day.table()->rowCount() == 0; ++back) {
        shown = shown.addDays(-1);
        day.showDay(shown);
    }
    QTableWidget* t = day.table();
    INFO("day " << shown.toString(Qt::ISODate).toStdString());
    REQUIRE(t->rowCount() >= 2);
    int done = 0;
    for (int r = 0; r < t->rowCount(); ++r)
        done += t->item(r, dmst::MyDayPage::State)->text() == QStringLiteral("terminé") ? 1 : 0;
    // The run's instant decides how much of today is past; a past working day is all seen or missed.
    if (shown < s.clock().today())
        CHECK(done >= 1);
    keep(&day, QStringLiteral("demo-myday"));

    // A worker she saw: the record opens on its consultations and documents.
    QSqlQuery q(s.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT c.worker_id FROM dmst_consultations c WHERE c.professional_id = '%1' AND c.appointment_id IS NOT NULL "
                                  "AND EXISTS (SELECT 1 FROM dmst_correspondence l WHERE l.worker_id = c.worker_id) ORDER BY c.visit_date DESC LIMIT 1")
                       .arg(s.account().id)));
    REQUIRE(q.next());
    const QString worker = q.value(0).toString();
    dmst::RecordPage record(s);
    record.setConfirmer([](const QString&) { return true; });
    record.resize(1366, 768);
    record.show();
    REQUIRE(QTest::qWaitForWindowExposed(&record));
    REQUIRE(record.openWorker(worker));
    CHECK(record.documents()->table()->rowCount() >= 1);
    keep(&record, QStringLiteral("demo-record"));
    for (int i = 0; i < record.sections()->count(); ++i) {
        record.sections()->setCurrentRow(i);
        QTest::qWait(20);
        keep(&record, QStringLiteral("demo-record-%1").arg(i));
    }
}
