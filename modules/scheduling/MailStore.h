#pragma once
// E-mail settings and addresses in the database (issue 6 part 5): the service's SMTP server (an
// administrator's setting), the workers' addresses (Planning, the account's teams), and what the
// mailing needs — the live appointments from today on, with the worker's address and whether the
// convocation and the reminder went out — and the record of what was sent.

#include "core/Result.h"
#include "scheduling/ConvocationMail.h"
#include "security/Session.h"

#include <optional>

namespace vigie::scheduling::MailStore {

core::Status setSettings(security::Session& session, const SmtpSettings& settings);
// Planning or Administration may read them (the planner sends, the administrator configures). The
// password (a local-only secret, never synchronised) is returned only to the roles that send mail.
core::Result<std::optional<SmtpSettings>> settings(security::Session& session);
core::Status setWorkerEmail(security::Session& session, const QString& workerId, const QString& email);
core::Result<QList<MailCandidate>> candidates(security::Session& session, QDate today, int reminderDays);
core::Status markSent(security::Session& session, const QString& appointmentId, bool reminder);

} // namespace vigie::scheduling::MailStore
