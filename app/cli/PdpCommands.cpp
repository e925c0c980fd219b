// Work stoppages and job retention (cli-contract.md "Work stoppages and job retention", issue 17):
//   absence add --worker ID --cause CODE --from D [--to D] [--expected-return D] [--employment ID]
//       prints the stoppage's id; on stderr, a note when it lasts more than 30 days (PDP flag);
//   absence end --id ID --to D                     the last day of a running stoppage;
//   absence list --worker ID
//       ID<TAB>CAUSE<TAB>FIRST_DAY<TAB>LAST_DAY|-<TAB>EXPECTED_RETURN|-<TAB>DAYS<TAB>pdp|-, latest first;
//   absence import --establishment SIRET FILE.csv  all or nothing; errors "FILE:LINE: COLUMN: message";
//       accepted: "added N", "completed N", "unchanged N" lines;
//   due --worker ID [--today D]                    the rules-contract.md JSON for that worker;
//   pdp open --worker ID --origin CODE [--date D]  prints the case id;
//   pdp step --case ID --kind CODE --date D [--end D] [--partner CODE]  prints the step id;
//   pdp social start --case ID --date D            prints the follow-up id;
//   pdp review --case ID --review CODE --date D [--situation OUTCOME]
//   pdp close --case ID --outcome CODE [--date D]
//   pdp due [--today D]   CASE_ID<TAB>WORKER_ID<TAB>REVIEW<TAB>YYYY-MM-DD, by date then case id;
//   pdp meeting --date D --decision CASE_ID:TEXT [--decision ...]  records the cell's decisions, one per
//       --decision (prints the meeting id);
//   pdp agenda [--date D] --out FILE.pdf  the cell's agenda of that day, with its minutes once recorded;
//   pdp summary --case ID --out FILE.pdf  the return-to-company summary for the employer (physician);
//   pdp settings [--first-social N] [--second-social N] [--outcome N]  the delays of the reviews in months.
// Dates are YYYY-MM-DD; --date defaults to today. Exit codes of the contract.
#include "Commands.h"

#include "pdp/PdpStore.h"
#include "pdp/WorkerDue.h"
#include "pdp/print/CellAgendaPrint.h"
#include "pdp/print/ReturnSummaryPrint.h"
#include "scheduling/Dates.h"
#include "scheduling/DueJsonWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace vigie::cli {

namespace {

core::Result<std::optional<QDate>> optionalDate(const CommandArgs& a, const QString& name)
{
    if (!a.has(name))
        return std::optional<QDate>();
    const QString text = a.value(name);
    const auto d = scheduling::parseIsoDate(text);
    if (!d)
        return core::Error{core::ErrorCode::Invalid, QCoreApplication::translate("vigie::cli", "%1: \"%2\" is not a valid date (YYYY-MM-DD)").arg(name, text)};
    return std::optional<QDate>(*d);
}

core::Result<QDate> requiredDate(const CommandArgs& a, const QString& name)
{
    if (!a.has(name))
        return core::Error{core::ErrorCode::Usage, QCoreApplication::translate("vigie::cli", "The option %1 is required").arg(name)};
    auto d = optionalDate(a, name);
    if (!d)
        return d.error();
    return *d.value();
}

QString dash(const std::optional<QDate>& d) { return d ? d->toString(Qt::ISODate) : QStringLiteral("-"); }

core::Result<CommandArgs> parseOnly(const QStringList& args, const QStringList& valued, const QString& usage, int positional = 0)
{
    auto parsed = CommandArgs::parse(args, valued);
    if (!parsed)
        return parsed.error();
    if (parsed.value().positional().size() != positional)
        return core::Error{core::ErrorCode::Usage, usage};
    return parsed;
}

} // namespace

int runAbsenceAdd(Cli& cli, const QStringList& args)
{
    const QString usage = QCoreApplication::translate("vigie::cli", "Usage: vigie-cli absence add --worker ID --cause CODE --from YYYY-MM-DD [--to YYYY-MM-DD] "
                            "[--expected-return YYYY-MM-DD] [--employment ID]");
    auto a = parseOnly(args, {QStringLiteral("--worker"), QStringLiteral("--cause"), QStringLiteral("--from"), QStringLiteral("--to"),
                              QStringLiteral("--expected-return"), QStringLiteral("--employment")},
                       usage);
    if (!a)
        return cli.fail(a.error());
    auto worker = a.value().required(QStringLiteral("--worker"));
    if (!worker)
        return cli.fail(worker.error());
    auto causeText = a.value().required(QStringLiteral("--cause"));
    if (!causeText)
        return cli.fail(causeText.error());
    auto cause = pdp::causeFromCode(causeText.value());
    if (!cause)
        return cli.fail(cause.error());
    auto from = requiredDate(a.value(), QStringLiteral("--from"));
    if (!from)
        return cli.fail(from.error());
    auto to = optionalDate(a.value(), QStringLiteral("--to"));
    if (!to)
        return cli.fail(to.error());
    auto expected = optionalDate(a.value(), QStringLiteral("--expected-return"));
    if (!expected)
        return cli.fail(expected.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    pdp::Stoppage st;
    st.workerId = worker.value();
    st.employmentId = a.value().value(QStringLiteral("--employment"));
    st.cause = cause.value();
    st.first = from.value();
    st.last = to.value();
    st.expectedReturn = expected.value();
    auto id = pdp::StoppageStore::add(*session.value(), st);
    if (!id)
        return cli.fail(id.error());
    cli.out(id.value());
    const QDate today = session.value()->clock().today();
    if (pdp::flagsPdp(st, today))
        cli.err(QCoreApplication::translate("vigie::cli", "More than %1 days off work (%2 days): the worker is flagged for the job-retention cell; offer a liaison meeting "
                  "and a pre-return visit")
                    .arg(pdp::PdpFlagDays)
                    .arg(pdp::lengthOn(st, today)));
    return Success;
}

int runAbsenceEnd(Cli& cli, const QStringList& args)
{
    auto a = parseOnly(args, {QStringLiteral("--id"), QStringLiteral("--to")}, QCoreApplication::translate("vigie::cli", "Usage: vigie-cli absence end --id ID --to YYYY-MM-DD"));
    if (!a)
        return cli.fail(a.error());
    auto id = a.value().required(QStringLiteral("--id"));
    if (!id)
        return cli.fail(id.error());
    auto to = requiredDate(a.value(), QStringLiteral("--to"));
    if (!to)
        return cli.fail(to.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (auto s = pdp::StoppageStore::end(*session.value(), id.value(), to.value()); !s)
        return cli.fail(s.error());
    return Success;
}

int runAbsenceList(Cli& cli, const QStringList& args)
{
    auto a = parseOnly(args, {QStringLiteral("--worker")}, QCoreApplication::translate("vigie::cli", "Usage: vigie-cli absence list --worker ID"));
    if (!a)
        return cli.fail(a.error());
    auto worker = a.value().required(QStringLiteral("--worker"));
    if (!worker)
        return cli.fail(worker.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto rows = pdp::StoppageStore::list(*session.value(), worker.value());
    if (!rows)
        return cli.fail(rows.error());
    const QDate today = session.value()->clock().today();
    for (const pdp::StoppageRow& r : rows.value())
        cli.out(QStringList{r.stoppage.id, scheduling::codeOf(r.stoppage.cause), r.stoppage.first.toString(Qt::ISODate), dash(r.stoppage.last),
                            dash(r.stoppage.expectedReturn), QString::number(pdp::lengthOn(r.stoppage, today)),
                            pdp::flagsPdp(r.stoppage, today) ? QStringLiteral("pdp") : QStringLiteral("-")}
                    .join(QLatin1Char('\t')));
    return Success;
}

int runAbsenceImport(Cli& cli, const QStringList& args)
{
    auto a = parseOnly(args, {QStringLiteral("--establishment")}, QCoreApplication::translate("vigie::cli", "Usage: vigie-cli absence import --establishment SIRET FILE.csv"), 1);
    if (!a)
        return cli.fail(a.error());
    auto siret = a.value().required(QStringLiteral("--establishment"));
    if (!siret)
        return cli.fail(siret.error());
    const QString path = a.value().positional().first();
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return cli.fail(core::Error{core::ErrorCode::Invalid, QCoreApplication::translate("vigie::cli", "The file %1 does not exist").arg(path)});
    const QByteArray bytes = f.readAll();
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto report = pdp::StoppageStore::importCsv(*session.value(), siret.value(), bytes);
    if (!report)
        return cli.fail(report.error());
    const QString file = QFileInfo(path).fileName();
    if (!report.value().ok()) {
        for (const pdp::ImportProblem& p : report.value().problems) {
            QString where = file;
            if (p.line > 0)
                where += QLatin1Char(':') + QString::number(p.line);
            QString message = p.message;
            message.replace(QLatin1Char('\n'), QLatin1Char(' '));
            cli.err(where + QStringLiteral(": ") + (p.column.isEmpty() ? QString() : p.column + QStringLiteral(": ")) + message);
        }
        return cli.fail(core::Error{core::ErrorCode::Invalid,
                                    QCoreApplication::translate("vigie::cli", "import refused: %n error(s) in %1; nothing was written", nullptr,
                                                                int(report.value().problems.size()))
                                        .arg(file)});
    }
    cli.out(QStringLiteral("added\t%1").arg(report.value().added));
    cli.out(QStringLiteral("completed\t%1").arg(report.value().completed));
    cli.out(QStringLiteral("unchanged\t%1").arg(report.value().unchanged));
    return Success;
}

int runWorkerDue(Cli& cli, const QStringList& args)
{
    auto a = parseOnly(args, {QStringLiteral("--worker"), QStringLiteral("--today")}, QCoreApplication::translate("vigie::cli", "Usage: vigie-cli due --worker ID [--today YYYY-MM-DD]"));
    if (!a)
        return cli.fail(a.error());
    auto worker = a.value().required(QStringLiteral("--worker"));
    if (!worker)
        return cli.fail(worker.error());
    auto today = optionalDate(a.value(), QStringLiteral("--today"));
    if (!today)
        return cli.fail(today.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    const QDate day = today.value().value_or(session.value()->clock().today());
    auto due = pdp::WorkerDue::of(*session.value(), worker.value(), day);
    if (!due)
        return cli.fail(due.error());
    cli.out(QString::fromUtf8(scheduling::dueToJson(day, due.value())));
    return Success;
}

int runPdpOpen(Cli& cli, const QStringList& args)
{
    auto a = parseOnly(args, {QStringLiteral("--worker"), QStringLiteral("--origin"), QStringLiteral("--date")},
                       QCoreApplication::translate("vigie::cli", "Usage: vigie-cli pdp open --worker ID --origin CODE [--date YYYY-MM-DD]"));
    if (!a)
        return cli.fail(a.error());
    auto worker = a.value().required(QStringLiteral("--worker"));
    if (!worker)
        return cli.fail(worker.error());
    auto originText = a.value().required(QStringLiteral("--origin"));
    if (!originText)
        return cli.fail(originText.error());
    auto origin = pdp::originFromCode(originText.value());
    if (!origin)
        return cli.fail(origin.error());
    auto date = optionalDate(a.value(), QStringLiteral("--date"));
    if (!date)
        return cli.fail(date.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto id = pdp::PdpStore::open(*session.value(), worker.value(), origin.value(), date.value().value_or(session.value()->clock().today()));
    if (!id)
        return cli.fail(id.error());
    cli.out(id.value());
    return Success;
}

int runPdpStep(Cli& cli, const QStringList& args)
{
    auto a = parseOnly(args, {QStringLiteral("--case"), QStringLiteral("--kind"), QStringLiteral("--date"), QStringLiteral("--end"),
                              QStringLiteral("--partner")},
                       QCoreApplication::translate("vigie::cli", "Usage: vigie-cli pdp step --case ID --kind CODE --date YYYY-MM-DD [--end YYYY-MM-DD] [--partner CODE]"));
    if (!a)
        return cli.fail(a.error());
    auto caseId = a.value().required(QStringLiteral("--case"));
    if (!caseId)
        return cli.fail(caseId.error());
    auto kindText = a.value().required(QStringLiteral("--kind"));
    if (!kindText)
        return cli.fail(kindText.error());
    auto kind = pdp::stepKindFromCode(kindText.value());
    if (!kind)
        return cli.fail(kind.error());
    auto date = requiredDate(a.value(), QStringLiteral("--date"));
    if (!date)
        return cli.fail(date.error());
    auto end = optionalDate(a.value(), QStringLiteral("--end"));
    if (!end)
        return cli.fail(end.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto id = pdp::PdpStore::addStep(*session.value(), caseId.value(),
                                     pdp::Step{{}, kind.value(), date.value(), end.value(), a.value().value(QStringLiteral("--partner"))});
    if (!id)
        return cli.fail(id.error());
    cli.out(id.value());
    return Success;
}

int runPdpSocialStart(Cli& cli, const QStringList& args)
{
    auto a = parseOnly(args, {QStringLiteral("--case"), QStringLiteral("--date")},
                       QCoreApplication::translate("vigie::cli", "Usage: vigie-cli pdp social start --case ID --date YYYY-MM-DD"));
    if (!a)
        return cli.fail(a.error());
    auto caseId = a.value().required(QStringLiteral("--case"));
    if (!caseId)
        return cli.fail(caseId.error());
    auto date = requiredDate(a.value(), QStringLiteral("--date"));
    if (!date)
        return cli.fail(date.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto id = pdp::PdpStore::startSocial(*session.value(), caseId.value(), date.value());
    if (!id)
        return cli.fail(id.error());
    cli.out(id.value());
    return Success;
}

int runPdpReview(Cli& cli, const QStringList& args)
{
    auto a = parseOnly(args, {QStringLiteral("--case"), QStringLiteral("--review"), QStringLiteral("--date"), QStringLiteral("--situation")},
                       QCoreApplication::translate("vigie::cli", "Usage: vigie-cli pdp review --case ID --review CODE --date YYYY-MM-DD [--situation OUTCOME]"));
    if (!a)
        return cli.fail(a.error());
    auto caseId = a.value().required(QStringLiteral("--case"));
    if (!caseId)
        return cli.fail(caseId.error());
    auto reviewText = a.value().required(QStringLiteral("--review"));
    if (!reviewText)
        return cli.fail(reviewText.error());
    auto review = pdp::reviewFromCode(reviewText.value());
    if (!review)
        return cli.fail(review.error());
    std::optional<pdp::Outcome> situation;
    if (a.value().has(QStringLiteral("--situation"))) {
        auto o = pdp::outcomeFromCode(a.value().value(QStringLiteral("--situation")));
        if (!o)
            return cli.fail(o.error());
        situation = o.value();
    }
    auto date = requiredDate(a.value(), QStringLiteral("--date"));
    if (!date)
        return cli.fail(date.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (auto s = pdp::PdpStore::recordReview(*session.value(), caseId.value(), review.value(), date.value(), situation, {}); !s)
        return cli.fail(s.error());
    return Success;
}

int runPdpClose(Cli& cli, const QStringList& args)
{
    auto a = parseOnly(args, {QStringLiteral("--case"), QStringLiteral("--outcome"), QStringLiteral("--date")},
                       QCoreApplication::translate("vigie::cli", "Usage: vigie-cli pdp close --case ID --outcome CODE [--date YYYY-MM-DD]"));
    if (!a)
        return cli.fail(a.error());
    auto caseId = a.value().required(QStringLiteral("--case"));
    if (!caseId)
        return cli.fail(caseId.error());
    auto outcomeText = a.value().required(QStringLiteral("--outcome"));
    if (!outcomeText)
        return cli.fail(outcomeText.error());
    auto outcome = pdp::outcomeFromCode(outcomeText.value());
    if (!outcome)
        return cli.fail(outcome.error());
    auto date = optionalDate(a.value(), QStringLiteral("--date"));
    if (!date)
        return cli.fail(date.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (auto s = pdp::PdpStore::close(*session.value(), caseId.value(), outcome.value(),
                                      date.value().value_or(session.value()->clock().today()));
        !s)
        return cli.fail(s.error());
    return Success;
}

int runPdpDue(Cli& cli, const QStringList& args)
{
    auto a = parseOnly(args, {QStringLiteral("--today")}, QCoreApplication::translate("vigie::cli", "Usage: vigie-cli pdp due [--today YYYY-MM-DD]"));
    if (!a)
        return cli.fail(a.error());
    auto today = optionalDate(a.value(), QStringLiteral("--today"));
    if (!today)
        return cli.fail(today.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto due = pdp::PdpStore::dueReviews(*session.value(), today.value().value_or(session.value()->clock().today()));
    if (!due)
        return cli.fail(due.error());
    for (const pdp::DueReview& d : due.value())
        cli.out(QStringList{d.caseId, d.workerId, pdp::codeOf(d.review), d.date.toString(Qt::ISODate)}.join(QLatin1Char('\t')));
    return Success;
}

int runPdpMeeting(Cli& cli, const QStringList& args)
{
    const QString usage = QCoreApplication::translate("vigie::cli", "Usage: vigie-cli pdp meeting --date YYYY-MM-DD --decision CASE_ID:TEXT [--decision CASE_ID:TEXT ...]");
    // --decision may be repeated: one per case decided, in the order given.
    QStringList rest;
    QList<QPair<QString, QString>> decisions;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) != QLatin1String("--decision")) {
            rest << args.at(i);
            continue;
        }
        const QString d = i + 1 < args.size() ? args.at(++i) : QString();
        const qsizetype colon = d.indexOf(QLatin1Char(':'));
        if (colon <= 0 || d.mid(colon + 1).trimmed().isEmpty())
            return cli.usage(usage);
        decisions.append({d.left(colon), d.mid(colon + 1)});
    }
    if (decisions.isEmpty())
        return cli.usage(usage);
    auto a = parseOnly(rest, {QStringLiteral("--date")}, usage);
    if (!a)
        return cli.fail(a.error());
    auto date = requiredDate(a.value(), QStringLiteral("--date"));
    if (!date)
        return cli.fail(date.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto id = pdp::PdpStore::recordMeeting(*session.value(), date.value(), decisions);
    if (!id)
        return cli.fail(id.error());
    cli.out(id.value());
    return Success;
}

int runPdpAgenda(Cli& cli, const QStringList& args)
{
    auto a = parseOnly(args, {QStringLiteral("--date"), QStringLiteral("--out")}, QCoreApplication::translate("vigie::cli", "Usage: vigie-cli pdp agenda [--date YYYY-MM-DD] --out FILE.pdf"));
    if (!a)
        return cli.fail(a.error());
    auto out = a.value().required(QStringLiteral("--out"));
    if (!out)
        return cli.fail(out.error());
    auto date = optionalDate(a.value(), QStringLiteral("--date"));
    if (!date)
        return cli.fail(date.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (auto s = pdp::printCellAgenda(*session.value(), date.value().value_or(session.value()->clock().today()), out.value()); !s)
        return cli.fail(s.error());
    return Success;
}

int runPdpSummary(Cli& cli, const QStringList& args)
{
    auto a = parseOnly(args, {QStringLiteral("--case"), QStringLiteral("--out")},
                       QCoreApplication::translate("vigie::cli", "Usage: vigie-cli pdp summary --case ID --out FILE.pdf"));
    if (!a)
        return cli.fail(a.error());
    auto caseId = a.value().required(QStringLiteral("--case"));
    if (!caseId)
        return cli.fail(caseId.error());
    auto out = a.value().required(QStringLiteral("--out"));
    if (!out)
        return cli.fail(out.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (auto s = pdp::printReturnSummary(*session.value(), caseId.value(), out.value()); !s)
        return cli.fail(s.error());
    return Success;
}

} // namespace vigie::cli

namespace vigie::cli {

// pdp settings [--first-social N] [--second-social N] [--outcome N]: the delays of the reviews in months
// (setting them is the administrator's), printed as first_social<TAB>N, second_social<TAB>N, outcome<TAB>N.
int runPdpSettings(Cli& cli, const QStringList& args)
{
    auto a = parseOnly(args, {QStringLiteral("--first-social"), QStringLiteral("--second-social"), QStringLiteral("--outcome")},
                       QCoreApplication::translate("vigie::cli", "Usage: vigie-cli pdp settings [--first-social MONTHS] [--second-social MONTHS] [--outcome MONTHS]"));
    if (!a)
        return cli.fail(a.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto current = pdp::PdpStore::reviewDelays(*session.value());
    if (!current)
        return cli.fail(current.error());
    pdp::ReviewDelays d = current.value();
    const bool change = a.value().has(QStringLiteral("--first-social")) || a.value().has(QStringLiteral("--second-social")) ||
                        a.value().has(QStringLiteral("--outcome"));
    if (change) {
        auto first = a.value().intValue(QStringLiteral("--first-social"), d.firstSocialMonths, 1, 120);
        auto second = a.value().intValue(QStringLiteral("--second-social"), d.secondSocialMonths, 1, 120);
        auto outcome = a.value().intValue(QStringLiteral("--outcome"), d.outcomeMonths, 1, 120);
        if (!first || !second || !outcome)
            return cli.fail(!first ? first.error() : !second ? second.error() : outcome.error());
        d = pdp::ReviewDelays{first.value(), second.value(), outcome.value()};
        if (auto s = pdp::PdpStore::setReviewDelays(*session.value(), d); !s)
            return cli.fail(s.error());
    }
    cli.out(QStringLiteral("first_social\t%1").arg(d.firstSocialMonths));
    cli.out(QStringLiteral("second_social\t%1").arg(d.secondSocialMonths));
    cli.out(QStringLiteral("outcome\t%1").arg(d.outcomeMonths));
    return Success;
}

} // namespace vigie::cli
