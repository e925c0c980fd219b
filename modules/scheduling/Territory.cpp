#include "scheduling/Territory.h"

#include <QRegularExpression>

namespace vigie::scheduling {

QString departementOfPostalCode(const QString& postalCode)
{
    const QString code = postalCode.trimmed();
    if (code.size() != 5)
        return {};
    for (QChar c : code)
        if (!c.isDigit() || c.unicode() > 127)
            return {};
    return code.startsWith(QLatin1String("97")) || code.startsWith(QLatin1String("98")) ? code.left(3) : code.left(2);
}

QString postalCodeInAddress(const QString& address)
{
    static const QRegularExpression fiveDigits(QStringLiteral("(?<![0-9])([0-9]{5})(?![0-9])"));
    QString found;
    for (auto it = fiveDigits.globalMatch(address); it.hasNext();)
        found = it.next().captured(1);
    return found;
}

Nearness nearness(const QString& placePostalCode, const QString& workplacePostalCode)
{
    const QString a = departementOfPostalCode(placePostalCode), b = departementOfPostalCode(workplacePostalCode);
    if (a.isEmpty() || b.isEmpty())
        return Nearness::Elsewhere;
    if (placePostalCode.trimmed() == workplacePostalCode.trimmed())
        return Nearness::SameTown;
    return a == b ? Nearness::SameDepartement : Nearness::Elsewhere;
}

Nearness nearness(const Place& place, const QString& workplacePostalCode)
{
    if (place.kind == PlaceKind::CompanySite || place.kind == PlaceKind::Teleconsultation)
        return Nearness::SameTown;
    return nearness(postalCodeInAddress(place.address), workplacePostalCode);
}

} // namespace vigie::scheduling
