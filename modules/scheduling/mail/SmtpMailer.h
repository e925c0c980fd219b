#pragma once
// Sends e-mails through the service's SMTP server with Poco::Net (one session for a batch): plain (the
// service's own relay), STARTTLS or TLS from the first byte (Poco::NetSSL, the server's certificate and
// name verified against the system's authorities), with AUTH LOGIN when a user name is configured.

#include "core/Result.h"
#include "scheduling/ConvocationMail.h"

#include <QList>
#include <QString>

namespace vigie::scheduling {

struct SendResult {
    QString appointmentId;
    bool reminder = false;
    bool sent = false;
    QString error; // when not sent
};

// Connects to settings.host:settings.port and sends each mail; a failed connection fails all
// (ErrorCode::Storage with the server's answer), a refused recipient fails only that mail.
core::Result<QList<SendResult>> sendMails(const SmtpSettings& settings, const QList<OutgoingMail>& mails);

} // namespace vigie::scheduling
