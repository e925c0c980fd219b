#include "prevention/ActionRequest.h"

#include "prevention/WorkplaceAction.h"

#include <QCoreApplication>

namespace vigie::prevention {
using core::ErrorCode;
using core::Status;

QString codeOf(RequestState state)
{
    switch (state) {
    case RequestState::Open: return QStringLiteral("open");
    case RequestState::Answered: return QStringLiteral("answered");
    case RequestState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

Status validateRequest(const ActionRequest& r, const QDate& today)
{
    if (r.subject.trimmed().isEmpty())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::prevention", "A request needs a subject"));
    if (!r.requestedOn.isValid() || r.requestedOn > today)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::prevention", "The date of a request must be a past day (%1 given)")
                                .arg(r.requestedOn.isValid() ? r.requestedOn.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—")));
    if (!r.code.isEmpty() && !isActionCode(r.code))
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::prevention", "Unknown workplace action code %1").arg(r.code));
    return {};
}

Status validateAnswer(const ActionRequest& r, const QString& actionEstablishmentId, const QDate& actionDate)
{
    if (r.state != RequestState::Open)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::prevention", "This request is %1: it cannot be answered").arg(codeOf(r.state)));
    if (actionEstablishmentId != r.establishmentId)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::prevention", "The action was made at another establishment than the request's"));
    if (!actionDate.isValid() || actionDate < r.requestedOn)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::prevention", "An action of %1 cannot answer a request of %2")
                                .arg(actionDate.toString(QStringLiteral("dd/MM/yyyy")), r.requestedOn.toString(QStringLiteral("dd/MM/yyyy"))));
    return {};
}

} // namespace vigie::prevention
