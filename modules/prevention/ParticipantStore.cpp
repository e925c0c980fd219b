#include "prevention/ParticipantStore.h"

#include "membership/EstablishmentStore.h"
#include "security/AccessPolicy.h"
#include "security/PolicyStore.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace vigie::prevention {
using core::Result;
using core::Status;

Result<QList<KnownWorker>> ParticipantStore::employedAt(security::Session& session, const QString& establishmentId, const QDate& date, int limit)
{
    if (Status s = security::PolicyStore::requireModule(session, security::Module::CompanySheets); !s)
        return s.error();
    if (auto m = membership::EstablishmentStore::load(session, establishmentId); !m)
        return m.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT w.id, upper(COALESCE(NULLIF(w.used_name, ''), w.birth_name)), "
                             "COALESCE(NULLIF(w.used_first_name, ''), w.first_birth_first_name) "
                             "FROM employments e JOIN workers w ON w.id = e.worker_id AND w.deleted = 0 AND w.merged_into IS NULL "
                             "WHERE e.establishment_id = ? AND e.deleted = 0 AND e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?) "
                             "ORDER BY 2, 3, 1 LIMIT ?"));
    q.addBindValue(establishmentId);
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(limit);
    if (!q.exec())
        return storage::sqlFailure(q);
    QList<KnownWorker> out;
    while (q.next())
        out << KnownWorker{q.value(0).toString(), q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString()};
    q.finish();
    if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("read"), QStringLiteral("workplace_action"), {}, 0,
                                                     QStringLiteral("allowed"),
                                                     QStringLiteral("establishment=%1 participants=%2").arg(establishmentId).arg(out.size())});
        !s)
        return s.error();
    return out;
}

} // namespace vigie::prevention
