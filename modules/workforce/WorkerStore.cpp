#include "workforce/WorkerStore.h"

#include "core/TextFold.h"
#include "security/PolicyStore.h"
#include "storage/AuditTrail.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QCoreApplication>
#include <QSqlQuery>

namespace vigie::workforce {
using core::Error;
using core::ErrorCode;
using core::Result;

namespace {

// Two index range scans (birth name, used name), each limited, then merged: the cost depends on the
// page size, not on how many of the million workers share the prefix. Identities merged into another
// (identity vigilance, IdentityStore.h) are kept but never found. Each branch keeps only the
// workers the account may reach: employed (now or within a year) in an establishment of one of its
// teams (JSON array parameter), and, unless it is the physician, without a standing opposition.
const QString Reach = QStringLiteral(
    " AND EXISTS (SELECT 1 FROM employments e JOIN team_establishments te ON te.establishment_id = e.establishment_id"
    "             AND te.deleted = 0 AND te.team_id IN (SELECT value FROM json_each(?))"
    "             WHERE e.worker_id = workers.id AND e.deleted = 0 AND (e.end_date IS NULL OR e.end_date >= ?))"
    " AND (? = 1 OR NOT EXISTS (SELECT 1 FROM oppositions o WHERE o.worker_id = workers.id"
    "             AND o.withdrawn_at IS NULL AND o.deleted = 0))");
const QString Columns = QStringLiteral("SELECT id, birth_name, first_birth_first_name, birth_date, sex, used_name, ins_status, ");
const QString SearchSqlText =
    // A worker whose birth and used names both match comes from both branches: GROUP BY keeps one row,
    // ranked by the smaller of its two keys.
    QStringLiteral("SELECT id, birth_name, first_birth_first_name, birth_date, sex, used_name, ins_status, "
                   "min(sort_key) AS sort_key FROM (") +
    QStringLiteral("SELECT * FROM (") + Columns +
    QStringLiteral("birth_name_fold AS sort_key FROM workers WHERE birth_name_fold >= ? AND birth_name_fold < ? AND deleted = 0 "
                   "AND merged_into IS NULL") +
    Reach + QStringLiteral(" ORDER BY birth_name_fold, first_birth_first_name, id LIMIT ?) UNION SELECT * FROM (") + Columns +
    QStringLiteral("used_name_fold AS sort_key FROM workers WHERE used_name_fold >= ? AND used_name_fold < ? AND deleted = 0 "
                   "AND merged_into IS NULL") +
    Reach + QStringLiteral(" ORDER BY used_name_fold, first_birth_first_name, id LIMIT ?)) "
                           "GROUP BY id ORDER BY sort_key, first_birth_first_name, id LIMIT ? OFFSET ?");
} // namespace

const QString& WorkerStore::searchSql() { return SearchSqlText; }

void WorkerStore::bindSearch(QSqlQuery& q, const QString& folded, const SearchScope& scope, int limit, int offset)
{
    const QString upper = core::prefixUpperBound(folded);
    for (int branch = 0; branch < 2; ++branch) {
        q.addBindValue(folded);
        q.addBindValue(upper);
        q.addBindValue(scope.teamsJson);
        q.addBindValue(scope.employedSince);
        q.addBindValue(scope.ignoreOppositions ? 1 : 0);
        q.addBindValue(limit + offset);
    }
    q.addBindValue(limit);
    q.addBindValue(offset);
}

Result<QList<WorkerSummary>> WorkerStore::findByName(security::Session& session, const QString& text, int limit,
                                                     int offset)
{
    const QString prefix = core::foldForSearch(text);
    if (prefix.isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "Type at least one letter of the name")};
    if (limit < 1 || limit > MaxPage || offset < 0)
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::workforce", "Invalid page: %1 rows starting at offset %2").arg(limit).arg(offset)};

    auto teams = security::PolicyStore::reachableTeams(session);
    if (!teams)
        return teams.error();
    if (teams.value().isEmpty()) {
        const bool anyRight = security::AccessPolicy::matrixAllows(session.account().role, 1, security::Action::Read) ||
                              session.account().role == security::Role::Planner;
        return storage::auditedRefusal(
            session.audit(storage::AuditEvent{{}, {}, QStringLiteral("search"), QStringLiteral("worker.identity"), {}, 1, QStringLiteral("denied"),
                                              anyRight ? QStringLiteral("reason=team") : QStringLiteral("reason=role")}),
            Error{ErrorCode::Denied, anyRight ? QCoreApplication::translate("vigie::workforce", "Access refused: you are in no team, or have no current delegation")
                                              : QCoreApplication::translate("vigie::workforce", "Access refused: your role does not give access to workers' identity")});
    }
    const SearchScope scope{QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(teams.value())).toJson(QJsonDocument::Compact)),
                            session.clock().today().addYears(-1).toString(Qt::ISODate),
                            !security::AccessPolicy::subjectToOpposition(session.account().role)};
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(searchSql());
    bindSearch(q, prefix, scope, limit, offset);
    if (!q.exec())
        return Error{ErrorCode::Storage, storage::sqlErrorText(q)};
    QList<WorkerSummary> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    // Identity is part 1° of the record: reading it is traced (R4624-45-5), without the names typed.
    if (core::Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("search"),
                                                           QStringLiteral("worker.identity"), {}, 1,
                                                           QStringLiteral("allowed"),
                                                           QStringLiteral("results=%1 offset=%2").arg(out.size()).arg(offset)});
        !s)
        return s.error();
    return out;
}

Result<QList<WorkerSummary>> WorkerStore::findByBirthDate(security::Session& session, const QDate& day, int limit, int offset)
{
    if (!day.isValid())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "Not a date of birth")};
    if (limit < 1 || limit > MaxPage || offset < 0)
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::workforce", "Invalid page: %1 rows starting at offset %2").arg(limit).arg(offset)};
    auto teams = security::PolicyStore::reachableTeams(session);
    if (!teams)
        return teams.error();
    if (teams.value().isEmpty()) {
        (void)session.audit(storage::AuditEvent{{}, {}, QStringLiteral("search"), QStringLiteral("worker.identity"), {}, 1, QStringLiteral("denied"),
                                                QStringLiteral("reason=team")});
        return Error{ErrorCode::Denied, QCoreApplication::translate("vigie::workforce", "Access refused: you are in no team, or have no current delegation")};
    }
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(Columns + QStringLiteral("birth_name_fold FROM workers WHERE birth_date = ? AND deleted = 0 AND merged_into IS NULL") + Reach +
              QStringLiteral(" ORDER BY birth_name_fold, first_birth_first_name, id LIMIT ? OFFSET ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(teams.value())).toJson(QJsonDocument::Compact)));
    q.addBindValue(session.clock().today().addYears(-1).toString(Qt::ISODate));
    q.addBindValue(security::AccessPolicy::subjectToOpposition(session.account().role) ? 0 : 1);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return Error{ErrorCode::Storage, storage::sqlErrorText(q)};
    QList<WorkerSummary> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    q.value(5).toString(), q.value(6).toString()});
    if (core::Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("search"), QStringLiteral("worker.identity"), {}, 1,
                                                           QStringLiteral("allowed"),
                                                           QStringLiteral("birth_date results=%1 offset=%2").arg(out.size()).arg(offset)});
        !s)
        return s.error();
    return out;
}

} // namespace vigie::workforce
