#pragma once
// QSQLCIPHER: a Qt Sql driver over the SQLCipher 4.5.5 library compiled into vigie_storage.
//
// Why in-house: Qt's stock QSQLITE links the system libsqlite3, which silently ignores `PRAGMA key`
// and would write a plaintext file. This driver calls sqlite3_key itself (so it cannot link against
// plain SQLite), sets every cipher setting explicitly, and refuses to open when `PRAGMA cipher_version`
// does not answer or when the key does not decrypt the file (stack.md §4).
//
// The password given to QSqlDatabase must be the raw 256-bit database key as 64 hex characters.
// Connect options (semicolon separated): VIGIE_CREATE (create the file if missing),
// VIGIE_CACHE_KIB=<n> (page cache, default 65536 = 64 MiB), VIGIE_READONLY.

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>

struct sqlite3;

namespace vigie::storage {

class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host,
              int port, const QString& connOpts) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QVariant handle() const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;

    sqlite3* connection() const { return m_db; }

    // The connection behind a QSqlDatabase opened with this driver (nullptr for any other driver).
    static sqlite3* nativeHandle(const QSqlDatabase& db);
    // Registers the driver under the name "QSQLCIPHER" (idempotent).
    static void registerDriver();

private:
    bool fail(const QString& text, QSqlError::ErrorType type, int sqliteCode);
    bool execSimple(const char* sql, QSqlError::ErrorType type);

    sqlite3* m_db = nullptr;
};

} // namespace vigie::storage
