#pragma once
// Prints the record's documents and the worker's copy of his record to PDF, through the one document
// printer of Vigie (membership/print/DocumentPrinter: A4, header and footer on every page). Rights
// and audit are the stores' (DocumentStore::forPrinting, ExportStore::snapshot): this only lays out.

#include "core/Result.h"
#include "dmst/RecordExport.h"

namespace vigie::dmst {

core::Status printDocumentPdf(const membership::PrintableDocument& document, const QString& path);
core::Status printRecordPdf(const RecordSnapshot& snapshot, const ExportRequestInfo& request, const QString& path);
// The worker's copy in `format` — "pdf" (printRecordPdf) or "fhir" (the JSON Bundle, written whole or
// not at all) — at `path`.
core::Status writeRecordCopy(const RecordSnapshot& snapshot, const ExportRequestInfo& request, const QString& format, const QString& path);

} // namespace vigie::dmst
