#include "reports/OfferIndicators.h"

#include "prevention/PrimaryPrevention.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace vigie::reports {
using core::Error;
using core::ErrorCode;
using core::Result;

namespace {
QString translated(const char* text) { return QCoreApplication::translate("vigie::reports", text); }

struct Texts {
    const char* code;
    const char* title;
    const char* numerator;
    const char* denominator;
};

// The contract's table, word for word in meaning (indicators-contract.md).
const Texts texts[] = {
    {"FE_ESTABLISHMENTS", QT_TRANSLATE_NOOP("vigie::reports", "Establishments with a recent company sheet"),
     QT_TRANSLATE_NOOP("vigie::reports", "Member establishments at D with a company-sheet version validated within the last 5 years"),
     QT_TRANSLATE_NOOP("vigie::reports", "Member establishments at D")},
    {"FE_WORKERS", QT_TRANSLATE_NOOP("vigie::reports", "Workers covered by a recent company sheet"),
     QT_TRANSLATE_NOOP("vigie::reports", "Followed workers at D with an employment in force at D in an establishment with a company sheet validated within the last 5 years"),
     QT_TRANSLATE_NOOP("vigie::reports", "Followed workers at D")},
    {"WORKERS_SEEN", QT_TRANSLATE_NOOP("vigie::reports", "Workers seen within 5 years"),
     QT_TRANSLATE_NOOP("vigie::reports", "Followed workers at D with a visit performed within the last 5 years"),
     QT_TRANSLATE_NOOP("vigie::reports", "Followed workers at D")},
    {"REQUESTS_ON_TIME", QT_TRANSLATE_NOOP("vigie::reports", "Employers' visit requests answered on time"),
     QT_TRANSLATE_NOOP("vigie::reports", "Requests of the denominator answered by a performed visit on or before their latest date"),
     QT_TRANSLATE_NOOP("vigie::reports", "Visit requests made by employers whose latest date falls in the period, cancelled ones excluded")},
    {"DMST_COMPUTERISED", QT_TRANSLATE_NOOP("vigie::reports", "Computerised health records"),
     QT_TRANSLATE_NOOP("vigie::reports", "Workers of the denominator whose record in Vigie holds a closed consultation or a signed document"),
     QT_TRANSLATE_NOOP("vigie::reports", "Followed workers at D with a visit performed within the last 5 years")},
    {"AWARENESS_ESTABLISHMENTS", QT_TRANSLATE_NOOP("vigie::reports", "Establishments reached by awareness actions"),
     QT_TRANSLATE_NOOP("vigie::reports", "Member establishments at D with an awareness action within the last 5 years"),
     QT_TRANSLATE_NOOP("vigie::reports", "Member establishments at D")},
    {"ADVICE_ESTABLISHMENTS", QT_TRANSLATE_NOOP("vigie::reports", "Establishments given advice"),
     QT_TRANSLATE_NOOP("vigie::reports", "Member establishments at D with an advice action within the last 5 years"),
     QT_TRANSLATE_NOOP("vigie::reports", "Member establishments at D")},
    {"PRIMARY_PREVENTION_ESTABLISHMENTS", QT_TRANSLATE_NOOP("vigie::reports", "Establishments with a primary prevention action"),
     QT_TRANSLATE_NOOP("vigie::reports", "Member establishments at D with a primary prevention action within the last 5 years"),
     QT_TRANSLATE_NOOP("vigie::reports", "Member establishments at D")},
    {"ADVICE_WORKERS", QT_TRANSLATE_NOOP("vigie::reports", "Workers given individual advice"),
     QT_TRANSLATE_NOOP("vigie::reports", "Followed workers at D given a signed prevention order, or named as a participant of an advice action, within the last 5 years"),
     QT_TRANSLATE_NOOP("vigie::reports", "Followed workers at D")},
    {"AWARENESS_WORKERS", QT_TRANSLATE_NOOP("vigie::reports", "Workers reached by awareness actions"),
     QT_TRANSLATE_NOOP("vigie::reports", "Followed workers at D named as a participant of an awareness action within the last 5 years"),
     QT_TRANSLATE_NOOP("vigie::reports", "Followed workers at D")},
    {"ADJUSTMENT_PROPOSALS", QT_TRANSLATE_NOOP("vigie::reports", "Proposals of adjustment measures"),
     QT_TRANSLATE_NOOP("vigie::reports", "Signed proposals of adjustment measures (annexe 4) dated in the period"), nullptr},
    {"SOCIAL_SUPPORT_PEOPLE", QT_TRANSLATE_NOOP("vigie::reports", "People given social support"),
     QT_TRANSLATE_NOOP("vigie::reports", "Distinct workers with a social follow-up of a job-retention case active at some day of the period"), nullptr},
    {"KEPT_AFTER_PRE_RETURN", QT_TRANSLATE_NOOP("vigie::reports", "Workers still employed a year after a pre-return visit"),
     QT_TRANSLATE_NOOP("vigie::reports", "Workers of the denominator with an employment in force, at any establishment followed by the service, one year after that visit"),
     QT_TRANSLATE_NOOP("vigie::reports", "Distinct workers with a performed pre-return visit dated in the period shifted one year back")},
    {"ALD_WITH_RECOMMENDATION", QT_TRANSLATE_NOOP("vigie::reports", "Workers with a long-term condition given a recommendation"),
     QT_TRANSLATE_NOOP("vigie::reports", "Workers of the denominator with a signed annexe 4 proposal within the last 5 years"),
     QT_TRANSLATE_NOOP("vigie::reports", "Followed workers at D whose record notes a long-term condition (ALD)")},
    {"SATISFACTION_MEMBERSHIP_INTERFACE", QT_TRANSLATE_NOOP("vigie::reports", "Satisfaction with the membership interface"),
     QT_TRANSLATE_NOOP("vigie::reports", "Answers of 4 or 5 on a 1 to 5 scale"),
     QT_TRANSLATE_NOOP("vigie::reports", "Answers received in the period to the question on the membership interface")},
    {"SATISFACTION_MEMBERSHIP_INFORMATION", QT_TRANSLATE_NOOP("vigie::reports", "Satisfaction with the information given at membership"),
     QT_TRANSLATE_NOOP("vigie::reports", "Answers of 4 or 5 on a 1 to 5 scale"),
     QT_TRANSLATE_NOOP("vigie::reports", "Answers received in the period to the question on the information given at membership")},
    {"WORKER_ACCOUNTS", QT_TRANSLATE_NOOP("vigie::reports", "Workers with a portal account"),
     QT_TRANSLATE_NOOP("vigie::reports", "Followed workers at D with a personal account on the service's portal"),
     QT_TRANSLATE_NOOP("vigie::reports", "Followed workers at D")},
    {"ESTABLISHMENT_ACCOUNTS", QT_TRANSLATE_NOOP("vigie::reports", "Establishments with a portal account"),
     QT_TRANSLATE_NOOP("vigie::reports", "Member establishments at D with an account on the service's portal"),
     QT_TRANSLATE_NOOP("vigie::reports", "Member establishments at D")},
};

const Texts* textsOf(const QString& code)
{
    for (const Texts& t : texts)
        if (code == QLatin1String(t.code))
            return &t;
    return nullptr;
}

QString jsonString(const QString& s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString jsonNumber(const std::optional<qint64>& n) { return n ? QString::number(*n) : QStringLiteral("null"); }

QString unitCode(IndicatorUnit unit) { return unit == IndicatorUnit::Percent ? QStringLiteral("%") : QStringLiteral("count"); }

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(';')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}
} // namespace

const QList<IndicatorDefinition>& offerIndicators()
{
    static const QList<IndicatorDefinition> table{
        {QStringLiteral("FE_ESTABLISHMENTS"), QStringLiteral("§3.2.1.4"), IndicatorUnit::Percent},
        {QStringLiteral("FE_WORKERS"), QStringLiteral("§3.2.1.4"), IndicatorUnit::Percent},
        {QStringLiteral("WORKERS_SEEN"), QStringLiteral("§3.3.1.4"), IndicatorUnit::Percent},
        {QStringLiteral("REQUESTS_ON_TIME"), QStringLiteral("§3.3.1.4"), IndicatorUnit::Percent},
        {QStringLiteral("DMST_COMPUTERISED"), QStringLiteral("§3.3.1.4"), IndicatorUnit::Percent},
        {QStringLiteral("AWARENESS_ESTABLISHMENTS"), QStringLiteral("§3.4.1.4"), IndicatorUnit::Percent},
        {QStringLiteral("ADVICE_ESTABLISHMENTS"), QStringLiteral("§3.4.1.4"), IndicatorUnit::Percent},
        {QStringLiteral("PRIMARY_PREVENTION_ESTABLISHMENTS"), QStringLiteral("§3.2.3"), IndicatorUnit::Percent},
        {QStringLiteral("ADVICE_WORKERS"), QStringLiteral("§3.4.1.4"), IndicatorUnit::Percent},
        {QStringLiteral("AWARENESS_WORKERS"), QStringLiteral("§3.4.1.4"), IndicatorUnit::Percent},
        {QStringLiteral("ADJUSTMENT_PROPOSALS"), QStringLiteral("§3.5.3.2"), IndicatorUnit::Count},
        {QStringLiteral("SOCIAL_SUPPORT_PEOPLE"), QStringLiteral("§3.5.2.2"), IndicatorUnit::Count},
        {QStringLiteral("KEPT_AFTER_PRE_RETURN"), QStringLiteral("§3.5.1.3"), IndicatorUnit::Percent},
        {QStringLiteral("ALD_WITH_RECOMMENDATION"), QStringLiteral("§3.5.1.3"), IndicatorUnit::Percent},
        {QStringLiteral("SATISFACTION_MEMBERSHIP_INTERFACE"), QStringLiteral("§3.1"), IndicatorUnit::Percent},
        {QStringLiteral("SATISFACTION_MEMBERSHIP_INFORMATION"), QStringLiteral("§3.1"), IndicatorUnit::Percent},
        {QStringLiteral("WORKER_ACCOUNTS"), QStringLiteral("offer chart"), IndicatorUnit::Percent},
        {QStringLiteral("ESTABLISHMENT_ACCOUNTS"), QStringLiteral("offer chart"), IndicatorUnit::Percent},
    };
    return table;
}

std::optional<IndicatorDefinition> offerIndicator(const QString& code)
{
    for (const IndicatorDefinition& d : offerIndicators())
        if (d.code == code)
            return d;
    return std::nullopt;
}

QString indicatorTitle(const QString& code)
{
    const Texts* t = textsOf(code);
    return t ? translated(t->title) : code;
}

QString indicatorNumerator(const QString& code)
{
    const Texts* t = textsOf(code);
    return t ? translated(t->numerator) : QString();
}

QString indicatorDenominator(const QString& code)
{
    const Texts* t = textsOf(code);
    return t && t->denominator ? translated(t->denominator) : QStringLiteral("—");
}

Result<Period> Period::of(const QDate& to, const std::optional<QDate>& from)
{
    if (!to.isValid())
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::reports", "The last day of the period is not a valid date")};
    Period p{from ? *from : to.addYears(-1).addDays(1), to};
    if (!p.from.isValid() || p.from > p.to)
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::reports", "The period must start on or before its last day (%1)").arg(to.toString(Qt::ISODate))};
    return p;
}

Result<Scope> Scope::parse(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("service"))
        return Scope{ScopeKind::Service, {}};
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? t : t.left(colon);
    const QString value = colon < 0 ? QString() : t.mid(colon + 1).trimmed();
    static const QRegularExpression siret(QStringLiteral("^\\d{14}$"));
    static const QRegularExpression siren(QStringLiteral("^\\d{9}$"));
    static const QRegularExpression naf(QStringLiteral("^\\d{2}(\\.\\d(\\d[A-Z]?)?)?$"));
    const auto bad = [&] {
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("vigie::reports", "Unknown scope \"%1\" (service, team:ID, establishment:SIRET, siren:SIREN or naf:CODE expected)").arg(text)};
    };
    if (kind == QLatin1String("team") && !value.isEmpty())
        return Scope{ScopeKind::Team, value};
    if (kind == QLatin1String("establishment") && siret.match(value).hasMatch())
        return Scope{ScopeKind::Establishment, value};
    if (kind == QLatin1String("siren") && siren.match(value).hasMatch())
        return Scope{ScopeKind::Siren, value};
    if (kind == QLatin1String("naf") && naf.match(value.toUpper()).hasMatch())
        return Scope{ScopeKind::Naf, value.toUpper()};
    return bad();
}

QString Scope::text() const
{
    switch (kind) {
    case ScopeKind::Service: return QStringLiteral("service");
    case ScopeKind::Team: return QStringLiteral("team:") + value;
    case ScopeKind::Establishment: return QStringLiteral("establishment:") + value;
    case ScopeKind::Siren: return QStringLiteral("siren:") + value;
    case ScopeKind::Naf: return QStringLiteral("naf:") + value;
    }
    return {};
}

bool Scope::contains(const QString& siretOf, const QString& nafOf) const
{
    switch (kind) {
    case ScopeKind::Service:
    case ScopeKind::Team: return true;
    case ScopeKind::Establishment: return siretOf == value;
    case ScopeKind::Siren: return siretOf.left(9) == value;
    case ScopeKind::Naf: return nafOf.toUpper().startsWith(value);
    }
    return false;
}

QString statusAt(const QList<StatusChange>& history, const QString& currentStatus, const QDate& memberSince, const QDate& d)
{
    if (history.isEmpty())
        return !memberSince.isValid() || memberSince <= d ? currentStatus : QString();
    const StatusChange* latest = nullptr;
    for (const StatusChange& c : history)
        if (c.since <= d && (!latest || c.since >= latest->since)) // same day: the one recorded last wins
            latest = &c;
    return latest ? latest->status : QString();
}

QStringList actionGroupCodes(ActionGroup group)
{
    switch (group) {
    case ActionGroup::Awareness: return {QStringLiteral("AWARENESS"), QStringLiteral("AFP_SEASONAL")};
    case ActionGroup::Advice:
        return {QStringLiteral("ADVICE"), QStringLiteral("POST_STUDY"), QStringLiteral("WORK_CONDITIONS_STUDY"),
                QStringLiteral("ERGONOMIC_STUDY"), QStringLiteral("PSYCHOSOCIAL_STUDY"), QStringLiteral("CHEMICAL_RISK_ASSESSMENT"),
                QStringLiteral("MEASUREMENT"), QStringLiteral("DUERP_SUPPORT"), QStringLiteral("PREVENTION_PROJECT"),
                QStringLiteral("ACCIDENT_INVESTIGATION"), QStringLiteral("CSE_MEETING"), QStringLiteral("FIRST_AID_ORGANISATION")};
    case ActionGroup::PrimaryPrevention: return prevention::primaryPreventionCodes(); // one definition, the establishment's page's too
    }
    return {};
}

bool inActionGroup(const QString& code, ActionGroup group) { return actionGroupCodes(group).contains(code); }

QString statusCode(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Computed: return QStringLiteral("computed");
    case IndicatorStatus::Suppressed: return QStringLiteral("suppressed");
    case IndicatorStatus::NotComputed: return QStringLiteral("not_computed");
    }
    return {};
}

std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    // Exact integer arithmetic: tenths = round(1000 n / d), half away from zero.
    const qint64 scaled = 1000 * numerator;
    qint64 tenths = (2 * std::llabs(scaled) + std::llabs(denominator)) / (2 * std::llabs(denominator));
    if ((scaled < 0) != (denominator < 0))
        tenths = -tenths;
    return double(tenths) / 10.0;
}

IndicatorResult publishFigure(const Figure& figure, const Scope& scope)
{
    IndicatorResult r;
    r.code = figure.code;
    const auto def = offerIndicator(figure.code);
    r.unit = def ? def->unit : IndicatorUnit::Percent;
    if (!figure.notComputedReason.isEmpty()) {
        r.status = IndicatorStatus::NotComputed;
        r.reason = figure.notComputedReason;
        return r;
    }
    const bool isCount = r.unit == IndicatorUnit::Count;
    const auto small = [](qint64 n) { return n >= 1 && n <= 4; };
    if (scope.hidesSmallCells() && (small(figure.numerator) || (!isCount && small(figure.denominator)))) {
        r.status = IndicatorStatus::Suppressed;
        r.reason = QCoreApplication::translate("vigie::reports", "Fewer than 5 people or establishments: the figure is not published for this scope");
        return r;
    }
    r.status = IndicatorStatus::Computed;
    r.numerator = figure.numerator;
    if (isCount) {
        r.value = double(figure.numerator);
    } else {
        r.denominator = figure.denominator;
        r.value = ratio(figure.numerator, figure.denominator);
    }
    return r;
}

QString valueText(const IndicatorResult& r)
{
    if (!r.value)
        return {};
    return r.unit == IndicatorUnit::Count ? QString::number(qint64(*r.value)) : QString::number(*r.value, 'f', 1);
}

QString indicatorsJson(const Period& period, const Scope& scope, const QList<IndicatorResult>& results)
{
    QStringList items;
    for (const IndicatorResult& r : results) {
        const QString value = r.value ? valueText(r) : QStringLiteral("null");
        items << QStringLiteral("{\"code\": %1, \"numerator\": %2, \"denominator\": %3, \"value\": %4, \"unit\": %5, "
                                "\"status\": %6, \"reason\": %7}")
                     .arg(jsonString(r.code), jsonNumber(r.numerator), jsonNumber(r.denominator), value,
                          jsonString(unitCode(r.unit)), jsonString(statusCode(r.status)),
                          r.status == IndicatorStatus::Computed ? QStringLiteral("null") : jsonString(r.reason));
    }
    return QStringLiteral("{\"from\": %1, \"to\": %2, \"scope\": %3, \"window_years\": %4,\n \"indicators\": [\n  %5]}")
        .arg(jsonString(period.from.toString(Qt::ISODate)), jsonString(period.to.toString(Qt::ISODate)), jsonString(scope.text()))
        .arg(WindowYears)
        .arg(items.join(QStringLiteral(",\n  ")));
}

QString indicatorsCsv(const QList<IndicatorResult>& results)
{
    QStringList lines{QStringLiteral("code;numerator;denominator;value;unit;status;reason")};
    for (const IndicatorResult& r : results)
        lines << QStringList{r.code,
                             r.numerator ? QString::number(*r.numerator) : QString(),
                             r.denominator ? QString::number(*r.denominator) : QString(),
                             valueText(r),
                             unitCode(r.unit),
                             statusCode(r.status),
                             csvField(r.status == IndicatorStatus::Computed ? QString() : r.reason)}
                     .join(QLatin1Char(';'));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

DelayStats delayStats(QList<Delay> delays, const Scope& scope)
{
    DelayStats out;
    out.count = delays.size();
    if (delays.isEmpty())
        return out;
    if (scope.hidesSmallCells() && out.count < 5) {
        out.count = 0;
        out.suppressed = true;
        return out;
    }
    std::sort(delays.begin(), delays.end(), [](const Delay& a, const Delay& b) { return a.days < b.days; });
    const qsizetype n = delays.size();
    out.median = n % 2 ? double(delays.at(n / 2).days) : (delays.at(n / 2 - 1).days + delays.at(n / 2).days) / 2.0;
    const qsizetype rank = (9 * n + 9) / 10; // ⌈0.9 n⌉
    out.p90 = delays.at(std::max<qsizetype>(rank, 1) - 1).days;
    for (const Delay& d : delays)
        out.withinTarget += d.withinTarget ? 1 : 0;
    out.shareWithinTarget = ratio(out.withinTarget, out.count);
    return out;
}

} // namespace vigie::reports
