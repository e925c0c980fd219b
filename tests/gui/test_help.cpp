// Help in the desktop (issue 20 items 5 and 6): F1 opens the guide of the screen shown at its section,
// every page of the registry has its section in a guide, and the About box gives the version that
// every binary prints.
#include "catch_qt.h"

#include "GuiSupport.h"
#include "HelpBrowser.h"
#include "MainWindow.h"
#include "Modules.h"
#include "Translations.h"

#include "core/Clock.h"
#include "security/Role.h"
#include "security/Session.h"
#include "security/SignIn.h"
#include "ui/ModuleRegistry.h"
#include "vigie/Version.h"

#include <QMessageBox>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace vigie;

TEST_CASE("every page of the registry has its section in a guide, and every guide named exists with that heading")
{
    ui::ModuleRegistry registry;
    desktop::registerAllModules(registry);
    QStringList pageIds;
    for (const QString& code : security::allRoleCodes())
        for (const ui::ModuleEntry& e : registry.entriesFor(*security::roleFromCode(code)))
            if (!pageIds.contains(e.id))
                pageIds << e.id;
    REQUIRE(pageIds.size() >= 8);
    const auto topics = desktop::HelpBrowser::topics();
    QStringList missing;
    for (const QString& id : pageIds) {
        bool found = false;
        for (const auto& [pageId, topic] : topics)
            found = found || pageId == id;
        if (!found)
            missing << id;
    }
    INFO("pages without a guide section: " << missing.join(QLatin1Char(' ')).toStdString());
    CHECK(missing.isEmpty());
    desktop::HelpBrowser reader;
    for (const auto& [pageId, topic] : topics) {
        INFO(pageId.toStdString() << " -> " << topic.guide.toStdString() << " / " << topic.heading.toStdString());
        CHECK(reader.openTopic(topic));
    }
}

TEST_CASE("F1 opens the guide of the screen shown, at its section, and the About box gives the version")
{
    guitest::isolateSettings();
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    QTemporaryDir dir;
    core::ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    auto session = security::createDatabase(dir.filePath(QStringLiteral("help.db")),
                                            security::NewAccount{QStringLiteral("admin"), QStringLiteral("Alice Admin"), security::Role::Admin, {}},
                                            QStringLiteral("Clef-Solide-2026!"), clock);
    REQUIRE(session);
    ui::ModuleRegistry registry;
    desktop::registerAllModules(registry);
    desktop::MainWindow window(session.value().get(), dir.filePath(QStringLiteral("help.db")), registry, clock);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.showPage(QStringLiteral("accounts")));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.currentPage(), Qt::Key_F1);
    REQUIRE(window.helpBrowser() != nullptr);
    CHECK(window.helpBrowser()->isVisible());
    const desktop::HelpTopic topic = desktop::HelpBrowser::topicFor(QStringLiteral("accounts"));
    REQUIRE_FALSE(topic.heading.isEmpty());
    QTextBrowser* text = window.helpBrowser()->browser();
    CHECK(text->source().toString().endsWith(topic.guide));
    CHECK(text->textCursor().selectedText() == topic.heading); // scrolled to the section
    window.helpBrowser()->grab().save(guitest::screenDir() + QStringLiteral("/help-accounts.png"));

    window.showAbout();
    REQUIRE(window.aboutBox() != nullptr);
    CHECK(window.aboutBox()->text().contains(QStringLiteral(VIGIE_VERSION_STRING)));
    CHECK(window.aboutBox()->text().contains(QStringLiteral("Vigie")));
    CHECK(desktop::MainWindow::aboutText().contains(QStringLiteral("chiffrée")));
}
