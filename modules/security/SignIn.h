#pragma once
// Signing in: the key ring unwraps the database key with the password, the database opens, the
// account must exist and be active. Failures are throttled (AUTH-06): from the 5th consecutive
// failure, each new attempt waits a delay that doubles (30 s, 1 min, 2 min, … up to 1 h); every
// failure is audited (kept in the key ring until the next successful opening, see KeyRing.h).

#include "core/Result.h"
#include "security/AccountStore.h"

#include <memory>

namespace vigie::security {

struct SignInThrottle {
    static constexpr int FreeAttempts = 5;
    // Delay imposed before the next attempt after `failures` consecutive failures (0 when none).
    static qint64 delaySecs(int failures);
};

core::Result<std::unique_ptr<Session>> signIn(const QString& databasePath, const QString& login,
                                              const QString& password, const core::Clock& clock);

// Creates a new encrypted database with one administrator account (vigie-cli init, demo).
// Refuses to overwrite an existing file.
core::Result<std::unique_ptr<Session>> createDatabase(const QString& databasePath, const NewAccount& admin,
                                                      const QString& password, const core::Clock& clock,
                                                      bool enforcePasswordPolicy = true);

} // namespace vigie::security
