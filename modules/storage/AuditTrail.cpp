#include "storage/AuditTrail.h"

#include "core/Clock.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace vigie::storage {
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {
// Unit separator between fields: it cannot appear in the identifiers the trail holds, so two
// different records can never produce the same canonical text.
constexpr QChar Sep = QChar(0x1f);

Status insert(Database& db, const AuditEvent& e, const QString& at)
{
    QSqlQuery last(db.sql());
    last.setForwardOnly(true);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM _audit ORDER BY seq DESC LIMIT 1")))
        return Status::fail(ErrorCode::Storage, sqlErrorText(last));
    qint64 seq = 1;
    QString prev = QString::fromLatin1(AuditTrail::GenesisHash);
    if (last.next()) {
        seq = last.value(0).toLongLong() + 1;
        prev = last.value(1).toString();
    }
    last.finish();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO _audit(seq, at, account, role, action, resource, worker_id, part, outcome, "
                             "detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& v : {QVariant(seq), QVariant(at), QVariant(e.account), QVariant(e.role), QVariant(e.action),
                              QVariant(e.resource), QVariant(e.workerId), QVariant(e.part), QVariant(e.outcome),
                              QVariant(e.detail), QVariant(prev), QVariant(AuditTrail::hashOf(prev, seq, at, e))})
        q.addBindValue(v);
    if (!q.exec())
        return Status::fail(ErrorCode::Storage, sqlErrorText(q));
    return {};
}

bool inTransaction(Database& db) { return sqlite3_get_autocommit(db.handle()) == 0; }
} // namespace

QString AuditTrail::hashOf(const QString& prevHash, qint64 seq, const QString& at, const AuditEvent& e)
{
    const QString canonical = QStringList{prevHash, QString::number(seq), at, e.account, e.role, e.action, e.resource,
                                          e.workerId, QString::number(e.part), e.outcome, e.detail}
                                  .join(Sep);
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Status AuditTrail::appendAt(Database& db, const AuditEvent& event, const QDateTime& atUtc)
{
    const QString at = atUtc.toUTC().toString(Qt::ISODateWithMs);
    if (!db.sql().driver()->isOpen())
        return Status::fail(ErrorCode::Storage, QStringLiteral("database closed"));
    // Inside the caller's transaction the record commits or rolls back with the action it traces.
    if (inTransaction(db))
        return insert(db, event, at);
    Transaction tx(db);
    if (!tx.active())
        return Status::fail(ErrorCode::Storage, QStringLiteral("audit: database busy"));
    if (Status s = insert(db, event, at); !s)
        return s;
    return tx.commit();
}

Status AuditTrail::append(Database& db, const AuditEvent& event, const core::Clock& clock)
{
    return appendAt(db, event, clock.nowUtc());
}

Result<AuditVerification> AuditTrail::verify(Database& db)
{
    AuditVerification v;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at, account, role, action, resource, worker_id, part, outcome, detail, "
                               "prev_hash, hash FROM _audit ORDER BY seq")))
        return Result<AuditVerification>::fail(ErrorCode::Storage, sqlErrorText(q));
    QString expectedPrev = QString::fromLatin1(GenesisHash);
    qint64 index = 0;
    while (q.next()) {
        ++index;
        AuditEvent e{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toInt(),    q.value(8).toString(), q.value(9).toString()};
        const qint64 seq = q.value(0).toLongLong();
        const QString prev = q.value(10).toString();
        const QString hash = q.value(11).toString();
        // A record is sound when it sits at its place, links to its predecessor and hashes to itself.
        const bool sound = seq == index && prev == expectedPrev && hashOf(prev, seq, q.value(1).toString(), e) == hash;
        if (!sound && v.intact) {
            v.intact = false;
            v.firstBrokenSeq = index;
        }
        expectedPrev = hash;
    }
    v.records = index;
    return Result<AuditVerification>(v);
}

} // namespace vigie::storage
