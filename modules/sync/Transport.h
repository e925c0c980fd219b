#pragma once
// How the client engine reaches the server: one JSON request, one JSON answer. HttpsTransport is the
// real one (TLS ≥ 1.2, the server's certificate pinned by its SHA-256); tests may also call a server
// store in the same process through this interface.

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace vigie::sync {

// A server that cannot be reached, or whose certificate is not the pinned one: exit 6 of the CLI.
inline constexpr core::ErrorCode Unreachable = core::ErrorCode(6);

class Transport
{
public:
    virtual ~Transport() = default;
    // POST `body` to `path` (GET when body is empty and `get` is true), with the device's credentials
    // when set. Errors: Unreachable, AuthFailed (401), Denied (403), Invalid (400), Storage (500).
    virtual core::Result<QJsonObject> call(const QString& path, const QJsonObject& body, bool get = false) = 0;
    void setDevice(const QString& deviceId, const QString& credential)
    {
        m_deviceId = deviceId;
        m_credential = credential;
    }

protected:
    QString m_deviceId;
    QString m_credential;
};

class HttpsTransport final : public Transport
{
public:
    // `url` is https://HOST:PORT; `pinnedFingerprint` empty only to learn the server's fingerprint.
    HttpsTransport(QString url, QString pinnedFingerprint, int timeoutMs = 15000);
    // Connects once and returns the SHA-256 of the server's certificate (before anything is sent).
    core::Result<QString> fetchFingerprint();
    core::Result<QJsonObject> call(const QString& path, const QJsonObject& body, bool get = false) override;

private:
    core::Error unreachable(const QString& why) const;
    QString m_url;
    QString m_fingerprint;
    int m_timeoutMs;
};

} // namespace vigie::sync
