#include "SimNetwork.h"

#include "sync/Protocol.h"
#include "sync/ServerStore.h"

namespace vigie::soak {

SimNetwork::SimNetwork(sync::DirectTransport::StoreFactory factory, std::mt19937_64& rng)
    : m_factory(std::move(factory)), m_rng(rng)
{
}

bool SimNetwork::chance(double p)
{
    return p > 0 && std::uniform_real_distribution<double>(0, 1)(m_rng) < p;
}

core::Error SimNetwork::lost(const char* why) const
{
    return core::Error{sync::Unreachable, QString::fromLatin1(why)};
}

core::Result<QJsonObject> SimNetwork::deliver(const Request& r)
{
    auto store = m_factory();
    if (!store)
        return store.error();
    sync::EndpointRequest request{r.get ? QStringLiteral("GET") : QStringLiteral("POST"), r.path,
                                  m_deviceId.isEmpty() ? QString() : QStringLiteral("Device %1:%2").arg(m_deviceId, m_credential),
                                  [&r]() -> core::Result<QJsonObject> { return r.body; }};
    QString device;
    return sync::handle(*store.value(), request, device);
}

void SimNetwork::deliverDelayed()
{
    while (!m_delayed.isEmpty()) {
        ++counts.staleDelivered;
        (void)deliver(m_delayed.takeFirst());
    }
}

core::Result<QJsonObject> SimNetwork::call(const QString& path, const QJsonObject& body, bool get)
{
    ++counts.calls;
    if (partitioned)
        return lost("partitioned (simulated)");
    const Request request{path, body, get};
    const bool push = path == QLatin1String(sync::PushPath);
    // A push dropped earlier arrives now, late and out of order; its answer reaches nobody.
    if (!m_delayed.isEmpty() && chance(rates.stale)) {
        const Request late = m_delayed.takeAt(qsizetype(std::uniform_int_distribution<qsizetype>(0, m_delayed.size() - 1)(m_rng)));
        ++counts.staleDelivered;
        (void)deliver(late);
    }
    if (chance(rates.drop)) {
        ++counts.dropped;
        if (push && m_delayed.size() < 8)
            m_delayed.append(request);
        return lost("request dropped (simulated)");
    }
    auto answer = deliver(request);
    if (chance(rates.duplicate)) {
        ++counts.duplicated;
        answer = deliver(request); // the client reads the second answer
    }
    if (chance(rates.loseAnswer)) {
        ++counts.answersLost;
        return lost("answer lost after the server processed the request (simulated)");
    }
    return answer;
}

} // namespace vigie::soak
