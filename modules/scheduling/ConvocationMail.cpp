#include "scheduling/ConvocationMail.h"

#include <QCoreApplication>
#include <QLocale>

namespace vigie::scheduling {

QString codeOf(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::Tls:
        return QStringLiteral("tls");
    case SmtpSecurity::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<SmtpSecurity> smtpSecurityFromCode(const QString& code)
{
    for (SmtpSecurity s : {SmtpSecurity::None, SmtpSecurity::StartTls, SmtpSecurity::Tls})
        if (codeOf(s) == code)
            return s;
    return std::nullopt;
}

OutgoingMail convocationMail(const Appointment& a, const ServiceLetterhead& service, bool reminder)
{
    const QLocale locale;
    const QString when = QCoreApplication::translate("vigie::scheduling", "%1 at %2").arg(locale.toString(a.day, QLocale::LongFormat), clockText(a.start));
    OutgoingMail m;
    m.appointmentId = a.id;
    m.reminder = reminder;
    m.subject = reminder ? QCoreApplication::translate("vigie::scheduling", "Reminder: %1 on %2").arg(visitTitle(a.kind), when)
                         : QCoreApplication::translate("vigie::scheduling", "Convocation: %1 on %2").arg(visitTitle(a.kind), when);
    QStringList lines;
    lines << QCoreApplication::translate("vigie::scheduling", "Dear %1,").arg(a.workerName) << QString();
    lines << (reminder ? QCoreApplication::translate("vigie::scheduling", "This is a reminder of your %1 on %2.").arg(visitTitle(a.kind).toLower(), when)
                       : QCoreApplication::translate("vigie::scheduling", "You are invited by your occupational health service to a %1 on %2.")
                             .arg(visitTitle(a.kind).toLower(), when));
    lines << QString();
    const QString place = a.placeKind == PlaceKind::Teleconsultation
                              ? QCoreApplication::translate("vigie::scheduling", "by video (tele-consultation): the link will be sent to you beforehand")
                              : a.placeName + (a.placeKind == PlaceKind::CompanySite ? (a.establishmentAddress.isEmpty() ? QString() : QStringLiteral(", ") + a.establishmentAddress)
                                                                                       : (a.placeAddress.isEmpty() ? QString() : QStringLiteral(", ") + a.placeAddress));
    lines << QCoreApplication::translate("vigie::scheduling", "Place: %1").arg(place);
    lines << QCoreApplication::translate("vigie::scheduling", "With: %1").arg(a.professionalName);
    lines << QString() << visitPurpose(a.kind) << QString();
    lines << QCoreApplication::translate("vigie::scheduling", "Please bring:");
    for (const QString& item : thingsToBring(a.kind))
        lines << QStringLiteral("- ") + item;
    lines << QString();
    lines << (service.phone.isEmpty() ? QCoreApplication::translate("vigie::scheduling", "If you cannot come, please let the service know as soon as possible.")
                                      : QCoreApplication::translate("vigie::scheduling", "If you cannot come, please call the service as soon as possible on %1.")
                                            .arg(service.phone));
    lines << QString() << service.name;
    if (!service.address.isEmpty())
        lines << service.address;
    m.body = lines.join(QLatin1Char('\n'));
    return m;
}

QList<OutgoingMail> mailsToSend(const QList<MailCandidate>& candidates, const ServiceLetterhead& service, QDate today, int reminderDays)
{
    QList<OutgoingMail> out;
    for (const MailCandidate& c : candidates) {
        const Appointment& a = c.appointment;
        const bool live = a.status == AppointmentStatus::Planned || a.status == AppointmentStatus::Confirmed;
        if (!live || c.email.isEmpty() || a.day < today)
            continue;
        if (!c.mailed) {
            // Booked today for today too (issue 19: the convocation goes at once, same day included);
            // only what has already happened is never convoked.
            if (a.day >= today) {
                OutgoingMail m = convocationMail(a, service, false);
                m.to = c.email;
                out << m;
            }
            continue;
        }
        const qint64 ahead = today.daysTo(a.day);
        if (!c.reminded && ahead >= 1 && ahead <= reminderDays) {
            OutgoingMail m = convocationMail(a, service, true);
            m.to = c.email;
            out << m;
        }
    }
    return out;
}

} // namespace vigie::scheduling
