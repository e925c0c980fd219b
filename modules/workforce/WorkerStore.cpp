#include "workforce/WorkerStore.h"

#include "core/TextFold.h"
#include "storage/AuditTrail.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace vigie::workforce {
using core::Error;
using core::ErrorCode;
using core::Result;

namespace {
QString tr(const char* text) { return QCoreApplication::translate("vigie::workforce", text); }

// Two index range scans (birth name, used name), each limited, then merged: the cost depends on the
// page size, not on how many of the million workers share the prefix.
const QString SearchSqlText = QStringLiteral(
    "SELECT id, birth_name, first_birth_first_name, birth_date, sex, used_name, ins_status, sort_key FROM ("
    "  SELECT * FROM (SELECT id, birth_name, first_birth_first_name, birth_date, sex, used_name, ins_status,"
    "         birth_name_fold AS sort_key FROM workers"
    "         WHERE birth_name_fold >= ? AND birth_name_fold < ? AND deleted = 0"
    "         ORDER BY birth_name_fold, first_birth_first_name, id LIMIT ?)"
    "  UNION"
    "  SELECT * FROM (SELECT id, birth_name, first_birth_first_name, birth_date, sex, used_name, ins_status,"
    "         used_name_fold AS sort_key FROM workers"
    "         WHERE used_name_fold >= ? AND used_name_fold < ? AND deleted = 0"
    "         ORDER BY used_name_fold, first_birth_first_name, id LIMIT ?))"
    " ORDER BY sort_key, first_birth_first_name, id LIMIT ? OFFSET ?");
} // namespace

const QString& WorkerStore::searchSql() { return SearchSqlText; }

Result<QList<WorkerSummary>> WorkerStore::findByName(security::Session& session, const QString& text, int limit,
                                                     int offset)
{
    const QString prefix = core::foldForSearch(text);
    if (prefix.isEmpty())
        return Error{ErrorCode::Invalid, tr("Type at least one letter of the name")};
    if (limit < 1 || limit > MaxPage || offset < 0)
        return Error{ErrorCode::Usage, tr("Invalid page: %1 rows from %2").arg(limit).arg(offset)};

    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(searchSql());
    const QString upper = core::prefixUpperBound(prefix);
    for (int branch = 0; branch < 2; ++branch) {
        q.addBindValue(prefix);
        q.addBindValue(upper);
        q.addBindValue(limit + offset);
    }
    q.addBindValue(limit);
    q.addBindValue(offset);
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

} // namespace vigie::workforce
