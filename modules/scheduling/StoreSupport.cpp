#include "scheduling/StoreSupport.h"

#include "security/PolicyStore.h"

#include <QCoreApplication>

namespace vigie::scheduling::detail {

core::Status exec(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    if (!q.prepare(sql))
        return sqlFailure(q);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

core::Status requirePlanning(security::Session& session)
{
    return security::PolicyStore::requireModule(session, security::Module::Planning);
}

core::Result<QStringList> planningTeams(security::Session& session, const QString& only)
{
    if (auto s = requirePlanning(session); !s)
        return s.error();
    auto subject = security::PolicyStore::loadSubject(session);
    if (!subject)
        return subject.error();
    const QStringList teams = subject.value().teamIds;
    if (only.isEmpty())
        return teams;
    // The team by id or by name.
    QSqlQuery q(session.db().sql());
    if (auto s = exec(q, QStringLiteral("SELECT id FROM teams WHERE (id = ? OR name = ?) AND deleted = 0"), {only, only}); !s)
        return s.error();
    while (q.next())
        if (teams.contains(q.value(0).toString()))
            return QStringList{q.value(0).toString()};
    return refused(session, QStringLiteral("read"), QStringLiteral("planning.team"),
                       QCoreApplication::translate("vigie::scheduling", "Access refused: you do not plan for the team %1").arg(only));
    return QStringList{only};
}

core::Status audited(security::Session& session, const QString& action, const QString& resource, const QString& detail,
                     const QString& workerId)
{
    return session.audit(storage::AuditEvent{{}, {}, action, resource, workerId, 0, QStringLiteral("allowed"), detail});
}

core::Error refused(security::Session& session, const QString& action, const QString& resource, const QString& message)
{
    return storage::auditedRefusal(
        session.audit(storage::AuditEvent{{}, {}, action, resource, {}, 0, QStringLiteral("denied"), QStringLiteral("reason=scope")}),
        core::Error{core::ErrorCode::Denied, message});
}

} // namespace vigie::scheduling::detail
