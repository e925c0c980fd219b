// The printed documents: the invoice carries the legal mentions of a French invoice, the welcome sheet
// presents the offer and the six questions in their French wording. Checked from the PDF itself with
// pdftotext, pdfinfo and pdffonts; the first pages are rendered with pdftoppm into VIGIE_SCREEN_DIR for
// a human to look at.
#include "MembershipTestSupport.h"
#include "catch_qt.h"

#include "membership/Documents.h"
#include "membership/PreventionScore.h"
#include "membership/print/DocumentPrinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace vigie;
using namespace vigie::membership;

namespace {
const QLocale French(QLocale::French, QLocale::France);

QString tool(const char* name) { return QStandardPaths::findExecutable(QString::fromLatin1(name)); }

// The PDF's text with every run of white space (no-break spaces included) as one space.
QString pdfText(const QString& pdf, const QStringList& extra = {})
{
    const auto r = test::run(tool("pdftotext"), extra + QStringList{pdf, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    QString text = QString::fromUtf8(r.out);
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    text.replace(QChar(0x202F), QLatin1Char(' '));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.replace(spaces, QStringLiteral(" "));
}

QString normalised(QString s)
{
    s.replace(QChar(0x00A0), QLatin1Char(' '));
    s.replace(QChar(0x202F), QLatin1Char(' '));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return s.replace(spaces, QStringLiteral(" ")).trimmed();
}

QString screenDir()
{
    QString dir = qEnvironmentVariable("VIGIE_SCREEN_DIR");
    if (dir.isEmpty())
        dir = QDir::current().filePath(QStringLiteral("screens"));
    QDir().mkpath(dir);
    return dir;
}

// Renders the first page at 100 dpi into VIGIE_SCREEN_DIR/<name>.png and returns the image.
QImage render(const QString& pdf, const QString& name, int page = 1)
{
    const QString prefix = QDir(screenDir()).filePath(name);
    const auto r = test::run(tool("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-f"),
                                                 QString::number(page), QStringLiteral("-l"), QString::number(page),
                                                 QStringLiteral("-singlefile"), pdf, prefix});
    REQUIRE(r.exitCode == 0);
    return QImage(prefix + QStringLiteral(".png"));
}

ServiceIdentity seller()
{
    ServiceIdentity s;
    s.name = QStringLiteral("Santé au Travail Val de Loire");
    s.legalForm = QStringLiteral("Association loi 1901");
    s.street = QStringLiteral("8 rue des Tanneurs");
    s.postalCode = QStringLiteral("37000");
    s.city = QStringLiteral("Tours");
    s.siret = core::luhnCompleteSiret(core::luhnCompleteSiren(QStringLiteral("77556611")) + QStringLiteral("0001"));
    s.vatExemption = QStringLiteral("Exonération de TVA – article 261-7-1° du CGI");
    s.paymentDays = 30;
    s.iban = QStringLiteral("FR76 3000 4000 0100 0012 3456 789");
    s.bic = QStringLiteral("BNPAFRPPXXX");
    s.phone = QStringLiteral("02 47 00 00 00");
    s.email = QStringLiteral("adherents@stvl.example");
    s.website = QStringLiteral("www.stvl.example");
    return s;
}

Invoice sampleInvoice(int serviceLines = 1)
{
    Invoice inv;
    inv.number = QStringLiteral("F2026-00042");
    inv.series = 2026;
    inv.seq = 42;
    inv.contributionYear = 2026;
    inv.issueDate = QDate(2026, 1, 15);
    inv.dueDate = QDate(2026, 2, 14);
    inv.seller = seller();
    inv.buyer = Buyer{QStringLiteral("Boulangerie Moreau SARL"), QStringLiteral("Boulangerie Moreau – Fournil de Tours"),
                      QStringLiteral("73282932000074"), QStringLiteral("A000317"), QStringLiteral("14 rue Nationale"),
                      QStringLiteral("Bâtiment B"), QStringLiteral("37000"), QStringLiteral("Tours")};
    inv.workers = 12;
    inv.lines.append(InvoiceLine{
        QCoreApplication::translate("vigie::membership",
                                    "Contribution %1 — ensemble socle of services (prevention, individual follow-up, "
                                    "job retention), per worker followed (L4622-6)")
            .arg(2026),
        12, 12000, 0});
    for (int i = 0; i < serviceLines; ++i)
        inv.lines.append(InvoiceLine{QStringLiteral("Étude de poste – boulanger (service du 10/12/2025)"), 2, 45000, 2000});
    inv.totals = invoiceTotals(inv.lines);
    return inv;
}
} // namespace

TEST_CASE("an invoice PDF carries the legal mentions of a French invoice")
{
    REQUIRE_FALSE(tool("pdftotext").isEmpty());
    REQUIRE(canPrintDocuments());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("invoice.pdf"));
    const Invoice inv = sampleInvoice();
    REQUIRE(inv.totals.includingVat == 144000 + 90000 + 18000);
    const PrintableDocument doc = invoiceDocument(inv, French);
    REQUIRE(printPdf(doc, pdf));

    const QString text = pdfText(pdf);
    const auto has = [&](const QString& s) { return text.contains(normalised(s)); };
    // Seller: name, legal form, address, SIREN within the SIRET, VAT status.
    CHECK(has(seller().name));
    CHECK(has(QStringLiteral("Association loi 1901")));
    CHECK(has(QStringLiteral("8 rue des Tanneurs")));
    CHECK(has(QStringLiteral("37000 Tours")));
    CHECK(has(formatSiret(seller().siret)));
    CHECK(has(seller().vatExemption));
    // Number and date; due date.
    CHECK(has(QStringLiteral("F2026-00042")));
    CHECK(has(QStringLiteral("15/01/2026")));
    CHECK(has(QStringLiteral("14/02/2026")));
    // Buyer: name, address, SIREN and SIRET, member number.
    CHECK(has(QStringLiteral("Boulangerie Moreau SARL")));
    CHECK(has(QStringLiteral("14 rue Nationale")));
    CHECK(has(QStringLiteral("732 829 320 00074")));
    CHECK(has(QStringLiteral("732 829 320")));
    CHECK(has(QStringLiteral("A000317")));
    // Lines: quantity, unit price, VAT rate, amount; totals.
    CHECK(has(QStringLiteral("120,00 €")));
    CHECK(has(QStringLiteral("1 440,00 €")));
    CHECK(has(QStringLiteral("450,00 €")));
    CHECK(has(QStringLiteral("900,00 €")));
    CHECK(has(QStringLiteral("20%")));
    CHECK(has(QStringLiteral("180,00 €")));   // VAT
    CHECK(has(QStringLiteral("2 340,00 €"))); // total excluding VAT
    CHECK(has(QStringLiteral("2 520,00 €"))); // total including VAT, net due
    // Payment terms, late-payment penalties and the 40 € fixed recovery indemnity.
    CHECK(has(QCoreApplication::translate("vigie::membership", "Payment terms")));
    CHECK(has(QCoreApplication::translate("vigie::membership", "No discount for early payment.")));
    CHECK(has(QStringLiteral("L441-10")));
    CHECK(has(QStringLiteral("D441-5")));
    CHECK(has(QStringLiteral("40,00 €")));
    CHECK(has(QStringLiteral("FR76 3000 4000 0100 0012 3456 789")));
    // Header and footer.
    CHECK(has(QStringLiteral("Page 1 / 1")));
    CHECK(has(QCoreApplication::translate("vigie::membership", "Invoice %1 of %2").arg(inv.number, QStringLiteral("15/01/2026"))));

    // One A4 page, fonts embedded, a title.
    const auto info = test::run(tool("pdfinfo"), {pdf});
    const QString infoText = QString::fromUtf8(info.out);
    INFO(infoText.toStdString());
    CHECK(infoText.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    CHECK(infoText.contains(QStringLiteral("(A4)")));
    CHECK(infoText.contains(QStringLiteral("F2026-00042")));
    const auto fonts = test::run(tool("pdffonts"), {pdf});
    INFO(fonts.out.toStdString());
    CHECK(QString::fromUtf8(fonts.out).contains(QStringLiteral("DejaVuSans")));
    // Every font embedded: the "emb" column (the fourth from the end) says yes.
    const QStringList fontLines = QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    CHECK_FALSE(fontLines.isEmpty());
    for (const QString& line : fontLines) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 5);
        CHECK(cols.at(cols.size() - 5) == QStringLiteral("yes"));
    }

    // Text at its real size (not the 3× too small of a screen layout on a 300-dpi page): the body's
    // words are about 9 pt high, the title about 17 pt.
    const auto bbox = test::run(tool("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression word(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    double titleHeight = 0;
    double numberHeight = 0;
    for (auto it = word.globalMatch(QString::fromUtf8(bbox.out)); it.hasNext();) {
        const auto m = it.next();
        const double h = m.captured(4).toDouble() - m.captured(2).toDouble();
        if (m.captured(5) == QCoreApplication::translate("vigie::membership", "INVOICE"))
            titleHeight = h;
        if (m.captured(5) == QStringLiteral("A000317"))
            numberHeight = h;
    }
    CHECK(titleHeight > 15);
    CHECK(titleHeight < 25);
    CHECK(numberHeight > 8);
    CHECK(numberHeight < 14);

    const QImage page = render(pdf, QStringLiteral("invoice_F2026-00042"));
    REQUIRE_FALSE(page.isNull());
    CHECK(page.width() == 827); // A4 at 100 dpi
    CHECK(page.height() == 1170);
}

TEST_CASE("a long invoice breaks into pages, each with its header and footer")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(printPdf(invoiceDocument(sampleInvoice(45), French), pdf));
    const auto info = test::run(tool("pdfinfo"), {pdf});
    static const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pages = pagesLine.match(QString::fromUtf8(info.out)).captured(1).toInt();
    REQUIRE(pages >= 2);
    for (int p = 1; p <= pages; ++p) {
        const QString text = pdfText(pdf, {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"), QString::number(p)});
        INFO("page " << p);
        CHECK(text.contains(QStringLiteral("Page %1 / %2").arg(p).arg(pages)));
        CHECK(text.contains(QStringLiteral("F2026-00042")));                       // header
        CHECK(text.contains(normalised(formatSiret(seller().siret))));             // footer
    }
    CHECK_FALSE(render(pdf, QStringLiteral("invoice_long_page2"), 2).isNull());
    CHECK_FALSE(render(pdf, QStringLiteral("invoice_long_last_page"), pages).isNull());
    // The lines' header row is repeated on the next page.
    CHECK(pdfText(pdf, {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2")})
              .contains(QCoreApplication::translate("vigie::membership", "Description")));
}

TEST_CASE("the welcome sheet presents the offer, the member and the six questions in French")
{
    WelcomeSheetData d;
    d.service = seller();
    d.member = test::sampleMember(QStringLiteral("73282932000074"), QStringLiteral("Boulangerie Moreau – Fournil de Tours"));
    d.member.enterpriseName = QStringLiteral("Boulangerie Moreau SARL");
    d.member.address = Address{QStringLiteral("14 rue Nationale"), {}, QStringLiteral("37000"), QStringLiteral("37261"), QStringLiteral("Tours")};
    d.member.naf = QStringLiteral("10.71C");
    d.member.memberNumber = QStringLiteral("A000317");
    d.member.statusSince = d.member.memberSince;
    d.member.teamName = QStringLiteral("Équipe du Dr Fontaine");
    d.nafLabel = QStringLiteral("Boulangerie et boulangerie-pâtisserie");
    MembershipForm f;
    f.date = QDate(2026, 1, 12);
    f.estimatedSi = 9;
    f.estimatedSia = 1;
    f.estimatedSir = 2;
    f.answers = {true, true, true, false, true, true};
    d.form = f;
    d.riskLabels = {QStringLiteral("CHIM.FARINE — Poussières de farine")};
    d.contribution = ContributionYear{2026, 11550, 12000, 0};
    d.priceList = {PriceItem{QStringLiteral("ETUDE-POSTE"), QStringLiteral("Étude de poste"), 45000, 2000, true},
                   PriceItem{QStringLiteral("SENSIB"), QStringLiteral("Sensibilisation collective (demi-journée)"), 60000, 2000, true}};
    d.printedOn = QDate(2026, 1, 15);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("welcome.pdf"));
    REQUIRE(printPdf(welcomeSheet(d, French), pdf));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    for (const QString& q : preventionQuestions())
        CHECK(text.contains(q));
    CHECK(text.contains(QStringLiteral("4,2")));   // 5 yes of 6
    CHECK(text.contains(QStringLiteral("A000317")));
    CHECK(text.contains(QStringLiteral("732 829 320 00074")));
    CHECK(text.contains(QStringLiteral("Équipe du Dr Fontaine")));
    CHECK(text.contains(QStringLiteral("Jeanne Dupont")));
    CHECK(text.contains(QStringLiteral("120,00 €")));
    CHECK(text.contains(QStringLiteral("450,00 €")));
    CHECK(text.contains(QStringLiteral("L4622-9-1")));
    CHECK(text.contains(QStringLiteral("L4622-6")));
    CHECK(text.contains(normalised(QCoreApplication::translate("vigie::membership", "What your contribution pays for"))));
    CHECK(text.contains(normalised(QCoreApplication::translate("vigie::membership", "Prevention of job loss"))));
    CHECK(text.contains(QStringLiteral("Poussières de farine")));
    CHECK_FALSE(render(pdf, QStringLiteral("welcome_sheet_A000317")).isNull());
    CHECK_FALSE(render(pdf, QStringLiteral("welcome_sheet_A000317_page2"), 2).isNull());
}

TEST_CASE("printing refuses a folder that does not exist")
{
    const auto s = printPdf(invoiceDocument(sampleInvoice(), French), QStringLiteral("/nonexistent-vigie-dir/x.pdf"));
    REQUIRE_FALSE(s);
    CHECK(s.error().code == core::ErrorCode::Storage);
}
