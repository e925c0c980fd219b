#include "pdp/ui/PdpUi.h"

#include "pdp/ui/PdpPage.h"
#include "ui/ModuleRegistry.h"
#include "ui/Pictograms.h"

#include <QCoreApplication>

namespace vigie::pdp {
void registerPdpUi(ui::ModuleRegistry& registry)
{
    registry.add(ui::ModuleEntry{
        QStringLiteral("pdp"), QCoreApplication::translate("vigie::pdp", "Job retention"),
        ui::pictogramIcon(ui::Pictogram::Worker, QColor(0x8a, 0x4b, 0x08)), {security::Module::Pdp},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new PdpPage(session, parent); }, {}});
}
} // namespace vigie::pdp
