#include "membership/Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vigie::membership {

Cents mulDivRound(Cents value, qint64 numerator, qint64 denominator)
{
    // Products stay far below 2^63 for any amount an invoice can carry (checked by the callers' limits).
    const qint64 product = value * numerator;
    const qint64 half = denominator / 2;
    return product >= 0 ? (product + half) / denominator : -((-product + half) / denominator);
}

QString formatAmount(Cents cents, const QLocale& locale)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    QString text = locale.toString(qulonglong(magnitude / 100)) + locale.decimalPoint() +
                   QStringLiteral("%1").arg(qulonglong(magnitude % 100), 2, 10, QLatin1Char('0'));
    return negative ? locale.negativeSign() + text : text;
}

QString formatMoney(Cents cents, const QLocale& locale)
{
    // The locale's currency pattern, learnt from an integer ("7 €" or "€7"), holds the number's place.
    const QString seven = locale.toString(7);
    QString pattern = locale.toCurrencyString(qlonglong(7), QStringLiteral("€"));
    const qsizetype at = pattern.indexOf(seven);
    if (at < 0)
        return formatAmount(cents, locale) + QChar(0x00A0) + QStringLiteral("€");
    pattern.replace(at, seven.size(), formatAmount(cents, locale));
    return pattern;
}

core::Result<Cents> parseMoney(const QString& text)
{
    QString t = text.trimmed();
    t.remove(QStringLiteral("€"));
    t.remove(QChar(0x00A0));
    t.remove(QChar(0x202F));
    t.remove(QLatin1Char(' '));
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,9})(?:[.,](\\d{1,2}))?$"));
    const auto m = shape.match(t);
    if (!m.hasMatch())
        return core::Error{core::ErrorCode::Invalid,
                           //: %1 is the amount as typed
                           QCoreApplication::translate("vigie::membership",
                                                       "Invalid amount \"%1\": write euros and at most two decimals, e.g. 115,50")
                               .arg(text.trimmed())};
    Cents cents = m.captured(1).toLongLong() * 100;
    if (m.capturedLength(2) > 0) {
        QString decimals = m.captured(2);
        if (decimals.size() == 1)
            decimals += QLatin1Char('0');
        cents += decimals.toLongLong();
    }
    return cents;
}

QString formatRate(int basisPoints, const QLocale& locale)
{
    QString number = locale.toString(basisPoints / 100);
    if (int rest = basisPoints % 100; rest != 0) {
        QString decimals = QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
        if (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        number += locale.decimalPoint() + decimals;
    }
    //: A percentage: %1 is the number ("20", "5,5"); French puts a no-break space before %
    return QCoreApplication::translate("vigie::membership", "%1%").arg(number);
}

} // namespace vigie::membership
