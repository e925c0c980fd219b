#pragma once
// The HTTPS endpoints of the sync protocol (sync-design.md §4.6) on Poco's HTTPServer: TLS 1.2 or
// later only, forward-secret AEAD suites, one line on stderr per request. Each request works on a
// store connection of its own, opened in the thread that serves it.

#include "ServerConfig.h"

#include "core/Clock.h"
#include "core/Result.h"

#include <memory>

namespace Poco::Net {
class HTTPServer;
}

namespace vigie::server {

class HttpService
{
public:
    HttpService(ServerConfig config, const core::Clock& clock);
    ~HttpService();
    core::Status start(); // listening once it returns successfully
    void stop();

private:
    ServerConfig m_config;
    const core::Clock& m_clock;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
};

} // namespace vigie::server
