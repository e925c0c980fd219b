// convocations print --date D --out FILE.pdf (issue 6 part 5): the convocation letters of the day's
// planned and confirmed appointments in the account's teams, one page each, in one PDF.
// convocations print --company ID --from D --to D --out FILE.pdf: the same for one company's workers
// (ID: the company's SIREN or identifier) over a period, both days included.
// Exit codes (cli-contract.md): 0 (the number of letters on standard error); 1 (no appointment to
// convoke, unknown company, a period that ends before it starts); 2 (usage, date); 3 (no Planning
// module, a company outside the account's teams); 4; 5 (the file cannot be written).
#include "Commands.h"

#include "scheduling/AppointmentStore.h"
#include "scheduling/ConvocationStore.h"
#include "scheduling/MailStore.h"
#include "scheduling/mail/MailSending.h"
#include "scheduling/print/ConvocationPrinter.h"

#include <QCoreApplication>

namespace vigie::cli {

namespace {

QString convocationsUsage()
{
    return QCoreApplication::translate("vigie::cli", "Usage: vigie-cli convocations print (--date YYYY-MM-DD | --company SIREN|ID "
                                                     "--from YYYY-MM-DD --to YYYY-MM-DD) --out FILE.pdf");
}

// The value of a date option, or a usage error naming it.
core::Result<QDate> dateOption(Cli& cli, const CommandArgs& a, const QString& name, int& exitCode)
{
    auto text = a.required(name);
    if (!text) {
        exitCode = cli.fail(text.error());
        return text.error();
    }
    const QDate d = QDate::fromString(text.value(), Qt::ISODate);
    if (!d.isValid()) {
        const QString message = QCoreApplication::translate("vigie::cli", "Invalid date for %1: \"%2\" (YYYY-MM-DD)").arg(name, text.value());
        exitCode = cli.usage(message);
        return core::Error{core::ErrorCode::Usage, message};
    }
    return d;
}

} // namespace

int runConvocationsPrint(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--date"), QStringLiteral("--out"), QStringLiteral("--company"),
                                            QStringLiteral("--from"), QStringLiteral("--to")},
                                     {});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    const bool byCompany = a.has(QStringLiteral("--company"));
    // One form or the other: a day, or a company over a period.
    if (!a.positional().isEmpty() || (byCompany && a.has(QStringLiteral("--date"))) ||
        (!byCompany && (a.has(QStringLiteral("--from")) || a.has(QStringLiteral("--to")))))
        return cli.usage(convocationsUsage());
    int exitCode = 0;
    QDate first, last;
    if (byCompany) {
        auto from = dateOption(cli, a, QStringLiteral("--from"), exitCode);
        if (!from)
            return exitCode;
        auto to = dateOption(cli, a, QStringLiteral("--to"), exitCode);
        if (!to)
            return exitCode;
        first = from.value();
        last = to.value();
        if (last < first)
            return cli.fail(core::Error{core::ErrorCode::Invalid, QCoreApplication::translate("vigie::cli", "The period ends (%1) before it starts (%2)")
                                                                      .arg(a.value(QStringLiteral("--to")), a.value(QStringLiteral("--from")))});
    } else {
        auto day = dateOption(cli, a, QStringLiteral("--date"), exitCode);
        if (!day)
            return exitCode;
        first = last = day.value();
    }
    auto out = a.required(QStringLiteral("--out"));
    if (!out)
        return cli.fail(out.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    const QString company = a.value(QStringLiteral("--company"));
    auto batch = byCompany ? scheduling::ConvocationStore::companyLetters(*session.value(), company, first, last)
                           : scheduling::ConvocationStore::dayLetters(*session.value(), first);
    if (!batch)
        return cli.fail(batch.error());
    if (batch.value().letters == 0)
        return cli.fail(core::Error{core::ErrorCode::Invalid,
                                    byCompany ? QCoreApplication::translate("vigie::cli", "No appointment to convoke for the company %1 from %2 to %3")
                                                    .arg(company, a.value(QStringLiteral("--from")), a.value(QStringLiteral("--to")))
                                              : QCoreApplication::translate("vigie::cli", "No appointment to convoke on %1").arg(a.value(QStringLiteral("--date")))});
    if (auto s = scheduling::printConvocations(batch.value(), out.value()); !s)
        return cli.fail(s.error());
    cli.err(QCoreApplication::translate("vigie::cli", "%n convocation letter(s) written to %1", "", batch.value().letters).arg(out.value()));
    return 0;
}

// convocations send [--today D]: e-mails the convocations not yet sent and the reminders due (the
// reminder goes from `reminder_days` days before the visit), through the configured SMTP server.
// Standard output: one line per e-mail, "convocation|reminder<TAB>APPOINTMENT<TAB>ADDRESS<TAB>sent|error".
// Exit 0 when every e-mail went, 1 when one was refused or no server is configured, 5 when the server
// cannot be reached.
int runConvocationsSend(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--today")}, {});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    QDate today = cli.clock().today();
    if (a.has(QStringLiteral("--today"))) {
        today = QDate::fromString(a.value(QStringLiteral("--today")), Qt::ISODate);
        if (!today.isValid())
            return cli.usage(QCoreApplication::translate("vigie::cli", "Invalid date for %1: \"%2\" (YYYY-MM-DD)")
                                 .arg(QStringLiteral("--today"), a.value(QStringLiteral("--today"))));
    }
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto results = scheduling::sendDueMails(*session.value(), today);
    if (!results)
        return cli.fail(results.error());
    int failed = 0;
    for (const scheduling::SendResult& r : results.value()) {
        cli.out(QStringList{r.reminder ? QStringLiteral("reminder") : QStringLiteral("convocation"), r.appointmentId,
                            r.sent ? QStringLiteral("sent") : QStringLiteral("error: ") + r.error}
                    .join(QLatin1Char('\t')));
        failed += r.sent ? 0 : 1;
    }
    cli.err(QCoreApplication::translate("vigie::cli", "%1 e-mail(s) sent, %2 refused").arg(results.value().size() - failed).arg(failed));
    return failed == 0 ? 0 : 1;
}

// mail set --host H --port P --from ADDRESS [--reminder-days N] [--security none|starttls|tls]
// [--smtp-user U --smtp-password-file F] (administrator). The password is read from the first line of F,
// never from the command line (it would show in the process list and the shell's history).
int runMailSet(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--host"), QStringLiteral("--port"), QStringLiteral("--from"), QStringLiteral("--reminder-days"),
                                            QStringLiteral("--security"), QStringLiteral("--smtp-user"), QStringLiteral("--smtp-password-file")},
                                     {});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    auto host = a.required(QStringLiteral("--host"));
    if (!host)
        return cli.fail(host.error());
    auto from = a.required(QStringLiteral("--from"));
    if (!from)
        return cli.fail(from.error());
    auto port = a.intValue(QStringLiteral("--port"), 25, 1, 65535);
    if (!port)
        return cli.fail(port.error());
    auto days = a.intValue(QStringLiteral("--reminder-days"), 2, 1, 14);
    if (!days)
        return cli.fail(days.error());
    const QString securityCode = a.has(QStringLiteral("--security")) ? a.value(QStringLiteral("--security")) : QStringLiteral("none");
    const auto security = scheduling::smtpSecurityFromCode(securityCode);
    if (!security)
        return cli.usage(QCoreApplication::translate("vigie::cli", "Invalid value for %1: \"%2\" (none, starttls or tls)")
                             .arg(QStringLiteral("--security"), securityCode));
    scheduling::SmtpSettings settings{host.value(), port.value(), from.value(), days.value(), *security, a.value(QStringLiteral("--smtp-user")), {}};
    if (a.has(QStringLiteral("--smtp-password-file"))) {
        auto password = cli.readPassword(a.value(QStringLiteral("--smtp-password-file")), {});
        if (!password)
            return cli.fail(password.error());
        settings.password = password.value();
    }
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (auto s = scheduling::MailStore::setSettings(*session.value(), settings); !s)
        return cli.fail(s.error());
    return 0;
}

// worker email --id ID --email ADDRESS: the worker's address for convocations and reminders (Planning,
// a worker of the account's teams; an empty ADDRESS removes it).
int runWorkerEmail(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--id"), QStringLiteral("--email")}, {});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    auto id = a.required(QStringLiteral("--id"));
    if (!id)
        return cli.fail(id.error());
    if (!a.has(QStringLiteral("--email")))
        return cli.usage(QCoreApplication::translate("vigie::cli", "The option %1 is required").arg(QStringLiteral("--email")));
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (auto s = scheduling::MailStore::setWorkerEmail(*session.value(), id.value(), a.value(QStringLiteral("--email"))); !s)
        return cli.fail(s.error());
    return 0;
}

// appointment status --id ID --status confirmed|done|cancelled|no_show: records an appointment's outcome
// (a no-show or a cancellation puts the visit back to plan with its deadline unchanged).
int runAppointmentStatus(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--id"), QStringLiteral("--status")}, {});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    auto id = a.required(QStringLiteral("--id"));
    if (!id)
        return cli.fail(id.error());
    auto statusText = a.required(QStringLiteral("--status"));
    if (!statusText)
        return cli.fail(statusText.error());
    const auto status = scheduling::appointmentStatusFromCode(statusText.value());
    if (!status)
        return cli.usage(QCoreApplication::translate("vigie::cli", "Unknown status: %1 (confirmed, done, cancelled, no_show)").arg(statusText.value()));
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (auto s = scheduling::AppointmentStore::setStatus(*session.value(), id.value(), *status); !s)
        return cli.fail(s.error());
    return 0;
}

} // namespace vigie::cli
