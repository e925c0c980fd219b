#include "scheduling/mail/SmtpMailer.h"

#include <Poco/Net/AcceptCertificateHandler.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureSMTPClientSession.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Timespan.h>

#include <QCoreApplication>

#include <memory>
#include <mutex>

namespace vigie::scheduling {

namespace {

// The client TLS context: the system's certificate authorities (OpenSSL's default paths, which honour
// SSL_CERT_FILE), the server's certificate and host name verified; an invalid certificate is refused,
// never accepted silently.
Poco::Net::Context::Ptr tlsContext()
{
    static std::once_flag once;
    static Poco::Net::Context::Ptr context;
    std::call_once(once, [] {
        Poco::Net::initializeSSL();
        context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, std::string(), Poco::Net::Context::VERIFY_RELAXED, 9, true);
        Poco::Net::SSLManager::instance().initializeClient(nullptr, new Poco::Net::RejectCertificateHandler(false), context);
    });
    return context;
}

void sendAll(Poco::Net::SMTPClientSession& session, const SmtpSettings& settings, const QList<OutgoingMail>& mails, QList<SendResult>& results)
{
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
}

// AUTH LOGIN greets the server (EHLO) before authenticating.
void authenticate(Poco::Net::SMTPClientSession& session, const SmtpSettings& settings)
{
    if (!settings.username.isEmpty())
        session.login(Poco::Net::SMTPClientSession::AUTH_LOGIN, settings.username.toStdString(), settings.password.toStdString());
}

} // namespace

core::Result<QList<SendResult>> sendMails(const SmtpSettings& settings, const QList<OutgoingMail>& mails)
{
    QList<SendResult> results;
    if (mails.isEmpty())
        return results;
    const Poco::Timespan timeout(20, 0);
    // Greeting (AUTH LOGIN greets by itself), the mails, goodbye: the same on every channel.
    const auto converse = [&](Poco::Net::SMTPClientSession& session) {
        session.setTimeout(timeout);
        if (settings.username.isEmpty())
            session.login();
        authenticate(session, settings);
        sendAll(session, settings, mails, results);
        session.close();
    };
    try {
        switch (settings.security) {
        case SmtpSecurity::None: {
            Poco::Net::SMTPClientSession session(settings.host.toStdString(), Poco::UInt16(settings.port));
            converse(session);
            break;
        }
        case SmtpSecurity::StartTls: {
            Poco::Net::SecureSMTPClientSession session(settings.host.toStdString(), Poco::UInt16(settings.port));
            session.setTimeout(timeout);
            session.login();
            if (!session.startTLS(tlsContext()))
                throw Poco::Net::SMTPException("the server does not offer STARTTLS");
            converse(session); // RFC 3207: greeted again on the protected channel
            break;
        }
        case SmtpSecurity::Tls: {
            Poco::Net::SecureStreamSocket socket(Poco::Net::SocketAddress(settings.host.toStdString(), Poco::UInt16(settings.port)),
                                                 settings.host.toStdString(), tlsContext());
            Poco::Net::SMTPClientSession session(socket);
            converse(session);
            break;
        }
        }
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
