#pragma once
// The idle lock of a desktop session (security-requirements.md SESS-01/02): after a delay without
// input (15 min by default, never more than 30) every piece of data is hidden until the password is
// typed again; after 12 hours since the full sign-in, only a full sign-in will do. Pure rules here;
// the unlock check against the key ring and its audit in unlock().

#include "core/Result.h"
#include "security/Session.h"

#include <QDateTime>

namespace vigie::security {

struct IdleLockRules {
    static constexpr int DefaultMinutes = 15;
    static constexpr int MaxMinutes = 30;
    static constexpr int MinMinutes = 1;
    static constexpr int SessionHours = 12;
    static constexpr int MaxUnlockFailures = 5;
    static int clampMinutes(int minutes);
    static bool isIdle(const QDateTime& lastActivity, const QDateTime& now, int minutes);
    static bool needsFullSignIn(const QDateTime& signedInAt, const QDateTime& now);
};

// Checks the password of the session's own account (Argon2id, as at sign-in) and audits the
// attempt. ErrorCode::AuthFailed on a wrong password; after MaxUnlockFailures wrong passwords in a
// row, or past the 12-hour window, the session must end (sessionExpired is set).
struct UnlockOutcome {
    bool sessionExpired = false;
};
core::Result<UnlockOutcome> unlock(Session& session, const QString& password, int& consecutiveFailures);

} // namespace vigie::security
