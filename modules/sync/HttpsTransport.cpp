#include "sync/Transport.h"
#include "sync/Tls.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/X509Certificate.h>
#include <Poco/StreamCopier.h>

#include <openssl/x509.h>

#include <mutex>
#include <sstream>

namespace vigie::sync {
using core::Error;
using core::ErrorCode;

namespace {
void initialiseSsl()
{
    static std::once_flag once;
    std::call_once(once, [] { Poco::Net::initializeSSL(); });
}

Poco::Net::Context::Ptr clientContext()
{
    // The chain is not checked against public authorities: the one certificate accepted is the one
    // pinned at enrolment, compared byte for byte (SHA-256) before any request is written.
    Poco::Net::Context::Ptr ctx = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, std::string(),
                                                         Poco::Net::Context::VERIFY_NONE, 9, false,
                                                         "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL");
    ctx->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    ctx->enableExtendedCertificateVerification(false);
    return ctx;
}

QString fingerprintOf(const Poco::Net::X509Certificate& cert)
{
    unsigned char* der = nullptr;
    const int n = i2d_X509(const_cast<X509*>(cert.certificate()), &der);
    if (n <= 0)
        return {};
    const QByteArray bytes(reinterpret_cast<const char*>(der), n);
    OPENSSL_free(der);
    return Tls::fingerprintOfDer(bytes);
}
} // namespace

HttpsTransport::HttpsTransport(QString url, QString pinnedFingerprint, int timeoutMs)
    : m_url(std::move(url)), m_fingerprint(std::move(pinnedFingerprint)), m_timeoutMs(timeoutMs)
{
    initialiseSsl();
}

Error HttpsTransport::unreachable(const QString& why) const
{
    return Error{Unreachable, QCoreApplication::translate("vigie::sync", "The server %1 cannot be reached: %2").arg(m_url, why)};
}

core::Result<QString> HttpsTransport::fetchFingerprint()
{
    const QUrl url(m_url);
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty() || url.port() <= 0)
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::sync", "Invalid server address \"%1\" (https://HOST:PORT)").arg(m_url)};
    try {
        Poco::Net::SecureStreamSocket socket(clientContext());
        socket.connect(Poco::Net::SocketAddress(url.host().toStdString(), Poco::UInt16(url.port())),
                       Poco::Timespan(Poco::Timespan::TimeDiff(m_timeoutMs) * 1000));
        socket.completeHandshake();
        const QString fp = fingerprintOf(socket.peerCertificate());
        socket.close();
        return fp;
    } catch (const Poco::Exception& e) {
        return unreachable(QString::fromStdString(e.displayText()));
    } catch (const std::exception& e) {
        return unreachable(QString::fromLocal8Bit(e.what()));
    }
}

core::Result<QJsonObject> HttpsTransport::call(const QString& path, const QJsonObject& body, bool get)
{
    const QUrl url(m_url);
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty() || url.port() <= 0)
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::sync", "Invalid server address \"%1\" (https://HOST:PORT)").arg(m_url)};
    try {
        Poco::Net::SecureStreamSocket socket(clientContext());
        const Poco::Timespan timeout(Poco::Timespan::TimeDiff(m_timeoutMs) * 1000);
        socket.connect(Poco::Net::SocketAddress(url.host().toStdString(), Poco::UInt16(url.port())), timeout);
        socket.completeHandshake();
        const QString fp = fingerprintOf(socket.peerCertificate());
        if (m_fingerprint.isEmpty() || fp != m_fingerprint)
            return Error{Unreachable, QCoreApplication::translate("vigie::sync", "The server %1 presented the certificate %2, not the pinned one %3: connection refused")
                                          .arg(m_url, fp, m_fingerprint)};
        socket.setReceiveTimeout(timeout);
        socket.setSendTimeout(timeout);
        Poco::Net::HTTPClientSession session(socket);
        session.setKeepAlive(false);
        session.setTimeout(timeout);
        Poco::Net::HTTPRequest request(get ? Poco::Net::HTTPRequest::HTTP_GET : Poco::Net::HTTPRequest::HTTP_POST,
                                       path.toStdString(), Poco::Net::HTTPMessage::HTTP_1_1);
        request.setHost(url.host().toStdString(), Poco::UInt16(url.port()));
        if (!m_deviceId.isEmpty())
            request.set("Authorization", (QStringLiteral("Device ") + m_deviceId + QLatin1Char(':') + m_credential).toStdString());
        const QByteArray payload = get ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (!get) {
            request.setContentType("application/json");
            request.setContentLength(payload.size());
        }
        std::ostream& out = session.sendRequest(request);
        out.write(payload.constData(), payload.size());
        Poco::Net::HTTPResponse response;
        std::istream& in = session.receiveResponse(response);
        std::string text;
        Poco::StreamCopier::copyToString(in, text);
        const QJsonObject answer = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
        const int status = int(response.getStatus());
        if (status == 200)
            return answer;
        const QString message = answer.value(QStringLiteral("error")).toString(QString::fromStdString(response.getReason()));
        switch (status) {
        case 400: return Error{ErrorCode::Invalid, message};
        case 401: return Error{ErrorCode::AuthFailed, message};
        case 403: return Error{ErrorCode::Denied, message};
        default: return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::sync", "The server %1 answered %2: %3").arg(m_url).arg(status).arg(message)};
        }
    } catch (const Poco::Exception& e) {
        return unreachable(QString::fromStdString(e.displayText()));
    } catch (const std::exception& e) {
        return unreachable(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace vigie::sync
