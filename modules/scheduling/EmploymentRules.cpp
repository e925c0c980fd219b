// Rules 2–4: the initial and periodic visits of an active employment.
#include "scheduling/Dates.h"
#include "scheduling/Rules.h"

#include <algorithm>

namespace vigie::scheduling {

namespace {

// The latest date of a visit counting for `employment` whose kind is in `kinds`.
std::optional<QDate> lastVisit(const Worker& worker, const Employment& employment,
                               std::initializer_list<VisitKind> kinds)
{
    std::optional<QDate> last;
    for (const Visit& v : worker.visits)
        if (countsFor(v, employment.id) && std::find(kinds.begin(), kinds.end(), v.kind) != kinds.end() &&
            (!last || v.date > *last))
            last = v.date;
    return last;
}

} // namespace

// Rule 2.
bool isActive(const Employment& employment, QDate today)
{
    return !employment.end || *employment.end >= today;
}

// Rule 3, dispensations: R4624-15 (SI 5 years, SIA 3 years), R4624-27 (SIR 2 years).
QDate dispensationFloor(Category category, QDate start)
{
    switch (category) {
    case Category::Si:
        return plusYears(start, -5);
    case Category::Sia:
        return plusYears(start, -3);
    case Category::Sir:
        return plusYears(start, -2);
    }
    return start;
}

bool initialVisitSatisfied(const Worker& worker, const Employment& employment, QDate today)
{
    const Category category = categoryForFollowUp(worker, employment, today).category;
    const QDate floor = dispensationFloor(category, employment.start);
    for (const Visit& v : worker.visits) {
        if (!countsFor(v, employment.id) || v.date < floor)
            continue;
        if (v.kind == VisitKind::Ema || (v.kind == VisitKind::Vip && category != Category::Sir))
            return true;
    }
    return false;
}

// Rule 3: R4624-24 (EMA), R4624-18 (VIP before assignment), apprentices (2 months), R4624-10 (3 months).
std::optional<DueVisit> initialVisit(const Worker& worker, const Employment& employment, QDate today)
{
    if (!isActive(employment, today) || initialVisitSatisfied(worker, employment, today))
        return std::nullopt;
    const Category category = categoryForFollowUp(worker, employment, today).category;
    const auto due = [&](VisitKind kind, QDate latest, Performer performer, const QString& basis) {
        return makeDue(worker.id, employment.id, kind, std::nullopt, latest, performer, basis, today);
    };
    if (category == Category::Sir)
        return due(VisitKind::Ema, employment.start, Performer::Mt, QStringLiteral("R4624-24"));
    if (employment.nightWorker || isMinorOn(worker, employment.start))
        return due(VisitKind::Vip, employment.start, Performer::HealthPro, QStringLiteral("R4624-18"));
    if (employment.apprentice)
        return due(VisitKind::Vip, plusMonths(employment.start, 2), Performer::HealthPro,
                   QStringLiteral("apprentice: 2 months"));
    return due(VisitKind::Vip, plusMonths(employment.start, 3), Performer::HealthPro, QStringLiteral("R4624-10"));
}

// The article, and the team protocol's interval when it is shorter than the law's (people read why
// the deadline is earlier than the legal maximum). With the legal intervals, exactly the contract's basis.
static QString withProtocol(const QString& article, int months, int legalMonths)
{
    return months < legalMonths ? QStringLiteral("%1 (protocol: %2 months)").arg(article).arg(months) : article;
}

// Rule 4: R4624-16 (SI), R4624-17 (SIA), R4624-28 (SIR renewal and intermediate visit).
QList<DueVisit> periodicVisits(const Worker& worker, const Employment& employment, QDate today,
                               const Periodicities& periodicities)
{
    if (!isActive(employment, today) || !initialVisitSatisfied(worker, employment, today))
        return {};
    const Category category = categoryForFollowUp(worker, employment, today).category;
    QList<DueVisit> out;
    if (category != Category::Sir) {
        const std::optional<QDate> last =
            lastVisit(worker, employment,
                      {VisitKind::Vip, VisitKind::VipRenewal, VisitKind::Ema, VisitKind::EmaRenewal, VisitKind::SirIntermediate});
        if (!last) // cannot happen: the satisfying VIP/EMA counts
            return {};
        const bool adapted = category == Category::Sia;
        const Periodicities law = legalPeriodicities();
        out << makeDue(worker.id, employment.id, VisitKind::VipRenewal, std::nullopt,
                       plusMonths(*last, adapted ? periodicities.siaRenewalMonths : periodicities.siRenewalMonths),
                       Performer::HealthPro,
                       adapted ? withProtocol(QStringLiteral("R4624-17"), periodicities.siaRenewalMonths, law.siaRenewalMonths)
                               : withProtocol(QStringLiteral("R4624-16"), periodicities.siRenewalMonths, law.siRenewalMonths),
                       today);
        return out;
    }
    // SIR: only the médecin du travail's exams set *last*.
    const std::optional<QDate> last = lastVisit(worker, employment, {VisitKind::Ema, VisitKind::EmaRenewal});
    if (!last)
        return {};
    const Periodicities law = legalPeriodicities();
    out << makeDue(worker.id, employment.id, VisitKind::EmaRenewal, std::nullopt, plusMonths(*last, periodicities.sirRenewalMonths),
                   Performer::Mt, withProtocol(QStringLiteral("R4624-28"), periodicities.sirRenewalMonths, law.sirRenewalMonths),
                   today);
    const std::optional<QDate> intermediate = lastVisit(worker, employment, {VisitKind::SirIntermediate});
    if (!intermediate || *intermediate <= *last)
        out << makeDue(worker.id, employment.id, VisitKind::SirIntermediate, std::nullopt,
                       plusMonths(*last, periodicities.sirIntermediateMonths), Performer::HealthPro,
                       withProtocol(QStringLiteral("R4624-28"), periodicities.sirIntermediateMonths, law.sirIntermediateMonths),
                       today);
    return out;
}

} // namespace vigie::scheduling
