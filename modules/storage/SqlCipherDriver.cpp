#include "storage/SqlCipherDriver.h"

#include "storage/CipherSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sodium.h>
#include <sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt*)
Q_DECLARE_METATYPE(sqlite3_stmt*)

namespace vigie::storage {
namespace {


QString sqliteMessage(sqlite3* db) { return QString::fromUtf8(sqlite3_errmsg(db)); }

QMetaType metaTypeOfDecl(const char* decl)
{
    const QByteArray d = QByteArray(decl ? decl : "").toUpper();
    if (d.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (d.contains("REAL") || d.contains("FLOA") || d.contains("DOUB") || d.contains("NUMERIC"))
        return QMetaType(QMetaType::Double);
    if (d.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    return QMetaType(QMetaType::QString);
}

// One statement, stepped lazily. Rows already read are kept only when the query is scrollable;
// forward-only queries (the common case in stores) hold a single row.
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver) : QSqlResult(driver) {}
    ~SqlCipherResult() override { finalize(); }

    QVariant handle() const override { return QVariant::fromValue(m_stmt); }

protected:
    bool reset(const QString& query) override { return prepare(query) && exec(); }

    bool prepare(const QString& query) override
    {
        finalize();
        clearRows();
        setSelect(false);
        setActive(false);
        setAt(QSql::BeforeFirstRow);
        sqlite3* db = connection();
        if (!db)
            return false;
        const QByteArray sql = query.toUtf8();
        const char* tail = nullptr;
        const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, &tail);
        if (rc != SQLITE_OK) {
            setLastError(QSqlError(QCoreApplication::translate("vigie::storage", "Unable to prepare the statement"), sqliteMessage(db),
                                   QSqlError::StatementError, QString::number(rc)));
            finalize();
            return false;
        }
        if (tail && QByteArray(tail).trimmed().size() > 0 && QByteArray(tail).trimmed() != ";") {
            setLastError(QSqlError(QCoreApplication::translate("vigie::storage", "Unable to prepare the statement"),
                                   QCoreApplication::translate("vigie::storage", "only one statement may be executed at a time"),
                                   QSqlError::StatementError));
            finalize();
            return false;
        }
        buildRecord();
        return true;
    }

    bool exec() override
    {
        if (!m_stmt)
            return false;
        sqlite3* db = connection();
        clearRows();
        setAt(QSql::BeforeFirstRow);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        const QList<QVariant> values = boundValues();
        const int paramCount = sqlite3_bind_parameter_count(m_stmt);
        if (paramCount != values.size()) {
            setLastError(QSqlError(QCoreApplication::translate("vigie::storage", "Parameter count mismatch"),
                                   QCoreApplication::translate("vigie::storage", "%1 values bound for %2 placeholders").arg(values.size()).arg(paramCount),
                                   QSqlError::StatementError));
            return false;
        }
        for (int i = 0; i < paramCount; ++i) {
            if (!bindOne(i + 1, values.at(i))) {
                setLastError(QSqlError(QCoreApplication::translate("vigie::storage", "Unable to bind a value"), sqliteMessage(db),
                                       QSqlError::StatementError));
                return false;
            }
        }
        const int columns = sqlite3_column_count(m_stmt);
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            m_pending = readRow(columns);
            m_hasPending = true;
        } else if (rc == SQLITE_DONE) {
            m_done = true;
        } else {
            setLastError(QSqlError(QCoreApplication::translate("vigie::storage", "Unable to execute the statement"), sqliteMessage(db),
                                   QSqlError::StatementError,
                                   QString::number(sqlite3_extended_errcode(db))));
            sqlite3_reset(m_stmt);
            return false;
        }
        m_rowsAffected = columns == 0 ? sqlite3_changes(db) : -1;
        m_lastInsertId = sqlite3_last_insert_rowid(db);
        if (columns == 0)
            sqlite3_reset(m_stmt); // release locks of a finished write at once
        setSelect(columns > 0);
        setActive(true);
        return true;
    }

    QVariant data(int field) override
    {
        if (field < 0 || field >= m_current.size())
            return {};
        return m_current.at(field);
    }
    bool isNull(int field) override { return field < 0 || field >= m_current.size() || m_current.at(field).isNull(); }

    bool fetch(int index) override
    {
        if (index < 0)
            return false;
        if (isForwardOnly()) {
            if (index < at())
                return false; // a forward-only statement cannot go back
            while (at() < index) {
                if (!stepInto(m_current))
                    return false;
                setAt(at() < 0 ? 0 : at() + 1);
            }
            return true;
        }
        while (m_rows.size() <= index) {
            QVariantList row;
            if (!stepInto(row))
                return false;
            m_rows.append(std::move(row));
        }
        m_current = m_rows.at(index);
        setAt(index);
        return true;
    }
    bool fetchFirst() override
    {
        if (isForwardOnly() && at() >= 0)
            return false; // cannot rewind a forward-only statement
        return fetch(0);
    }
    bool fetchLast() override
    {
        if (isForwardOnly()) {
            bool any = false;
            while (fetch(at() < 0 ? 0 : at() + 1))
                any = true;
            return any;
        }
        while (true) {
            QVariantList row;
            if (!stepInto(row))
                break;
            m_rows.append(std::move(row));
        }
        if (m_rows.isEmpty())
            return false;
        return fetch(int(m_rows.size()) - 1);
    }
    int size() override { return -1; }
    int numRowsAffected() override { return m_rowsAffected; }
    QVariant lastInsertId() const override { return m_lastInsertId; }
    QSqlRecord record() const override { return isSelect() ? m_record : QSqlRecord(); }
    void detachFromResultSet() override
    {
        if (m_stmt)
            sqlite3_reset(m_stmt);
    }

private:
    sqlite3* connection() const
    {
        auto* d = static_cast<const SqlCipherDriver*>(driver());
        return d ? d->connection() : nullptr;
    }

    void finalize()
    {
        if (m_stmt) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
        }
    }
    void clearRows()
    {
        m_rows.clear();
        m_current.clear();
        m_pending.clear();
        m_hasPending = false;
        m_done = false;
        m_lastIndex = -1;
        m_rowsAffected = -1;
    }

    void buildRecord()
    {
        m_record.clear();
        const int n = sqlite3_column_count(m_stmt);
        for (int i = 0; i < n; ++i) {
            QSqlField f(QString::fromUtf8(sqlite3_column_name(m_stmt, i)),
                        metaTypeOfDecl(sqlite3_column_decltype(m_stmt, i)));
            m_record.append(f);
        }
    }

    // Takes the next row into `row`; false at the end or on error (the error is recorded).
    bool stepInto(QVariantList& row)
    {
        if (m_hasPending) {
            row = std::move(m_pending);
            m_hasPending = false;
            ++m_lastIndex;
            return true;
        }
        if (m_done || !m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            row = readRow(sqlite3_column_count(m_stmt));
            ++m_lastIndex;
            return true;
        }
        m_done = true;
        if (rc != SQLITE_DONE)
            setLastError(QSqlError(QCoreApplication::translate("vigie::storage", "Unable to fetch a row"), sqliteMessage(connection()),
                                   QSqlError::StatementError, QString::number(rc)));
        sqlite3_reset(m_stmt);
        return false;
    }

    QVariantList readRow(int columns) const
    {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            switch (sqlite3_column_type(m_stmt, i)) {
            case SQLITE_INTEGER:
                row.append(QVariant(qlonglong(sqlite3_column_int64(m_stmt, i))));
                break;
            case SQLITE_FLOAT:
                row.append(QVariant(sqlite3_column_double(m_stmt, i)));
                break;
            case SQLITE_BLOB: {
                const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, i));
                row.append(QVariant(QByteArray(p, sqlite3_column_bytes(m_stmt, i))));
                break;
            }
            case SQLITE_NULL:
                row.append(QVariant(m_record.field(i).metaType()));
                break;
            default: {
                const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
                row.append(QVariant(QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, i))));
                break;
            }
            }
        }
        return row;
    }

    bool bindOne(int index, const QVariant& v)
    {
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_stmt, index);
        } else {
            switch (v.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Long:
            case QMetaType::ULong:
                rc = sqlite3_bind_int64(m_stmt, index, v.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, index, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray b = v.toByteArray();
                rc = sqlite3_bind_blob64(m_stmt, index, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDate:
                rc = bindText(index, v.toDate().toString(Qt::ISODate));
                break;
            case QMetaType::QDateTime:
                rc = bindText(index, v.toDateTime().toUTC().toString(Qt::ISODateWithMs));
                break;
            default:
                rc = bindText(index, v.toString());
                break;
            }
        }
        return rc == SQLITE_OK;
    }
    int bindText(int index, const QString& s)
    {
        const QByteArray u = s.toUtf8();
        return sqlite3_bind_text64(m_stmt, index, u.constData(), sqlite3_uint64(u.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }

    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    QList<QVariantList> m_rows;
    QVariantList m_current;
    QVariantList m_pending;
    bool m_hasPending = false;
    bool m_done = false;
    int m_lastIndex = -1;
    int m_rowsAffected = -1;
    qlonglong m_lastInsertId = 0;
};

struct Options {
    bool create = false;
    bool readOnly = false;
    int cacheKib = 65536;
};

Options parseOptions(const QString& text)
{
    Options o;
    for (const QString& raw : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString opt = raw.trimmed();
        if (opt == QLatin1String("VIGIE_CREATE"))
            o.create = true;
        else if (opt == QLatin1String("VIGIE_READONLY"))
            o.readOnly = true;
        else if (opt.startsWith(QLatin1String("VIGIE_CACHE_KIB=")))
            o.cacheKib = opt.mid(16).toInt();
    }
    return o;
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject* parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver() { close(); }

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case BLOB:
    case Unicode:
    case SimpleLocking:
    case LowPrecisionNumbers:
        return true;
    default:
        return false;
    }
}

bool SqlCipherDriver::fail(const QString& text, QSqlError::ErrorType type, int sqliteCode)
{
    setLastError(QSqlError(text, m_db ? sqliteMessage(m_db) : QString(), type,
                           sqliteCode ? QString::number(sqliteCode) : QString()));
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    setOpenError(true);
    setOpen(false);
    return false;
}

bool SqlCipherDriver::execSimple(const char* sql, QSqlError::ErrorType type)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(QString::fromUtf8(sql), QString::fromUtf8(err ? err : ""), type, QString::number(rc)));
        sqlite3_free(err);
        return false;
    }
    return true;
}

bool SqlCipherDriver::open(const QString& db, const QString&, const QString& password, const QString&, int,
                           const QString& connOpts)
{
    if (isOpen())
        close();
    const Options opts = parseOptions(connOpts);
    // The key's copies made here are ours and wiped after use (sodium_memzero); the QString `password`
    // is Qt's (QSqlDatabase keeps it until Database::open clears it): released, not wiped.
    QByteArray hexKey = password.toLatin1();
    struct Wipe {
        QByteArray& bytes;
        ~Wipe() { sodium_memzero(bytes.data(), size_t(bytes.size())); }
    } wipeHexKey{hexKey};
    unsigned char binary[32];
    size_t binaryLength = 0;
    const bool validKey = hexKey.size() == 64 &&
                          sodium_hex2bin(binary, sizeof binary, hexKey.constData(), size_t(hexKey.size()), nullptr,
                                         &binaryLength, nullptr) == 0 &&
                          binaryLength == sizeof binary;
    sodium_memzero(binary, sizeof binary);
    if (!validKey) {
        setLastError(QSqlError(QCoreApplication::translate("vigie::storage", "The database key must be 256 bits (64 hexadecimal characters)"), {},
                               QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }
    if (!opts.create && !QFileInfo::exists(db)) {
        setLastError(QSqlError(QCoreApplication::translate("vigie::storage", "Database file not found: %1").arg(db), {}, QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }
    int flags = SQLITE_OPEN_NOMUTEX | (opts.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
    if (opts.create)
        flags |= SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(db.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return fail(QCoreApplication::translate("vigie::storage", "Unable to open the database file %1").arg(db), QSqlError::ConnectionError, rc);
    sqlite3_extended_result_codes(m_db, 1);

    // A raw key ("x'<hex>'") skips SQLCipher's PBKDF2: the key is already random and 256-bit,
    // and each new connection would otherwise pay ~100 ms of key derivation (stack.md §3).
    for (char& c : hexKey)
        c = (c >= 'A' && c <= 'F') ? char(c - 'A' + 'a') : c; // lower case in place: no extra copy
    QByteArray raw;
    raw.reserve(hexKey.size() + 3);
    raw.append("x'").append(hexKey).append('\'');
    rc = sqlite3_key(m_db, raw.constData(), int(raw.size()));
    sodium_memzero(raw.data(), size_t(raw.size()));
    if (rc != SQLITE_OK)
        return fail(QCoreApplication::translate("vigie::storage", "Unable to set the database key"), QSqlError::ConnectionError, rc);

    // Explicit cipher settings: a future SQLCipher release must never change the file format silently.
    for (const QByteArray& pragma : CipherSettings::pragmas()) {
        if (!execSimple(pragma.constData(), QSqlError::ConnectionError))
            return fail(QCoreApplication::translate("vigie::storage", "Unable to apply the cipher settings"), QSqlError::ConnectionError, 0);
    }

    // Plain SQLite ignores unknown pragmas: without an answer here the file would be written in clear.
    sqlite3_stmt* st = nullptr;
    QString cipherVersion;
    if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        cipherVersion = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    if (cipherVersion.isEmpty())
        return fail(QCoreApplication::translate("vigie::storage", "The SQLite library does not encrypt (PRAGMA cipher_version gave no answer)"),
                    QSqlError::ConnectionError, 0);

    // The first read proves the key: a wrong key or a foreign file fails here, not later.
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        const bool notDb = (rc & 0xff) == SQLITE_NOTADB;
        return fail(notDb ? QCoreApplication::translate("vigie::storage", "Wrong key, or not a Vigie database: %1").arg(db)
                          : QCoreApplication::translate("vigie::storage", "Unable to read the database %1").arg(db),
                    QSqlError::ConnectionError, rc);
    }

    sqlite3_busy_timeout(m_db, 10000);
    const QByteArray cache = "PRAGMA cache_size=-" + QByteArray::number(opts.cacheKib > 0 ? opts.cacheKib : 65536);
    const bool tuned = execSimple(cache.constData(), QSqlError::ConnectionError) &&
                       execSimple("PRAGMA foreign_keys=ON", QSqlError::ConnectionError) &&
                       execSimple("PRAGMA temp_store=MEMORY", QSqlError::ConnectionError) &&
                       (opts.readOnly || execSimple("PRAGMA journal_mode=WAL", QSqlError::ConnectionError)) &&
                       execSimple("PRAGMA synchronous=FULL", QSqlError::ConnectionError);
    if (!tuned)
        return fail(QCoreApplication::translate("vigie::storage", "Unable to configure the database connection"), QSqlError::ConnectionError, 0);

    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* SqlCipherDriver::createResult() const { return new SqlCipherResult(this); }

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock now, so two writers never deadlock on a lock upgrade.
    return isOpen() && execSimple("BEGIN IMMEDIATE", QSqlError::TransactionError);
}
bool SqlCipherDriver::commitTransaction() { return isOpen() && execSimple("COMMIT", QSqlError::TransactionError); }
bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execSimple("ROLLBACK", QSqlError::TransactionError);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList out;
    if (!isOpen())
        return out;
    QString where;
    if (type & QSql::Tables)
        where += QLatin1String("type='table'");
    if (type & QSql::Views)
        where += (where.isEmpty() ? QString() : QLatin1String(" OR ")) + QLatin1String("type='view'");
    if (where.isEmpty())
        return out;
    sqlite3_stmt* st = nullptr;
    const QByteArray sql = "SELECT name FROM sqlite_master WHERE (" + where.toUtf8() +
                           ") AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    }
    sqlite3_finalize(st);
    if (type & QSql::SystemTables)
        out << QStringLiteral("sqlite_master");
    return out;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord rec;
    if (!isOpen())
        return rec;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1)", -1, &st,
                           nullptr) == SQLITE_OK) {
        const QByteArray t = tableName.toUtf8();
        sqlite3_bind_text(st, 1, t.constData(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(st) == SQLITE_ROW) {
            QSqlField f(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))),
                        metaTypeOfDecl(reinterpret_cast<const char*>(sqlite3_column_text(st, 1))), tableName);
            f.setRequired(sqlite3_column_int(st, 2) != 0);
            f.setAutoValue(false);
            rec.append(f);
        }
    }
    sqlite3_finalize(st);
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT name, type FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk", -1, &st,
                           nullptr) == SQLITE_OK) {
        const QByteArray t = tableName.toUtf8();
        sqlite3_bind_text(st, 1, t.constData(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(st) == SQLITE_ROW)
            index.append(QSqlField(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))),
                                   metaTypeOfDecl(reinterpret_cast<const char*>(sqlite3_column_text(st, 1))),
                                   tableName));
    }
    sqlite3_finalize(st);
    return index;
}

QVariant SqlCipherDriver::handle() const { return QVariant::fromValue(m_db); }

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    QString id = identifier;
    if (!id.isEmpty() && !id.startsWith(QLatin1Char('"'))) {
        id.replace(QLatin1Char('"'), QLatin1String("\"\""));
        id = QLatin1Char('"') + id + QLatin1Char('"');
    }
    return id;
}

sqlite3* SqlCipherDriver::nativeHandle(const QSqlDatabase& db)
{
    auto* d = qobject_cast<SqlCipherDriver*>(db.driver());
    return d ? d->connection() : nullptr;
}

void SqlCipherDriver::registerDriver()
{
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLCIPHER")))
        QSqlDatabase::registerSqlDriver(QStringLiteral("QSQLCIPHER"), new QSqlDriverCreator<SqlCipherDriver>());
}

} // namespace vigie::storage
