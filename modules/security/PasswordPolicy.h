#pragma once
// Password rules (security-requirements.md AUTH-05, CNIL délibération 2022-100, issue 3): at least 12
// characters, at most 128, not the login nor the person's name, not in the list of common passwords
// shipped with Vigie (resources/common-passwords.txt). Sign-in throttling (AUTH-06) completes them.

#include "core/Result.h"

#include <QString>

namespace vigie::security::PasswordPolicy {

inline constexpr int MinLength = 12;
inline constexpr int MaxLength = 128;

core::Status check(const QString& password, const QString& login, const QString& displayName);
bool isCommon(const QString& password);

} // namespace vigie::security::PasswordPolicy
