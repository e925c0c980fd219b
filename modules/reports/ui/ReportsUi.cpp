#include "reports/ui/ReportsUi.h"

#include "reports/ui/DashboardPage.h"
#include "ui/ModuleRegistry.h"
#include "ui/Pictograms.h"

#include <QCoreApplication>

namespace vigie::reports {

void registerReportsUi(ui::ModuleRegistry& registry)
{
    registry.add(ui::ModuleEntry{
        QStringLiteral("reports"), QCoreApplication::translate("vigie::reports", "Indicators"),
        ui::pictogramIcon(ui::Pictogram::Chart), {security::Module::Reports},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new DashboardPage(session, parent); },
        {}});
}

} // namespace vigie::reports
