// ui::ThesaurusPicker on the offscreen platform: keyboard first (type, Up/Down, Enter, Tab, Escape),
// code, label and hierarchy listed, exact code first, then the codes this user used recently; and the
// same picker on the real store through the thesaurus adapter.
#include "ThesaurusTestSupport.h"
#include "catch_qt.h"

#include "thesaurus/ui/ThesaurusPickerAdapter.h"
#include "ui/ThesaurusPicker.h"

#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace vigie;
using ui::CodeChoice;
using ui::ThesaurusPicker;

namespace {
void isolateSettings()
{
    static QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

// An in-memory provider: substring search on "code label", exact code flagged.
class FakeProvider : public ui::CodeProvider
{
public:
    QList<CodeChoice> all{
        {QStringLiteral("VIP"), QStringLiteral("Visite d'information et de prévention"), {}, {}, false, false},
        {QStringLiteral("VIP_RENEWAL"), QStringLiteral("Visite d'information et de prévention périodique"), {}, {}, false, false},
        {QStringLiteral("EMA"), QStringLiteral("Examen médical d'aptitude"), {QStringLiteral("SIR Suivi renforcé")}, {}, false, false},
        {QStringLiteral("RETURN"), QStringLiteral("Visite de reprise"), {}, {}, false, false},
        {QStringLiteral("ON_REQUEST"), QStringLiteral("Visite à la demande"), {}, {}, false, false},
    };
    int searches = 0;
    QString systemId() const override { return QStringLiteral("visit_kind"); }
    core::Result<QList<CodeChoice>> search(const QString& text, int limit) override
    {
        ++searches;
        QList<CodeChoice> out;
        for (CodeChoice c : all) {
            if (!(c.code + QLatin1Char(' ') + c.label).contains(text, Qt::CaseInsensitive))
                continue;
            c.exactCode = c.code.compare(text, Qt::CaseInsensitive) == 0;
            out << c;
        }
        return out.mid(0, limit);
    }
    std::optional<CodeChoice> lookup(const QString& code) override
    {
        for (const CodeChoice& c : all)
            if (c.code == code)
                return c;
        return std::nullopt;
    }
};

struct Form {
    QWidget window;
    ThesaurusPicker* picker = new ThesaurusPicker(&window);
    QLineEdit* next = new QLineEdit(&window);
    std::shared_ptr<FakeProvider> provider = std::make_shared<FakeProvider>();

    Form()
    {
        isolateSettings();
        picker->setRecentScope(QStringLiteral("acc-nurse"));
        picker->setProvider(provider);
        picker->setGeometry(10, 10, 400, 30);
        next->setGeometry(10, 60, 200, 30);
        window.resize(640, 200);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        picker->setFocus();
    }
    void type(const char* text)
    {
        QTest::keyClicks(picker->lineEdit(), QString::fromUtf8(text));
        picker->searchNow();
    }
    void key(Qt::Key k) { QTest::keyClick(picker->lineEdit(), k); }
};
} // namespace

TEST_CASE("picker: type, choose with the arrows, confirm with Enter, the list shows code, label and hierarchy")
{
    Form f;
    QSignalSpy chosen(f.picker, &ThesaurusPicker::codeChosen);
    f.type("visite");
    REQUIRE(f.picker->isPopupVisible());
    CHECK(f.picker->shownCodes() == QStringList{QStringLiteral("VIP"), QStringLiteral("VIP_RENEWAL"), QStringLiteral("RETURN"),
                                               QStringLiteral("ON_REQUEST")});
    f.key(Qt::Key_Down);
    f.key(Qt::Key_Down);
    f.key(Qt::Key_Up);
    f.key(Qt::Key_Return);
    CHECK_FALSE(f.picker->isPopupVisible());
    CHECK(f.picker->code() == QStringLiteral("VIP_RENEWAL"));
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.at(0).at(0).toString() == QStringLiteral("VIP_RENEWAL"));
    CHECK(f.picker->lineEdit()->text() == QStringLiteral("VIP_RENEWAL — Visite d'information et de prévention périodique"));

    f.picker->lineEdit()->selectAll();
    f.type("aptitude");
    QTreeWidgetItem* row = f.picker->resultList()->topLevelItem(0);
    REQUIRE(row);
    CHECK(row->text(0) == QStringLiteral("EMA"));
    CHECK(row->text(1) == QStringLiteral("Examen médical d'aptitude"));
    CHECK(row->text(2) == QStringLiteral("SIR Suivi renforcé"));
    // Tab confirms the current row and moves on.
    f.key(Qt::Key_Tab);
    CHECK(f.picker->code() == QStringLiteral("EMA"));
}

TEST_CASE("picker: the exact code first, then recently used codes, most recent first")
{
    Form f;
    QSettings().remove(QStringLiteral("thesaurus"));
    for (const char* code : {"RETURN", "ON_REQUEST"}) {
        f.picker->lineEdit()->selectAll();
        f.type(code);
        f.key(Qt::Key_Return);
        CHECK(f.picker->code() == QString::fromUtf8(code));
    }
    CHECK(f.picker->recentCodes() == QStringList{QStringLiteral("ON_REQUEST"), QStringLiteral("RETURN")});
    f.picker->lineEdit()->selectAll();
    f.type("visite");
    CHECK(f.picker->shownCodes() == QStringList{QStringLiteral("ON_REQUEST"), QStringLiteral("RETURN"), QStringLiteral("VIP"),
                                               QStringLiteral("VIP_RENEWAL")});
    f.key(Qt::Key_Escape);
    f.picker->lineEdit()->selectAll();
    f.type("vip");
    CHECK(f.picker->shownCodes().first() == QStringLiteral("VIP")); // typed exactly: before the recent ones
    // Empty field: Down lists the recent codes.
    f.key(Qt::Key_Escape);
    f.picker->lineEdit()->clear();
    f.key(Qt::Key_Down);
    REQUIRE(f.picker->isPopupVisible());
    CHECK(f.picker->shownCodes() == QStringList{QStringLiteral("ON_REQUEST"), QStringLiteral("RETURN")});
    // Recent codes are per user.
    f.picker->setRecentScope(QStringLiteral("acc-other"));
    CHECK(f.picker->recentCodes().isEmpty());
}

TEST_CASE("picker: Escape restores the value, Enter on a typed code takes it at once, clearing and leaving empties it")
{
    Form f;
    f.picker->setCode(QStringLiteral("EMA"));
    CHECK(f.picker->lineEdit()->text() == QStringLiteral("EMA — Examen médical d'aptitude"));
    f.picker->lineEdit()->selectAll();
    f.type("reprise");
    CHECK(f.picker->isPopupVisible());
    f.key(Qt::Key_Escape);
    CHECK_FALSE(f.picker->isPopupVisible());
    CHECK(f.picker->code() == QStringLiteral("EMA"));
    CHECK(f.picker->lineEdit()->text() == QStringLiteral("EMA — Examen médical d'aptitude"));

    // Typing a code and Enter before the list appears: the best match is taken.
    f.picker->lineEdit()->selectAll();
    QTest::keyClicks(f.picker->lineEdit(), QStringLiteral("RETURN"));
    f.key(Qt::Key_Return);
    CHECK(f.picker->code() == QStringLiteral("RETURN"));

    QSignalSpy changed(f.picker, &ThesaurusPicker::codeChanged);
    f.picker->lineEdit()->clear();
    f.next->setFocus();
    QTRY_VERIFY(f.next->hasFocus());
    CHECK(f.picker->code().isEmpty());
    CHECK(changed.size() == 1);
}

TEST_CASE("picker on the real store: NAF by code or words, hierarchy shown, sections left out")
{
    isolateSettings();
    test::ThesaurusDb d;
    auto session = d.session(security::Role::Physician, QStringLiteral("medecin"));
    QWidget window;
    ThesaurusPicker* picker = thesaurus::makePicker(*session, QStringLiteral("naf"), &window);
    picker->setGeometry(0, 0, 400, 30);
    window.resize(600, 100);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    picker->setFocus();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("6201z"));
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    CHECK(picker->code() == QStringLiteral("62.01Z"));
    CHECK(picker->lineEdit()->text() == QStringLiteral("62.01Z — Programmation informatique"));
    CHECK(picker->lineEdit()->toolTip().startsWith(QStringLiteral("J Information et communication › 62 ")));

    picker->lineEdit()->selectAll();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("informatique"));
    picker->searchNow();
    REQUIRE(picker->resultList()->topLevelItemCount() > 0);
    CHECK(picker->shownCodes().first() == QStringLiteral("62.01Z")); // used just now
    for (const QString& code : picker->shownCodes())
        CHECK(code.size() == 6); // sub-classes only
    CHECK(picker->resultList()->topLevelItem(0)->text(2).contains(QStringLiteral("62.0 ")));

    auto communes = thesaurus::StoreCodeProvider(*session, QStringLiteral("commune"));
    auto hits = communes.search(QStringLiteral("saint etienne"), 5);
    REQUIRE(hits);
    CHECK(hits.value().first().code == QStringLiteral("42218"));
    CHECK(hits.value().first().hierarchy == QStringList{QStringLiteral("42 Loire")});
    CHECK(hits.value().first().detail == QStringLiteral("42000 42100 42230"));
    // A postal code is understood as well as an INSEE code: 69002 is Lyon 2e (its only postal code)
    // before Aigueperse (INSEE 69002); 42100, no commune's only postal code, leaves La Gimond first.
    hits = communes.search(QStringLiteral("69002"), 10);
    REQUIRE(hits);
    REQUIRE(hits.value().size() >= 2);
    CHECK(hits.value().first().code == QStringLiteral("69382"));
    CHECK(hits.value().first().label.startsWith(QStringLiteral("Lyon 2")));
    QStringList codes;
    for (const auto& c : hits.value())
        codes << c.code;
    CHECK(codes.contains(QStringLiteral("69002")));
    hits = communes.search(QStringLiteral("42100"), 10);
    REQUIRE(hits);
    CHECK(hits.value().first().code == QStringLiteral("42100"));
}
