#include "reports/ActivityReport.h"

#include "prevention/WorkplaceAction.h"
#include "reports/Indicators.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace vigie::reports {

namespace {

QString num(qint64 n) { return QLocale().toString(n); }

QString esc(const QString& s) { return s.toHtmlEscaped(); }

QString sizeLabel(const QString& code)
{
    if (code == QLatin1String("0"))
        return QCoreApplication::translate("vigie::reports", "No followed worker");
    return QCoreApplication::translate("vigie::reports", "%1 followed workers").arg(code);
}

QString documentLabel(const QString& code)
{
    if (code == QLatin1String("attestation"))
        return QCoreApplication::translate("vigie::reports", "Follow-up attestations");
    if (code == QLatin1String("aptitude"))
        return QCoreApplication::translate("vigie::reports", "Fitness opinions");
    if (code == QLatin1String("inaptitude"))
        return QCoreApplication::translate("vigie::reports", "Unfitness opinions");
    if (code == QLatin1String("adjustment"))
        return QCoreApplication::translate("vigie::reports", "Proposals of adjustment measures");
    if (code == QLatin1String("prevention_order"))
        return QCoreApplication::translate("vigie::reports", "Prevention orders");
    if (code == QLatin1String("information"))
        return QCoreApplication::translate("vigie::reports", "Information given");
    return code;
}

QString groupLabel(const QString& code)
{
    if (code == QLatin1String("awareness"))
        return QCoreApplication::translate("vigie::reports", "Awareness");
    if (code == QLatin1String("advice"))
        return QCoreApplication::translate("vigie::reports", "Advice");
    if (code == QLatin1String("primary_prevention"))
        return QCoreApplication::translate("vigie::reports", "Primary prevention");
    return code;
}

QString retentionLabel(const QString& code)
{
    if (code == QLatin1String("adjustment"))
        return QCoreApplication::translate("vigie::reports", "Proposals of adjustment measures");
    if (code == QLatin1String("inaptitude"))
        return QCoreApplication::translate("vigie::reports", "Unfitness opinions");
    return visitKindLabel(code);
}

ReportTable counted(const QString& name, const QString& title, const QString& what, const Counts& counts, QString (*label)(const QString&))
{
    ReportTable t{name, title, {what, QCoreApplication::translate("vigie::reports", "Count")}, {}};
    qint64 total = 0;
    for (const auto& [code, n] : counts) {
        t.rows << QStringList{label ? label(code) : code, num(n)};
        total += n;
    }
    t.rows << QStringList{QCoreApplication::translate("vigie::reports", "Total"), num(total)};
    return t;
}

QString monthName(int m) { return QLocale().standaloneMonthName(m, QLocale::LongFormat); }

QString days(const std::optional<double>& d)
{
    return d ? QLocale().toString(*d, 'f', *d == std::floor(*d) ? 0 : 1) : QStringLiteral("—");
}

QString percent(const std::optional<double>& v) { return v ? QLocale().toString(*v, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—"); }

QString indicatorValue(const IndicatorResult& r)
{
    switch (r.status) {
    case IndicatorStatus::NotComputed: return QCoreApplication::translate("vigie::reports", "not computed");
    case IndicatorStatus::Suppressed: return QCoreApplication::translate("vigie::reports", "hidden (< 5)");
    case IndicatorStatus::Computed: break;
    }
    if (!r.value)
        return QStringLiteral("—");
    return r.unit == IndicatorUnit::Count ? num(qint64(*r.value)) : percent(r.value);
}

QString figure(const std::optional<qint64>& n) { return n ? num(*n) : QStringLiteral("—"); }

QString originLabel(const QString& code)
{
    auto v = pdp::originFromCode(code);
    return v ? pdp::titleOf(v.value()) : code;
}
QString outcomeLabel(const QString& code)
{
    auto v = pdp::outcomeFromCode(code);
    return v ? pdp::titleOf(v.value()) : code;
}
QString stepLabel(const QString& code)
{
    auto v = pdp::stepKindFromCode(code);
    return v ? pdp::titleOf(v.value()) : code;
}

template<class T>
Counts byCode(const pdp::CodeCounts<T>& counts)
{
    Counts out;
    for (const auto& [code, n] : counts)
        out.append({pdp::codeOf(code), n});
    return out;
}

// A breakdown with its total; in a scope that hides small cells, every cell through the small-cell rule
// with complementary suppression (these are a few identifiable workers' health-related events).
ReportTable breakdown(const QString& name, const QString& title, const QString& what, const Counts& counts, QString (*label)(const QString&),
                      const Scope& scope)
{
    if (!scope.hidesSmallCells())
        return counted(name, title, what, counts, label);
    ReportTable t{name, title, {what, QCoreApplication::translate("vigie::reports", "Count")}, {}};
    const Breakdown b = publish(counts, label);
    for (const CountRow& r : b.rows)
        t.rows << QStringList{r.label, r.count.text()};
    t.rows << QStringList{QCoreApplication::translate("vigie::reports", "Total"), b.total.text()};
    return t;
}

// One figure: the number, or "< 5" in a scope that hides small cells.
QString cell(qint64 n, const Scope& scope) { return scope.hidesSmallCells() ? Count::of(n).text() : num(n); }

QList<ReportTable> retentionTables(const ActivityData& d)
{
    const pdp::RetentionFigures& f = d.retention;
    QList<ReportTable> out;
    out << breakdown(QStringLiteral("pdp_cases_by_origin"), QCoreApplication::translate("vigie::reports", "Job-retention cases opened, by origin"),
                     QCoreApplication::translate("vigie::reports", "Origin"), byCode(f.openedByOrigin), &originLabel, d.scope);
    out << breakdown(QStringLiteral("pdp_steps_by_kind"), QCoreApplication::translate("vigie::reports", "Steps of the job-retention cases, by kind"),
                     QCoreApplication::translate("vigie::reports", "Step"), byCode(f.stepsByKind), &stepLabel, d.scope);
    out << breakdown(QStringLiteral("pdp_cases_by_outcome"), QCoreApplication::translate("vigie::reports", "Job-retention cases closed, by outcome"),
                     QCoreApplication::translate("vigie::reports", "Outcome"), byCode(f.closedByOutcome), &outcomeLabel, d.scope);
    QList<Delay> closing;
    for (qint64 n : f.daysToClose)
        closing << Delay{n, false};
    const DelayStats close = delayStats(closing, d.scope);
    const bool hideOnTime = d.scope.hidesSmallCells() && (Count::mustSuppress(f.reviewsDone) || Count::mustSuppress(f.reviewsOnTime));
    ReportTable follow{QStringLiteral("pdp_follow_up"), QCoreApplication::translate("vigie::reports", "Follow-up of the job-retention cases"),
                       {QCoreApplication::translate("vigie::reports", "Item"), QCoreApplication::translate("vigie::reports", "Value")}, {}};
    follow.rows << QStringList{QCoreApplication::translate("vigie::reports", "Cases open at the end of the period"), cell(f.openAtEnd, d.scope)}
                << QStringList{QCoreApplication::translate("vigie::reports", "People given social support"), cell(f.socialSupportPeople, d.scope)}
                << QStringList{QCoreApplication::translate("vigie::reports", "Reviews done (3 months, 6 months, one year)"), cell(f.reviewsDone, d.scope)}
                << QStringList{QCoreApplication::translate("vigie::reports", "Reviews done on or before their due day"),
                               hideOnTime ? QCoreApplication::translate("vigie::reports", "hidden (< 5)")
                                          : QStringLiteral("%1 (%2)").arg(num(f.reviewsOnTime), percent(ratio(f.reviewsOnTime, f.reviewsDone)))}
                << QStringList{QCoreApplication::translate("vigie::reports", "Days from opening to closure: median"), days(close.median)}
                << QStringList{QCoreApplication::translate("vigie::reports", "Days from opening to closure: 90th percentile"),
                               close.p90 ? num(*close.p90) : QStringLiteral("—")};
    out << follow;
    ReportTable year = breakdown(QStringLiteral("pdp_one_year"), QCoreApplication::translate("vigie::reports", "The worker's situation at the one-year review"),
                                 QCoreApplication::translate("vigie::reports", "Situation"), byCode(f.oneYearBySituation), &outcomeLabel, d.scope);
    const bool hideKept = d.scope.hidesSmallCells() && (Count::mustSuppress(f.keptAtOneYear) || Count::mustSuppress(f.oneYearReviews()));
    year.rows << QStringList{QCoreApplication::translate("vigie::reports", "Kept in employment (same post, adjusted post, redeployed)"),
                             hideKept ? QCoreApplication::translate("vigie::reports", "hidden (< 5)")
                                      : QStringLiteral("%1 (%2)").arg(num(f.keptAtOneYear), percent(ratio(f.keptAtOneYear, f.oneYearReviews())))};
    out << year;
    return out;
}

QString tableHtml(const ReportTable& t)
{
    QString h = QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                               "style=\"border-collapse: collapse; border-color: #999;\"><tr>")
                    .arg(esc(t.title));
    for (int i = 0; i < t.header.size(); ++i)
        h += QStringLiteral("<th align=\"%1\" bgcolor=\"#e8eef5\">%2</th>").arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                                                                            esc(t.header.at(i)));
    h += QStringLiteral("</tr>");
    for (const QStringList& row : t.rows) {
        h += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i)
            h += QStringLiteral("<td align=\"%1\">%2</td>").arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"), esc(row.at(i)));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}
} // namespace

QList<ReportTable> activityTables(const ActivityData& d)
{
    QList<ReportTable> out;
    out << counted(QStringLiteral("members_by_status"), QCoreApplication::translate("vigie::reports", "Member establishments by status at 31 December"), QCoreApplication::translate("vigie::reports", "Status"),
                   d.membersByStatus, &establishmentStatusLabel);
    out << counted(QStringLiteral("members_by_size"), QCoreApplication::translate("vigie::reports", "Member establishments by number of followed workers"), QCoreApplication::translate("vigie::reports", "Size"),
                   d.membersBySize, &sizeLabel);
    out << counted(QStringLiteral("workers_by_category"), QCoreApplication::translate("vigie::reports", "Followed workers by follow-up category at 31 December"), QCoreApplication::translate("vigie::reports", "Category"),
                   d.workersByCategory, &followUpLabel);
    out << counted(QStringLiteral("teams"), QCoreApplication::translate("vigie::reports", "Teams and their followed workers at 31 December"), QCoreApplication::translate("vigie::reports", "Team"), d.teams, nullptr);
    out << counted(QStringLiteral("visits_by_kind"), QCoreApplication::translate("vigie::reports", "Visits performed by kind"), QCoreApplication::translate("vigie::reports", "Kind of visit"), d.visitsByKind, &visitKindLabel);
    ReportTable months{QStringLiteral("visits_by_month"), QCoreApplication::translate("vigie::reports", "Visits performed by month"), {QCoreApplication::translate("vigie::reports", "Month"), QCoreApplication::translate("vigie::reports", "Visits")}, {}};
    for (int m = 0; m < d.visitsByMonth.size(); ++m)
        months.rows << QStringList{monthName(m + 1), num(d.visitsByMonth.at(m))};
    months.rows << QStringList{QCoreApplication::translate("vigie::reports", "No-shows"), num(d.noShows)};
    out << months;
    out << counted(QStringLiteral("documents"), QCoreApplication::translate("vigie::reports", "Opinions and attestations signed"), QCoreApplication::translate("vigie::reports", "Document"), d.documentsByKind, &documentLabel);
    ReportTable delays{QStringLiteral("delays"), QCoreApplication::translate("vigie::reports", "Delays from request to answer (days)"),
                       {QCoreApplication::translate("vigie::reports", "Request"), QCoreApplication::translate("vigie::reports", "Answered"), QCoreApplication::translate("vigie::reports", "Median"), QCoreApplication::translate("vigie::reports", "90th percentile"), QCoreApplication::translate("vigie::reports", "Within the target")}, {}};
    for (const IndicatorStore::DelayRow& r : d.delays)
        delays.rows << QStringList{r.kind == QLatin1String("WORKPLACE_ACTION") ? QCoreApplication::translate("vigie::reports", "Workplace actions") : visitKindLabel(r.kind),
                                   r.stats.suppressed ? QCoreApplication::translate("vigie::reports", "hidden (< 5)") : num(r.stats.count), days(r.stats.median),
                                   r.stats.p90 ? num(*r.stats.p90) : QStringLiteral("—"), percent(r.stats.shareWithinTarget)};
    out << delays;
    ReportTable groups = counted(QStringLiteral("actions_by_group"), QCoreApplication::translate("vigie::reports", "Workplace actions by group"), QCoreApplication::translate("vigie::reports", "Group"), d.actionsByGroup, &groupLabel);
    groups.rows.removeLast(); // an action may be in two groups: no total
    groups.rows << QStringList{QCoreApplication::translate("vigie::reports", "Distinct establishments reached"), num(d.establishmentsReached)};
    out << groups;
    out << counted(QStringLiteral("actions_by_kind"), QCoreApplication::translate("vigie::reports", "Workplace actions by kind"), QCoreApplication::translate("vigie::reports", "Kind of action"), d.actionsByCode,
                   &prevention::actionCodeTitle);
    out << ReportTable{QStringLiteral("company_sheets"), QCoreApplication::translate("vigie::reports", "Company sheets validated"), {QCoreApplication::translate("vigie::reports", "Company sheets"), QCoreApplication::translate("vigie::reports", "Count")},
                       {{QCoreApplication::translate("vigie::reports", "Made (first version)"), num(d.sheetsMade)}, {QCoreApplication::translate("vigie::reports", "Renewed (later version)"), num(d.sheetsRenewed)}}};
    out << counted(QStringLiteral("job_retention"), QCoreApplication::translate("vigie::reports", "Job retention"), QCoreApplication::translate("vigie::reports", "Item"), d.jobRetention, &retentionLabel);
    out << retentionTables(d);
    ReportTable ind{QStringLiteral("indicators"), QCoreApplication::translate("vigie::reports", "The offer's indicators"),
                    {QCoreApplication::translate("vigie::reports", "Indicator"), QCoreApplication::translate("vigie::reports", "Numerator"), QCoreApplication::translate("vigie::reports", "Denominator"), QCoreApplication::translate("vigie::reports", "Value"), QCoreApplication::translate("vigie::reports", "Last year")}, {}};
    for (int i = 0; i < d.indicators.size(); ++i) {
        const IndicatorResult& r = d.indicators.at(i);
        const QString last = i < d.indicatorsLastYear.size() ? indicatorValue(d.indicatorsLastYear.at(i)) : QStringLiteral("—");
        ind.rows << QStringList{indicatorTitle(r.code), figure(r.numerator), figure(r.denominator), indicatorValue(r), last};
    }
    out << ind;
    return out;
}

QString tableCsv(const ReportTable& t)
{
    const auto field = [](QString s) {
        if (s.contains(QLatin1Char(';')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
            s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return s;
    };
    QStringList lines;
    QStringList header;
    for (const QString& h : t.header)
        header << field(h);
    lines << header.join(QLatin1Char(';'));
    for (const QStringList& row : t.rows) {
        QStringList cells;
        for (const QString& c : row)
            cells << field(c);
        lines << cells.join(QLatin1Char(';'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString activityHtml(const ActivityData& d, const QStringList& charts)
{
    const QList<ReportTable> tables = activityTables(d);
    const auto table = [&](const QString& name) {
        for (const ReportTable& t : tables)
            if (t.name == name)
                return tableHtml(t);
        return QString();
    };
    const auto chart = [&](const QString& name) {
        return charts.contains(name) ? QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"620\"></p>").arg(name) : QString();
    };
    QString h = QStringLiteral("<h1>%1</h1><p>%2</p>")
                    .arg(esc(QCoreApplication::translate("vigie::reports", "Annual activity report %1").arg(d.year)),
                         esc(QCoreApplication::translate("vigie::reports", "%1 — scope: %2 — from %3 to %4")
                                 .arg(d.serviceName, d.scope.text(), QLocale().toString(d.period.from, QLocale::ShortFormat),
                                      QLocale().toString(d.period.to, QLocale::ShortFormat))));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("vigie::reports", "1. The service")));
    h += table(QStringLiteral("members_by_status")) + table(QStringLiteral("members_by_size")) + table(QStringLiteral("workers_by_category")) +
         table(QStringLiteral("teams"));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("vigie::reports", "2. Individual follow-up")));
    h += table(QStringLiteral("visits_by_kind")) + chart(QStringLiteral("visits_by_month")) + table(QStringLiteral("visits_by_month")) +
         table(QStringLiteral("documents")) + table(QStringLiteral("delays"));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("vigie::reports", "3. Workplace actions and company sheets")));
    h += table(QStringLiteral("actions_by_group")) + table(QStringLiteral("actions_by_kind")) + table(QStringLiteral("company_sheets"));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("vigie::reports", "4. Job retention")));
    h += table(QStringLiteral("job_retention")) + table(QStringLiteral("pdp_cases_by_origin")) + table(QStringLiteral("pdp_steps_by_kind")) +
         table(QStringLiteral("pdp_cases_by_outcome")) + table(QStringLiteral("pdp_follow_up")) + table(QStringLiteral("pdp_one_year"));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("vigie::reports", "5. The offer's indicators")));
    h += chart(QStringLiteral("indicators")) + table(QStringLiteral("indicators"));
    h += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">").arg(esc(QCoreApplication::translate("vigie::reports", "Definitions")));
    for (const IndicatorResult& r : d.indicators) {
        // Whole sentences to translate: French puts a space before ':' and ';'.
        QString line = QStringLiteral("<b>%1</b> (%2) — %3")
                           .arg(esc(indicatorTitle(r.code)), esc(r.code),
                                esc(QCoreApplication::translate("vigie::reports", "numerator: %1").arg(indicatorNumerator(r.code))));
        if (r.unit == IndicatorUnit::Percent)
            line += esc(QCoreApplication::translate("vigie::reports", "; denominator: %1").arg(indicatorDenominator(r.code)));
        if (r.status != IndicatorStatus::Computed)
            line += QStringLiteral(". <i>%1</i>").arg(esc(r.reason));
        h += QStringLiteral("<tr><td>%1</td></tr>").arg(line);
    }
    h += QStringLiteral("</table><p><small>%1</small></p>")
             .arg(esc(QCoreApplication::translate("vigie::reports", "Aggregated figures only. Window of the indicators: the 5 years up to the last day of the period. In a scope "
                         "narrower than a team, a figure from 1 to 4 is not published.")));
    return h;
}

} // namespace vigie::reports
