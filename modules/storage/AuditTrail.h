#pragma once
// The audit trail (security-requirements.md AUD-01/02, SEC-07): append-only — triggers refuse UPDATE
// and DELETE — and hash-chained: hash = SHA-256(prev_hash ‖ canonical record), so that an edit,
// a deletion or a reordering made behind the application's back breaks the chain at that record.

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace vigie::core {
class Clock;
}

namespace vigie::storage {

class Database;

struct AuditEvent {
    QString account;    // login of the acting account ("" for an unknown login)
    QString role;
    QString action;     // e.g. read, write, sign, print, export, login, key.show
    QString resource;   // e.g. dmst.part3, worker.search, account
    QString workerId;   // the worker concerned, if any
    int part = 0;       // DMST part 1..7, 0 when not a record part
    QString outcome;    // allowed, denied, success, failure
    QString detail;     // identifiers only: never a password, a key or health content
};

struct AuditRecord {
    qint64 seq = 0;
    QString at;
    AuditEvent event;
    QString prevHash;
    QString hash;
};

struct AuditVerification {
    bool intact = true;
    qint64 records = 0;
    qint64 firstBrokenSeq = 0; // 1-based index of the first record whose link is broken
};

namespace AuditTrail {
inline constexpr const char* GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
// Appends inside the caller's transaction if one is open, otherwise in its own.
core::Status append(Database& db, const AuditEvent& event, const core::Clock& clock);
core::Status appendAt(Database& db, const AuditEvent& event, const QDateTime& atUtc);
core::Result<AuditVerification> verify(Database& db);
QString hashOf(const QString& prevHash, qint64 seq, const QString& at, const AuditEvent& e);
} // namespace AuditTrail

} // namespace vigie::storage
