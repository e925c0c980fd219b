#include "dmst/AccessRequest.h"

#include <QCoreApplication>

namespace vigie::dmst {

QDate accessDueDate(const QDate& requestedOn, const QDate& oldestData)
{
    // "Older than five years" is judged on the day of the request.
    if (oldestData.isValid() && oldestData < requestedOn.addYears(-5))
        return requestedOn.addMonths(2);
    return requestedOn.addDays(8);
}

QString requesterCode(Requester r)
{
    switch (r) {
    case Requester::Worker: return QStringLiteral("worker");
    case Requester::Physician: return QStringLiteral("physician");
    case Requester::Representative: return QStringLiteral("representative");
    case Requester::Heir: return QStringLiteral("heir");
    }
    return {};
}

std::optional<Requester> requesterFromCode(const QString& code)
{
    for (Requester r : {Requester::Worker, Requester::Physician, Requester::Representative, Requester::Heir})
        if (requesterCode(r) == code)
            return r;
    return std::nullopt;
}

QString requesterText(Requester r)
{
    switch (r) {
    case Requester::Worker: return QCoreApplication::translate("vigie::dmst", "The worker himself");
    case Requester::Physician: return QCoreApplication::translate("vigie::dmst", "A physician designated by the worker");
    case Requester::Representative: return QCoreApplication::translate("vigie::dmst", "His legal representative");
    case Requester::Heir: return QCoreApplication::translate("vigie::dmst", "An heir (deceased worker)");
    }
    return {};
}

RequestState requestState(const QDate& dueOn, const QDate& fulfilledOn, const QDate& today)
{
    if (fulfilledOn.isValid())
        return fulfilledOn > dueOn ? RequestState::FulfilledLate : RequestState::Fulfilled;
    return today > dueOn ? RequestState::Overdue : RequestState::Pending;
}

QString requestStateText(RequestState s)
{
    switch (s) {
    case RequestState::Pending: return QCoreApplication::translate("vigie::dmst", "in progress");
    case RequestState::Overdue: return QCoreApplication::translate("vigie::dmst", "overdue");
    case RequestState::Fulfilled: return QCoreApplication::translate("vigie::dmst", "fulfilled");
    case RequestState::FulfilledLate: return QCoreApplication::translate("vigie::dmst", "fulfilled late");
    }
    return {};
}

} // namespace vigie::dmst
