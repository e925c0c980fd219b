// The workforce declaration page (issue 5 part 5) driven like a user would on the demo database:
// the page is offered to the roles with the Membership or Planning module; the guided form gives its
// guidance as you type (a risk implying SIR, a minor on a night post, a missing start date), identity
// vigilance asks before a likely duplicate is added, and a declared workforce shows its distribution
// by category, as a table and a chart. Screens are grabbed into VIGIE_SCREEN_DIR.
#include "catch_qt.h"

#include "GuiSession.h"
#include "Translations.h"

#include "core/Clock.h"
#include "security/Role.h"
#include "security/Session.h"
#include "security/SignIn.h"
#include "ui/ModuleRegistry.h"
#include "ui/Navigator.h"
#include "ui/ThesaurusPicker.h"
#include "workforce/WorkerStore.h"
#include "workforce/ui/DeclarationPage.h"
#include "workforce/ui/DistributionChart.h"
#include "workforce/ui/WorkforceUi.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace vigie;
using guitest::signInAs;
using guitest::screenDir;
using guitest::waitUntil;
using workforce::DeclarationPage;

namespace {

// Types character by character (QTest's key tables only know ASCII: other characters are inserted
// as an input method would).
void type(QLineEdit* field, const QString& text)
{
    field->clear();
    field->setFocus();
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(field, char(c.unicode()));
        else
            field->insert(QString(c));
    }
}

// Types into a thesaurus picker and confirms the first code found with Enter.
void pick(ui::ThesaurusPicker* picker, const QString& text)
{
    picker->lineEdit()->clear();
    QTest::keyClicks(picker->lineEdit(), text); // ASCII only
    picker->searchNow();
    REQUIRE(waitUntil([&] { return picker->isPopupVisible() && !picker->shownCodes().isEmpty(); }));
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
}

QString cell(QTableWidget* t, int row, int column) { return t->item(row, column) ? t->item(row, column)->text() : QString(); }

// A message of the workforce module as the page shows it, in the interface language.
QString shown(const char* source)
{
    return QCoreApplication::translate("vigie::workforce", source).toHtmlEscaped();
}
const char* MissingStart = "the start date is missing: it sets the deadline of the initial visit";
const char* MinorNight = "a worker under 18 on a night post: night work is forbidden to minors save derogations (L3163-2); "
                         "visit before assignment (R4624-18)";

} // namespace

TEST_CASE("the declaration page is offered to the roles with the Membership or Planning module")
{
    ui::ModuleRegistry registry;
    workforce::registerWorkforceUi(registry);
    auto ids = [&](security::Role role) {
        QStringList out;
        for (const ui::ModuleEntry& e : registry.entriesFor(role))
            out << e.id;
        return out;
    };
    using security::Role;
    for (Role r : {Role::Physician, Role::CollaboratorPhysician, Role::Intern, Role::Nurse, Role::Iprp, Role::Asst, Role::Planner})
        CHECK(ids(r).contains(QStringLiteral("declaration")));
    for (Role r : {Role::Director, Role::Admin, Role::SocialWorker})
        CHECK_FALSE(ids(r).contains(QStringLiteral("declaration")));
}

TEST_CASE("declare a workforce with the guided form and see its distribution")
{
    auto s = signInAs(QStringLiteral("medecin"));
    security::Session& session = *s->session;
    const int year = s->clock.today().year();
    const QString y = QString::number(year);

    DeclarationPage page(session);
    page.resize(1360, 1000);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.establishmentBox()->count() > 0);
    CHECK(page.yearBox()->value() == year);
    page.establishmentBox()->setCurrentIndex(page.establishmentBox()->count() - 1);
    CHECK_FALSE(page.declareButton()->isEnabled());

    // 1. A welder exposed to asbestos: the SIR guidance appears as the risk is chosen.
    type(page.birthNameField(), QStringLiteral("Valéry-Lancelot"));
    CHECK(page.guidanceLabel()->text().contains(QStringLiteral("date de naissance"))); // "to complete", as the user knows it
    CHECK_FALSE(page.guidanceLabel()->text().contains(QStringLiteral("birth_date")));  // never the field's name
    type(page.firstNamesField(), QStringLiteral("Marie Hélène"));
    type(page.birthDateField(), QStringLiteral("12/03/1980"));
    page.sexBox()->setCurrentIndex(page.sexBox()->findData(QStringLiteral("F")));
    type(page.postTitleField(), QStringLiteral("Soudeuse"));
    pick(page.contractPicker(), QStringLiteral("CDI"));
    CHECK(page.contractPicker()->code() == QStringLiteral("CDI"));
    CHECK(page.guidanceLabel()->text().contains(shown(MissingStart)));
    type(page.startDateField(), QStringLiteral("15/01/") + y);
    CHECK_FALSE(page.guidanceLabel()->text().contains(shown(MissingStart)));
    pick(page.exposurePicker(), QStringLiteral("amiante fibres"));
    REQUIRE(page.exposureList()->count() == 1);
    CHECK(page.exposureList()->item(0)->text() == QStringLiteral("Amiante (fibres)")); // its label, the code as tooltip
    CHECK(page.categoryLabel()->text().contains(QStringLiteral("SIR")));
    CHECK(page.categoryLabel()->text().contains(QString::fromUtf8("amiante (R4624-23 I 1°)")));
    CHECK(page.guidanceLabel()->text().contains(QStringLiteral("Amiante (fibres)")));
    CHECK_FALSE(page.guidanceLabel()->text().contains(QStringLiteral("CHIM.AMIANTE"))); // no internal code on screen
    REQUIRE(page.grab().save(QDir(screenDir()).filePath(QStringLiteral("declaration_guidance_sir.png"))));
    REQUIRE(page.addCurrentLine());
    CHECK(page.linesTable()->rowCount() == 1);
    CHECK(cell(page.linesTable(), 0, 9) == QStringLiteral("SIR"));
    CHECK(page.birthNameField()->text().isEmpty()); // the form is ready for the next worker

    // 2. A minor on a night post: warned, still declarable (SIA).
    type(page.birthNameField(), QStringLiteral("Quintard"));
    type(page.firstNamesField(), QStringLiteral("Léo"));
    type(page.birthDateField(), QStringLiteral("10/05/") + QString::number(year - 17));
    page.sexBox()->setCurrentIndex(page.sexBox()->findData(QStringLiteral("M")));
    type(page.postTitleField(), QStringLiteral("Apprenti boulanger"));
    pick(page.contractPicker(), QStringLiteral("APPRENTICE"));
    type(page.startDateField(), QStringLiteral("01/09/") + y);
    QTest::mouseClick(page.nightWorkBox(), Qt::LeftButton, {}, QPoint(8, page.nightWorkBox()->height() / 2));
    REQUIRE(page.nightWorkBox()->isChecked());
    CHECK(page.guidanceLabel()->text().contains(shown(MinorNight)));
    CHECK(page.categoryLabel()->text().contains(QStringLiteral("SIA")));
    REQUIRE(page.grab().save(QDir(screenDir()).filePath(QStringLiteral("declaration_guidance_minor_night.png"))));
    REQUIRE(page.addCurrentLine());

    // 3. A worker who looks like one already known: identity vigilance asks first.
    // An adult (a minor's line would be SIA, and the distribution below counts one line per category).
    auto someone = workforce::WorkerStore::findByName(session, QStringLiteral("b"), 50);
    REQUIRE(someone.ok());
    workforce::WorkerSummary known;
    for (const workforce::WorkerSummary& w : someone.value())
        if (known.id.isEmpty() && QDate::fromString(w.birthDate, Qt::ISODate).year() < year - 25)
            known = w;
    REQUIRE_FALSE(known.id.isEmpty());
    type(page.birthNameField(), known.birthName.toUpper());
    type(page.firstNamesField(), known.firstBirthFirstName);
    type(page.birthDateField(), QDate::fromString(known.birthDate, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")));
    page.sexBox()->setCurrentIndex(page.sexBox()->findData(known.sex));
    type(page.postTitleField(), QStringLiteral("Comptable"));
    pick(page.contractPicker(), QStringLiteral("CDI"));
    type(page.startDateField(), QStringLiteral("02/03/2015"));
    REQUIRE(waitUntil([&] { return page.duplicatesBox()->isVisible(); }, 3000));
    bool found = false;
    for (const workforce::DuplicateCandidate& c : page.duplicates())
        found = found || c.workerId == known.id;
    CHECK(found);
    auto* apart = page.duplicatesBox()->findChild<QRadioButton*>(QStringLiteral("duplicateApart"));
    if (apart) {
        CHECK_FALSE(page.addCurrentLine()); // not before the question is answered
        CHECK(page.guidanceLabel()->text().contains(
            DeclarationPage::tr("Identity vigilance: say whether this is the same person as a worker listed, or a different "
                                "person, before adding the line.")
                .toHtmlEscaped()));
        REQUIRE(page.grab().save(QDir(screenDir()).filePath(QStringLiteral("declaration_duplicate.png"))));
        apart->click();
    }
    REQUIRE(page.addCurrentLine());
    REQUIRE(page.linesTable()->rowCount() == 3);

    // Check, then declare: the distribution by category, as a table and a chart.
    QTest::mouseClick(page.checkButton(), Qt::LeftButton);
    REQUIRE(page.lastReport().has_value());
    INFO(page.statusLabel()->text().toStdString());
    CHECK_FALSE(page.lastReport()->hasErrors());
    CHECK_FALSE(page.lastReport()->accepted);
    QTest::mouseClick(page.declareButton(), Qt::LeftButton);
    REQUIRE(page.lastReport().has_value());
    REQUIRE(page.lastReport()->accepted);
    const workforce::Distribution& d = page.lastReport()->distribution;
    CHECK(d.si == 1);
    CHECK(d.sia == 1);
    CHECK(d.sir == 1);
    QTableWidget* table = page.distributionTable();
    CHECK(cell(table, 0, 1) == QStringLiteral("1"));
    CHECK(cell(table, 1, 1) == QStringLiteral("1"));
    CHECK(cell(table, 2, 1) == QStringLiteral("1"));
    CHECK(cell(table, 3, 1) == QStringLiteral("3"));
    CHECK(page.chart()->distribution().total() == 3);
    CHECK(page.differenceLabel()->text().contains(QStringLiteral("2")));
    CHECK(page.lastReport()->visitRequests.size() == 2);
    const QString file = QDir(screenDir()).filePath(QStringLiteral("declaration_distribution.png"));
    REQUIRE(page.grab().save(file));
    WARN("screen saved: " + file.toStdString());

    // Locking the session forgets every identity on screen.
    page.clearPersonalData();
    CHECK(page.linesTable()->rowCount() == 0);
    CHECK(page.chart()->distribution().total() == 0);
}

TEST_CASE("a CSV file imported in the page: a bad file is refused with its report, nothing is declared")
{
    auto s = signInAs(QStringLiteral("planif"));
    DeclarationPage page(*s->session);
    page.resize(1360, 1000);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.establishmentBox()->count() > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("effectif.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("birth_name;first_names;birth_date;sex;post_title;contract_type;start_date\n"
            "Ysambert;Paul;1975-11-30;M;Comptable;CDI;2010-03-01\n"
            "Xavier;Anne;31/02/1990;F;Vendeuse;CDX;\n");
    f.close();
    REQUIRE(page.importCsv(path));
    CHECK(page.linesTable()->rowCount() == 2);
    CHECK_FALSE(page.declare());
    REQUIRE(page.lastReport().has_value());
    CHECK(page.lastReport()->errorCount() == 3);
    CHECK(page.problemList()->count() == 3);
    CHECK(page.problemList()->item(0)->text().contains(QStringLiteral("date de naissance")));
    for (int i = 0; i < page.problemList()->count(); ++i)
        CHECK_FALSE(page.problemList()->item(i)->text().contains(QLatin1Char('_'))); // no field name on screen
    REQUIRE(page.grab().save(QDir(screenDir()).filePath(QStringLiteral("declaration_refused.png"))));
}

// Issue 18 item 2: F4 on a line of the declaration opens the record of the worker that line is
// recorded as, read from the line under the cursor. Before the declaration is written a new identity
// has no record, so F4 opens nothing; once declared, each line opens its own worker. The planner,
// who does not read records, is not offered the action.
TEST_CASE("F4 on a declared line opens that worker's record, a new identity not yet declared opens nothing")
{
    auto s = signInAs(QStringLiteral("medecin"));
    DeclarationPage page(*s->session);
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    REQUIRE(page.openRecordAction());
    CHECK(page.openRecordAction()->shortcut() == QKeySequence(Qt::Key_F4));
    REQUIRE(page.establishmentBox()->count() > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("effectif-f4.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("birth_name;first_names;birth_date;sex;post_title;contract_type;start_date\n"
            "Wolfhart;Ondine;1982-04-17;F;Magasinière;CDI;2019-06-03\n"
            "Zephirin;Aurèle;1991-09-08;M;Cariste;CDI;2021-02-15\n");
    f.close();
    REQUIRE(page.importCsv(path));
    REQUIRE(page.linesTable()->rowCount() == 2);

    QList<ui::SearchHit> opened;
    const auto c = QObject::connect(&ui::Navigator::instance(), &ui::Navigator::openRequested,
                                    [&](const ui::SearchHit& hit) { opened << hit; });
    QTableWidget* lines = page.linesTable();
    lines->setFocus();
    QTest::keyClick(lines, Qt::Key_Home);
    REQUIRE(lines->currentRow() == 0);
    QTest::keyClick(lines, Qt::Key_F4); // a new identity, nothing written yet: no record to open
    CHECK(opened.isEmpty());

    page.checkButton()->setFocus();
    QTest::keyClick(page.checkButton(), Qt::Key_Space); // the dry run
    REQUIRE(page.lastReport().has_value());
    INFO(page.statusLabel()->text().toStdString());
    REQUIRE_FALSE(page.lastReport()->hasErrors());
    lines->setFocus();
    QTest::keyClick(lines, Qt::Key_Home);
    QTest::keyClick(lines, Qt::Key_F4); // still a dry run: the identity would be new
    CHECK(opened.isEmpty());

    REQUIRE(page.declare());
    REQUIRE(page.lastReport()->accepted);
    REQUIRE(lines->rowCount() == 2);
    auto birthNameOf = [&](const QString& workerId) {
        QSqlQuery q(s->session->db().sql());
        q.prepare(QStringLiteral("SELECT birth_name FROM workers WHERE id = ?"));
        q.addBindValue(workerId);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    lines->setFocus();
    QTest::keyClick(lines, Qt::Key_Home);
    QTest::keyClick(lines, Qt::Key_Down);
    REQUIRE(lines->currentRow() == 1);
    QTest::keyClick(lines, Qt::Key_F4);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().kind == QStringLiteral("record"));
    CHECK(birthNameOf(opened.first().id).compare(QStringLiteral("Zephirin"), Qt::CaseInsensitive) == 0);
    QTest::keyClick(lines, Qt::Key_Up);
    QTest::keyClick(lines, Qt::Key_F4);
    REQUIRE(opened.size() == 2);
    CHECK(birthNameOf(opened.at(1).id).compare(QStringLiteral("Wolfhart"), Qt::CaseInsensitive) == 0);
    CHECK(ui::Navigator::instance().currentWorker() == opened.at(1).id);
    QObject::disconnect(c);
    ui::Navigator::instance().forget();

    auto planner = signInAs(QStringLiteral("planif"));
    DeclarationPage plannerPage(*planner->session);
    CHECK_FALSE(plannerPage.openRecordAction());
    for (QAction* a : plannerPage.actions())
        CHECK(a->shortcut() != QKeySequence(Qt::Key_F4));
}
