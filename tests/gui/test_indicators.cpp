// The director's page with the offer's indicators (issue 16 part 6), on the demo database and driven
// with the keyboard: period and scope pickers, last year beside this year, each definition shown when
// its row is selected, the delays, the activity report printed to PDF; a physician limited to his
// teams; screens grabbed at 1366x768 into VIGIE_SCREEN_DIR.
#include "catch_qt.h"

#include "GuiSession.h"

#include "reports/ui/DashboardPage.h"
#include "reports/ui/IndicatorsPanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace vigie;
using reports::DashboardPage;
using reports::IndicatorsPanel;

TEST_CASE("director's page: the offer's indicators for a period and a scope, with last year and their definitions")
{
    auto s = guitest::signInAs(QStringLiteral("directeur"));
    DashboardPage page(*s->session);
    page.resize(1366, 768);
    page.show();
    IndicatorsPanel* panel = page.indicatorsPanel();
    REQUIRE(panel);
    CHECK(panel->scopeBox()->itemData(0).toString() == QStringLiteral("service"));
    CHECK(panel->scopeBox()->count() >= 2); // the service and the demo's teams

    // Keyboard: the period's last day, then Compute.
    panel->toEdit()->setFocus();
    panel->toEdit()->setDate(QDate(s->clock.today().year(), 1, 1).addDays(-1));
    QTest::keyClick(panel->otherScope(), Qt::Key_Return); // Enter in the scope field computes
    QCoreApplication::processEvents();
    INFO(panel->messageLabel()->text().toStdString());
    CHECK(panel->messageLabel()->isHidden());
    QTableWidget* table = panel->indicatorsTable();
    REQUIRE(table->rowCount() == 18);
    CHECK(table->horizontalHeaderItem(4)->text() == QStringLiteral("Année précédente"));
    CHECK(table->item(2, 0)->toolTip() == QStringLiteral("WORKERS_SEEN"));
    CHECK(table->item(2, 3)->text().endsWith(QStringLiteral(" %")));
    CHECK(table->item(16, 3)->text() == QStringLiteral("non calculé")); // WORKER_ACCOUNTS
    // The definition follows the selected row.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(panel->definitionLabel()->text().contains(QStringLiteral("WORKERS_SEEN")));
    CHECK(panel->definitionLabel()->text().contains(QStringLiteral("Dénominateur")));
    CHECK(panel->delaysTable()->rowCount() >= 1);

    page.grab().save(QDir(guitest::screenDir()).filePath(QStringLiteral("indicators-director.png")));
    auto* scroll = page.findChild<QScrollArea*>();
    REQUIRE(scroll);
    scroll->ensureWidgetVisible(panel->indicatorsTable());
    QCoreApplication::processEvents();
    page.grab().save(QDir(guitest::screenDir()).filePath(QStringLiteral("indicators-director-table.png")));

    // A scope typed in: an unknown one is named, a NAF division is counted with small cells hidden.
    panel->otherScope()->setText(QStringLiteral("region:84"));
    CHECK_FALSE(panel->compute());
    CHECK(panel->messageLabel()->isVisibleTo(&page));
    panel->otherScope()->setText(QStringLiteral("naf:01"));
    CHECK(panel->compute());

    // The activity report, printed from the page.
    const QString pdf = QDir(guitest::screenDir()).filePath(QStringLiteral("activity-report-gui.pdf"));
    panel->otherScope()->clear();
    REQUIRE(panel->printActivity(pdf));
    CHECK(QFileInfo(pdf).size() > 10000);

    // The barometer: for an establishment or an enterprise only, shown on screen, then saved as PDF.
    panel->otherScope()->setText(QStringLiteral("service"));
    CHECK_FALSE(panel->openBarometer());
    CHECK(panel->messageLabel()->isVisibleTo(&page));
    QSqlQuery first(s->session->db().sql());
    REQUIRE(first.exec(QStringLiteral("SELECT siret FROM establishments WHERE deleted = 0 ORDER BY siret LIMIT 1")));
    REQUIRE(first.next());
    panel->otherScope()->setText(QStringLiteral("establishment:") + first.value(0).toString());
    first.finish();
    REQUIRE(panel->openBarometer());
    REQUIRE(panel->barometerView());
    const QString shown = panel->barometerView()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Baromètre")));
    CHECK(shown.contains(QStringLiteral("Troubles musculo-squelettiques")));
    CHECK(shown.contains(QStringLiteral("Sa branche")));
    panel->barometerView()->window()->grab().save(QDir(guitest::screenDir()).filePath(QStringLiteral("indicators-barometer.png")));
    const QString barometer = QDir(guitest::screenDir()).filePath(QStringLiteral("barometer-gui.pdf"));
    REQUIRE(panel->saveBarometer(barometer));
    CHECK(QFileInfo(barometer).size() > 5000);
}

TEST_CASE("a physician sees the indicators of his own teams only, never the service's")
{
    auto s = guitest::signInAs(QStringLiteral("medecin"));
    IndicatorsPanel panel(*s->session);
    REQUIRE(panel.scopeBox()->count() >= 1);
    for (int i = 0; i < panel.scopeBox()->count(); ++i)
        CHECK(panel.scopeBox()->itemData(i).toString().startsWith(QStringLiteral("team:")));
    CHECK(panel.compute());
    panel.otherScope()->setText(QStringLiteral("service"));
    CHECK_FALSE(panel.compute());
    CHECK(panel.indicatorsTable()->rowCount() == 0);
    CHECK(panel.messageLabel()->text().contains(QStringLiteral("équipes")));
}
