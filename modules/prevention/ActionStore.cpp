#include "prevention/ActionStore.h"

#include "membership/EstablishmentStore.h"
#include "security/AccessPolicy.h"
#include "security/PolicyStore.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace vigie::prevention {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using security::Session;

namespace {
const QString Resource = QStringLiteral("workplace_action");

using storage::sqlFailure; // a failed query as a storage error (storage/Database.h)

Status audited(Session& session, const QString& action, const QString& detail)
{
    return session.audit(storage::AuditEvent{{}, {}, action, Resource, {}, 0, QStringLiteral("allowed"), detail});
}

Status requireModule(Session& session) { return security::PolicyStore::requireModule(session, security::Module::CompanySheets); }

// The establishment in reach (refusals audited by EstablishmentStore).
Status requireEstablishment(Session& session, const QString& establishmentId)
{
    if (Status s = requireModule(session); !s)
        return s;
    if (auto m = membership::EstablishmentStore::load(session, establishmentId); !m)
        return m.error();
    return {};
}

Result<QString> accountIdOf(Session& session, const QString& login)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, role FROM accounts WHERE login = ? AND active = 1 AND deleted = 0"));
    q.addBindValue(login.trimmed());
    if (!q.exec())
        return sqlFailure(q);
    const auto role = q.next() ? security::roleFromCode(q.value(1).toString()) : std::nullopt;
    if (!role || !security::AccessPolicy::canUseModule(*role, security::Module::CompanySheets).allowed)
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vigie::prevention", "%1 is not a professional of the multidisciplinary team").arg(login)};
    return q.value(0).toString();
}
} // namespace

Result<QString> ActionStore::record(Session& session, const WorkplaceAction& action, const std::optional<ReportFile>& report)
{
    if (Status s = requireEstablishment(session, action.establishmentId); !s)
        return s.error();
    if (Status s = validateAction(action, session.clock().today()); !s)
        return s.error();
    QStringList professionals;
    for (const QString& login : action.professionals) {
        auto id = accountIdOf(session, login);
        if (!id)
            return id.error();
        if (!professionals.contains(id.value()))
            professionals << id.value();
    }
    QVariant versionId(QMetaType(QMetaType::QString));
    if (action.sheetVersion > 0) {
        QSqlQuery v(session.db().sql());
        v.setForwardOnly(true);
        v.prepare(QStringLiteral("SELECT id FROM companysheet_versions WHERE establishment_id = ? AND number = ? AND deleted = 0"));
        v.addBindValue(action.establishmentId);
        v.addBindValue(action.sheetVersion);
        if (!v.exec())
            return sqlFailure(v);
        if (!v.next())
            return Error{ErrorCode::Invalid,
                         QCoreApplication::translate("vigie::prevention", "This establishment has no company sheet version %1").arg(action.sheetVersion)};
        versionId = v.value(0);
    }
    if (report)
        if (auto checked = reportOf(report->fileName, report->content); !checked)
            return checked.error();
    // Named participants: workers known to the service (not a merged-away identity).
    QStringList workers;
    for (const QString& workerId : action.participantWorkers) {
        QSqlQuery w(session.db().sql());
        w.setForwardOnly(true);
        w.prepare(QStringLiteral("SELECT 1 FROM workers WHERE id = ? AND deleted = 0 AND merged_into IS NULL"));
        w.addBindValue(workerId.trimmed());
        if (!w.exec())
            return sqlFailure(w);
        if (!w.next())
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::prevention", "Unknown worker %1").arg(workerId)};
        if (!workers.contains(workerId.trimmed()))
            workers << workerId.trimmed();
    }
    const QString code = action.effectiveCode();
    const ActionKind family = action.code.isEmpty() ? action.kind : familyOf(code);

    const QString id = session.newId();
    const QString now = session.clock().nowUtc().toString(Qt::ISODateWithMs);
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO workplace_actions(id, establishment_id, kind, code, action_date, title, participants, participant_names, "
                             "notes, sheet_version_id, recorded_at, recorded_by, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(action.establishmentId);
    q.addBindValue(kindCode(family));
    q.addBindValue(code);
    q.addBindValue(action.date.toString(Qt::ISODate));
    q.addBindValue(action.title.trimmed());
    q.addBindValue(action.participants);
    q.addBindValue(action.participantNames.trimmed());
    q.addBindValue(action.notes.trimmed());
    q.addBindValue(versionId);
    q.addBindValue(now);
    q.addBindValue(session.account().id);
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    if (!q.exec())
        return sqlFailure(q);
    for (const QString& accountId : std::as_const(professionals)) {
        QSqlQuery p(session.db().sql());
        p.prepare(QStringLiteral("INSERT INTO workplace_action_professionals(id, action_id, account_id, hlc, updated_by) VALUES (?, ?, ?, ?, ?)"));
        for (const QString& v : {session.newId(), id, accountId, session.nextHlc(), session.account().id})
            p.addBindValue(v);
        if (!p.exec())
            return sqlFailure(p);
    }
    for (const QString& workerId : std::as_const(workers)) {
        QSqlQuery p(session.db().sql());
        p.prepare(QStringLiteral("INSERT INTO workplace_action_participants(id, action_id, worker_id, hlc, updated_by) VALUES (?, ?, ?, ?, ?)"));
        for (const QString& v : {session.newId(), id, workerId, session.nextHlc(), session.account().id})
            p.addBindValue(v);
        if (!p.exec())
            return sqlFailure(p);
    }
    if (report) {
        const ReportFile r = reportOf(report->fileName, report->content).value();
        QSqlQuery f(session.db().sql());
        f.prepare(QStringLiteral("INSERT INTO workplace_action_reports(id, action_id, file_name, media_type, size, sha256, content, hlc, "
                                 "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        f.addBindValue(session.newId());
        f.addBindValue(id);
        f.addBindValue(r.fileName);
        f.addBindValue(r.mediaType);
        f.addBindValue(qint64(r.content.size()));
        f.addBindValue(r.sha256);
        f.addBindValue(r.content);
        f.addBindValue(session.nextHlc());
        f.addBindValue(session.account().id);
        if (!f.exec())
            return sqlFailure(f);
    }
    if (Status s = audited(session, QStringLiteral("write"),
                           QStringLiteral("establishment=%1 action=%2 kind=%3 code=%4 named=%5")
                               .arg(action.establishmentId, id, kindCode(family), code)
                               .arg(workers.size()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<ActionSummary>> ActionStore::list(Session& session, const QString& establishmentId)
{
    if (Status s = requireEstablishment(session, establishmentId); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.kind, a.action_date, a.title, a.participants, a.participant_names, a.notes, v.number, "
                             "r.file_name, r.size, coalesce(a.code, ''), "
                             "(SELECT count(DISTINCT x.worker_id) FROM workplace_action_participants x WHERE x.action_id = a.id AND x.deleted = 0) "
                             "FROM workplace_actions a "
                             "LEFT JOIN companysheet_versions v ON v.id = a.sheet_version_id "
                             "LEFT JOIN workplace_action_reports r ON r.action_id = a.id AND r.deleted = 0 "
                             "WHERE a.establishment_id = ? AND a.deleted = 0 ORDER BY a.action_date DESC, a.recorded_at DESC"));
    q.addBindValue(establishmentId);
    if (!q.exec())
        return sqlFailure(q);
    QList<ActionSummary> out;
    while (q.next())
        out << ActionSummary{q.value(0).toString(), kindFromCode(q.value(1).toString()).value_or(ActionKind::Advice),
                             QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString(), q.value(4).toInt(),
                             q.value(5).toString(), q.value(6).toString(), {}, q.value(7).toInt(), q.value(8).toString(),
                             q.value(9).toLongLong(), q.value(10).toString(), q.value(11).toInt()};
    for (ActionSummary& a : out)
        if (a.code.isEmpty())
            a.code = codeOfKind(a.kind);
    q.finish();
    for (ActionSummary& a : out) {
        QSqlQuery p(session.db().sql());
        p.setForwardOnly(true);
        p.prepare(QStringLiteral("SELECT c.display_name FROM workplace_action_professionals p JOIN accounts c ON c.id = p.account_id "
                                 "WHERE p.action_id = ? AND p.deleted = 0 ORDER BY c.display_name"));
        p.addBindValue(a.id);
        if (!p.exec())
            return sqlFailure(p);
        while (p.next())
            a.professionals << p.value(0).toString();
    }
    return out;
}

Result<ReportFile> ActionStore::report(Session& session, const QString& actionId)
{
    QSqlQuery e(session.db().sql());
    e.setForwardOnly(true);
    e.prepare(QStringLiteral("SELECT establishment_id FROM workplace_actions WHERE id = ? AND deleted = 0"));
    e.addBindValue(actionId);
    if (!e.exec())
        return sqlFailure(e);
    if (!e.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::prevention", "Unknown workplace action: %1").arg(actionId)};
    const QString establishmentId = e.value(0).toString();
    e.finish();
    if (Status s = requireEstablishment(session, establishmentId); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT file_name, media_type, content, sha256 FROM workplace_action_reports WHERE action_id = ? AND deleted = 0"));
    q.addBindValue(actionId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::prevention", "This workplace action has no report")};
    ReportFile r{q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray(), q.value(3).toString()};
    q.finish();
    if (Status s = audited(session, QStringLiteral("read"), QStringLiteral("action=%1 report").arg(actionId)); !s)
        return s.error();
    return r;
}

Result<QList<QPair<QString, qint64>>> ActionStore::countsByKind(Session& session, const QDate& from, const QDate& to)
{
    if (Status s = requireModule(session); !s)
        return s.error();
    auto reachable = membership::EstablishmentStore::list(session, 10000000);
    if (!reachable)
        return reachable.error();
    QSet<QString> ids;
    for (const auto& e : reachable.value())
        ids.insert(e.id);
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT establishment_id, kind, count(*) FROM workplace_actions WHERE deleted = 0 AND action_date BETWEEN ? AND ? "
                             "GROUP BY establishment_id, kind"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return sqlFailure(q);
    QHash<QString, qint64> byKind;
    while (q.next())
        if (ids.contains(q.value(0).toString()))
            byKind[q.value(1).toString()] += q.value(2).toLongLong();
    QList<QPair<QString, qint64>> out;
    for (ActionKind k : allKinds())
        out.append({kindCode(k), byKind.value(kindCode(k))});
    return out;
}

} // namespace vigie::prevention
