#pragma once
// "État du suivi individuel" (issue 6 part 6): the company's view of its workers' follow-up as the
// service sends it to the employer — the company, the date, the summary (workers, share up to date),
// one line per worker, "Page n / N" — through the shared document printer. Only dates, kinds of visit
// and categories: never a medical content (FollowUpStore.h). QtGui only; needs a QGuiApplication.

#include "core/Result.h"
#include "membership/Documents.h"
#include "scheduling/Convocation.h"
#include "scheduling/FollowUpStore.h"

namespace vigie::scheduling {

// The summary line: "12 workers, 83 % up to date (2 due within the period, 2 overdue)".
QString followUpSummary(const CompanyFollowUp& view);

membership::PrintableDocument followUpDocument(const CompanyFollowUp& view, const ServiceLetterhead& service);
core::Status printFollowUp(const CompanyFollowUp& view, const ServiceLetterhead& service, const QString& path);

} // namespace vigie::scheduling
