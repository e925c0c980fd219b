#pragma once
// The audit seal (issue 13, item 4): the head of the audit chain — record count and last hash —
// kept outside the database file, in "<database>.auditseal", authenticated with HMAC-SHA256 under a
// random seal key that only the key ring's password-wrapped part holds (KeyRing.h). Whoever holds the
// database key alone (`vigie-cli key show`) can rewrite the file's chain consistently, but cannot
// make a seal for the rewritten head: deleting the last records, or recomputing the chain, is found.
//
// The seal follows every committed write: a SQLite WAL hook (called after each commit, once the
// write lock is released) reads the chain's head and rewrites the seal when it moved. The seal can
// thus lag behind the chain by at most the transaction that was committing when the program died;
// it is never ahead of it, so a rolled-back transaction never raises a false alarm.
//
// When a session starts and the seal does not match the file (missing while the key ring says the
// database is sealed, forged, or describing records the file no longer has), the sealer does not
// overwrite it: the evidence stays for `audit verify`.

#include "core/Result.h"
#include "storage/SecretKey.h"

#include <QString>

struct sqlite3;

namespace vigie::storage {

class Database;

struct AuditHead {
    qint64 count = 0;
    QString hash; // hash of record `count` (the genesis hash when count is 0)
};

struct SealCheck {
    enum class State { Intact, Missing, Forged, Truncated, Rewritten };
    State state = State::Intact;
    AuditHead sealed;   // what the seal says (when it could be read)
    AuditHead current;  // what the file holds
    QString message;    // one line, for people: what is missing or changed
    bool intact() const { return state == State::Intact; }
};

namespace AuditSeal {
QString pathFor(const QString& databasePath);
core::Result<AuditHead> currentHead(Database& db);
// The hash of record `count` (the genesis hash for 0; empty when the file holds fewer records).
core::Result<QString> hashAtCount(Database& db, qint64 count);
core::Status write(const QString& sealPath, const SecretKey& sealKey, const AuditHead& head);
// Compares the file's chain with a head vouched for elsewhere (the seal; the server's copy of the last
// head this device sent, sync-design.md audit anchoring): Truncated when the file holds fewer records,
// Rewritten when record `vouched.count` is no longer the one vouched for, Intact otherwise (records
// added since are fine). The message is left to the caller, who knows the witness.
core::Result<SealCheck> compareWith(Database& db, const AuditHead& vouched);
// Compares the seal with the file's chain. `expectSeal`: the key ring says the database is sealed,
// so a missing seal file is tampering rather than an older database.
core::Result<SealCheck> check(Database& db, const SecretKey& sealKey, bool expectSeal = true);
} // namespace AuditSeal

// While one lives, the sealers of this process stop rewriting the seal after each commit and seal once
// when their session ends (or on sealNow()). For bulk fills only (the demo generator: thousands of
// sessions' commits, each seal a flushed file and a rename). Safe because a seal may lag behind the
// chain (records added since it are fine, never ahead): what goes unchecked is only the truncation of
// records written during the fill, by someone holding the database key at that moment.
class DeferredSealing
{
public:
    DeferredSealing();
    ~DeferredSealing();
    DeferredSealing(const DeferredSealing&) = delete;
    DeferredSealing& operator=(const DeferredSealing&) = delete;
    static bool active();
};

// Keeps the seal of one open database up to date (see above). Lives no longer than the database.
class AuditSealer
{
public:
    AuditSealer(Database& db, const SecretKey& sealKey, bool expectSeal);
    ~AuditSealer();
    AuditSealer(const AuditSealer&) = delete;
    AuditSealer& operator=(const AuditSealer&) = delete;

    // The seal matched the file when the session began (otherwise it is left as evidence).
    bool trusted() const { return m_trusted; }
    const SealCheck& initialCheck() const { return m_initial; }
    const SecretKey& sealKey() const { return m_key; }
    // Seals the current head now (no-op when not trusted or unchanged).
    core::Status sealNow();
    qint64 sealsWritten() const { return m_written; }

private:
    static int onWalCommit(void* self, sqlite3* handle, const char* dbName, int pages);

    Database& m_db;
    SecretKey m_key;
    QString m_path;
    SealCheck m_initial;
    bool m_trusted = false;
    AuditHead m_last;
    qint64 m_written = 0;
};

} // namespace vigie::storage
