#pragma once
// Accounts: the `accounts` table and each account's key slot in the key ring. Every account is a named
// person (AUTH-01); its password exists only as the Argon2id key slot that unwraps the database key.

#include "core/Result.h"
#include "security/Session.h"

#include <QList>

namespace vigie::security {

struct NewAccount {
    QString login;
    QString displayName;
    Role role = Role::Planner;
    QString rpps;
    // The administrator chose the password: the person must replace it at first sign-in. Only the
    // demonstration generator, which publishes its passwords anyway, sets false.
    bool temporaryPassword = true;
};

namespace AccountStore {
core::Status validateLogin(const QString& login);
core::Result<Account> findByLogin(storage::Database& db, const QString& login);
// Inserts the row only (used by provisioning and by create()). Caller holds the transaction.
core::Status insertRow(storage::Database& db, const Account& account, const QString& hlc, const QString& updatedBy,
                       const QString& createdAt);

// Administrator only. Writes the row and the key slot; audited.
core::Result<Account> create(Session& session, const NewAccount& account, const QString& password);
core::Result<QList<Account>> list(Session& session);
// The account itself or an administrator. Re-wraps that account's key slot only; audited. A password
// set by an administrator for someone else is temporary (to be replaced at first sign-in).
core::Status changePassword(Session& session, const QString& login, const QString& newPassword);

// Administrator only, audited. Disabling removes the account's key slot, so that its password no
// longer opens the database, even offline; the account cannot sign in anywhere (the flag is synced).
// Enabling gives it a new slot with a temporary password, returned once (never stored in clear).
// Neither one's own account nor the last active administrator can be disabled.
core::Status disable(Session& session, const QString& login);
core::Result<QString> enable(Session& session, const QString& login);
// Administrator only, audited. The last active administrator keeps the role; a physician who leads a
// team keeps it until the team has another physician.
core::Status changeRole(Session& session, const QString& login, Role role);
// Administrator only, audited: re-keys the database with a new random key (PRAGMA rekey) and seals
// it to every remaining key slot; the old key no longer opens the file. Nobody else may have the
// database open meanwhile.
core::Status rotateKey(Session& session);
// A random temporary password (16 characters in 4 groups, about 90 bits) that the policy accepts.
QString temporaryPassword();
} // namespace AccountStore

} // namespace vigie::security
