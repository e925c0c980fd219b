#include "workforce/WorkerVigilance.h"

#include "security/PolicyStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace vigie::workforce::WorkerVigilance {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {
using storage::sqlFailure; // a failed query as a storage error (storage/Database.h)
} // namespace

Result<Identity> Sql::identityOf(QSqlDatabase db, const QString& workerId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT birth_name, birth_first_names, birth_date, sex, coalesce(birth_place_cog, ''), "
                             "coalesce(used_name, ''), coalesce(used_first_name, ''), coalesce(ins_matricule, nir, '') "
                             "FROM workers WHERE id = ? AND deleted = 0"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::workforce", "No worker has the id %1").arg(workerId)};
    Identity i;
    i.birthName = q.value(0).toString();
    i.birthFirstNames = q.value(1).toString();
    i.birthDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    i.sex = q.value(3).toString();
    i.birthPlaceCog = q.value(4).toString();
    i.usedName = q.value(5).toString();
    i.usedFirstName = q.value(6).toString();
    i.nir = q.value(7).toString();
    return i;
}

Result<QList<MergeInForce>> Sql::mergesInto(QSqlDatabase db, const QString& workerId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM worker_merges WHERE kept_worker_id = ? AND undone_at IS NULL AND deleted = 0 "
                             "ORDER BY merged_at DESC, id"));
    q.addBindValue(workerId);
    if (!q.exec())
        return sqlFailure(q);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QList<MergeInForce> out;
    for (const QString& id : std::as_const(ids)) {
        auto m = IdentityStore::Sql::findMerge(db, id);
        if (!m)
            return m.error();
        auto traits = IdentityStore::Sql::describe(db, m.value().mergedWorkerId, DuplicateReason::SameTraits);
        if (!traits)
            return traits.error();
        out << MergeInForce{m.value(), traits.value()};
    }
    return out;
}

Result<QList<DuplicateCandidate>> duplicatesOf(security::Session& session, const QString& workerId)
{
    if (Status s = security::PolicyStore::require(session, security::Action::Read, workerId, 1); !s)
        return s.error();
    auto identity = Sql::identityOf(session.db().sql(), workerId);
    if (!identity)
        return identity.error();
    auto found = IdentityStore::likelyDuplicates(session, identity.value());
    if (!found)
        return found.error();
    QList<DuplicateCandidate> out;
    for (const DuplicateCandidate& c : found.value())
        if (c.workerId != workerId)
            out << c;
    return out;
}

Result<QList<MergeInForce>> mergesInto(security::Session& session, const QString& workerId)
{
    if (Status s = security::PolicyStore::require(session, security::Action::Read, workerId, 1); !s)
        return s.error();
    return Sql::mergesInto(session.db().sql(), workerId);
}

} // namespace vigie::workforce::WorkerVigilance
