#include "ServerConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie::server {
using core::Error;
using core::ErrorCode;
using core::Status;

Status ServerConfig::parseListen(const QString& text, QString& host, int& port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int p = colon > 0 ? text.mid(colon + 1).toInt(&ok) : 0;
    if (colon <= 0 || !ok || p < 1 || p > 65535)
        return Status::fail(ErrorCode::Usage, QCoreApplication::translate("vigie::server", "Invalid listening address \"%1\" (HOST:PORT)").arg(text));
    host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    port = p;
    return {};
}

core::Result<ServerConfig> ServerConfig::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::server", "Cannot read the configuration file %1").arg(path)};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::server", "The configuration file %1 is not valid JSON: %2").arg(path, error.errorString())};
    const QJsonObject o = doc.object();
    ServerConfig c;
    if (Status s = parseListen(o.value(QStringLiteral("listen")).toString(), c.host, c.port); !s)
        return s.error();
    const QDir base = QFileInfo(path).absoluteDir();
    auto resolved = [&](const QString& key) {
        const QString v = o.value(key).toString();
        return v.isEmpty() || v.startsWith(QLatin1String("postgresql://")) ? v : base.absoluteFilePath(v);
    };
    c.store = resolved(QStringLiteral("store"));
    c.certificate = resolved(QStringLiteral("certificate"));
    c.privateKey = resolved(QStringLiteral("private_key"));
    c.state = resolved(QStringLiteral("state"));
    c.accessTokenMinutes = o.value(QStringLiteral("access_token_minutes")).toInt(10);
    if (c.store.isEmpty() || c.certificate.isEmpty() || c.privateKey.isEmpty() || (c.onPostgres() && c.state.isEmpty()))
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::server", "The configuration file %1 lacks store, state (with PostgreSQL), certificate or private_key").arg(path)};
    return c;
}

Status ServerConfig::save(const QString& path) const
{
    if (QFileInfo::exists(path))
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::server", "The file %1 already exists; it is left untouched").arg(path));
    QJsonObject o{{QStringLiteral("listen"), QStringLiteral("%1:%2").arg(host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host).arg(port)},
                        {QStringLiteral("store"), store},
                        {QStringLiteral("certificate"), certificate},
                        {QStringLiteral("private_key"), privateKey},
                        {QStringLiteral("access_token_minutes"), accessTokenMinutes}};
    if (onPostgres())
        o.insert(QStringLiteral("state"), state);
    QFile f(path);
    if (!f.open(QIODevice::NewOnly | QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.flush())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::server", "Cannot write the configuration file %1").arg(path));
    return {};
}

} // namespace vigie::server
