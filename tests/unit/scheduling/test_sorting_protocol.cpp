// The output order (worker id, latest, kind code, employment with null first; ids in byte order),
// and team protocols, which may only shorten the periodicities.
#include "SchedulingTestSupport.h"

#include <algorithm>
#include <random>

using namespace vigie::scheduling;
using namespace vigie::scheduling::test;

namespace {
DueVisit entry(const char* worker, const char* employment, VisitKind kind, const char* latest)
{
    return makeDue(S(worker), optS(employment), kind, std::nullopt, D(latest), Performer::HealthPro, S("x"),
                   D("2026-01-10"));
}

QString order(const QList<DueVisit>& list)
{
    QStringList out;
    for (const DueVisit& d : list)
        out << d.worker + u'/' + isoText(d.latest) + u'/' + codeOf(d.kind) + u'/' + d.employment.value_or(QStringLiteral("-"));
    return out.join(u' ');
}
} // namespace

TEST_CASE("entries are sorted by worker id, latest, kind code, then employment id with null first (byte order)")
{
    using K = VisitKind;
    const QList<DueVisit> expected{
        entry("A", nullptr, K::MidCareer, "2027-12-31"),     // upper case before lower case
        entry("W2", "e1", K::Vip, "2026-01-01"),
        entry("w1", "e1", K::Vip, "2025-12-31"),             // earlier latest first, whatever the kind
        entry("w1", "e1", K::Ema, "2026-03-01"),             // same latest: kinds in alphabetical order
        entry("w1", "e1", K::EmaRenewal, "2026-03-01"),      // EMA < EMA_RENEWAL (prefix first)
        entry("w1", nullptr, K::MidCareer, "2026-03-01"),
        entry("w1", "e1", K::PostExposure, "2026-03-01"),
        entry("w1", nullptr, K::Return, "2026-03-01"),       // same kind: null employment first
        entry("w1", "e1", K::Return, "2026-03-01"),
        entry("w1", "e10", K::Return, "2026-03-01"),         // e10 < e2 in byte order
        entry("w1", "e2", K::Return, "2026-03-01"),
        entry("w1", "e1", K::SirIntermediate, "2026-03-01"),
        entry("w1", "e1", K::Vip, "2026-03-01"),
        entry("w1", "e1", K::VipRenewal, "2026-03-01"),
        entry("w1", "e1", K::Ema, "2026-03-02"),
        entry("w10", "e1", K::Vip, "2020-01-01"),            // w10 < w2
        entry("w2", "e1", K::Vip, "2019-01-01"),
        entry("z", "e1", K::Vip, "2019-01-01"),
        entry("\xc3\xa9", "e1", K::Vip, "2019-01-01"),       // "é" (0xC3 0xA9) after "z" in UTF-8 byte order
    };
    QList<DueVisit> shuffled = expected;
    std::mt19937 rng(7);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        QList<DueVisit> sorted = shuffled;
        sortDue(sorted);
        CHECK(order(sorted) == order(expected));
    }
    QList<DueVisit> reversed(expected.crbegin(), expected.crend());
    sortDue(reversed);
    CHECK(order(reversed) == order(expected));
}

TEST_CASE("dueVisits of a situation: every worker, sorted")
{
    Situation s;
    s.today = D("2026-01-10");
    Worker b = worker("1995-05-10", {employment("e2", "2026-01-05"), employment("e1", "2026-01-05")});
    b.id = S("b");
    Worker a = worker("1981-04-02", {employment("e1", "2025-12-01")});
    a.id = S("a");
    a.absences = {absence("2025-12-10", "2025-12-20", AbsenceCause::Maternity)};
    s.workers = {b, a};
    CHECK(order(dueVisits(s)) == S("a/2025-12-29/RETURN/e1 a/2026-03-01/VIP/e1 a/2026-12-31/MID_CAREER/- "
                                   "b/2026-04-05/VIP/e1 b/2026-04-05/VIP/e2"));
}

TEST_CASE("a protocol may shorten the periodicities, never lengthen them")
{
    const auto law = periodicitiesOf({});
    REQUIRE(law.ok());
    CHECK(law.value().siRenewalMonths == 60);
    CHECK(law.value().siaRenewalMonths == 36);
    CHECK(law.value().sirRenewalMonths == 48);
    CHECK(law.value().sirIntermediateMonths == 24);

    struct Row {
        Protocol protocol;
        const char* field; // nullptr: accepted
    };
    const Row rows[] = {
        {{60, 36, 48, 24}, nullptr},
        {{24, 12, 36, 12}, nullptr},
        {{1, std::nullopt, std::nullopt, std::nullopt}, nullptr},
        {{61, std::nullopt, std::nullopt, std::nullopt}, "si_renewal_months"},
        {{std::nullopt, 37, std::nullopt, std::nullopt}, "sia_renewal_months"},
        {{std::nullopt, std::nullopt, 49, std::nullopt}, "sir_renewal_months"},
        {{std::nullopt, std::nullopt, std::nullopt, 25}, "sir_intermediate_months"},
        {{0, std::nullopt, std::nullopt, std::nullopt}, "si_renewal_months"},
        {{std::nullopt, -3, std::nullopt, std::nullopt}, "sia_renewal_months"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.field);
        const auto p = periodicitiesOf(r.protocol);
        if (!r.field) {
            CHECK(p.ok());
            continue;
        }
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().code == vigie::core::ErrorCode::Invalid);
        CHECK(p.error().message.contains(S(r.field)));
    }

    // The shorter periodicities are used by rule 4.
    const auto team = periodicitiesOf({24, 12, 36, 12});
    REQUIRE(team.ok());
    Employment si = employment("e1", "2024-02-29");
    const Worker w = worker("1990-01-01", {si}, {visit("2024-02-29", VisitKind::Vip)});
    CHECK(describe(periodicVisits(w, si, D("2026-01-10"), team.value())) ==
          S("VIP_RENEWAL e1 ..2026-02-28 HEALTH_PRO ok R4624-16 (protocol: 24 months)"));
    Employment sir = employment("e1", "2024-02-29");
    sir.sirRisks = {SirRisk::Lead};
    const Worker w2 = worker("1990-01-01", {sir}, {visit("2024-02-29", VisitKind::Ema)});
    CHECK(describe(periodicVisits(w2, sir, D("2026-01-10"), team.value())) ==
          S("EMA_RENEWAL e1 ..2027-02-28 MT ok R4624-28 (protocol: 36 months) | "
            "SIR_INTERMEDIATE e1 ..2025-02-28 HEALTH_PRO OVERDUE R4624-28 (protocol: 12 months)"));
    // A protocol equal to the law says nothing more than the law.
    const auto asLaw = periodicitiesOf({60, 36, 48, 24});
    REQUIRE(asLaw.ok());
    CHECK(describe(periodicVisits(w, si, D("2026-01-10"), asLaw.value())) == S("VIP_RENEWAL e1 ..2029-02-28 HEALTH_PRO ok R4624-16"));

    // Each employment with its own team's periodicities; several teams: the strictest of each interval.
    Employment other = employment("e2", "2024-02-29");
    const Worker both = worker("1990-01-01", {si, other}, {visit("2024-02-29", VisitKind::Vip)});
    const auto perEmployment = [&](const Employment& e) { return e.id == S("e1") ? team.value() : legalPeriodicities(); };
    QStringList latest;
    for (const DueVisit& d : dueVisits(both, D("2026-01-10"), perEmployment))
        if (d.kind == VisitKind::VipRenewal)
            latest << d.employment.value_or(QString()) + QLatin1Char(' ') + d.latest.toString(Qt::ISODate);
    latest.sort();
    CHECK(latest == QStringList{S("e1 2026-02-28"), S("e2 2029-02-28")});
    const Periodicities strict = strictest(team.value(), periodicitiesOf({48, 36, 24, 24}).value());
    CHECK(strict.siRenewalMonths == 24);
    CHECK(strict.siaRenewalMonths == 12);
    CHECK(strict.sirRenewalMonths == 24);
    CHECK(strict.sirIntermediateMonths == 12);
    CHECK(protocolOf(strict).siRenewalMonths == 24);
    CHECK_FALSE(protocolOf(legalPeriodicities()).siRenewalMonths);

    // For people: the article stays, the protocol's words are translated.
    CHECK(basisText(S("R4624-16")) == S("R4624-16"));
    CHECK(basisText(S("R4624-16 (protocol: 24 months)")).startsWith(S("R4624-16 (")));
    CHECK(basisText(S("R4624-16 (protocol: 24 months)")).contains(S("24")));
}
