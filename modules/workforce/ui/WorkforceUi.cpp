#include "workforce/ui/WorkforceUi.h"

#include "ui/IdentityBanner.h"
#include "ui/ModuleRegistry.h"
#include "ui/Pictograms.h"
#include "workforce/ui/DeclarationPage.h"
#include "workforce/ui/WorkerSearchModel.h"
#include "workforce/ui/WorkerSearchPage.h"

#include <QCoreApplication>

namespace vigie::workforce {
namespace {

// INS-07: the strict traits, in the same words as the identity banner.
ui::SearchHit hitOf(const WorkerSummary& w)
{
    const ui::IdentityTraits traits = identityOf(w);
    QString text = ui::nameInCapitals(w.birthName) + QLatin1Char(' ') + w.firstBirthFirstName.trimmed();
    if (!w.usedName.trimmed().isEmpty())
        text += QStringLiteral(" (%1)").arg(ui::nameInCapitals(w.usedName));
    const QString birth = traits.birthDate.isValid() ? traits.birthDate.toString(QStringLiteral("dd/MM/yyyy")) : w.birthDate;
    const QString detail = QStringList{birth, ui::sexText(w.sex), ui::insStatusText(ui::insStatusFromCode(w.insStatus))}
                               .join(QStringLiteral("  ·  "));
    return ui::SearchHit{QStringLiteral("worker"), w.id, text, detail, traits, QVariant::fromValue(w)};
}
} // namespace

void registerWorkforceUi(ui::ModuleRegistry& registry)
{
    using security::Module;
    registry.add(ui::ModuleEntry{
        QStringLiteral("workers"), QCoreApplication::translate("vigie::workforce", "Workers"), ui::pictogramIcon(ui::Pictogram::Worker),
        {Module::Records, Module::Planning},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new WorkerSearchPage(&session, parent); },
        {QStringLiteral("worker")}});
    // The workforce declaration: for those who handle members (adhésion) or plan visits.
    registry.add(ui::ModuleEntry{
        QStringLiteral("declaration"), QCoreApplication::translate("vigie::workforce", "Workforce declaration"),
        ui::pictogramIcon(ui::Pictogram::Document), {Module::Membership, Module::Planning},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new DeclarationPage(session, parent); },
        {}});
    registry.addSearchProvider(ui::SearchProvider{
        QStringLiteral("workers"), QCoreApplication::translate("vigie::workforce", "Workers"), {Module::Records, Module::Planning},
        [](security::Session& session, const QString& text, int limit) -> core::Result<QList<ui::SearchHit>> {
            auto found = WorkerStore::findByName(session, text, limit);
            if (!found)
                return found.error();
            QList<ui::SearchHit> hits;
            for (const WorkerSummary& w : found.value())
                hits << hitOf(w);
            return hits;
        }});
}

} // namespace vigie::workforce
