#include "scheduling/print/ConvocationPrinter.h"

#include "membership/print/DocumentPrinter.h"

namespace vigie::scheduling {

core::Status printConvocations(const ConvocationBatch& batch, const QString& path)
{
    return membership::printPdf(membership::PrintableDocument{batch.title, batch.html, batch.headerLeft, batch.headerRight, batch.footer},
                                path);
}

} // namespace vigie::scheduling
