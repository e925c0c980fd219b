#include "sync/Protocol.h"

#include <QJsonArray>

namespace vigie::sync {

QJsonObject Mutation::toJson() const
{
    QJsonObject o{{QStringLiteral("mutation_id"), mutationId}, {QStringLiteral("table"), table},
                  {QStringLiteral("row_id"), rowId},           {QStringLiteral("op"), op},
                  {QStringLiteral("row_version"), rowVersion}, {QStringLiteral("hlc"), hlc},
                  {QStringLiteral("updated_by"), updatedBy}};
    if (!payload.isEmpty())
        o.insert(QStringLiteral("payload"), payload);
    return o;
}

Mutation Mutation::fromJson(const QJsonObject& o)
{
    return Mutation{o.value(QStringLiteral("mutation_id")).toString(),
                    o.value(QStringLiteral("table")).toString(),
                    o.value(QStringLiteral("row_id")).toString(),
                    o.value(QStringLiteral("op")).toString(),
                    qint64(o.value(QStringLiteral("row_version")).toDouble()),
                    o.value(QStringLiteral("hlc")).toString(),
                    o.value(QStringLiteral("updated_by")).toString(),
                    o.value(QStringLiteral("payload")).toObject()};
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray list;
    for (const Mutation& m : mutations)
        list.append(m.toJson());
    return QJsonObject{{QStringLiteral("device_id"), deviceId}, {QStringLiteral("mutations"), list}, {QStringLiteral("schema_version"), schemaVersion}};
}

PushRequest PushRequest::fromJson(const QJsonObject& o)
{
    PushRequest r;
    r.deviceId = o.value(QStringLiteral("device_id")).toString();
    r.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    for (const QJsonValue& v : o.value(QStringLiteral("mutations")).toArray())
        r.mutations.append(Mutation::fromJson(v.toObject()));
    return r;
}

QJsonObject PushResponse::toJson() const
{
    QJsonArray list;
    for (const MutationResult& r : results) {
        QJsonObject o{{QStringLiteral("mutation_id"), r.mutationId}, {QStringLiteral("status"), r.status},
                      {QStringLiteral("server_seq"), r.serverSeq}};
        if (!r.reason.isEmpty())
            o.insert(QStringLiteral("reason"), r.reason);
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("server_seq"), serverSeq}, {QStringLiteral("results"), list}};
}

PushResponse PushResponse::fromJson(const QJsonObject& o)
{
    PushResponse r;
    r.serverSeq = qint64(o.value(QStringLiteral("server_seq")).toDouble());
    for (const QJsonValue& v : o.value(QStringLiteral("results")).toArray()) {
        const QJsonObject m = v.toObject();
        r.results.append({m.value(QStringLiteral("mutation_id")).toString(), m.value(QStringLiteral("status")).toString(),
                          qint64(m.value(QStringLiteral("server_seq")).toDouble()), m.value(QStringLiteral("reason")).toString()});
    }
    return r;
}

QJsonObject PullPage::toJson() const
{
    QJsonArray list;
    for (const Change& c : changes) {
        QJsonObject o{{QStringLiteral("server_seq"), c.serverSeq}, {QStringLiteral("ord"), c.ord},
                      {QStringLiteral("table"), c.table},          {QStringLiteral("row_id"), c.rowId},
                      {QStringLiteral("op"), c.op},                {QStringLiteral("row_version"), c.rowVersion}};
        if (!c.payload.isEmpty())
            o.insert(QStringLiteral("payload"), c.payload);
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("epoch"), epoch}, {QStringLiteral("changes"), list},
                       {QStringLiteral("cursor"), cursor}, {QStringLiteral("more"), more}, {QStringLiteral("scope"), scope},
                       {QStringLiteral("schema_version"), schemaVersion}};
}

PullPage PullPage::fromJson(const QJsonObject& o)
{
    PullPage p;
    p.epoch = o.value(QStringLiteral("epoch")).toString();
    p.cursor = qint64(o.value(QStringLiteral("cursor")).toDouble());
    p.more = o.value(QStringLiteral("more")).toBool();
    p.scope = o.value(QStringLiteral("scope")).toString();
    p.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    for (const QJsonValue& v : o.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        p.changes.append({qint64(c.value(QStringLiteral("server_seq")).toDouble()), c.value(QStringLiteral("ord")).toInt(),
                          c.value(QStringLiteral("table")).toString(), c.value(QStringLiteral("row_id")).toString(),
                          c.value(QStringLiteral("op")).toString(), qint64(c.value(QStringLiteral("row_version")).toDouble()),
                          c.value(QStringLiteral("payload")).toObject()});
    }
    return p;
}

QJsonObject Enrolment::toJson() const
{
    return QJsonObject{{QStringLiteral("device_id"), deviceId}, {QStringLiteral("credential"), credential},
                       {QStringLiteral("epoch"), epoch},         {QStringLiteral("account_id"), accountId},
                       {QStringLiteral("login"), login},         {QStringLiteral("display_name"), displayName},
                       {QStringLiteral("role"), role}};
}

Enrolment Enrolment::fromJson(const QJsonObject& o)
{
    return Enrolment{o.value(QStringLiteral("device_id")).toString(), o.value(QStringLiteral("credential")).toString(),
                     o.value(QStringLiteral("epoch")).toString(),     o.value(QStringLiteral("account_id")).toString(),
                     o.value(QStringLiteral("login")).toString(),     o.value(QStringLiteral("display_name")).toString(),
                     o.value(QStringLiteral("role")).toString()};
}

QJsonObject AuditAnchor::toJson() const
{
    QJsonObject o{{QStringLiteral("audit_count"), count}, {QStringLiteral("audit_hash"), hash}};
    if (keptCount >= 0) {
        o.insert(QStringLiteral("kept_count"), keptCount);
        o.insert(QStringLiteral("hash_at_kept"), hashAtKept);
    }
    if (!receivedAt.isEmpty())
        o.insert(QStringLiteral("received_at"), receivedAt);
    return o;
}

AuditAnchor AuditAnchor::fromJson(const QJsonObject& o)
{
    AuditAnchor a;
    a.count = qint64(o.value(QStringLiteral("audit_count")).toDouble(-1));
    a.hash = o.value(QStringLiteral("audit_hash")).toString();
    a.keptCount = qint64(o.value(QStringLiteral("kept_count")).toDouble(-1));
    a.hashAtKept = o.value(QStringLiteral("hash_at_kept")).toString();
    a.receivedAt = o.value(QStringLiteral("received_at")).toString();
    return a;
}

} // namespace vigie::sync
