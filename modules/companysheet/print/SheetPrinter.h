#pragma once
// Prints a validated version of a company sheet (the covering letter and the four pages) as one PDF.

#include "core/Result.h"
#include "security/Session.h"

namespace vigie::companysheet {

// Writes version `number` (0: the latest) of the establishment's sheet to `path`; audited as a print.
// ErrorCode::Invalid when there is no such version; Storage when the file cannot be written or no
// QGuiApplication exists.
core::Status printSheetPdf(security::Session& session, const QString& establishmentId, int number, const QString& path);

} // namespace vigie::companysheet
