#pragma once
// Internal to the dmst stores: the policy check on a record part (security::PolicyStore, which audits
// allowed actions and refusals alike), refusals decided here (audited the same way), SQL helpers.

#include "core/Result.h"
#include "security/PolicyStore.h"
#include "security/Session.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QDate>
#include <QSqlQuery>
#include <QTime>
#include <QVariant>

#include <optional>

namespace vigie::dmst::detail {

using storage::sqlFailure; // a failed query as a storage error (storage/Database.h)

inline core::Status exec(QSqlQuery& q)
{
    if (!q.exec())
        return core::Status::fail(core::ErrorCode::Storage, storage::sqlErrorText(q));
    return {};
}

inline core::Status require(security::Session& s, security::Action action, const QString& workerId, int part)
{
    return security::PolicyStore::require(s, action, workerId, part);
}

// A refusal decided by the record's own rules (author-only notes, signing rights): audited "denied"
// on the part, then ErrorCode::Denied with `message`.
core::Error refused(security::Session& s, const QString& action, const QString& workerId, int part, const QString& reason,
                    const QString& message);
// An action besides the policy's four (print, close, correct), audited as allowed on the part.
core::Status audited(security::Session& s, const QString& action, const QString& workerId, int part, const QString& detail);

inline QVariant nullText() { return QVariant(QMetaType(QMetaType::QString)); }
inline QVariant nullableDate(const QDate& d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : nullText(); }
inline QVariant nullableTime(const QTime& t) { return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : nullText(); }
inline QVariant nullableText(const QString& t) { return t.isEmpty() ? nullText() : QVariant(t); }
inline QDate dateOf(const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); }
inline QTime timeOf(const QVariant& v) { return QTime::fromString(v.toString(), QStringLiteral("HH:mm")); }
inline QString nowText(security::Session& s) { return s.clock().nowUtc().toString(Qt::ISODateWithMs); }

template<class T>
QVariant nullable(const std::optional<T>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

// The worker exists (and is not merged away): ErrorCode::Invalid naming the id otherwise.
core::Status requireWorker(security::Session& s, const QString& workerId);

} // namespace vigie::dmst::detail
