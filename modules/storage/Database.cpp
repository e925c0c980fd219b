#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/SecretKey.h"
#include "storage/SqlCipherDriver.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace vigie::storage {
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("vigie-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

QString sqlErrorText(const QSqlQuery& query)
{
    const QSqlError e = query.lastError();
    return e.driverText() + (e.databaseText().isEmpty() ? QString() : QStringLiteral(": ") + e.databaseText());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecretKey& key, const Options& options)
{
    SqlCipherDriver::registerDriver();
    const bool exists = QFileInfo::exists(path);
    if (options.mode == Mode::CreateNew && exists)
        return Result<std::unique_ptr<Database>>::fail(ErrorCode::Invalid,
                                                       QCoreApplication::translate("vigie::storage", "The file %1 already exists; it is left untouched").arg(path));
    if (options.mode == Mode::OpenExisting && !exists)
        return Result<std::unique_ptr<Database>>::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Database file not found: %1").arg(path));

    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), name);
        db.setDatabaseName(path);
        db.setPassword(key.toHex());
        QString opts = QStringLiteral("VIGIE_CACHE_KIB=%1").arg(options.cacheKib);
        if (options.mode == Mode::CreateNew)
            opts += QStringLiteral(";VIGIE_CREATE");
        db.setConnectOptions(opts);
        if (!db.open()) {
            const QString why = db.lastError().driverText();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Result<std::unique_ptr<Database>>::fail(ErrorCode::Storage, why);
        }
        // Keep the key out of Qt's connection settings once opened. Those QStrings are Qt's: released
        // here, not wiped (the driver wipes its own copies; SecretKey holds the key in locked memory).
        db.setPassword(QString());
    }
    std::unique_ptr<Database> database(new Database(path, name));
    const Status migrated = Migrations::migrate(*database, options.migrateTo, options.backupBeforeMigrating && exists);
    if (!migrated)
        return Result<std::unique_ptr<Database>>::fail(migrated.error().code, migrated.error().message);
    return Result<std::unique_ptr<Database>>(std::move(database));
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

sqlite3* Database::handle() const { return SqlCipherDriver::nativeHandle(sql()); }

Status Database::execScript(const QString& script)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(handle(), script.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errmsg(handle()));
        sqlite3_free(err);
        return Status::fail(ErrorCode::Storage, msg);
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QString Database::meta(const QString& key) const
{
    QSqlQuery q(sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value FROM _meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status Database::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(sql());
    q.prepare(QStringLiteral("INSERT INTO _meta(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Status::fail(ErrorCode::Storage, sqlErrorText(q));
    return {};
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_active = m_db.sql().transaction();
    if (!m_active)
        m_beginFailure = m_db.sql().lastError().text();
}

core::Error auditedRefusal(const core::Status& audit, core::Error refusal)
{
    if (audit)
        return refusal;
    return core::Error{ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "%1 (and the refusal could not be written to the audit trail: %2)")
                                               .arg(refusal.message, audit.error().message)};
}

core::Error Transaction::beginError() const
{
    return core::Error{ErrorCode::Storage,
                       QCoreApplication::translate("vigie::storage", "Unable to start a transaction, nothing was written: %1").arg(m_beginFailure)};
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "No transaction is open"));
    QSqlDatabase db = m_db.sql();
    if (!db.commit()) {
        const QString why = db.lastError().databaseText();
        rollback();
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::storage", "Unable to commit: %1").arg(why));
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        m_db.sql().rollback();
        m_active = false;
    }
}

} // namespace vigie::storage
