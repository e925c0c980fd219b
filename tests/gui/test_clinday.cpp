// The clinicians' day (issue 18), offscreen and with the keyboard: "Ma journée" lists the physician's
// own appointments of the day, A marks the arrival, Enter opens the record and starts the consultation
// pre-filled from the appointment, N records a no-show, Page Down shows the next day; a nurse's record
// page offers no EMA; an out-of-range blood pressure leaves the interview saved and the pressure in red,
// kept as typed; a second consultation on one day asks first. Screens at 1366×768 into VIGIE_SCREEN_DIR.
#include "../unit/dmst/DmstTestSupport.h"
#include "catch_qt.h"

#include "Translations.h"
#include "dmst/ConsultationStore.h"
#include "dmst/RecordStore.h"
#include "dmst/ui/ConsultationForm.h"
#include "dmst/ui/MyDayPage.h"
#include "dmst/ui/PartsPanel.h"
#include "dmst/ui/RecordPage.h"
#include "ui/Navigator.h"
#include "ui/ThesaurusPicker.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

using namespace vigie;
using namespace vigie::dmst;

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
    // The same screen on a large monitor, then back to the size the test drives.
    const QSize size = w->size();
    w->resize(1920, 1080);
    QTest::qWait(50);
    CHECK(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral("-1920.png")));
    w->resize(size);
    QTest::qWait(50);
}

// Two appointments of the physician today (the test worker at 09:00, a colleague at 09:30) and one of
// the nurse's, which the physician's day does not list.
void appointments(security::Session& s)
{
    REQUIRE(s.db().execScript(QStringLiteral(
        "INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, ins_status, birth_name_fold, hlc, updated_by) "
        "VALUES ('wrk-3', 'Martin', 'Luc', 'Luc', '1990-01-15', 'M', 'PROV', 'martin', '0', 'test');"
        "INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, follow_up, hlc, updated_by) VALUES "
        "('emp-3', 'wrk-3', 'est-a', 'Cariste', 'CDI', '2020-01-01', 'SI', '0', 'test');"
        "INSERT INTO agenda_places(id, kind, name, hlc, updated_by) VALUES ('pl-1', 'centre', 'Centre de Lille', '0', 'test');"
        "INSERT INTO appointments(id, worker_id, employment_id, establishment_id, kind, performer, due_by, basis, professional_id, place_id, day, "
        "start_time, end_time, booked_on, booked_by, hlc, updated_by) VALUES "
        "('ap-1', 'wrk-1', 'emp-1', 'est-a', 'EMA_RENEWAL', 'MT', '2026-12-31', 'R4624-28', 'acc-medecin', 'pl-1', '2026-11-24', '09:00', '09:30', "
        "'2026-11-01', 'acc-planif', '0', 'test'),"
        "('ap-2', 'wrk-3', 'emp-3', 'est-a', 'VIP_RENEWAL', 'HEALTH_PRO', '2026-12-31', 'R4624-16', 'acc-medecin', 'pl-1', '2026-11-24', '09:30', "
        "'10:00', '2026-11-01', 'acc-planif', '0', 'test'),"
        "('ap-3', 'wrk-3', 'emp-3', 'est-a', 'VIP_RENEWAL', 'HEALTH_PRO', '2026-12-31', 'R4624-16', 'acc-infirmier', 'pl-1', '2026-11-24', '11:00', "
        "'11:30', '2026-11-01', 'acc-planif', '0', 'test');")));
}

QString cell(QTableWidget* t, int row, int col) { return t->item(row, col) ? t->item(row, col)->text() : QString(); }
} // namespace

TEST_CASE("Ma journée: arrival in one key, Enter opens the record and the consultation, N a no-show, Page Down the next day")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    auto session = db.session(QStringLiteral("medecin"));
    appointments(*session);
    (void)RecordStore::recordRightsInformation(*session, RightsInformation{{}, test::WorkerId, session->clock().today(), InformationMeans::Paper, false, {}});

    MyDayPage day(*session);
    RecordPage record(*session);
    record.setConfirmer([](const QString&) { return true; });
    QObject::connect(&ui::Navigator::instance(), &ui::Navigator::openRequested, &record, [&record](const ui::SearchHit& hit) { record.openHit(hit); });
    day.resize(1366, 768);
    day.show();
    REQUIRE(QTest::qWaitForWindowExposed(&day));
    day.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&day));
    day.table()->setFocus();
    QTableWidget* t = day.table();
    REQUIRE(t->rowCount() == 2); // the nurse's appointment is hers
    CHECK(cell(t, 0, MyDayPage::Time) == QStringLiteral("09:00–09:30"));
    CHECK(cell(t, 0, MyDayPage::Worker).startsWith(QStringLiteral("LEFÈVRE")));
    CHECK(cell(t, 0, MyDayPage::Kind).contains(QStringLiteral("périodique")));
    CHECK(cell(t, 0, MyDayPage::Company) == QStringLiteral("Atelier Nord"));
    CHECK(cell(t, 0, MyDayPage::Post) == QStringLiteral("Soudeuse"));
    CHECK(cell(t, 0, MyDayPage::State) == QStringLiteral("attendu"));

    QTest::keyClick(t, Qt::Key_A);
    CHECK(cell(t, 0, MyDayPage::State).startsWith(QStringLiteral("arrivé")));
    keep(&day, QStringLiteral("clinday-myday"));

    QTest::keyClick(t, Qt::Key_Return);
    REQUIRE(record.workerId() == test::WorkerId);
    REQUIRE_FALSE(record.consultationId().isEmpty());
    auto started = ConsultationStore::load(*session, record.consultationId());
    REQUIRE(started);
    CHECK(started.value().kind == QStringLiteral("EMA_RENEWAL"));
    CHECK(started.value().appointmentId == QStringLiteral("ap-1"));
    CHECK(started.value().establishmentId == QStringLiteral("est-a"));
    CHECK(started.value().reason.contains(QStringLiteral("Soudeuse")));
    CHECK(started.value().arrival.isValid());
    day.showDay(day.day()); // back on the day: the consultation is under way
    CHECK(cell(t, 0, MyDayPage::State) == QStringLiteral("en consultation"));
    // Enter again resumes the same consultation, no second one.
    const QString first = record.consultationId();
    t->setCurrentCell(0, 0);
    QTest::keyClick(t, Qt::Key_Return);
    CHECK(record.consultationId() == first);

    t->setCurrentCell(0, 0);
    QTest::keyClick(t, Qt::Key_Down);
    QTest::keyClick(t, Qt::Key_N);
    CHECK(cell(t, 1, MyDayPage::State) == QStringLiteral("absent"));

    QTest::keyClick(t, Qt::Key_PageDown);
    CHECK(day.day() == QDate(2026, 11, 25));
    CHECK(t->rowCount() == 0);
    QTest::keyClick(t, Qt::Key_Home);
    CHECK(day.day() == QDate(2026, 11, 24));
    CHECK(t->rowCount() == 2);
}

TEST_CASE("a nurse is offered no EMA, an out-of-range pressure leaves the interview saved and stays in red as typed")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    {
        auto nurse = db.session(QStringLiteral("infirmier"));
        RecordPage page(*nurse);
        QComboBox* kinds = page.form()->kindBox();
        QStringList offered;
        for (int i = 0; i < kinds->count(); ++i)
            offered << kinds->itemData(i).toString();
        CHECK(offered.contains(QStringLiteral("VIP")));
        CHECK_FALSE(offered.contains(QStringLiteral("EMA")));
        CHECK_FALSE(offered.contains(QStringLiteral("EMA_RENEWAL")));
        CHECK_FALSE(offered.contains(QStringLiteral("POST_EXPOSURE")));
    }

    auto session = db.session(QStringLiteral("medecin"));
    RecordPage page(*session);
    QStringList questions;
    bool answer = true;
    page.setConfirmer([&](const QString& q) {
        questions << q;
        return answer;
    });
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.openWorker(test::WorkerId));
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    REQUIRE_FALSE(page.consultationId().isEmpty());
    CHECK(questions.isEmpty());
    QTest::keyClicks(page.form()->interviewEdit(), QStringLiteral("Maux de tete matinaux depuis un mois."));
    QTest::keyClicks(page.form()->systolicEdit(), QStringLiteral("300"));
    QTest::keyClicks(page.form()->diastolicEdit(), QStringLiteral("95"));
    page.form()->problemBox(QStringLiteral("CARDIOVASCULAR"))->setFocus();
    QTest::keyClick(page.form()->problemBox(QStringLiteral("CARDIOVASCULAR")), Qt::Key_Space);
    QTest::qWait(RecordPage::AutosaveDelayMs * 3);
    {
        auto reader = db.session(QStringLiteral("medecin"));
        auto saved = ConsultationStore::load(*reader, page.consultationId());
        REQUIRE(saved);
        CHECK(saved.value().interview == QStringLiteral("Maux de tete matinaux depuis un mois."));
        CHECK(saved.value().diastolic == 95);
        CHECK_FALSE(saved.value().systolic);
        CHECK(saved.value().problemCodes == QStringList{QStringLiteral("CARDIOVASCULAR")});
    }
    CHECK(page.form()->systolicEdit()->text() == QStringLiteral("300")); // kept as typed
    CHECK(page.form()->systolicEdit()->styleSheet().contains(QStringLiteral("#b42318")));
    CHECK(page.form()->issuesText().contains(QStringLiteral("300")));
    CHECK(page.statusText().contains(QStringLiteral("300")));
    keep(&page, QStringLiteral("clinday-autosave-invalid"));

    // Not closed while a field is in red.
    QTest::keyClicks(page.form()->conclusionEdit(), QStringLiteral("Revoir la tension."));
    QTest::keyClick(&page, Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(ConsultationStore::load(*session, page.consultationId()).value().closed);
    CHECK(page.statusText().contains(QStringLiteral("300")));
    // Corrected: no longer red, saved.
    page.form()->systolicEdit()->selectAll();
    QTest::keyClicks(page.form()->systolicEdit(), QStringLiteral("150"));
    QTest::qWait(RecordPage::AutosaveDelayMs * 3);
    CHECK(page.form()->systolicEdit()->styleSheet().isEmpty());
    CHECK(ConsultationStore::load(*session, page.consultationId()).value().systolic == 150);

    // A second consultation the same day is asked first; "no" keeps the one open.
    const QString open = page.consultationId();
    answer = false;
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    CHECK(questions.size() == 1);
    CHECK(page.consultationId() == open);
}

TEST_CASE("the record's search finds a worker by \"prénom nom\", \"nom prénom\" and birth date, Enter opens her, and the page keeps the worker chosen elsewhere")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    auto session = db.session(QStringLiteral("medecin"));
    RecordPage page(*session);
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* find = page.findChild<QLineEdit*>();
    REQUIRE(find);
    for (const QString& typed : {QStringLiteral("marie lefe"), QStringLiteral("Lefevre Marie"), QStringLiteral("12/03/1975"), QStringLiteral("1975-03-12")}) {
        INFO(typed.toStdString());
        page.clearPersonalData();
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(find, typed);
        REQUIRE(page.results()->count() == 1);
        QTest::keyClick(find, Qt::Key_Return);
        CHECK(page.workerId() == test::WorkerId);
    }
    page.clearPersonalData();
    QTest::keyClicks(find, QStringLiteral("paul lefe")); // first name not matching: nothing, and said so
    CHECK(page.results()->count() == 0);

    // Chosen elsewhere (an agenda, a list): the record page shows her when it is shown.
    ui::Navigator::instance().setCurrentWorker(test::WorkerId);
    RecordPage other(*session);
    other.show();
    REQUIRE(QTest::qWaitForWindowExposed(&other));
    CHECK(other.workerId() == test::WorkerId);
    ui::Navigator::instance().forget();
}

TEST_CASE("the record page: an identity check makes the INS qualified, an exposure is added with the picker")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::DmstDb db;
    auto session = db.session(QStringLiteral("medecin"));
    REQUIRE(test::execSql(*session, QStringLiteral("UPDATE workers SET ins_status = 'RECUP' WHERE id = ?"), {test::WorkerId}));
    RecordPage page(*session);
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    REQUIRE(page.openWorker(test::WorkerId));
    page.tabs()->setCurrentWidget(page.parts());
    PartsPanel* parts = page.parts();
    CHECK(parts->insText().contains(QStringLiteral("récupérée")));
    parts->documentBox()->setFocus();
    QTest::keyClick(parts->documentBox(), Qt::Key_Down); // passport
    QTest::keyClick(&page, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(parts->insText().contains(QStringLiteral("qualifiée")));
    REQUIRE(parts->checks()->count() == 1);
    CHECK(parts->checks()->item(0)->text().contains(QStringLiteral("24/11/2026")));
    CHECK(test::valueOf(*session, QStringLiteral("SELECT ins_status FROM workers WHERE id = ?"), {test::WorkerId}).toString() == QStringLiteral("QUAL"));

    // The source said when added: declared by the company (the second choice, Down in its box).
    parts->sourceBox()->setFocus();
    QTest::keyClick(parts->sourceBox(), Qt::Key_Down);
    QTest::keyClicks(parts->exposureStartEdit(), QStringLiteral("01/09/2015"));
    parts->exposurePicker()->lineEdit()->setFocus();
    QTest::keyClicks(parts->exposurePicker()->lineEdit(), QStringLiteral("CHIM.CMR.BENZENE"));
    parts->exposurePicker()->searchNow();
    QTest::keyClick(parts->exposurePicker()->lineEdit(), Qt::Key_Return);
    REQUIRE(parts->exposures()->rowCount() == 1);
    CHECK(parts->exposures()->item(0, 0)->text().contains(QStringLiteral("enzène")));
    CHECK(parts->exposures()->item(0, 3)->text() == QStringLiteral("entreprise"));
    CHECK(parts->exposures()->item(0, 3)->toolTip() == QStringLiteral("déclarée par l’entreprise"));
    CHECK(parts->exposures()->item(0, 4)->text() == QStringLiteral("01/09/2015"));
    CHECK(parts->exposures()->item(0, 5)->text() == QStringLiteral("en cours"));
    CHECK(test::valueOf(*session, QStringLiteral("SELECT source FROM dmst_exposures WHERE worker_id = ?"), {test::WorkerId}).toString() ==
          QStringLiteral("company"));

    // Corrected with the keyboard: Enter on the exposure opens it in the fields; the physician observed
    // it herself (Up in the source box) and it ended on 31/12/2020; Enter in the end date saves it.
    parts->exposures()->setFocus();
    parts->exposures()->setCurrentCell(0, 0);
    QTest::keyClick(parts->exposures(), Qt::Key_Return);
    REQUIRE_FALSE(parts->editedExposure().isEmpty());
    CHECK(parts->exposureStartEdit()->text() == QStringLiteral("01/09/2015"));
    CHECK(parts->exposurePicker()->code() == QStringLiteral("CHIM.CMR.BENZENE"));
    keep(&page, QStringLiteral("clinday-exposure-correction"));
    page.activateWindow(); // the grab at 1920×1080 may leave the window inactive: shortcuts need it active
    REQUIRE(QTest::qWaitForWindowActive(&page));
    parts->sourceBox()->setFocus();
    QTest::keyClick(parts->sourceBox(), Qt::Key_Up);
    parts->exposureEndEdit()->setFocus();
    QTest::keyClicks(parts->exposureEndEdit(), QStringLiteral("31/12/2020"));
    QTest::keyClick(parts->exposureEndEdit(), Qt::Key_Return);
    INFO(parts->statusText().toStdString());
    CHECK(parts->editedExposure().isEmpty());
    REQUIRE(parts->exposures()->rowCount() == 1);
    CHECK(parts->exposures()->item(0, 3)->text() == QStringLiteral("médecin"));
    CHECK(parts->exposures()->item(0, 3)->toolTip() == QStringLiteral("constatée par le médecin"));
    CHECK(parts->exposures()->item(0, 5)->text() == QStringLiteral("31/12/2020"));
    CHECK(test::valueOf(*session, QStringLiteral("SELECT source || ' ' || end_date || ' ' || row_version FROM dmst_exposures WHERE worker_id = ?"),
                        {test::WorkerId})
              .toString() == QStringLiteral("physician 2020-12-31 2"));
    // Enter on it again, then Escape: back to adding, nothing changed.
    parts->exposures()->setFocus();
    parts->exposures()->setCurrentCell(0, 0);
    QTest::keyClick(parts->exposures(), Qt::Key_Return);
    REQUIRE_FALSE(parts->editedExposure().isEmpty());
    REQUIRE(QApplication::focusWidget());
    INFO(QApplication::focusWidget()->metaObject()->className());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(parts->editedExposure().isEmpty());
    CHECK(parts->exposureEndEdit()->text().isEmpty());
    keep(&page, QStringLiteral("clinday-identity-exposures"));
}
