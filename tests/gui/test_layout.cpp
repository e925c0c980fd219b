// Layout that holds (issue 19 item 5): every page of every role, on a laptop screen (1366×768) and a
// desktop one (1920×1080), fits the screen — a long name elides in its cell with a tooltip instead of
// pushing the window past the edge. The test makes the names long on purpose (a 300-character
// establishment and a 300-character worker name), opens each page in the main window sized to the
// screen, and fails when the window had to grow wider than the screen (taller is reported). Every page is grabbed
// into VIGIE_SCREEN_DIR (layout_<login>_<page>_<width>.png) for a human to look at.
#include "catch_qt.h"

#include "GuiSupport.h"
#include "MainWindow.h"
#include "ServiceSettingsPage.h"
#include "Modules.h"
#include "Translations.h"

#include "core/Clock.h"
#include "membership/ContributionStore.h"
#include "scheduling/MailStore.h"
#include "security/Session.h"
#include "security/SignIn.h"
#include "ui/ModuleRegistry.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>

#include <memory>

using namespace vigie;

namespace {

struct Signed {
    core::ManualClock clock{guitest::demoNow()};
    std::unique_ptr<security::Session> session;
    ui::ModuleRegistry registry;
};

std::unique_ptr<Signed> signIn(const QString& login)
{
    guitest::isolateSettings();
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    const guitest::DemoDatabase& demo = guitest::demoDatabase();
    INFO(demo.error.toStdString());
    REQUIRE(demo.error.isEmpty());
    auto s = std::make_unique<Signed>();
    auto r = security::signIn(demo.path, login, guitest::DemoPassword, s->clock);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    s->session = std::move(r.value());
    desktop::registerAllModules(s->registry);
    return s;
}

// The first establishment and the first worker (by name) get names of 300 characters: the lists,
// combo boxes and banners that show them must not widen the window.
void makeNamesLong(security::Session& session)
{
    static bool done = false;
    if (done)
        return;
    const QString longName = QStringLiteral("Établissements Industriels et Commerciaux Réunis de la Vallée du Rhône ").repeated(5).left(300);
    QSqlQuery q(session.db().sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE establishments SET name = '%1' WHERE id = (SELECT id FROM establishments ORDER BY name LIMIT 1)")
                       .arg(longName)));
    REQUIRE(q.exec(QStringLiteral("UPDATE enterprises SET name = '%1' WHERE id = (SELECT id FROM enterprises ORDER BY name LIMIT 1)")
                       .arg(longName)));
    const QString longWorker = QStringLiteral("DE LA FONTAINE-SAINT-ÉTIENNE-DU-MONT ").repeated(9).left(300);
    REQUIRE(q.exec(QStringLiteral("UPDATE workers SET birth_name = '%1' WHERE id = (SELECT worker_id FROM employments WHERE end_date IS NULL "
                                  "ORDER BY start_date LIMIT 1)")
                       .arg(longWorker)));
    done = true;
}

} // namespace

TEST_CASE("every page of every role fits a 1366x768 and a 1920x1080 screen, long names included")
{
    const QList<QSize> screens{QSize(1366, 768), QSize(1920, 1080)};
    for (const QString& login : {QStringLiteral("medecin"), QStringLiteral("planif"), QStringLiteral("iprp"), QStringLiteral("admin"),
                                QStringLiteral("directeur")}) {
        auto s = signIn(login);
        makeNamesLong(*s->session);
        for (const QSize& screen : screens) {
            desktop::MainWindow window(s->session.get(), guitest::demoDatabase().path, s->registry, s->clock);
            window.resize(screen);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            const QStringList ids = window.navigationIds();
            REQUIRE_FALSE(ids.isEmpty());
            for (const QString& id : ids) {
                INFO(login.toStdString() << " · page " << id.toStdString() << " · " << screen.width() << "x" << screen.height());
                REQUIRE(window.showPage(id, false));
                window.resize(screen);
                QCoreApplication::processEvents();
                QTest::qWait(50); // debounced searches and first loads
                QCoreApplication::processEvents();
                CHECK(window.width() <= screen.width());
                CHECK(window.minimumSizeHint().width() <= screen.width());
                if (window.minimumSizeHint().width() > screen.width()) { // who widens it (any page kept), for the one who fixes it
                    const int limit = screen.width() - 300;
                    for (QWidget* w : window.findChildren<QWidget*>()) {
                        if (w->minimumSizeHint().width() <= limit)
                            continue;
                        bool widerChild = false; // the innermost ones only
                        for (QWidget* c : w->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
                            widerChild = widerChild || c->minimumSizeHint().width() > limit;
                        if (!widerChild)
                            WARN(w->metaObject()->className() << " '" << w->objectName().toStdString() << "' minimum width "
                                                              << w->minimumSizeHint().width() << " in "
                                                              << (w->parentWidget() ? w->parentWidget()->metaObject()->className() : ""));
                    }
                }
                // No form under a horizontal scroll bar: a page's scrolled form (the record's consultation)
                // fits the width its page leaves it (issue 18: the departure time was cut at 1366).
                for (QScrollArea* area : window.findChildren<QScrollArea*>()) {
                    if (!area->isVisible() || !area->widget())
                        continue;
                    INFO("scroll area in " << (area->parentWidget() ? area->parentWidget()->metaObject()->className() : "")
                                           << " holding " << area->widget()->metaObject()->className());
                    CHECK(area->horizontalScrollBar()->maximum() == 0);
                }
                if (window.height() > screen.height()) // scrolling lists cope; reported for a human to look at
                    WARN("taller than the screen: " << window.height() << " px");
                const QString file = QDir(guitest::screenDir())
                                         .filePath(QStringLiteral("layout_%1_%2_%3.png").arg(login, id).arg(screen.width()));
                REQUIRE(window.grab().save(file));
                CHECK(QFileInfo(file).size() > 1000);
            }
        }
    }
}

TEST_CASE("each module has its own icon in the navigation")
{
    auto s = signIn(QStringLiteral("medecin"));
    desktop::MainWindow window(s->session.get(), guitest::demoDatabase().path, s->registry, s->clock);
    QStringList seen;
    for (int i = 0; i < window.navigation()->count(); ++i) {
        const QIcon icon = window.navigation()->item(i)->icon();
        INFO(window.navigation()->item(i)->text().toStdString());
        REQUIRE_FALSE(icon.isNull());
        const QImage image = icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
        QString key;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                key += QString::number(image.pixel(x, y), 16);
        CHECK_FALSE(seen.contains(key));
        seen << key;
    }
}

TEST_CASE("the administrator sets the service's identity and its mail server on screen, refusals in French")
{
    auto s = signIn(QStringLiteral("admin"));
    desktop::MainWindow window(s->session.get(), guitest::demoDatabase().path, s->registry, s->clock);
    REQUIRE(window.navigationIds().contains(QStringLiteral("settings")));
    REQUIRE(window.showPage(QStringLiteral("settings")));
    auto* page = qobject_cast<desktop::ServiceSettingsPage*>(window.currentPage());
    REQUIRE(page);
    page->nameField()->setText(QStringLiteral("SPSTI Rhône Santé Travail"));
    page->streetField()->setText(QStringLiteral("12 rue de la Santé"));
    page->postalCodeField()->setText(QStringLiteral("69003"));
    page->cityField()->setText(QStringLiteral("Lyon"));
    page->phoneField()->setText(QStringLiteral("04 72 00 00 00"));
    // The SIRET is required (the identity is also the invoices' seller): refused without it, with the reason.
    page->siretField()->setText(QStringLiteral("7328293200007"));
    CHECK_FALSE(page->saveIdentity());
    page->siretField()->setText(QStringLiteral("732 829 320 00074"));
    const bool saved = page->saveIdentity();
    for (QLabel* l : page->findChildren<QLabel*>())
        if (l->styleSheet().contains(QStringLiteral("b42318")))
            UNSCOPED_INFO(l->text().toStdString());
    REQUIRE(saved);
    auto identity = membership::ContributionStore::serviceIdentity(*s->session);
    REQUIRE(identity);
    REQUIRE(identity.value());
    CHECK(identity.value()->name == QStringLiteral("SPSTI Rhône Santé Travail"));
    CHECK(identity.value()->phone == QStringLiteral("04 72 00 00 00"));

    // A password over a plain connection is refused, with the reason, in French.
    page->hostField()->setText(QStringLiteral("smtp.spsti.example"));
    page->portBox()->setValue(25);
    page->securityBox()->setCurrentIndex(page->securityBox()->findData(int(scheduling::SmtpSecurity::None)));
    page->senderField()->setText(QStringLiteral("convocations@spsti.example"));
    page->userField()->setText(QStringLiteral("convocations"));
    page->passwordField()->setText(QStringLiteral("secret"));
    CHECK_FALSE(page->saveMail());
    CHECK(page->mailMessage()->text().contains(QStringLiteral("chiffr")));
    page->securityBox()->setCurrentIndex(page->securityBox()->findData(int(scheduling::SmtpSecurity::StartTls)));
    page->portBox()->setValue(587);
    page->reminderBox()->setValue(3);
    REQUIRE(page->saveMail());
    auto smtp = scheduling::MailStore::settings(*s->session);
    REQUIRE(smtp);
    REQUIRE(smtp.value());
    CHECK(smtp.value()->host == QStringLiteral("smtp.spsti.example"));
    CHECK(smtp.value()->port == 587);
    CHECK(smtp.value()->reminderDays == 3);
    CHECK(smtp.value()->security == scheduling::SmtpSecurity::StartTls);
    window.resize(1366, 768);
    window.show();
    QCoreApplication::processEvents();
    REQUIRE(window.grab().save(QDir(guitest::screenDir()).filePath(QStringLiteral("settings_service.png"))));
}

TEST_CASE("sign out from the File menu: the window closes for another person to sign in")
{
    auto s = signIn(QStringLiteral("planif"));
    desktop::MainWindow window(s->session.get(), guitest::demoDatabase().path, s->registry, s->clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("actionSignOut"));
    REQUIRE(action);
    CHECK(action->text().remove(QLatin1Char('&')) == QStringLiteral("Se déconnecter"));
    CHECK(action->isEnabled());
    QSignalSpy signedOut(&window, &desktop::MainWindow::signOutRequested);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    action->trigger();
    CHECK(signedOut.count() == 1);
    CHECK_FALSE(window.isVisible());
}
