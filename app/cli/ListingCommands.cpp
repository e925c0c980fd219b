// establishment list, worker find
#include <QCoreApplication>
#include "Commands.h"

#include "membership/EstablishmentStore.h"
#include "workforce/WorkerStore.h"

namespace vigie::cli {

int runEstablishmentList(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--limit")});
    if (!parsed)
        return cli.fail(parsed.error());
    auto limit = parsed.value().intValue(QStringLiteral("--limit"), 100, 1, 10000000);
    if (!limit)
        return cli.fail(limit.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto rows = membership::EstablishmentStore::list(*session.value(), limit.value());
    if (!rows)
        return cli.fail(rows.error());
    for (const auto& e : rows.value())
        cli.out(e.siret + QLatin1Char('\t') + e.name);
    return Success;
}

int runWorkerFind(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--limit")});
    if (!parsed)
        return cli.fail(parsed.error());
    if (parsed.value().positional().size() != 1)
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli worker find TEXT [--limit N]"));
    auto limit = parsed.value().intValue(QStringLiteral("--limit"), 50, 1, workforce::WorkerStore::MaxPage);
    if (!limit)
        return cli.fail(limit.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto rows = workforce::WorkerStore::findByName(*session.value(), parsed.value().positional().first(), limit.value());
    if (!rows)
        return cli.fail(rows.error());
    for (const auto& w : rows.value())
        cli.out(QStringList{w.id, w.birthName, w.firstBirthFirstName, w.birthDate}.join(QLatin1Char('\t')));
    return Success;
}

} // namespace vigie::cli
