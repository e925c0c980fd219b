#pragma once
// The network between one simulated desktop and the server, for the fault-injection harness
// (sync-design.md §6.3 L2): the same endpoints as the HTTPS server, called in the same process,
// with seeded faults. A request may be dropped on the way (and, being delayed rather than lost,
// arrive later, after newer ones: reordering), delivered twice, or reach the server and commit
// while its answer is lost on the way back. A partition makes every call fail.

#include "sync/Endpoints.h"

#include <QList>

#include <random>

namespace vigie::soak {

struct FaultRates {
    double drop = 0;       // the request does not arrive now (it may arrive later)
    double duplicate = 0;  // the request arrives twice
    double loseAnswer = 0; // the server processed it; the answer is lost
    double stale = 0;      // before this request, an earlier dropped one arrives
};

struct NetworkCounts {
    int calls = 0, dropped = 0, duplicated = 0, answersLost = 0, staleDelivered = 0;
};

class SimNetwork final : public sync::Transport
{
public:
    SimNetwork(sync::DirectTransport::StoreFactory factory, std::mt19937_64& rng);
    core::Result<QJsonObject> call(const QString& path, const QJsonObject& body, bool get = false) override;
    // Delivers every request still on its way (the network heals); their answers reach nobody.
    void deliverDelayed();

    FaultRates rates;
    bool partitioned = false;
    NetworkCounts counts;

private:
    struct Request {
        QString path;
        QJsonObject body;
        bool get = false;
    };
    core::Result<QJsonObject> deliver(const Request& request);
    bool chance(double p);
    core::Error lost(const char* why) const;

    sync::DirectTransport::StoreFactory m_factory;
    std::mt19937_64& m_rng;
    QList<Request> m_delayed; // dropped pushes still on their way
};

} // namespace vigie::soak
