#include "security/AccountStore.h"

#include "security/AccessPolicy.h"
#include "security/PasswordPolicy.h"
#include "storage/AuditTrail.h"
#include "storage/KeyRing.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::security {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using storage::AuditEvent;

namespace {
// Administration is a module of the access policy (its table says who may use it), not a role test.
bool administers(Session& session)
{
    return AccessPolicy::canUseModule(session.account().role, Module::Administration).allowed;
}


Account accountFrom(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toString();
    a.login = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = roleFromCode(q.value(3).toString()).value_or(Role::Planner);
    a.rpps = q.value(4).toString();
    a.active = q.value(5).toInt() == 1;
    return a;
}

const QString SelectAccount = QStringLiteral("SELECT id, login, display_name, role, rpps, active FROM accounts "
                                             "WHERE deleted = 0 ");

Status refuse(Session& session, const QString& action, const QString& target)
{
    return storage::auditedRefusal(session.audit(AuditEvent{{}, {}, action, QStringLiteral("account"), {}, 0, QStringLiteral("denied"),
                                                            QStringLiteral("target=%1").arg(target)}),
                                   Error{ErrorCode::Denied, QCoreApplication::translate("vigie::security", "Permission denied: only an administrator manages accounts")});
}
} // namespace

Status AccountStore::validateLogin(const QString& login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    if (!pattern.match(login).hasMatch())
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::security", "Invalid login \"%1\": 3 to 32 characters, lower-case letters, digits, '.', '_' or "
                               "'-', starting with a letter")
                                .arg(login));
    return {};
}

Result<Account> AccountStore::findByLogin(storage::Database& db, const QString& login)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(SelectAccount + QStringLiteral("AND login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return Result<Account>::fail(ErrorCode::Storage, storage::sqlErrorText(q));
    if (!q.next())
        return Result<Account>::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "Unknown login: %1").arg(login));
    return accountFrom(q);
}

Status AccountStore::insertRow(storage::Database& db, const Account& a, const QString& hlc, const QString& updatedBy,
                               const QString& createdAt)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO accounts(id, login, display_name, role, rpps, active, created_at, hlc, "
                             "updated_by) VALUES (?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& v : {QVariant(a.id), QVariant(a.login), QVariant(a.displayName), QVariant(roleCode(a.role)),
                              a.rpps.isEmpty() ? QVariant() : QVariant(a.rpps), QVariant(a.active ? 1 : 0),
                              QVariant(createdAt), QVariant(hlc), QVariant(updatedBy)})
        q.addBindValue(v);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067")) // SQLITE_CONSTRAINT_UNIQUE
            return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "The login %1 is already taken").arg(a.login));
        return Status::fail(ErrorCode::Storage, storage::sqlErrorText(q));
    }
    return {};
}

Result<Account> AccountStore::create(Session& session, const NewAccount& input, const QString& password)
{
    if (!administers(session))
        return refuse(session, QStringLiteral("account.create"), input.login).error();
    if (Status s = validateLogin(input.login); !s)
        return s.error();
    if (input.displayName.trimmed().size() < 3)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "A personal account needs the person's full name (got \"%1\")")
                                             .arg(input.displayName)};
    if (isHealthProfessional(input.role) && !input.rpps.isEmpty() &&
        !QRegularExpression(QStringLiteral("^\\d{11}$")).match(input.rpps).hasMatch())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "Invalid RPPS number \"%1\": 11 digits expected").arg(input.rpps)};
    if (Status s = PasswordPolicy::check(password, input.login, input.displayName); !s)
        return s.error();

    auto ring = storage::KeyRing::load(session.keyRingPath());
    if (!ring)
        return ring.error();
    Account account{session.newId(), input.login, input.displayName.trimmed(), input.role, input.rpps, true};
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::security", "The database is busy")};
    if (Status s = insertRow(session.db(), account, session.nextHlc(), session.account().id,
                             session.clock().nowUtc().toString(Qt::ISODateWithMs));
        !s)
        return s.error();
    if (Status s = session.audit(AuditEvent{{}, {}, QStringLiteral("account.create"), QStringLiteral("account"), {}, 0,
                                            QStringLiteral("allowed"),
                                            QStringLiteral("login=%1 role=%2").arg(account.login, roleCode(account.role))});
        !s)
        return s.error();
    // The key slot is written last and the transaction committed right after: if the slot cannot be
    // written, the account row is rolled back with it.
    if (Status s = ring.value().setSlot(account.login, password, session.databaseKey()); !s)
        return s.error();
    if (Status s = ring.value().save(session.keyRingPath()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return account;
}

Result<QList<Account>> AccountStore::list(Session& session)
{
    if (!administers(session))
        return refuse(session, QStringLiteral("account.list"), QString()).error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (!q.exec(SelectAccount + QStringLiteral("ORDER BY login")))
        return Error{ErrorCode::Storage, storage::sqlErrorText(q)};
    QList<Account> out;
    while (q.next())
        out.append(accountFrom(q));
    return out;
}

Status AccountStore::changePassword(Session& session, const QString& login, const QString& newPassword)
{
    const bool self = session.account().login == login;
    if (!self && !administers(session))
        return refuse(session, QStringLiteral("account.password"), login);
    auto target = findByLogin(session.db(), login);
    if (!target)
        return target.error();
    if (Status s = PasswordPolicy::check(newPassword, login, target.value().displayName); !s)
        return s;
    auto ring = storage::KeyRing::load(session.keyRingPath());
    if (!ring)
        return ring.error();
    if (Status s = ring.value().setSlot(login, newPassword, session.databaseKey()); !s)
        return s;
    if (Status s = ring.value().save(session.keyRingPath()); !s)
        return s;
    return session.audit(AuditEvent{{}, {}, QStringLiteral("account.password"), QStringLiteral("account"), {}, 0,
                                    QStringLiteral("allowed"), QStringLiteral("login=%1").arg(login)});
}

} // namespace vigie::security
