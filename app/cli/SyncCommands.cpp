// sync enroll, sync now, sync status (cli-contract.md "Synchronisation").
#include "Commands.h"

#include "core/Hlc.h"
#include "security/AccountStore.h"
#include "security/SignIn.h"
#include "storage/AuditTrail.h"
#include "storage/ChangeCapture.h"
#include "storage/KeyRing.h"
#include "sync/Enrolment.h"
#include "sync/SyncClient.h"
#include "sync/Tls.h"
#include "sync/Transport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

#include <iostream>

namespace vigie::cli {
using core::Error;
using core::ErrorCode;
using core::Status;

int runSyncEnroll(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--server"), QStringLiteral("--user"), QStringLiteral("--password-file"),
                                            QStringLiteral("--fingerprint"), QStringLiteral("--name")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    auto server = a.required(QStringLiteral("--server"));
    auto login = a.required(QStringLiteral("--user"));
    if (!server || !login)
        return cli.fail(!server ? server.error() : login.error());
    QString pinned;
    if (a.has(QStringLiteral("--fingerprint"))) {
        pinned = sync::Tls::normalisedFingerprint(a.value(QStringLiteral("--fingerprint")));
        if (pinned.isEmpty())
            return cli.usage(QCoreApplication::translate("vigie::cli", "Invalid fingerprint \"%1\" (64 hexadecimal characters)").arg(a.value(QStringLiteral("--fingerprint"))));
    }
    auto password = cli.readPassword(a.value(QStringLiteral("--password-file"), cli.globalPasswordFile()),
                                     QCoreApplication::translate("vigie::cli", "Password for %1: ").arg(login.value()));
    if (!password)
        return cli.fail(password.error());

    auto presented = sync::presentedFingerprint(server.value());
    if (!presented)
        return cli.fail(presented.error());
    cli.err(QCoreApplication::translate("vigie::cli", "Fingerprint of the server's certificate (SHA-256): %1").arg(presented.value()));
    if (pinned.isEmpty()) {
        cli.err(QCoreApplication::translate("vigie::cli", "Is it the fingerprint printed by the server's administrator? (yes/no) "));
        std::string answer;
        std::getline(std::cin, answer);
        const QString reply = QString::fromStdString(answer).trimmed().toLower();
        if (reply != QLatin1String("yes") && reply != QLatin1String("oui") && reply != QLatin1String("y") && reply != QLatin1String("o"))
            return cli.fail(Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::cli", "Fingerprint not confirmed: the device is not enrolled")});
        pinned = presented.value();
    } else if (pinned != presented.value()) {
        return cli.fail(Error{sync::Unreachable, QCoreApplication::translate("vigie::cli", "The server %1 presented the certificate %2, not the expected %3: connection refused")
                                                     .arg(server.value(), presented.value(), pinned)});
    }
    auto enrolled = sync::enrolDevice(sync::EnrolRequest{cli.databasePath(), server.value(), pinned, login.value(), password.value(),
                                                         a.value(QStringLiteral("--name"), QSysInfo::machineHostName())},
                                      cli.clock());
    if (!enrolled)
        return cli.fail(enrolled.error());
    const sync::Enrolment& enrolment = enrolled.value();
    cli.err(QCoreApplication::translate("vigie::cli", "Device %1 enrolled with %2 for %3").arg(enrolment.deviceId, server.value(), enrolment.login));
    cli.out(enrolment.deviceId);
    return Success;
}

int runSyncNow(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {});
    if (!parsed)
        return cli.fail(parsed.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    storage::Database& db = session.value()->db();
    sync::HttpsTransport transport(sync::SyncClient::state(db, QStringLiteral("server")),
                                   sync::SyncClient::state(db, QStringLiteral("fingerprint")));
    sync::SyncClient client(db, transport, cli.clock());
    auto counts = client.syncNow();
    if (!counts)
        return cli.fail(counts.error());
    cli.out(counts.value().line());
    return Success;
}

int runSyncStatus(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {});
    if (!parsed)
        return cli.fail(parsed.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto status = sync::SyncClient::status(session.value()->db());
    if (!status)
        return cli.fail(status.error());
    const sync::SyncStatus& s = status.value();
    cli.out(QStringLiteral("server\t") + s.server);
    cli.out(QStringLiteral("device\t") + s.device);
    cli.out(QStringLiteral("last_sync\t") + s.lastSync);
    cli.out(QStringLiteral("pending\t%1").arg(s.pending));
    cli.out(QStringLiteral("conflicts\t%1").arg(s.conflicts));
    cli.out(QStringLiteral("quarantined\t%1").arg(s.quarantined));
    cli.out(QStringLiteral("epoch\t") + s.epoch);
    return Success;
}

} // namespace vigie::cli
