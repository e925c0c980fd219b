#pragma once
// The protocol's endpoints on a server store, independent of HTTP: app/server's HTTPS service and the
// tests' in-process transport call the same code. Errors carry the HTTP meaning of their code
// (AuthFailed 401, Denied 403, Invalid/Usage 400, NotFound 404, others 500).

#include "core/Result.h"
#include "sync/Transport.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace vigie::sync {

class ServerStore;

inline constexpr core::ErrorCode NotFound = core::ErrorCode(404);

struct EndpointRequest {
    QString method;         // GET or POST
    QString target;         // path?query
    QString authorization;  // "Device ID:CREDENTIAL" or empty
    std::function<core::Result<QJsonObject>()> body; // reads and parses the body on demand
};

// `device` receives the device id named by the request (for the log), when there is one.
core::Result<QJsonObject> handle(ServerStore& store, const EndpointRequest& request, QString& device);
int httpStatus(const core::Error& error);

// A transport that calls a server store in the same process (tests, benchmarks): no network, the
// same endpoints. `loseNextResponseTo` (a path) makes the next call to that endpoint reach the server
// and then fail as if the answer had been lost on the way back.
class DirectTransport final : public Transport
{
public:
    using StoreFactory = std::function<core::Result<std::unique_ptr<ServerStore>>()>;
    explicit DirectTransport(StoreFactory factory) : m_factory(std::move(factory)) {}
    core::Result<QJsonObject> call(const QString& path, const QJsonObject& body, bool get = false) override;
    QString loseNextResponseTo;
    int calls = 0;

private:
    StoreFactory m_factory;
};

} // namespace vigie::sync
