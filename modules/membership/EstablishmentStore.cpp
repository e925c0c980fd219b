#include "membership/EstablishmentStore.h"

#include "core/TextFold.h"
#include "security/PolicyStore.h"
#include "storage/AuditTrail.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QCoreApplication>
#include <QSqlQuery>

namespace vigie::membership {
using core::Error;
using core::ErrorCode;
using core::Result;

namespace {

Result<QList<EstablishmentSummary>> run(QSqlQuery& q)
{
    if (!q.exec())
        return Error{ErrorCode::Storage, storage::sqlErrorText(q)};
    QList<EstablishmentSummary> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString()});
    return out;
}
const QString Columns = QStringLiteral("SELECT id, siret, name, city, naf FROM establishments ");

// Who sees which establishments: the membership roles and the administrator (who assigns them to
// teams) see all; the other professionals of the records see their teams' establishments; directors
// (aggregates only) and the others none. The scope is a JSON array of team ids, or null for all.
core::Result<QVariant> scopeFor(security::Session& session)
{
    const security::Role role = session.account().role;
    if (role == security::Role::Admin ||
        security::AccessPolicy::canUseModule(role, security::Module::Membership).allowed)
        return QVariant(QMetaType(QMetaType::QString));
    if (security::AccessPolicy::canUseModule(role, security::Module::Records).allowed) {
        auto teams = security::PolicyStore::reachableTeams(session);
        if (!teams)
            return teams.error();
        return QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(teams.value())).toJson(QJsonDocument::Compact)));
    }
    (void)session.audit(storage::AuditEvent{{}, {}, QStringLiteral("list"), QStringLiteral("establishment"), {}, 0,
                                            QStringLiteral("denied"), QStringLiteral("reason=role")});
    return Error{ErrorCode::Denied, QCoreApplication::translate("vigie::membership", "Access refused: your role does not give access to the establishments' list")};
}

const QString InScope = QStringLiteral(
    "(? IS NULL OR id IN (SELECT establishment_id FROM team_establishments WHERE deleted = 0 "
    "AND team_id IN (SELECT value FROM json_each(?)))) ");
} // namespace

Result<QList<EstablishmentSummary>> EstablishmentStore::list(security::Session& session, int limit)
{
    if (limit < 1)
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::membership", "Invalid limit: %1").arg(limit)};
    auto scope = scopeFor(session);
    if (!scope)
        return scope.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(Columns + QStringLiteral("WHERE deleted = 0 AND ") + InScope + QStringLiteral("ORDER BY name_fold, siret LIMIT ?"));
    q.addBindValue(scope.value());
    q.addBindValue(scope.value());
    q.addBindValue(limit);
    return run(q);
}

Result<QList<EstablishmentSummary>> EstablishmentStore::findByName(security::Session& session, const QString& text,
                                                                   int limit)
{
    const QString prefix = core::foldForSearch(text);
    if (prefix.isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "Type at least one letter of the name")};
    auto scope = scopeFor(session);
    if (!scope)
        return scope.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(Columns + QStringLiteral("WHERE name_fold >= ? AND name_fold < ? AND deleted = 0 AND ") + InScope +
              QStringLiteral("ORDER BY name_fold, siret LIMIT ?"));
    q.addBindValue(prefix);
    q.addBindValue(core::prefixUpperBound(prefix));
    q.addBindValue(scope.value());
    q.addBindValue(scope.value());
    q.addBindValue(limit);
    return run(q);
}

} // namespace vigie::membership
