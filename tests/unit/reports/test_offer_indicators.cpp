// The offer's indicators, domain side (indicators-contract.md): period and window boundaries, scopes,
// membership at D from the status history, employments in force, action groups against the shipped
// thesaurus, ratio rounding, zero denominators, the small-cell rule at 4 and 5, not computed, output.
#include "catch_qt.h"

#include "reports/OfferIndicators.h"
#include "reports/CompanyReport.h"
#include "reports/Satisfaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vigie;
using namespace vigie::reports;

namespace {
QDate d(const char* iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }
} // namespace

TEST_CASE("period: from defaults to a year before to plus a day, the window runs from D - 5 years excluded to D included")
{
    struct Row {
        const char* to;
        const char* from;
        const char* expectedFrom;
        const char* windowStart;
    };
    const Row rows[] = {
        {"2026-12-31", nullptr, "2026-01-01", "2022-01-01"},
        {"2026-06-30", nullptr, "2025-07-01", "2021-07-01"},
        {"2024-02-29", nullptr, "2023-03-01", "2019-03-01"}, // leap day: Qt takes 28 February, plus one day
        {"2026-12-31", "2026-07-01", "2026-07-01", "2022-01-01"},
        {"2026-12-31", "2026-12-31", "2026-12-31", "2022-01-01"}, // a one-day period
    };
    for (const Row& r : rows) {
        INFO(r.to);
        auto p = Period::of(d(r.to), r.from ? std::optional<QDate>(d(r.from)) : std::nullopt);
        REQUIRE(p.ok());
        CHECK(p.value().from == d(r.expectedFrom));
        CHECK(p.value().windowStart() == d(r.windowStart));
    }
    auto p = Period::of(d("2026-12-31")).value();
    CHECK_FALSE(p.inWindow(d("2021-12-31")));
    CHECK(p.inWindow(d("2022-01-01")));
    CHECK(p.inWindow(d("2026-12-31")));
    CHECK_FALSE(p.inWindow(d("2027-01-01")));
    CHECK_FALSE(p.inPeriod(d("2025-12-31")));
    CHECK(p.inPeriod(d("2026-01-01")));
    CHECK(p.yearBefore().from == d("2025-01-01"));
    CHECK(p.yearBefore().to == d("2025-12-31"));

    CHECK(Period::of(d("2026-01-01"), d("2026-01-02")).error().code == core::ErrorCode::Usage);
    CHECK(Period::of(QDate()).error().code == core::ErrorCode::Usage);
}

TEST_CASE("scope: one per kind, parsed, printed back, and which establishments it holds")
{
    struct Row {
        const char* text;
        bool valid;
        ScopeKind kind;
        bool hides;
    };
    const Row rows[] = {
        {"service", true, ScopeKind::Service, false},
        {"", true, ScopeKind::Service, false},
        {"team:0190a1b2-team", true, ScopeKind::Team, false},
        {"establishment:73282932000074", true, ScopeKind::Establishment, true},
        {"siren:732829320", true, ScopeKind::Siren, true},
        {"naf:43", true, ScopeKind::Naf, true},
        {"naf:43.2", true, ScopeKind::Naf, true},
        {"naf:43.21A", true, ScopeKind::Naf, true},
        {"naf:43.21a", true, ScopeKind::Naf, true},
        {"naf:4", false, ScopeKind::Service, false},
        {"naf:43.", false, ScopeKind::Service, false},
        {"establishment:7328293200007", false, ScopeKind::Service, false},
        {"siren:73282932", false, ScopeKind::Service, false},
        {"team:", false, ScopeKind::Service, false},
        {"region:84", false, ScopeKind::Service, false},
    };
    for (const Row& r : rows) {
        INFO(r.text);
        auto s = Scope::parse(QString::fromLatin1(r.text));
        REQUIRE(s.ok() == r.valid);
        if (!r.valid) {
            CHECK(s.error().code == core::ErrorCode::Usage);
            continue;
        }
        CHECK(s.value().kind == r.kind);
        CHECK(s.value().hidesSmallCells() == r.hides);
        CHECK(Scope::parse(s.value().text()).value().text() == s.value().text());
    }
    const QString roofer = QStringLiteral("43.91A"), plumber = QStringLiteral("43.22A"), electrician = QStringLiteral("43.21A");
    CHECK(Scope::parse(QStringLiteral("naf:43")).value().contains(QStringLiteral("73282932000074"), roofer));
    CHECK(Scope::parse(QStringLiteral("naf:43.2")).value().contains({}, plumber));
    CHECK_FALSE(Scope::parse(QStringLiteral("naf:43.2")).value().contains({}, roofer));
    CHECK(Scope::parse(QStringLiteral("naf:43.21A")).value().contains({}, electrician));
    CHECK_FALSE(Scope::parse(QStringLiteral("naf:43.21A")).value().contains({}, plumber));
    CHECK(Scope::parse(QStringLiteral("siren:732829320")).value().contains(QStringLiteral("73282932000074"), roofer));
    CHECK_FALSE(Scope::parse(QStringLiteral("siren:732829321")).value().contains(QStringLiteral("73282932000074"), roofer));
    CHECK(Scope::parse(QStringLiteral("establishment:73282932000074")).value().contains(QStringLiteral("73282932000074"), roofer));
    CHECK_FALSE(Scope::parse(QStringLiteral("establishment:73282932000082")).value().contains(QStringLiteral("73282932000074"), roofer));
}

TEST_CASE("member establishment at D: the latest status change on or before D, suspended or left is out")
{
    const QList<StatusChange> history{{QStringLiteral("active"), d("2020-01-01")},
                                      {QStringLiteral("suspended"), d("2026-03-01")},
                                      {QStringLiteral("active"), d("2026-06-01")},
                                      {QStringLiteral("left"), d("2026-12-31")}};
    struct Row {
        const char* day;
        const char* status;
    };
    const Row rows[] = {{"2019-12-31", ""},           {"2020-01-01", "active"}, {"2026-02-28", "active"},
                        {"2026-03-01", "suspended"},  {"2026-05-31", "suspended"}, {"2026-06-01", "active"},
                        {"2026-12-30", "active"},     {"2026-12-31", "left"}};
    for (const Row& r : rows) {
        INFO(r.day);
        CHECK(statusAt(history, QStringLiteral("left"), {}, d(r.day)) == QString::fromLatin1(r.status));
        CHECK(memberAt(history, QStringLiteral("left"), {}, d(r.day)) == (QLatin1String(r.status) == QLatin1String("active")));
    }
    // Without history: the current status, from the membership date (boundary day included).
    CHECK(memberAt({}, QStringLiteral("active"), d("2026-12-31"), d("2026-12-31")));
    CHECK_FALSE(memberAt({}, QStringLiteral("active"), d("2027-01-01"), d("2026-12-31")));
    CHECK(memberAt({}, QStringLiteral("active"), {}, d("2026-12-31")));
    CHECK_FALSE(memberAt({}, QStringLiteral("suspended"), {}, d("2026-12-31")));
    // Two changes on the same day: the one recorded last.
    CHECK(statusAt({{QStringLiteral("active"), d("2026-01-01")}, {QStringLiteral("suspended"), d("2026-01-01")}},
                   QStringLiteral("active"), {}, d("2026-01-01")) == QStringLiteral("suspended"));
}

TEST_CASE("employment in force at D: both boundary days count, an ended one does not")
{
    const QDate D = d("2026-12-31");
    CHECK(inForceAt(d("2026-12-31"), {}, D));             // starts on D
    CHECK_FALSE(inForceAt(d("2027-01-01"), {}, D));       // starts after
    CHECK(inForceAt(d("2020-01-01"), d("2026-12-31"), D)); // ends on D
    CHECK_FALSE(inForceAt(d("2020-01-01"), d("2026-12-30"), D));
    CHECK_FALSE(inForceAt({}, {}, D));
}

TEST_CASE("action groups: the contract's codes, every one of them in the shipped workplace_action thesaurus")
{
    QFile csv(qEnvironmentVariable("VIGIE_SOURCE_DIR") + QStringLiteral("/thesaurus/lists/workplace_action.csv"));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    QStringList shipped;
    for (const QByteArray& line : csv.readAll().split('\n').mid(1))
        if (!line.trimmed().isEmpty())
            shipped << QString::fromUtf8(line.left(line.indexOf(',')));
    CHECK(shipped.size() == 17);
    for (ActionGroup g : {ActionGroup::Awareness, ActionGroup::Advice, ActionGroup::PrimaryPrevention})
        for (const QString& code : actionGroupCodes(g)) {
            INFO(code.toStdString());
            CHECK(shipped.contains(code));
        }
    CHECK(actionGroupCodes(ActionGroup::Awareness).size() == 2);
    CHECK(actionGroupCodes(ActionGroup::Advice).size() == 12);
    CHECK(actionGroupCodes(ActionGroup::PrimaryPrevention).size() == 9);
    CHECK(inActionGroup(QStringLiteral("AWARENESS"), ActionGroup::PrimaryPrevention));
    CHECK_FALSE(inActionGroup(QStringLiteral("AWARENESS"), ActionGroup::Advice));
    CHECK(inActionGroup(QStringLiteral("CSE_MEETING"), ActionGroup::Advice));
    CHECK_FALSE(inActionGroup(QStringLiteral("CSE_MEETING"), ActionGroup::PrimaryPrevention));
    CHECK_FALSE(inActionGroup(QStringLiteral("COMPANY_SHEET"), ActionGroup::Advice));
    CHECK_FALSE(inActionGroup(QStringLiteral("VACCINATION_CAMPAIGN"), ActionGroup::Awareness));
}

TEST_CASE("ratio: 100 n / d rounded half away from zero to one decimal, a zero denominator has no value")
{
    struct Row {
        qint64 n, den;
        double value;
    };
    const Row rows[] = {{21345, 33607, 63.5}, {1, 3, 33.3}, {2, 3, 66.7}, {1, 8, 12.5}, {1, 16, 6.3}, // 6.25 → 6.3
                        {3, 16, 18.8}, {1, 1, 100.0}, {0, 7, 0.0}, {1, 2000, 0.1}, {1, 2001, 0.0}};      // 0.0499… → 0.0
    for (const Row& r : rows) {
        INFO(r.n << "/" << r.den);
        REQUIRE(ratio(r.n, r.den).has_value());
        CHECK(*ratio(r.n, r.den) == Approx(r.value));
    }
    CHECK_FALSE(ratio(5, 0).has_value());
    CHECK_FALSE(ratio(0, 0).has_value());
}

TEST_CASE("small cells: 4 is hidden and 5 published for establishment, siren and naf, service and team print all")
{
    const Scope service = Scope::parse(QStringLiteral("service")).value();
    const Scope team = Scope::parse(QStringLiteral("team:T")).value();
    const Scope est = Scope::parse(QStringLiteral("establishment:73282932000074")).value();
    const Scope siren = Scope::parse(QStringLiteral("siren:732829320")).value();
    const Scope naf = Scope::parse(QStringLiteral("naf:43")).value();
    struct Row {
        const char* code;
        qint64 n, den;
        bool hiddenOutside; // for establishment, siren, naf
    };
    const Row rows[] = {
        {"WORKERS_SEEN", 4, 10, true},  {"WORKERS_SEEN", 5, 10, false}, {"WORKERS_SEEN", 5, 4, true},
        {"WORKERS_SEEN", 0, 4, true},   {"WORKERS_SEEN", 0, 5, false},  {"WORKERS_SEEN", 1, 5, true},
        {"WORKERS_SEEN", 0, 0, false},  {"ADJUSTMENT_PROPOSALS", 4, 0, true}, {"ADJUSTMENT_PROPOSALS", 5, 0, false},
        {"ADJUSTMENT_PROPOSALS", 0, 0, false},
    };
    for (const Row& r : rows) {
        INFO(r.code << " " << r.n << "/" << r.den);
        const Figure f = Figure::counted(QString::fromLatin1(r.code), r.n, r.den);
        for (const Scope& open : {service, team}) {
            const IndicatorResult res = publishFigure(f, open);
            CHECK(res.status == IndicatorStatus::Computed);
            CHECK(res.numerator == r.n);
        }
        for (const Scope& outside : {est, siren, naf}) {
            const IndicatorResult res = publishFigure(f, outside);
            CHECK((res.status == IndicatorStatus::Suppressed) == r.hiddenOutside);
            if (r.hiddenOutside) {
                CHECK_FALSE(res.numerator.has_value());
                CHECK_FALSE(res.denominator.has_value());
                CHECK_FALSE(res.value.has_value());
                CHECK_FALSE(res.reason.isEmpty());
            } else {
                CHECK(res.numerator == r.n);
            }
        }
    }
    // A count has no denominator and its value is the count; a zero denominator gives a null value.
    const IndicatorResult count = publishFigure(Figure::counted(QStringLiteral("ADJUSTMENT_PROPOSALS"), 412), service);
    CHECK(count.unit == IndicatorUnit::Count);
    CHECK_FALSE(count.denominator.has_value());
    CHECK(count.value == 412.0);
    const IndicatorResult empty = publishFigure(Figure::counted(QStringLiteral("WORKERS_SEEN"), 0, 0), service);
    CHECK(empty.status == IndicatorStatus::Computed);
    CHECK(empty.denominator == 0);
    CHECK_FALSE(empty.value.has_value());
    // Not computed stays so whatever the scope, with its reason.
    const IndicatorResult missing = publishFigure(Figure::notComputed(QStringLiteral("WORKER_ACCOUNTS"), QStringLiteral("no portal")), est);
    CHECK(missing.status == IndicatorStatus::NotComputed);
    CHECK(missing.reason == QStringLiteral("no portal"));
    CHECK_FALSE(missing.numerator.has_value());
}

TEST_CASE("output: every code of the table once and in order, JSON with nulls, CSV with the contract's header")
{
    const QList<IndicatorDefinition>& table = offerIndicators();
    REQUIRE(table.size() == 18);
    CHECK(table.first().code == QStringLiteral("FE_ESTABLISHMENTS"));
    CHECK(table.last().code == QStringLiteral("ESTABLISHMENT_ACCOUNTS"));
    QList<IndicatorResult> results;
    const Scope service = Scope::parse(QStringLiteral("service")).value();
    for (const IndicatorDefinition& def : table) {
        CHECK_FALSE(indicatorTitle(def.code).isEmpty());
        CHECK_FALSE(indicatorNumerator(def.code).isEmpty());
        CHECK((indicatorDenominator(def.code) == QStringLiteral("—")) == (def.unit == IndicatorUnit::Count));
        results << publishFigure(def.code == QLatin1String("WORKER_ACCOUNTS")
                                     ? Figure::notComputed(def.code, QStringLiteral("pas de portail ; \"encore\""))
                                     : Figure::counted(def.code, 21345, 33607),
                                 service);
    }
    const Period period = Period::of(d("2026-12-31")).value();
    const QJsonDocument doc = QJsonDocument::fromJson(indicatorsJson(period, service, results).toUtf8());
    REQUIRE(doc.isObject());
    const QJsonObject o = doc.object();
    CHECK(o.value(QStringLiteral("from")).toString() == QStringLiteral("2026-01-01"));
    CHECK(o.value(QStringLiteral("to")).toString() == QStringLiteral("2026-12-31"));
    CHECK(o.value(QStringLiteral("scope")).toString() == QStringLiteral("service"));
    CHECK(o.value(QStringLiteral("window_years")).toInt() == 5);
    const QJsonArray items = o.value(QStringLiteral("indicators")).toArray();
    REQUIRE(items.size() == 18);
    for (int i = 0; i < 18; ++i)
        CHECK(items.at(i).toObject().value(QStringLiteral("code")).toString() == table.at(i).code);
    const QJsonObject seen = items.at(2).toObject();
    CHECK(seen.value(QStringLiteral("numerator")).toInt() == 21345);
    CHECK(seen.value(QStringLiteral("denominator")).toInt() == 33607);
    CHECK(seen.value(QStringLiteral("value")).toDouble() == Approx(63.5));
    CHECK(seen.value(QStringLiteral("unit")).toString() == QStringLiteral("%"));
    CHECK(seen.value(QStringLiteral("status")).toString() == QStringLiteral("computed"));
    CHECK(seen.value(QStringLiteral("reason")).isNull());
    const QJsonObject proposals = items.at(10).toObject();
    CHECK(proposals.value(QStringLiteral("unit")).toString() == QStringLiteral("count"));
    CHECK(proposals.value(QStringLiteral("denominator")).isNull());
    CHECK(proposals.value(QStringLiteral("value")).toInt() == 21345);
    const QJsonObject accounts = items.at(16).toObject();
    CHECK(accounts.value(QStringLiteral("status")).toString() == QStringLiteral("not_computed"));
    CHECK(accounts.value(QStringLiteral("numerator")).isNull());
    CHECK(accounts.value(QStringLiteral("value")).isNull());
    CHECK(accounts.value(QStringLiteral("reason")).toString() == QStringLiteral("pas de portail ; \"encore\""));

    const QStringList csv = indicatorsCsv(results).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(csv.size() == 19);
    CHECK(csv.at(0) == QStringLiteral("code;numerator;denominator;value;unit;status;reason"));
    CHECK(csv.at(3) == QStringLiteral("WORKERS_SEEN;21345;33607;63.5;%;computed;"));
    CHECK(csv.at(11) == QStringLiteral("ADJUSTMENT_PROPOSALS;21345;;21345;count;computed;"));
    CHECK(csv.at(17) == QStringLiteral("WORKER_ACCOUNTS;;;;%;not_computed;\"pas de portail ; \"\"encore\"\"\""));
}

TEST_CASE("delays: median, 90th percentile by nearest rank, share within the target, small cells")
{
    const Scope service = Scope::parse(QStringLiteral("service")).value();
    const Scope est = Scope::parse(QStringLiteral("establishment:73282932000074")).value();
    QList<Delay> ten;
    for (int i = 10; i >= 1; --i)
        ten << Delay{i, i <= 7};
    const DelayStats s = delayStats(ten, service);
    CHECK(s.count == 10);
    CHECK(*s.median == Approx(5.5));
    CHECK(*s.p90 == 9);
    CHECK(s.withinTarget == 7);
    CHECK(*s.shareWithinTarget == Approx(70.0));
    const DelayStats one = delayStats({Delay{31, true}}, service);
    CHECK(*one.median == Approx(31.0));
    CHECK(*one.p90 == 31);
    const DelayStats odd = delayStats({Delay{3, true}, Delay{40, false}, Delay{12, true}}, service);
    CHECK(*odd.median == Approx(12.0));
    CHECK(*odd.p90 == 40);
    CHECK_FALSE(delayStats({}, service).median.has_value());
    QList<Delay> four{{1, true}, {2, true}, {3, true}, {4, true}};
    CHECK(delayStats(four, est).suppressed);
    CHECK_FALSE(delayStats(four, est).median.has_value());
    CHECK_FALSE(delayStats(four, service).suppressed);
    four << Delay{5, false};
    CHECK_FALSE(delayStats(four, est).suppressed);
    CHECK(*delayStats(four, est).median == Approx(3.0));
}

TEST_CASE("satisfaction answers from a CSV: columns by name, both date forms, every bad line named")
{
    const QDate today(2026, 6, 1);
    auto ok = parseSatisfactionCsv("\xEF\xBB\xBFQuestion;Score;answered_on;siret\r\n"
                                   "membership_interface;4;2026-03-14;73282932000074\r\n"
                                   "membership_information;2;14/03/2026;\r\n\r\n",
                                   today);
    REQUIRE(ok.ok());
    REQUIRE(ok.value().size() == 2);
    CHECK(ok.value().at(0).score == 4);
    CHECK(ok.value().at(0).siret == QStringLiteral("73282932000074"));
    CHECK(ok.value().at(1).answeredOn == QDate(2026, 3, 14));
    CHECK(ok.value().at(1).siret.isEmpty());
    struct Row {
        const char* csv;
        const char* says;
    };
    const Row bad[] = {
        {"question,answered_on,score\nmembership_interface,2026-03-14,6\n", "line 2"},
        {"question,answered_on,score\nmembership_interface,2026-03-14,4\nportal,2026-03-14,4\n", "line 3"},
        {"question,answered_on,score\nmembership_interface,2026-06-02,4\n", "line 2"},
        {"question,answered_on,score\nmembership_interface,hier,4\n", "line 2"},
        {"question;date;score\n", "answered_on"},
        {"", ""},
    };
    for (const Row& r : bad) {
        INFO(r.csv);
        auto res = parseSatisfactionCsv(r.csv, today);
        REQUIRE_FALSE(res.ok());
        CHECK(res.error().code == core::ErrorCode::Invalid);
    }
}

TEST_CASE("a company's report publishes no cell from 1 to 4, and no total that would give one away")
{
    CompanyData d;
    d.scope = Scope::parse(QStringLiteral("siren:732829320")).value();
    d.name = QStringLiteral("Boulangerie Martin");
    d.lastYear = 2026;
    d.followedWorkers = 4;
    for (int y = 2022; y <= 2026; ++y) {
        CompanyYear cy;
        cy.year = y;
        if (y == 2026)
            cy.visitsByKind = {{QStringLiteral("VIP"), 3}, {QStringLiteral("EMA"), 12}, {QStringLiteral("RETURN"), 31}};
        if (y == 2025)
            cy.visitsByKind = {{QStringLiteral("VIP"), 5}, {QStringLiteral("EMA"), 6}};
        cy.actionsByCode = {{QStringLiteral("AWARENESS"), y == 2024 ? 1 : 0}};
        d.years << cy;
    }
    const QString html = companyDocument(d).html;
    CHECK(html.contains(QStringLiteral("Boulangerie Martin")));
    CHECK_FALSE(html.contains(QStringLiteral(">3<")));   // VIP 2026
    CHECK_FALSE(html.contains(QStringLiteral(">12<")));  // the next smallest of 2026, hidden with it
    CHECK(html.contains(QStringLiteral(">31<")));
    CHECK(html.contains(QStringLiteral(">46<")));        // 2026's total: 3 + 12 + 31 cannot give 3 back
    CHECK(html.contains(QStringLiteral(">5<")));         // 5 is published
    CHECK(html.contains(QStringLiteral(">11<")));
    CHECK_FALSE(html.contains(QStringLiteral(">4<")));   // followed workers: 4 → "< 5"
    CHECK_FALSE(html.contains(QStringLiteral(">1<")));   // the awareness action of 2024 and its total
    CHECK(html.contains(QStringLiteral("&lt; 5")));
}
