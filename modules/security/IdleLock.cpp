#include "security/IdleLock.h"

#include "storage/AuditTrail.h"
#include "storage/KeyRing.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie::security {
using core::Error;
using core::ErrorCode;
using core::Result;

namespace {

core::Status auditUnlock(Session& session, const QString& outcome, const QString& detail = {})
{
    return session.audit(storage::AuditEvent{{}, {}, QStringLiteral("unlock"), QStringLiteral("session"), {}, 0, outcome, detail});
}
} // namespace

int IdleLockRules::clampMinutes(int minutes) { return std::clamp(minutes, MinMinutes, MaxMinutes); }

bool IdleLockRules::isIdle(const QDateTime& lastActivity, const QDateTime& now, int minutes)
{
    return lastActivity.msecsTo(now) >= qint64(clampMinutes(minutes)) * 60 * 1000;
}

bool IdleLockRules::needsFullSignIn(const QDateTime& signedInAt, const QDateTime& now)
{
    return signedInAt.secsTo(now) >= qint64(SessionHours) * 3600;
}

Result<UnlockOutcome> unlock(Session& session, const QString& password, int& consecutiveFailures)
{
    if (IdleLockRules::needsFullSignIn(session.signedInAt(), session.clock().nowUtc())) {
        if (core::Status a = auditUnlock(session, QStringLiteral("failure"), QStringLiteral("reason=expired")); !a)
            return a.error();
        return UnlockOutcome{true};
    }
    auto ring = storage::KeyRing::load(session.keyRingPath());
    if (!ring)
        return ring.error();
    auto key = ring.value().unlock(session.account().login, password);
    if (!key || !(key.value() == session.databaseKey())) {
        ++consecutiveFailures;
        if (core::Status a = auditUnlock(session, QStringLiteral("failure")); !a)
            return a.error();
        if (consecutiveFailures >= IdleLockRules::MaxUnlockFailures)
            return UnlockOutcome{true};
        return Error{ErrorCode::AuthFailed, QCoreApplication::translate("vigie::security", "Wrong password")};
    }
    consecutiveFailures = 0;
    if (core::Status a = auditUnlock(session, QStringLiteral("success")); !a)
        return a.error();
    return UnlockOutcome{false};
}

} // namespace vigie::security
