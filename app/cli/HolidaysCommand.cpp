// holidays --year YYYY [--region R]: no database, no sign-in.
#include <QCoreApplication>
#include "Commands.h"

#include "core/FrenchCalendar.h"

namespace vigie::cli {

namespace {
// The holiday table is the law in force since décret n° 83-1003 (24 November 1983); earlier years
// would print today's rules as if they had applied then.
constexpr int kFirstYear = 1984;
constexpr int kLastYear = 9999;
} // namespace

int runHolidays(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--year"), QStringLiteral("--region")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (!a.positional().isEmpty() || !a.has(QStringLiteral("--year")))
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli holidays --year YYYY [--region R]"));

    // Not CommandArgs::intValue: a bad value is invalid input (exit 1), not a usage error.
    const QString yearText = a.value(QStringLiteral("--year"));
    bool ok = false;
    const int year = yearText.toInt(&ok);
    if (!ok || year < kFirstYear || year > kLastYear) {
        return cli.fail({core::ErrorCode::Invalid,
                         QCoreApplication::translate("vigie::cli", "Invalid value for %1: \"%2\" (a number from %3 to %4 is expected)")
                             .arg(QStringLiteral("--year"), yearText)
                             .arg(kFirstYear)
                             .arg(kLastYear)});
    }
    auto region = core::regionFromCode(a.value(QStringLiteral("--region"), core::regionCode(core::Region::Metropole)));
    if (!region)
        return cli.fail(region.error());

    for (const core::Holiday& h : core::holidays(year, region.value()))
        cli.out(h.date.toString(Qt::ISODate) + QLatin1Char('\t') + h.name);
    return Success;
}

} // namespace vigie::cli
