#pragma once
// The barometer (issue 16 part 5; offer §3.6.1.5) of an establishment or an enterprise: its own
// figures beside its branch's (the member establishments of the same NAF division in the service)
// when it has enough followed workers (BarometerMinimumWorkers, a setting), otherwise the branch's
// alone. Work data (exposures declared and observed, turnover, work accidents and occupational
// diseases, job retention, prevention dynamics) and health data by body system (the health_problem
// groups that closed consultations code). It leaves the service: every cell goes through the
// small-cell rule with complementary suppression within its group (Indicators.h publish()). Never a
// name. Pure code: data and HTML.

#include "membership/Documents.h"
#include "reports/Indicators.h"
#include "reports/OfferIndicators.h"

#include <QList>
#include <QPair>
#include <QString>

namespace vigie::reports {

inline constexpr int BarometerMinimumWorkers = 20;

// One group of figures (published together with its total): code → exact count, own and branch.
struct BarometerGroup {
    QString name;   // translated title
    QString note;   // translated, may be empty
    QList<QPair<QString, qint64>> own;
    QList<QPair<QString, qint64>> branch;
    QString (*labelOf)(const QString& code) = nullptr;
};

struct BarometerData {
    Scope scope;            // establishment:SIRET or siren:SIREN
    QString name;
    QString serviceName;
    QString division;       // NAF division, "43"
    int year = 0;
    int minimumWorkers = BarometerMinimumWorkers;
    qint64 ownWorkers = 0;  // followed at 31 December (exact; published through Count)
    qint64 branchWorkers = 0;
    qint64 branchEstablishments = 0;
    QString healthNotComputed; // why the health data by body system is not shown (empty: shown)
    QList<BarometerGroup> groups;
};

// Whether the company's own figures are shown beside its branch's.
inline bool showsOwnFigures(const BarometerData& d) { return d.ownWorkers >= d.minimumWorkers; }

membership::PrintableDocument barometerDocument(const BarometerData& data);

} // namespace vigie::reports
