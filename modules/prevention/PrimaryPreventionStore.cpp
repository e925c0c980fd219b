#include "prevention/PrimaryPreventionStore.h"

#include "membership/EstablishmentStore.h"
#include "security/AccessPolicy.h"
#include "security/PolicyStore.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace vigie::prevention {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using security::Session;
using storage::sqlFailure;

namespace {
const QString Resource = QStringLiteral("prevention.settings");

Status settingsAudit(Session& session, const QString& outcome, const QString& detail)
{
    return session.audit(storage::AuditEvent{{}, {}, QStringLiteral("write"), Resource, {}, 0, outcome, detail});
}

bool isAdmin(Session& session)
{
    return security::AccessPolicy::canUseModule(session.account().role, security::Module::Administration).allowed;
}

Status requireModule(Session& session) { return security::PolicyStore::requireModule(session, security::Module::CompanySheets); }

Result<int> readYears(Session& session)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT primary_prevention_years FROM prevention_settings WHERE deleted = 0 ORDER BY id LIMIT 1")))
        return sqlFailure(q);
    if (!q.next())
        return DefaultPrimaryPreventionYears;
    const int years = q.value(0).toInt();
    return checkPrimaryPreventionYears(years) ? years : DefaultPrimaryPreventionYears;
}

// The primary-prevention actions of the establishments (all when `establishmentId` is empty), each
// code's latest date per establishment: enough for primaryPreventionStatus().
Result<QHash<QString, QList<DatedAction>>> latestActions(Session& session, const QString& establishmentId)
{
    const QStringList codes = primaryPreventionCodes();
    QString marks;
    for (qsizetype i = 0; i < codes.size(); ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT establishment_id, code, max(action_date) FROM workplace_actions WHERE deleted = 0 AND code IN (%1)%2 "
                             "GROUP BY establishment_id, code")
                  .arg(marks, establishmentId.isEmpty() ? QString() : QStringLiteral(" AND establishment_id = ?")));
    for (const QString& c : codes)
        q.addBindValue(c);
    if (!establishmentId.isEmpty())
        q.addBindValue(establishmentId);
    if (!q.exec())
        return sqlFailure(q);
    QHash<QString, QList<DatedAction>> out;
    while (q.next())
        out[q.value(0).toString()] << DatedAction{q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate)};
    return out;
}
} // namespace

Result<int> PrimaryPreventionStore::intervalYears(Session& session)
{
    if (!isAdmin(session))
        if (Status s = requireModule(session); !s)
            return s.error();
    return readYears(session);
}

Status PrimaryPreventionStore::setIntervalYears(Session& session, int years)
{
    if (!isAdmin(session)) {
        if (Status s = settingsAudit(session, QStringLiteral("denied"), QStringLiteral("reason=role")); !s)
            return s;
        return Error{ErrorCode::Denied, QCoreApplication::translate("vigie::prevention",
                                                                    "Access refused: only the administrator changes the primary-prevention interval")};
    }
    if (Status s = checkPrimaryPreventionYears(years); !s)
        return s;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("UPDATE prevention_settings SET primary_prevention_years = ?, row_version = row_version + 1, hlc = ?, "
                             "updated_by = ? WHERE deleted = 0"));
    q.addBindValue(years);
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    if (!q.exec())
        return sqlFailure(q);
    if (q.numRowsAffected() == 0) {
        QSqlQuery i(session.db().sql());
        i.prepare(QStringLiteral("INSERT INTO prevention_settings(id, primary_prevention_years, hlc, updated_by) VALUES (?, ?, ?, ?)"));
        i.addBindValue(session.newId());
        i.addBindValue(years);
        i.addBindValue(session.nextHlc());
        i.addBindValue(session.account().id);
        if (!i.exec())
            return sqlFailure(i);
    }
    if (Status s = settingsAudit(session, QStringLiteral("allowed"), QStringLiteral("primary_prevention_years=%1").arg(years)); !s)
        return s;
    return tx.commit();
}

Result<PrimaryPreventionStatus> PrimaryPreventionStore::status(Session& session, const QString& establishmentId)
{
    if (Status s = requireModule(session); !s)
        return s.error();
    auto member = membership::EstablishmentStore::load(session, establishmentId); // in reach (refusals audited)
    if (!member)
        return member.error();
    auto years = readYears(session);
    if (!years)
        return years.error();
    auto actions = latestActions(session, establishmentId);
    if (!actions)
        return actions.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT member_since FROM establishments WHERE id = ?"));
    q.addBindValue(establishmentId);
    if (!q.exec())
        return sqlFailure(q);
    const QDate since = q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
    return primaryPreventionStatus(actions.value().value(establishmentId), since, years.value(), session.clock().today());
}

Result<QList<EstablishmentWithout>> PrimaryPreventionStore::withoutAction(Session& session)
{
    if (Status s = requireModule(session); !s)
        return s.error();
    auto reachable = membership::EstablishmentStore::list(session, 10000000);
    if (!reachable)
        return reachable.error();
    QSet<QString> ids;
    for (const auto& e : reachable.value())
        ids.insert(e.id);
    auto years = readYears(session);
    if (!years)
        return years.error();
    auto actions = latestActions(session, {});
    if (!actions)
        return actions.error();
    const QDate today = session.clock().today();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, siret, name, coalesce(city, ''), member_since FROM establishments "
                               "WHERE deleted = 0 AND status = 'active'")))
        return sqlFailure(q);
    QList<EstablishmentWithout> out;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!ids.contains(id))
            continue;
        const PrimaryPreventionStatus st =
            primaryPreventionStatus(actions.value().value(id), QDate::fromString(q.value(4).toString(), Qt::ISODate), years.value(), today);
        if (!st.inWindow)
            out << EstablishmentWithout{id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), st};
    }
    std::sort(out.begin(), out.end(), [](const EstablishmentWithout& a, const EstablishmentWithout& b) {
        if (a.status.due != b.status.due) // the most overdue first; no date at all last
            return a.status.due.isValid() && (!b.status.due.isValid() || a.status.due < b.status.due);
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("read"), QStringLiteral("workplace_action"), {}, 0,
                                                     QStringLiteral("allowed"),
                                                     QStringLiteral("primary_prevention_missing=%1").arg(out.size())});
        !s)
        return s.error();
    return out;
}

} // namespace vigie::prevention
