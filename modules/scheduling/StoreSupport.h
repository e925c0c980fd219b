#pragma once
// Internal to the scheduling stores: rights (the Planning module, the account's teams), SQL helpers.

#include "core/Result.h"
#include "security/AccessPolicy.h"
#include "security/Session.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace vigie::scheduling::detail {

using storage::sqlFailure; // a failed query as a storage error (storage/Database.h)

// Prepares `sql`, binds `values` in order (plain `?` placeholders) and runs it.
core::Status exec(QSqlQuery& q, const QString& sql, const QVariantList& values = {});

inline QVariant nullText() { return QVariant(QMetaType(QMetaType::QString)); }
inline QVariant textOrNull(const QString& s) { return s.isEmpty() ? nullText() : QVariant(s); }
inline QVariant dateOrNull(const std::optional<QDate>& d) { return d && d->isValid() ? QVariant(d->toString(Qt::ISODate)) : nullText(); }
inline QString iso(const QDate& d) { return d.toString(Qt::ISODate); }
inline QDate dateOf(const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); }
inline std::optional<QDate> optDateOf(const QVariant& v)
{
    const QDate d = dateOf(v);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}
// "?, ?, ?" for n values.
QString placeholders(qsizetype n);

// The Planning module (AccessPolicy: physicians, collaborators, interns, nurses, assistants, planners);
// a refusal is audited by PolicyStore.
core::Status requirePlanning(security::Session& session);

// The teams the account plans for: its own (member or leading physician). With `only` set, that team,
// which must be one of them (else refused and audited).
core::Result<QStringList> planningTeams(security::Session& session, const QString& only = {});

// An allowed change, audited with identifiers only.
core::Status audited(security::Session& session, const QString& action, const QString& resource, const QString& detail,
                     const QString& workerId = {});
// A refusal: audited "denied", then ErrorCode::Denied with `message`.
core::Error refused(security::Session& session, const QString& action, const QString& resource, const QString& message);

} // namespace vigie::scheduling::detail
