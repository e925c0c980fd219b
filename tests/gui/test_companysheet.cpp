// The "Company sheets" page driven like a user would on the offscreen platform: choose the
// establishment, start a draft (pre-filled), type in a section, save with Ctrl+S, validate with
// Ctrl+Return, see the history; a second version, the differences between the two, the print. The
// page is registered for the company-sheet roles only. Screens are grabbed into VIGIE_SCREEN_DIR.
#include "catch_qt.h"

#include "GuiSupport.h"
#include "unit/companysheet/CompanySheetTestSupport.h"

#include "companysheet/CompanySheetStore.h"
#include "companysheet/ui/CompanySheetUi.h"
#include "companysheet/ui/CompanySheetsPage.h"
#include "companysheet/ui/SendingDialog.h"
#include "ui/ModuleRegistry.h"
#include "ui/ThesaurusPicker.h"
#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyleOptionViewItem>
#include <QTimer>

#include <memory>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace vigie;
using namespace vigie::companysheet;

namespace {
void grab(QWidget& w, const QString& name)
{
    w.grab().save(QDir(guitest::screenDir()).filePath(name + QStringLiteral(".png")));
}

// Answers the next message box once shown (Yes or No); its buttons' texts go to `buttons`.
void answerNextQuestion(bool yes, QStringList* buttons = nullptr)
{
    QTimer::singleShot(0, [yes, buttons] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        CHECK(box);
        if (!box)
            return;
        if (buttons)
            for (QAbstractButton* b : box->buttons())
                *buttons << b->text().remove(QLatin1Char('&'));
        box->button(yes ? QMessageBox::Yes : QMessageBox::No)->click();
    });
}
} // namespace

TEST_CASE("the company sheets page: draft by section, keyboard save and validation, history, differences, print")
{
    // In French, as users see it (the guides' screenshots come from here).
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::SheetFixture fx;
    fx.addFacts();
    CompanySheetsPage page(*fx.iprp);
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    auto* establishments = page.findChild<QListWidget*>(QStringLiteral("establishments"));
    REQUIRE(establishments);
    REQUIRE(establishments->count() == 1);
    establishments->setCurrentRow(0);
    auto* history = page.findChild<QTableWidget*>(QStringLiteral("history"));
    REQUIRE(history);
    CHECK(history->rowCount() == 0);

    // Ctrl+N: a draft, pre-filled.
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    auto* synthesis = page.findChild<QPlainTextEdit*>(QStringLiteral("field.advice.synthesis"));
    auto* team = page.findChild<QPlainTextEdit*>(QStringLiteral("field.identification.team"));
    REQUIRE(synthesis);
    REQUIRE(team);
    REQUIRE(synthesis->isEnabled());
    CHECK(team->toPlainText().contains(QStringLiteral("iprp")));
    // Alt+Page Down moves to the next section and puts the focus on its first field.
    auto* sections = page.findChild<QListWidget*>(QStringLiteral("sections"));
    REQUIRE(sections);
    CHECK(sections->currentRow() == 0);
    QTest::keyClick(&page, Qt::Key_PageDown, Qt::AltModifier);
    CHECK(sections->currentRow() == 1);
    grab(page, QStringLiteral("companysheet-draft"));

    // An exposure of the thesaurus, added with the picker: code typed, Enter.
    auto* picker = page.findChild<ui::ThesaurusPicker*>(QStringLiteral("exposurePicker"));
    auto* exposures = page.findChildren<QTableWidget*>().last();
    REQUIRE(picker);
    REQUIRE(exposures->rowCount() == 1); // PHYS.BRUIT, from the employments
    page.showSection(8);                  // p. 4 — Exposures and risks
    REQUIRE(picker->isVisible());
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("CHIM.AMIANTE"));
    picker->searchNow();
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    REQUIRE(exposures->rowCount() == 2);
    CHECK(exposures->item(1, 0)->text() == QStringLiteral("CHIM.AMIANTE"));
    // The counts' cells take digits only, as typed: the editor of the temporary workers' column.
    auto* exposureTable = page.findChild<QTableWidget*>(QStringLiteral("exposures"));
    REQUIRE(exposureTable);
    REQUIRE(exposureTable->itemDelegateForColumn(4));
    {
        std::unique_ptr<QWidget> editor(exposureTable->itemDelegateForColumn(4)->createEditor(
            nullptr, QStyleOptionViewItem(), exposureTable->model()->index(1, 4)));
        auto* cell = qobject_cast<QLineEdit*>(editor.get());
        REQUIRE(cell);
        QTest::keyClicks(cell, QStringLiteral("x3 y"));
        CHECK(cell->text() == QStringLiteral("3"));
    }
    exposures->item(1, 4)->setText(QStringLiteral("3")); // three temporary workers
    grab(page, QStringLiteral("companysheet-exposures"));

    QTest::keyClicks(synthesis, QStringLiteral("Capoter la presse"));
    QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier);
    CHECK(page.message().contains(QStringLiteral("Brouillon enregistré")));
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT content FROM companysheet_drafts WHERE status = 'open'")).toString().contains(
        QStringLiteral("Capoter la presse")));

    // A count that is not a number is refused, naming the field.
    auto* headcount = page.findChild<QLineEdit*>(QStringLiteral("field.workforce.headcount"));
    REQUIRE(headcount);
    headcount->setText(QStringLiteral("douze"));
    CHECK_FALSE(page.saveDraft());
    CHECK(page.message().contains(QStringLiteral("Effectifs")));
    // Typed, the same letters do not even get in: the field takes digits only.
    headcount->clear();
    QTest::keyClicks(headcount, QStringLiteral("douze 1a2"));
    CHECK(headcount->text() == QStringLiteral("12"));

    // Validation asks first, in French; No leaves the draft open.
    QStringList buttons;
    answerNextQuestion(false, &buttons);
    QTest::keyClick(&page, Qt::Key_Return, Qt::ControlModifier);
    CHECK(buttons.contains(QStringLiteral("Oui")));
    CHECK(buttons.contains(QStringLiteral("Non")));
    CHECK(history->rowCount() == 0);
    CHECK(synthesis->isEnabled());
    CHECK(page.message() == QStringLiteral("Non validée : le brouillon reste ouvert."));
    answerNextQuestion(true);
    QApplication::setActiveWindow(&page); // back from the message box
    QTest::keyClick(&page, Qt::Key_Return, Qt::ControlModifier);
    CHECK(history->rowCount() == 1);
    const QList<ExposureEntry> validated = CompanySheetStore::version(*fx.iprp, fx.establishmentId, 1).value().content.exposures();
    REQUIRE(validated.size() == 2);
    CHECK(validated.first().code == QStringLiteral("CHIM.AMIANTE"));
    CHECK(validated.first().label == QStringLiteral("Amiante (fibres)"));
    CHECK(validated.first().interim == 3);
    CHECK_FALSE(synthesis->isEnabled()); // the draft is closed

    // A second version from the first, then the differences.
    history->selectRow(0);
    REQUIRE(page.startDraft());
    CHECK(synthesis->toPlainText() == QStringLiteral("Capoter la presse"));
    synthesis->setPlainText(QStringLiteral("Presse capotée en février"));
    answerNextQuestion(true);
    REQUIRE(page.validateDraft());
    QApplication::setActiveWindow(&page);
    REQUIRE(history->rowCount() == 2);
    CHECK(history->item(0, 0)->text() == QStringLiteral("2"));
    history->selectRow(0);
    QTest::keyClick(&page, Qt::Key_D, Qt::ControlModifier);
    auto* diff = page.findChild<QTextBrowser*>(QStringLiteral("diff"));
    REQUIRE(diff);
    CHECK(diff->toPlainText().contains(QStringLiteral("Synthèse et préconisations")));
    CHECK(diff->toPlainText().contains(QStringLiteral("Presse capotée en février")));
    grab(page, QStringLiteral("companysheet-history"));

    // "Sent to the employer", recorded from the page (Alt+P in French), keyboard only: version 2 went by
    // registered post today to the manager.
    history->selectRow(0);
    bool sentDriven = false;
    // The button's mnemonic clicks it after its press animation: the dialog is looked for until shown.
    auto* poll = new QTimer(&page);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, &page, [&, poll] {
        auto* d = qobject_cast<SendingDialog*>(QApplication::activeModalWidget());
        if (!d)
            return;
        poll->stop();
        QApplication::setActiveWindow(d);
        auto* channel = d->findChild<QComboBox*>(QStringLiteral("channel"));
        auto* recipient = d->findChild<QLineEdit*>(QStringLiteral("recipient"));
        auto* date = d->findChild<QDateEdit*>(QStringLiteral("sentOn"));
        if (!channel || !recipient || !date)
            return d->reject();
        CHECK(date->date() == QDate(2026, 1, 15));
        CHECK(date->maximumDate() == QDate(2026, 1, 15));
        channel->setFocus();
        while (channel->currentData().toString() != QLatin1String("registered_post") && channel->currentIndex() < channel->count() - 1)
            QTest::keyClick(channel, Qt::Key_Down);
        QTest::keyClick(channel, Qt::Key_Tab); // the recipient follows
        CHECK(recipient->hasFocus());
        QTest::keyClicks(recipient, QStringLiteral("M. Fontaine, directeur"));
        grab(*d, QStringLiteral("companysheet-sending"));
        sentDriven = true;
        QTest::keyClick(recipient, Qt::Key_Return);
    });
    poll->start();
    auto* sendButton = page.findChild<QPushButton*>(QStringLiteral("recordSending"));
    REQUIRE(sendButton);
    CHECK(sendButton->text() == QStringLiteral("Envoyée à l’em&ployeur…"));
    QApplication::setActiveWindow(&page);
    QTest::keyClick(&page, Qt::Key_P, Qt::AltModifier);
    REQUIRE(guitest::waitUntil([&] { return sentDriven && !QApplication::activeModalWidget(); }, 3000));
    CHECK(page.message() == QStringLiteral("Version 2 enregistrée comme envoyée à l’employeur."));
    CHECK(history->item(0, 4)->text().startsWith(QStringLiteral("15/01/2026")));
    const auto sendings = CompanySheetStore::version(*fx.iprp, fx.establishmentId, 2).value().info.sendings;
    REQUIRE(sendings.size() == 1);
    CHECK(sendings.first().channel == Channel::RegisteredPost);
    CHECK(sendings.first().recipient == QStringLiteral("M. Fontaine, directeur"));
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'send' AND outcome = 'allowed'")).toInt() == 1);

    // The establishments without a primary-prevention action in the interval: this one, none recorded.
    auto* without = page.findChild<QCheckBox*>(QStringLiteral("withoutPrimaryPrevention"));
    REQUIRE(without);
    without->setChecked(true);
    REQUIRE(establishments->count() == 1);
    CHECK(establishments->item(0)->text().endsWith(QStringLiteral("à faire avant le 01/03/2028")));
    without->setChecked(false);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("fiche.pdf"));
    REQUIRE(page.printTo(pdf));
    CHECK(QFileInfo(pdf).size() > 0);
    CHECK(CompanySheetStore::verify(*fx.iprp, fx.establishmentId).value().intact);
}

TEST_CASE("the company sheets page is registered for the company-sheet roles only")
{
    ui::ModuleRegistry registry;
    registerCompanySheetUi(registry);
    const auto has = [&](security::Role role) {
        for (const ui::ModuleEntry& e : registry.entriesFor(role))
            if (e.id == QLatin1String("companysheets"))
                return true;
        return false;
    };
    CHECK(has(security::Role::Iprp));
    CHECK(has(security::Role::Physician));
    CHECK(has(security::Role::Nurse));
    CHECK_FALSE(has(security::Role::Planner));
    CHECK_FALSE(has(security::Role::Director));
    CHECK_FALSE(has(security::Role::Admin));
}
