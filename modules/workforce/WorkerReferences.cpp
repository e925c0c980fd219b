#include "workforce/WorkerReferences.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace vigie::workforce {
using core::Result;
using storage::sqlFailure;

QString WorkerReference::key() const
{
    return column == QLatin1String("worker_id") ? table : table + QLatin1Char('.') + column;
}

namespace {

Result<QStringList> applicationTables(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' "
                               "AND name NOT LIKE 'sqlite%' ORDER BY name")))
        return sqlFailure(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QStringList> columnsOf(QSqlDatabase db, const QString& table)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    q.addBindValue(table);
    if (!q.exec())
        return sqlFailure(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Whether a unique index (or UNIQUE constraint) holds `column` alone.
Result<bool> uniqueAlone(QSqlDatabase db, const QString& table, const QString& column)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM pragma_index_list(?) AS il WHERE il.\"unique\" = 1 AND il.partial = 0 "
                             "AND (SELECT count(*) FROM pragma_index_info(il.name)) = 1 "
                             "AND (SELECT name FROM pragma_index_info(il.name)) = ?"));
    q.addBindValue(table);
    q.addBindValue(column);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    return q.value(0).toInt() > 0;
}

} // namespace

Result<QList<WorkerReference>> WorkerReferences::all(QSqlDatabase db)
{
    auto tables = applicationTables(db);
    if (!tables)
        return tables.error();
    QList<WorkerReference> out;
    for (const QString& table : tables.value()) {
        QSqlQuery fk(db);
        fk.setForwardOnly(true);
        fk.prepare(QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE \"table\" = 'workers' ORDER BY \"from\""));
        fk.addBindValue(table);
        if (!fk.exec())
            return sqlFailure(fk);
        QStringList referencing;
        while (fk.next())
            referencing << fk.value(0).toString();
        if (referencing.isEmpty())
            continue;
        auto cols = columnsOf(db, table);
        if (!cols)
            return cols.error();
        const bool versioned = cols.value().contains(QLatin1String("row_version")) && cols.value().contains(QLatin1String("hlc")) &&
                               cols.value().contains(QLatin1String("updated_by"));
        for (const QString& column : referencing) {
            auto unique = uniqueAlone(db, table, column);
            if (!unique)
                return unique.error();
            out << WorkerReference{table, column, unique.value(), versioned};
        }
    }
    return out;
}

const QMap<QString, QString>& WorkerReferences::keptInPlace()
{
    static const QMap<QString, QString> kept{
        {QStringLiteral("workers.merged_into"), QStringLiteral("the merged identity's own link to the kept one")},
        {QStringLiteral("worker_merges.kept_worker_id"), QStringLiteral("the merge ledger names both identities")},
        {QStringLiteral("worker_merges.merged_worker_id"), QStringLiteral("the merge ledger names both identities")},
    };
    return kept;
}

Result<QList<WorkerReference>> WorkerReferences::moved(QSqlDatabase db)
{
    auto refs = all(db);
    if (!refs)
        return refs.error();
    QList<WorkerReference> out;
    for (const WorkerReference& r : refs.value())
        if (!keptInPlace().contains(r.table + QLatin1Char('.') + r.column))
            out << r;
    return out;
}

} // namespace vigie::workforce
