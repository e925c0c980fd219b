#pragma once
// vigie-server's configuration file (JSON): where it listens, its store, its certificate and key,
// token lifetimes. Written once by `vigie-server init`, read by every other command.

#include "core/Result.h"

#include <QString>

namespace vigie::server {

struct ServerConfig {
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443;
    QString store;            // a folder (embedded SQLCipher store) or postgresql://… (not yet supported)
    QString certificate;      // PEM
    QString privateKey;       // PEM, mode 0600
    int accessTokenMinutes = 10;

    static core::Result<ServerConfig> load(const QString& path);
    core::Status save(const QString& path) const; // refuses to overwrite
    static core::Status parseListen(const QString& text, QString& host, int& port);
};

} // namespace vigie::server
