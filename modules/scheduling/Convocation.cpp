#include "scheduling/Convocation.h"

#include <QCoreApplication>

namespace vigie::scheduling {

namespace {
QString esc(const QString& s) { return s.toHtmlEscaped(); }
} // namespace

QString visitTitle(VisitKind kind)
{
    switch (kind) {
    case VisitKind::Vip: return QCoreApplication::translate("vigie::scheduling", "Information and prevention visit");
    case VisitKind::VipRenewal: return QCoreApplication::translate("vigie::scheduling", "Periodic information and prevention visit");
    case VisitKind::Ema: return QCoreApplication::translate("vigie::scheduling", "Medical examination of fitness");
    case VisitKind::EmaRenewal: return QCoreApplication::translate("vigie::scheduling", "Periodic medical examination of fitness");
    case VisitKind::SirIntermediate: return QCoreApplication::translate("vigie::scheduling", "Intermediate visit");
    case VisitKind::Return: return QCoreApplication::translate("vigie::scheduling", "Return-to-work visit");
    case VisitKind::PreReturn: return QCoreApplication::translate("vigie::scheduling", "Pre-return visit");
    case VisitKind::MidCareer: return QCoreApplication::translate("vigie::scheduling", "Mid-career visit");
    case VisitKind::PostExposure: return QCoreApplication::translate("vigie::scheduling", "Post-exposure visit");
    case VisitKind::OnRequest: return QCoreApplication::translate("vigie::scheduling", "Visit on request");
    }
    return {};
}

QString visitPurpose(VisitKind kind)
{
    switch (kind) {
    case VisitKind::Vip:
    case VisitKind::VipRenewal:
        return QCoreApplication::translate("vigie::scheduling",
                                           "The health professional asks about your health and your work, informs you about the risks of your "
                                           "post and how to prevent them, and tells you about the follow-up you are entitled to and how to "
                                           "reach the physician at any time. You receive a follow-up certificate (articles R4624-10 to R4624-17 "
                                           "of the Labour Code).");
    case VisitKind::Ema:
    case VisitKind::EmaRenewal:
        return QCoreApplication::translate("vigie::scheduling",
                                           "Your post carries particular risks: the occupational physician examines you to make sure you are "
                                           "fit for it, looks for any condition that would put you or others at risk, and informs you about "
                                           "those risks and their prevention. The examination ends with an opinion on your fitness (articles "
                                           "R4624-24 to R4624-28).");
    case VisitKind::SirIntermediate:
        return QCoreApplication::translate("vigie::scheduling",
                                           "Between two examinations by the occupational physician, a health professional of the team reviews "
                                           "your health and your working conditions (article R4624-28).");
    case VisitKind::Return:
        return QCoreApplication::translate("vigie::scheduling",
                                           "After your leave, the visit checks that your post is compatible with your health, examines the "
                                           "adjustments your employer proposes and may recommend others or another post (articles R4624-31 "
                                           "and R4624-32).");
    case VisitKind::PreReturn:
        return QCoreApplication::translate("vigie::scheduling",
                                           "During your leave, the visit prepares your return: adjustments of your post, training, another "
                                           "post. Your employer is informed only if you agree (articles R4624-29 and R4624-30).");
    case VisitKind::MidCareer:
        return QCoreApplication::translate("vigie::scheduling",
                                           "The visit reviews how your post matches your health given your past exposures, assesses any risk "
                                           "for your employment, and raises awareness of ageing at work (article L4624-2-2).");
    case VisitKind::PostExposure:
        return QCoreApplication::translate("vigie::scheduling",
                                           "The occupational physician draws up a dated record of your exposures to occupational risks and, if "
                                           "needed, sets up a post-exposure or post-professional follow-up with your doctor (articles "
                                           "L4624-2-1 and R4624-28-1 to R4624-28-3).");
    case VisitKind::OnRequest:
        return QCoreApplication::translate("vigie::scheduling",
                                           "You, your employer or the occupational physician asked for this visit. A request for a visit can "
                                           "never justify a sanction (article R4624-34).");
    }
    return {};
}

QStringList thingsToBring(VisitKind kind)
{
    QStringList out{QCoreApplication::translate("vigie::scheduling", "an identity document"),
                    QCoreApplication::translate("vigie::scheduling", "your vaccination record"),
                    QCoreApplication::translate("vigie::scheduling", "your current prescriptions, and your glasses or hearing aids if you use them")};
    switch (kind) {
    case VisitKind::Ema:
    case VisitKind::EmaRenewal:
        out << QCoreApplication::translate("vigie::scheduling", "the results of any complementary examinations you were asked to do");
        break;
    case VisitKind::Return:
    case VisitKind::PreReturn:
        out << QCoreApplication::translate("vigie::scheduling", "the documents of your leave and the reports of the doctors who treated you");
        break;
    case VisitKind::PostExposure:
    case VisitKind::MidCareer:
        out << QCoreApplication::translate("vigie::scheduling", "any document about the posts you held and the risks you were exposed to");
        break;
    default: break;
    }
    return out;
}

namespace {

QString placeLines(const Appointment& a)
{
    if (a.placeKind == PlaceKind::Teleconsultation)
        return QCoreApplication::translate("vigie::scheduling",
                                           "By video (tele-consultation): the link will be sent to you beforehand. You may refuse it and ask "
                                           "for a visit in person (article R4624-41-2).")
            .toHtmlEscaped();
    QString out = esc(a.placeName);
    const QString address = a.placeKind == PlaceKind::CompanySite ? a.establishmentAddress : a.placeAddress;
    if (!address.isEmpty())
        out += QStringLiteral("<br/>") + esc(address);
    return out;
}

QString professionalTitle(const Appointment& a)
{
    return a.performer == Performer::Mt ? QCoreApplication::translate("vigie::scheduling", "occupational physician")
                                        : QCoreApplication::translate("vigie::scheduling", "health professional of the team");
}

} // namespace

ConvocationBatch convocationLetters(const QList<Appointment>& appointments, const ServiceLetterhead& service, QDate printedOn,
                                    const QLocale& locale)
{
    ConvocationBatch b;
    const QString day = appointments.isEmpty() ? QString() : appointments.first().day.toString(QStringLiteral("dd/MM/yyyy"));
    b.title = QCoreApplication::translate("vigie::scheduling", "Convocations of %1").arg(day);
    b.headerLeft = service.name;
    b.headerRight = b.title;
    QStringList contact;
    if (!service.address.isEmpty())
        contact << service.address;
    if (!service.phone.isEmpty())
        contact << QCoreApplication::translate("vigie::scheduling", "Phone %1").arg(service.phone);
    if (!service.email.isEmpty())
        contact << service.email;
    b.footer = contact.join(QStringLiteral(" — "));
    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 10pt;\">");
    bool first = true;
    for (const Appointment& a : appointments) {
        if (a.status != AppointmentStatus::Planned && a.status != AppointmentStatus::Confirmed)
            continue;
        ++b.letters;
        html += first ? QStringLiteral("<div>") : QStringLiteral("<div style=\"page-break-before: always;\">");
        first = false;
        // Addressed to the worker, in care of the employer (the service does not hold workers' home addresses).
        html += QStringLiteral("<table width=\"100%\"><tr><td width=\"55%\"><b>%1</b><br/>%2</td><td><b>%3</b><br/>%4<br/>%5</td></tr></table>")
                    .arg(esc(service.name), esc(service.address), esc(a.workerName),
                         esc(QCoreApplication::translate("vigie::scheduling", "c/o %1").arg(a.establishmentName)), esc(a.establishmentAddress));
        html += QStringLiteral("<p align=\"right\">%1</p>")
                    .arg(esc(QCoreApplication::translate("vigie::scheduling", "Printed on %1").arg(locale.toString(printedOn, QLocale::LongFormat))));
        html += QStringLiteral("<h2>%1 — %2</h2>").arg(esc(QCoreApplication::translate("vigie::scheduling", "Convocation")), esc(visitTitle(a.kind)));
        html += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::scheduling", "Dear %1,").arg(a.workerName)));
        QString post = a.postTitle.isEmpty() ? QString() : QCoreApplication::translate("vigie::scheduling", " for your post of %1").arg(a.postTitle);
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("vigie::scheduling", "You are invited by your occupational health service to a %1%2.")
                                 .arg(visitTitle(a.kind).toLower(), post)));
        html += QStringLiteral("<table cellpadding=\"4\" style=\"border: 1px solid #888; background: #f4f6f8;\">");
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(QCoreApplication::translate("vigie::scheduling", "Date")), esc(locale.toString(a.day, QLocale::LongFormat)));
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2 – %3</td></tr>")
                    .arg(esc(QCoreApplication::translate("vigie::scheduling", "Time")), clockText(a.start), clockText(a.end));
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(QCoreApplication::translate("vigie::scheduling", "Place")), placeLines(a));
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2, %3</td></tr>")
                    .arg(esc(QCoreApplication::translate("vigie::scheduling", "With")), esc(a.professionalName), esc(professionalTitle(a)));
        html += QStringLiteral("</table>");
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(QCoreApplication::translate("vigie::scheduling", "Purpose of the visit")), esc(visitPurpose(a.kind)));
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(QCoreApplication::translate("vigie::scheduling", "How it runs")),
                         esc(QCoreApplication::translate("vigie::scheduling",
                                                         "The visit lasts about %n minutes. It takes place during working time and is paid as "
                                                         "such; travel costs are borne by your employer (article R4624-39). What you say is "
                                                         "covered by medical confidentiality.",
                                                         "", a.end - a.start)));
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(QCoreApplication::translate("vigie::scheduling", "What to bring")));
        for (const QString& item : thingsToBring(a.kind))
            html += QStringLiteral("<li>%1</li>").arg(esc(item));
        html += QStringLiteral("</ul>");
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(service.phone.isEmpty()
                                 ? QCoreApplication::translate("vigie::scheduling", "If you cannot come, please let the service know as soon as possible.")
                                 : QCoreApplication::translate("vigie::scheduling", "If you cannot come, please call the service as soon as possible on %1.")
                                       .arg(service.phone)));
        html += QStringLiteral("</div>");
    }
    html += QStringLiteral("</body></html>");
    b.html = html;
    return b;
}

} // namespace vigie::scheduling
