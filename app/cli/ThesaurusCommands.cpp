// validate naf, thesaurus list | search | import (cli-contract.md; issue 4).
#include "Commands.h"

#include "thesaurus/Naf.h"
#include "thesaurus/ThesaurusStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace vigie::cli {

namespace {
bool english() { return QLocale().language() == QLocale::English; }
} // namespace

// validate naf VALUE — against the NAF shipped with Vigie, no database needed. Registered in the
// command table before the generic "validate" entry, so that runValidate never sees "naf".
int runValidateNaf(Cli& cli, const QStringList& args)
{
    if (args.size() != 1)
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli validate naf VALUE"));
    if (const core::Status s = thesaurus::Naf::validate(args.first()); !s)
        return cli.fail(s.error());
    cli.out(QStringLiteral("valid"));
    return Success;
}

// thesaurus list — one line per code system: SYSTEM, VERSION, codes in force, retired codes, title.
int runThesaurusList(Cli& cli, const QStringList& args)
{
    if (!args.isEmpty())
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli thesaurus list"));
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto systems = thesaurus::ThesaurusStore::listSystems(*session.value());
    if (!systems)
        return cli.fail(systems.error());
    for (const thesaurus::SystemSummary& s : systems.value())
        cli.out(QStringList{s.meta.system, s.meta.version, QString::number(s.codes), QString::number(s.retired),
                            english() && !s.meta.titleEn.isEmpty() ? s.meta.titleEn : s.meta.titleFr}
                    .join(QLatin1Char('\t')));
    return Success;
}

// thesaurus search --system S [--limit N] [--retired] TEXT — CODE, label, hierarchy (ancestor codes,
// root first, separated by " > "); with --retired a fourth column says "retired VERSION" or nothing.
int runThesaurusSearch(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--system"), QStringLiteral("--limit")},
                                     {QStringLiteral("--retired")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    const QString text = a.positional().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return cli.usage(QCoreApplication::translate("vigie::cli",
                                                     "Usage: vigie-cli thesaurus search --system S [--limit N] [--retired] TEXT"));
    auto system = a.required(QStringLiteral("--system"));
    if (!system)
        return cli.fail(system.error());
    auto limit = a.intValue(QStringLiteral("--limit"), 20, 1, thesaurus::ThesaurusStore::MaxLimit);
    if (!limit)
        return cli.fail(limit.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    thesaurus::SearchOptions options;
    options.limit = limit.value();
    options.includeRetired = a.has(QStringLiteral("--retired"));
    auto hits = thesaurus::ThesaurusStore::search(*session.value(), system.value(), text, options);
    if (!hits)
        return cli.fail(hits.error());
    const bool en = english();
    for (const thesaurus::SearchHit& h : hits.value()) {
        QStringList path;
        for (const thesaurus::Ancestor& anc : h.hierarchy)
            path << anc.code;
        QStringList columns{h.code.code, h.code.label(en), path.join(QStringLiteral(" > "))};
        if (options.includeRetired)
            columns << (h.code.retired() ? QCoreApplication::translate("vigie::cli", "retired %1").arg(h.code.retiredIn) : QString());
        cli.out(columns.join(QLatin1Char('\t')));
    }
    return Success;
}

// thesaurus import --system S --version V [--title T] FILE — administrator only; prints
// SYSTEM, VERSION, codes, added, retired, deleted on standard output.
int runThesaurusImport(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--system"), QStringLiteral("--version"), QStringLiteral("--title")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (a.positional().size() != 1)
        return cli.usage(QCoreApplication::translate("vigie::cli",
                                                     "Usage: vigie-cli thesaurus import --system S --version V [--title T] FILE"));
    auto system = a.required(QStringLiteral("--system"));
    if (!system)
        return cli.fail(system.error());
    auto version = a.required(QStringLiteral("--version"));
    if (!version)
        return cli.fail(version.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto report = thesaurus::ThesaurusStore::importFile(*session.value(), system.value(), version.value(),
                                                        a.positional().first(), a.value(QStringLiteral("--title")));
    if (!report)
        return cli.fail(report.error());
    const thesaurus::LoadReport& r = report.value();
    cli.err(QCoreApplication::translate("vigie::cli", "Version %1 of %2 imported: %3 codes (%4 new, %5 retired, %6 removed)")
                .arg(r.version, r.system)
                .arg(r.codes)
                .arg(r.added)
                .arg(r.retired)
                .arg(r.deleted));
    cli.out(QStringList{r.system, r.version, QString::number(r.codes), QString::number(r.added), QString::number(r.retired),
                        QString::number(r.deleted)}
                .join(QLatin1Char('\t')));
    return Success;
}

} // namespace vigie::cli
