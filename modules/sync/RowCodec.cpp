#include "sync/RowCodec.h"

#include "sync/Scope.h"

#include "storage/ChangeCapture.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSqlQuery>
#include <QSqlRecord>

namespace vigie::sync {
using core::Error;
using core::ErrorCode;
using core::Status;

namespace {
QString quoted(const QString& identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QVariant toVariant(const QJsonValue& v, bool blob)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && d > -9007199254740992.0 && d < 9007199254740992.0)
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return blob ? QVariant(QByteArray::fromHex(v.toString().toLatin1())) : QVariant(v.toString());
    default:
        return QVariant();
    }
}
} // namespace

bool isReferenceTable(const QString& table)
{
    static const QStringList reference{QStringLiteral("code_systems"), QStringLiteral("code_system_versions"),
                                       QStringLiteral("codes"), QStringLiteral("code_references")};
    return reference.contains(table);
}

core::Result<QStringList> RowCodec::tables()
{
    if (!m_loaded) {
        auto all = storage::ChangeCapture::synchronisedTables(m_db);
        if (!all)
            return all.error();
        for (const QString& t : all.value())
            if (!isReferenceTable(t))
                m_tables << t;
        m_loaded = true;
    }
    return m_tables;
}

bool RowCodec::isSynchronised(const QString& table)
{
    auto t = tables();
    return t && t.value().contains(table);
}

core::Result<RowCodec::Columns> RowCodec::columns(const QString& table)
{
    if (auto it = m_columns.constFind(table); it != m_columns.constEnd())
        return it.value();
    if (!isSynchronised(table))
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "Unknown synchronised table: %1").arg(table)};
    Columns c;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, upper(type) FROM pragma_table_info(?) ORDER BY cid"));
    q.addBindValue(table);
    if (!q.exec())
        return storage::sqlFailure(q);
    while (q.next()) {
        c.names << q.value(0).toString();
        if (q.value(1).toString().contains(QLatin1String("BLOB")))
            c.blobs << q.value(0).toString();
    }
    m_columns.insert(table, c);
    return c;
}

core::Result<bool> RowCodec::isWorkerData(const QString& table)
{
    if (table == QLatin1String("workers") || scopeOf(table, {}).kind == RowScope::Kind::RecordPart)
        return true;
    auto cols = columns(table);
    if (!cols)
        return cols.error();
    return cols.value().names.contains(QStringLiteral("worker_id"));
}

QJsonObject RowCodec::rowObject(const QSqlQuery& q, const Columns& cols) const
{
    QJsonObject o;
    for (int i = 0; i < cols.names.size(); ++i) {
        const QVariant v = q.value(i);
        const QString& name = cols.names.at(i);
        if (v.isNull())
            o.insert(name, QJsonValue::Null);
        else if (cols.blobs.contains(name))
            o.insert(name, QString::fromLatin1(v.toByteArray().toHex().toUpper()));
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            o.insert(name, v.toLongLong());
        else if (v.typeId() == QMetaType::Double)
            o.insert(name, v.toDouble());
        else
            o.insert(name, v.toString());
    }
    return o;
}

core::Result<QJsonObject> RowCodec::read(const QString& table, const QString& id)
{
    auto cols = columns(table);
    if (!cols)
        return cols.error();
    QStringList names;
    for (const QString& n : cols.value().names)
        names << quoted(n);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(names.join(QStringLiteral(", ")), quoted(table)));
    q.addBindValue(id);
    if (!q.exec())
        return storage::sqlFailure(q);
    if (!q.next())
        return QJsonObject();
    return rowObject(q, cols.value());
}

core::Result<QList<QJsonObject>> RowCodec::readAll(const QString& table)
{
    auto cols = columns(table);
    if (!cols)
        return cols.error();
    QStringList names;
    for (const QString& n : cols.value().names)
        names << quoted(n);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(names.join(QStringLiteral(", ")), quoted(table))))
        return storage::sqlFailure(q);
    QList<QJsonObject> rows;
    while (q.next())
        rows.append(rowObject(q, cols.value()));
    return rows;
}

Status RowCodec::upsert(const QString& table, const QJsonObject& payload)
{
    auto cols = columns(table);
    if (!cols)
        return cols.error();
    if (payload.value(QStringLiteral("id")).toString().isEmpty())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "A row of %1 without id").arg(table));
    QStringList names, marks, updates, differs;
    QVariantList values;
    for (const QString& name : cols.value().names) {
        if (!payload.contains(name))
            continue;
        names << quoted(name);
        marks << QStringLiteral("?");
        if (name != QLatin1String("id")) {
            updates << QStringLiteral("%1 = excluded.%1").arg(quoted(name));
            differs << QStringLiteral("%1 IS NOT excluded.%1").arg(quoted(name));
        }
        values << toVariant(payload.value(name), cols.value().blobs.contains(name));
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO ")
                      .arg(quoted(table), names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    // A row that is already there as sent is left alone: reading the same change again (a page read
    // twice, the scopes read again from the start) must not touch it, nor trip the guards of rows that
    // may never change (a closed consultation, a validated company sheet).
    sql += updates.isEmpty() ? QStringLiteral("NOTHING")
                             : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", ")) + QStringLiteral(" WHERE ") +
                                   differs.join(QStringLiteral(" OR "));
    QSqlQuery q(m_db.sql());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return storage::sqlFailure(q);
    return {};
}

Status RowCodec::remove(const QString& table, const QString& id)
{
    if (!isSynchronised(table))
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::sync", "Unknown synchronised table: %1").arg(table));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quoted(table)));
    q.addBindValue(id);
    if (!q.exec())
        return storage::sqlFailure(q);
    return {};
}

} // namespace vigie::sync
