#include "reports/CompanyStore.h"

#include "reports/IndicatorStore.h"
#include "security/Session.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace vigie::reports {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {
// The establishments of the company: ?1 the SIRET or the SIREN.
QString establishments(const Scope& scope)
{
    return scope.kind == ScopeKind::Establishment
               ? QStringLiteral("SELECT e.id FROM establishments e WHERE e.deleted = 0 AND e.siret = ?1")
               : QStringLiteral("SELECT e.id FROM establishments e JOIN enterprises n ON n.id = e.enterprise_id WHERE e.deleted = 0"
                                " AND n.deleted = 0 AND n.siren = ?1");
}

Result<QList<QPair<QString, qint64>>> counts(security::Session& session, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storage::sqlFailure(q);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return storage::sqlFailure(q);
    QList<QPair<QString, qint64>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}
} // namespace

Result<CompanyData> CompanyStore::collect(security::Session& session, const Scope& scope, int year)
{
    if (scope.kind != ScopeKind::Establishment && scope.kind != ScopeKind::Siren)
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::reports", "A company's report is for an establishment or an enterprise")};
    if (Status s = IndicatorStore::requireScope(session, scope); !s)
        return s.error();
    CompanyData d;
    d.scope = scope;
    d.lastYear = year;
    {
        QSqlQuery q(session.db().sql());
        if (q.exec(QStringLiteral("SELECT name FROM service_identity LIMIT 1")) && q.next())
            d.serviceName = q.value(0).toString();
        QSqlQuery n(session.db().sql());
        n.prepare(scope.kind == ScopeKind::Establishment ? QStringLiteral("SELECT name FROM establishments WHERE siret = ? AND deleted = 0")
                                                         : QStringLiteral("SELECT name FROM enterprises WHERE siren = ? AND deleted = 0"));
        n.addBindValue(scope.value);
        if (n.exec() && n.next())
            d.name = n.value(0).toString();
    }
    const QString est = establishments(scope);
    const QString first = QDate(year - 4, 1, 1).toString(Qt::ISODate), last = QDate(year, 12, 31).toString(Qt::ISODate);
    auto followed = counts(session,
                           QStringLiteral("SELECT 'n', count(DISTINCT em.worker_id) FROM employments em JOIN workers w ON w.id = em.worker_id"
                                          " AND w.deleted = 0 AND w.merged_into IS NULL WHERE em.deleted = 0 AND em.start_date <= ?2"
                                          " AND (em.end_date IS NULL OR em.end_date >= ?2) AND em.establishment_id IN (%1)")
                               .arg(est),
                           {scope.value, last});
    if (!followed)
        return followed.error();
    d.followedWorkers = followed.value().value(0).second;
    auto visits = counts(session,
                         QStringLiteral("SELECT substr(v.visit_date, 1, 4) || '|' || v.kind, count(*) FROM visits v WHERE v.deleted = 0"
                                        " AND v.status = 'done' AND v.visit_date BETWEEN ?2 AND ?3 AND (v.establishment_id IN (%1)"
                                        " OR (v.establishment_id IS NULL AND EXISTS (SELECT 1 FROM employments em WHERE em.worker_id = v.worker_id"
                                        " AND em.deleted = 0 AND em.establishment_id IN (%1) AND em.start_date <= v.visit_date"
                                        " AND (em.end_date IS NULL OR em.end_date >= v.visit_date)))) GROUP BY 1")
                             .arg(est),
                         {scope.value, first, last});
    if (!visits)
        return visits.error();
    auto actions = counts(session,
                          QStringLiteral("SELECT substr(a.action_date, 1, 4) || '|' || coalesce(a.code, upper(a.kind)), count(*) FROM workplace_actions a"
                                         " WHERE a.deleted = 0 AND a.action_date BETWEEN ?2 AND ?3 AND a.establishment_id IN (%1) GROUP BY 1")
                              .arg(est),
                          {scope.value, first, last});
    if (!actions)
        return actions.error();
    auto sheets = counts(session,
                         QStringLiteral("SELECT substr(v.validated_at, 1, 4), count(*) FROM companysheet_versions v WHERE v.deleted = 0"
                                        " AND substr(v.validated_at, 1, 10) BETWEEN ?2 AND ?3 AND v.establishment_id IN (%1) GROUP BY 1")
                             .arg(est),
                         {scope.value, first, last});
    if (!sheets)
        return sheets.error();
    for (int y = year - 4; y <= year; ++y) {
        CompanyYear cy;
        cy.year = y;
        const QString prefix = QString::number(y) + QLatin1Char('|');
        for (const auto& [key, n] : visits.value())
            if (key.startsWith(prefix))
                cy.visitsByKind.append({key.mid(prefix.size()), n});
        std::stable_sort(cy.visitsByKind.begin(), cy.visitsByKind.end(),
                         [](const auto& a, const auto& b) { return visitKindOrder(a.first) < visitKindOrder(b.first); });
        for (const auto& [key, n] : actions.value())
            if (key.startsWith(prefix))
                cy.actionsByCode.append({key.mid(prefix.size()), n});
        for (const auto& [key, n] : sheets.value())
            if (key == QString::number(y))
                cy.sheets = n;
        d.years << cy;
    }
    if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("read"), QStringLiteral("report.company"), {}, 0,
                                                     QStringLiteral("allowed"), QStringLiteral("scope=%1 year=%2").arg(scope.text()).arg(year)});
        !s)
        return s.error();
    return d;
}

} // namespace vigie::reports
