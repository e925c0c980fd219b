// declaration import --establishment SIRET --year Y FILE.csv [--dry-run] (issue 5 part 7).
//
// The file format is documented in modules/workforce/Declaration.h. All or nothing:
//   - accepted: exit 0, the summary on standard output, one "KEY<TAB>VALUE..." line each:
//       status accepted|dry-run, establishment SIRET NAME, year Y, declaration ID VERSION (not in a
//       dry run), lines, workers, SI, SIA, SIR, arrivals, departures, category_changes,
//       visit_requests, new_workers, known_workers, merges, employments_closed (the departures'
//       employments ended), requests_cancelled (their open visit requests);
//     warnings (guidance such as a minor on a night post) go to standard error as report lines;
//   - refused (any error, dry run or not): exit 1, nothing written, standard output empty, and on
//     standard error one line per error, "FILE:LINE: COLUMN: message", sorted by line and column,
//     then "vigie-cli: declaration refused: N error(s) in FILE; nothing was written".
// Rights and the establishment are checked first: exit 3 (denied, audited), 1 (unknown SIRET),
// 2 (usage: options, year).
#include "Commands.h"

#include "workforce/DeclarationStore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace vigie::cli {

namespace {

QString reportLine(const QString& file, const workforce::Problem& p)
{
    QString where = file;
    if (p.line > 0)
        where += QLatin1Char(':') + QString::number(p.line);
    QString text = where + QStringLiteral(": ");
    if (!p.column.isEmpty())
        text += p.column + QStringLiteral(": ");
    if (p.severity == workforce::Severity::Warning)
        text += QCoreApplication::translate("vigie::cli", "warning: ");
    QString message = p.message;
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text + message;
}

QString tab(const QStringList& fields) { return fields.join(QLatin1Char('\t')); }

} // namespace

int runDeclarationImport(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--establishment"), QStringLiteral("--year")},
                                     {QStringLiteral("--dry-run")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (a.positional().size() != 1)
        return cli.usage(QCoreApplication::translate(
            "vigie::cli", "Usage: vigie-cli declaration import --establishment SIRET --year Y FILE.csv [--dry-run]"));
    auto siret = a.required(QStringLiteral("--establishment"));
    if (!siret)
        return cli.fail(siret.error());
    if (!a.has(QStringLiteral("--year")))
        return cli.usage(QCoreApplication::translate("vigie::cli", "The option %1 is required").arg(QStringLiteral("--year")));
    auto year = a.intValue(QStringLiteral("--year"), 0, workforce::DeclarationStore::MinYear,
                           workforce::DeclarationStore::MaxYear);
    if (!year)
        return cli.fail(year.error());
    const QString path = a.positional().first();
    if (!QFileInfo(path).isFile())
        return cli.fail(core::Error{core::ErrorCode::Invalid,
                                    QCoreApplication::translate("vigie::cli", "The file %1 does not exist").arg(path)});
    const bool dryRun = a.has(QStringLiteral("--dry-run"));

    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto result = workforce::DeclarationStore::importFile(*session.value(), siret.value(), year.value(), path, dryRun);
    if (!result)
        return cli.fail(result.error());
    const workforce::DeclarationReport& r = result.value();
    const QString file = QFileInfo(path).fileName();

    if (r.hasErrors()) {
        for (const workforce::Problem& p : r.problems)
            if (p.severity == workforce::Severity::Error)
                cli.err(reportLine(file, p));
        return cli.fail(core::Error{core::ErrorCode::Invalid,
                                    QCoreApplication::translate("vigie::cli", "declaration refused: %n error(s) in %1; nothing was written",
                                                                nullptr, r.errorCount())
                                        .arg(file)});
    }
    for (const workforce::Problem& p : r.problems)
        if (p.severity == workforce::Severity::Warning)
            cli.err(reportLine(file, p));

    int known = 0;
    for (const workforce::LineResult& l : r.lines)
        if (l.resolution == workforce::Resolution::Existing)
            ++known;
    cli.out(tab({QStringLiteral("status"), dryRun ? QStringLiteral("dry-run") : QStringLiteral("accepted")}));
    cli.out(tab({QStringLiteral("establishment"), r.siret, r.establishmentName}));
    cli.out(tab({QStringLiteral("year"), QString::number(r.year)}));
    if (!dryRun)
        cli.out(tab({QStringLiteral("declaration"), r.declarationId, QString::number(r.version)}));
    const QList<QPair<QString, qsizetype>> counts{
        {QStringLiteral("lines"), r.lines.size()},
        {QStringLiteral("workers"), r.distribution.total()},
        {QStringLiteral("SI"), r.distribution.si},
        {QStringLiteral("SIA"), r.distribution.sia},
        {QStringLiteral("SIR"), r.distribution.sir},
        {QStringLiteral("arrivals"), r.diff.arrivals.size()},
        {QStringLiteral("departures"), r.diff.departures.size()},
        {QStringLiteral("category_changes"), r.diff.changes.size()},
        {QStringLiteral("visit_requests"), r.visitRequests.size()},
        {QStringLiteral("new_workers"), dryRun ? qsizetype(std::count_if(r.lines.cbegin(), r.lines.cend(), [](const auto& l) {
                                                     return l.resolution == workforce::Resolution::New;
                                                 }))
                                               : qsizetype(r.workersCreated)},
        {QStringLiteral("known_workers"), known},
        {QStringLiteral("merges"), dryRun ? qsizetype(std::count_if(r.lines.cbegin(), r.lines.cend(), [](const auto& l) {
                                                return l.resolution == workforce::Resolution::Merge;
                                            }))
                                          : qsizetype(r.merges)},
        {QStringLiteral("employments_closed"), r.employmentsClosed},
        {QStringLiteral("requests_cancelled"), r.requestsCancelled},
    };
    for (const auto& [key, value] : counts)
        cli.out(tab({key, QString::number(value)}));
    if (dryRun)
        cli.err(QCoreApplication::translate("vigie::cli", "Dry run: the declaration is valid; nothing was written"));
    return Success;
}

} // namespace vigie::cli
