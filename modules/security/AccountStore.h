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
// The account itself or an administrator. Re-wraps that account's key slot only; audited.
core::Status changePassword(Session& session, const QString& login, const QString& newPassword);
} // namespace AccountStore

} // namespace vigie::security
