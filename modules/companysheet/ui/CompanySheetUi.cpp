#include "companysheet/ui/CompanySheetUi.h"

#include "companysheet/ui/CompanySheetsPage.h"
#include "ui/ModuleRegistry.h"
#include "ui/Pictograms.h"

#include <QCoreApplication>

namespace vigie::companysheet {
void registerCompanySheetUi(ui::ModuleRegistry& registry)
{
    registry.add(ui::ModuleEntry{
        QStringLiteral("companysheets"), QCoreApplication::translate("vigie::companysheet", "Company sheets"),
        ui::pictogramIcon(ui::Pictogram::Clipboard, QColor(0x1d, 0x6b, 0x3a)), {security::Module::CompanySheets},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new CompanySheetsPage(session, parent); },
        {QStringLiteral("establishment")}});
}
} // namespace vigie::companysheet
