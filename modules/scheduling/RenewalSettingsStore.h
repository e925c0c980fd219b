#pragma once
// The service's renewal delays in the database (renewal_settings, 0075; issue 19 item 3). The
// administrator sets them (refusals audited, changes audited with the values); whoever plans reads
// them. Everything that plans uses them through ProtocolStore::Sql::periodicitiesOf: for each team,
// the shorter of the service's delay and the team's protocol.

#include "core/Result.h"
#include "scheduling/Protocol.h"
#include "security/Session.h"

#include <QSqlDatabase>

namespace vigie::scheduling::RenewalSettingsStore {

// The service's delays (the legal maxima until set). The Planning or Administration module.
core::Result<Periodicities> current(security::Session& session);
// Replaces them. Only the administrator; a delay out of the law's bounds → Invalid naming it, nothing written.
core::Status set(security::Session& session, const Periodicities& periodicities);

namespace Sql {
// The service's delays, no rights check (for stores that have checked theirs).
core::Result<Periodicities> current(QSqlDatabase db);
} // namespace Sql

} // namespace vigie::scheduling::RenewalSettingsStore
