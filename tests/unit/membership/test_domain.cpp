// The membership domain without a database: identifiers, addresses, contacts, status changes, the
// prevention culture score, money, the contribution's rate bounds and amounts, invoice totals.
#include "catch_qt.h"

#include "core/Siret.h"
#include "membership/Contribution.h"
#include "membership/Member.h"
#include "membership/MembershipForm.h"
#include "membership/Money.h"
#include "membership/PreventionScore.h"

#include <QLocale>

using namespace vigie;
using namespace vigie::membership;

namespace {
const QLocale French(QLocale::French, QLocale::France);
const QDate Today(2026, 1, 15);

// Spaces of any kind (the locale's no-break ones included) as plain spaces.
QString plain(QString s)
{
    s.replace(QChar(0x00A0), QLatin1Char(' '));
    s.replace(QChar(0x202F), QLatin1Char(' '));
    return s;
}

Member valid()
{
    Member m;
    m.siret = QStringLiteral("732 829 320 00074");
    m.enterpriseName = QStringLiteral("Dupont et Fils");
    m.name = QStringLiteral("Atelier Dupont");
    m.naf = QStringLiteral("62.01Z");
    m.memberSince = QDate(2024, 3, 1);
    m.statusSince = m.memberSince;
    return m;
}
} // namespace

TEST_CASE("SIREN and SIRET: keys checked, and a SIRET belongs to its SIREN")
{
    CHECK(validateIdentifiers(QStringLiteral("732829320"), QStringLiteral("73282932000074")));
    CHECK(validateIdentifiers(QStringLiteral("732 829 320"), QStringLiteral("732 829 320 00074")));
    // La Poste: its establishments' SIRETs use the sum-of-digits rule.
    CHECK(validateIdentifiers(QStringLiteral("356000000"), QStringLiteral("35600000000048")));

    const auto badSiren = validateIdentifiers(QStringLiteral("732829321"), QStringLiteral("73282932100074"));
    REQUIRE_FALSE(badSiren);
    CHECK(badSiren.error().code == core::ErrorCode::Invalid);
    CHECK(badSiren.error().message.contains(QStringLiteral("732829321")));

    const auto badSiret = validateIdentifiers(QStringLiteral("732829320"), QStringLiteral("73282932000075"));
    REQUIRE_FALSE(badSiret);
    CHECK(badSiret.error().message.contains(QStringLiteral("73282932000075")));

    const auto shortSiret = validateIdentifiers(QStringLiteral("732829320"), QStringLiteral("7328293200007"));
    REQUIRE_FALSE(shortSiret);

    // A valid SIRET of another enterprise.
    const QString other = core::luhnCompleteSiret(QStringLiteral("4287019810001"));
    REQUIRE(core::validateSiret(other));
    const auto foreign = validateIdentifiers(QStringLiteral("732829320"), other);
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().message.contains(QStringLiteral("732 829 320")));
    CHECK(foreign.error().message.contains(formatSiret(other)));

    CHECK(formatSiret(QStringLiteral("73282932000074")) == QStringLiteral("732 829 320 00074"));
    CHECK(formatSiren(QStringLiteral("732829320")) == QStringLiteral("732 829 320"));
    CHECK(valid().siren() == QStringLiteral("732829320"));
}

TEST_CASE("addresses: a street, a commune of the thesaurus and one of its postal codes")
{
    const QStringList paris{QStringLiteral("75001"), QStringLiteral("75011"), QStringLiteral("75116")};
    Address a{QStringLiteral("12 rue de la Roquette"), {}, QStringLiteral("75011"), QStringLiteral("75056"), QStringLiteral("Paris")};
    CHECK(validateAddress(a, paris));

    SECTION("no street")
    {
        a.street = QStringLiteral("  ");
        CHECK_FALSE(validateAddress(a, paris));
    }
    SECTION("no commune chosen")
    {
        a.communeInsee.clear();
        CHECK_FALSE(validateAddress(a, paris));
    }
    SECTION("unknown commune: the thesaurus gave no postal code")
    {
        a.communeInsee = QStringLiteral("99999");
        const auto s = validateAddress(a, {});
        REQUIRE_FALSE(s);
        CHECK(s.error().message.contains(QStringLiteral("99999")));
    }
    SECTION("Corsican INSEE codes are accepted")
    {
        a.communeInsee = QStringLiteral("2A004");
        a.postalCode = QStringLiteral("20000");
        CHECK(validateAddress(a, {QStringLiteral("20000"), QStringLiteral("20090")}));
    }
    SECTION("a postal code is five digits")
    {
        a.postalCode = QStringLiteral("7501");
        const auto s = validateAddress(a, paris);
        REQUIRE_FALSE(s);
        CHECK(s.error().message.contains(QStringLiteral("7501")));
    }
    SECTION("a postal code of another commune")
    {
        a.postalCode = QStringLiteral("69001");
        const auto s = validateAddress(a, paris);
        REQUIRE_FALSE(s);
        CHECK(s.error().message.contains(QStringLiteral("69001")));
        CHECK(s.error().message.contains(QStringLiteral("Paris")));
    }
}

TEST_CASE("contacts: a name and a way to reach them, phone numbers normalised")
{
    CHECK(normalisePhone(QStringLiteral("0143551234")) == QStringLiteral("01 43 55 12 34"));
    CHECK(normalisePhone(QStringLiteral("+33 1 43 55 12 34")) == QStringLiteral("01 43 55 12 34"));
    CHECK(normalisePhone(QStringLiteral("06.12.34.56.78")) == QStringLiteral("06 12 34 56 78"));
    CHECK(normalisePhone(QStringLiteral("12345")).isEmpty());
    CHECK(normalisePhone(QStringLiteral("00 12 34 56 78")).isEmpty());
    CHECK(normalisePhone(QStringLiteral("01 43 55 12 3x")).isEmpty());

    CHECK(validateContact({{}, ContactRole::Hr, QStringLiteral("Paul"), QStringLiteral("0143551234"), {}}));
    CHECK(validateContact({{}, ContactRole::Billing, QStringLiteral("Compta"), {}, QStringLiteral("compta@x.fr")}));
    CHECK_FALSE(validateContact({{}, ContactRole::Hr, QStringLiteral(" "), QStringLiteral("0143551234"), {}}));
    CHECK_FALSE(validateContact({{}, ContactRole::Hr, QStringLiteral("Paul"), {}, {}}));
    const auto badMail = validateContact({{}, ContactRole::Hr, QStringLiteral("Paul"), {}, QStringLiteral("paul@")});
    REQUIRE_FALSE(badMail);
    CHECK(badMail.error().message.contains(QStringLiteral("paul@")));
    CHECK_FALSE(validateContact({{}, ContactRole::Hr, QStringLiteral("Paul"), QStringLiteral("123"), {}}));

    for (ContactRole r : allContactRoles())
        CHECK(contactRoleFromCode(contactRoleCode(r)) == r);
}

TEST_CASE("a member: names, NAF, membership and status dates")
{
    CHECK(validateMember(valid(), Today));
    Member m = valid();
    SECTION("the membership date is required and not in the future")
    {
        m.memberSince = {};
        CHECK_FALSE(validateMember(m, Today));
        m.memberSince = Today.addDays(1);
        m.statusSince = m.memberSince;
        CHECK_FALSE(validateMember(m, Today));
    }
    SECTION("the status date is not before the membership date")
    {
        m.statusSince = m.memberSince.addDays(-1);
        CHECK_FALSE(validateMember(m, Today));
    }
    SECTION("names and NAF are required")
    {
        m.enterpriseName.clear();
        CHECK_FALSE(validateMember(m, Today));
        m = valid();
        m.name.clear();
        CHECK_FALSE(validateMember(m, Today));
        m = valid();
        m.naf.clear();
        CHECK_FALSE(validateMember(m, Today));
    }
    SECTION("a bad contact refuses the member")
    {
        m.contacts = {Contact{{}, ContactRole::Employer, QStringLiteral("Jeanne"), QStringLiteral("12"), {}}};
        CHECK_FALSE(validateMember(m, Today));
    }
}

TEST_CASE("status changes: another status, dated between the current status' date and today")
{
    Member m = valid();
    m.statusSince = QDate(2025, 1, 1);
    CHECK(checkStatusChange(m, MemberStatus::Suspended, QDate(2025, 6, 1), Today));
    CHECK(checkStatusChange(m, MemberStatus::Left, Today, Today));
    CHECK_FALSE(checkStatusChange(m, MemberStatus::Active, QDate(2025, 6, 1), Today));     // same status
    CHECK_FALSE(checkStatusChange(m, MemberStatus::Left, Today.addDays(1), Today));        // future
    CHECK_FALSE(checkStatusChange(m, MemberStatus::Left, QDate(2024, 12, 31), Today));     // before current
    CHECK_FALSE(checkStatusChange(m, MemberStatus::Left, QDate(2024, 2, 1), Today));       // before membership
    CHECK_FALSE(checkStatusChange(m, MemberStatus::Left, {}, Today));
    for (MemberStatus s : allStatuses())
        CHECK(statusFromCode(statusCode(s)) == s);
}

TEST_CASE("member numbers follow the last one")
{
    CHECK(nextMemberNumber({}) == QStringLiteral("A000001"));
    CHECK(nextMemberNumber(QStringLiteral("A000041")) == QStringLiteral("A000042"));
    CHECK(nextMemberNumber(QStringLiteral("A999999")) == QStringLiteral("A1000000"));
}

TEST_CASE("prevention culture score: 5 × yes ÷ 6, one decimal, half up, all six answered")
{
    // The table the rule documents (PreventionScore.h): 0.0 0.8 1.7 2.5 3.3 4.2 5.0.
    const int expected[] = {0, 8, 17, 25, 33, 42, 50};
    for (int yes = 0; yes <= 6; ++yes) {
        INFO("yes = " << yes);
        CHECK(preventionScoreTenths(yes) == expected[yes]);
        // The same as the exact value rounded half up: 50 × yes / 6 + 1/2, in integers.
        CHECK(preventionScoreTenths(yes) == (50 * yes * 2 + 6) / 12);
    }
    CHECK(preventionScoreTenths(-1) == -1);
    CHECK(preventionScoreTenths(7) == -1);

    CHECK(formatScore(42, French) == QStringLiteral("4,2"));
    CHECK(formatScore(0, French) == QStringLiteral("0,0"));
    CHECK(formatScore(50, QLocale(QLocale::English)) == QStringLiteral("5.0"));

    PreventionAnswers answers{true, true, false, true, true, std::nullopt};
    CHECK_FALSE(preventionScoreTenths(answers).has_value());
    answers[5] = true;
    CHECK(preventionScoreTenths(answers) == 42);
    CHECK(yesCount(answers) == 5);

    // The six questions, verbatim in French as the offer words them.
    const auto& q = preventionQuestions();
    REQUIRE(q.size() == 6);
    CHECK(q[0] == QStringLiteral("Présence d'un DUERP ?"));
    CHECK(q[1] == QStringLiteral("DUERP élaboré avec les salariés ?"));
    CHECK(q[2] == QStringLiteral("Présence d'un plan d'actions de prévention ?"));
    CHECK(q[3] == QStringLiteral("Plan d'actions de prévention avec bilans réguliers et mise à jour ?"));
    CHECK(q[4] == QStringLiteral("Présence d'instances représentatives du personnel ou salariés déclarés compétents ?"));
    CHECK(q[5] == QStringLiteral("Présence d'un processus / livret d'accueil des nouveaux salariés ?"));
}

TEST_CASE("the membership form needs every answer, sensible counts and a past date")
{
    MembershipForm f;
    f.date = Today;
    f.answers = {true, false, true, false, true, false};
    f.estimatedSi = 10;
    f.estimatedSir = 2;
    CHECK(validateMembershipForm(f, Today));
    CHECK(f.scoreTenths() == 25);
    CHECK(f.estimatedTotal() == 12);
    f.answers[3].reset();
    const auto s = validateMembershipForm(f, Today);
    REQUIRE_FALSE(s);
    CHECK(s.error().message.contains(preventionQuestions()[3]));
    f.answers[3] = false;
    f.date = Today.addDays(1);
    CHECK_FALSE(validateMembershipForm(f, Today));
    f.date = Today;
    f.estimatedSia = -1;
    CHECK_FALSE(validateMembershipForm(f, Today));
}

TEST_CASE("money: integer cents, French formatting, strict parsing")
{
    CHECK(plain(formatMoney(11550, French)) == QStringLiteral("115,50 €"));
    CHECK(plain(formatMoney(123456789, French)) == QStringLiteral("1 234 567,89 €"));
    CHECK(plain(formatMoney(5, French)) == QStringLiteral("0,05 €"));
    CHECK(plain(formatMoney(-4000, French)) == QStringLiteral("-40,00 €"));
    CHECK(formatMoney(11550, QLocale(QLocale::English, QLocale::UnitedKingdom)) == QStringLiteral("€115.50"));

    CHECK(parseMoney(QStringLiteral("115,50")).value() == 11550);
    CHECK(parseMoney(QStringLiteral("115.5")).value() == 11550);
    CHECK(parseMoney(QStringLiteral("115")).value() == 11500);
    CHECK(parseMoney(QStringLiteral(" 1 234,56 € ")).value() == 123456);
    for (const char* bad : {"", "abc", "1,234", "-5", "12,3,4", "1e3"}) {
        INFO(bad);
        const auto r = parseMoney(QString::fromUtf8(bad));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == core::ErrorCode::Invalid);
    }
    CHECK(mulDivRound(12345, 2000, 10000) == 2469);  // 2469.0
    CHECK(mulDivRound(12346, 550, 10000) == 679);    // 679.03
    CHECK(mulDivRound(10, 5, 100) == 1);             // 0.5 → 1 (half away from zero)
    CHECK(mulDivRound(-10, 5, 100) == -1);
    CHECK(formatRate(2000, French) == QStringLiteral("20%"));
    CHECK(formatRate(550, French) == QStringLiteral("5,5%"));
    CHECK(formatRate(0, French) == QStringLiteral("0%"));
}

TEST_CASE("contribution rate: within 80–120 % of the national average cost (2025: 92,40 € to 138,60 €)")
{
    const RateBounds b = rateBounds(11550);
    CHECK(b.min == 9240);
    CHECK(b.max == 13860);

    ContributionYear y{2025, 11550, 9240, 0};
    CHECK(checkContributionYear(y));
    y.rate = 13860;
    CHECK(checkContributionYear(y));
    y.rate = 11550;
    CHECK(checkContributionYear(y));

    for (Cents refused : {Cents(9239), Cents(13861), Cents(0), Cents(20000)}) {
        y.rate = refused;
        const auto s = checkContributionYear(y);
        INFO(refused);
        REQUIRE_FALSE(s);
        CHECK(s.error().code == core::ErrorCode::Invalid);
        // The message names the value refused and the range.
        CHECK(s.error().message.contains(formatMoney(refused)));
        CHECK(s.error().message.contains(formatMoney(9240)));
        CHECK(s.error().message.contains(formatMoney(13860)));
        CHECK(s.error().message.contains(QStringLiteral("2025")));
    }
    // Bounds that do not fall on a cent: 80 % of 100,01 € is 80,008 €, so 80,01 € is the lowest rate.
    CHECK(rateBounds(10001).min == 8001);
    CHECK(rateBounds(10001).max == 12001);
    CHECK_FALSE(checkContributionYear({2026, 10001, 8000, 0}));
    CHECK(checkContributionYear({2026, 10001, 8001, 0}));

    CHECK_FALSE(checkContributionYear({1999, 11550, 11550, 0}));
    CHECK_FALSE(checkContributionYear({2025, 0, 11550, 0}));
    CHECK_FALSE(checkContributionYear({2025, 11550, 11550, 12000}));
}

TEST_CASE("contribution amounts: workers followed × rate, in cents")
{
    CHECK(contributionAmount(12, 12000).value() == 144000);
    CHECK(contributionAmount(0, 12000).value() == 0);
    CHECK(contributionAmount(1, 9240).value() == 9240);
    CHECK(contributionAmount(250000, 13860).value() == Cents(3'465'000'000));
    CHECK_FALSE(contributionAmount(-1, 12000));
}

TEST_CASE("invoice totals: VAT per rate, rounded once per rate")
{
    const QList<InvoiceLine> lines{{QStringLiteral("Contribution"), 12, 12000, 0},
                                   {QStringLiteral("Étude de poste"), 3, 33333, 2000},
                                   {QStringLiteral("Sensibilisation"), 1, 1, 2000}};
    const InvoiceTotals t = invoiceTotals(lines);
    CHECK(t.excludingVat == 144000 + 99999 + 1);
    REQUIRE(t.vat.size() == 2);
    CHECK(t.vat[0].rateBp == 0);
    CHECK(t.vat[0].vat == 0);
    CHECK(t.vat[1].rateBp == 2000);
    CHECK(t.vat[1].base == 100000);
    CHECK(t.vat[1].vat == 20000);
    CHECK(t.vatTotal == 20000);
    CHECK(t.includingVat == 264000);
    CHECK(invoiceTotals({}).includingVat == 0);
}

TEST_CASE("invoice numbers, due dates, payment status and who is invoiced for a year")
{
    CHECK(invoiceNumber(2026, 1) == QStringLiteral("F2026-00001"));
    CHECK(invoiceNumber(2026, 123456) == QStringLiteral("F2026-123456"));
    CHECK(dueDate(QDate(2026, 1, 15), 30) == QDate(2026, 2, 14));
    CHECK(dueDate(QDate(2026, 1, 15), 90) == QDate(2026, 3, 16)); // capped at 60 days (L441-10)

    const QDate due(2026, 2, 14);
    CHECK(paymentStatus(10000, 0, due, QDate(2026, 2, 14)) == PaymentStatus::Unpaid);
    CHECK(paymentStatus(10000, 2000, due, QDate(2026, 2, 1)) == PaymentStatus::PartlyPaid);
    CHECK(paymentStatus(10000, 2000, due, QDate(2026, 2, 15)) == PaymentStatus::Overdue);
    CHECK(paymentStatus(10000, 10000, due, QDate(2026, 9, 1)) == PaymentStatus::Paid);

    CHECK(memberDuringYear(2026, QDate(2020, 1, 1), QStringLiteral("active"), QDate(2020, 1, 1)));
    CHECK(memberDuringYear(2026, QDate(2026, 12, 31), QStringLiteral("active"), {}));
    CHECK_FALSE(memberDuringYear(2026, QDate(2027, 1, 1), QStringLiteral("active"), {}));
    CHECK(memberDuringYear(2026, QDate(2020, 1, 1), QStringLiteral("suspended"), QDate(2025, 1, 1)));
    CHECK(memberDuringYear(2026, QDate(2020, 1, 1), QStringLiteral("left"), QDate(2026, 3, 1)));
    CHECK_FALSE(memberDuringYear(2026, QDate(2020, 1, 1), QStringLiteral("left"), QDate(2026, 1, 1)));
    CHECK_FALSE(memberDuringYear(2026, QDate(2020, 1, 1), QStringLiteral("left"), QDate(2025, 6, 1)));
    CHECK(memberDuringYear(2026, {}, QStringLiteral("active"), {}));
}
