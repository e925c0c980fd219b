#pragma once
// An open Vigie database: one encrypted SQLCipher connection (QSQLCIPHER), migrated to the current
// schema. Owns its QSqlDatabase connection name and removes it on destruction.

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace vigie::storage {

class SecretKey;

class Database
{
public:
    enum class Mode { OpenExisting, CreateNew };
    struct Options {
        Mode mode = Mode::OpenExisting;
        int cacheKib = 65536;       // 64 MiB page cache (stack.md §3: the main performance knob)
        int migrateTo = -1;         // -1: latest known schema; tests use lower numbers to build old files
        bool backupBeforeMigrating = true;
    };

    // Opens (or creates) `path` with the 256-bit `key` and applies pending migrations.
    // Errors: ErrorCode::Storage with a message naming the file (wrong key, foreign file, newer schema...).
    static core::Result<std::unique_ptr<Database>> open(const QString& path, const SecretKey& key, const Options& options);
    static core::Result<std::unique_ptr<Database>> open(const QString& path, const SecretKey& key)
    {
        return open(path, key, Options{});
    }

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase sql() const { return QSqlDatabase::database(m_connection, false); }
    sqlite3* handle() const;
    const QString& path() const { return m_path; }

    // Runs a script of several statements (migrations); SQL only from the program, never from input.
    core::Status execScript(const QString& script);
    int schemaVersion() const;
    QString meta(const QString& key) const;
    core::Status setMeta(const QString& key, const QString& value);

private:
    Database(QString path, QString connection) : m_path(std::move(path)), m_connection(std::move(connection)) {}
    QString m_path;
    QString m_connection;
};

// A write transaction (BEGIN IMMEDIATE) rolled back unless commit() succeeds.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    // Whether BEGIN succeeded. Every caller checks it before writing: without a transaction the
    // writes would go through one by one (autocommit, or into someone else's transaction) and a
    // failure half-way would leave half the work applied (issue 13 item 5).
    [[nodiscard]] bool active() const { return m_active; }
    // Why BEGIN failed, as the storage error callers return.
    core::Error beginError() const;
    core::Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
    QString m_beginFailure;
};

// Error text of the last failure on a query or the database, for messages and logs.
QString sqlErrorText(const class QSqlQuery& query);
// The same as a storage error (ErrorCode::Storage), what every store returns when a query fails.
inline core::Error sqlFailure(const class QSqlQuery& query) { return core::Error{core::ErrorCode::Storage, sqlErrorText(query)}; }
// A refusal whose audit record was written, or — when writing it failed — a storage error saying so:
// an unrecorded refusal is never passed off as a recorded one (issue 13 item 5).
core::Error auditedRefusal(const core::Status& audit, core::Error refusal);

} // namespace vigie::storage
