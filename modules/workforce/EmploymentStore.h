#pragma once
// Employments' follow-up category in the database: the computed category with its reasons, and the
// physician's override (issue 5 part 4: "which a physician may override with a recorded reason").
//
// Rights: reading goes through the access policy as reading part 2° of the worker's record (the
// posts and exposures, R4624-45-4); overriding is reserved to the médecin du travail (role
// `physician`) who may write part 2° of that record (team scope, oppositions do not apply to the
// physician). Overrides and refusals are audited; the reason is kept in the employment, never in the
// audit trail (it may hold medical grounds).

#include "core/Result.h"
#include "security/Session.h"
#include "workforce/FollowUp.h"
#include "workforce/WriteContext.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::workforce {

struct EmploymentFollowUp {
    QString employmentId;
    QString workerId;
    QString establishmentId;
    QString establishmentName;
    QString postTitle;
    QString start;                    // YYYY-MM-DD
    QString end;                      // YYYY-MM-DD, empty while it lasts
    std::optional<Category> computed; // null for an employment never declared through this module
    QString rule;                     // scheduling's reason, in codes
    QString reason;                   // for people
    std::optional<Category> override;
    QString overrideReason;           // reason of the last decision (override set or removed)
    QString overrideBy;               // account id
    QString overrideAt;               // UTC ISO 8601
    Category effective = Category::Si;
    QStringList exposures;            // exposure codes
};

namespace EmploymentStore {
// Who may change a follow-up category at all: the médecin du travail (the store then checks part 2° of
// the worker's record). Screens use it to offer the action only to them.
inline bool mayOverrideCategory(security::Role role) { return role == security::Role::Physician; }
core::Result<EmploymentFollowUp> followUp(security::Session& session, const QString& employmentId);
// Every employment of a worker, current ones first then by start date, most recent first (reading
// part 2° of the record, audited by the policy).
core::Result<QList<EmploymentFollowUp>> ofWorker(security::Session& session, const QString& workerId);
// Sets the category in force to `category` whatever the computation says. A reason is required.
core::Status overrideCategory(security::Session& session, const QString& employmentId, Category category,
                              const QString& reason);
// Back to the computed category; the reason of the removal is required too.
core::Status clearOverride(security::Session& session, const QString& employmentId, const QString& reason);

namespace Sql {
core::Result<EmploymentFollowUp> followUp(QSqlDatabase db, const QString& employmentId);
core::Result<QList<EmploymentFollowUp>> ofWorker(QSqlDatabase db, const QString& workerId);
core::Status setOverride(QSqlDatabase db, const WriteContext& context, const QString& employmentId,
                         std::optional<Category> category, const QString& reason);
} // namespace Sql
} // namespace EmploymentStore

} // namespace vigie::workforce
