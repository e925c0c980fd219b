#include "membership/ui/MembershipUi.h"

#include "membership/ui/EstablishmentsPage.h"
#include "ui/ModuleRegistry.h"
#include "ui/Pictograms.h"

#include <QCoreApplication>

namespace vigie::membership {
void registerMembershipUi(ui::ModuleRegistry& registry)
{
    using security::Module;
    // The administrator sees the establishments too: it assigns them to teams.
    registry.add(ui::ModuleEntry{
        QStringLiteral("establishments"), QCoreApplication::translate("vigie::membership", "Establishments"), ui::pictogramIcon(ui::Pictogram::Building),
        {Module::Membership, Module::Administration},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new EstablishmentsPage(session, parent); },
        {QStringLiteral("establishment")}});
    registry.addSearchProvider(ui::SearchProvider{
        QStringLiteral("establishments"), QCoreApplication::translate("vigie::membership", "Establishments"), {Module::Membership, Module::Administration},
        [](security::Session& session, const QString& text, int limit) -> core::Result<QList<ui::SearchHit>> {
            auto found = EstablishmentStore::findByName(session, text, limit);
            if (!found)
                return found.error();
            QList<ui::SearchHit> hits;
            for (const EstablishmentSummary& e : found.value()) {
                QStringList detail{formatSiret(e.siret)};
                if (!e.city.isEmpty())
                    detail << e.city;
                if (!e.naf.isEmpty())
                    detail << QCoreApplication::translate("vigie::membership", "NAF %1").arg(e.naf);
                hits << ui::SearchHit{QStringLiteral("establishment"), e.id, e.name, detail.join(QStringLiteral("  ·  ")),
                                      std::nullopt, QVariant::fromValue(e)};
            }
            return hits;
        }});
}

} // namespace vigie::membership
