// Issue 13 item 3 on the screens: the administrator disables, re-enables (temporary password shown
// once), changes a role, removes a member and unassigns an establishment from the accounts page with
// the keyboard; the re-enabled physician must choose her own password in the sign-in dialog.
#include "catch_qt.h"

#include "GuiSupport.h"
#include "LoginDialog.h"
#include "Translations.h"

#include "security/AccountStore.h"
#include "security/SignIn.h"
#include "security/TeamStore.h"
#include "security/ui/AccountsPage.h"
#include "storage/KeyRing.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

using namespace vigie;
using security::AccountsPage;

namespace {
const QString AdminPassword = QStringLiteral("Clef-Solide-2026!");
const QString Common = QStringLiteral("Clef-Tres-Longue-77");

void press(QWidget* w, Qt::Key key)
{
    w->setFocus(Qt::TabFocusReason);
    QTest::keyClick(w, key);
}

void selectRow(QTableWidget* table, const QString& login)
{
    table->setFocus(Qt::TabFocusReason);
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < table->rowCount() && table->item(table->currentRow(), AccountsPage::Login)->text() != login; ++i)
        QTest::keyClick(table, Qt::Key_Down);
    REQUIRE(table->item(table->currentRow(), AccountsPage::Login)->text() == login);
}

void selectItem(QListWidget* list, const QString& data)
{
    list->setFocus(Qt::TabFocusReason);
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < list->count() && list->currentItem()->data(Qt::UserRole).toString() != data; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    REQUIRE(list->currentItem()->data(Qt::UserRole).toString() == data);
}
} // namespace

TEST_CASE("accounts page: disable, enable with a temporary password, role, team member and establishment")
{
    guitest::isolateSettings();
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    core::ManualClock clock(guitest::demoNow());
    auto created = security::createDatabase(
        path, security::NewAccount{QStringLiteral("admin"), QStringLiteral("Alice Admin"), security::Role::Admin, {}},
        AdminPassword, clock);
    REQUIRE(created.ok());
    security::Session& admin = *created.value();
    for (const auto& [login, name, role] :
         {std::tuple{QStringLiteral("medecin"), QStringLiteral("Claire Fontaine"), security::Role::Physician},
          std::tuple{QStringLiteral("infirmier"), QStringLiteral("Hugo Martin"), security::Role::Nurse},
          std::tuple{QStringLiteral("planif"), QStringLiteral("Julie Bernard"), security::Role::Planner}}) {
        security::NewAccount a{login, name, role, {}};
        a.temporaryPassword = false;
        REQUIRE(security::AccountStore::create(admin, a, Common).ok());
    }
    auto team = security::TeamStore::create(admin, QStringLiteral("Équipe Fontaine"), QStringLiteral("medecin"));
    REQUIRE(team.ok());
    REQUIRE(security::TeamStore::addMember(admin, team.value().id, QStringLiteral("infirmier"), false));
    REQUIRE(admin.db().execScript(QStringLiteral(
        "INSERT INTO enterprises(id, siren, name, hlc, updated_by) VALUES ('ent', '732829320', 'Acme', '0', 'x');"
        "INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, hlc, updated_by) "
        "  VALUES ('est', 'ent', '73282932000074', 'Acme Lyon', 'acme lyon', '62.01Z', '0', 'x');")));
    REQUIRE(security::TeamStore::assignEstablishment(admin, team.value().id, QStringLiteral("73282932000074")));

    AccountsPage page(admin);
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    // Disable the physician: the row says so, her key slot is gone.
    selectRow(page.accountTable(), QStringLiteral("medecin"));
    CHECK(page.toggleActiveButton()->text() == AccountsPage::tr("Disa&ble"));
    press(page.toggleActiveButton(), Qt::Key_Space);
    INFO(page.accountsMessage()->text().toStdString());
    CHECK(page.accountTable()->item(page.accountTable()->currentRow(), AccountsPage::Active)->text() == AccountsPage::tr("No"));
    CHECK_FALSE(storage::KeyRing::load(storage::KeyRing::pathFor(path)).value().hasSlot(QStringLiteral("medecin")));
    CHECK_FALSE(security::signIn(path, QStringLiteral("medecin"), Common, clock).ok());
    CHECK(page.toggleActiveButton()->text() == AccountsPage::tr("Ena&ble"));

    // Enable her again: the temporary password is shown once, selectable.
    press(page.toggleActiveButton(), Qt::Key_Space);
    const QString message = page.accountsMessage()->text();
    const QRegularExpression shown(QStringLiteral("([A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4})"));
    const auto match = shown.match(message);
    REQUIRE(match.hasMatch());
    const QString temporary = match.captured(1);
    CHECK(page.accountTable()->item(page.accountTable()->currentRow(), AccountsPage::Active)->text() == AccountsPage::tr("Yes"));
    page.grab().save(QDir(guitest::screenDir()).filePath(QStringLiteral("accounts_enabled.png")));

    // Change the planner's role with the combo, by keyboard.
    selectRow(page.accountTable(), QStringLiteral("planif"));
    page.changeRoleCombo()->setFocus(Qt::TabFocusReason);
    const int asst = page.changeRoleCombo()->findData(security::roleCode(security::Role::Asst));
    while (page.changeRoleCombo()->currentIndex() != asst)
        QTest::keyClick(page.changeRoleCombo(), page.changeRoleCombo()->currentIndex() < asst ? Qt::Key_Down : Qt::Key_Up);
    press(page.changeRoleButton(), Qt::Key_Space);
    CHECK(page.accountTable()->item(page.accountTable()->currentRow(), AccountsPage::RoleTitle)->text() ==
          security::roleTitle(security::Role::Asst));
    CHECK(security::AccountStore::findByLogin(admin.db(), QStringLiteral("planif")).value().role == security::Role::Asst);

    // Team: remove the nurse, unassign the establishment.
    REQUIRE(page.memberList()->count() == 1);
    selectItem(page.memberList(), QStringLiteral("infirmier"));
    press(page.removeMemberButton(), Qt::Key_Space);
    CHECK(page.memberList()->count() == 0);
    CHECK(security::TeamStore::members(admin, team.value().id).value().isEmpty());
    REQUIRE(page.establishmentList()->count() == 1);
    selectItem(page.establishmentList(), QStringLiteral("73282932000074"));
    press(page.unassignButton(), Qt::Key_Space);
    CHECK(page.establishmentList()->count() == 0);
    CHECK_FALSE(page.teamMessage()->text().isEmpty());
    page.grab().save(QDir(guitest::screenDir()).filePath(QStringLiteral("accounts_team.png")));
    page.grab().save(QStringLiteral("/tmp/accounts_page.png"));

    // The physician signs in with the temporary password: she must choose her own first.
    desktop::LoginDialog dialog(path, clock);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.loginField(), QStringLiteral("medecin"));
    QTest::keyClicks(dialog.passwordField(), temporary);
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
    CHECK(dialog.result() != QDialog::Accepted);
    REQUIRE(dialog.choosingPassword());
    CHECK(dialog.newPasswordField()->isVisible());
    CHECK(dialog.takeSession() == nullptr);
    QTest::keyClicks(dialog.newPasswordField(), QStringLiteral("Mon-Secret-A-Moi-2026"));
    QTest::keyClicks(dialog.newPasswordConfirmationField(), QStringLiteral("Autre-Chose-2026"));
    QTest::keyClick(dialog.newPasswordConfirmationField(), Qt::Key_Return);
    CHECK_FALSE(dialog.errorText().isEmpty());
    dialog.grab().save(QStringLiteral("/tmp/login_choose.png"));
    CHECK(dialog.result() != QDialog::Accepted);
    QTest::keyClicks(dialog.newPasswordConfirmationField(), QStringLiteral("Mon-Secret-A-Moi-2026"));
    QTest::keyClick(dialog.newPasswordConfirmationField(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    auto session = dialog.takeSession();
    REQUIRE(session);
    CHECK_FALSE(session->mustChangePassword());
    session.reset();
    CHECK_FALSE(security::signIn(path, QStringLiteral("medecin"), temporary, clock).ok());
    auto own = security::signIn(path, QStringLiteral("medecin"), QStringLiteral("Mon-Secret-A-Moi-2026"), clock);
    REQUIRE(own.ok());
    CHECK_FALSE(own.value()->mustChangePassword());
}
