#include "scheduling/mail/MailSending.h"

#include "scheduling/ConvocationStore.h"
#include "scheduling/MailStore.h"

#include <QCoreApplication>

namespace vigie::scheduling {

core::Result<QList<SendResult>> sendDueMails(security::Session& session, QDate today)
{
    auto settings = MailStore::settings(session);
    if (!settings)
        return settings.error();
    if (!settings.value())
        return core::Error{core::ErrorCode::Invalid,
                           QCoreApplication::translate("vigie::scheduling", "No mail server is configured (mail set --host H --port P --from ADDRESS)")};
    const SmtpSettings smtp = *settings.value();
    auto head = ConvocationStore::letterhead(session);
    if (!head)
        return head.error();
    auto candidates = MailStore::candidates(session, today, smtp.reminderDays);
    if (!candidates)
        return candidates.error();
    const QList<OutgoingMail> mails = mailsToSend(candidates.value(), head.value(), today, smtp.reminderDays);
    auto results = sendMails(smtp, mails);
    if (!results)
        return results.error();
    for (const SendResult& r : results.value())
        if (r.sent)
            if (auto s = MailStore::markSent(session, r.appointmentId, r.reminder); !s)
                return s.error();
    return results;
}

} // namespace vigie::scheduling
