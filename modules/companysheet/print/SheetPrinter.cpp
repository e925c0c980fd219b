#include "companysheet/print/SheetPrinter.h"

#include "companysheet/CompanySheetStore.h"
#include "companysheet/SheetDocument.h"
#include "membership/print/DocumentPrinter.h"

namespace vigie::companysheet {

core::Status printSheetPdf(security::Session& session, const QString& establishmentId, int number, const QString& path)
{
    if (!membership::canPrintDocuments())
        return membership::printPdf({}, path); // the same message as every other document
    auto data = CompanySheetStore::documentData(session, establishmentId, number);
    if (!data)
        return data.error();
    return membership::printPdf(sheetDocument(data.value()), path);
}

} // namespace vigie::companysheet
