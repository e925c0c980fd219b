#pragma once
// The offer's key indicators (../shared/docs/indicators-contract.md): their table, the terms that
// define them (period, five-year window, member establishment at D, followed worker at D, workplace
// action groups, scope) and what turns counted figures into published results (ratio rounding, zero
// denominators, small cells, not computed). Pure domain code: no SQL, no widgets, no clock. The
// counting itself is IndicatorStore's SQL, which follows these definitions.

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::reports {

enum class IndicatorUnit { Percent, Count };

// One row of the contract's table, in its order.
struct IndicatorDefinition {
    QString code;    // FE_ESTABLISHMENTS, ...
    QString offer;   // §3.2.1.4, ...
    IndicatorUnit unit = IndicatorUnit::Percent;
};
const QList<IndicatorDefinition>& offerIndicators();
std::optional<IndicatorDefinition> offerIndicator(const QString& code);
QString indicatorTitle(const QString& code);        // translated short name
QString indicatorNumerator(const QString& code);    // translated definition of the numerator
QString indicatorDenominator(const QString& code);  // translated definition of the denominator ("—" for a count)

// --- Terms -------------------------------------------------------------------------------------------

// Period [from, to], both included; D = to. `from` defaults to one year before `to` plus one day.
struct Period {
    QDate from;
    QDate to;
    // ErrorCode::Usage when `to` is invalid or `from` after `to`.
    static core::Result<Period> of(const QDate& to, const std::optional<QDate>& from = std::nullopt);
    // The window W = (D − 5 years, D]: its first included day.
    QDate windowStart() const { return to.addYears(-5).addDays(1); }
    bool inWindow(const QDate& day) const { return day.isValid() && day >= windowStart() && day <= to; }
    bool inPeriod(const QDate& day) const { return day.isValid() && day >= from && day <= to; }
    // The period shifted one year back ([from − 1 year, to − 1 year]), KEPT_AFTER_PRE_RETURN's visits.
    Period yearBefore() const { return Period{from.addYears(-1), to.addYears(-1)}; }
};
inline constexpr int WindowYears = 5;

enum class ScopeKind { Service, Team, Establishment, Siren, Naf };
struct Scope {
    ScopeKind kind = ScopeKind::Service;
    QString value; // team id, SIRET (14 digits), SIREN (9 digits), NAF prefix ("43", "43.2", "43.21A")
    // "service", "team:ID", "establishment:SIRET", "siren:SIREN", "naf:CODE"; ErrorCode::Usage otherwise.
    static core::Result<Scope> parse(const QString& text);
    QString text() const;
    // Small cells are hidden for the scopes that can point at a company (establishment, siren, naf).
    bool hidesSmallCells() const { return kind == ScopeKind::Establishment || kind == ScopeKind::Siren || kind == ScopeKind::Naf; }
    // Whether an establishment with this SIRET, SIREN and NAF code is in scope (teams: by assignment,
    // which this function cannot know: true).
    bool contains(const QString& siret, const QString& naf) const;
};

// Membership status at D from the status history (each change with its first day): the latest change
// on or before D. Without any history, the current status counts from `memberSince` (unknown: always).
// Empty when the establishment was not yet a member at D.
struct StatusChange {
    QString status; // active, suspended, left
    QDate since;
};
QString statusAt(const QList<StatusChange>& history, const QString& currentStatus, const QDate& memberSince, const QDate& d);
inline bool memberAt(const QList<StatusChange>& history, const QString& currentStatus, const QDate& memberSince, const QDate& d)
{
    return statusAt(history, currentStatus, memberSince, d) == QLatin1String("active");
}
// An employment in force at D: start ≤ D and (no end or end ≥ D).
inline bool inForceAt(const QDate& start, const QDate& end, const QDate& d)
{
    return start.isValid() && start <= d && (!end.isValid() || end >= d);
}

// Workplace action groups (codes of the workplace_action thesaurus).
enum class ActionGroup { Awareness, Advice, PrimaryPrevention };
QStringList actionGroupCodes(ActionGroup group);
bool inActionGroup(const QString& code, ActionGroup group);

// --- Results -------------------------------------------------------------------------------------------

enum class IndicatorStatus { Computed, Suppressed, NotComputed };
QString statusCode(IndicatorStatus status); // computed, suppressed, not_computed

// What the store counted for one indicator: the exact figures, or the reason it cannot count them.
struct Figure {
    QString code;
    qint64 numerator = 0;
    qint64 denominator = 0;        // ignored for a count
    QString notComputedReason;     // non-empty: the data is not recorded (translated sentence)
    static Figure counted(const QString& code, qint64 numerator, qint64 denominator = 0) { return {code, numerator, denominator, {}}; }
    static Figure notComputed(const QString& code, const QString& reason) { return {code, 0, 0, reason}; }
};

struct IndicatorResult {
    QString code;
    IndicatorUnit unit = IndicatorUnit::Percent;
    std::optional<qint64> numerator;
    std::optional<qint64> denominator;
    std::optional<double> value;   // one decimal for a ratio, the count itself for a count
    IndicatorStatus status = IndicatorStatus::Computed;
    QString reason;                // set when not computed
};

// 100 × n / d rounded half away from zero to one decimal; nullopt when d is 0.
std::optional<double> ratio(qint64 numerator, qint64 denominator);
// Applies the contract to a figure: ratio or count, zero denominator, small cells for the scope.
IndicatorResult publishFigure(const Figure& figure, const Scope& scope);

// The output of `vigie-cli report indicators`: one JSON object (keys in the contract's order), or CSV
// with the header code;numerator;denominator;value;unit;status;reason.
QString indicatorsJson(const Period& period, const Scope& scope, const QList<IndicatorResult>& results);
QString indicatorsCsv(const QList<IndicatorResult>& results);
QString valueText(const IndicatorResult& result); // "63.5", "412", "" (null)

// --- Delays -------------------------------------------------------------------------------------------

// Response delays in days (request to answer): how many, the median (mean of the two middle values for
// an even count), the 90th percentile (nearest rank: the ⌈0.9 n⌉-th smallest) and how many were within
// the target (the regulatory latest date of a visit request; the service's target for an action).
struct DelayStats {
    qint64 count = 0;
    std::optional<double> median;
    std::optional<qint64> p90;
    qint64 withinTarget = 0;
    std::optional<double> shareWithinTarget; // ratio(withinTarget, count)
    bool suppressed = false;                 // 1 to 4 answers in a scope that hides small cells
};
struct Delay {
    qint64 days = 0;
    bool withinTarget = false;
};
DelayStats delayStats(QList<Delay> delays, const Scope& scope);
// The service's target for answering a request for a workplace action (no regulatory one exists).
inline constexpr int ActionRequestTargetDays = 30;

} // namespace vigie::reports
