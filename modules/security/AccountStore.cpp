#include "security/AccountStore.h"

#include "security/AccessPolicy.h"
#include "security/PasswordPolicy.h"
#include "storage/AuditSeal.h"
#include "storage/AuditTrail.h"
#include "storage/KeyRing.h"
#include "storage/Rekey.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <cstdlib>

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


// The audit seal key of this session, given on to the slots it writes (null when it has none).
const storage::SecretKey* sealKeyOf(const Session& session)
{
    return session.auditSealer() ? &session.auditSealer()->sealKey() : nullptr;
}

Status audit(Session& session, const QString& action, const QString& detail)
{
    return session.audit(AuditEvent{{}, {}, action, QStringLiteral("account"), {}, 0, QStringLiteral("allowed"), detail});
}

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
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "A personal account needs the person's full name (got \"%1\")").arg(input.displayName)};
    if (isHealthProfessional(input.role) && !input.rpps.isEmpty() &&
        !QRegularExpression(QStringLiteral("^\\d{11}$")).match(input.rpps).hasMatch())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "Invalid RPPS number \"%1\": 11 digits expected").arg(input.rpps)};
    if (Status s = PasswordPolicy::check(password, input.login, input.displayName); !s)
        return s.error();

    Account account{session.newId(), input.login, input.displayName.trimmed(), input.role, input.rpps, true};
    {
        storage::Transaction tx(session.db());
        if (!tx.active())
            return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::security", "The database is busy")};
        if (Status s = insertRow(session.db(), account, session.nextHlc(), session.account().id,
                                 session.clock().nowUtc().toString(Qt::ISODateWithMs));
            !s)
            return s.error();
        if (Status s = audit(session, QStringLiteral("account.create"),
                             QStringLiteral("login=%1 role=%2").arg(account.login, roleCode(account.role)));
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    // The key slot is written only once the account's row is committed: a slot never exists for an
    // account that does not.
    if (Status s = storage::KeyRing::update(session.keyRingPath(), [&](storage::KeyRing& ring) {
            return ring.setSlot(account.login, password, session.databaseKey(), sealKeyOf(session),
                                input.temporaryPassword);
        });
        !s)
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::security", "The account %1 was created but its key slot could not be written (%2): "
                                            "set its password again")
                                             .arg(account.login, s.error().message)};
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
    if (!target.value().active)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "The account %1 is disabled: enable it first").arg(login));
    if (Status s = PasswordPolicy::check(newPassword, login, target.value().displayName); !s)
        return s;
    const bool temporary = !self;
    if (Status s = storage::KeyRing::update(session.keyRingPath(), [&](storage::KeyRing& ring) {
            return ring.setSlot(login, newPassword, session.databaseKey(), sealKeyOf(session), temporary);
        });
        !s)
        return s;
    if (self)
        session.setMustChangePassword(false);
    return audit(session, QStringLiteral("account.password"),
                 QStringLiteral("login=%1 temporary=%2").arg(login, temporary ? QStringLiteral("yes") : QStringLiteral("no")));
}

namespace {
// Active administrators other than `login`.
Result<int> otherActiveAdmins(Session& session, const QString& login)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM accounts WHERE role = 'admin' AND active = 1 AND deleted = 0 AND login <> ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return storage::sqlFailure(q);
    return q.value(0).toInt();
}

Status updateAccount(Session& session, const QString& login, const QString& assignment, const QVariant& value,
                     const QString& action, const QString& detail)
{
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::security", "The database is busy"));
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("UPDATE accounts SET %1 = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                             "WHERE login = ? AND deleted = 0")
                  .arg(assignment));
    q.addBindValue(value);
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    q.addBindValue(login);
    if (!q.exec())
        return Status(storage::sqlFailure(q));
    if (q.numRowsAffected() != 1)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "Unknown login: %1").arg(login));
    if (Status s = audit(session, action, detail); !s)
        return s;
    return tx.commit();
}
} // namespace

Status AccountStore::disable(Session& session, const QString& login)
{
    if (!administers(session))
        return refuse(session, QStringLiteral("account.disable"), login);
    auto target = findByLogin(session.db(), login);
    if (!target)
        return target.error();
    if (login == session.account().login)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "You cannot disable your own account"));
    if (!target.value().active)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "The account %1 is already disabled").arg(login));
    if (target.value().role == Role::Admin) {
        auto others = otherActiveAdmins(session, login);
        if (!others)
            return others.error();
        if (others.value() == 0)
            return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "%1 is the last active administrator: it stays enabled").arg(login));
    }
    if (Status s = updateAccount(session, login, QStringLiteral("active"), 0, QStringLiteral("account.disable"),
                                 QStringLiteral("login=%1").arg(login));
        !s)
        return s;
    // Once the account is disabled in the database, its slot goes: its password opens nothing any more.
    return storage::KeyRing::update(session.keyRingPath(), [&](storage::KeyRing& ring) {
        return ring.hasSlot(login) ? ring.removeSlot(login) : Status{};
    });
}

Result<QString> AccountStore::enable(Session& session, const QString& login)
{
    if (!administers(session))
        return refuse(session, QStringLiteral("account.enable"), login).error();
    auto target = findByLogin(session.db(), login);
    if (!target)
        return target.error();
    if (target.value().active)
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "The account %1 is already enabled").arg(login)};
    QString password = temporaryPassword();
    while (!PasswordPolicy::check(password, login, target.value().displayName))
        password = temporaryPassword();
    if (Status s = updateAccount(session, login, QStringLiteral("active"), 1, QStringLiteral("account.enable"),
                                 QStringLiteral("login=%1").arg(login));
        !s)
        return s.error();
    if (Status s = storage::KeyRing::update(session.keyRingPath(), [&](storage::KeyRing& ring) {
            return ring.setSlot(login, password, session.databaseKey(), sealKeyOf(session), true);
        });
        !s)
        return s.error();
    return password;
}

Status AccountStore::changeRole(Session& session, const QString& login, Role role)
{
    if (!administers(session))
        return refuse(session, QStringLiteral("account.role"), login);
    auto target = findByLogin(session.db(), login);
    if (!target)
        return target.error();
    const Role from = target.value().role;
    if (from == role)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "%1 already has the role %2").arg(login, roleTitle(role)));
    if (from == Role::Admin && target.value().active) {
        auto others = otherActiveAdmins(session, login);
        if (!others)
            return others.error();
        if (others.value() == 0)
            return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "%1 is the last active administrator: it keeps the role").arg(login));
    }
    if (from == Role::Physician) {
        QSqlQuery q(session.db().sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT name FROM teams WHERE physician_id = ? AND deleted = 0 ORDER BY name"));
        q.addBindValue(target.value().id);
        if (!q.exec())
            return Status(storage::sqlFailure(q));
        QStringList teams;
        while (q.next())
            teams << q.value(0).toString();
        if (!teams.isEmpty())
            return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::security", "%1 leads the team(s) %2: give them another physician first")
                                                        .arg(login, teams.join(QStringLiteral(", "))));
    }
    return updateAccount(session, login, QStringLiteral("role"), roleCode(role), QStringLiteral("account.role"),
                         QStringLiteral("login=%1 from=%2 to=%3").arg(login, roleCode(from), roleCode(role)));
}

Status AccountStore::rotateKey(Session& session)
{
    if (session.account().role != Role::Admin) {
        (void)session.audit(AuditEvent{{}, {}, QStringLiteral("key.rotate"), QStringLiteral("database.key"), {}, 0,
                                       QStringLiteral("denied"), {}});
        return Status::fail(ErrorCode::Denied, QCoreApplication::translate("vigie::security", "Permission denied: only an administrator may rotate the key"));
    }
    const storage::SecretKey next = storage::SecretKey::random();
    const QString ringPath = session.keyRingPath();
    // 1. Every slot receives the next key beside the current one (a crash now loses nothing).
    if (Status s = storage::KeyRing::update(ringPath, [&](storage::KeyRing& ring) { return ring.beginRotation(next); }); !s)
        return s;
    // 2. The file is re-encrypted.
    if (Status s = storage::rekey(session.db(), next); !s) {
        (void)storage::KeyRing::update(ringPath, [](storage::KeyRing& ring) {
            ring.abortRotation();
            return Status{};
        });
        return s;
    }
    session.replaceDatabaseKey(next);
    // 3. The next key becomes the key (a sign-in after a crash before this step finishes it too).
    if (Status s = storage::KeyRing::update(ringPath, [](storage::KeyRing& ring) {
            ring.finishRotation();
            return Status{};
        });
        !s)
        return s;
    return session.audit(AuditEvent{{}, {}, QStringLiteral("key.rotate"), QStringLiteral("database.key"), {}, 0,
                                    QStringLiteral("allowed"), {}});
}

QString AccountStore::temporaryPassword()
{
    // No look-alike characters (0/O, 1/l/I): the person types it once from what the administrator says.
    static const char Alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr uint32_t Size = sizeof Alphabet - 1;
    if (sodium_init() < 0)
        std::abort();
    QString out;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(Alphabet[randombytes_uniform(Size)]);
    }
    return out;
}

} // namespace vigie::security
