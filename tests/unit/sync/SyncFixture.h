#pragma once
// A service (a server store, on the file or on PostgreSQL as VIGIE_TEST_STORE says) and desktops
// enrolled with it, in one process, through the same endpoints as the HTTPS server.
#include "PostgresServer.h"
#include "TestSupport.h"
#include "catch_qt.h"

#include "security/AccountStore.h"
#include "security/SignIn.h"
#include "storage/Database.h"
#include "sync/EmbeddedServerStore.h"
#include "sync/Endpoints.h"
#include "sync/SyncClient.h"

#include <QSqlQuery>

namespace vigie::test {
const QString Password = QStringLiteral("Clef-Solide-2026!");

struct Service {
    QTemporaryDir dir;
    QString storeDir = dir.filePath(QStringLiteral("store"));
    core::ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    QString postgres = onPostgres() ? freshDatabase() : QString();

    static bool onPostgres() { return qgetenv("VIGIE_TEST_STORE") == "postgresql"; }
    static QString freshDatabase()
    {
        auto& server = test::PostgresServer::shared();
        if (!server.ok())
            qFatal("PostgreSQL did not start: %s", qPrintable(server.error()));
        return server.createDatabase();
    }

    // `people`: accounts made on the server itself (with their key slots there, so they can enrol).
    explicit Service(const QList<QPair<QString, security::Role>>& people = {})
    {
        auto populate = [&people](std::unique_ptr<security::Session> admin) -> core::Status {
            for (const auto& [login, role] : people)
                if (auto a = security::AccountStore::create(*admin, security::NewAccount{login, QStringLiteral("Name of ") + login, role, {}, false}, Password); !a)
                    return a.error();
            return {};
        };
        auto s = sync::EmbeddedServerStore::create(storeDir, security::NewAccount{QStringLiteral("admin"), QStringLiteral("Alice Admin"), security::Role::Admin, {}},
                                                   Password, clock, populate, postgres);
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
    }
    std::unique_ptr<sync::EmbeddedServerStore> store()
    {
        auto s = sync::EmbeddedServerStore::open(storeDir, clock, postgres);
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        return std::move(s.value());
    }
    sync::DirectTransport::StoreFactory factory()
    {
        return [this]() -> core::Result<std::unique_ptr<sync::ServerStore>> {
            auto s = sync::EmbeddedServerStore::open(storeDir, clock, postgres);
            if (!s)
                return s.error();
            return std::unique_ptr<sync::ServerStore>(std::move(s.value()));
        };
    }
    // The server's own tables (_srv_*) are in PostgreSQL or in the file; the rest always in the file.
    qint64 serverCount(const QString& sql)
    {
        auto s = store();
        QSqlQuery q(sql.contains(QLatin1String("_srv_")) ? s->log().sql() : s->db().sql());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
};

// A desktop enrolled with the service: its own encrypted file, signed in as `login`.
struct Desktop {
    QString path;
    sync::Enrolment enrolment;
    std::unique_ptr<security::Session> session;
    std::unique_ptr<sync::DirectTransport> transport;

    Desktop(Service& service, const QString& login, const QString& name)
    {
        path = service.dir.filePath(name + QStringLiteral(".db"));
        transport = std::make_unique<sync::DirectTransport>(service.factory());
        auto answer = transport->call(QString::fromLatin1(sync::EnrollPath),
                                      QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("password"), Password},
                                                  {QStringLiteral("device_name"), name}});
        if (!answer)
            qFatal("enrol: %s", qPrintable(answer.error().message));
        enrolment = sync::Enrolment::fromJson(answer.value());
        if (auto s = sync::SyncClient::createDevice(path, enrolment, Password, service.clock, QStringLiteral("https://test:1"),
                                                    QString(64, QLatin1Char('0')));
            !s)
            qFatal("device: %s", qPrintable(s.error().message));
        auto signedIn = security::signIn(path, login, Password, service.clock);
        if (!signedIn)
            qFatal("sign in: %s", qPrintable(signedIn.error().message));
        session = std::move(signedIn.value());
    }
    core::Result<sync::SyncCounts> syncNow(Service& service, int pullLimit = 2000)
    {
        sync::SyncClient client(session->db(), *transport, service.clock);
        return client.syncNow(500, pullLimit);
    }
    qint64 count(const QString& sql) { return test::scalar(session->db(), sql).toLongLong(); }
    void createAccount(const QString& login, security::Role role)
    {
        auto a = security::AccountStore::create(*session, security::NewAccount{login, QStringLiteral("Name of ") + login, role, {}}, Password);
        INFO((a ? QString() : a.error().message).toStdString());
        REQUIRE(a);
    }
};
} // namespace vigie::test
