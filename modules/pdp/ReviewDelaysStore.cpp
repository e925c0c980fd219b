// PdpStore::reviewDelays and setReviewDelays (PdpStore.h): the service's delays of the job-retention
// reviews, one row of pdp_settings (0031).
#include "pdp/PdpStore.h"

#include "storage/AuditTrail.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace vigie::pdp {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {
Status settingsAudit(security::Session& session, const QString& outcome, const QString& detail)
{
    return session.audit(storage::AuditEvent{{}, {}, QStringLiteral("write"), QStringLiteral("pdp.settings"), {}, 0, outcome, detail});
}
} // namespace

Result<ReviewDelays> PdpStore::reviewDelays(security::Session& session)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT first_social_months, second_social_months, outcome_months FROM pdp_settings WHERE deleted = 0 "
                               "ORDER BY id LIMIT 1")))
        return storage::sqlFailure(q);
    ReviewDelays d;
    if (q.next()) {
        d.firstSocialMonths = q.value(0).toInt();
        d.secondSocialMonths = q.value(1).toInt();
        d.outcomeMonths = q.value(2).toInt();
    }
    return d;
}

Status PdpStore::setReviewDelays(security::Session& session, const ReviewDelays& delays)
{
    const QString detail = QStringLiteral("first_social=%1 second_social=%2 outcome=%3")
                               .arg(delays.firstSocialMonths)
                               .arg(delays.secondSocialMonths)
                               .arg(delays.outcomeMonths);
    if (session.account().role != security::Role::Admin) {
        if (Status s = settingsAudit(session, QStringLiteral("denied"), QStringLiteral("reason=role")); !s)
            return s;
        return Error{ErrorCode::Denied,
                     QCoreApplication::translate("vigie::pdp", "Access refused: only the administrator changes the delays of the job-retention reviews")};
    }
    if (Status s = checkReviewDelays(delays); !s)
        return s;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("UPDATE pdp_settings SET first_social_months = ?, second_social_months = ?, outcome_months = ?, "
                             "row_version = row_version + 1, hlc = ?, updated_by = ? WHERE deleted = 0"));
    q.addBindValue(delays.firstSocialMonths);
    q.addBindValue(delays.secondSocialMonths);
    q.addBindValue(delays.outcomeMonths);
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    if (!q.exec())
        return storage::sqlFailure(q);
    if (q.numRowsAffected() == 0) {
        QSqlQuery i(session.db().sql());
        i.prepare(QStringLiteral("INSERT INTO pdp_settings(id, first_social_months, second_social_months, outcome_months, hlc, updated_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        i.addBindValue(session.newId());
        i.addBindValue(delays.firstSocialMonths);
        i.addBindValue(delays.secondSocialMonths);
        i.addBindValue(delays.outcomeMonths);
        i.addBindValue(session.nextHlc());
        i.addBindValue(session.account().id);
        if (!i.exec())
            return storage::sqlFailure(i);
    }
    if (Status s = settingsAudit(session, QStringLiteral("allowed"), detail); !s)
        return s;
    return tx.commit();
}

} // namespace vigie::pdp
