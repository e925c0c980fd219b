// The scheduling screens (issue 6 part 6) on the demo database, driven like an assistant would: the
// worklist (overdue, to plan, the planner's proposals to accept or refuse, appointments to confirm) and
// a professional's agenda by week and by day, with the keyboard; the agenda by place; planning by hand
// (drop, keyboard, moves) with the refusals; editing agendas; recording a visit request. Screens are grabbed into
// VIGIE_SCREEN_DIR.
#include "catch_qt.h"

#include "GuiSession.h"
#include "Translations.h"

#include "core/Clock.h"
#include "scheduling/AgendaStore.h"
#include "scheduling/ToPlan.h"
#include "scheduling/VisitRequestStore.h"
#include "scheduling/ui/AgendaEditorDialog.h"
#include "scheduling/ui/AgendaPage.h"
#include "scheduling/ui/PlanningDragDrop.h"
#include "scheduling/ui/VisitRequestDialog.h"
#include "scheduling/ui/SchedulingUi.h"
#include "scheduling/ui/WorklistPage.h"
#include "security/Session.h"
#include "security/SignIn.h"
#include "ui/ModuleRegistry.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCollator>
#include <QHeaderView>
#include <QProcess>
#include <QTemporaryDir>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTimeEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

#include <memory>

using namespace vigie;
using guitest::signInAs;
using scheduling::AgendaPage;
using scheduling::WorklistPage;

namespace {

// Answers the next message box once it is shown: its buttons' texts go to `buttons`, then Yes or No.
void answerNextQuestion(bool yes, QStringList* buttons = nullptr)
{
    QTimer::singleShot(0, [yes, buttons] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (buttons)
            for (QAbstractButton* b : box->buttons())
                *buttons << b->text();
        box->button(yes ? QMessageBox::Yes : QMessageBox::No)->click();
    });
}

void grab(QWidget& w, const QString& name)
{
    w.resize(1280, 760);
    w.show();
    QCoreApplication::processEvents();
    w.grab().save(QDir(guitest::screenDir()).filePath(name));
}

} // namespace

TEST_CASE("the planning pages are offered to the roles with the Planning module only")
{
    ui::ModuleRegistry registry;
    scheduling::registerSchedulingUi(registry);
    const auto ids = [&](security::Role role) {
        QStringList out;
        for (const ui::ModuleEntry& e : registry.entriesFor(role))
            out << e.id;
        return out;
    };
    CHECK(ids(security::Role::Planner) == QStringList{QStringLiteral("worklist"), QStringLiteral("agendas"), QStringLiteral("followup"),
                                                     QStringLiteral("companyfollowup")});
    CHECK(ids(security::Role::Nurse).size() == 4);
    CHECK(ids(security::Role::Director).isEmpty());
    CHECK(ids(security::Role::Admin).isEmpty());
}

TEST_CASE("the worklist: overdue and to plan with deadlines and reasons, proposals accepted, appointments confirmed")
{
    auto s = signInAs(QStringLiteral("planif"));
    WorklistPage page(*s->session);
    REQUIRE(page.toPlanTable()->rowCount() + page.overdueTable()->rowCount() > 0);
    // Every row says by when and why.
    for (QTableWidget* t : {page.toPlanTable(), page.overdueTable()})
        for (int r = 0; r < std::min(t->rowCount(), 50); ++r) {
            CHECK_FALSE(t->item(r, 0)->text().isEmpty()); // deadline
            CHECK_FALSE(t->item(r, 5)->text().isEmpty()); // basis
        }
    grab(page, QStringLiteral("scheduling_worklist.png"));

    page.propose();
    REQUIRE(page.proposalTable()->rowCount() > 3);
    CHECK(page.tabs()->currentIndex() == 2);
    for (int r = 0; r < page.proposalTable()->rowCount(); ++r) {
        CHECK_FALSE(page.proposalTable()->item(r, 8)->text().isEmpty()); // the explanation
        CHECK_FALSE(page.proposalTable()->item(r, 5)->text().isEmpty()); // the employer
        const QString visit = page.proposalTable()->item(r, 6)->text();
        if (visit.startsWith(QStringLiteral("Examen médical")) || visit == QStringLiteral("Visite post-exposition"))
            CHECK(page.proposalTable()->item(r, 2)->text().startsWith(QStringLiteral("Dr ")));
    }
    grab(page, QStringLiteral("scheduling_proposals.png"));

    const int before = page.proposalTable()->rowCount();
    page.proposalTable()->selectRow(0);
    page.refuseSelected();
    CHECK(page.proposalTable()->rowCount() == before - 1);
    page.proposalTable()->setSelectionMode(QAbstractItemView::MultiSelection);
    page.proposalTable()->selectRow(0);
    page.proposalTable()->selectRow(1);
    page.proposalTable()->selectRow(2);
    const int confirmBefore = page.toConfirmTable()->rowCount();
    page.acceptSelected();
    CHECK(page.proposalTable()->rowCount() == before - 4);
    CHECK(page.toConfirmTable()->rowCount() == confirmBefore + 3);
    // Booking offers the convocations at once, in French; printed, they name the three workers.
    REQUIRE(page.convocationOffer());
    QStringList offered;
    for (QAbstractButton* b : page.convocationOffer()->buttons())
        offered << b->text();
    CHECK(offered.contains(QStringLiteral("&Imprimer les convocations…")));
    CHECK(offered.contains(QStringLiteral("&Envoyer par courriel")));
    REQUIRE(page.lastBooked().size() == 3);
    QTemporaryDir pdfDir;
    const QString pdf = pdfDir.filePath(QStringLiteral("convocations.pdf"));
    REQUIRE(page.printConvocationsOf(page.lastBooked(), pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString letters = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString& id : page.lastBooked()) {
        auto booked = scheduling::AppointmentStore::byId(*s->session, id);
        REQUIRE(booked);
        REQUIRE(booked.value());
        INFO(booked.value()->workerName.toStdString());
        CHECK(letters.contains(booked.value()->workerName.section(QLatin1Char(' '), 0, 0)));
    }
    page.convocationOffer()->close();
    page.toConfirmTable()->selectRow(0);
    page.confirmSelected();
    CHECK(page.toConfirmTable()->rowCount() == confirmBefore + 2);
}

TEST_CASE("the worklist's filters: employer, team, professional and kind of visit narrow every list, and say so")
{
    auto s = signInAs(QStringLiteral("planif"));
    WorklistPage page(*s->session);
    const int all = page.toPlanTable()->rowCount() + page.overdueTable()->rowCount();
    REQUIRE(all > 0);
    CHECK(page.companyFilter()->count() > 2);
    CHECK(page.teamFilter()->count() >= 2);
    CHECK(page.professionalFilter()->count() > 2);
    // A kind of visit: only that kind is left.
    const QString vipTitle = page.toPlanTable()->rowCount() > 0 ? page.toPlanTable()->item(0, 3)->text() : page.overdueTable()->item(0, 3)->text();
    page.kindFilter()->setCurrentIndex(page.kindFilter()->findText(vipTitle));
    int kept = 0;
    for (QTableWidget* t : {page.toPlanTable(), page.overdueTable()})
        for (int r = 0; r < t->rowCount(); ++r, ++kept)
            CHECK(t->item(r, 3)->text() == vipTitle);
    CHECK(kept > 0);
    CHECK(kept <= all);
    if (kept < all)
        CHECK(page.tabs()->tabText(1).contains(QStringLiteral("affichées")));
    page.kindFilter()->setCurrentIndex(0);
    // An employer: its establishments only.
    const QString employer = page.toPlanTable()->rowCount() > 0 ? page.toPlanTable()->item(0, 2)->text() : page.overdueTable()->item(0, 2)->text();
    CHECK_FALSE(employer.isEmpty());
    bool narrowed = false;
    for (int i = 1; i < page.companyFilter()->count() && !narrowed; ++i) {
        page.companyFilter()->setCurrentIndex(i);
        const int n = page.toPlanTable()->rowCount() + page.overdueTable()->rowCount();
        narrowed = n > 0 && n < all;
    }
    CHECK(narrowed);
    page.companyFilter()->setCurrentIndex(0);
    CHECK(page.toPlanTable()->rowCount() + page.overdueTable()->rowCount() == all);
    // A nurse: no visit only the physician may perform.
    page.professionalFilter()->setCurrentIndex(page.professionalFilter()->findText(QStringLiteral("Julien Roux")));
    for (QTableWidget* t : {page.toPlanTable(), page.overdueTable()})
        for (int r = 0; r < t->rowCount(); ++r)
            CHECK(t->item(r, 4)->text() != QStringLiteral("Médecin du travail"));
    page.professionalFilter()->setCurrentIndex(0);
    // A click on the Worker header sorts the names the French way.
    page.tabs()->setCurrentIndex(1);
    page.toPlanTable()->horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder);
    page.toPlanTable()->sortItems(1, Qt::AscendingOrder);
    QCollator french(QLocale(QLocale::French, QLocale::France));
    french.setCaseSensitivity(Qt::CaseInsensitive);
    french.setNumericMode(true);
    for (int r = 1; r < page.toPlanTable()->rowCount(); ++r)
        CHECK(french.compare(page.toPlanTable()->item(r - 1, 1)->text(), page.toPlanTable()->item(r, 1)->text()) <= 0);
    grab(page, QStringLiteral("scheduling_worklist_filtered.png"));
}

TEST_CASE("the visits to plan: one count on the worklist, the agenda page and the shared definition")
{
    auto s = signInAs(QStringLiteral("planif"));
    auto shared = scheduling::visitsToPlan(*s->session);
    REQUIRE(shared);
    REQUIRE_FALSE(shared.value().isEmpty());
    WorklistPage worklist(*s->session);
    CHECK(worklist.visitsToPlanCount() == shared.value().size());
    CHECK(worklist.toPlanTable()->rowCount() + worklist.overdueTable()->rowCount() == shared.value().size());
    CHECK(worklist.statusLabel()->text().startsWith(QString::number(shared.value().size()) + QLatin1Char(' ')));
    AgendaPage agenda(*s->session);
    agenda.setPlaceView(true); // every team's visits, not one professional's
    CHECK(agenda.toPlanList()->count() == shared.value().size());
}

TEST_CASE("the agenda: a professional's week and day, with the keyboard")
{
    auto s = signInAs(QStringLiteral("planif"));
    {
        // Something in the agenda: the worklist's proposals of the next fortnight, accepted.
        WorklistPage worklist(*s->session);
        worklist.propose();
        worklist.proposalTable()->selectAll();
        worklist.acceptSelected();
    }
    AgendaPage page(*s->session);
    const int nurse = page.professionalBox()->findText(QStringLiteral("Julien Roux"));
    REQUIRE(nurse >= 0);
    page.professionalBox()->setCurrentIndex(nurse);
    QDate next = s->clock.today().addDays(1);
    while (next.dayOfWeek() > 5)
        next = next.addDays(1);
    page.setDay(next);
    CHECK(page.weekView());
    CHECK(page.grid()->columnCount() == 5);
    // Opening hours shaded, appointments written in.
    bool booked = false;
    for (int d = 0; d < 5; ++d)
        for (int r = 0; r < page.grid()->rowCount(); ++r)
            if (const QTableWidgetItem* item = page.grid()->item(r, d); item && item->data(Qt::UserRole).isValid())
                booked = true;
    grab(page, QStringLiteral("scheduling_agenda_week.png"));
    const QDate shown = page.day();
    QTest::keyClick(&page, Qt::Key_PageDown);
    CHECK(page.day() == shown.addDays(7));
    QTest::keyClick(&page, Qt::Key_D);
    CHECK_FALSE(page.weekView());
    CHECK(page.grid()->columnCount() == 1);
    QTest::keyClick(&page, Qt::Key_PageUp);
    CHECK(page.day() == shown.addDays(6));
    QTest::keyClick(&page, Qt::Key_Home);
    CHECK(page.day() == s->clock.today());
    QTest::keyClick(&page, Qt::Key_W);
    CHECK(page.weekView());
    page.setDay(shown);
    grab(page, QStringLiteral("scheduling_agenda_week_booked.png"));
    CHECK(booked);
}

namespace {

// A working day three weeks ahead: past the fortnight the worklist's test books and the demo nurse's
// week of leave (a fortnight from today), not a public holiday, whatever day the tests run.
QDate quietWorkingDay(const core::Clock& clock)
{
    QDate d = clock.today().addDays(21);
    while (d.dayOfWeek() > 5 || core::isHoliday(d, core::Region::Metropole))
        d = d.addDays(1);
    return d;
}

int columnOf(const AgendaPage& page, const QString& professionalId, QDate day)
{
    for (int c = 0; c < page.grid()->columnCount(); ++c) {
        const scheduling::ManualSlot slot = page.slotAt(0, c);
        if (slot.professionalId == professionalId && slot.day == day)
            return c;
    }
    return -1;
}

bool hasAppointmentAt(const AgendaPage& page, int row, int column)
{
    const QTableWidgetItem* item = page.grid()->item(row, column);
    return item && item->data(Qt::UserRole).isValid();
}

// The first visit to plan in the list with that performer, and its row in the list.
int demandRow(const AgendaPage& page, scheduling::Performer performer)
{
    const QListWidget* list = page.toPlanList();
    for (int r = 0; r < list->count(); ++r) {
        const QString key = list->item(r)->data(scheduling::DemandKeyRole).toString();
        for (const scheduling::Demand& d : page.demands())
            if (d.key == key && d.performer == performer)
                return r;
    }
    return -1;
}

QString keyAt(const AgendaPage& page, int row) { return page.toPlanList()->item(row)->data(scheduling::DemandKeyRole).toString(); }

// An empty row of the column from `from` on, with `rows` empty rows after it (a visit's length).
int freeRow(const AgendaPage& page, int column, int from, int rows)
{
    for (int r = from; r + rows < page.grid()->rowCount(); ++r) {
        bool free = true;
        for (int k = 0; k < rows && free; ++k)
            free = !hasAppointmentAt(page, r + k, column) && page.grid()->rowSpan(r + k, column) == 1;
        if (free)
            return r;
    }
    return -1;
}

// What the window system delivers when something is dropped on the cell: enter, move, drop (Qt routes
// the drop to the widget that accepted the enter).
void dropAt(AgendaPage& page, QMimeData& mime, int row, int column)
{
    page.grid()->scrollToItem(page.grid()->item(row, column));
    const QRect cell = page.grid()->visualItemRect(page.grid()->item(row, column));
    REQUIRE(page.grid()->indexAt(cell.center()).row() == row);
    QDragEnterEvent enter(cell.center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page.grid()->viewport(), &enter);
    CHECK(enter.isAccepted());
    QDragMoveEvent move(cell.center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page.grid()->viewport(), &move);
    CHECK(move.isAccepted());
    QDropEvent drop(QPointF(cell.center()), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page.grid()->viewport(), &drop);
    CHECK(drop.isAccepted());
}

QString idOfLogin(security::Session& s, const char* login)
{
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT id FROM accounts WHERE login = ?"));
    q.addBindValue(QString::fromLatin1(login));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("planning by hand: a visit dropped on a slot is booked, refused with the reason when the rules say no, moved by dragging")
{
    auto s = signInAs(QStringLiteral("planif"));
    const QString nurse = idOfLogin(*s->session, "infirmier");
    const QString physician = idOfLogin(*s->session, "medecin");
    // A visit only the occupational physician may perform: the physician calls a worker (R4624-34).
    auto posts = scheduling::VisitRequestStore::posts(*s->session, QString(), 1);
    REQUIRE(posts);
    REQUIRE_FALSE(posts.value().isEmpty());
    scheduling::NewVisitRequest called{posts.value().first().workerId, posts.value().first().employmentId, scheduling::RequestOrigin::Physician,
                                       scheduling::RequestMotive::OnRequest, s->clock.today()};
    REQUIRE(scheduling::VisitRequestStore::record(*s->session, called));
    AgendaPage page(*s->session);
    page.resize(1280, 760);
    page.show();
    QCoreApplication::processEvents();
    page.showProfessional(nurse);
    const QDate day = quietWorkingDay(s->clock);
    page.setDay(day);
    const int column = columnOf(page, nurse, day);
    REQUIRE(column >= 0);
    REQUIRE(page.toPlanList()->count() > 0);
    const int before = page.toPlanList()->count();

    // An EMA (occupational physician only, R4623-14 II) dropped in the nurse's agenda: refused, said why.
    const int ema = demandRow(page, scheduling::Performer::Mt);
    REQUIRE(ema >= 0);
    const int nine = AgendaPage::rowOf(9 * 60);
    QString refusal = page.planAt(keyAt(page, ema), nine, column);
    CHECK(refusal.contains(QStringLiteral("Julien Roux")));
    CHECK(refusal.contains(QStringLiteral("R4623-14 II")));
    CHECK(refusal.contains(day.toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK(page.detailLabel()->text().contains(QStringLiteral("R4623-14 II")));
    CHECK(page.toPlanList()->count() == before);

    // Before the nurse's opening (8:30): refused as outside the opening hours.
    const int vip = demandRow(page, scheduling::Performer::HealthPro);
    REQUIRE(vip >= 0);
    refusal = page.planAt(keyAt(page, vip), AgendaPage::rowOf(8 * 60), column);
    CHECK(refusal.contains(QStringLiteral("En dehors des plages du professionnel")));

    // A real drop event on a free slot of the morning: booked, written in the grid, gone from the list.
    const int row = freeRow(page, column, nine, 12);
    REQUIRE(row >= 0);
    {
        const QString key = keyAt(page, vip);
        QMimeData mime;
        mime.setData(QLatin1String(scheduling::DemandMime), key.toUtf8());
        dropAt(page, mime, row, column);
        INFO(page.detailLabel()->text().toStdString());
        CHECK(hasAppointmentAt(page, row, column));
        CHECK(page.toPlanList()->count() == before - 1);
        for (const scheduling::Demand& d : page.demands())
            CHECK(d.key != key);
    }
    grab(page, QStringLiteral("scheduling_agenda_manual.png"));

    // The same slot again with another visit: double-booking refused.
    const int other = demandRow(page, scheduling::Performer::HealthPro);
    REQUIRE(other >= 0);
    CHECK(page.planAt(keyAt(page, other), row, column).contains(QStringLiteral("déjà un rendez-vous")));

    // The keyboard: select the visit, select a slot, Enter.
    const int later = freeRow(page, column, row + 12, 12);
    REQUIRE(later >= 0);
    page.toPlanList()->setCurrentRow(other);
    page.grid()->setCurrentCell(later, column);
    QTest::keyClick(page.grid(), Qt::Key_Return);
    CHECK(hasAppointmentAt(page, later, column));
    CHECK(page.toPlanList()->count() == before - 2);

    // Moving: an appointment dragged into the physician's column on the same day is checked (a VIP may
    // be done by the physician), then moved; Ctrl+X and Enter do the same with the keyboard.
    const QString moved = page.grid()->item(row, column)->data(scheduling::AppointmentIdRole).toString();
    REQUIRE_FALSE(moved.isEmpty());
    // The grid's own drag data for the appointment's cell (what a mouse drag carries).
    std::unique_ptr<QMimeData> dragged(page.grid()->model()->mimeData({page.grid()->model()->index(row, column)}));
    REQUIRE(dragged);
    CHECK(QString::fromUtf8(dragged->data(QLatin1String(scheduling::AppointmentMime))) == moved);
    // Onto a closed slot of the nurse (before 8:30): refused, the appointment stays.
    dropAt(page, *dragged, AgendaPage::rowOf(8 * 60), column);
    CHECK(page.detailLabel()->text().contains(QStringLiteral("En dehors des plages du professionnel")));
    CHECK(hasAppointmentAt(page, row, column));
    page.showProfessional(physician);
    const int mtColumn = columnOf(page, physician, day);
    REQUIRE(mtColumn >= 0);
    const int mtRow = freeRow(page, mtColumn, AgendaPage::rowOf(9 * 60), 12);
    REQUIRE(mtRow >= 0);
    dropAt(page, *dragged, mtRow, mtColumn);
    CHECK(hasAppointmentAt(page, mtRow, mtColumn));
    auto ap = scheduling::AppointmentStore::byId(*s->session, moved);
    REQUIRE(ap);
    REQUIRE(ap.value());
    CHECK(ap.value()->professionalId == physician);
    CHECK(ap.value()->start == 8 * 60 + mtRow * 5);
    // Keyboard move back to the nurse, at the slot left free.
    page.showProfessional(nurse);
    page.grid()->setCurrentCell(later, column);
    page.pickSelectedAppointment();
    CHECK(page.detailLabel()->text().contains(QStringLiteral("Entrée")));
    page.grid()->setCurrentCell(row, column);
    QTest::keyClick(page.grid(), Qt::Key_Return);
    CHECK(hasAppointmentAt(page, row, column));
    CHECK_FALSE(hasAppointmentAt(page, later, column));
}

TEST_CASE("the agenda by place: the professionals open there that day in columns, every appointment at that place")
{
    auto s = signInAs(QStringLiteral("planif"));
    const QString nurse = idOfLogin(*s->session, "infirmier");
    auto places = scheduling::AgendaStore::places(*s->session);
    REQUIRE(places);
    QString centre;
    // The Lyon centre, where team A's physician and nurse work every morning (the demo's other
    // centres, named "… – Grenoble" and so on, see the physicians some afternoons only).
    for (const scheduling::Place& p : places.value())
        if (p.kind == scheduling::PlaceKind::Centre && !p.name.contains(QChar(0x2013)))
            centre = p.id;
    REQUIRE_FALSE(centre.isEmpty());
    AgendaPage page(*s->session);
    const QDate day = quietWorkingDay(s->clock);
    page.setDay(day);
    QTest::keyClick(&page, Qt::Key_L);
    REQUIRE(page.placeView());
    CHECK(page.placeBox()->isVisibleTo(&page));
    CHECK_FALSE(page.professionalBox()->isVisibleTo(&page));
    page.showPlace(centre);
    QTest::keyClick(&page, Qt::Key_D);
    // Team A at the centre: at least the physician and the nurse every weekday morning.
    REQUIRE(page.grid()->columnCount() >= 2);
    const int column = columnOf(page, nurse, day);
    REQUIRE(column >= 0);
    CHECK(page.grid()->horizontalHeaderItem(column)->text().contains(QStringLiteral("Julien Roux")));
    // Booked from the place view too, in the nurse's column: the appointment is at the centre.
    const int vip = demandRow(page, scheduling::Performer::HealthPro);
    REQUIRE(vip >= 0);
    const int row = freeRow(page, column, AgendaPage::rowOf(10 * 60), 12);
    REQUIRE(row >= 0);
    CHECK(page.planAt(keyAt(page, vip), row, column).isEmpty());
    CHECK(hasAppointmentAt(page, row, column));
    auto day0 = scheduling::AppointmentStore::ofDay(*s->session, day);
    REQUIRE(day0);
    int atCentre = 0, shown = 0;
    for (const scheduling::Appointment& a : day0.value())
        atCentre += (a.placeId == centre && a.status != scheduling::AppointmentStatus::Cancelled) ? 1 : 0;
    for (int c = 0; c < page.grid()->columnCount(); ++c)
        for (int r = 0; r < page.grid()->rowCount(); ++r)
            shown += hasAppointmentAt(page, r, c) ? 1 : 0;
    CHECK(shown == atCentre);
    grab(page, QStringLiteral("scheduling_agenda_place_day.png"));
    // The week: one column per day and professional open there.
    QTest::keyClick(&page, Qt::Key_W);
    CHECK(page.grid()->columnCount() > 5);
    for (int c = 0; c < page.grid()->columnCount(); ++c)
        CHECK(page.slotAt(0, c).day.dayOfWeek() <= 5);
    grab(page, QStringLiteral("scheduling_agenda_place_week.png"));
    // Back to one professional's agenda.
    QTest::keyClick(&page, Qt::Key_P);
    CHECK_FALSE(page.placeView());
    CHECK(page.grid()->columnCount() == 5);
}

TEST_CASE("editing agendas: an absence and an opening added then removed, the agenda follows, refusals in French")
{
    auto s = signInAs(QStringLiteral("planif"));
    const QString nurse = idOfLogin(*s->session, "infirmier");
    const QDate day = quietWorkingDay(s->clock).addDays(7);
    scheduling::AgendaEditorDialog dialog(*s->session, nurse);
    CHECK(dialog.professionalBox()->currentData().toString() == nurse);
    const int openings = dialog.openingTable()->rowCount();
    CHECK(openings == 10); // the demo nurse: mornings and afternoons, Monday to Friday

    // A Saturday morning opening at the centre, then removed with the Delete key.
    dialog.openingWeekday()->setCurrentIndex(5);
    dialog.openingStart()->setTime(QTime(9, 0));
    dialog.openingEnd()->setTime(QTime(8, 0));
    CHECK_FALSE(dialog.addOpening());
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("08:00")));
    dialog.openingEnd()->setTime(QTime(12, 0));
    REQUIRE(dialog.addOpening());
    CHECK(dialog.openingTable()->rowCount() == openings + 1);
    // An opening overlapping it is refused, with the hours it overlaps.
    dialog.openingStart()->setTime(QTime(11, 0));
    dialog.openingEnd()->setTime(QTime(13, 0));
    CHECK_FALSE(dialog.addOpening());
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("09:00")));
    CHECK(dialog.openingTable()->rowCount() == openings + 1);
    // An absence on `day`.
    dialog.tabs()->setCurrentIndex(1);
    dialog.absenceFirst()->setDate(day);
    dialog.absenceLast()->setDate(day);
    dialog.absenceLabel()->setText(QStringLiteral("Formation"));
    REQUIRE(dialog.addAbsence());
    const int absences = dialog.absenceTable()->rowCount();
    dialog.resize(900, 560);
    dialog.show();
    QCoreApplication::processEvents();
    dialog.grab().save(QDir(guitest::screenDir()).filePath(QStringLiteral("scheduling_agenda_editor.png")));
    {
        AgendaPage page(*s->session);
        page.showProfessional(nurse);
        page.setDay(day);
        const int column = columnOf(page, nurse, day);
        REQUIRE(column >= 0);
        CHECK(page.grid()->horizontalHeaderItem(column)->text().contains(QStringLiteral("Absent")));
        const int vip = demandRow(page, scheduling::Performer::HealthPro);
        REQUIRE(vip >= 0);
        CHECK(page.planAt(keyAt(page, vip), AgendaPage::rowOf(9 * 60), column).contains(QStringLiteral("absent")));
    }
    for (int r = 0; r < dialog.absenceTable()->rowCount(); ++r)
        if (dialog.absenceTable()->item(r, 2)->text() == QStringLiteral("Formation"))
            dialog.absenceTable()->selectRow(r);
    dialog.absenceTable()->setFocus();
    // The removal is asked for first, in French: No keeps the absence, Yes removes it.
    QStringList buttons;
    answerNextQuestion(false, &buttons);
    QTest::keyClick(dialog.absenceTable(), Qt::Key_Delete);
    CHECK(dialog.absenceTable()->rowCount() == absences);
    CHECK(buttons.contains(QStringLiteral("&Oui")));
    CHECK(buttons.contains(QStringLiteral("&Non")));
    // The message box took the focus: back to the table, as a user is after answering (offscreen,
    // the window is not activated again by itself).
    QApplication::setActiveWindow(&dialog);
    dialog.absenceTable()->setFocus();
    answerNextQuestion(true);
    QTest::keyClick(dialog.absenceTable(), Qt::Key_Delete);
    INFO(dialog.messageLabel()->text().toStdString());
    CHECK(dialog.absenceTable()->rowCount() == absences - 1);
    dialog.tabs()->setCurrentIndex(0);
    for (int r = 0; r < dialog.openingTable()->rowCount(); ++r)
        if (dialog.openingTable()->item(r, 0)->text() == QLocale().dayName(6))
            dialog.openingTable()->selectRow(r);
    answerNextQuestion(true);
    REQUIRE(dialog.removeSelectedOpening());
    CHECK(dialog.openingTable()->rowCount() == openings);
    // Daily limit: out of range is impossible in the spin box; a new value is kept.
    dialog.dailyLimit()->setValue(15);
    REQUIRE(dialog.applyDailyLimit());
    // A company site needs its establishment; a centre a name.
    dialog.placeName()->clear();
    CHECK_FALSE(dialog.addPlace());
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("nom")));
    const int places = dialog.placeTable()->rowCount();
    dialog.placeName()->setText(QStringLiteral("Centre de Villeurbanne"));
    REQUIRE(dialog.addPlace());
    CHECK(dialog.placeTable()->rowCount() == places + 1);
    CHECK(dialog.openingPlace()->findText(QStringLiteral("Centre de Villeurbanne")) >= 0);
    REQUIRE(dialog.applySlotLengths()); // nothing changed: nothing written, no error
}

TEST_CASE("a visit request typed in the worklist's dialog shows its deadline before it is saved, and the refusals with their reason")
{
    auto s = signInAs(QStringLiteral("planif"));
    {
        // Ctrl+N on the worklist opens the dialog (closed here at once).
        WorklistPage worklist(*s->session);
        worklist.show();
        QApplication::setActiveWindow(&worklist); // shortcuts fire in the active window only
        REQUIRE(QTest::qWaitForWindowActive(&worklist));
        QString opened;
        QTimer::singleShot(0, [&] {
            if (auto* d = qobject_cast<scheduling::VisitRequestDialog*>(QApplication::activeModalWidget())) {
                opened = d->windowTitle();
                d->reject();
            }
        });
        QTest::keySequence(&worklist, QKeySequence::New);
        CHECK(opened == QStringLiteral("Nouvelle demande de visite"));
    }
    scheduling::VisitRequestDialog dialog(*s->session);
    REQUIRE(dialog.postList()->count() > 0);
    // Type the first letters of a worker's birth name: the list narrows to that name.
    const QString first = dialog.postList()->item(0)->text();
    const QString prefix = first.left(4);
    QTest::keyClicks(dialog.nameEdit(), prefix);
    REQUIRE(dialog.postList()->count() > 0);
    for (int r = 0; r < dialog.postList()->count(); ++r)
        if (dialog.postList()->item(r)->flags() & Qt::ItemIsSelectable) // not the "type to narrow" notice
            CHECK(dialog.postList()->item(r)->text().startsWith(prefix, Qt::CaseInsensitive));
    dialog.postList()->setCurrentRow(0);

    // An employer asking for a pre-return visit: refused before saving, with the article.
    dialog.setOrigin(scheduling::RequestOrigin::Company);
    dialog.setMotive(scheduling::RequestMotive::PreReturn);
    CHECK(dialog.deadlineLabel()->text().contains(QStringLiteral("L4624-2-4")));
    CHECK(dialog.deadlineLabel()->text().contains(QStringLiteral("Refusé")));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    // A return to work on a given day: the deadline is 8 days after it (R4624-31), shown before saving.
    dialog.setMotive(scheduling::RequestMotive::Return);
    const QDate back = s->clock.today().addDays(5);
    dialog.returnDate()->setDate(back);
    CHECK(dialog.deadlineLabel()->text().contains(back.addDays(8).toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK(dialog.deadlineLabel()->text().contains(QStringLiteral("R4624-31")));
    // The worker asks for a visit on request: the service's target, said to be one.
    dialog.setOrigin(scheduling::RequestOrigin::Worker);
    dialog.setMotive(scheduling::RequestMotive::OnRequest);
    CHECK(dialog.deadlineLabel()->text().contains(QStringLiteral("R4624-34")));
    CHECK(dialog.deadlineLabel()->text().contains(s->clock.today().addDays(scheduling::ServiceTargetDays).toString(QStringLiteral("dd/MM/yyyy"))));
    REQUIRE(dialog.saveButton()->isEnabled());
    dialog.resize(640, 580);
    dialog.show();
    QCoreApplication::processEvents();
    dialog.grab().save(QDir(guitest::screenDir()).filePath(QStringLiteral("scheduling_request_dialog.png")));
    QTest::keySequence(&dialog, QKeySequence::Save);
    REQUIRE_FALSE(dialog.recordedId().isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    auto open = scheduling::VisitRequestStore::list(*s->session, QStringLiteral("open"));
    REQUIRE(open);
    bool found = false;
    for (const scheduling::VisitRequestRecord& r : open.value())
        found = found || (r.id == dialog.recordedId() && r.origin == scheduling::RequestOrigin::Worker && r.kind == scheduling::VisitKind::OnRequest);
    CHECK(found);
}
