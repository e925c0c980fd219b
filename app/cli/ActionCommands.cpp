// Workplace actions (issue 8 part 5): action add | list. Output on stdout is tab-separated and stable
// for scripts; messages go to stderr in the user's language.
//
//   action add --establishment SIRET --kind KIND --date YYYY-MM-DD --title T --professionals LOGIN[,LOGIN]
//              [--participants N] [--participant-names TEXT] [--notes TEXT] [--sheet-version N] [--report FILE]
//     records the action (and its report) in one transaction; prints its id. KIND: post_study,
//     measurement, awareness, advice, workshop, cse_meeting, or any code of the workplace_action
//     thesaurus (DUERP_SUPPORT, AFP_SEASONAL, ...). [--participant-workers ID[,ID]] names the workers
//     who took part (issue 16; --participants defaults to their number).
//   action list --establishment SIRET
//     one line per action, latest first: DATE<TAB>KIND<TAB>TITLE<TAB>PARTICIPANTS<TAB>PROFESSIONALS
//     <TAB>SHEET_VERSION<TAB>REPORT_FILE.
// Exit codes: 2 usage (bad kind, date, number, unreadable report), 3 refused (audited), 1 invalid data.
#include "Commands.h"

#include "companysheet/CompanySheetStore.h"
#include "membership/Member.h"
#include "prevention/ActionStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace vigie::cli {
using namespace vigie::prevention;

namespace {

QString usageKinds()
{
    QStringList codes;
    for (ActionKind k : allKinds())
        codes << kindCode(k);
    return codes.join(QStringLiteral(", "));
}

// The establishment of --establishment SIRET, for the signed-in account (its reach is checked by the stores).
core::Result<QString> establishmentId(security::Session& session, const CommandArgs& a)
{
    auto siret = a.required(QStringLiteral("--establishment"));
    if (!siret)
        return siret.error();
    auto member = companysheet::CompanySheetStore::establishmentBySiret(session, membership::digitsOf(siret.value()));
    if (!member)
        return member.error();
    return member.value().id;
}

} // namespace

int runActionAdd(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--establishment"), QStringLiteral("--kind"), QStringLiteral("--date"),
                                            QStringLiteral("--title"), QStringLiteral("--professionals"),
                                            QStringLiteral("--participants"), QStringLiteral("--participant-names"),
                                            QStringLiteral("--notes"), QStringLiteral("--sheet-version"), QStringLiteral("--report"),
                                            QStringLiteral("--participant-workers")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    for (const QString& option : {QStringLiteral("--establishment"), QStringLiteral("--kind"), QStringLiteral("--date"),
                                  QStringLiteral("--title"), QStringLiteral("--professionals")})
        if (auto r = a.required(option); !r)
            return cli.fail(r.error());
    WorkplaceAction action;
    const QString kindText = a.value(QStringLiteral("--kind"));
    const auto kind = kindFromCode(kindText);
    if (!kind && !isActionCode(kindText))
        return cli.usage(QCoreApplication::translate("vigie::cli", "Unknown action kind \"%1\" (one of %2)")
                             .arg(kindText, usageKinds() + QStringLiteral(", ") + actionCodes().join(QStringLiteral(", "))));
    action.kind = kind ? *kind : familyOf(kindText);
    if (!kind)
        action.code = kindText;
    for (const QString& worker : a.value(QStringLiteral("--participant-workers")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        action.participantWorkers << worker.trimmed();
    action.date = QDate::fromString(a.value(QStringLiteral("--date")), Qt::ISODate);
    if (!action.date.isValid())
        return cli.usage(QCoreApplication::translate("vigie::cli", "Invalid date for %1: \"%2\" (YYYY-MM-DD expected)")
                             .arg(QStringLiteral("--date"), a.value(QStringLiteral("--date"))));
    action.title = a.value(QStringLiteral("--title"));
    action.participantNames = a.value(QStringLiteral("--participant-names"));
    action.notes = a.value(QStringLiteral("--notes"));
    for (const QString& login : a.value(QStringLiteral("--professionals")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        action.professionals << login.trimmed();
    auto participants = a.intValue(QStringLiteral("--participants"), int(action.participantWorkers.size()), 0, 100000);
    if (!participants)
        return cli.fail(participants.error());
    action.participants = participants.value();
    auto version = a.intValue(QStringLiteral("--sheet-version"), 0, 0, 100000);
    if (!version)
        return cli.fail(version.error());
    action.sheetVersion = version.value();
    std::optional<ReportFile> report;
    if (a.has(QStringLiteral("--report"))) {
        QFile f(a.value(QStringLiteral("--report")));
        if (!f.open(QIODevice::ReadOnly))
            return cli.usage(QCoreApplication::translate("vigie::cli", "Cannot read the report %1: %2").arg(f.fileName(), f.errorString()));
        auto r = reportOf(QFileInfo(f.fileName()).fileName(), f.readAll());
        if (!r)
            return cli.fail(r.error());
        report = r.value();
    }

    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto id = establishmentId(*session.value(), a);
    if (!id)
        return cli.fail(id.error());
    action.establishmentId = id.value();
    auto recorded = ActionStore::record(*session.value(), action, report);
    if (!recorded)
        return cli.fail(recorded.error());
    cli.out(recorded.value());
    return Success;
}

int runActionList(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--establishment")});
    if (!parsed)
        return cli.fail(parsed.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto id = establishmentId(*session.value(), parsed.value());
    if (!id)
        return cli.fail(id.error());
    auto actions = ActionStore::list(*session.value(), id.value());
    if (!actions)
        return cli.fail(actions.error());
    for (const ActionSummary& s : actions.value()) {
        QString title = s.title;
        title.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        cli.out(QStringList{s.date.toString(Qt::ISODate), kindCode(s.kind), title, QString::number(s.participants),
                            s.professionals.join(QStringLiteral(", ")), QString::number(s.sheetVersion), s.reportFileName}
                    .join(QLatin1Char('\t')));
    }
    return Success;
}

} // namespace vigie::cli
