#pragma once
// Prints a day's convocation letters (Convocation.h) as one PDF, with the shared document printer
// (membership/print/DocumentPrinter: A4, header and footer on every page, "Page n / N"). QtGui only;
// needs a QGuiApplication (the offscreen platform is enough).

#include "core/Result.h"
#include "scheduling/Convocation.h"

namespace vigie::scheduling {

core::Status printConvocations(const ConvocationBatch& batch, const QString& path);

} // namespace vigie::scheduling
