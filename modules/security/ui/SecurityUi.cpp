#include "security/ui/SecurityUi.h"

#include "security/ui/AccountsPage.h"
#include "ui/ModuleRegistry.h"
#include "ui/Pictograms.h"

#include <QCoreApplication>

namespace vigie::security {

void registerSecurityUi(ui::ModuleRegistry& registry)
{
    registry.add(ui::ModuleEntry{
        QStringLiteral("accounts"), QCoreApplication::translate("vigie::security", "Accounts and teams"),
        ui::pictogramIcon(ui::Pictogram::Accounts), {Module::Administration},
        [](Session& session, QWidget* parent) -> QWidget* { return new AccountsPage(session, parent); },
        {}});
}

} // namespace vigie::security
