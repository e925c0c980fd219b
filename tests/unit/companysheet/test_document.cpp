// The printed company sheet: the covering letter and the four pages in one PDF, every heading of the
// offer's plan present (pdftotext), and on every page the company, the version and its date in the
// header and the footer. Pages are rendered with pdftoppm into VIGIE_SCREEN_DIR for a human to look at.
#include "CompanySheetTestSupport.h"
#include "catch_qt.h"

#include "companysheet/CompanySheetStore.h"
#include "companysheet/SheetDocument.h"
#include "companysheet/SheetPlan.h"
#include "companysheet/print/SheetPrinter.h"
#include "membership/print/DocumentPrinter.h"

#include <QRegularExpression>
#include <QStandardPaths>

using namespace vigie;
using namespace vigie::companysheet;

namespace {
const QLocale French(QLocale::French, QLocale::France);

QString tool(const char* name) { return QStandardPaths::findExecutable(QString::fromLatin1(name)); }

// pdftotext writes the fonts' ligatures as such ("ﬁ"): compatibility-decomposed, like the white space.
QString normalised(QString s)
{
    s = s.normalized(QString::NormalizationForm_KC);
    s.replace(QChar(0x00A0), QLatin1Char(' '));
    s.replace(QChar(0x202F), QLatin1Char(' '));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return s.replace(spaces, QStringLiteral(" ")).trimmed();
}

QString pdfText(const QString& pdf, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    const auto r = test::run(tool("pdftotext"), args + QStringList{pdf, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    return normalised(QString::fromUtf8(r.out));
}

int pageCount(const QString& pdf)
{
    const auto r = test::run(tool("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void render(const QString& pdf, const QString& name)
{
    QString dir = qEnvironmentVariable("VIGIE_SCREEN_DIR");
    if (dir.isEmpty())
        dir = QDir::current().filePath(QStringLiteral("screens"));
    QDir().mkpath(dir);
    const auto r = test::run(tool("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), pdf,
                                                QDir(dir).filePath(name)});
    CHECK(r.exitCode == 0);
}

SheetDocumentData sample()
{
    SheetDocumentData d;
    d.service.name = QStringLiteral("Santé au Travail Val de Loire");
    d.service.street = QStringLiteral("8 rue des Tanneurs");
    d.service.postalCode = QStringLiteral("37000");
    d.service.city = QStringLiteral("Tours");
    d.member = test::sampleMember(QStringLiteral("73282932000074"), QStringLiteral("Boulangerie Moreau"));
    d.member.address.city = QStringLiteral("Paris");
    d.number = 3;
    d.validatedAt = QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC);
    d.createdOn = QDate(2019, 5, 6);
    d.authorName = QStringLiteral("Sophie Lambert");
    d.hash = QString(64, QLatin1Char('a'));
    const auto set = [&](const char* section, const char* field, const QString& text) {
        REQUIRE(d.content.setText(QString::fromLatin1(section), QString::fromLatin1(field), text));
    };
    set("identification", "member_since", QStringLiteral("2019-03-01"));
    set("identification", "name_address", QStringLiteral("Boulangerie Moreau\n14 rue Nationale\n37000 Tours"));
    set("identification", "naf", QStringLiteral("10.71C"));
    set("identification", "sir_declared", QStringLiteral("2"));
    set("advice", "synthesis", QStringLiteral("Exposition aux farines : installer une aspiration au pétrin. Port de charges : "
                                              "chariot pour les sacs de 25 kg."));
    set("organisation", "single_document", QStringLiteral("oui"));
    set("workforce", "headcount", QStringLiteral("9"));
    set("letter", "advice", QStringLiteral("Nous vous recommandons de mettre à jour votre document unique."));
    d.content.setExposures({ExposureEntry{QStringLiteral("CHIM.FARINE"), QStringLiteral("Poussières de farine"), 5, 1, 0, 1,
                                          QStringLiteral("Aspiration à installer")},
                            ExposureEntry{QStringLiteral("PHYS.BRUIT"), QStringLiteral("Bruit"), 2, 0, 0, 0, {}}});
    return d;
}
} // namespace

TEST_CASE("the printed sheet holds every heading of the plan, with the company, version and date on every page")
{
    REQUIRE_FALSE(tool("pdftotext").isEmpty());
    REQUIRE(membership::canPrintDocuments());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("fiche.pdf"));
    REQUIRE(membership::printPdf(sheetDocument(sample(), French), pdf));

    const QString text = pdfText(pdf);
    for (const QString& heading : allHeadings()) {
        INFO(heading.toStdString());
        CHECK(text.contains(normalised(heading)));
    }
    CHECK(text.contains(QStringLiteral("Poussières de farine")));
    CHECK(text.contains(QStringLiteral("Aspiration à installer")));
    CHECK(text.contains(QStringLiteral("06/05/2019")));   // date de création: version 1
    CHECK(text.contains(QStringLiteral("01/03/2019")));   // date d'adhésion

    const int pageTotal = pageCount(pdf);
    CHECK(pageTotal >= 5); // the letter and four pages, each starting a new sheet
    for (int p = 1; p <= pageTotal; ++p) {
        INFO("page " << p);
        const QString page = pdfText(pdf, p);
        CHECK(page.count(QStringLiteral("Boulangerie Moreau")) >= 2); // header and footer
        CHECK(page.count(QStringLiteral("15/01/2026")) >= 2);
        CHECK(page.contains(QStringLiteral("Page %1 / %2").arg(p).arg(pageTotal)));
    }
    // Each plan page starts a sheet of paper: its title is on its own page.
    for (const PageDef& p : pages()) {
        bool found = false;
        for (int n = 1; n <= pageTotal && !found; ++n)
            found = pdfText(pdf, n).contains(normalised(p.title));
        CHECK(found);
    }
    render(pdf, QStringLiteral("companysheet"));
}

TEST_CASE("printing a stored version: the latest by default, a given one on demand, audited")
{
    test::SheetFixture fx;
    fx.addFacts();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("fiche.pdf"));
    CHECK(printSheetPdf(*fx.nurse, fx.establishmentId, 0, pdf).error().code == core::ErrorCode::Invalid); // no version yet

    for (const char* synthesis : {"Première synthèse", "Seconde synthèse"}) {
        auto draft = CompanySheetStore::startDraft(*fx.iprp, fx.establishmentId);
        REQUIRE(draft);
        REQUIRE(draft.value().content.setText(QStringLiteral("advice"), QStringLiteral("synthesis"), QString::fromUtf8(synthesis)));
        REQUIRE(CompanySheetStore::saveDraft(*fx.iprp, draft.value().info.id, draft.value().content));
        REQUIRE(CompanySheetStore::validate(*fx.iprp, draft.value().info.id));
    }
    REQUIRE(printSheetPdf(*fx.nurse, fx.establishmentId, 0, pdf));
    QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Seconde synthèse")));
    CHECK(text.contains(QStringLiteral("Atelier Dupont")));
    CHECK(text.contains(QStringLiteral("PHYS.BRUIT")));
    REQUIRE(printSheetPdf(*fx.nurse, fx.establishmentId, 1, pdf));
    text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Première synthèse")));
    CHECK_FALSE(text.contains(QStringLiteral("Seconde synthèse")));
    CHECK(test::value(*fx.nurse, QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'export' AND resource = 'companysheet' "
                                                "AND account = 'infirmier'")).toInt() == 2);
}
