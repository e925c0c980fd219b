#include "scheduling/Dates.h"

namespace vigie::scheduling {

QDate plusMonths(QDate date, int months)
{
    // QDate::addMonths clamps to the last day of the target month, exactly the contract's rule.
    return date.addMonths(months);
}

QDate plusYears(QDate date, int years)
{
    return date.addYears(years); // clamps 29 February to 28 February in common years
}

int ageInYears(QDate birth, QDate on)
{
    int years = on.year() - birth.year();
    // Comparing (month, day) makes a 29 February birthday fall on 1 March in common years: on
    // 28 February, (2, 28) < (2, 29) and the year is not yet gained.
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

qint64 daysInclusive(QDate from, QDate to)
{
    return from.daysTo(to) + 1;
}

std::optional<QDate> parseIsoDate(const QString& text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return std::nullopt;
    const QDate date(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString isoText(QDate date)
{
    return QStringLiteral("%1-%2-%3")
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'));
}

} // namespace vigie::scheduling
