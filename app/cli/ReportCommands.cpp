// Reports (issue 16): report indicators, as indicators-contract.md's last section says.
//
//   report indicators --to YYYY-MM-DD [--from YYYY-MM-DD] [--scope S] [--format json|csv]
//     every indicator of the contract, in its order: one JSON object on stdout (the default), or CSV
//     with the header code;numerator;denominator;value;unit;status;reason.
//   report activity --year YYYY [--scope S] --out FILE.pdf [--csv FOLDER]
//     the annual activity report as a PDF with its charts, and each of its tables as CSV in FOLDER.
//   report company (--siret S | --siren S) --year YYYY --out FILE.pdf
//     the service's activity for the company over the five years up to YYYY, every count through the
//     small-cell rule.
//   report barometer (--siret S | --siren S) [--year YYYY] [--minimum N] --out FILE.pdf
//     the barometer: the company's figures beside its branch's (alone when fewer than N followed
//     workers, default 20), every count through the small-cell rule. YYYY: last year by default.
//   satisfaction import --file ANSWERS.csv
//     imports the answers to the satisfaction questions (reports/Satisfaction.h for the columns) in one
//     transaction; prints how many. The director or the administrator.
// Exit codes: 2 usage (bad date, scope or format), 3 refused (audited), 1 unknown team/establishment/SIREN
// or an invalid line (named).
#include "Commands.h"

#include "reports/ActivityStore.h"
#include "reports/BarometerStore.h"
#include "reports/CompanyStore.h"
#include "membership/print/DocumentPrinter.h"
#include "reports/IndicatorStore.h"
#include "reports/print/ActivityPrinter.h"
#include "reports/SurveyStore.h"

#include <QFile>
#include <QFileInfo>

#include <QCoreApplication>

namespace vigie::cli {

namespace {
core::Result<QDate> dateOption(const CommandArgs& a, const QString& name)
{
    const QDate d = QDate::fromString(a.value(name), Qt::ISODate);
    if (!d.isValid())
        return core::Error{core::ErrorCode::Usage, QCoreApplication::translate("vigie::cli", "Invalid date for %1: \"%2\" (YYYY-MM-DD expected)")
                                                       .arg(name, a.value(name))};
    return d;
}
} // namespace

int runReportIndicators(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--to"), QStringLiteral("--from"), QStringLiteral("--scope"), QStringLiteral("--format")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (auto r = a.required(QStringLiteral("--to")); !r)
        return cli.fail(r.error());
    auto to = dateOption(a, QStringLiteral("--to"));
    if (!to)
        return cli.fail(to.error());
    std::optional<QDate> from;
    if (a.has(QStringLiteral("--from"))) {
        auto f = dateOption(a, QStringLiteral("--from"));
        if (!f)
            return cli.fail(f.error());
        from = f.value();
    }
    auto period = reports::Period::of(to.value(), from);
    if (!period)
        return cli.fail(period.error());
    auto scope = reports::Scope::parse(a.value(QStringLiteral("--scope"), QStringLiteral("service")));
    if (!scope)
        return cli.fail(scope.error());
    const QString format = a.value(QStringLiteral("--format"), QStringLiteral("json"));
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return cli.usage(QCoreApplication::translate("vigie::cli", "Unknown format \"%1\" (json or csv)").arg(format));

    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto results = reports::IndicatorStore::compute(*session.value(), period.value(), scope.value());
    if (!results)
        return cli.fail(results.error());
    QString text = format == QLatin1String("csv") ? reports::indicatorsCsv(results.value())
                                                   : reports::indicatorsJson(period.value(), scope.value(), results.value());
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    cli.out(text);
    return Success;
}

int runReportActivity(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--year"), QStringLiteral("--scope"), QStringLiteral("--out"), QStringLiteral("--csv")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (auto r = a.required(QStringLiteral("--year")); !r)
        return cli.fail(r.error());
    auto out = a.required(QStringLiteral("--out"));
    if (!out)
        return cli.fail(out.error());
    auto year = a.intValue(QStringLiteral("--year"), 0, 2000, 2100);
    if (!year)
        return cli.fail(year.error());
    auto scope = reports::Scope::parse(a.value(QStringLiteral("--scope"), QStringLiteral("service")));
    if (!scope)
        return cli.fail(scope.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto data = reports::ActivityStore::collect(*session.value(), year.value(), scope.value());
    if (!data)
        return cli.fail(data.error());
    if (auto s = reports::printActivityReport(data.value(), out.value()); !s)
        return cli.fail(s.error());
    if (a.has(QStringLiteral("--csv")))
        if (auto files = reports::writeActivityCsv(data.value(), a.value(QStringLiteral("--csv"))); !files)
            return cli.fail(files.error());
    cli.out(out.value());
    return Success;
}

int runReportCompany(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--siret"), QStringLiteral("--siren"), QStringLiteral("--year"), QStringLiteral("--out")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (a.has(QStringLiteral("--siret")) == a.has(QStringLiteral("--siren")))
        return cli.usage(QCoreApplication::translate("vigie::cli", "Give --siret or --siren"));
    auto out = a.required(QStringLiteral("--out"));
    if (!out)
        return cli.fail(out.error());
    if (auto r = a.required(QStringLiteral("--year")); !r)
        return cli.fail(r.error());
    auto year = a.intValue(QStringLiteral("--year"), 0, 2000, 2100);
    if (!year)
        return cli.fail(year.error());
    auto scope = reports::Scope::parse(a.has(QStringLiteral("--siret")) ? QStringLiteral("establishment:") + a.value(QStringLiteral("--siret"))
                                                                        : QStringLiteral("siren:") + a.value(QStringLiteral("--siren")));
    if (!scope)
        return cli.fail(scope.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto data = reports::CompanyStore::collect(*session.value(), scope.value(), year.value());
    if (!data)
        return cli.fail(data.error());
    if (auto s = membership::printPdf(reports::companyDocument(data.value()), out.value()); !s)
        return cli.fail(s.error());
    cli.out(out.value());
    return Success;
}

int runReportBarometer(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--siret"), QStringLiteral("--siren"), QStringLiteral("--year"), QStringLiteral("--out"),
                                            QStringLiteral("--minimum")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (a.has(QStringLiteral("--siret")) == a.has(QStringLiteral("--siren")))
        return cli.usage(QCoreApplication::translate("vigie::cli", "Give --siret or --siren"));
    auto out = a.required(QStringLiteral("--out"));
    if (!out)
        return cli.fail(out.error());
    auto year = a.intValue(QStringLiteral("--year"), cli.clock().today().year() - 1, 2000, 2100);
    if (!year)
        return cli.fail(year.error());
    auto minimum = a.intValue(QStringLiteral("--minimum"), reports::BarometerMinimumWorkers, 5, 100000);
    if (!minimum)
        return cli.fail(minimum.error());
    auto scope = reports::Scope::parse(a.has(QStringLiteral("--siret")) ? QStringLiteral("establishment:") + a.value(QStringLiteral("--siret"))
                                                                        : QStringLiteral("siren:") + a.value(QStringLiteral("--siren")));
    if (!scope)
        return cli.fail(scope.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto data = reports::BarometerStore::collect(*session.value(), scope.value(), year.value(), minimum.value());
    if (!data)
        return cli.fail(data.error());
    if (auto s = membership::printPdf(reports::barometerDocument(data.value()), out.value()); !s)
        return cli.fail(s.error());
    cli.out(out.value());
    return Success;
}

int runSatisfactionImport(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--file")});
    if (!parsed)
        return cli.fail(parsed.error());
    auto path = parsed.value().required(QStringLiteral("--file"));
    if (!path)
        return cli.fail(path.error());
    QFile f(path.value());
    if (!f.open(QIODevice::ReadOnly))
        return cli.usage(QCoreApplication::translate("vigie::cli", "Cannot read %1: %2").arg(f.fileName(), f.errorString()));
    auto answers = reports::parseSatisfactionCsv(f.readAll(), cli.clock().today());
    if (!answers)
        return cli.fail(answers.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto n = reports::SurveyStore::recordAnswers(*session.value(), answers.value(), QFileInfo(f.fileName()).fileName());
    if (!n)
        return cli.fail(n.error());
    cli.out(QString::number(n.value()));
    return Success;
}

} // namespace vigie::cli
