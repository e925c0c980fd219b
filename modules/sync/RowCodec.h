#pragma once
// Reads and writes whole rows of the synchronised tables as JSON objects (column → value, blobs as
// hex like the capture triggers), the same on the desktop and on the server's embedded store.
// Table and column names come from the database's own schema, never from the network: a name the
// schema does not know is refused, and every value is a bound parameter.

#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

class QSqlQuery;

namespace vigie::storage {
class Database;
}

namespace vigie::sync {

class RowCodec
{
public:
    explicit RowCodec(storage::Database& db) : m_db(db) {}

    // The synchronised tables (ChangeCapture's conventions) minus the shipped reference data.
    core::Result<QStringList> tables();
    bool isSynchronised(const QString& table);
    core::Result<QJsonObject> read(const QString& table, const QString& id);
    // Inserts or replaces the row `payload` (its "id" is the key); unknown columns are ignored.
    core::Status upsert(const QString& table, const QJsonObject& payload);
    core::Status remove(const QString& table, const QString& id);
    // Every row of `table`, in id order (the initial snapshot of the server's change log).
    core::Result<QList<QJsonObject>> readAll(const QString& table);
    // Whether the rows of `table` belong to a worker (the workers themselves, a part of a record, or
    // a table with a worker_id column).
    core::Result<bool> isWorkerData(const QString& table);

private:
    struct Columns {
        QStringList names;
        QStringList blobs;
    };
    core::Result<Columns> columns(const QString& table);
    QJsonObject rowObject(const QSqlQuery& q, const Columns& cols) const;

    storage::Database& m_db;
    QStringList m_tables;
    bool m_loaded = false;
    QHash<QString, Columns> m_columns;
};

// Reference data shipped with every installation (code systems): never synchronised.
bool isReferenceTable(const QString& table);

} // namespace vigie::sync
