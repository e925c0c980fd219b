#include "membership/ui/MembershipUi.h"

#include "membership/ui/EstablishmentsPage.h"
#include "ui/ModuleRegistry.h"
#include "ui/Pictograms.h"

#include <QCoreApplication>

namespace vigie::membership {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("vigie::membership", text);
}
} // namespace

QString formatSiret(const QString& siret)
{
    QString digits = siret;
    digits.remove(QLatin1Char(' '));
    if (digits.size() != 14)
        return siret;
    return QStringLiteral("%1 %2 %3 %4").arg(digits.mid(0, 3), digits.mid(3, 3), digits.mid(6, 3), digits.mid(9, 5));
}

void registerMembershipUi(ui::ModuleRegistry& registry)
{
    using security::Module;
    // The administrator sees the establishments too: it assigns them to teams.
    registry.add(ui::ModuleEntry{
        QStringLiteral("establishments"), tr("Establishments"), ui::pictogramIcon(ui::Pictogram::Building),
        {Module::Membership, Module::Administration},
        [](security::Session& session, QWidget* parent) -> QWidget* { return new EstablishmentsPage(session, parent); },
        {QStringLiteral("establishment")}});
    registry.addSearchProvider(ui::SearchProvider{
        QStringLiteral("establishments"), tr("Establishments"), {Module::Membership, Module::Administration},
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
                    detail << tr("NAF %1").arg(e.naf);
                hits << ui::SearchHit{QStringLiteral("establishment"), e.id, e.name, detail.join(QStringLiteral("  ·  ")),
                                      std::nullopt, QVariant::fromValue(e)};
            }
            return hits;
        }});
}

} // namespace vigie::membership
