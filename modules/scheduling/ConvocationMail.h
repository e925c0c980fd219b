#pragma once
// Convocations and reminders by e-mail (issue 6 part 5). Pure: what to send to whom, and when.
//   - a convocation for each planned or confirmed appointment not yet e-mailed, whose day is not past;
//   - a reminder `reminderDays` days before the visit at the latest (from that day to the day before),
//     once, for an appointment whose convocation went out.
// Plain text, in the interface language; no health information beyond the kind of visit.

#include "scheduling/Convocation.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace vigie::scheduling {

// How the connection to the mail server is protected.
enum class SmtpSecurity {
    None,     // plain text: the service's own relay on its network
    StartTls, // STARTTLS after the greeting (port 587 or 25)
    Tls,      // TLS from the first byte (port 465)
};
QString codeOf(SmtpSecurity security); // none, starttls, tls
std::optional<SmtpSecurity> smtpSecurityFromCode(const QString& code);

struct SmtpSettings {
    QString host;
    int port = 25;
    QString sender;        // the From address
    int reminderDays = 2;
    SmtpSecurity security = SmtpSecurity::None;
    QString username;      // empty: no authentication
    QString password;
};

struct OutgoingMail {
    QString appointmentId;
    bool reminder = false;
    QString to;
    QString subject;
    QString body;
};

// An appointment with what the mailing needs to know about it.
struct MailCandidate {
    Appointment appointment;
    QString email;     // the worker's address; empty: nothing is sent
    bool mailed = false;
    bool reminded = false;
};

OutgoingMail convocationMail(const Appointment& appointment, const ServiceLetterhead& service, bool reminder);
QList<OutgoingMail> mailsToSend(const QList<MailCandidate>& candidates, const ServiceLetterhead& service, QDate today, int reminderDays);

} // namespace vigie::scheduling
