// Membership through the desktop, driven like a user would on the offscreen platform: create a member
// (enterprise + establishment) in the establishments page and see it listed with its enterprise; a
// second establishment of the same SIREN joins it; the membership form gives the prevention culture
// score and prints the welcome sheet; the administrator sets the contribution and a planner issues the
// invoices. Screens are grabbed into VIGIE_SCREEN_DIR for a human to look at.
#include "catch_qt.h"

#include "GuiSupport.h"
#include "MainWindow.h"
#include "Modules.h"
#include "Translations.h"

#include "core/Clock.h"
#include "core/Siret.h"
#include "membership/ContributionStore.h"
#include "membership/EstablishmentStore.h"
#include "membership/InvoiceStore.h"
#include "membership/PreventionScore.h"
#include "membership/ui/EstablishmentsPage.h"
#include "membership/ui/InvoicesDialog.h"
#include "membership/ui/MemberDialog.h"
#include "membership/ui/MembershipFormDialog.h"
#include "membership/ui/SettingsDialog.h"
#include "security/SignIn.h"
#include "ui/ModuleRegistry.h"
#include "ui/ThesaurusPicker.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using membership::EstablishmentsPage;
using membership::MemberDialog;
using membership::formatSiret;

namespace {
using guitest::waitUntil;

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
    auto r = security::signIn(demo.path, login, guitest::DemoPassword, s->clock);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    s->session = std::move(r.value());
    desktop::registerAllModules(s->registry);
    return s;
}

void save(QWidget& widget, const QString& name)
{
    QCoreApplication::processEvents();
    const QString file = QDir(guitest::screenDir()).filePath(name);
    REQUIRE(widget.grab().save(file));
    CHECK(QFileInfo(file).size() > 1000);
}

void typeInto(QLineEdit* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(field, text);
    else
        field->insert(text); // QTest types ASCII only: the rest is pasted, as a user may do
    REQUIRE(field->text() == text);
}

// Types into a thesaurus picker and confirms the first code offered with Enter.
QString pick(ui::ThesaurusPicker* picker, const QString& text)
{
    INFO("picking " << text.toStdString());
    picker->lineEdit()->setFocus();
    QTest::keyClicks(picker->lineEdit(), text);
    picker->searchNow();
    REQUIRE(waitUntil([&] { return !picker->shownCodes().isEmpty(); }));
    INFO("offered " << picker->shownCodes().join(QLatin1Char(' ')).toStdString());
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return); // the first code offered
    REQUIRE(waitUntil([&] { return !picker->code().isEmpty(); }));
    return picker->code();
}

qint64 denials(security::Session& session)
{
    QSqlQuery q(session.db().sql());
    q.exec(QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied'"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

// A SIREN no demo enterprise has (the demo draws its SIRENs from 30000000x upwards). Computed in
// functions, not at static initialisation: core/Siret.cpp's La Poste constants may not be initialised
// yet then, and luhnCompleteSiret would apply the La Poste rule to every number.
QString siren() { return core::luhnCompleteSiren(QStringLiteral("29999991")); }
QString siret(int nic) { return core::luhnCompleteSiret(siren() + QStringLiteral("%1").arg(nic, 4, 10, QLatin1Char('0'))); }

void fillMember(MemberDialog& d, const QString& siret, const QString& name, const QString& commune)
{
    typeInto(d.siretField(), siret);
    QTest::keyClick(d.siretField(), Qt::Key_Tab); // editingFinished: the SIREN and the enterprise, if known
    if (d.enterpriseNameField()->text().isEmpty())
        typeInto(d.enterpriseNameField(), QStringLiteral("Boulangerie Moreau"));
    d.legalFormBox()->setCurrentText(QStringLiteral("SARL"));
    typeInto(d.nameField(), name);
    CHECK(pick(d.nafPicker(), QStringLiteral("10.71C")) == QStringLiteral("10.71C"));
    typeInto(d.streetField(), QStringLiteral("14 rue Nationale"));
    pick(d.communePicker(), commune);
    REQUIRE(d.postalCodeBox()->count() > 0);
    d.memberSinceEdit()->setDate(QDate(2024, 3, 1));
}
} // namespace

TEST_CASE("membership: create a member through the page, see it listed with its enterprise, fill its form")
{
    const QString Siret1 = siret(1);
    const QString Siret2 = siret(2);
    REQUIRE(core::validateSiret(Siret1));
    auto s = signInAs(QStringLiteral("planif"));
    desktop::MainWindow window(s->session.get(), guitest::demoDatabase().path, s->registry, s->clock);
    window.resize(1280, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showPage(QStringLiteral("establishments")));
    auto* page = qobject_cast<EstablishmentsPage*>(window.currentPage());
    REQUIRE(page);
    CHECK(page->newButton()->isVisible());
    CHECK_FALSE(page->teamButton()->isVisible()); // the administrator's
    const qint64 deniedBefore = denials(*s->session);

    // A wrong SIRET key: the store refuses, the dialog says why and stays open.
    QPointer<MemberDialog> dialog = page->newMember();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QString wrong = Siret1;
    wrong[13] = QChar(u'0' + (wrong[13].digitValue() + 1) % 10);
    fillMember(*dialog, wrong, QStringLiteral("Boulangerie Moreau – Fournil de Tours"), QStringLiteral("Tours"));
    CHECK(dialog->communePicker()->code() == QStringLiteral("37261"));
    CHECK(dialog->postalCodeBox()->findText(QStringLiteral("37000")) >= 0);
    dialog->postalCodeBox()->setCurrentText(QStringLiteral("37000"));
    dialog->addContact(membership::Contact{{}, membership::ContactRole::Employer, QStringLiteral("Claire Moreau"),
                                           QStringLiteral("02 47 12 34 56"), QStringLiteral("claire@moreau.example")});
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(dialog->messageLabel()->text().contains(wrong));
    save(*dialog, QStringLiteral("member_dialog_error.png"));

    // Corrected, saved: listed, selected, with its details and its enterprise.
    typeInto(dialog->siretField(), formatSiret(Siret1));
    QTest::keyClick(dialog->siretField(), Qt::Key_Tab);
    save(*dialog, QStringLiteral("member_dialog.png"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    INFO((dialog ? dialog->messageLabel()->text() + QStringLiteral(" | siret field: ") + dialog->siretField()->text() + QStringLiteral(" expected ") + Siret1 : QString()).toStdString());
    REQUIRE(waitUntil([&] { return !page->selectedId().isEmpty(); }));
    CHECK(page->rows().at(page->resultView()->currentIndex().row()).siret == Siret1);
    CHECK(page->model()->item(page->resultView()->currentIndex().row(), EstablishmentsPage::Siret)->text() == formatSiret(Siret1));
    CHECK(page->detailLabel()->text().contains(formatSiret(Siret1)));
    CHECK(page->detailLabel()->text().contains(QStringLiteral("Claire Moreau")));
    REQUIRE(page->enterpriseTable()->rowCount() == 2); // the establishment and the enterprise's total
    auto first = membership::EstablishmentStore::findBySiret(*s->session, Siret1);
    REQUIRE(first);
    REQUIRE(first.value().has_value());
    CHECK(first.value()->address.city == QStringLiteral("Tours"));
    CHECK(first.value()->naf == QStringLiteral("10.71C"));
    CHECK_FALSE(first.value()->memberNumber.isEmpty());

    // A second establishment of the same SIREN: the enterprise is recognised, both are shown together.
    dialog = page->newMember();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    typeInto(dialog->siretField(), Siret2);
    QTest::keyClick(dialog->siretField(), Qt::Key_Tab);
    CHECK(dialog->enterpriseNameField()->text() == QStringLiteral("Boulangerie Moreau"));
    CHECK_FALSE(dialog->enterpriseHint()->text().isEmpty());
    fillMember(*dialog, Siret2, QStringLiteral("Boulangerie Moreau – Joué"), QStringLiteral("joue les tours"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] {
        return !page->selectedId().isEmpty() && page->rows().at(page->resultView()->currentIndex().row()).siret == Siret2;
    }));
    REQUIRE(page->enterpriseTable()->rowCount() == 3);
    QStringList sirets;
    for (int r = 0; r < 2; ++r)
        sirets << page->enterpriseTable()->item(r, 0)->text();
    CHECK(sirets == QStringList({formatSiret(Siret1), formatSiret(Siret2)}));
    CHECK(page->enterpriseCaption()->text().contains(membership::formatSiren(siren())));
    save(window, QStringLiteral("establishments_new_member.png"));

    // The membership form: five yes of six give 4,2; the welcome sheet is printed.
    auto* form = page->openMembershipForm();
    REQUIRE(form);
    REQUIRE(QTest::qWaitForWindowExposed(form));
    for (int i = 0; i < membership::PreventionQuestionCount; ++i)
        QTest::mouseClick(form->answers(i)->button(i == 3 ? membership::MembershipFormDialog::No : membership::MembershipFormDialog::Yes),
                          Qt::LeftButton);
    CHECK(form->scoreLabel()->text().contains(membership::formatScore(42)));
    form->siBox()->setValue(7);
    form->sirBox()->setValue(1);
    // A risk chosen in the exposure thesaurus goes to the list, and the picker is ready for the next one.
    QTest::keyClicks(form->riskPicker()->lineEdit(), QStringLiteral("farine"));
    form->riskPicker()->searchNow();
    REQUIRE(waitUntil([&] { return !form->riskPicker()->shownCodes().isEmpty(); }));
    QTest::keyClick(form->riskPicker()->lineEdit(), Qt::Key_Return);
    REQUIRE(form->riskList()->count() == 1);
    CHECK(form->riskList()->item(0)->data(Qt::UserRole).toString() == QStringLiteral("CHIM.FARINE"));
    CHECK(form->riskPicker()->code().isEmpty());
    save(*form, QStringLiteral("membership_form.png"));
    CHECK(form->save());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("welcome.pdf"));
    const core::Status printed = form->printWelcomeSheet(pdf);
    INFO((printed ? QString() : printed.error().message).toStdString());
    REQUIRE(printed);
    QProcess text;
    text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(content.contains(membership::preventionQuestions()[0]));
    CHECK(content.contains(QStringLiteral("4,2")));
    form->close();

    CHECK(denials(*s->session) == deniedBefore);
}

TEST_CASE("contributions: the administrator sets the year, a planner issues the invoices and records a payment")
{
    const int year = guitest::demoNow().date().year();
    {
        auto admin = signInAs(QStringLiteral("admin"));
        desktop::MainWindow window(admin->session.get(), guitest::demoDatabase().path, admin->registry, admin->clock);
        window.show();
        REQUIRE(window.showPage(QStringLiteral("establishments")));
        auto* page = qobject_cast<EstablishmentsPage*>(window.currentPage());
        REQUIRE(page);
        CHECK_FALSE(page->newButton()->isVisible()); // members are the membership roles'
        CHECK(page->invoicesButton()->isVisible());
        const qint64 deniedBefore = denials(*admin->session);

        membership::SettingsDialog settings(*admin->session, year);
        settings.show();
        REQUIRE(QTest::qWaitForWindowExposed(&settings));
        typeInto(settings.averageField(), QStringLiteral("115,50"));
        typeInto(settings.rateField(), QStringLiteral("140,00"));
        CHECK_FALSE(settings.saveContribution());
        CHECK(settings.messageLabel()->text().contains(membership::formatMoney(14000)));
        typeInto(settings.rateField(), QStringLiteral("120,00"));
        CHECK(settings.saveContribution());
        membership::ServiceIdentity id;
        id.name = QStringLiteral("Santé au Travail Val de Loire");
        id.legalForm = QStringLiteral("Association loi 1901");
        id.street = QStringLiteral("8 rue des Tanneurs");
        id.postalCode = QStringLiteral("37000");
        id.city = QStringLiteral("Tours");
        id.siret = core::luhnCompleteSiret(core::luhnCompleteSiren(QStringLiteral("77556611")) + QStringLiteral("0001"));
        id.vatExemption = QStringLiteral("Exonération de TVA – article 261-7-1° du CGI");
        REQUIRE(membership::ContributionStore::setServiceIdentity(*admin->session, id));
        save(settings, QStringLiteral("contribution_settings.png"));
        CHECK(denials(*admin->session) == deniedBefore);
    }

    auto s = signInAs(QStringLiteral("planif"));
    desktop::MainWindow window(s->session.get(), guitest::demoDatabase().path, s->registry, s->clock);
    window.show();
    REQUIRE(window.showPage(QStringLiteral("establishments")));
    auto* page = qobject_cast<EstablishmentsPage*>(window.currentPage());
    REQUIRE(page);
    auto* invoices = page->openInvoices();
    REQUIRE(invoices);
    REQUIRE(QTest::qWaitForWindowExposed(invoices));
    CHECK_FALSE(invoices->settingsButton()->isVisible());
    CHECK(invoices->rateLabel()->text().contains(membership::formatMoney(12000)));
    auto report = invoices->issue();
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report);
    REQUIRE(report.value().issued > 0);
    CHECK(invoices->table()->rowCount() == report.value().issued + report.value().alreadyInvoiced);
    CHECK(invoices->table()->item(0, membership::InvoicesDialog::Number)->text() == membership::invoiceNumber(year, 1));
    invoices->table()->selectRow(0);
    const QString number = invoices->selectedNumber();
    auto inv = membership::InvoiceStore::load(*s->session, number);
    REQUIRE(inv);
    REQUIRE(invoices->recordPayment(number, inv.value().totals.includingVat, s->clock.today()));
    CHECK(invoices->table()->item(0, membership::InvoicesDialog::Status)->text() ==
          membership::paymentStatusTitle(membership::PaymentStatus::Paid));
    QTemporaryDir dir;
    REQUIRE(invoices->savePdf(number, dir.filePath(QStringLiteral("invoice.pdf"))));
    invoices->resize(1100, 600);
    save(*invoices, QStringLiteral("invoices_dialog.png"));
}
