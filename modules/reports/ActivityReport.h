#pragma once
// The annual activity report (issue 16 part 3; D4622-54): the figures of a year for the service or a
// scope, as tables, and every indicator of the contract with this year's and last year's values. Pure
// code: the data (counted by ActivityStore), its tables as rows (for the PDF and the CSV export) and
// the HTML body. Charts are drawn by print/ActivityPrinter. Aggregates only: never a worker.

#include "reports/IndicatorStore.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace vigie::reports {

using Counts = QList<QPair<QString, qint64>>; // code → count, in display order

struct ActivityData {
    int year = 0;
    Scope scope;
    Period period; // the civil year
    QString serviceName;
    // The service at 31 December.
    Counts membersByStatus;   // active, suspended, left
    Counts membersBySize;     // followed workers per member: 0, 1-10, 11-49, 50-249, 250+
    Counts workersByCategory; // SI, SIA, SIR (highest category of the employments in force)
    Counts teams;             // team name → followed workers at D
    // Individual follow-up in the year.
    Counts visitsByKind;      // performed visits by kind
    QList<qint64> visitsByMonth; // 12 values
    qint64 noShows = 0;
    Counts documentsByKind;   // signed attestations, aptitude, inaptitude, adjustment, prevention orders
    QList<IndicatorStore::DelayRow> delays;
    // Workplace actions in the year.
    Counts actionsByGroup;    // awareness, advice, primary prevention
    Counts actionsByCode;     // every code of the thesaurus
    qint64 establishmentsReached = 0;
    // Company sheets validated in the year.
    qint64 sheetsMade = 0;    // first versions
    qint64 sheetsRenewed = 0; // later versions
    // Job retention in the year.
    Counts jobRetention;      // PRE_RETURN, RETURN visits, adjustment proposals, inaptitude opinions
    pdp::RetentionFigures retention; // the PDP cases, steps, social follow-ups and reviews of the year
    // The contract's indicators, this year and last year.
    QList<IndicatorResult> indicators;
    QList<IndicatorResult> indicatorsLastYear;
};

// One table of the report: its file name for the CSV export, its title, its header and its rows.
struct ReportTable {
    QString name;  // services, members_by_size, ... (file name without .csv)
    QString title; // translated
    QStringList header;
    QList<QStringList> rows;
};

// The tables of the report in their order (the same in the PDF and the CSV folder).
QList<ReportTable> activityTables(const ActivityData& data);
// CSV of a table (';' separated, UTF-8, fields quoted when needed).
QString tableCsv(const ReportTable& table);
// The HTML body of the report; `charts` maps a chart's name (visits_by_month, indicators) to the image
// resource the body shows (empty: no chart).
QString activityHtml(const ActivityData& data, const QStringList& charts);


} // namespace vigie::reports
