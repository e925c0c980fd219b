// init, demo, key show, audit verify.
#include "Commands.h"
#include "DemoGenerator.h"
#include "DemoService.h"

#include "security/AccountStore.h"
#include "security/SignIn.h"
#include "storage/AuditSeal.h"
#include "storage/AuditTrail.h"
#include "storage/CipherSettings.h"
#include "sync/SyncClient.h"
#include "sync/Transport.h"
#include "thesaurus/ThesaurusStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vigie::cli {
using core::Error;
using core::ErrorCode;

namespace {
// Where the reference CSV files are: installed beside the program, or in the source tree.
QString referenceDataDir()
{
    const QString env = qEnvironmentVariable("VIGIE_DATA_DIR");
    if (!env.isEmpty())
        return env;
    const QDir app(QCoreApplication::applicationDirPath());
    for (const QString& candidate : {app.filePath(QStringLiteral("../share/vigie/data")),
                                     QStringLiteral(VIGIE_SOURCE_DIR "/thesaurus/data")})
        if (QFileInfo::exists(QDir(candidate).filePath(QStringLiteral("names_fr.csv"))))
            return QDir(candidate).absolutePath();
    return QStringLiteral(VIGIE_SOURCE_DIR "/thesaurus/data");
}

} // namespace

int runInit(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--db"), QStringLiteral("--admin"),
                                            QStringLiteral("--password-file"), QStringLiteral("--name")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    const QString db = a.value(QStringLiteral("--db"), cli.databasePath());
    auto admin = a.required(QStringLiteral("--admin"));
    if (!admin)
        return cli.fail(admin.error());
    auto password = cli.readPassword(a.value(QStringLiteral("--password-file"), cli.globalPasswordFile()),
                                     QCoreApplication::translate("vigie::cli", "Password for %1: ").arg(admin.value()));
    if (!password)
        return cli.fail(password.error());
    const QString name = a.value(QStringLiteral("--name"), admin.value());
    auto session = security::createDatabase(db, security::NewAccount{admin.value(), name, security::Role::Admin, {}},
                                            password.value(), cli.clock());
    if (!session)
        return cli.fail(session.error());
    // The shipped code systems are loaded at creation, not at the first search.
    if (core::Status s = thesaurus::ThesaurusStore::ensureShipped(*session.value()); !s)
        return cli.fail(s.error());
    cli.err(QCoreApplication::translate("vigie::cli", "Encrypted database created: %1").arg(db));
    return Success;
}

int runDemo(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--db"), QStringLiteral("--password-file"),
                                            QStringLiteral("--establishments"), QStringLiteral("--workers"),
                                            QStringLiteral("--years"), QStringLiteral("--seed"),
                                            QStringLiteral("--today")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    DemoOptions options;
    options.dataDir = referenceDataDir();
    auto establishments = a.intValue(QStringLiteral("--establishments"), 2000, 1, 1000000);
    auto workers = a.intValue(QStringLiteral("--workers"), 50000, 1, 5000000);
    auto years = a.intValue(QStringLiteral("--years"), 3, 1, 40);
    if (!establishments || !workers || !years)
        return cli.fail(!establishments ? establishments.error() : !workers ? workers.error() : years.error());
    options.establishments = establishments.value();
    options.workers = workers.value();
    options.years = years.value();
    bool seedOk = true;
    options.seed = a.value(QStringLiteral("--seed"), QStringLiteral("1")).toULongLong(&seedOk);
    if (!seedOk)
        return cli.usage(QCoreApplication::translate("vigie::cli", "Invalid value for --seed: \"%1\"").arg(a.value(QStringLiteral("--seed"))));

    // The demo's "today": fixed with --today for reproducible data, otherwise the real date.
    std::unique_ptr<core::ManualClock> pinned;
    const core::Clock* clock = &cli.clock();
    if (a.has(QStringLiteral("--today"))) {
        const QDate d = QDate::fromString(a.value(QStringLiteral("--today")), Qt::ISODate);
        if (!d.isValid())
            return cli.usage(QCoreApplication::translate("vigie::cli", "Invalid date for --today: \"%1\" (YYYY-MM-DD)").arg(a.value(QStringLiteral("--today"))));
        pinned = std::make_unique<core::ManualClock>(QDateTime(d, QTime(8, 0), Qt::UTC));
        clock = pinned.get();
    }

    const QString db = a.value(QStringLiteral("--db"), cli.databasePath());
    auto password = cli.readPassword(a.value(QStringLiteral("--password-file"), cli.globalPasswordFile()), QCoreApplication::translate("vigie::cli", "Password of the demo accounts: "));
    if (!password)
        return cli.fail(password.error());
    // A bulk fill: the audit seal is written when each of the generator's sessions ends, not after
    // each of its thousands of commits (a flushed file and a rename each; storage/AuditSeal.h).
    const storage::DeferredSealing bulkFill;
    auto session = security::createDatabase(
        db, security::NewAccount{QStringLiteral("admin"), QStringLiteral("Antoine Mercier"), security::Role::Admin, {}},
        password.value(), *clock);
    if (!session)
        return cli.fail(session.error());
    auto lines = populateDemoService(std::move(session.value()), db, password.value(), options, *clock,
                                     [&cli](const QString& line) { cli.err(line); });
    if (!lines)
        return cli.fail(lines.error());
    for (const QString& line : lines.value())
        cli.out(line);
    return Success;
}

int runKeyShow(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {});
    if (!parsed)
        return cli.fail(parsed.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    security::Session& s = *session.value();
    if (s.account().role != security::Role::Admin) {
        return cli.fail(storage::auditedRefusal(
            s.audit(storage::AuditEvent{{}, {}, QStringLiteral("key.show"), QStringLiteral("database.key"), {}, 0, QStringLiteral("denied"), {}}),
            Error{ErrorCode::Denied, QCoreApplication::translate("vigie::cli", "Permission denied: only an administrator may see the key")}));
    }
    if (core::Status st = s.audit(storage::AuditEvent{{}, {}, QStringLiteral("key.show"),
                                                      QStringLiteral("database.key"), {}, 0,
                                                      QStringLiteral("allowed"), {}});
        !st)
        return cli.fail(st.error());
    cli.out(s.databaseKey().toHex());
    for (const QByteArray& pragma : storage::CipherSettings::pragmas())
        cli.err(QString::fromLatin1(pragma) + QLatin1Char(';'));
    return Success;
}

int runAuditVerify(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {}, {QStringLiteral("--against-server")});
    if (!parsed)
        return cli.fail(parsed.error());
    if (!parsed.value().positional().isEmpty())
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli audit verify [--against-server]"));
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    auto result = storage::AuditTrail::verify(session.value()->db());
    if (!result)
        return cli.fail(result.error());
    const storage::AuditVerification& v = result.value();
    if (!v.intact) {
        cli.out(QString::number(v.firstBrokenSeq));
        cli.err(QCoreApplication::translate("vigie::cli", "The audit trail is broken at record %1 of %2").arg(v.firstBrokenSeq).arg(v.records));
        return Invalid;
    }
    // The chain holds together; its head must also be the one the seal vouches for (truncation and
    // recomputation leave a sound chain behind).
    if (const storage::AuditSealer* sealer = session.value()->auditSealer()) {
        auto seal = storage::AuditSeal::check(session.value()->db(), sealer->sealKey());
        if (!seal)
            return cli.fail(seal.error());
        const storage::SealCheck& c = seal.value();
        if (!c.intact()) {
            if (c.state == storage::SealCheck::State::Truncated)
                cli.out(QString::number(c.current.count + 1));
            else if (c.state == storage::SealCheck::State::Rewritten)
                cli.out(QString::number(c.sealed.count));
            cli.err(QStringLiteral("vigie-cli: ") + c.message);
            return Invalid;
        }
    } else {
        cli.err(QCoreApplication::translate("vigie::cli", "Warning: the key slot of %1 holds no audit seal key, so the end of "
                                                          "the trail was not checked (an administrator can reset its password)")
                    .arg(session.value()->account().login));
    }
    // The server keeps the head this device sent at its last synchronisation: a witness off the
    // workstation, for what the seal cannot see (someone who knows a password and resealed).
    if (parsed.value().has(QStringLiteral("--against-server"))) {
        storage::Database& db = session.value()->db();
        sync::HttpsTransport transport(sync::SyncClient::state(db, QStringLiteral("server")),
                                       sync::SyncClient::state(db, QStringLiteral("fingerprint")));
        sync::SyncClient client(db, transport, cli.clock());
        auto anchor = client.serverAnchor();
        if (!anchor)
            return cli.fail(anchor.error());
        auto compared = storage::AuditSeal::compareWith(db, storage::AuditHead{anchor.value().count, anchor.value().hash});
        if (!compared)
            return cli.fail(compared.error());
        const storage::SealCheck& c = compared.value();
        if (c.state == storage::SealCheck::State::Truncated) {
            cli.out(QString::number(c.current.count + 1));
            cli.err(QCoreApplication::translate("vigie::cli", "The audit trail holds %1 records but the server received %2 from this workstation on %3: "
                                                              "records at its end were deleted (from record %4 on)")
                        .arg(c.current.count)
                        .arg(anchor.value().count)
                        .arg(anchor.value().receivedAt)
                        .arg(c.current.count + 1));
            return Invalid;
        }
        if (c.state == storage::SealCheck::State::Rewritten) {
            cli.out(QString::number(anchor.value().count));
            cli.err(QCoreApplication::translate("vigie::cli", "Record %1 of the audit trail is not the one the server received from this workstation on %2: "
                                                              "the trail was rewritten")
                        .arg(anchor.value().count)
                        .arg(anchor.value().receivedAt));
            return Invalid;
        }
    }
    cli.out(QString::number(v.records));
    return Success;
}

} // namespace vigie::cli
