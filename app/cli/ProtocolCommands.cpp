// protocol set|show|withdraw --team T (issue 6 part 1): the team physician's protocol, which may
// shorten the follow-up periodicities (R4624-16 SI ≤ 60 months, R4624-17 SIA ≤ 36, R4624-28 SIR
// renewal ≤ 48 and intermediate visit ≤ 24), never lengthen them. The planning (plan, worklist) uses
// it; `rules due` keeps the legal maxima (rules-contract.md).
// Exit codes (cli-contract.md): 0; 2 (usage, a value that is not a number); 3 (not the team's
// physician, not a team the account plans for); 1 (an interval longer than the law, an unknown team).
#include "Commands.h"

#include "scheduling/ProtocolStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace vigie::cli {

namespace {

struct Interval {
    const char* option;
    const char* field;
    std::optional<int> scheduling::Protocol::*member;
    int scheduling::Periodicities::*effective;
};

const Interval kIntervals[] = {
    {"--si-renewal-months", "si_renewal_months", &scheduling::Protocol::siRenewalMonths, &scheduling::Periodicities::siRenewalMonths},
    {"--sia-renewal-months", "sia_renewal_months", &scheduling::Protocol::siaRenewalMonths, &scheduling::Periodicities::siaRenewalMonths},
    {"--sir-renewal-months", "sir_renewal_months", &scheduling::Protocol::sirRenewalMonths, &scheduling::Periodicities::sirRenewalMonths},
    {"--sir-intermediate-months", "sir_intermediate_months", &scheduling::Protocol::sirIntermediateMonths,
     &scheduling::Periodicities::sirIntermediateMonths},
};

} // namespace

int runProtocolSet(Cli& cli, const QStringList& args)
{
    QStringList options{QStringLiteral("--team"), QStringLiteral("--note")};
    for (const Interval& i : kIntervals)
        options << QString::fromLatin1(i.option);
    auto parsed = CommandArgs::parse(args, options, {});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    auto team = a.required(QStringLiteral("--team"));
    if (!team)
        return cli.fail(team.error());
    scheduling::Protocol protocol;
    bool any = false;
    for (const Interval& i : kIntervals) {
        const QString option = QString::fromLatin1(i.option);
        if (!a.has(option))
            continue;
        bool ok = false;
        const int months = a.value(option).toInt(&ok);
        if (!ok)
            return cli.usage(QCoreApplication::translate("vigie::cli", "Invalid number of months for %1: \"%2\"").arg(option, a.value(option)));
        protocol.*i.member = months;
        any = true;
    }
    if (!any)
        return cli.usage(QCoreApplication::translate("vigie::cli", "Give at least one interval: %1")
                             .arg(QStringLiteral("--si-renewal-months, --sia-renewal-months, --sir-renewal-months, --sir-intermediate-months")));
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (auto s = scheduling::ProtocolStore::set(*session.value(), team.value(), protocol, a.value(QStringLiteral("--note"))); !s)
        return cli.fail(s.error());
    return 0;
}

namespace {

// The --team of `args` (the command's only option) and the signed-in session; when `session` is null,
// the failure is reported and `exitCode` is the command's.
struct TeamCommand {
    QString team;
    std::unique_ptr<security::Session> session;
    int exitCode = 0;
};

TeamCommand teamCommand(Cli& cli, const QStringList& args)
{
    TeamCommand out;
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--team")}, {});
    if (!parsed) {
        out.exitCode = cli.fail(parsed.error());
        return out;
    }
    auto team = parsed.value().required(QStringLiteral("--team"));
    if (!team) {
        out.exitCode = cli.fail(team.error());
        return out;
    }
    auto session = cli.signIn();
    if (!session) {
        out.exitCode = cli.fail(session.error());
        return out;
    }
    out.team = team.value();
    out.session = std::move(session.value());
    return out;
}

} // namespace

// Prints the periodicities in force for the team as one JSON object: each interval in months, and
// whether it comes from the protocol or the law.
int runProtocolShow(Cli& cli, const QStringList& args)
{
    TeamCommand c = teamCommand(cli, args);
    if (!c.session)
        return c.exitCode;
    auto found = scheduling::ProtocolStore::ofTeam(*c.session, c.team);
    if (!found)
        return cli.fail(found.error());
    const auto& protocol = found.value();
    const scheduling::Periodicities inForce = protocol ? protocol->periodicities : scheduling::legalPeriodicities();
    QJsonObject json;
    json.insert(QStringLiteral("team"), c.team);
    for (const Interval& i : kIntervals) {
        const bool fromProtocol = protocol && (protocol->protocol.*i.member).has_value();
        json.insert(QString::fromLatin1(i.field),
                    QJsonObject{{QStringLiteral("months"), inForce.*i.effective},
                                {QStringLiteral("source"), fromProtocol ? QStringLiteral("protocol") : QStringLiteral("law")}});
    }
    if (protocol) {
        json.insert(QStringLiteral("signed_by"), protocol->signedBy);
        json.insert(QStringLiteral("signed_on"), protocol->signedOn.toString(Qt::ISODate));
        if (!protocol->note.isEmpty())
            json.insert(QStringLiteral("note"), protocol->note);
    }
    cli.out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    return 0;
}

int runProtocolWithdraw(Cli& cli, const QStringList& args)
{
    TeamCommand c = teamCommand(cli, args);
    if (!c.session)
        return c.exitCode;
    if (auto s = scheduling::ProtocolStore::withdraw(*c.session, c.team); !s)
        return cli.fail(s.error());
    return 0;
}

} // namespace vigie::cli
