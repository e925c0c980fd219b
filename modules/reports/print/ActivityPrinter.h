#pragma once
// The annual activity report as a PDF (through the shared document printer) with its charts drawn by
// Qt Charts — visits per month, the indicators against last year — and its tables as CSV files.
// Needs a QApplication (Qt Charts' items are graphics widgets); the CLI creates one for this command.

#include "core/Result.h"
#include "membership/Documents.h"
#include "reports/ActivityReport.h"

#include <QByteArray>

namespace vigie::reports {

// The charts as PNG (empty when no QApplication exists): visits_by_month, indicators.
QByteArray visitsChartPng(const ActivityData& data);
QByteArray indicatorsChartPng(const ActivityData& data);

membership::PrintableDocument activityDocument(const ActivityData& data);
core::Status printActivityReport(const ActivityData& data, const QString& pdfPath);
// One CSV file per table (activityTables) in `folder`, created if needed; returns the files written.
core::Result<QStringList> writeActivityCsv(const ActivityData& data, const QString& folder);

} // namespace vigie::reports
