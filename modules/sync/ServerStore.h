#pragma once
// The service server's store behind one interface (sync-design.md §4.5): accounts and devices, the
// change log with its commit-ordered, gap-free server_seq, and the exactly-once table
// applied_mutation. EmbeddedServerStore implements it on the project's SQLCipher storage; a
// PostgreSQL implementation is to come behind the same interface.

#include "core/Result.h"
#include "sync/Protocol.h"

#include <QDateTime>
#include <QList>

namespace vigie::sync {

struct Device {
    QString id;
    QString accountId;
    QString login;
    QString name;
    QString enrolledAt;
    QString lastSeen;
    bool revoked = false;
};

class ServerStore
{
public:
    virtual ~ServerStore() = default;

    // The user's password checked by the server; a new device and its credential. AuthFailed when
    // the login, the password or the account is wrong or disabled (one message for all).
    virtual core::Result<Enrolment> enroll(const QString& login, const QString& password, const QString& deviceName) = 0;
    // The device of a request: AuthFailed for an unknown device or a wrong credential, Denied
    // (with the device id in the message) for a revoked device or a disabled account.
    virtual core::Result<Device> authenticate(const QString& deviceId, const QString& credential) = 0;
    // Applies one client transaction in one server transaction, exactly once per (device, mutation).
    virtual core::Result<PushResponse> push(const Device& device, const PushRequest& request) = 0;
    // Whole server transactions after `cursor`, at most about `limit` changes, filtered for the device's user.
    // The device's own changes are left out (it holds them), unless `includeOwn`: after it left its
    // scopes and reads them again from the start, it holds none of them any more.
    virtual core::Result<PullPage> pull(const Device& device, qint64 cursor, int limit, bool includeOwn = false) = 0;

    // Keeps the head of the device's audit chain; a head behind the last one kept (fewer records, or
    // another hash for the same count) is kept too, and audited as an alert.
    virtual core::Status anchor(const Device& device, const AuditAnchor& head) = 0;
    // The last head kept for the device (count 0 and the genesis hash when none).
    virtual core::Result<AuditAnchor> lastAnchor(const Device& device) = 0;

    virtual core::Result<QList<Device>> devices() = 0;
    virtual core::Status revoke(const QString& deviceId) = 0;
    virtual core::Result<qint64> lastServerSeq() = 0;
    virtual QString epoch() = 0;
    // The last server_seq the store held when its epoch began (a restore); 0 for the first epoch.
    virtual qint64 epochBase() = 0;
};

} // namespace vigie::sync
