#pragma once
// Visit requests in the database (issue 6 part 2): recorded with their origin, motive and date; the
// deadline comes from VisitRequest.h deadlineOf (for hiring: the initial visit the follow-up rules give
// for the employment, read from the database). The delays of a request — to the appointment, to the
// visit — are measured from its date against its deadline.
// Rights: the Planning module, and a worker employed in one of the account's teams' establishments.

#include "core/Result.h"
#include "scheduling/VisitRequest.h"
#include "security/Session.h"

#include <QDate>
#include <QList>
#include <QString>

namespace vigie::scheduling {

struct NewVisitRequest {
    QString workerId;
    QString employmentId;           // the post concerned (hiring: required; else the worker's current post)
    RequestOrigin origin = RequestOrigin::Company;
    RequestMotive motive = RequestMotive::OnRequest;
    QDate requestedOn;
    QDate returnDate;               // Return
    bool physicianWanted = false;   // on request
    bool teleconsultation = false;  // the worker consents to a remote visit
};

struct VisitRequestRecord {
    QString id;
    QString workerId;
    QString workerName;
    QString establishmentId;
    QString establishmentName;
    RequestOrigin origin = RequestOrigin::Company;
    RequestMotive motive = RequestMotive::Hiring;
    VisitKind kind = VisitKind::Vip;
    QDate requestedOn;
    std::optional<QDate> earliest;
    QDate dueBy;
    Performer performer = Performer::HealthPro;
    QString basis;
    bool statutory = true;
    QString status;                  // open, planned, done, cancelled
    std::optional<QDate> bookedOn;   // the live or done appointment's booking day
    std::optional<QDate> visitDay;   // its day
    RequestDelays delays;
};

// A post a request may be recorded for: a worker employed in one of the account's teams' establishments.
struct RequestablePost {
    QString workerId;
    QString workerName;      // "DURAND Marie"
    QDate birthDate;
    QString employmentId;
    QString postTitle;
    QString establishmentName;
    QDate start;
    std::optional<QDate> end;
};

namespace VisitRequestStore {

core::Result<QString> record(security::Session& session, const NewVisitRequest& request);
// The deadline `record` would give, without recording anything: what the request screen shows before
// saving, or the refusal (ErrorCode::Invalid with the reason; Denied out of the teams' scope).
core::Result<RequestDeadline> preview(security::Session& session, const NewVisitRequest& request);
// The posts of the workers whose birth name starts with `nameStart` (accents, case and
// punctuation ignored), in the account's teams' establishments, by name then current post first; at most `limit`.
core::Result<QList<RequestablePost>> posts(security::Session& session, const QString& nameStart, int limit = 50);
// The requests of the account's teams, open and planned first, by deadline; `status` filters when set.
core::Result<QList<VisitRequestRecord>> list(security::Session& session, const QString& status = {});

} // namespace VisitRequestStore
} // namespace vigie::scheduling
