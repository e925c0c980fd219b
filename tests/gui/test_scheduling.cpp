// The scheduling screens (issue 6 part 6) on the demo database, driven like an assistant would: the
// worklist (overdue, to plan, the planner's proposals to accept or refuse, appointments to confirm) and
// a professional's agenda by week and by day, with the keyboard. Screens are grabbed into
// VIGIE_SCREEN_DIR.
#include "catch_qt.h"

#include "GuiSession.h"
#include "Translations.h"

#include "core/Clock.h"
#include "scheduling/ui/AgendaPage.h"
#include "scheduling/ui/SchedulingUi.h"
#include "scheduling/ui/WorklistPage.h"
#include "security/Session.h"
#include "security/SignIn.h"
#include "ui/ModuleRegistry.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>

using namespace vigie;
using guitest::signInAs;
using scheduling::AgendaPage;
using scheduling::WorklistPage;

namespace {

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
            CHECK_FALSE(t->item(r, 4)->text().isEmpty()); // basis
        }
    grab(page, QStringLiteral("scheduling_worklist.png"));

    page.propose();
    REQUIRE(page.proposalTable()->rowCount() > 3);
    CHECK(page.tabs()->currentIndex() == 2);
    for (int r = 0; r < page.proposalTable()->rowCount(); ++r) {
        CHECK_FALSE(page.proposalTable()->item(r, 7)->text().isEmpty()); // the explanation
        const QString visit = page.proposalTable()->item(r, 5)->text();
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
    page.toConfirmTable()->selectRow(0);
    page.confirmSelected();
    CHECK(page.toConfirmTable()->rowCount() == confirmBefore + 2);
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
