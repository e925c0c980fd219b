// vigie-server: the service server (cli-contract.md "Synchronisation"): init, run, device list,
// device revoke. Exit codes as vigie-cli's.
#include "vigie/Version.h"
#include "HttpService.h"
#include "ServerConfig.h"

#include "DemoService.h"
#include "Translations.h"
#include "security/AccountStore.h"
#include "sync/EmbeddedServerStore.h"
#include "sync/Tls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <csignal>
#include <string_view>
#include <tuple>
#include <cstdio>
#include <iostream>
#include <pthread.h>
#include <termios.h>
#include <unistd.h>

namespace {
using vigie::core::Error;
using vigie::core::ErrorCode;
using vigie::server::ServerConfig;

void out(const QString& line)
{
    const QByteArray b = line.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

void err(const QString& line)
{
    const QByteArray b = line.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fflush(stderr);
}

int fail(const Error& e)
{
    QString m = e.message;
    m.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err(QStringLiteral("vigie-server: ") + m);
    return int(e.code);
}

int usage(const QString& message) { return fail(Error{ErrorCode::Usage, message}); }

// "--name value" options (all take a value) and positional arguments.
struct Args {
    QMap<QString, QString> values;
    QStringList positional;
    QString bad;
    static Args parse(const QStringList& args, const QStringList& known)
    {
        Args a;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString& arg = args.at(i);
            if (!arg.startsWith(QLatin1String("--"))) {
                a.positional << arg;
                continue;
            }
            if (!known.contains(arg) || i + 1 >= args.size()) {
                a.bad = arg;
                return a;
            }
            a.values.insert(arg, args.at(++i));
        }
        return a;
    }
    QString value(const char* name) const { return values.value(QString::fromLatin1(name)); }
};

vigie::core::Result<QString> readPassword(const QString& file)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::server", "Cannot read the password file %1").arg(file)};
        QByteArray line = f.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
    std::cerr << QCoreApplication::translate("vigie::server", "Administrator's password: ").toStdString() << std::flush;
    termios saved{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios noEcho = saved;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &noEcho);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << std::endl;
    }
    return QString::fromStdString(line);
}

// Where the reference CSV files of the demo are: installed beside the program, or in the source tree.
QString referenceDataDir()
{
    const QString env = qEnvironmentVariable("VIGIE_DATA_DIR");
    if (!env.isEmpty())
        return env;
    const QDir app(QCoreApplication::applicationDirPath());
    for (const QString& candidate : {app.filePath(QStringLiteral("../share/vigie/data")), QStringLiteral(VIGIE_SOURCE_DIR "/thesaurus/data")})
        if (QFileInfo::exists(QDir(candidate).filePath(QStringLiteral("names_fr.csv"))))
            return QDir(candidate).absolutePath();
    return QStringLiteral(VIGIE_SOURCE_DIR "/thesaurus/data");
}

// init, and demo (the same with the demo service's accounts and data instead of one administrator).
int runInit(const QStringList& args, const vigie::core::Clock& realClock, bool demo)
{
    QStringList known{QStringLiteral("--config"), QStringLiteral("--listen"), QStringLiteral("--store"), QStringLiteral("--password-file")};
    known << (demo ? QStringList{QStringLiteral("--establishments"), QStringLiteral("--workers"), QStringLiteral("--years"), QStringLiteral("--seed"), QStringLiteral("--today")}
                   : QStringList{QStringLiteral("--admin"), QStringLiteral("--name")});
    const Args a = Args::parse(args, known);
    if (!a.bad.isEmpty())
        return usage(QCoreApplication::translate("vigie::server", "Unknown option or missing value: %1").arg(a.bad));
    const QString configPath = a.value("--config");
    const QString admin = demo ? QStringLiteral("admin") : a.value("--admin");
    if (configPath.isEmpty() || admin.isEmpty())
        return usage(demo ? QCoreApplication::translate("vigie::server", "Usage: vigie-server demo --config FILE --password-file F [--establishments N] [--workers N] [--years N] [--seed S] [--today YYYY-MM-DD]")
                          : QCoreApplication::translate("vigie::server", "Usage: vigie-server init --config FILE --listen HOST:PORT [--store DIR] --admin LOGIN --password-file F"));
    vigie::cli::DemoOptions options;
    options.dataDir = referenceDataDir();
    options.establishments = 20;
    options.workers = 500;
    for (const auto& [name, target, max] : {std::tuple{"--establishments", &options.establishments, 1000000},
                                            std::tuple{"--workers", &options.workers, 5000000}, std::tuple{"--years", &options.years, 40}}) {
        if (!a.values.contains(QString::fromLatin1(name)))
            continue;
        bool ok = false;
        const int v = a.value(name).toInt(&ok);
        if (!ok || v < 1 || v > max)
            return usage(QCoreApplication::translate("vigie::server", "Invalid value for %1: \"%2\"").arg(QString::fromLatin1(name), a.value(name)));
        *target = v;
    }
    if (a.values.contains(QStringLiteral("--seed"))) {
        bool ok = false;
        options.seed = a.value("--seed").toULongLong(&ok);
        if (!ok)
            return usage(QCoreApplication::translate("vigie::server", "Invalid value for %1: \"%2\"").arg(QStringLiteral("--seed"), a.value("--seed")));
    }
    // The demo's "today": fixed with --today for reproducible data (tests), otherwise the real date.
    std::unique_ptr<vigie::core::ManualClock> pinned;
    if (a.values.contains(QStringLiteral("--today"))) {
        const QDate day = QDate::fromString(a.value("--today"), Qt::ISODate);
        if (!day.isValid())
            return usage(QCoreApplication::translate("vigie::server", "Invalid value for %1: \"%2\"").arg(QStringLiteral("--today"), a.value("--today")));
        pinned = std::make_unique<vigie::core::ManualClock>(QDateTime(day, QTime(8, 0), Qt::UTC));
    }
    const vigie::core::Clock& clock = pinned ? *pinned : realClock;
    if (QFileInfo::exists(configPath))
        return fail(Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::server", "The file %1 already exists; it is left untouched").arg(configPath)});
    ServerConfig c;
    if (a.values.contains(QStringLiteral("--listen")))
        if (auto s = ServerConfig::parseListen(a.value("--listen"), c.host, c.port); !s)
            return fail(s.error());
    const QDir base = QFileInfo(configPath).absoluteDir();
    if (a.value("--store").startsWith(QLatin1String("postgresql://"))) {
        // The server's log in PostgreSQL; the encrypted file (accounts, rows, audit trail), its key
        // file and the certificate in the folder "state" beside the configuration.
        if (auto location = vigie::sync::PostgresLocation::parse(a.value("--store")); !location)
            return fail(location.error());
        c.store = a.value("--store");
        c.state = base.absoluteFilePath(QStringLiteral("state"));
    } else {
        c.store = a.value("--store").isEmpty() ? base.absoluteFilePath(QStringLiteral("store")) : QDir::current().absoluteFilePath(a.value("--store"));
    }
    const QString folder = c.storeFolder();
    if (QDir(folder).exists() && !QDir(folder).isEmpty())
        return fail(Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::server", "The store folder %1 is not empty; it is left untouched").arg(folder)});
    c.certificate = QDir(folder).filePath(QStringLiteral("certificate.pem"));
    c.privateKey = QDir(folder).filePath(QStringLiteral("private-key.pem"));
    auto password = readPassword(a.value("--password-file"));
    if (!password)
        return fail(password.error());
    const vigie::security::NewAccount account{admin, demo ? QStringLiteral("Antoine Mercier") : a.value("--name").isEmpty() ? admin : a.value("--name"),
                                              vigie::security::Role::Admin, {}};
    QStringList demoLines;
    vigie::sync::EmbeddedServerStore::Populate populate;
    if (demo)
        populate = [&](std::unique_ptr<vigie::security::Session> session) -> vigie::core::Status {
            auto lines = vigie::cli::populateDemoService(std::move(session), vigie::sync::EmbeddedServerStore::databasePath(folder),
                                                         password.value(), options, clock, [](const QString& line) { err(line); });
            if (!lines)
                return lines.error();
            demoLines = lines.value();
            return {};
        };
    if (auto s = vigie::sync::EmbeddedServerStore::create(folder, account, password.value(), clock, populate, c.postgres()); !s)
        return fail(s.error());
    if (auto s = vigie::sync::Tls::writeSelfSigned(c.privateKey, c.certificate, {c.host, QStringLiteral("localhost")}); !s)
        return fail(s.error());
    if (auto s = c.save(configPath); !s)
        return fail(s.error());
    auto fingerprint = vigie::sync::Tls::fingerprintOfPemFile(c.certificate);
    if (!fingerprint)
        return fail(fingerprint.error());
    err(QCoreApplication::translate("vigie::server", "Server store created in %1; configuration written to %2").arg(c.store, configPath));
    if (demo) {
        err(QCoreApplication::translate("vigie::server", "Fingerprint of the server's certificate (SHA-256): %1").arg(fingerprint.value()));
        for (const QString& line : demoLines)
            out(line);
    } else {
        out(fingerprint.value());
    }
    return 0;
}

auto openStore(const ServerConfig& c, const vigie::core::Clock& clock)
{
    return vigie::sync::EmbeddedServerStore::open(c.storeFolder(), clock, c.postgres());
}

vigie::core::Result<ServerConfig> configFrom(const Args& a)
{
    if (!a.bad.isEmpty())
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::server", "Unknown option or missing value: %1").arg(a.bad)};
    if (a.value("--config").isEmpty())
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::server", "This command needs --config FILE")};
    return ServerConfig::load(a.value("--config"));
}

int runServe(const QStringList& args, const vigie::core::Clock& clock)
{
    auto config = configFrom(Args::parse(args, {QStringLiteral("--config")}));
    if (!config)
        return fail(config.error());
    // SIGTERM and SIGINT were blocked in main() before any thread started: waited for here.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    {
        // The store opens (key file, schema) before the server says it listens.
        auto store = openStore(config.value(), clock);
        if (!store)
            return fail(store.error());
    }
    vigie::server::HttpService service(config.value(), clock);
    if (auto s = service.start(); !s)
        return fail(s.error());
    const QString host = config.value().host.contains(QLatin1Char(':')) ? QLatin1Char('[') + config.value().host + QLatin1Char(']') : config.value().host;
    err(QStringLiteral("listening on https://%1:%2").arg(host).arg(config.value().port));
    int received = 0;
    sigwait(&stopSignals, &received);
    err(QCoreApplication::translate("vigie::server", "Signal %1 received: stopping").arg(received));
    service.stop();
    err(QCoreApplication::translate("vigie::server", "Stopped"));
    return 0;
}

int runDeviceList(const QStringList& args, const vigie::core::Clock& clock)
{
    auto config = configFrom(Args::parse(args, {QStringLiteral("--config")}));
    if (!config)
        return fail(config.error());
    auto store = openStore(config.value(), clock);
    if (!store)
        return fail(store.error());
    auto devices = store.value()->devices();
    if (!devices)
        return fail(devices.error());
    for (const vigie::sync::Device& d : devices.value())
        out(QStringList{d.id, d.login, d.name, d.enrolledAt, d.lastSeen, d.revoked ? QStringLiteral("revoked") : QStringLiteral("active")}
                .join(QLatin1Char('\t')));
    return 0;
}

int runDeviceRevoke(const QStringList& args, const vigie::core::Clock& clock)
{
    const Args a = Args::parse(args, {QStringLiteral("--config")});
    auto config = configFrom(a);
    if (!config)
        return fail(config.error());
    if (a.positional.size() != 1)
        return usage(QCoreApplication::translate("vigie::server", "Usage: vigie-server device revoke --config FILE DEVICE_ID"));
    auto store = openStore(config.value(), clock);
    if (!store)
        return fail(store.error());
    if (auto s = store.value()->revoke(a.positional.first()); !s)
        return fail(s.error());
    err(QCoreApplication::translate("vigie::server", "Device %1 revoked").arg(a.positional.first()));
    return 0;
}
int runBackup(const QStringList& args, const vigie::core::Clock& clock)
{
    const Args a = Args::parse(args, {QStringLiteral("--config"), QStringLiteral("--out")});
    auto config = configFrom(a);
    if (!config)
        return fail(config.error());
    if (a.value("--out").isEmpty() || !a.positional.isEmpty())
        return usage(QCoreApplication::translate("vigie::server", "Usage: vigie-server backup --config FILE --out FILE"));
    auto store = openStore(config.value(), clock);
    if (!store)
        return fail(store.error());
    auto check = store.value()->backup(a.value("--out"));
    if (!check)
        return fail(check.error());
    // stdout: the SHA-256 alone, as cli-contract.md words it; the rest for people on stderr.
    out(check.value().sha256);
    err(QCoreApplication::translate("vigie::server", "Backup %1 verified: %2 audit records").arg(a.value("--out")).arg(check.value().auditRecords));
    if (config.value().onPostgres())
        err(QCoreApplication::translate("vigie::server", "The log's PostgreSQL archive, checked with pg_restore: %1").arg(a.value("--out") + QStringLiteral(".pgdump")));
    return 0;
}

int runRestore(const QStringList& args, const vigie::core::Clock& clock)
{
    const Args a = Args::parse(args, {QStringLiteral("--config")});
    auto config = configFrom(a);
    if (!config)
        return fail(config.error());
    if (a.positional.size() != 1)
        return usage(QCoreApplication::translate("vigie::server", "Usage: vigie-server restore --config FILE BACKUP"));
    auto kept = vigie::sync::EmbeddedServerStore::restore(config.value().storeFolder(), a.positional.first(), clock, config.value().postgres());
    if (!kept)
        return fail(kept.error());
    err(QCoreApplication::translate("vigie::server", "Store restored from %1; the replaced store is kept as %2; the desktops will see a new epoch")
            .arg(a.positional.first(), kept.value()));
    return 0;
}
} // namespace

int main(int argc, char** argv)
{
    // `run` waits for SIGTERM or SIGINT with sigwait(): they are blocked before any thread exists
    // (Qt's or Poco's), so that every thread inherits the mask and the main thread receives them.
    if (argc > 1 && std::string_view(argv[1]) == "run") {
        sigset_t stopSignals;
        sigemptyset(&stopSignals);
        sigaddset(&stopSignals, SIGTERM);
        sigaddset(&stopSignals, SIGINT);
        pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationName(QStringLiteral("vigie-server"));
    vigie::i18n::install(app, vigie::i18n::preferredLanguage());
    vigie::core::SystemClock clock;
    const QStringList args = app.arguments().mid(1);
    const QString usageText = QCoreApplication::translate("vigie::server", "Usage: vigie-server init|demo|run|device list|device revoke|backup|restore --config FILE ...");
    if (args.isEmpty())
        return usage(usageText);
    if (args.first() == QLatin1String("init"))
        return runInit(args.mid(1), clock, false);
    if (args.first() == QLatin1String("demo"))
        return runInit(args.mid(1), clock, true);
    if (args.first() == QLatin1String("run"))
        return runServe(args.mid(1), clock);
    if (args.size() >= 2 && args.at(0) == QLatin1String("device") && args.at(1) == QLatin1String("list"))
        return runDeviceList(args.mid(2), clock);
    if (args.size() >= 2 && args.at(0) == QLatin1String("device") && args.at(1) == QLatin1String("revoke"))
        return runDeviceRevoke(args.mid(2), clock);
    if (args.first() == QLatin1String("backup"))
        return runBackup(args.mid(1), clock);
    if (args.first() == QLatin1String("restore"))
        return runRestore(args.mid(1), clock);
    if (args.first() == QLatin1String("--version")) {
        out(QStringLiteral("vigie-server %1").arg(QStringLiteral(VIGIE_VERSION_STRING)));
        return 0;
    }
    if (args.first() == QLatin1String("--help")) {
        out(usageText);
        return 0;
    }
    return usage(QCoreApplication::translate("vigie::server", "Unknown command: %1").arg(args.join(QLatin1Char(' '))));
}
