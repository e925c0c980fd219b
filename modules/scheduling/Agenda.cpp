#include "scheduling/Agenda.h"

#include <QCoreApplication>

namespace vigie::scheduling {

QString codeOf(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Centre: return QStringLiteral("centre");
    case PlaceKind::MobileUnit: return QStringLiteral("mobile_unit");
    case PlaceKind::CompanySite: return QStringLiteral("company_site");
    case PlaceKind::Teleconsultation: return QStringLiteral("teleconsultation");
    }
    return {};
}

std::optional<PlaceKind> placeKindFromCode(const QString& code)
{
    for (PlaceKind k : {PlaceKind::Centre, PlaceKind::MobileUnit, PlaceKind::CompanySite, PlaceKind::Teleconsultation})
        if (codeOf(k) == code)
            return k;
    return std::nullopt;
}

bool mayPerform(ProfessionalKind kind, Performer performer)
{
    return performer == Performer::HealthPro || kind == ProfessionalKind::Physician;
}

bool OpeningHours::appliesOn(const QDate& day) const
{
    return day.dayOfWeek() == weekday && (!validFrom || *validFrom <= day) && (!validTo || day <= *validTo);
}

bool Professional::absentOn(const QDate& day) const
{
    for (const DateRange& r : absences)
        if (r.contains(day))
            return true;
    return false;
}

int defaultSlotMinutes(VisitKind kind)
{
    // Usual lengths in SPSTI agendas: an information visit is shorter than a medical examination; the
    // post-exposure visit reviews a whole career of exposures (R4624-28-3).
    switch (kind) {
    case VisitKind::Vip:
    case VisitKind::VipRenewal:
    case VisitKind::SirIntermediate: return 20;
    case VisitKind::Ema:
    case VisitKind::EmaRenewal:
    case VisitKind::Return:
    case VisitKind::PreReturn:
    case VisitKind::MidCareer:
    case VisitKind::OnRequest: return 30;
    case VisitKind::PostExposure: return 45;
    }
    return 30;
}

int SlotLengths::minutesFor(VisitKind kind) const
{
    for (const auto& [k, m] : m_overrides)
        if (k == kind)
            return m;
    return defaultSlotMinutes(kind);
}

void SlotLengths::set(VisitKind kind, int minutes)
{
    for (auto& entry : m_overrides)
        if (entry.first == kind) {
            entry.second = minutes;
            return;
        }
    m_overrides.append({kind, minutes});
}

const Place* Agendas::place(const QString& id) const
{
    for (const Place& p : places)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Professional* Agendas::professional(const QString& id) const
{
    for (const Professional& p : professionals)
        if (p.id == id)
            return &p;
    return nullptr;
}

QString slotRefusal(const Agendas& agendas, const SlotQuestion& q)
{
    if (!q.professional)
        return QCoreApplication::translate("vigie::scheduling", "Unknown professional");
    const Professional& pro = *q.professional;
    if (agendas.hasPassed(q.day, q.start))
        return QCoreApplication::translate("vigie::scheduling", "This time has passed: a visit is booked from now on");
    if (!mayPerform(pro.kind, q.performer))
        return QCoreApplication::translate("vigie::scheduling", "Only the occupational physician may perform this visit (R4623-14 II)");
    if (core::isHoliday(q.day, agendas.region))
        return QCoreApplication::translate("vigie::scheduling", "Public holiday");
    if (pro.absentOn(q.day))
        return QCoreApplication::translate("vigie::scheduling", "The professional is absent that day");
    const int end = q.start + q.minutes;
    const OpeningHours* opening = openingAt(pro, q.day, q.start, end);
    if (!opening)
        return QCoreApplication::translate("vigie::scheduling", "Outside the professional's opening hours");
    const Place* place = agendas.place(opening->placeId);
    if (!place)
        return QCoreApplication::translate("vigie::scheduling", "Unknown place");
    if (place->kind == PlaceKind::CompanySite && place->establishmentId != q.establishmentId)
        return QCoreApplication::translate("vigie::scheduling", "This company site only receives the workers of its establishment");
    if ((place->kind == PlaceKind::Teleconsultation) != q.teleconsultationWanted)
        return q.teleconsultationWanted ? QCoreApplication::translate("vigie::scheduling", "Tele-consultation was asked for: this opening is not one")
                                        : QCoreApplication::translate("vigie::scheduling", "Tele-consultation needs the worker's consent: only for requests that ask for it");
    int sameDay = 0;
    for (const Booking& b : agendas.bookings) {
        if (b.professionalId != pro.id || b.day != q.day)
            continue;
        ++sameDay;
        if (b.start < end && q.start < b.end)
            return QCoreApplication::translate("vigie::scheduling", "The professional already has an appointment at that time");
    }
    if (sameDay >= pro.dailyLimit)
        return QCoreApplication::translate("vigie::scheduling", "The professional's daily limit is reached");
    return {};
}

bool openingsOverlap(const OpeningHours& a, const OpeningHours& b)
{
    if (a.weekday != b.weekday || a.end <= b.start || b.end <= a.start)
        return false;
    const bool aEndsBefore = a.validTo && b.validFrom && *a.validTo < *b.validFrom;
    const bool bEndsBefore = b.validTo && a.validFrom && *b.validTo < *a.validFrom;
    return !aEndsBefore && !bEndsBefore;
}

const OpeningHours* openingAt(const Professional& pro, const QDate& day, int start, int end)
{
    for (const OpeningHours& h : pro.hours)
        if (h.appliesOn(day) && h.start <= start && end <= h.end)
            return &h;
    return nullptr;
}

QString clockText(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

int minutesOf(const QString& hhmm)
{
    if (hhmm.size() != 5 || hhmm.at(2) != QLatin1Char(':'))
        return -1;
    bool okH = false, okM = false;
    const int h = hhmm.left(2).toInt(&okH);
    const int m = hhmm.mid(3).toInt(&okM);
    if (!okH || !okM || h < 0 || h > 23 || m < 0 || m > 59)
        return -1;
    return h * 60 + m;
}

} // namespace vigie::scheduling
