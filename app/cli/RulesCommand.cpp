// rules due --input FILE.json [--today YYYY-MM-DD]: the statutory follow-up rules engine on the
// situations of a JSON file (rules-contract.md). No database, no sign-in.
#include <QCoreApplication>
#include "Commands.h"

#include "scheduling/Dates.h"
#include "scheduling/DueJsonWriter.h"
#include "scheduling/Rules.h"
#include "scheduling/SituationReader.h"

#include <QFile>

namespace vigie::cli {

int runRulesDue(Cli& cli, const QStringList& args)
{
    const auto parsed = CommandArgs::parse(args, {QStringLiteral("--input"), QStringLiteral("--today")});
    if (!parsed)
        return cli.fail(parsed.error());
    if (!parsed.value().positional().isEmpty())
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli rules due --input FILE.json [--today YYYY-MM-DD]"));
    const auto input = parsed.value().required(QStringLiteral("--input"));
    if (!input)
        return cli.fail(input.error());

    // A wrong --today is a wrong reference date, like a wrong `today` in the file: invalid input (1).
    std::optional<QDate> today;
    if (parsed.value().has(QStringLiteral("--today"))) {
        const QString text = parsed.value().value(QStringLiteral("--today"));
        today = scheduling::parseIsoDate(text);
        if (!today)
            return cli.fail({core::ErrorCode::Invalid,
                             QCoreApplication::translate("vigie::cli", "--today: \"%1\" is not a valid date (YYYY-MM-DD)").arg(text)});
    }

    QFile file(input.value());
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail({core::ErrorCode::Invalid,
                         QCoreApplication::translate("vigie::cli", "Unable to read the input file %1").arg(input.value())});
    const auto situation = scheduling::readSituation(file.readAll(), today);
    if (!situation)
        return cli.fail(situation.error());

    const QList<scheduling::DueVisit> due = scheduling::dueVisits(situation.value());
    cli.out(QString::fromUtf8(scheduling::dueToJson(situation.value().today, due)));
    return Success;
}

} // namespace vigie::cli
