#pragma once
// A signed-in account on an open database: what every store receives to know who acts, to stamp
// changes (HLC, updated_by) and to write the audit trail.

#include "core/Clock.h"
#include "core/Hlc.h"
#include "security/Role.h"
#include "storage/Database.h"
#include "storage/SecretKey.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace vigie::storage {
struct AuditEvent;
class AuditSealer;
}

namespace vigie::security {

struct Account {
    QString id;
    QString login;
    QString displayName;
    Role role = Role::Planner;
    QString rpps;
    bool active = true;
};

class Session
{
public:
    Session(std::unique_ptr<storage::Database> db, storage::SecretKey key, Account account, const core::Clock& clock);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    storage::Database& db() { return *m_db; }
    const Account& account() const { return m_account; }
    const core::Clock& clock() const { return m_clock; }
    const QDateTime& signedInAt() const { return m_signedInAt; }
    // The database key, needed to wrap a new account's key slot. Never shown, never logged.
    const storage::SecretKey& databaseKey() const { return m_key; }
    QString keyRingPath() const;
    // After `key rotate` (AccountStore::rotateKey): the key the file is now encrypted with.
    void replaceDatabaseKey(const storage::SecretKey& key) { m_key = key; }

    // The audit seal of this database (storage/AuditSeal.h): kept up to date from now on when the
    // account's key slot holds the seal key. Null for a slot made before sealing existed.
    void attachAuditSeal(const storage::SecretKey& sealKey, bool expectSeal);
    const storage::AuditSealer* auditSealer() const { return m_sealer.get(); }

    // The password was set by an administrator (new account, reset, re-enabled): the person must
    // choose their own before doing anything else (AccountStore::changePassword clears it).
    bool mustChangePassword() const { return m_mustChangePassword; }
    void setMustChangePassword(bool must) { m_mustChangePassword = must; }

    QString nextHlc();            // stamp for a local change
    QString newId() const;        // UUIDv7 for a new row

    // Audits an action of this account (time from the session clock). Refusals must use this too.
    core::Status audit(storage::AuditEvent event);

private:
    std::unique_ptr<storage::Database> m_db;
    storage::SecretKey m_key;
    Account m_account;
    const core::Clock& m_clock;
    QDateTime m_signedInAt;
    core::Hlc m_hlc;
    std::unique_ptr<storage::AuditSealer> m_sealer; // after m_db: destroyed before the database closes
    bool m_mustChangePassword = false;
};

} // namespace vigie::security
