#include "dmst/print/DmstPrinter.h"

#include "membership/print/DocumentPrinter.h"

namespace vigie::dmst {

core::Status printDocumentPdf(const membership::PrintableDocument& document, const QString& path)
{
    return membership::printPdf(document, path);
}

core::Status printRecordPdf(const RecordSnapshot& snapshot, const ExportRequestInfo& request, const QString& path)
{
    return membership::printPdf(recordDocument(snapshot, request), path);
}

} // namespace vigie::dmst
