// The IPRP's field work on screen (issue 19 item 6): in the company-sheet page, the establishment's
// Actions tab; Ctrl+Shift+N opens the dialog, driven with the keyboard: an empty title refused in the
// dialog, then the action's code chosen with the arrows, its title, a known worker found by typing and
// ticked with Space, the number of participants, others by function, the sheet version it fed and the
// report's path; Enter records it. The list shows it, the keyboard opens it, its report comes back
// byte for byte; then one action of every code of the workplace_action thesaurus, each listed under
// its French title. Screens grabbed at 1366x768 into VIGIE_SCREEN_DIR.
#include "catch_qt.h"

#include "GuiSupport.h"
#include "Translations.h"
#include "unit/companysheet/CompanySheetTestSupport.h"

#include "companysheet/CompanySheetStore.h"
#include "companysheet/ui/CompanySheetsPage.h"
#include "prevention/ActionStore.h"
#include "prevention/ui/ActionDialog.h"
#include "prevention/ui/ActionsPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace vigie;
using prevention::ActionDialog;
using prevention::ActionsPanel;

namespace {
void grab(QWidget& w, const QString& name)
{
    QCoreApplication::processEvents();
    w.grab().save(QDir(guitest::screenDir()).filePath(name));
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

// Runs `drive` on the action dialog once it is shown (modal: from the event loop of its exec()).
void onNextDialog(const std::function<void(ActionDialog*)>& drive)
{
    QTimer::singleShot(0, [drive] {
        auto* d = qobject_cast<ActionDialog*>(QApplication::activeModalWidget());
        CHECK(d);
        if (d)
            drive(d);
    });
}
} // namespace

TEST_CASE("the IPRP records a workplace action with its report, keyboard only, and finds it in the establishment's actions")
{
    i18n::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    test::SheetFixture fx;
    fx.addFacts(); // four workers employed today (2026-01-15)
    REQUIRE(test::exec(*fx.planner, QStringLiteral("UPDATE workers SET birth_name = 'DURAND', first_birth_first_name = 'Paul' "
                                                   "WHERE id = (SELECT min(id) FROM workers)")));
    auto draft = companysheet::CompanySheetStore::startDraft(*fx.iprp, fx.establishmentId);
    REQUIRE(draft);
    REQUIRE(companysheet::CompanySheetStore::validate(*fx.iprp, draft.value().info.id)); // version 1

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString reportPath = dir.filePath(QStringLiteral("etude-ergonomique.pdf"));
    QByteArray pdf("%PDF-1.4 étude ergonomique des postes de conditionnement\n");
    pdf.append(QByteArray(50000, '\x02'));
    {
        QFile f(reportPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(pdf) == pdf.size());
    }

    companysheet::CompanySheetsPage page(*fx.iprp);
    page.resize(1366, 768);
    page.show();
    QApplication::setActiveWindow(&page); // shortcuts fire in the active window only
    REQUIRE(QTest::qWaitForWindowActive(&page));
    auto* establishments = child<QListWidget>(&page, "establishments");
    REQUIRE(establishments);
    establishments->setFocus();
    QTest::keyClick(establishments, Qt::Key_Home);
    REQUIRE(establishments->currentRow() == 0);

    // Alt+T: the Actions tab ("Ac&tions"), empty so far.
    auto* tabs = page.findChild<QTabWidget*>();
    auto* panel = page.findChild<ActionsPanel*>();
    REQUIRE(tabs);
    REQUIRE(panel);
    QTest::keyClick(&page, Qt::Key_T, Qt::AltModifier);
    REQUIRE(tabs->currentWidget() == panel);
    REQUIRE(panel->isEnabled());
    CHECK(panel->table()->rowCount() == 0);
    // No primary-prevention action yet: due four years after the membership (1 March 2024).
    CHECK(panel->primaryPrevention()->text() ==
          QStringLiteral("Aucune action de prévention primaire enregistrée ici. La prochaine est due avant le 01/03/2028."));
    panel->table()->setFocus();

    bool driven = false;
    onNextDialog([&](ActionDialog* d) {
        auto* code = child<QComboBox>(d, "code");
        auto* title = child<QLineEdit>(d, "title");
        auto* participants = child<QSpinBox>(d, "participants");
        auto* filter = child<QLineEdit>(d, "workerFilter");
        auto* workers = child<QListWidget>(d, "workers");
        auto* names = child<QLineEdit>(d, "names");
        auto* version = child<QComboBox>(d, "version");
        auto* report = child<QLineEdit>(d, "report");
        auto* date = child<QDateEdit>(d, "date");
        if (!code || !title || !participants || !filter || !workers || !names || !version || !report || !date)
            return d->reject();
        QApplication::setActiveWindow(d); // the keyboard focus is the dialog's
        d->resize(720, 640);
        // Every code of the thesaurus is offered, under its title (never the code itself).
        CHECK(code->count() == prevention::actionCodes().size());
        for (int i = 0; i < code->count(); ++i)
            CHECK(code->itemText(i) != code->itemData(i).toString());
        CHECK(date->date() == QDate(2026, 1, 15));
        CHECK(date->maximumDate() == QDate(2026, 1, 15)); // an action is recorded once done
        CHECK(workers->count() == 4);
        // Enter with no title: refused in the dialog, which stays open.
        title->setFocus();
        QTest::keyClick(title, Qt::Key_Return);
        CHECK(d->isVisible());
        CHECK(d->message().contains(QStringLiteral("intitulé")));
        // The report's label has its buddy: its "&" is a mnemonic (Alt+R reaches the path), not shown as such.
        auto* reportLabel = child<QLabel>(d, "reportLabel");
        REQUIRE(reportLabel);
        CHECK(reportLabel->buddy() == report);
        for (QLabel* l : d->findChildren<QLabel*>())
            if (l->text().contains(QLatin1Char('&')))
                CHECK(l->buddy() != nullptr);
        QTest::keyClick(d, Qt::Key_R, Qt::AltModifier);
        CHECK(report->hasFocus());

        // The code with the arrows: Étude ergonomique (TMS).
        code->setFocus();
        QTest::keyClick(code, Qt::Key_Home);
        while (code->currentData().toString() != QLatin1String("ERGONOMIC_STUDY") && code->currentIndex() < code->count() - 1)
            QTest::keyClick(code, Qt::Key_Down);
        CHECK(code->currentText() == QStringLiteral("Étude ergonomique (TMS)"));
        QTest::keyClicks(title, QStringLiteral("Étude des postes de conditionnement"));
        CHECK(d->message().isEmpty()); // the refusal went with the title typed
        // A known worker: typed, Down to the list, Space ticks her.
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("dura"));
        QTest::keyClick(filter, Qt::Key_Down);
        CHECK(workers->hasFocus());
        QTest::keyClick(workers, Qt::Key_Space);
        REQUIRE(workers->currentItem());
        CHECK(workers->currentItem()->text() == QStringLiteral("DURAND Paul"));
        CHECK(workers->currentItem()->checkState() == Qt::Checked);
        CHECK(participants->value() == 1); // at least the workers named
        participants->setFocus();
        QTest::keyClick(participants, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(participants, QStringLiteral("6"));
        QTest::keyClicks(names, QStringLiteral("Responsable de production, deux membres du CSE"));
        version->setFocus();
        QTest::keyClick(version, Qt::Key_Down);
        CHECK(version->currentData().toInt() == 1);
        QTest::keyClicks(report, reportPath);
        grab(*d, QStringLiteral("workplace-action-dialog.png"));
        driven = true;
        title->setFocus();
        QTest::keyClick(title, Qt::Key_Return);
    });
    QTest::keyClick(panel->table(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(driven);

    // Listed, selected and opened.
    QTableWidget* table = panel->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("15/01/2026"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Étude ergonomique (TMS)"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Étude des postes de conditionnement"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("6 (1 nommé)"));
    CHECK(table->item(0, 5)->text() == QStringLiteral("version 1"));
    CHECK(table->item(0, 6)->text().startsWith(QStringLiteral("etude-ergonomique.pdf")));
    CHECK(panel->message() == QStringLiteral("Action en milieu de travail enregistrée."));
    // The action recorded is selected and opened below the list, the list has the focus.
    REQUIRE_FALSE(panel->selectedId().isEmpty());
    QApplication::setActiveWindow(&page); // back from the dialog
    CHECK(table->hasFocus());
    const QString details = panel->details()->toPlainText();
    CHECK(details.contains(QStringLiteral("Responsable de production, deux membres du CSE")));
    CHECK(details.contains(QStringLiteral("version 1")));
    CHECK(details.contains(QStringLiteral("etude-ergonomique.pdf")));
    // An ergonomic study is primary prevention: the next one is due four years after it.
    CHECK(panel->primaryPrevention()->text() ==
          QStringLiteral("Dernière action de prévention primaire : Étude ergonomique (TMS) le 15/01/2026. La prochaine est due avant le 15/01/2030."));
    grab(page, QStringLiteral("workplace-actions.png"));

    // Stored as typed: the code, its family, 6 participants of whom Durand, the version, the report.
    const QString id = panel->selectedId();
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT code || '/' || kind || '/' || participants FROM workplace_actions WHERE id = ?"), {id})
              .toString() == QStringLiteral("ERGONOMIC_STUDY/post_study/6"));
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT w.birth_name FROM workplace_action_participants p JOIN workers w ON w.id = p.worker_id "
                                               "WHERE p.action_id = ?"),
                      {id})
              .toString() == QStringLiteral("DURAND"));
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT sha256 FROM workplace_action_reports WHERE action_id = ?"), {id}).toString() ==
          QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    const QString back = dir.filePath(QStringLiteral("copie.pdf"));
    REQUIRE(panel->saveReport(back));
    QFile copy(back);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == pdf);

    // One action of every code of the thesaurus, chosen with the arrows, each listed under its title.
    const QStringList codes = prevention::actionCodes();
    for (int i = 0; i < codes.size(); ++i) {
        onNextDialog([i](ActionDialog* d) {
            auto* code = child<QComboBox>(d, "code");
            auto* title = child<QLineEdit>(d, "title");
            auto* participants = child<QSpinBox>(d, "participants");
            if (!code || !title || !participants)
                return d->reject();
            code->setFocus();
            QTest::keyClick(code, Qt::Key_Home);
            for (int k = 0; k < i; ++k)
                QTest::keyClick(code, Qt::Key_Down);
            participants->setFocus();
            QTest::keyClick(participants, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(participants, QString::number(i + 2));
            title->setFocus();
            QTest::keyClicks(title, QStringLiteral("Action n° %1").arg(i + 1));
            QTest::keyClick(title, Qt::Key_Return);
        });
        QApplication::setActiveWindow(&page);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    }
    QApplication::setActiveWindow(&page);
    REQUIRE(table->rowCount() == 1 + codes.size());
    QStringList listed;
    for (int r = 0; r < table->rowCount(); ++r)
        listed << table->item(r, 1)->text();
    for (const QString& c : codes) {
        INFO(c.toStdString());
        CHECK(listed.contains(prevention::actionCodeTitle(c)));
    }
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(DISTINCT code) FROM workplace_actions")).toInt() == codes.size());
    // The arrows open each one: the first and the last of the list, whole below it.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier); // a table's Ctrl+End: the last row
    CHECK(panel->details()->toPlainText().contains(table->item(table->rowCount() - 1, 2)->text()));
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    CHECK(panel->details()->toPlainText().contains(table->item(0, 2)->text()));
    CHECK(panel->selectedId() == table->item(0, 0)->data(Qt::UserRole).toString());
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'workplace_action' AND action = 'write'")).toInt() ==
          1 + codes.size());
    // Locking the page (clearPersonalData) empties the list.
    page.clearPersonalData();
    CHECK(table->rowCount() == 0);
    CHECK_FALSE(panel->isEnabled());
}
