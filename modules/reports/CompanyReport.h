#pragma once
// A company's report (issue 16 part 4; offer §3.6.1.6): the service's activity for one establishment
// or enterprise over the five years up to a year — visits by kind, workplace actions by kind, company
// sheets — for its CSE and for companies of more than 300 workers. It leaves the service: every cell
// goes through the small-cell rule with complementary suppression (Indicators.h publish()). Pure code:
// the data (counted by CompanyStore) and its HTML body.

#include "reports/Indicators.h"
#include "reports/OfferIndicators.h"
#include "membership/Documents.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace vigie::reports {

struct CompanyYear {
    int year = 0;
    QList<QPair<QString, qint64>> visitsByKind;   // exact counts, published through publish()
    QList<QPair<QString, qint64>> actionsByCode;
    qint64 sheets = 0;                            // company-sheet versions validated in the year
};

struct CompanyData {
    Scope scope;          // establishment:SIRET or siren:SIREN
    QString name;         // the establishment's or enterprise's name
    QString serviceName;
    int lastYear = 0;
    qint64 followedWorkers = 0; // at 31 December of the last year
    QList<CompanyYear> years;   // the five years, oldest first
};

// The body, every count published (never a cell from 1 to 4; a hidden cell and its total never give
// it away).
membership::PrintableDocument companyDocument(const CompanyData& data);

} // namespace vigie::reports
