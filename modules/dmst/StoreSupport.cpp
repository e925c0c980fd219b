#include "dmst/StoreSupport.h"

#include <QCoreApplication>

namespace vigie::dmst::detail {

core::Error refused(security::Session& s, const QString& action, const QString& workerId, int part, const QString& reason,
                    const QString& message)
{
    return storage::auditedRefusal(s.audit(storage::AuditEvent{{}, {}, action, QStringLiteral("dmst.part%1").arg(part), workerId, part,
                                                               QStringLiteral("denied"), QStringLiteral("reason=%1").arg(reason)}),
                                   core::Error{core::ErrorCode::Denied, message});
}

core::Status audited(security::Session& s, const QString& action, const QString& workerId, int part, const QString& detail)
{
    return s.audit(storage::AuditEvent{{}, {}, action, QStringLiteral("dmst.part%1").arg(part), workerId, part,
                                       QStringLiteral("allowed"), detail});
}

core::Status requireWorker(security::Session& s, const QString& workerId)
{
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM workers WHERE id = ? AND deleted = 0"));
    q.addBindValue(workerId);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    if (q.value(0).toInt() == 0)
        return core::Status::fail(core::ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Unknown worker: %1").arg(workerId));
    return {};
}

} // namespace vigie::dmst::detail
