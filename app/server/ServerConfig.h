#pragma once
// vigie-server's configuration file (JSON): where it listens, its store, its certificate and key,
// token lifetimes. Written once by `vigie-server init`, read by every other command.

#include "core/Result.h"

#include <QString>

namespace vigie::server {

struct ServerConfig {
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443;
    QString store;            // a folder (embedded SQLCipher store) or postgresql://… (the server's log in PostgreSQL)
    QString state;            // with PostgreSQL: the folder of the encrypted file (accounts, rows, audit trail) and its key
    QString certificate;      // PEM
    QString privateKey;       // PEM, mode 0600
    int accessTokenMinutes = 10;

    bool onPostgres() const { return store.startsWith(QLatin1String("postgresql://")); }
    // The folder of the store's encrypted file and key file.
    QString storeFolder() const { return onPostgres() ? state : store; }
    QString postgres() const { return onPostgres() ? store : QString(); }

    static core::Result<ServerConfig> load(const QString& path);
    core::Status save(const QString& path) const; // refuses to overwrite
    static core::Status parseListen(const QString& text, QString& host, int& port);
};

} // namespace vigie::server
