#pragma once
// Enrolling a workstation with the service's server (sync-design.md §4.8, issue 14 item 5), the same
// for `vigie-cli sync enroll` and the desktop's dialog: first the fingerprint the server presents,
// which a person compares with the one its administrator printed; then, with that certificate pinned,
// the user's password checked by the server, which returns the device's identity and credential.

#include "core/Clock.h"
#include "core/Result.h"
#include "sync/Protocol.h"

#include <QString>

namespace vigie::sync {

// The SHA-256 of the certificate the server at `url` presents (exit 6 when it cannot be reached).
core::Result<QString> presentedFingerprint(const QString& url);

struct EnrolRequest {
    QString databasePath; // a new device is created there when the file does not exist
    QString url;
    QString pinnedFingerprint;
    QString login;
    QString password;
    QString deviceName;
};

// Enrols with the pinned certificate. A new file becomes a device of its own (this user's key slot,
// the account as the server knows it); an existing database is enrolled when `login` signs in to it
// and it is not enrolled yet (audited there).
// `transport`: the HTTPS transport pinned to the fingerprint when null (tests pass their own).
class Transport;
core::Result<Enrolment> enrolDevice(const EnrolRequest& request, const core::Clock& clock, Transport* transport = nullptr);

} // namespace vigie::sync
