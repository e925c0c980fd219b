// The worker page's follow-up panel (issue 5 parts 4 and 6) driven like a user would on the demo
// database: the physician changes an employment's follow-up category with a reason, the nurse sees the
// categories without the button, and identity vigilance on a recorded worker merges a duplicate into
// it and undoes the merge. Screens are grabbed into VIGIE_SCREEN_DIR.
#include "catch_qt.h"

#include "GuiSession.h"
#include "Translations.h"

#include "core/Clock.h"
#include "security/Session.h"
#include "security/SignIn.h"
#include "storage/Database.h"
#include "workforce/WorkerStore.h"
#include "workforce/ui/CategoryOverrideDialog.h"
#include "workforce/ui/DuplicatesDialog.h"
#include "workforce/ui/WorkerFollowUpPanel.h"
#include "workforce/ui/WorkerSearchPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>

using namespace vigie;
using guitest::signInAs;
using guitest::screenDir;
using guitest::waitUntil;
using workforce::WorkerFollowUpPanel;
using workforce::WorkerSearchPage;

namespace {

// A worker of the account's teams with at least one employment still running.
workforce::WorkerSummary someWorker(security::Session& session)
{
    auto found = workforce::WorkerStore::findByName(session, QStringLiteral("m"), 50);
    REQUIRE(found.ok());
    REQUIRE_FALSE(found.value().isEmpty());
    return found.value().first();
}

QString cell(QTableWidget* t, int row, int column) { return t->item(row, column) ? t->item(row, column)->text() : QString(); }

QString sql(security::Session& session, const QString& statement)
{
    QSqlQuery q(session.db().sql());
    if (!q.exec(statement))
        FAIL(q.lastError().text().toStdString());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("the physician changes an employment's follow-up category with a reason, seen at once in the panel")
{
    auto s = signInAs(QStringLiteral("medecin"));
    security::Session& session = *s->session;
    WorkerSearchPage page(&session);
    page.resize(1200, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const workforce::WorkerSummary worker = someWorker(session);
    page.showWorker(worker);
    WorkerFollowUpPanel* panel = page.followUpPanel();
    REQUIRE(panel);
    REQUIRE(panel->table()->rowCount() > 0);
    CHECK(panel->overrideButton()->isVisible());
    REQUIRE(panel->overrideButton()->isEnabled());
    const QString employmentId = panel->employments().first().employmentId;
    const QString before = cell(panel->table(), 0, WorkerFollowUpPanel::Category);
    const QString target = before == QLatin1String("SIR") ? QStringLiteral("SIA") : QStringLiteral("SIR");

    workforce::CategoryOverrideDialog* dialog = nullptr;
    QObject::connect(panel, &WorkerFollowUpPanel::dialogOpened, [&](QDialog* d) {
        dialog = qobject_cast<workforce::CategoryOverrideDialog*>(d);
    });
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    panel->table()->setFocus();
    QTest::keyClick(panel->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    dialog->categoryBox()->setCurrentIndex(dialog->categoryBox()->findData(target));
    CHECK_FALSE(ok->isEnabled()); // no reason yet
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Exposition au bruit constatee lors de l'etude de poste"));
    REQUIRE(ok->isEnabled());
    REQUIRE(dialog->grab().save(QDir(screenDir()).filePath(QStringLiteral("worker_category_override.png"))));
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return cell(panel->table(), 0, WorkerFollowUpPanel::Category) == target; }));
    CHECK(cell(panel->table(), 0, WorkerFollowUpPanel::Why).contains(QStringLiteral("Exposition au bruit")));
    CHECK(sql(session, QStringLiteral("SELECT follow_up || ' ' || override_follow_up FROM employments WHERE id = '%1'").arg(employmentId)) ==
          target + QLatin1Char(' ') + target);
    CHECK(sql(session, QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'override' AND outcome = 'success' "
                                      "AND worker_id = '%1'").arg(worker.id)) == QStringLiteral("1"));
    REQUIRE(page.grab().save(QDir(screenDir()).filePath(QStringLiteral("worker_followup_panel.png"))));
}

TEST_CASE("the nurse sees the categories and their reasons, without the physician's button")
{
    auto s = signInAs(QStringLiteral("infirmier"));
    WorkerSearchPage page(s->session.get());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.showWorker(someWorker(*s->session));
    REQUIRE(page.followUpPanel());
    CHECK(page.followUpPanel()->table()->rowCount() > 0);
    CHECK_FALSE(page.followUpPanel()->overrideButton()->isVisible());
    CHECK(page.followUpPanel()->duplicatesButton()->isEnabled());
}

TEST_CASE("the director's worker page has no follow-up panel")
{
    auto s = signInAs(QStringLiteral("directeur"));
    WorkerSearchPage page(s->session.get());
    CHECK(page.followUpPanel() == nullptr);
}

TEST_CASE("identity vigilance on a recorded worker: a duplicate merged into it, then the merge undone")
{
    auto s = signInAs(QStringLiteral("medecin"));
    security::Session& session = *s->session;
    WorkerSearchPage page(&session);
    page.resize(1200, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const workforce::WorkerSummary worker = someWorker(session);
    // The same person recorded twice (a typing of another service, say): same traits, its own post.
    QSqlQuery q(session.db().sql());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, birth_name_fold, hlc, "
        "updated_by) SELECT 'dup-worker', upper(birth_name), birth_first_names, first_birth_first_name, birth_date, sex, "
        "birth_name_fold, hlc, updated_by "
        "FROM workers WHERE id = '%1'").arg(worker.id)));
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, hlc, updated_by) "
        "SELECT 'dup-employment', 'dup-worker', establishment_id, 'Intérimaire', 'INTERIM', '2026-01-05', hlc, updated_by "
        "FROM employments WHERE worker_id = '%1' LIMIT 1").arg(worker.id)));
    page.showWorker(worker);
    WorkerFollowUpPanel* panel = page.followUpPanel();
    REQUIRE(panel);
    const int employments = panel->table()->rowCount();

    workforce::DuplicatesDialog* dialog = nullptr;
    QObject::connect(panel, &WorkerFollowUpPanel::dialogOpened, [&](QDialog* d) { dialog = qobject_cast<workforce::DuplicatesDialog*>(d); });
    QTest::mouseClick(panel->duplicatesButton(), Qt::LeftButton);
    REQUIRE(dialog);
    REQUIRE(dialog->candidateTable()->rowCount() == 1);
    CHECK(cell(dialog->candidateTable(), 0, 6) == workforce::duplicateReasonText(workforce::DuplicateReason::SameTraits));
    auto* merge = dialog->findChild<QPushButton*>(QStringLiteral("mergeButton"));
    CHECK_FALSE(merge->isEnabled()); // a reason first
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Meme personne : piece d'identite vue"));
    REQUIRE(merge->isEnabled());
    REQUIRE(dialog->grab().save(QDir(screenDir()).filePath(QStringLiteral("worker_duplicates.png"))));
    QTest::mouseClick(merge, Qt::LeftButton);
    CHECK(dialog->candidateTable()->rowCount() == 0);
    REQUIRE(dialog->mergeTable()->rowCount() == 1);
    CHECK(cell(dialog->mergeTable(), 0, 7) == QStringLiteral("Meme personne : piece d'identite vue"));
    CHECK(sql(session, QStringLiteral("SELECT merged_into FROM workers WHERE id = 'dup-worker'")) == worker.id);

    // Undo: the two identities are apart again.
    dialog->mergeTable()->selectRow(0);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("undoMergeButton")), Qt::LeftButton);
    CHECK(dialog->mergeTable()->rowCount() == 0);
    CHECK(dialog->candidateTable()->rowCount() == 1);
    CHECK(sql(session, QStringLiteral("SELECT coalesce(merged_into, 'none') FROM workers WHERE id = 'dup-worker'")) == QStringLiteral("none"));
    CHECK(sql(session, QStringLiteral("SELECT count(*) FROM _audit WHERE action IN ('merge', 'merge.undo') AND worker_id = '%1'").arg(worker.id)) ==
          QStringLiteral("2"));
    dialog->reject();
    REQUIRE(waitUntil([&] { return panel->table()->rowCount() == employments; }));
}
