#include "HttpService.h"

#include "sync/EmbeddedServerStore.h"
#include "sync/Endpoints.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <cstdio>
#include <mutex>

namespace vigie::server {
using core::Error;
using core::ErrorCode;

namespace {
constexpr std::streamsize MaxBody = 64 * 1024 * 1024;

void logLine(const QString& line)
{
    const QByteArray b = (QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char(' ') + line + QLatin1Char('\n')).toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fflush(stderr);
}

class SyncHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    SyncHandler(const ServerConfig& config, const core::Clock& clock) : m_config(config), m_clock(clock) {}

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        const QString method = QString::fromStdString(request.getMethod());
        const QString target = QString::fromStdString(request.getURI());
        QString device;
        int status = 500;
        QJsonObject answer;
        try {
            // A store connection of this thread's own (Qt's connections belong to their thread).
            auto store = sync::EmbeddedServerStore::open(m_config.storeFolder(), m_clock, m_config.postgres());
            core::Result<QJsonObject> result = store ? sync::handle(*store.value(),
                                                                    sync::EndpointRequest{method, target, QString::fromStdString(request.get("Authorization", "")),
                                                                                          [&request] { return readBody(request); }},
                                                                    device)
                                                     : core::Result<QJsonObject>(store.error());
            if (result) {
                status = 200;
                answer = result.value();
            } else {
                status = sync::httpStatus(result.error());
                answer = QJsonObject{{QStringLiteral("error"), result.error().message}};
            }
        } catch (const std::exception& e) {
            status = 500;
            answer = QJsonObject{{QStringLiteral("error"), QString::fromLocal8Bit(e.what())}};
        }
        const QByteArray body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
        response.setStatus(Poco::Net::HTTPResponse::HTTPStatus(status));
        response.setContentType("application/json");
        response.setContentLength(body.size());
        response.send().write(body.constData(), body.size());
        logLine(QStringLiteral("%1 %2 %3%4").arg(method, target.section(QLatin1Char('?'), 0, 0)).arg(status)
                    .arg(device.isEmpty() ? QString() : QStringLiteral(" device=") + device));
    }

private:
    static core::Result<QJsonObject> readBody(Poco::Net::HTTPServerRequest& request)
    {
        std::string text;
        std::istream& in = request.stream();
        char buffer[65536];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
            text.append(buffer, size_t(in.gcount()));
            if (std::streamsize(text.size()) > MaxBody)
                return Error{ErrorCode::Invalid, QStringLiteral("request too large")};
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
        if (!doc.isObject())
            return Error{ErrorCode::Invalid, QStringLiteral("invalid JSON: ") + error.errorString()};
        return doc.object();
    }

    const ServerConfig& m_config;
    const core::Clock& m_clock;
};

class Factory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Factory(const ServerConfig& config, const core::Clock& clock) : m_config(config), m_clock(clock) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new SyncHandler(m_config, m_clock);
    }

private:
    const ServerConfig& m_config;
    const core::Clock& m_clock;
};
} // namespace

HttpService::HttpService(ServerConfig config, const core::Clock& clock) : m_config(std::move(config)), m_clock(clock) {}

HttpService::~HttpService() { stop(); }

core::Status HttpService::start()
{
    static std::once_flag once;
    std::call_once(once, [] { Poco::Net::initializeSSL(); });
    try {
        Poco::Net::Context::Params params;
        params.privateKeyFile = m_config.privateKey.toStdString();
        params.certificateFile = m_config.certificate.toStdString();
        params.verificationMode = Poco::Net::Context::VERIFY_NONE; // devices authenticate with their credential
        params.cipherList = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL";
        Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params);
        context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
        Poco::Net::SecureServerSocket socket(Poco::Net::SocketAddress(m_config.host.toStdString(), Poco::UInt16(m_config.port)), 64, context);
        Poco::Net::HTTPServerParams::Ptr serverParams = new Poco::Net::HTTPServerParams;
        serverParams->setMaxThreads(8);
        serverParams->setMaxQueued(256);
        serverParams->setKeepAlive(false);
        serverParams->setTimeout(Poco::Timespan(30, 0));
        m_server = std::make_unique<Poco::Net::HTTPServer>(new Factory(m_config, m_clock), socket, serverParams);
        m_server->start();
    } catch (const Poco::Exception& e) {
        return core::Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::server", "Cannot listen on %1:%2: %3")
                                                         .arg(m_config.host).arg(m_config.port).arg(QString::fromStdString(e.displayText())));
    }
    return {};
}

void HttpService::stop()
{
    if (m_server) {
        m_server->stopAll(true);
        m_server.reset();
    }
}

} // namespace vigie::server
