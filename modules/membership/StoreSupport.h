#pragma once
// Internal to the membership stores: the policy check, the audit and SQL error helpers they share.

#include "core/Result.h"
#include "security/AccessPolicy.h"
#include "security/Session.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vigie::membership::detail {

using storage::sqlFailure; // a failed query as a storage error (storage/Database.h)

inline bool isUniqueViolation(const QSqlQuery& q)
{
    return q.lastError().nativeErrorCode() == QLatin1String("2067") || // SQLITE_CONSTRAINT_UNIQUE
           q.lastError().nativeErrorCode() == QLatin1String("1555");   // SQLITE_CONSTRAINT_PRIMARYKEY
}

inline core::Status exec(QSqlQuery& q)
{
    if (!q.exec())
        return core::Status::fail(core::ErrorCode::Storage, storage::sqlErrorText(q));
    return {};
}

// An allowed change, audited with identifiers only.
inline core::Status audited(security::Session& session, const QString& action, const QString& resource, const QString& detail)
{
    return session.audit(storage::AuditEvent{{}, {}, action, resource, {}, 0, QStringLiteral("allowed"), detail});
}

// A refusal: audited "denied", then ErrorCode::Denied with `message`.
inline core::Error refused(security::Session& session, const QString& action, const QString& resource,
                           const QString& message, const QString& reason = QStringLiteral("role"))
{
    (void)session.audit(storage::AuditEvent{{}, {}, action, resource, {}, 0, QStringLiteral("denied"),
                                            QStringLiteral("reason=%1").arg(reason)});
    return core::Error{core::ErrorCode::Denied, message};
}

// The membership module's roles (PolicyStore::requireModule audits a refusal).
core::Status requireMembership(security::Session& session);
// The administrator (settings: the contribution's yearly reference, the service's identity, prices).
core::Status requireAdministration(security::Session& session);
// Membership roles or the administrator: reading the settings.
core::Status requireMembershipOrAdministration(security::Session& session, const QString& action, const QString& resource);

inline QString isoDate(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
inline QVariant nullableDate(const QDate& d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)); }
inline QDate dateOf(const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); }
inline QString nowText(security::Session& session) { return session.clock().nowUtc().toString(Qt::ISODateWithMs); }

} // namespace vigie::membership::detail
