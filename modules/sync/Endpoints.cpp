#include "sync/Endpoints.h"

#include "sync/Protocol.h"
#include "sync/ServerStore.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace vigie::sync {
using core::Error;
using core::ErrorCode;

int httpStatus(const Error& e)
{
    switch (e.code) {
    case ErrorCode::AuthFailed: return 401;
    case ErrorCode::Denied: return 403;
    case ErrorCode::Invalid:
    case ErrorCode::Usage: return 400;
    default: return e.code == NotFound ? 404 : 500;
    }
}

core::Result<QJsonObject> handle(ServerStore& store, const EndpointRequest& request, QString& device)
{
    const QString path = request.target.section(QLatin1Char('?'), 0, 0);
    const bool post = request.method == QLatin1String("POST");
    const bool get = request.method == QLatin1String("GET");
    if (get && path == QLatin1String(HelloPath)) {
        auto last = store.lastServerSeq();
        if (!last)
            return last.error();
        return QJsonObject{{QStringLiteral("epoch"), store.epoch()}, {QStringLiteral("server_seq"), last.value()},
                           {QStringLiteral("epoch_base_seq"), store.epochBase()}};
    }
    if (post && path == QLatin1String(EnrollPath)) {
        auto body = request.body();
        if (!body)
            return body.error();
        auto e = store.enroll(body.value().value(QStringLiteral("login")).toString(),
                              body.value().value(QStringLiteral("password")).toString(),
                              body.value().value(QStringLiteral("device_name")).toString());
        if (!e)
            return e.error();
        device = e.value().deviceId;
        return e.value().toJson();
    }
    const bool isPush = post && path == QLatin1String(PushPath);
    const bool isPull = get && path == QLatin1String(PullPath);
    const bool isAnchor = (post || get) && path == QLatin1String(AnchorPath);
    if (!isPush && !isPull && !isAnchor)
        return Error{NotFound, QStringLiteral("no such endpoint: %1 %2").arg(request.method, path)};
    if (!request.authorization.startsWith(QLatin1String("Device ")))
        return Error{ErrorCode::AuthFailed, QCoreApplication::translate("vigie::sync", "Device credentials required")};
    const QString value = request.authorization.mid(7);
    device = value.section(QLatin1Char(':'), 0, 0);
    auto d = store.authenticate(device, value.section(QLatin1Char(':'), 1));
    if (!d)
        return d.error();
    if (isAnchor) {
        if (get) {
            auto last = store.lastAnchor(d.value());
            if (!last)
                return last.error();
            return last.value().toJson();
        }
        auto body = request.body();
        if (!body)
            return body.error();
        if (core::Status s = store.anchor(d.value(), AuditAnchor::fromJson(body.value())); !s)
            return s.error();
        return QJsonObject{{QStringLiteral("ok"), true}};
    }
    if (isPush) {
        auto body = request.body();
        if (!body)
            return body.error();
        const PushRequest push = PushRequest::fromJson(body.value());
        if (push.deviceId != device)
            return Error{ErrorCode::Invalid, QStringLiteral("device_id differs from the credentials")};
        auto r = store.push(d.value(), push);
        if (!r)
            return r.error();
        return r.value().toJson();
    }
    const QUrlQuery query(request.target.section(QLatin1Char('?'), 1));
    bool ok = false;
    const qint64 cursor = query.queryItemValue(QStringLiteral("cursor")).toLongLong(&ok);
    if (!ok || cursor < 0)
        return Error{ErrorCode::Invalid, QStringLiteral("invalid cursor")};
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    auto page = store.pull(d.value(), cursor, limit > 0 ? limit : 2000, query.queryItemValue(QStringLiteral("own")) == QLatin1String("1"));
    if (!page)
        return page.error();
    return page.value().toJson();
}

core::Result<QJsonObject> DirectTransport::call(const QString& path, const QJsonObject& body, bool get)
{
    ++calls;
    auto store = m_factory();
    if (!store)
        return store.error();
    EndpointRequest request{get ? QStringLiteral("GET") : QStringLiteral("POST"), path,
                            m_deviceId.isEmpty() ? QString() : QStringLiteral("Device %1:%2").arg(m_deviceId, m_credential),
                            [&body]() -> core::Result<QJsonObject> { return body; }};
    QString device;
    auto answer = handle(*store.value(), request, device);
    if (!loseNextResponseTo.isEmpty() && path.startsWith(loseNextResponseTo)) {
        loseNextResponseTo.clear();
        return Error{Unreachable, QStringLiteral("the answer was lost (test)")};
    }
    return answer;
}

} // namespace vigie::sync
