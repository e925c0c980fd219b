// worker merge --keep ID --duplicate ID --reason TEXT, worker unmerge MERGE_ID (cli-contract.md
// "Identities"; issue 13 item 1). The same store, rights and audit as the duplicates dialog: the
// person writing part 1° of both records merges; exit 3 (refused, audited), 1 (unknown or already
// merged identity, missing reason, merge already undone).
#include "Commands.h"

#include "workforce/IdentityStore.h"

#include <QCoreApplication>

namespace vigie::cli {

int runWorkerMerge(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--keep"), QStringLiteral("--duplicate"), QStringLiteral("--reason")}, {});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (!a.positional().isEmpty())
        return cli.usage(QCoreApplication::translate("vigie::cli",
                                                     "Usage: vigie-cli worker merge --keep ID --duplicate ID --reason TEXT"));
    auto keep = a.required(QStringLiteral("--keep"));
    if (!keep)
        return cli.fail(keep.error());
    auto duplicate = a.required(QStringLiteral("--duplicate"));
    if (!duplicate)
        return cli.fail(duplicate.error());
    auto reason = a.required(QStringLiteral("--reason"));
    if (!reason)
        return cli.fail(reason.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto merged = workforce::IdentityStore::merge(*session.value(), keep.value(), duplicate.value(), reason.value());
    if (!merged)
        return cli.fail(merged.error());
    cli.out(merged.value());
    return 0;
}

int runWorkerUnmerge(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {}, {});
    if (!parsed)
        return cli.fail(parsed.error());
    if (parsed.value().positional().size() != 1)
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli worker unmerge MERGE_ID"));
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (core::Status s = workforce::IdentityStore::undoMerge(*session.value(), parsed.value().positional().first()); !s)
        return cli.fail(s.error());
    return 0;
}

} // namespace vigie::cli
