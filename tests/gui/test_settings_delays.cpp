// The service's delays on the administrator's settings page (issue 19 item 3), driven with the
// keyboard on the offscreen platform: a renewal delay longer than the law is refused with a message
// naming the value and nothing is written; within the bounds it is saved (audited) and is what the
// planning reads; the primary-prevention interval likewise. The page is grabbed at 1366×768 into
// VIGIE_SCREEN_DIR (settings-delays.png). And the menu per role (issue 19 item 6): a module a role
// cannot use is not in its menu — the IPRP without a delegation has no medical record, and no invoices.
#include "catch_qt.h"

#include "GuiSupport.h"
#include "Modules.h"
#include "RenewalDelaysBox.h"
#include "ServiceSettingsPage.h"
#include "Translations.h"
#include "unit/companysheet/CompanySheetTestSupport.h"

#include "companysheet/CompanySheetStore.h"
#include "membership/ui/EstablishmentsPage.h"
#include "security/TeamStore.h"
#include "ui/ModuleRegistry.h"
#include "prevention/PrimaryPreventionStore.h"
#include "scheduling/RenewalSettingsStore.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace vigie;

namespace {
// Alt+G ("Enre&gistrer les délais"): a button's mnemonic clicks it after its press animation, so the
// event loop runs until the message shows what `expected` says.
void saveWithKeyboard(QWidget& page, desktop::RenewalDelaysBox* delays, const QString& expected)
{
    QTest::keyClick(&page, Qt::Key_G, Qt::AltModifier);
    guitest::waitUntil([&] { return delays->message()->text().contains(expected); }, 2000);
}

void typeInto(QSpinBox* box, const QString& text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
}
} // namespace

TEST_CASE("the administrator sets the renewal delays on screen, within the law, keyboard only")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::SheetFixture fx;
    desktop::ServiceSettingsPage page(*fx.admin);
    page.resize(1366, 768);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    desktop::RenewalDelaysBox* delays = page.delaysBox();
    REQUIRE(delays);
    // The law's maxima until set, and the service's other delays.
    CHECK(delays->renewalBox(0)->value() == 60);
    CHECK(delays->renewalBox(1)->value() == 36);
    CHECK(delays->renewalBox(2)->value() == 48);
    CHECK(delays->renewalBox(3)->value() == 24);
    CHECK(delays->sheetYearsBox()->value() == 4);
    CHECK(delays->preventionYearsBox()->value() == 4);

    // 72 months for the individual follow-up's renewal: refused, the value named, nothing written.
    // Alt+L reaches the first delay ("Renouve&llement VIP, SI").
    QTest::keyClick(&page, Qt::Key_L, Qt::AltModifier);
    CHECK(delays->renewalBox(0)->hasFocus());
    typeInto(delays->renewalBox(0), QStringLiteral("72"));
    CHECK(delays->renewalBox(0)->value() == 72);
    saveWithKeyboard(page, delays, QStringLiteral("72 mois"));
    CHECK(delays->message()->text().contains(QStringLiteral("72 mois")));
    CHECK(delays->message()->text().contains(QStringLiteral("60")));
    CHECK(test::value(*fx.admin, QStringLiteral("SELECT count(*) FROM renewal_settings")).toInt() == 0);

    // 36 months, and a two-year interval for primary prevention: saved, audited, read by the planning.
    typeInto(delays->renewalBox(0), QStringLiteral("36"));
    CHECK(delays->message()->text().contains(QStringLiteral("72"))); // until saved again
    typeInto(delays->preventionYearsBox(), QStringLiteral("5"));
    saveWithKeyboard(page, delays, QStringLiteral("5 ans"));
    CHECK(delays->message()->text().contains(QStringLiteral("5 ans")));
    CHECK(test::value(*fx.admin, QStringLiteral("SELECT count(*) FROM renewal_settings")).toInt() == 0);
    typeInto(delays->preventionYearsBox(), QStringLiteral("2"));
    saveWithKeyboard(page, delays, QStringLiteral("enregistrés"));
    CHECK(delays->message()->text() == QStringLiteral("Les délais sont enregistrés : la planification les applique dès maintenant."));
    CHECK(scheduling::RenewalSettingsStore::current(*fx.physician).value().siRenewalMonths == 36);
    CHECK(scheduling::RenewalSettingsStore::current(*fx.physician).value().siaRenewalMonths == 36);
    CHECK(prevention::PrimaryPreventionStore::intervalYears(*fx.iprp).value() == 2);
    CHECK(companysheet::CompanySheetStore::renewalYears(*fx.iprp).value() == 4);
    CHECK(test::value(*fx.admin, QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'renewal.settings' AND outcome = 'allowed'"))
              .toInt() == 1);
    CHECK(test::value(*fx.admin, QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'prevention.settings' AND outcome = 'allowed'"))
              .toInt() == 1);

    // Read back as saved when the page opens again.
    desktop::ServiceSettingsPage again(*fx.admin);
    CHECK(again.delaysBox()->renewalBox(0)->value() == 36);
    CHECK(again.delaysBox()->preventionYearsBox()->value() == 2);

    QCoreApplication::processEvents();
    REQUIRE(page.grab().save(QDir(guitest::screenDir()).filePath(QStringLiteral("settings-delays.png"))));
    // Nothing cut: every field and button of the delays at its size hint at least.
    for (QWidget* w : delays->findChildren<QWidget*>())
        if (w->isVisible() && !qobject_cast<QLabel*>(w)) {
            INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
            CHECK(w->width() >= w->minimumSizeHint().width());
        }
}

TEST_CASE("the menu per role: the IPRP sees the medical record only with a live delegation, and never the invoices")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::SheetFixture fx;
    ui::ModuleRegistry registry;
    desktop::registerAllModules(registry);
    const auto ids = [&](security::Session& session) {
        QStringList out;
        for (const ui::ModuleEntry& e : registry.entriesFor(session))
            out << e.id;
        return out;
    };
    const qint64 deniedBefore =
        test::value(*fx.admin, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied'")).toLongLong();
    CHECK(ids(*fx.iprp) == QStringList{QStringLiteral("workers"), QStringLiteral("declaration"), QStringLiteral("establishments"),
                                       QStringLiteral("companysheets")});
    CHECK_FALSE(ids(*fx.assistant).contains(QStringLiteral("records"))); // delegated the same way
    CHECK(ids(*fx.nurse).contains(QStringLiteral("records")));
    CHECK(ids(*fx.physician).contains(QStringLiteral("records")));
    CHECK_FALSE(ids(*fx.admin).contains(QStringLiteral("records")));
    CHECK(ids(*fx.admin).contains(QStringLiteral("settings")));
    CHECK_FALSE(ids(*fx.planner).contains(QStringLiteral("records")));
    CHECK_FALSE(ids(*fx.iprp).contains(QStringLiteral("settings")));
    // Deciding the menu provokes no refusal.
    CHECK(test::value(*fx.admin, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied'")).toLongLong() == deniedBefore);

    // The team's physician delegates parts 1° and 2°: the record is in the IPRP's menu while it lasts.
    const QDate today = fx.iprp->clock().today();
    REQUIRE(security::DelegationStore::grant(*fx.physician, QStringLiteral("iprp"), today, today.addDays(30), fx.teamId));
    CHECK(ids(*fx.iprp).contains(QStringLiteral("records")));

    // The establishments page: contributions and invoices for the assistant, not for the IPRP.
    membership::EstablishmentsPage iprpPage(*fx.iprp);
    membership::EstablishmentsPage assistantPage(*fx.assistant);
    auto* iprpInvoices = iprpPage.findChild<QPushButton*>(QStringLiteral("invoicesButton"));
    auto* assistantInvoices = assistantPage.findChild<QPushButton*>(QStringLiteral("invoicesButton"));
    REQUIRE(iprpInvoices);
    REQUIRE(assistantInvoices);
    CHECK(iprpInvoices->isHidden());
    CHECK_FALSE(assistantInvoices->isHidden());
}
