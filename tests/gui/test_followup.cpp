// The follow-up screens (issue 6 part 6) on the demo database, driven like an assistant would: the
// workers due per team and establishment (counts on the left, rows on the right, sorting, filter,
// overdue rows marked in colour and in words), and the company's view with its share up to date, its
// PDF "État du suivi individuel" and its batch of convocations. Screens are grabbed into VIGIE_SCREEN_DIR.
#include "catch_qt.h"

#include "GuiSession.h"

#include "scheduling/AppointmentStore.h"
#include "scheduling/FollowUpStore.h"
#include "scheduling/ui/CompanyFollowUpPage.h"
#include "scheduling/ui/FollowUpPage.h"
#include "scheduling/ui/WorklistPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace vigie;
using guitest::signInAs;
using scheduling::CompanyFollowUpPage;
using scheduling::FollowUpPage;

namespace {

void grab(QWidget& w, const QString& name)
{
    w.resize(1280, 760);
    w.show();
    QCoreApplication::processEvents();
    w.grab().save(QDir(guitest::screenDir()).filePath(name));
}

QString cellText(const QAbstractItemModel* m, int row, int column) { return m->index(row, column).data().toString(); }

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("workers' follow-up: teams and establishments with their counts, rows with deadlines, reasons and states")
{
    auto s = signInAs(QStringLiteral("assistant"));
    FollowUpPage page(*s->session);
    QTreeWidget* tree = page.scopeTree();
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem* all = tree->topLevelItem(0);
    REQUIRE(all->childCount() >= 1); // the assistant's team(s)
    QTreeWidgetItem* team = all->child(0);
    REQUIRE(team->childCount() >= 1);
    // The team's counts are the sums of its establishments'.
    for (int col = 1; col <= 3; ++col) {
        int sum = 0;
        for (int i = 0; i < team->childCount(); ++i)
            sum += team->child(i)->text(col).toInt();
        CHECK(team->text(col).toInt() == sum);
    }
    // "All my teams" is selected: its rows match its counts.
    const QAbstractItemModel* rows = page.rows();
    REQUIRE(rows->rowCount() > 0);
    CHECK(rows->rowCount() == all->text(1).toInt() + all->text(2).toInt() + all->text(3).toInt());
    int overdueRows = 0;
    QString previous;
    for (int r = 0; r < rows->rowCount(); ++r) {
        CHECK_FALSE(cellText(rows, r, FollowUpPage::WorkerColumn).isEmpty());
        CHECK_FALSE(cellText(rows, r, FollowUpPage::EstablishmentColumn).isEmpty());
        CHECK_FALSE(cellText(rows, r, FollowUpPage::ReasonColumn).isEmpty()); // the article
        const QString state = cellText(rows, r, FollowUpPage::StateColumn);
        CHECK((state == QStringLiteral("en retard") || state == QStringLiteral("à planifier") || state == QStringLiteral("demandé") ||
               state.startsWith(QStringLiteral("planifié le"))));
        // Sorted by deadline, oldest first.
        const QString key = rows->index(r, FollowUpPage::DeadlineColumn).data(Qt::UserRole + 1).toString();
        CHECK(key >= previous);
        previous = key;
        if (state == QStringLiteral("en retard")) {
            ++overdueRows;
            CHECK(rows->index(r, FollowUpPage::WorkerColumn).data(Qt::BackgroundRole).value<QBrush>().color() == QColor(0xfd, 0xe2, 0xe1));
        }
    }
    CHECK(overdueRows == all->text(1).toInt());
    grab(page, QStringLiteral("followup_team.png"));

    // One establishment: only its rows.
    QTreeWidgetItem* establishment = team->child(0);
    tree->setCurrentItem(establishment);
    const QString name = establishment->text(0).section(QStringLiteral(" ("), 0, 0);
    CHECK(rows->rowCount() == establishment->text(1).toInt() + establishment->text(2).toInt() + establishment->text(3).toInt());
    for (int r = 0; r < rows->rowCount(); ++r)
        CHECK(cellText(rows, r, FollowUpPage::EstablishmentColumn) == name);

    // The filter box narrows the rows to a worker.
    tree->setCurrentItem(all);
    const int before = rows->rowCount();
    const QString worker = cellText(rows, 0, FollowUpPage::WorkerColumn);
    page.filterEdit()->setText(worker);
    REQUIRE(rows->rowCount() >= 1);
    CHECK(rows->rowCount() < before);
    for (int r = 0; r < rows->rowCount(); ++r)
        CHECK(cellText(rows, r, FollowUpPage::WorkerColumn) == worker);
    page.filterEdit()->clear();
    CHECK(rows->rowCount() == before);

    // Sorting by worker name.
    page.table()->sortByColumn(FollowUpPage::WorkerColumn, Qt::AscendingOrder);
    for (int r = 1; r < rows->rowCount(); ++r)
        CHECK(cellText(rows, r - 1, FollowUpPage::WorkerColumn) <= cellText(rows, r, FollowUpPage::WorkerColumn));
}

TEST_CASE("the company's view: every current worker, the share up to date, the PDF status and the company's convocations")
{
    auto s = signInAs(QStringLiteral("planif"));
    {
        // Appointments in the next fortnight: the worklist's proposals, accepted.
        scheduling::WorklistPage worklist(*s->session);
        worklist.propose();
        worklist.proposalTable()->selectAll();
        worklist.acceptSelected();
    }
    CompanyFollowUpPage page(*s->session);
    QComboBox* companies = page.companyBox();
    REQUIRE(companies->count() > 0);
    CHECK(page.table()->rowCount() == 0);

    // The company of the first appointment booked in the period.
    auto booked = scheduling::AppointmentStore::between(*s->session, page.fromEdit()->date(), page.toEdit()->date());
    REQUIRE(booked);
    REQUIRE_FALSE(booked.value().isEmpty());
    int chosen = -1;
    QSet<QString> establishments;
    for (int i = 0; i < companies->count() && chosen < 0; ++i) {
        auto c = scheduling::FollowUpStore::company(*s->session, companies->itemData(i).toString());
        REQUIRE(c);
        if (c.value().establishmentIds.contains(booked.value().first().establishmentId)) {
            chosen = i;
            establishments = QSet<QString>(c.value().establishmentIds.begin(), c.value().establishmentIds.end());
        }
    }
    REQUIRE(chosen >= 0);
    companies->setCurrentIndex(chosen);
    page.showCompany();
    QTableWidget* table = page.table();
    REQUIRE(table->rowCount() > 0);
    int overdue = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        CHECK_FALSE(table->item(r, CompanyFollowUpPage::WorkerColumn)->text().isEmpty());
        const QString category = table->item(r, CompanyFollowUpPage::CategoryColumn)->text();
        CHECK((category == QStringLiteral("SI") || category == QStringLiteral("SIA") || category == QStringLiteral("SIR")));
        const QString state = table->item(r, CompanyFollowUpPage::StateColumn)->text();
        CHECK((state == QStringLiteral("à jour") || state == QStringLiteral("à échéance") || state == QStringLiteral("en retard")));
        if (state == QStringLiteral("en retard")) {
            ++overdue;
            CHECK(table->item(r, CompanyFollowUpPage::WorkerColumn)->background().color() == QColor(0xfd, 0xe2, 0xe1));
            CHECK_FALSE(table->item(r, CompanyFollowUpPage::DeadlineColumn)->text().isEmpty());
        }
    }
    // Overdue first.
    if (overdue > 0)
        CHECK(table->item(0, CompanyFollowUpPage::StateColumn)->text() == QStringLiteral("en retard"));
    const int percent = qRound(100.0 * (table->rowCount() - overdue) / table->rowCount());
    const QString summary = page.summaryLabel()->text();
    INFO(summary.toStdString());
    CHECK(summary.startsWith(QStringLiteral("%1 salarié").arg(table->rowCount())));
    CHECK(summary.contains(QStringLiteral("%1 % à jour").arg(percent)));
    grab(page, QStringLiteral("followup_company.png"));

    QTemporaryDir dir;
    const QString status = dir.filePath(QStringLiteral("status.pdf"));
    REQUIRE(page.printStatus(status));
    // Kept next to the screens, for a person to look at.
    const QString kept = QDir(guitest::screenDir()).filePath(QStringLiteral("followup_status.pdf"));
    QFile::remove(kept);
    QFile::copy(status, kept);
    const QString statusText = pdfText(status);
    CHECK(statusText.contains(QStringLiteral("État du suivi individuel")));
    CHECK(statusText.contains(table->item(0, CompanyFollowUpPage::WorkerColumn)->text()));
    CHECK(statusText.contains(QStringLiteral("Page 1 / ")));

    // The company's convocations of the period: one page per appointment of its establishments.
    int expected = 0;
    for (const scheduling::Appointment& a : booked.value())
        if (establishments.contains(a.establishmentId) &&
            (a.status == scheduling::AppointmentStatus::Planned || a.status == scheduling::AppointmentStatus::Confirmed))
            ++expected;
    const QString convocations = dir.filePath(QStringLiteral("convocations.pdf"));
    REQUIRE(page.printConvocations(convocations));
    CHECK(pdfText(convocations).count(QLatin1Char('\f')) == expected);
    CHECK(page.statusLabel()->text().contains(QString::number(expected)));
}
