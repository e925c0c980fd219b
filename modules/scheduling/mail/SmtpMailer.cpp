#include "scheduling/mail/SmtpMailer.h"

#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SMTPClientSession.h>
#include <Poco/Timespan.h>

#include <QCoreApplication>

namespace vigie::scheduling {

core::Result<QList<SendResult>> sendMails(const SmtpSettings& settings, const QList<OutgoingMail>& mails)
{
    QList<SendResult> results;
    if (mails.isEmpty())
        return results;
    try {
        Poco::Net::SMTPClientSession session(settings.host.toStdString(), Poco::UInt16(settings.port));
        session.setTimeout(Poco::Timespan(20, 0));
        session.login();
        for (const OutgoingMail& m : mails) {
            SendResult r{m.appointmentId, m.reminder, false, {}};
            try {
                Poco::Net::MailMessage message;
                message.setSender(settings.sender.toStdString());
                message.addRecipient(Poco::Net::MailRecipient(Poco::Net::MailRecipient::PRIMARY_RECIPIENT, m.to.toStdString()));
                message.setSubject(Poco::Net::MailMessage::encodeWord(m.subject.toStdString(), "UTF-8"));
                message.setContentType("text/plain; charset=UTF-8");
                message.setContent(m.body.toStdString(), Poco::Net::MailMessage::ENCODING_QUOTED_PRINTABLE);
                session.sendMessage(message);
                r.sent = true;
            } catch (const Poco::Exception& e) {
                r.error = QString::fromStdString(e.displayText());
                // The transaction stopped half-way (a refused recipient): start the next one clean.
                std::string answer;
                session.sendCommand("RSET", answer);
            }
            results << r;
        }
        session.close();
    } catch (const Poco::Exception& e) {
        return core::Error{core::ErrorCode::Storage,
                           QCoreApplication::translate("vigie::scheduling", "The mail server %1:%2 cannot be reached: %3")
                               .arg(settings.host)
                               .arg(settings.port)
                               .arg(QString::fromStdString(e.displayText()))};
    }
    return results;
}

} // namespace vigie::scheduling
