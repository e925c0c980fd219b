#include "storage/ChangeCapture.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace vigie::storage {
using core::ErrorCode;
using core::Status;

namespace {
struct Column {
    QString name;
    bool blob = false;
};

core::Result<QList<Column>> columnsOf(Database& db, const QString& table)
{
    QList<Column> cols;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, upper(type) FROM pragma_table_info(?) ORDER BY cid"));
    q.addBindValue(table);
    if (!q.exec())
        return sqlFailure(q);
    while (q.next())
        cols.append({q.value(0).toString(), q.value(1).toString().contains(QLatin1String("BLOB"))});
    if (cols.isEmpty())
        return core::Error{ErrorCode::Storage, QStringLiteral("change capture: the table %1 has no columns").arg(table)};
    return cols;
}

QString quoted(const QString& identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString literal(const QString& text)
{
    QString s = text;
    s.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

// json_object('col', NEW."col", ...) — blobs as hex, since JSON cannot hold them.
QString payloadOf(const QList<Column>& cols)
{
    QStringList parts;
    for (const Column& c : cols) {
        const QString value = c.blob ? QStringLiteral("hex(NEW.%1)").arg(quoted(c.name))
                                     : QStringLiteral("NEW.%1").arg(quoted(c.name));
        parts << literal(c.name) + QStringLiteral(", ") + value;
    }
    return QStringLiteral("json_object(") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}
} // namespace

core::Result<QStringList> ChangeCapture::synchronisedTables(Database& db)
{
    static const QStringList required{QStringLiteral("id"), QStringLiteral("row_version"), QStringLiteral("hlc"),
                                      QStringLiteral("updated_by"), QStringLiteral("deleted")};
    QStringList out;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' "
                               "AND name NOT LIKE 'sqlite%' ORDER BY name")))
        return sqlFailure(q);
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString& t : tables) {
        auto cols = columnsOf(db, t);
        if (!cols)
            return cols.error();
        QStringList names;
        for (const Column& c : cols.value())
            names << c.name;
        bool all = true;
        for (const QString& r : required)
            all = all && names.contains(r);
        if (all)
            out << t;
    }
    return out;
}

Status ChangeCapture::installTriggers(Database& db)
{
    QString script;
    // Drop every generated trigger first: tables may have been rebuilt or may no longer qualify.
    {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '\\_cc\\_%' ESCAPE '\\'")))
            return sqlFailure(q);
        while (q.next())
            script += QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(quoted(q.value(0).toString()));
    }
    const QString when = QStringLiteral("WHEN (SELECT suspended FROM _capture) = 0");
    const QString insertHead =
        QStringLiteral("INSERT INTO _outbox(mutation_id, table_name, row_id, op, row_version, hlc, updated_by, payload) "
                       "VALUES (lower(hex(randomblob(16))), ");
    auto tables = synchronisedTables(db);
    if (!tables)
        return tables.error();
    for (const QString& t : tables.value()) {
        auto columns = columnsOf(db, t);
        if (!columns)
            return columns.error();
        const QList<Column>& cols = columns.value();
        const QString payload = payloadOf(cols);
        const QString q = quoted(t);
        const QString lit = literal(t);
        script += QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 %3 BEGIN %4%5, NEW.id, 'I', NEW.row_version, "
                                 "NEW.hlc, NEW.updated_by, %6); END;\n")
                      .arg(quoted(QStringLiteral("_cc_%1_insert").arg(t)), q, when, insertHead, lit, payload);
        script += QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 %3 BEGIN %4%5, NEW.id, 'U', NEW.row_version, "
                                 "NEW.hlc, NEW.updated_by, %6); END;\n")
                      .arg(quoted(QStringLiteral("_cc_%1_update").arg(t)), q, when, insertHead, lit, payload);
        script += QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 %3 BEGIN %4%5, OLD.id, 'D', OLD.row_version, "
                                 "OLD.hlc, OLD.updated_by, NULL); END;\n")
                      .arg(quoted(QStringLiteral("_cc_%1_delete").arg(t)), q, when, insertHead, lit);
    }
    if (Status s = db.execScript(script); !s)
        return s;
    // Every synchronised table has its three triggers, or the migration fails: a table whose changes
    // are not captured would never reach the server, silently.
    QSqlQuery check(db.sql());
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '\\_cc\\_%' ESCAPE '\\'")) ||
        !check.next())
        return sqlFailure(check);
    if (check.value(0).toInt() != 3 * int(tables.value().size()))
        return Status::fail(ErrorCode::Storage, QStringLiteral("change capture: %1 triggers installed for %2 synchronised tables")
                                                    .arg(check.value(0).toInt())
                                                    .arg(tables.value().size()));
    return {};
}

CaptureSuspension::CaptureSuspension(Database& db) : m_db(db)
{
    m_ok = bool(m_db.execScript(QStringLiteral("UPDATE _capture SET suspended = 1")));
}

CaptureSuspension::~CaptureSuspension()
{
    // If this fails the enclosing transaction cannot commit either (the same connection is broken).
    if (m_ok)
        (void)m_db.execScript(QStringLiteral("UPDATE _capture SET suspended = 0"));
}

} // namespace vigie::storage
