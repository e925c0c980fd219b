#pragma once
// The messages of the synchronisation protocol (sync-design.md §4.6), as JSON: one client mutation
// (one captured row change of `_outbox`), the push request and its per-mutation results, the pull page.
// Pure value types; the HTTP transport is elsewhere (HttpsClient, app/server).

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vigie::sync {

inline constexpr const char* PushPath = "/sync/v1/push";
inline constexpr const char* PullPath = "/sync/v1/pull";
inline constexpr const char* EnrollPath = "/sync/v1/enroll";
// The server's epoch (a new one after a restore) and its last server_seq; no credentials needed.
inline constexpr const char* HelloPath = "/sync/v1/hello";
// Audit anchoring: POST the head of the device's audit chain, GET the last one the server kept.
inline constexpr const char* AnchorPath = "/sync/v1/anchor";

struct Mutation {
    QString mutationId;   // unique per device (the outbox's mutation_id)
    QString table;
    QString rowId;
    QString op;           // I, U or D
    qint64 rowVersion = 0;
    QString hlc;
    QString updatedBy;
    QJsonObject payload;  // the whole row (columns → values); empty for a delete

    QJsonObject toJson() const;
    static Mutation fromJson(const QJsonObject& o);
};

struct PushRequest {
    QString deviceId;
    QList<Mutation> mutations; // one client transaction: applied all or none
    // The schema the rows were written in (sync-design.md §4.8): an older one is accepted (the columns
    // it lacks keep their defaults, or their values on an update); a newer one waits for the server's
    // update. 0: a device that does not say (before this field), taken as compatible.
    int schemaVersion = 0;
    QJsonObject toJson() const;
    static PushRequest fromJson(const QJsonObject& o);
};

struct MutationResult {
    QString mutationId;
    QString status;       // applied | duplicate | rejected
    qint64 serverSeq = 0; // the server transaction that applied it (the first one, for a duplicate)
    QString reason;
};

struct PushResponse {
    qint64 serverSeq = 0; // 0 when the request applied nothing new
    QList<MutationResult> results;
    QJsonObject toJson() const;
    static PushResponse fromJson(const QJsonObject& o);
};

struct Change {
    qint64 serverSeq = 0;
    int ord = 0;
    QString table;
    QString rowId;
    QString op;
    qint64 rowVersion = 0;
    QJsonObject payload;
};

struct PullPage {
    QString epoch;
    QList<Change> changes;  // whole server transactions only, in server_seq order
    qint64 cursor = 0;      // the last server_seq this page covers (changes withheld from the device included)
    bool more = false;
    // What the user may hold, as a fingerprint (role, teams, protocols, live delegations, the teams'
    // establishments): when it changes, the device leaves the scopes it lost (SyncClient).
    QString scope;
    // The server's schema: a device whose schema is older does not apply the page (it could not
    // hold the new columns or tables) and asks for its own update; it still pushes meanwhile.
    int schemaVersion = 0;
    QJsonObject toJson() const;
    static PullPage fromJson(const QJsonObject& o);
};

// The head of a device's audit chain (record count and the hash of the last record), sent with each
// synchronisation and kept by the server: a witness outside the workstation, which finds a local
// chain truncated or rewritten since (sync-design.md, issue 15 item 6).
struct AuditAnchor {
    qint64 count = 0;
    QString hash;
    // Sent with a new head: the device's hash of the record the server's last kept head ends on, so
    // that the server sees a chain recomputed since even when it grew (-1: not sent).
    qint64 keptCount = -1;
    QString hashAtKept;
    QString receivedAt; // set by the server
    QJsonObject toJson() const;
    static AuditAnchor fromJson(const QJsonObject& o);
};

struct Enrolment {
    QString deviceId;
    QString credential;   // the device's secret, shown once; the server keeps its SHA-256 only
    QString epoch;
    QString accountId;
    QString login;
    QString displayName;
    QString role;
    QJsonObject toJson() const;
    static Enrolment fromJson(const QJsonObject& o);
};

} // namespace vigie::sync
