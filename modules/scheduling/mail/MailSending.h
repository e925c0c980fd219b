#pragma once
// Sends the convocations and reminders that are due today (ConvocationMail.h) through the configured
// SMTP server, and records each one sent (MailStore::markSent) so that it never goes twice.

#include "core/Result.h"
#include "scheduling/mail/SmtpMailer.h"
#include "security/Session.h"

namespace vigie::scheduling {

core::Result<QList<SendResult>> sendDueMails(security::Session& session, QDate today);

} // namespace vigie::scheduling
