#include "scheduling/VisitRequest.h"

#include <QCoreApplication>

namespace vigie::scheduling {

QString codeOf(RequestOrigin origin)
{
    switch (origin) {
    case RequestOrigin::Company: return QStringLiteral("company");
    case RequestOrigin::Worker: return QStringLiteral("worker");
    case RequestOrigin::Physician: return QStringLiteral("physician");
    case RequestOrigin::Service: return QStringLiteral("service");
    }
    return {};
}

QString codeOf(RequestMotive motive)
{
    switch (motive) {
    case RequestMotive::Hiring: return QStringLiteral("hiring");
    case RequestMotive::Return: return QStringLiteral("return");
    case RequestMotive::OnRequest: return QStringLiteral("on_request");
    case RequestMotive::PreReturn: return QStringLiteral("pre_return");
    }
    return {};
}

std::optional<RequestOrigin> requestOriginFromCode(const QString& code)
{
    for (RequestOrigin o : {RequestOrigin::Company, RequestOrigin::Worker, RequestOrigin::Physician, RequestOrigin::Service})
        if (codeOf(o) == code)
            return o;
    return std::nullopt;
}

std::optional<RequestMotive> requestMotiveFromCode(const QString& code)
{
    for (RequestMotive m : {RequestMotive::Hiring, RequestMotive::Return, RequestMotive::OnRequest, RequestMotive::PreReturn})
        if (codeOf(m) == code)
            return m;
    return std::nullopt;
}

namespace {
core::Error invalid(const QString& message) { return core::Error{core::ErrorCode::Invalid, message}; }
} // namespace

core::Result<RequestDeadline> deadlineOf(const RequestInput& in)
{
    if (!in.requestedOn.isValid())
        return invalid(QCoreApplication::translate("vigie::scheduling", "The date of the request is missing"));
    switch (in.motive) {
    case RequestMotive::Hiring: {
        if (in.origin != RequestOrigin::Company && in.origin != RequestOrigin::Service)
            return invalid(QCoreApplication::translate("vigie::scheduling", "A hiring visit is requested by the employer"));
        if (!in.initial)
            return invalid(QCoreApplication::translate("vigie::scheduling", "The initial visit of this post is already done (or dispensed): no hiring visit is due"));
        return RequestDeadline{in.initial->kind, in.initial->earliest, in.initial->latest, in.initial->performer,
                               in.initial->basis, true};
    }
    case RequestMotive::Return: {
        if (in.origin == RequestOrigin::Worker)
            return invalid(QCoreApplication::translate("vigie::scheduling", "The return-to-work visit is organised at the employer's request (R4624-31); the worker may ask for a visit on request"));
        if (!in.returnDate.isValid())
            return invalid(QCoreApplication::translate("vigie::scheduling", "The date of return to work is missing"));
        return RequestDeadline{VisitKind::Return, in.returnDate, in.returnDate.addDays(8), Performer::HealthPro,
                               QStringLiteral("R4624-31"), true};
    }
    case RequestMotive::OnRequest: {
        if (in.origin == RequestOrigin::Service)
            return invalid(QCoreApplication::translate("vigie::scheduling", "A visit on request is asked for by the employer, the worker or the physician (R4624-34)"));
        // The physician who calls a worker sees him; the worker chooses the physician if he wants to.
        const bool mt = in.origin == RequestOrigin::Physician || in.physicianWanted;
        return RequestDeadline{VisitKind::OnRequest, std::nullopt, in.requestedOn.addDays(ServiceTargetDays),
                               mt ? Performer::Mt : Performer::HealthPro, QStringLiteral("R4624-34"), false};
    }
    case RequestMotive::PreReturn: {
        if (in.origin == RequestOrigin::Company || in.origin == RequestOrigin::Service)
            return invalid(QCoreApplication::translate("vigie::scheduling", "The employer cannot request a pre-return visit (L4624-2-4): the worker, the attending doctor, the médecin conseil or the physician can"));
        return RequestDeadline{VisitKind::PreReturn, std::nullopt, in.requestedOn.addDays(ServiceTargetDays),
                               Performer::HealthPro, QStringLiteral("R4624-29"), false};
    }
    }
    return invalid(QStringLiteral("motive"));
}

RequestDelays measureDelays(QDate requestedOn, QDate dueBy, std::optional<QDate> bookedOn, std::optional<QDate> visitDay)
{
    RequestDelays d;
    if (bookedOn && bookedOn->isValid())
        d.toAppointment = int(requestedOn.daysTo(*bookedOn));
    if (visitDay && visitDay->isValid()) {
        d.toVisit = int(requestedOn.daysTo(*visitDay));
        d.margin = int(visitDay->daysTo(dueBy));
        d.withinDeadline = *visitDay <= dueBy;
    }
    return d;
}

} // namespace vigie::scheduling
