#include "workforce/EmploymentStore.h"

#include "security/PolicyStore.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace vigie::workforce {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {
using storage::sqlFailure; // a failed query as a storage error (storage/Database.h)

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// The physician only, through the policy on part 2° of the worker's record. Audited either way.
Status requireOverride(security::Session& session, const QString& workerId, const QString& employmentId)
{
    if (!EmploymentStore::mayOverrideCategory(session.account().role)) {
        return storage::auditedRefusal(session.audit(storage::AuditEvent{{}, {}, QStringLiteral("override"), QStringLiteral("employment.follow_up"),
                                                                         workerId, 2, QStringLiteral("denied"),
                                                                         QStringLiteral("employment=%1 reason=role").arg(employmentId)}),
                                       core::Error{ErrorCode::Denied, QCoreApplication::translate(
                                                                          "vigie::workforce", "Access refused: only the occupational physician may change a follow-up category")});
    }
    return security::PolicyStore::require(session, security::Action::Write, workerId, 2);
}

Status change(security::Session& session, const QString& employmentId, std::optional<Category> category,
              const QString& reason)
{
    auto current = EmploymentStore::Sql::followUp(session.db().sql(), employmentId);
    if (!current)
        return current.error();
    if (Status s = requireOverride(session, current.value().workerId, employmentId); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::workforce", "A change of follow-up category needs a recorded reason"));
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::workforce", "Unable to change the category (database busy?)"));
    if (Status s = EmploymentStore::Sql::setOverride(session.db().sql(), writeContextOf(session), employmentId, category, reason); !s)
        return s;
    const QString from = categoryCode(current.value().effective);
    const QString to = category ? categoryCode(*category)
                                : categoryCode(current.value().computed.value_or(current.value().effective));
    if (Status s = session.audit(storage::AuditEvent{
            {}, {}, category ? QStringLiteral("override") : QStringLiteral("override.clear"),
            QStringLiteral("employment.follow_up"), current.value().workerId, 2, QStringLiteral("success"),
            QStringLiteral("employment=%1 from=%2 to=%3").arg(employmentId, from, to)});
        !s)
        return s;
    return tx.commit();
}
} // namespace

namespace {
const QString FollowUpColumns = QStringLiteral(
    "SELECT m.id, m.worker_id, m.establishment_id, m.post_title, coalesce(m.computed_follow_up, ''), "
    "coalesce(m.follow_up_rule, ''), coalesce(m.follow_up_reason, ''), coalesce(m.override_follow_up, ''), "
    "coalesce(m.override_reason, ''), coalesce(m.override_by, ''), coalesce(m.override_at, ''), m.follow_up, "
    "coalesce(e.name, ''), m.start_date, coalesce(m.end_date, '') "
    "FROM employments m LEFT JOIN establishments e ON e.id = m.establishment_id ");

EmploymentFollowUp followUpOf(const QSqlQuery& q)
{
    EmploymentFollowUp f;
    f.employmentId = q.value(0).toString();
    f.workerId = q.value(1).toString();
    f.establishmentId = q.value(2).toString();
    f.postTitle = q.value(3).toString();
    f.computed = categoryFromCode(q.value(4).toString());
    f.rule = q.value(5).toString();
    f.reason = q.value(6).toString();
    f.override = categoryFromCode(q.value(7).toString());
    f.overrideReason = q.value(8).toString();
    f.overrideBy = q.value(9).toString();
    f.overrideAt = q.value(10).toString();
    f.effective = categoryFromCode(q.value(11).toString()).value_or(Category::Si);
    f.establishmentName = q.value(12).toString();
    f.start = q.value(13).toString();
    f.end = q.value(14).toString();
    return f;
}

Status loadExposures(QSqlDatabase db, EmploymentFollowUp& f)
{
    QSqlQuery x(db);
    x.setForwardOnly(true);
    x.prepare(QStringLiteral("SELECT exposure_code FROM employment_exposures WHERE employment_id = ? AND deleted = 0 ORDER BY rowid"));
    x.addBindValue(f.employmentId);
    if (!x.exec())
        return sqlFailure(x);
    while (x.next())
        f.exposures << x.value(0).toString();
    return {};
}
} // namespace

Result<EmploymentFollowUp> EmploymentStore::Sql::followUp(QSqlDatabase db, const QString& employmentId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(FollowUpColumns + QStringLiteral("WHERE m.id = ? AND m.deleted = 0"));
    q.addBindValue(employmentId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "No employment has the id %1").arg(employmentId)};
    EmploymentFollowUp f = followUpOf(q);
    q.finish();
    if (Status s = loadExposures(db, f); !s)
        return s.error();
    return f;
}

Result<QList<EmploymentFollowUp>> EmploymentStore::Sql::ofWorker(QSqlDatabase db, const QString& workerId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(FollowUpColumns + QStringLiteral("WHERE m.worker_id = ? AND m.deleted = 0 "
                                               "ORDER BY m.end_date IS NOT NULL, m.start_date DESC, m.id"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    QList<EmploymentFollowUp> out;
    while (q.next())
        out << followUpOf(q);
    q.finish();
    for (EmploymentFollowUp& f : out)
        if (Status s = loadExposures(db, f); !s)
            return s.error();
    return out;
}

Status EmploymentStore::Sql::setOverride(QSqlDatabase db, const WriteContext& ctx, const QString& employmentId,
                                         std::optional<Category> category, const QString& reason)
{
    QSqlQuery q(db);
    // Without an override, the category in force goes back to the computed one (or stays as it was for
    // an employment never computed here). override_reason/by/at keep the last decision, set or removal.
    q.prepare(QStringLiteral("UPDATE employments SET override_follow_up = ?, override_reason = ?, override_by = ?, "
                             "override_at = ?, follow_up = coalesce(?, computed_follow_up, follow_up), "
                             "row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ? AND deleted = 0"));
    const QString code = category ? categoryCode(*category) : QString();
    q.addBindValue(textOrNull(code));
    // The last decision is kept: who set or removed the override, when and why.
    q.addBindValue(reason.trimmed());
    q.addBindValue(ctx.accountId);
    q.addBindValue(ctx.nowUtc);
    q.addBindValue(textOrNull(code));
    q.addBindValue(ctx.hlc());
    q.addBindValue(ctx.accountId);
    q.addBindValue(employmentId);
    if (!q.exec())
        return sqlFailure(q);
    if (q.numRowsAffected() != 1)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "No employment has the id %1").arg(employmentId));
    return {};
}

Result<EmploymentFollowUp> EmploymentStore::followUp(security::Session& session, const QString& employmentId)
{
    auto f = Sql::followUp(session.db().sql(), employmentId);
    if (!f)
        return f.error();
    if (Status s = security::PolicyStore::require(session, security::Action::Read, f.value().workerId, 2); !s)
        return s.error();
    return f;
}

Result<QList<EmploymentFollowUp>> EmploymentStore::ofWorker(security::Session& session, const QString& workerId)
{
    if (Status s = security::PolicyStore::require(session, security::Action::Read, workerId, 2); !s)
        return s.error();
    return Sql::ofWorker(session.db().sql(), workerId);
}

Status EmploymentStore::overrideCategory(security::Session& session, const QString& employmentId, Category category,
                                         const QString& reason)
{
    return change(session, employmentId, category, reason);
}

Status EmploymentStore::clearOverride(security::Session& session, const QString& employmentId, const QString& reason)
{
    return change(session, employmentId, std::nullopt, reason);
}

} // namespace vigie::workforce
