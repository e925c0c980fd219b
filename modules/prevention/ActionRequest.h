#pragma once
// Requests for workplace actions or advice made by a member (issue 16): recorded with their date, and
// answered by the workplace action that met them, so that their response delay is measured like that
// of visit requests (the CSI's expectations). Pure domain: the value type and its checks.

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace vigie::prevention {

enum class RequestState { Open, Answered, Cancelled };
QString codeOf(RequestState state); // open, answered, cancelled

struct ActionRequest {
    QString id;              // empty until recorded
    QString establishmentId;
    QDate requestedOn;
    QString code;            // the kind of action asked for (workplace_action code), empty when not said
    QString subject;
    QString requester;       // who asked (a function or a name at the company), optional
    RequestState state = RequestState::Open;
    QString actionId;        // the action that answered it
    QDate answeredOn;
};

// A subject, a request date not in the future, a known code when one is given.
core::Status validateRequest(const ActionRequest& request, const QDate& today);
// An answer: an action of the same establishment dated on or after the request.
core::Status validateAnswer(const ActionRequest& request, const QString& actionEstablishmentId, const QDate& actionDate);

} // namespace vigie::prevention
