#include "reports/SurveyStore.h"

#include "security/PolicyStore.h"
#include "security/Session.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace vigie::reports {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {
}

Result<int> SurveyStore::recordAnswers(security::Session& session, const QList<SatisfactionAnswer>& answers, const QString& batch)
{
    const security::Role role = session.account().role;
    if (role != security::Role::Director && role != security::Role::Admin) {
        if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("write"), QStringLiteral("satisfaction"), {}, 0,
                                                         QStringLiteral("denied"), QStringLiteral("reason=role")});
            !s)
            return s.error();
        return Error{ErrorCode::Denied, QCoreApplication::translate("vigie::reports", "Satisfaction answers are recorded by the director or the administrator")};
    }
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    for (const SatisfactionAnswer& a : answers) {
        if (Status s = validateAnswer(a, session.clock().today()); !s)
            return s.error();
        QVariant establishment(QMetaType(QMetaType::QString));
        if (!a.siret.isEmpty()) {
            QSqlQuery e(session.db().sql());
            e.setForwardOnly(true);
            e.prepare(QStringLiteral("SELECT id FROM establishments WHERE siret = ? AND deleted = 0"));
            e.addBindValue(a.siret);
            if (!e.exec())
                return storage::sqlFailure(e);
            if (!e.next())
                return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::reports", "No member establishment has the SIRET %1").arg(a.siret)};
            establishment = e.value(0);
        }
        QSqlQuery q(session.db().sql());
        q.prepare(QStringLiteral("INSERT INTO satisfaction_answers(id, question, answered_on, score, establishment_id, source, batch, "
                                 "recorded_at, recorded_by, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(session.newId());
        q.addBindValue(a.question);
        q.addBindValue(a.answeredOn.toString(Qt::ISODate));
        q.addBindValue(a.score);
        q.addBindValue(establishment);
        q.addBindValue(batch.isEmpty() ? QStringLiteral("manual") : QStringLiteral("import"));
        q.addBindValue(batch);
        q.addBindValue(session.clock().nowUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(session.account().id);
        q.addBindValue(session.nextHlc());
        q.addBindValue(session.account().id);
        if (!q.exec())
            return storage::sqlFailure(q);
    }
    if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("write"), QStringLiteral("satisfaction"), {}, 0,
                                                     QStringLiteral("allowed"),
                                                     QStringLiteral("answers=%1 batch=%2").arg(answers.size()).arg(batch)});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(answers.size());
}

Status SurveyStore::noteLongTermCondition(security::Session& session, const QString& workerId, const QDate& notedOn)
{
    if (Status s = security::PolicyStore::require(session, security::Action::Write, workerId, 3); !s)
        return s;
    if (!notedOn.isValid() || notedOn > session.clock().today())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::reports", "The date of a long-term condition must be a past day"));
    QSqlQuery open(session.db().sql());
    open.setForwardOnly(true);
    open.prepare(QStringLiteral("SELECT 1 FROM dmst_long_term_conditions WHERE worker_id = ? AND ended_on IS NULL AND deleted = 0"));
    open.addBindValue(workerId);
    if (!open.exec())
        return storage::sqlFailure(open);
    if (open.next())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::reports", "This record already notes a long-term condition in force"));
    open.finish();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO dmst_long_term_conditions(id, worker_id, noted_on, noted_by, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QString& v : {session.newId(), workerId, notedOn.toString(Qt::ISODate), session.account().id, session.nextHlc(),
                             session.account().id})
        q.addBindValue(v);
    if (!q.exec())
        return storage::sqlFailure(q);
    return {};
}

Status SurveyStore::endLongTermCondition(security::Session& session, const QString& workerId, const QDate& endedOn)
{
    if (Status s = security::PolicyStore::require(session, security::Action::Write, workerId, 3); !s)
        return s;
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("UPDATE dmst_long_term_conditions SET ended_on = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                             "WHERE worker_id = ? AND ended_on IS NULL AND deleted = 0 AND noted_on <= ?"));
    for (const QString& v : {endedOn.toString(Qt::ISODate), session.nextHlc(), session.account().id, workerId, endedOn.toString(Qt::ISODate)})
        q.addBindValue(v);
    if (!q.exec())
        return storage::sqlFailure(q);
    if (q.numRowsAffected() < 1)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::reports", "This record notes no long-term condition in force on that day"));
    return {};
}

} // namespace vigie::reports
