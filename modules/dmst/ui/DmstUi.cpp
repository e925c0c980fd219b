#include "dmst/ui/DmstUi.h"

#include "dmst/ui/RecordPage.h"
#include "ui/ModuleRegistry.h"
#include "ui/Pictograms.h"

#include <QCoreApplication>

namespace vigie::dmst {

void registerDmstUi(ui::ModuleRegistry& registry)
{
    registry.add(ui::ModuleEntry{
        QStringLiteral("records"), QCoreApplication::translate("vigie::dmst", "Medical record"), ui::pictogramIcon(ui::Pictogram::Folder),
        {security::Module::Records},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new RecordPage(session, parent); },
        {QStringLiteral("worker")}});
}

} // namespace vigie::dmst
