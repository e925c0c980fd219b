// The first screen, driven like a user would: sign in, type a name, move with the keyboard, pick a
// worker into the identity banner. The data come from `vigie-cli demo` (2,000 workers, seed 7).
#include "catch_qt.h"

#include "GuiSupport.h"
#include "LoginDialog.h"
#include "Modules.h"
#include "MainWindow.h"
#include "Translations.h"

#include "core/Clock.h"
#include "core/TextFold.h"
#include "security/Role.h"
#include "security/SignIn.h"
#include "ui/IdentityBanner.h"
#include "ui/Navigator.h"
#include "ui/ModuleRegistry.h"
#include "workforce/WorkerStore.h"
#include "workforce/ui/WorkerSearchModel.h"
#include "workforce/ui/WorkerSearchPage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <functional>

using namespace vigie;
using workforce::WorkerSearchModel;
using workforce::WorkerSearchPage;

namespace {
using guitest::demoDatabase;
using guitest::DemoDatabase;
using guitest::DemoPassword;
using guitest::demoNow;
using guitest::screenDir;
using guitest::waitUntil;

// Types into the search field and waits for the debounced search to run.
void typeSearch(WorkerSearchPage& page, const QString& text)
{
    QLineEdit* field = page.searchField();
    field->clear();
    QTest::keyClicks(field, text);
    REQUIRE(field->text() == text);
    REQUIRE(waitUntil([&] { return page.model()->query() == text; }));
}

QStringList rowIds(const WorkerSearchModel& model)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.workerAt(r).id;
    return ids;
}

bool matchesPrefix(const workforce::WorkerSummary& w, const QString& foldedPrefix)
{
    return core::foldForSearch(w.birthName).startsWith(foldedPrefix) ||
           core::foldForSearch(w.usedName).startsWith(foldedPrefix);
}

// Screens are grabbed in the default language (French once translated).
void useDefaultLanguage()
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
}
} // namespace

TEST_CASE("worker search: as-you-type, accent-insensitive, lazy pages, keyboard, identity banner")
{
    useDefaultLanguage();
    const DemoDatabase& demo = demoDatabase();
    INFO(demo.error.toStdString());
    REQUIRE(demo.error.isEmpty());
    core::ManualClock clock(demoNow());
    auto signedIn = security::signIn(demo.path, QStringLiteral("medecin"), DemoPassword, clock);
    INFO((signedIn ? QString() : signedIn.error().message).toStdString());
    REQUIRE(signedIn.ok());
    security::Session& session = *signedIn.value();

    // Choose the prefixes from the data rather than hard-coding names: a letter with more than one page
    // of matches, and a two-letter prefix whose second letter is "e" (to type it as "é").
    QString bigLetter;
    QString ePrefix;
    workforce::WorkerSummary withUsedName;
    for (char c = 'a'; c <= 'z'; ++c) {
        const QString letter(QLatin1Char{c});
        auto beyondFirstPage = workforce::WorkerStore::findByName(session, letter, 1, WorkerSearchModel::PageSize);
        REQUIRE(beyondFirstPage.ok());
        if (bigLetter.isEmpty() && !beyondFirstPage.value().isEmpty())
            bigLetter = letter;
        if (ePrefix.isEmpty()) {
            auto page = workforce::WorkerStore::findByName(session, letter + QLatin1Char('e'), 1);
            REQUIRE(page.ok());
            if (!page.value().isEmpty())
                ePrefix = letter + QLatin1Char('e');
        }
    }
    REQUIRE_FALSE(bigLetter.isEmpty());
    REQUIRE_FALSE(ePrefix.isEmpty());

    WorkerSearchPage page(&session);
    page.resize(1000, 640);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.searchField()->setFocus();
    WorkerSearchModel& model = *page.model();
    QTableView& view = *page.resultView();

    SECTION("nothing is searched before the pause, then every row starts with the typed prefix")
    {
        CHECK(page.focusProxy() == page.searchField());
        CHECK(page.searchField()->placeholderText() == WorkerSearchPage::tr("Birth or used name…"));
        QTest::keyClicks(page.searchField(), ePrefix);
        CHECK(model.query().isEmpty()); // debounce: typing alone does not query
        REQUIRE(waitUntil([&] { return model.query() == ePrefix; }));
        REQUIRE(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r) {
            INFO(model.workerAt(r).birthName.toStdString() + " / " + model.workerAt(r).usedName.toStdString());
            CHECK(matchesPrefix(model.workerAt(r), ePrefix));
        }
        CHECK(page.statusLabel()->text() ==
              (model.canFetchMore({}) ? WorkerSearchPage::tr("%n worker(s) shown; scroll down to see more", nullptr, model.rowCount())
                                      : WorkerSearchPage::tr("%n worker(s) shown", nullptr, model.rowCount())));
    }

    SECTION("\"é\" and \"e\" give the same rows")
    {
        typeSearch(page, ePrefix);
        const QStringList plain = rowIds(model);
        REQUIRE_FALSE(plain.isEmpty());
        QString accented = ePrefix;
        accented[1] = QChar(0x00E9); // é
        typeSearch(page, accented.toUpper());
        CHECK(rowIds(model) == plain);
    }

    SECTION("pages of 100 are fetched only when asked for")
    {
        typeSearch(page, bigLetter);
        CHECK(model.rowCount() == WorkerSearchModel::PageSize);
        REQUIRE(model.canFetchMore({}));
        model.fetchMore({});
        CHECK(model.rowCount() > WorkerSearchModel::PageSize);
        CHECK(model.rowCount() <= 2 * WorkerSearchModel::PageSize);
        QSet<QString> unique;
        for (int r = 0; r < model.rowCount(); ++r) {
            CHECK(matchesPrefix(model.workerAt(r), bigLetter));
            unique.insert(model.workerAt(r).id);
        }
        CHECK(unique.size() == model.rowCount()); // no row twice across pages
        // Scrolling to the bottom makes the view ask for the next page by itself.
        const int before = model.rowCount();
        if (model.canFetchMore({})) {
            view.scrollToBottom();
            REQUIRE(waitUntil([&] { return model.rowCount() > before; }));
        }
        // A new query starts again from one page.
        typeSearch(page, bigLetter + bigLetter);
        CHECK(model.rowCount() <= WorkerSearchModel::PageSize);
    }

    SECTION("keyboard: Down into the results, Enter selects into the banner, Escape clears")
    {
        typeSearch(page, bigLetter);
        REQUIRE(model.rowCount() > 2);
        CHECK_FALSE(page.banner()->hasIdentity());
        QTest::keyClick(page.searchField(), Qt::Key_Down);
        CHECK(page.window()->focusWidget() == &view);
        CHECK(view.currentIndex().row() == 0);
        QTest::keyClick(&view, Qt::Key_Down);
        REQUIRE(view.currentIndex().row() == 1);
        QTest::keyClick(&view, Qt::Key_Return);
        const workforce::WorkerSummary chosen = model.workerAt(1);
        REQUIRE(page.selectedWorker().has_value());
        CHECK(page.selectedWorker()->id == chosen.id);
        REQUIRE(page.banner()->hasIdentity());
        const QString bannerText = page.banner()->plainText();
        INFO(bannerText.toStdString());
        CHECK(bannerText.contains(chosen.birthName.toUpper()));
        CHECK(bannerText.contains(chosen.firstBirthFirstName));
        CHECK(bannerText.contains(QDate::fromString(chosen.birthDate, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"))));
        CHECK(bannerText.contains(ui::insStatusText(ui::insStatusFromCode(chosen.insStatus))));

        // Up from the first row returns to the field; Escape there clears the search.
        QTest::keyClick(&view, Qt::Key_Up);
        QTest::keyClick(&view, Qt::Key_Up);
        CHECK(page.window()->focusWidget() == page.searchField());
        QTest::keyClick(page.searchField(), Qt::Key_Escape);
        CHECK(page.searchField()->text().isEmpty());
        CHECK(model.rowCount() == 0);
        CHECK(page.banner()->hasIdentity()); // the chosen worker stays chosen

        page.clearPatientData(); // SESS-01: the lock hides every identity
        CHECK_FALSE(page.banner()->hasIdentity());
        CHECK_FALSE(page.selectedWorker().has_value());
    }

    SECTION("a prefix that matches nobody, and a text with no letter")
    {
        typeSearch(page, QStringLiteral("zzzzqx"));
        CHECK(model.rowCount() == 0);
        CHECK(page.statusLabel()->text() == WorkerSearchPage::tr("No worker found"));
        typeSearch(page, QStringLiteral("--"));
        CHECK(model.rowCount() == 0);
        CHECK_FALSE(model.errorString().isEmpty());
        CHECK(page.statusLabel()->text() == model.errorString());
    }

    SECTION("screen for a human: results and a selected worker")
    {
        typeSearch(page, ePrefix);
        REQUIRE(model.rowCount() > 0);
        int row = 0; // prefer someone with a used name, so the screen shows every trait
        for (int r = 0; r < model.rowCount(); ++r)
            if (!model.workerAt(r).usedName.isEmpty()) {
                row = r;
                break;
            }
        REQUIRE(page.selectRow(row));
        QCoreApplication::processEvents();
        const QString file = QDir(screenDir()).filePath(QStringLiteral("worker_search.png"));
        REQUIRE(page.grab().save(file));
        CHECK(QFileInfo(file).size() > 1000);
        WARN("screen saved: " + file.toStdString());
    }
}

TEST_CASE("identity banner: each INS status has its text and its colour (INS-07)")
{
    useDefaultLanguage();
    const QStringList codes{QStringLiteral("PROV"), QStringLiteral("RECUP"), QStringLiteral("VALI"), QStringLiteral("QUAL")};
    QWidget sheet;
    auto* layout = new QVBoxLayout(&sheet);
    QSet<QString> texts;
    QSet<QRgb> colours;
    for (const QString& code : codes) {
        auto* banner = new ui::IdentityBanner(&sheet);
        layout->addWidget(banner);
        CHECK_FALSE(banner->hasIdentity());
        banner->setIdentity({QStringLiteral("Lefèvre"), QStringLiteral("Éloïse"), QDate(1984, 6, 2), QStringLiteral("F"),
                             code == QLatin1String("VALI") ? QStringLiteral("Martin-Dubois") : QString(), code},
                            QDate(2026, 6, 1));
        const QString text = banner->plainText();
        INFO(text.toStdString());
        CHECK(text.startsWith(QStringLiteral("LEFÈVRE Éloïse")));
        CHECK(text.contains(QStringLiteral("02/06/1984")));
        CHECK(text.contains(QCoreApplication::translate("vigie::ui", "%n year(s)", "age", 41)));
        CHECK(text.contains(ui::sexText(QStringLiteral("F"))));
        CHECK(text.contains(QStringLiteral("MARTIN-DUBOIS")) == (code == QLatin1String("VALI")));
        auto* badge = banner->findChild<QLabel*>(QStringLiteral("insBadge"));
        REQUIRE(badge);
        CHECK(badge->text() == ui::insStatusText(ui::insStatusFromCode(code)));
        texts.insert(badge->text());
        colours.insert(ui::insStatusColor(ui::insStatusFromCode(code)).rgb());
    }
    CHECK(texts.size() == 4);
    CHECK(colours.size() == 4);
    CHECK(ui::insStatusFromCode(QStringLiteral("XYZ")) == ui::InsStatus::Unknown);
    CHECK(ui::ageInYears(QDate(1984, 6, 2), QDate(2026, 6, 1)) == 41);
    CHECK(ui::ageInYears(QDate(1984, 6, 1), QDate(2026, 6, 1)) == 42);

    sheet.resize(900, 420);
    sheet.show();
    REQUIRE(QTest::qWaitForWindowExposed(&sheet));
    REQUIRE(sheet.grab().save(QDir(screenDir()).filePath(QStringLiteral("identity_banners.png"))));
}

TEST_CASE("login dialog: a refusal keeps the dialog open with its message, the right password signs in")
{
    const DemoDatabase& demo = demoDatabase();
    INFO(demo.error.toStdString());
    REQUIRE(demo.error.isEmpty());
    core::ManualClock clock(demoNow());
    desktop::LoginDialog dialog(demo.path, clock);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.errorText().isEmpty());

    QTest::keyClicks(dialog.loginField(), QStringLiteral("medecin"));
    QTest::keyClicks(dialog.passwordField(), QStringLiteral("not-the-password"));
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(dialog.errorLabel()->isVisible());
    REQUIRE(dialog.lastError().has_value());
    CHECK(dialog.lastError()->code == core::ErrorCode::AuthFailed);
    CHECK(dialog.errorText() == dialog.lastError()->message);
    CHECK(dialog.loginField()->text() == QStringLiteral("medecin"));
    CHECK(dialog.passwordField()->text().isEmpty());
    CHECK(dialog.takeSession() == nullptr);
    const QString screens = screenDir();
    CHECK(dialog.grab().save(QDir(screens).filePath(QStringLiteral("login_refused.png"))));

    QTest::keyClicks(dialog.passwordField(), DemoPassword);
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return); // Enter signs in (default button)
    REQUIRE(waitUntil([&] { return dialog.result() == QDialog::Accepted; }, 30000));
    CHECK_FALSE(dialog.isVisible());
    std::unique_ptr<security::Session> session = dialog.takeSession();
    REQUIRE(session);
    CHECK(session->account().login == QStringLiteral("medecin"));

    ui::ModuleRegistry registry;
    desktop::registerAllModules(registry);
    desktop::MainWindow window(session.get(), demo.path, registry, clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() == desktop::MainWindow::tr("Vigie — %1").arg(session->account().displayName));
    CHECK(window.accountLabel()->text() == session->account().displayName);
    CHECK(window.roleLabel()->text() == security::roleTitle(session->account().role));
    CHECK(window.databaseLabel()->text().contains(QStringLiteral("demo.db")));
    // The physician's first page is "Ma journée" (issue 18); the worker search is the next entry.
    CHECK(window.currentPageId() == QStringLiteral("myday"));
    window.showPage(QStringLiteral("workers"));
    CHECK(window.currentPageId() == QStringLiteral("workers"));
    auto* searchPage = qobject_cast<WorkerSearchPage*>(window.currentPage());
    REQUIRE(searchPage);
    CHECK(searchPage->searchField()->isEnabled());
    CHECK(window.grab().save(QDir(screens).filePath(QStringLiteral("main_window.png"))));
}

TEST_CASE("login dialog: a missing database file is reported under the fields")
{
    QTemporaryDir dir;
    core::ManualClock clock(demoNow());
    desktop::LoginDialog dialog(dir.filePath(QStringLiteral("absent.db")), clock);
    dialog.show();
    dialog.loginField()->setText(QStringLiteral("medecin"));
    dialog.passwordField()->setText(DemoPassword);
    CHECK_FALSE(dialog.attemptSignIn());
    REQUIRE(dialog.lastError().has_value());
    CHECK(dialog.lastError()->code == core::ErrorCode::Storage);
    CHECK(dialog.errorText().contains(QStringLiteral("absent.db")));
    CHECK(dialog.isVisible());
    CHECK(dialog.loginField()->text() == QStringLiteral("medecin"));
    CHECK(dialog.passwordField()->text().isEmpty());

    // Without a session the main window still builds (smoke test), with no page at all.
    ui::ModuleRegistry registry;
    desktop::registerAllModules(registry);
    desktop::MainWindow window(nullptr, dialog.databasePath(), registry, clock);
    CHECK(window.windowTitle() == QStringLiteral("Vigie"));
    CHECK(window.navigationIds().isEmpty());
    CHECK(window.currentPage() == nullptr);
    CHECK_FALSE(window.findChild<WorkerSearchPage*>());
}

// Hidden (run by hand): VIGIE_PERF_DB=<a demo database with 1,000,000 workers> ./bin/test_gui "[perf]"
// The password is the demo one. Typing must answer in well under the debounce, whatever the prefix.
TEST_CASE("worker search stays fast on a large database", "[.][perf]")
{
    const QString path = qEnvironmentVariable("VIGIE_PERF_DB");
    if (path.isEmpty()) {
        WARN("VIGIE_PERF_DB is not set: nothing measured");
        return;
    }
    core::ManualClock clock(demoNow());
    auto signedIn = security::signIn(path, QStringLiteral("medecin"), DemoPassword, clock);
    REQUIRE(signedIn.ok());
    WorkerSearchModel model(signedIn.value().get());
    for (const QString& prefix : {QStringLiteral("m"), QStringLiteral("ma"), QStringLiteral("mar"),
                                  QStringLiteral("martin"), QStringLiteral("b"), QStringLiteral("zz")}) {
        QElapsedTimer t;
        t.start();
        model.setQuery(prefix);
        const qint64 first = t.elapsed();
        for (int i = 0; i < 10 && model.canFetchMore({}); ++i)
            model.fetchMore({});
        const qint64 deeper = t.elapsed() - first;
        WARN(QStringLiteral("\"%1\": first page %2 ms, 10 more pages %3 ms, %4 rows %5")
                 .arg(prefix)
                 .arg(first)
                 .arg(deeper)
                 .arg(model.rowCount())
                 .arg(model.errorString())
                 .toStdString());
        CHECK(model.errorString().isEmpty());
        CHECK(first < 150);
    }
}

// Issue 18 (Tests): the record opened from the worker search in one key. F4 opens the worker of the
// results' current row, the one the arrows reached, without Enter first; the planner, who does not
// read records, is not offered the action.
TEST_CASE("worker search: F4 on a result opens that worker's record in one key, not offered to the planner")
{
    useDefaultLanguage();
    const DemoDatabase& demo = demoDatabase();
    REQUIRE(demo.error.isEmpty());
    core::ManualClock clock(demoNow());
    auto signedIn = security::signIn(demo.path, QStringLiteral("medecin"), DemoPassword, clock);
    REQUIRE(signedIn.ok());
    WorkerSearchPage page(signedIn.value().get());
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    REQUIRE(page.openRecordAction());
    CHECK(page.openRecordAction()->shortcut() == QKeySequence(Qt::Key_F4));
    page.searchField()->setFocus();
    typeSearch(page, QStringLiteral("ma"));
    WorkerSearchModel& model = *page.model();
    REQUIRE(model.rowCount() > 2);

    QList<ui::SearchHit> opened;
    const auto c = QObject::connect(&ui::Navigator::instance(), &ui::Navigator::openRequested,
                                    [&](const ui::SearchHit& hit) { opened << hit; });
    ui::Navigator::instance().forget();
    QTest::keyClick(page.searchField(), Qt::Key_Down); // into the results, first row
    QTableView* view = page.resultView();
    REQUIRE(page.window()->focusWidget() == view);
    QTest::keyClick(view, Qt::Key_Down);
    REQUIRE(view->currentIndex().row() == 1);
    CHECK_FALSE(page.selectedWorker().has_value()); // no Enter: nothing in the banner yet
    QTest::keyClick(view, Qt::Key_F4);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().kind == QStringLiteral("record"));
    CHECK(opened.first().id == model.workerAt(1).id);
    CHECK(ui::Navigator::instance().currentWorker() == model.workerAt(1).id);
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_F4);
    REQUIRE(opened.size() == 2);
    CHECK(opened.at(1).id == model.workerAt(2).id);
    QObject::disconnect(c);
    ui::Navigator::instance().forget();

    auto planner = security::signIn(demo.path, QStringLiteral("planif"), DemoPassword, clock);
    REQUIRE(planner.ok());
    WorkerSearchPage plannerPage(planner.value().get());
    CHECK_FALSE(plannerPage.openRecordAction());
    for (QAction* a : plannerPage.actions())
        CHECK(a->shortcut() != QKeySequence(Qt::Key_F4));
}
