#pragma once
// The demo service around the generated data: one account per role (two physicians, so that team
// scope shows), two teams with their establishments, delegations and oppositions, so that signing
// in as each role shows something meaningful (issue 3).

#include "DemoGenerator.h"

#include "security/Session.h"

#include <functional>
#include <memory>

namespace vigie::cli {

// Takes the administrator's session of a freshly created database; returns the "ROLE<TAB>LOGIN" lines.
core::Result<QStringList> populateDemoService(std::unique_ptr<security::Session> admin, const QString& databasePath,
                                              const QString& password, const DemoOptions& options,
                                              const core::Clock& clock, std::function<void(const QString&)> progress);

} // namespace vigie::cli
