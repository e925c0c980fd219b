#pragma once
// The fault-injection harness of synchronisation (issue 15, sync-design.md §5.1 and §6.3 L2): one
// service server and desktops of different roles in one process, a seeded schedule of edits and
// synchronisations under faults, then the invariants.
//
// A template is built once per process: the demo service (`vigie-server demo`, small) with six
// desktops enrolled and synchronised. Each run copies it, so that a run costs seconds, and plays a
// schedule drawn from its seed alone: one seed replays one run exactly (the same edits, faults and
// outcomes; only the random bytes of new identifiers differ).
//
// Faults: requests dropped, delayed and delivered late out of order, duplicated, answers lost after
// the server committed, partitions; a desktop killed (SIGKILL, in a forked child) while pushing or
// while applying a pull page; the server killed (SIGKILL) in the middle of a push's transaction;
// the server restored from an older backup (a new epoch); a desktop whose clock is hours wrong.
//
// Invariants checked after each run, once every fault has healed:
// - no outbox entry left pending: each is acknowledged or quarantined (G1);
// - every acknowledged mutation is applied on the server at the server_seq the desktop holds, every
//   quarantined one is in the server's quarantine, every row a desktop wrote is on the server
//   unless its write was quarantined (no acknowledged write missing);
// - no mutation applied twice (G2);
// - every desktop holds exactly the server's projection of its user's scopes: the same rows with the
//   same values, nothing more (G3 convergence, G9 no leakage);
// - every audit chain verifies, on each desktop and on the server.

#include "core/Result.h"
#include "storage/SecretKey.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace vigie::soak {

struct DesktopSpec {
    QString login;
    QString file;           // relative to the run's folder
    storage::SecretKey key; // the database key and the audit seal's key, unlocked once
    storage::SecretKey sealKey;
    QString deviceId, credential;             // the desktop
    QString oracleDeviceId, oracleCredential; // a device of the same user that never syncs: it reads the projection
};

struct Template {
    QString dir;
    QDateTime start;
    QList<DesktopSpec> desktops;
    // Builds the template in `dir` with the programs of `binDir`; errors name the step that failed.
    static core::Result<Template> build(const QString& dir, const QString& binDir);
};

struct RunReport {
    quint64 seed = 0;
    QStringList violations;
    QStringList schedule; // what happened, step by step (printed for a failing seed)
    QString summary;      // one line of counts
    bool ok() const { return violations.isEmpty(); }
};

RunReport runOnce(const Template& world, quint64 seed, const QString& runDir);

} // namespace vigie::soak
