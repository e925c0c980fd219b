// Convocation letters (Convocation.h): one page per live appointment, with the visit's purpose, the
// place (the establishment's address for a company site, no address for a tele-consultation), the
// time, the professional and what to bring; cancelled appointments get no letter.
#include "SchedulingTestSupport.h"

#include "scheduling/Convocation.h"

using namespace vigie::scheduling;
using namespace vigie::scheduling::test;

namespace {
Appointment appointment(const char* worker, VisitKind kind, PlaceKind place, int start, AppointmentStatus status = AppointmentStatus::Planned)
{
    Appointment a;
    a.id = S(worker);
    a.workerName = S(worker);
    a.postTitle = S("Cariste");
    a.establishmentName = S("Atelier Nord");
    a.establishmentAddress = S("3 rue des Forges 69007 Lyon");
    a.kind = kind;
    a.performer = (kind == VisitKind::Ema || kind == VisitKind::PostExposure) ? Performer::Mt : Performer::HealthPro;
    a.professionalName = S("Dr Claire Fontaine");
    a.placeName = S("Centre Gerland");
    a.placeKind = place;
    a.placeAddress = S("12 rue de Gerland 69007 Lyon");
    a.day = D("2026-12-07");
    a.start = start;
    a.end = start + 30;
    a.status = status;
    return a;
}
} // namespace

TEST_CASE("a day's convocation letters: one page per live appointment, with what the worker needs to know")
{
    const ServiceLetterhead service{S("SPSTI du Rhône"), S("10 quai Perrache, 69002 Lyon"), S("04 72 00 00 00"), {}};
    const QList<Appointment> day{appointment("DURAND Marie", VisitKind::Ema, PlaceKind::Centre, 540),
                                 appointment("MARTIN Paul", VisitKind::Return, PlaceKind::CompanySite, 600),
                                 appointment("PETIT Anne", VisitKind::OnRequest, PlaceKind::Teleconsultation, 660),
                                 appointment("ROUX Luc", VisitKind::Vip, PlaceKind::Centre, 700, AppointmentStatus::Cancelled)};
    const ConvocationBatch b = convocationLetters(day, service, D("2026-11-24"), QLocale(QLocale::English));
    CHECK(b.letters == 3);
    CHECK(b.html.count(QLatin1String("page-break-before: always")) == 2);
    CHECK(b.html.contains(QLatin1String("DURAND Marie")));
    CHECK_FALSE(b.html.contains(QLatin1String("ROUX Luc")));
    CHECK(b.html.contains(S("09:00 – 09:30")));
    CHECK(b.html.contains(QLatin1String("12 rue de Gerland")));        // the centre's address
    CHECK(b.html.contains(QLatin1String("3 rue des Forges")));         // the company site: the establishment's
    CHECK(b.html.contains(QLatin1String("R4624-41-2")));               // tele-consultation: may be refused
    CHECK(b.html.contains(QLatin1String("04 72 00 00 00")));
    CHECK(b.html.contains(visitPurpose(VisitKind::Ema).toHtmlEscaped()));
    CHECK(b.html.contains(thingsToBring(VisitKind::Return).last().toHtmlEscaped()));
    CHECK(b.title.contains(QLatin1String("07/12/2026")));
}

TEST_CASE("every kind of visit has a title, a purpose with its article, and things to bring")
{
    for (VisitKind k : {VisitKind::Vip, VisitKind::VipRenewal, VisitKind::Ema, VisitKind::EmaRenewal, VisitKind::SirIntermediate,
                        VisitKind::Return, VisitKind::PreReturn, VisitKind::MidCareer, VisitKind::PostExposure, VisitKind::OnRequest}) {
        INFO(codeOf(k).toStdString());
        CHECK_FALSE(visitTitle(k).isEmpty());
        CHECK(visitPurpose(k).contains(QLatin1String("4624")));
        CHECK(thingsToBring(k).size() >= 3);
    }
}
