// The desktop shell of issue 3, driven like a user would on the demo database: the navigation each
// role gets, the idle lock (SESS-01/02), the global search (Ctrl+K), the administrator's page and the
// indicators dashboard. Screens are grabbed into VIGIE_SCREEN_DIR for a human to look at.
#include "catch_qt.h"

#include "GuiSupport.h"
#include "MainWindow.h"
#include "Modules.h"
#include "SettingsDialog.h"
#include "Translations.h"

#include "core/Clock.h"
#include "membership/EstablishmentStore.h"
#include "membership/ui/EstablishmentsPage.h"
#include "reports/ui/DashboardPage.h"
#include "security/IdleLock.h"
#include "security/Role.h"
#include "security/Session.h"
#include "security/SignIn.h"
#include "security/ui/AccountsPage.h"
#include "ui/GlobalSearchPopup.h"
#include "ui/IdentityBanner.h"
#include "ui/ModuleRegistry.h"
#include "workforce/WorkerStore.h"
#include "workforce/ui/WorkerSearchModel.h"
#include "workforce/ui/WorkerSearchPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

#include <chrono>
#include <map>

using namespace vigie;
using namespace std::chrono_literals;
using guitest::DemoPassword;
using guitest::screenDir;
using guitest::waitUntil;

namespace {

// Written from AccessPolicy's module table (security-requirements.md §6, issue 3), independently of the
// registry: Records or Planning → workers; Membership or Planning → declaration (workforce
// declarations, issue 5); Membership or Administration → establishments; Administration → accounts;
// Reports → reports; Pdp → pdp (job retention, issue 17).
const std::map<QString, QStringList>& expectedNavigation()
{
    static const std::map<QString, QStringList> table{
        {QStringLiteral("admin"), {QStringLiteral("establishments"), QStringLiteral("accounts"), QStringLiteral("settings")}},
        {QStringLiteral("medecin"), {QStringLiteral("myday"), QStringLiteral("workers"), QStringLiteral("declaration"), QStringLiteral("worklist"), QStringLiteral("agendas"), QStringLiteral("followup"), QStringLiteral("companyfollowup"), QStringLiteral("records"), QStringLiteral("establishments"), QStringLiteral("companysheets"), QStringLiteral("reports"), QStringLiteral("pdp")}},
        {QStringLiteral("medecin2"), {QStringLiteral("myday"), QStringLiteral("workers"), QStringLiteral("declaration"), QStringLiteral("worklist"), QStringLiteral("agendas"), QStringLiteral("followup"), QStringLiteral("companyfollowup"), QStringLiteral("records"), QStringLiteral("establishments"), QStringLiteral("companysheets"), QStringLiteral("reports"), QStringLiteral("pdp")}},
        {QStringLiteral("collaborateur"), {QStringLiteral("myday"), QStringLiteral("workers"), QStringLiteral("declaration"), QStringLiteral("worklist"), QStringLiteral("agendas"), QStringLiteral("followup"), QStringLiteral("companyfollowup"), QStringLiteral("records"), QStringLiteral("companysheets"), QStringLiteral("pdp")}},
        {QStringLiteral("interne"), {QStringLiteral("myday"), QStringLiteral("workers"), QStringLiteral("declaration"), QStringLiteral("worklist"), QStringLiteral("agendas"), QStringLiteral("followup"), QStringLiteral("companyfollowup"), QStringLiteral("records"), QStringLiteral("companysheets")}},
        {QStringLiteral("infirmier"), {QStringLiteral("myday"), QStringLiteral("workers"), QStringLiteral("declaration"), QStringLiteral("worklist"), QStringLiteral("agendas"), QStringLiteral("followup"), QStringLiteral("companyfollowup"), QStringLiteral("records"), QStringLiteral("companysheets"), QStringLiteral("pdp")}},
        {QStringLiteral("iprp"), {QStringLiteral("workers"), QStringLiteral("declaration"), QStringLiteral("records"), QStringLiteral("establishments"), QStringLiteral("companysheets")}},
        {QStringLiteral("assistant"), {QStringLiteral("workers"), QStringLiteral("declaration"), QStringLiteral("worklist"), QStringLiteral("agendas"), QStringLiteral("followup"), QStringLiteral("companyfollowup"), QStringLiteral("records"), QStringLiteral("establishments"), QStringLiteral("companysheets")}},
        {QStringLiteral("social"), {QStringLiteral("pdp")}},
        {QStringLiteral("planif"), {QStringLiteral("workers"), QStringLiteral("declaration"), QStringLiteral("worklist"), QStringLiteral("agendas"), QStringLiteral("followup"), QStringLiteral("companyfollowup"), QStringLiteral("establishments")}},
        {QStringLiteral("directeur"), {QStringLiteral("reports")}},
    };
    return table;
}

// The global search groups each role gets (same rule as the pages).
QStringList expectedSearchGroups(const QString& login)
{
    QStringList groups;
    for (const QString& id : expectedNavigation().at(login))
        if (id == QLatin1String("workers") || id == QLatin1String("establishments"))
            groups << id;
    return groups;
}

qint64 auditCount(security::Session& session, const QString& outcome)
{
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = ?"));
    q.addBindValue(outcome);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

struct Signed {
    core::ManualClock clock{guitest::demoNow()};
    std::unique_ptr<security::Session> session;
    ui::ModuleRegistry registry;
};

std::unique_ptr<Signed> signInAs(const QString& login)
{
    guitest::isolateSettings();
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    const guitest::DemoDatabase& demo = guitest::demoDatabase();
    INFO(demo.error.toStdString());
    REQUIRE(demo.error.isEmpty());
    auto s = std::make_unique<Signed>();
    auto r = security::signIn(demo.path, login, DemoPassword, s->clock);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    s->session = std::move(r.value());
    desktop::registerAllModules(s->registry);
    return s;
}

// A letter that finds both workers and establishments for this session (data-driven, not hard-coded).
QString letterFindingBoth(security::Session& session)
{
    for (char c = 'a'; c <= 'z'; ++c) {
        const QString letter(QLatin1Char{c});
        auto w = workforce::WorkerStore::findByName(session, letter, 1);
        auto e = membership::EstablishmentStore::findByName(session, letter, 1);
        if (w && e && !w.value().isEmpty() && !e.value().isEmpty())
            return letter;
    }
    return {};
}

QString establishmentLetter(security::Session& session)
{
    for (char c = 'a'; c <= 'z'; ++c) {
        const QString letter(QLatin1Char{c});
        auto e = membership::EstablishmentStore::findByName(session, letter, 1);
        if (e && !e.value().isEmpty())
            return letter;
    }
    return {};
}

void save(QWidget& widget, const QString& name)
{
    QCoreApplication::processEvents();
    const QString file = QDir(screenDir()).filePath(name);
    REQUIRE(widget.grab().save(file));
    CHECK(QFileInfo(file).size() > 1000);
}

void typeInto(QLineEdit* field, const QString& text)
{
    field->clear();
    QTest::keyClicks(field, text);
}

// Every text a user could read in the window: labels, line edits, tables, trees, list items, title.
QStringList visibleTexts(QWidget& window)
{
    QStringList out{window.windowTitle()};
    for (auto* l : window.findChildren<QLabel*>())
        out << l->text();
    for (auto* e : window.findChildren<QLineEdit*>())
        out << e->text();
    for (auto* v : window.findChildren<QAbstractItemView*>()) {
        QAbstractItemModel* m = v->model();
        if (!m)
            continue;
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->data(m->index(r, c)).toString();
    }
    return out;
}
} // namespace

TEST_CASE("navigation: each demo login sees exactly its modules, from the registry, with no refusal audited")
{
    const auto& table = expectedNavigation();
    for (const auto& [login, expected] : table) {
        DYNAMIC_SECTION("login " << login.toStdString())
        {
            auto s = signInAs(login);
            security::Session& session = *s->session;
            const qint64 deniedBefore = auditCount(session, QStringLiteral("denied"));
            desktop::MainWindow window(s->session.get(), guitest::demoDatabase().path, s->registry, s->clock);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            INFO("role " << security::roleCode(session.account().role).toStdString());
            CHECK(window.navigationIds() == expected);
            REQUIRE(window.navigation()->count() == expected.size());

            // Status bar: who, as what, on which file, and the synchronisation state.
            CHECK(window.accountLabel()->text() == session.account().displayName);
            CHECK(window.roleLabel()->text() == security::roleTitle(session.account().role));
            CHECK(window.databaseLabel()->text().contains(QStringLiteral("demo.db")));
            CHECK(window.syncLabel()->text() == desktop::MainWindow::tr("Synchronisation: not configured"));
            window.setSyncState(QStringLiteral("x"));
            CHECK(window.syncLabel()->text() == QStringLiteral("x"));
            window.setSyncState(desktop::MainWindow::tr("Synchronisation: not configured"));

            if (expected.isEmpty()) {
                CHECK(window.currentPage() == nullptr);
                CHECK(window.emptyState()->isVisible());
                CHECK(window.emptyState()->text() ==
                      desktop::MainWindow::tr("No module is available for your role in this version yet."));
                CHECK_FALSE(window.navigation()->isVisible());
            } else {
                CHECK_FALSE(window.emptyState()->isVisible());
                CHECK(window.currentPageId() == expected.first());
            }
            // Ctrl+1..9: one shortcut per entry, in the navigation order (a tenth entry has none and is
            // reached with the arrows of the navigation); each page opens.
            for (int i = 0; i < expected.size(); ++i) {
                auto* action = window.findChild<QAction*>(QStringLiteral("actionModule_%1").arg(expected.at(i)));
                REQUIRE(action);
                if (i < 9)
                    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
                else
                    CHECK(action->shortcut().isEmpty());
                action->trigger();
                CHECK(window.currentPageId() == expected.at(i));
                CHECK(window.navigation()->currentRow() == i);
            }
            // Arrows in the navigation show the pages and keep the focus in the list.
            if (expected.size() > 1) {
                window.navigation()->setCurrentRow(0);
                window.navigation()->setFocus();
                QTest::keyClick(window.navigation(), Qt::Key_Down);
                CHECK(window.currentPageId() == expected.at(1));
                CHECK(window.focusWidget() == window.navigation());
            }
            auto* search = window.findChild<QAction*>(QStringLiteral("actionSearch"));
            REQUIRE(search);
            CHECK(search->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_K));

            // The global search offers only the groups of the role's pages, and searching asks no store
            // the role may not use: no refusal lands in the audit trail.
            window.openGlobalSearch();
            ui::GlobalSearchPopup* popup = window.globalSearch();
            REQUIRE(popup);
            QStringList providers;
            for (const ui::SearchProvider& p : popup->providers())
                providers << p.id;
            CHECK(providers == expectedSearchGroups(login));
            CHECK(popup->searchField()->isEnabled() == !providers.isEmpty());
            popup->searchField()->setText(QStringLiteral("ma"));
            popup->searchNow();
            for (const QString& group : popup->groupIds())
                CHECK(providers.contains(group));
            popup->hide();

            CHECK(auditCount(session, QStringLiteral("denied")) == deniedBefore);

            if (login == QLatin1String("medecin") || login == QLatin1String("admin") ||
                login == QLatin1String("directeur") || login == QLatin1String("social") ||
                login == QLatin1String("planif")) {
                if (!expected.isEmpty())
                    window.showPage(expected.first());
                save(window, QStringLiteral("main_%1.png").arg(login));
            }
        }
    }
}

TEST_CASE("idle lock: 15 minutes without input hide every identity, the password unlocks, 12 hours end the session")
{
    auto s = signInAs(QStringLiteral("medecin"));
    security::Session& session = *s->session;
    desktop::MainWindow window(s->session.get(), guitest::demoDatabase().path, s->registry, s->clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.idleMinutes() == security::IdleLockRules::DefaultMinutes);
    window.showPage(QStringLiteral("workers")); // the physician lands on "Ma journée" (issue 18)
    auto* page = qobject_cast<workforce::WorkerSearchPage*>(window.currentPage());
    REQUIRE(page);

    // A worker on screen.
    QString letter;
    for (char c = 'a'; c <= 'z' && letter.isEmpty(); ++c) {
        auto w = workforce::WorkerStore::findByName(session, QString(QLatin1Char{c}), 1);
        REQUIRE(w.ok());
        if (!w.value().isEmpty())
            letter = QString(QLatin1Char{c});
    }
    typeInto(page->searchField(), letter);
    REQUIRE(waitUntil([&] { return page->model()->query() == letter; }));
    REQUIRE(page->model()->rowCount() > 0);
    REQUIRE(page->selectRow(0));
    const workforce::WorkerSummary worker = *page->selectedWorker();
    const QString birthName = worker.birthName;
    REQUIRE(page->banner()->plainText().contains(birthName.toUpper()));
    CHECK(window.windowTitle().contains(session.account().displayName));
    QGuiApplication::clipboard()->setText(birthName);

    QSignalSpy lockedSpy(&window, &desktop::MainWindow::locked);
    QSignalSpy expiredSpy(&window, &desktop::MainWindow::sessionExpired);

    SECTION("14 minutes: still open")
    {
        s->clock.advance(14min);
        window.checkIdle();
        CHECK_FALSE(window.isLocked());
        CHECK(page->banner()->hasIdentity());
        // Input resets the delay: 14 more minutes after a key press do not lock either.
        QTest::keyClick(page->searchField(), Qt::Key_End);
        s->clock.advance(14min);
        window.checkIdle();
        CHECK_FALSE(window.isLocked());
    }

    SECTION("15 minutes: locked, nothing personal left; a wrong password keeps it locked; the right one unlocks")
    {
        window.openGlobalSearch();
        REQUIRE(window.globalSearch());
        window.globalSearch()->searchField()->setText(letter);
        window.globalSearch()->searchNow();
        CHECK_FALSE(window.globalSearch()->hits(QStringLiteral("workers")).isEmpty());

        s->clock.advance(15min);
        window.checkIdle();
        REQUIRE(window.isLocked());
        CHECK(lockedSpy.count() == 1);
        CHECK(window.lockScreen()->isVisible());
        CHECK_FALSE(window.navigation()->isVisible());
        CHECK_FALSE(page->isVisible());
        CHECK(window.lockTitle()->text() ==
              desktop::MainWindow::tr("Session locked — %1").arg(session.account().displayName));
        CHECK_FALSE(window.windowTitle().contains(session.account().displayName));
        // The page forgot the worker, the search and the rows; the popup closed and forgot.
        CHECK_FALSE(page->banner()->hasIdentity());
        CHECK_FALSE(page->selectedWorker().has_value());
        CHECK(page->searchField()->text().isEmpty());
        CHECK(page->model()->rowCount() == 0);
        CHECK_FALSE(window.globalSearch()->isVisible());
        CHECK(window.globalSearch()->searchField()->text().isEmpty());
        CHECK(window.globalSearch()->resultTree()->topLevelItemCount() == 0);
        CHECK_FALSE(window.globalSearch()->banner()->hasIdentity());
        // SEC-11: the clipboard is emptied.
        CHECK_FALSE(QGuiApplication::clipboard()->text().contains(birthName));
        // Nowhere in the window, visible or not, is the worker's name.
        for (const QString& text : visibleTexts(window)) {
            INFO(text.toStdString());
            CHECK_FALSE(text.contains(birthName, Qt::CaseInsensitive));
        }
        for (const QString& text : visibleTexts(*window.globalSearch()))
            CHECK_FALSE(text.contains(birthName, Qt::CaseInsensitive));
        // Actions that would show data are off while locked.
        window.openGlobalSearch();
        CHECK_FALSE(window.globalSearch()->isVisible());
        CHECK_FALSE(window.showPage(QStringLiteral("establishments")));
        save(window, QStringLiteral("lock_screen.png"));

        QTest::keyClicks(window.unlockField(), QStringLiteral("not-the-password"));
        QTest::keyClick(window.unlockField(), Qt::Key_Return);
        CHECK(window.isLocked());
        CHECK_FALSE(window.unlockMessage()->text().isEmpty());
        CHECK(window.unlockField()->text().isEmpty());
        save(window, QStringLiteral("lock_screen_wrong_password.png"));

        QTest::keyClicks(window.unlockField(), DemoPassword);
        QTest::keyClick(window.unlockField(), Qt::Key_Return);
        CHECK_FALSE(window.isLocked());
        CHECK(expiredSpy.count() == 0);
        CHECK(window.currentPage() == page);
        CHECK(page->isVisible());
        CHECK(window.windowTitle().contains(session.account().displayName));
        // The activity clock restarts at the unlock.
        s->clock.advance(14min);
        window.checkIdle();
        CHECK_FALSE(window.isLocked());
    }

    SECTION("Ctrl+L locks at once")
    {
        auto* lock = window.findChild<QAction*>(QStringLiteral("actionLock"));
        REQUIRE(lock);
        CHECK(lock->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
        lock->trigger();
        CHECK(window.isLocked());
        CHECK_FALSE(page->banner()->hasIdentity());
    }

    SECTION("12 hours after sign-in: the password no longer unlocks, the session ends")
    {
        s->clock.advance(12h);
        window.checkIdle();
        REQUIRE(window.isLocked());
        QTest::keyClicks(window.unlockField(), DemoPassword);
        CHECK_FALSE(window.tryUnlock());
        CHECK(expiredSpy.count() == 1);
        CHECK_FALSE(window.isVisible()); // the window closed, for main.cpp to ask for a full sign-in
    }

    SECTION("5 wrong passwords end the session")
    {
        window.lockNow();
        for (int i = 0; i < security::IdleLockRules::MaxUnlockFailures; ++i) {
            window.unlockField()->setText(QStringLiteral("wrong-%1").arg(i));
            CHECK_FALSE(window.tryUnlock());
        }
        CHECK(expiredSpy.count() == 1);
    }
}

TEST_CASE("global search (Ctrl+K): workers and establishments as you type, Enter opens them in their page")
{
    auto s = signInAs(QStringLiteral("medecin"));
    security::Session& session = *s->session;
    desktop::MainWindow window(s->session.get(), guitest::demoDatabase().path, s->registry, s->clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString letter = letterFindingBoth(session);
    REQUIRE_FALSE(letter.isEmpty());

    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    if (!window.globalSearch() || !window.globalSearch()->isVisible())
        window.openGlobalSearch(); // the offscreen platform may not route the shortcut
    ui::GlobalSearchPopup* popup = window.globalSearch();
    REQUIRE(popup);
    REQUIRE(popup->isVisible());

    QTest::keyClicks(popup->searchField(), letter);
    CHECK(popup->groupIds().isEmpty()); // debounced
    REQUIRE(waitUntil([&] { return popup->groupIds() == QStringList{QStringLiteral("workers"), QStringLiteral("establishments")}; }));
    const QList<ui::SearchHit> workers = popup->hits(QStringLiteral("workers"));
    const QList<ui::SearchHit> establishments = popup->hits(QStringLiteral("establishments"));
    CHECK(workers.size() <= ui::GlobalSearchPopup::LimitPerGroup);
    CHECK(establishments.size() <= ui::GlobalSearchPopup::LimitPerGroup);
    REQUIRE_FALSE(workers.isEmpty());
    // The first worker is current: the identity banner shows their strict traits (INS-07).
    REQUIRE(popup->banner()->hasIdentity());
    const ui::SearchHit first = workers.first();
    REQUIRE(first.identity.has_value());
    CHECK(first.text.startsWith(ui::nameInCapitals(first.identity->birthName)));
    CHECK(first.detail.contains(first.identity->birthDate.toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK(popup->banner()->plainText().contains(ui::nameInCapitals(first.identity->birthName)));
    CHECK(popup->banner()->plainText().contains(ui::insStatusText(ui::insStatusFromCode(first.identity->insStatus))));
    // Accents and case are ignored (the stores fold them).
    save(*popup, QStringLiteral("global_search.png"));

    SECTION("Enter opens the worker in the workers page, selected into the banner")
    {
        QTest::keyClick(popup->searchField(), Qt::Key_Return);
        CHECK_FALSE(popup->isVisible());
        CHECK(window.currentPageId() == QStringLiteral("workers"));
        auto* page = qobject_cast<workforce::WorkerSearchPage*>(window.currentPage());
        REQUIRE(page);
        REQUIRE(page->selectedWorker().has_value());
        CHECK(page->selectedWorker()->id == first.id);
        CHECK(page->banner()->hasIdentity());
        save(window, QStringLiteral("global_search_opened_worker.png"));
    }

    SECTION("an establishment opens in the establishments page, its row selected")
    {
        REQUIRE_FALSE(establishments.isEmpty());
        QTreeWidget* tree = popup->resultTree();
        QTest::keyClick(popup->searchField(), Qt::Key_Down);
        CHECK(tree->hasFocus());
        for (int i = 0; i < workers.size(); ++i)
            QTest::keyClick(tree, Qt::Key_Down); // past the workers, over the group header
        CHECK_FALSE(popup->banner()->isVisible()); // no identity for a company
        QTest::keyClick(tree, Qt::Key_Return);
        CHECK(window.currentPageId() == QStringLiteral("establishments"));
        auto* page = qobject_cast<membership::EstablishmentsPage*>(window.currentPage());
        REQUIRE(page);
        const QModelIndex current = page->resultView()->currentIndex();
        REQUIRE(current.isValid());
        CHECK(page->rows().at(current.row()).id == establishments.first().id);
        CHECK(page->model()->item(current.row(), membership::EstablishmentsPage::Siret)->text().count(QLatin1Char(' ')) == 3);
        save(window, QStringLiteral("establishments_page.png"));
    }

    SECTION("Escape closes and forgets")
    {
        QTest::keyClick(popup->searchField(), Qt::Key_Escape);
        CHECK_FALSE(popup->isVisible());
        CHECK(popup->searchField()->text().isEmpty());
        CHECK(popup->groupIds().isEmpty());
    }
}

TEST_CASE("global search: the director has no group, the administrator only the establishments, no refusal audited")
{
    SECTION("director")
    {
        auto s = signInAs(QStringLiteral("directeur"));
        desktop::MainWindow window(s->session.get(), guitest::demoDatabase().path, s->registry, s->clock);
        window.show();
        const qint64 denied = auditCount(*s->session, QStringLiteral("denied"));
        window.openGlobalSearch();
        ui::GlobalSearchPopup* popup = window.globalSearch();
        REQUIRE(popup);
        CHECK(popup->providers().isEmpty());
        CHECK_FALSE(popup->searchField()->isEnabled());
        popup->searchField()->setText(QStringLiteral("a"));
        popup->searchNow();
        CHECK(popup->groupIds().isEmpty());
        CHECK(auditCount(*s->session, QStringLiteral("denied")) == denied);
        save(*popup, QStringLiteral("global_search_director.png"));
    }
    SECTION("administrator")
    {
        auto s = signInAs(QStringLiteral("admin"));
        desktop::MainWindow window(s->session.get(), guitest::demoDatabase().path, s->registry, s->clock);
        window.show();
        const qint64 denied = auditCount(*s->session, QStringLiteral("denied"));
        const QString letter = establishmentLetter(*s->session);
        REQUIRE_FALSE(letter.isEmpty());
        window.openGlobalSearch();
        ui::GlobalSearchPopup* popup = window.globalSearch();
        REQUIRE(popup);
        popup->searchField()->setText(letter);
        popup->searchNow();
        CHECK(popup->groupIds() == QStringList{QStringLiteral("establishments")});
        CHECK_FALSE(popup->banner()->isVisible());
        CHECK(auditCount(*s->session, QStringLiteral("denied")) == denied);
    }
}

TEST_CASE("accounts and teams page: accounts listed, creation with inline errors, team actions")
{
    auto s = signInAs(QStringLiteral("admin"));
    desktop::MainWindow window(s->session.get(), guitest::demoDatabase().path, s->registry, s->clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showPage(QStringLiteral("accounts")));
    auto* page = qobject_cast<security::AccountsPage*>(window.currentPage());
    REQUIRE(page);
    const int accounts = page->accountTable()->rowCount();
    CHECK(accounts == 11);
    CHECK(page->teamList()->count() == 2);
    bool sawDirector = false;
    for (int r = 0; r < accounts; ++r)
        if (page->accountTable()->item(r, security::AccountsPage::Login)->text() == QLatin1String("directeur")) {
            sawDirector = true;
            CHECK(page->accountTable()->item(r, security::AccountsPage::RoleTitle)->text() ==
                  security::roleTitle(security::Role::Director));
        }
    CHECK(sawDirector);

    // The RPPS field is for health professionals only.
    page->roleCombo()->setCurrentIndex(page->roleCombo()->findData(security::roleCode(security::Role::Director)));
    CHECK_FALSE(page->rppsField()->isEnabled());
    page->roleCombo()->setCurrentIndex(page->roleCombo()->findData(security::roleCode(security::Role::Nurse)));
    CHECK(page->rppsField()->isEnabled());

    typeInto(page->loginField(), QStringLiteral("infirmier2"));
    typeInto(page->nameField(), QStringLiteral("Camille Durand"));
    typeInto(page->rppsField(), QStringLiteral("10101010199"));
    typeInto(page->passwordField(), QStringLiteral("Tres-Long-Mot-de-Passe-2026!"));
    typeInto(page->confirmationField(), QStringLiteral("Autre-Chose-2026!"));
    CHECK_FALSE(page->createAccount());
    CHECK(page->formMessage()->text() == security::AccountsPage::tr("The password and its confirmation differ."));
    CHECK(page->accountTable()->rowCount() == accounts);

    typeInto(page->passwordField(), QStringLiteral("short"));
    typeInto(page->confirmationField(), QStringLiteral("short"));
    CHECK_FALSE(page->createAccount());
    CHECK_FALSE(page->formMessage()->text().isEmpty()); // the store's password-policy message
    CHECK(page->accountTable()->rowCount() == accounts);
    save(window, QStringLiteral("admin_page_error.png"));

    typeInto(page->passwordField(), QStringLiteral("Tres-Long-Mot-de-Passe-2026!"));
    typeInto(page->confirmationField(), QStringLiteral("Tres-Long-Mot-de-Passe-2026!"));
    CHECK(page->createAccount());
    CHECK(page->accountTable()->rowCount() == accounts + 1);
    CHECK(page->passwordField()->text().isEmpty());

    // Team actions go through the store, whose messages are shown inline.
    page->teamList()->setCurrentRow(0);
    page->memberCombo()->setCurrentIndex(page->memberCombo()->findData(QStringLiteral("infirmier2")));
    CHECK(page->addMember());
    typeInto(page->siretField(), QStringLiteral("123"));
    CHECK_FALSE(page->assignEstablishment());
    CHECK_FALSE(page->teamMessage()->text().isEmpty());
    auto some = membership::EstablishmentStore::list(*s->session, 1);
    REQUIRE(some.ok());
    REQUIRE_FALSE(some.value().isEmpty());
    typeInto(page->siretField(), some.value().first().siret);
    page->assignEstablishment(); // already assigned to a team or not: either way a message, no crash
    CHECK_FALSE(page->teamMessage()->text().isEmpty());
    page->siretField()->clear();
    save(window, QStringLiteral("admin_page.png"));
}

TEST_CASE("indicators dashboard: aggregates only, small cells shown as less-than-5")
{
    for (const QString& login : {QStringLiteral("directeur"), QStringLiteral("medecin")}) {
        auto s = signInAs(login);
        desktop::MainWindow window(s->session.get(), guitest::demoDatabase().path, s->registry, s->clock);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.showPage(QStringLiteral("reports")));
        auto* page = qobject_cast<reports::DashboardPage*>(window.currentPage());
        REQUIRE(page);
        INFO(page->messageLabel()->text().toStdString());
        REQUIRE(page->overview().has_value());
        CHECK(page->overview()->asOf == s->clock.today());
        for (QTableWidget* table : {page->establishmentsTable(), page->followUpTable(), page->visitsTable()}) {
            REQUIRE(table->rowCount() > 1);
            for (int r = 0; r < table->rowCount(); ++r) {
                const QString text = table->item(r, 1)->text();
                INFO(text.toStdString());
                if (text == QLatin1String("< 5") || text == reports::Count::complementary().text())
                    continue;
                QString digits = text;
                digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
                REQUIRE_FALSE(digits.isEmpty());
                const qlonglong n = digits.toLongLong();
                CHECK((n == 0 || n >= 5));
            }
        }
        for (QLabel* figure : page->figureLabels())
            CHECK_FALSE(figure->text().isEmpty());
        if (login == QLatin1String("directeur")) {
            window.resize(1180, 900);
            save(window, QStringLiteral("dashboard.png"));
        }
    }
}

TEST_CASE("preferences: idle delay 1 to 30 minutes and language, saved with QSettings")
{
    guitest::isolateSettings();
    desktop::UiSettings defaults = desktop::UiSettings::load();
    CHECK(defaults.idleMinutes == 15);
    CHECK(defaults.language == QStringLiteral("fr"));
    desktop::SettingsDialog dialog(defaults);
    CHECK(dialog.idleSpin()->minimum() == 1);
    CHECK(dialog.idleSpin()->maximum() == 30);
    CHECK(dialog.languageCombo()->count() == 2);
    dialog.idleSpin()->setValue(7);
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("en")));
    dialog.settings().save();
    CHECK(QSettings().value(QStringLiteral("ui/idleMinutes")).toInt() == 7);
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("en"));
    QSettings().setValue(QStringLiteral("ui/idleMinutes"), 90);
    CHECK(desktop::UiSettings::load().idleMinutes == 30); // never beyond the hard maximum (SESS-01)
    dialog.show();
    save(dialog, QStringLiteral("preferences.png"));
    QSettings().remove(QStringLiteral("ui"));
}
