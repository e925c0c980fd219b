#pragma once
// Work stoppages and job-retention cases in the database (0030): the stoppages of a worker (the
// `absences` the follow-up rules read), their import from the employer's file, the PDP cases with their
// steps, the social follow-up and its reviews, the outcome, and what the PDP cell reviews.
//
// Rights: security/PdpPolicy (role × item × action, then the worker's teams); every refusal is audited
// "denied" (resource pdp.<item>), every change and every read of a worker's case "allowed", with
// identifiers only. The clock is the session's.

#include "core/Result.h"
#include "pdp/Pdp.h"
#include "pdp/Stoppage.h"
#include "security/PdpPolicy.h"
#include "security/Session.h"

#include <QList>

namespace vigie::pdp {

struct StoppageRow {
    Stoppage stoppage;
    QString source;        // manual, import, demo
    QString establishment; // name of the employment's establishment, if linked
};

struct ImportReport {
    QList<ImportProblem> problems; // errors: nothing was written
    int added = 0;
    int completed = 0;             // open stoppages given their end
    int unchanged = 0;
    QString establishmentName;
    bool ok() const { return problems.isEmpty(); }
};

struct StepRow {
    Step step;
    QString doneBy;     // display name
    bool linkedDocument = false; // an annexe 4 of part 5° is linked (its text stays in the record)
};

struct ReviewRow {
    Review review = Review::Social3Months;
    QDate due;
    std::optional<QDate> done;
    QString situation; // outcome code at the one-year review
    QString notes;
};

struct SocialFollowUp {
    QString id;
    QDate started;
    std::optional<QDate> ended;
    QString socialWorker; // display name
    bool rightsExplained = false;
    bool adminHelp = false;
    QString notes;
};

struct CaseSummary {
    QString id;
    QString workerId;
    QString workerName;      // "BIRTH NAME First name"
    QString birthDate;
    QString establishment;   // current employment's establishment
    Origin origin = Origin::Service;
    QDate opened;
    QString inCharge;        // display name
    bool closed = false;
    std::optional<QDate> closedOn;
    std::optional<Outcome> outcome;
    bool socialFollowUp = false;
    std::optional<QDate> nextReview;
    QString nextReviewCode;
    QString inChargeId;      // account ids, for "my caseload"
    QString socialWorkerId;
};

struct CaseDetail {
    CaseSummary summary;
    QList<StepRow> steps;                 // by date
    std::optional<SocialFollowUp> social;
    QList<ReviewRow> reviews;             // done and pending, by date
    std::optional<QDate> returnedOn;
};

struct DueReview {
    QString caseId;
    QString workerId;
    Review review = Review::Social3Months;
    QDate date;
};

// A stoppage of more than 30 days of a worker in reach with no open case: a new flag for the cell.
struct Flag {
    QString workerId;
    QString workerName;
    QString absenceId;
    scheduling::AbsenceCause cause = scheduling::AbsenceCause::Illness;
    QDate first;
    std::optional<QDate> last;
    qint64 days = 0;
};

// One line of the cell's agenda: a case and why it is reviewed (no clinical detail).
struct AgendaItem {
    QString caseId;
    QString workerId;
    QString workerName;
    QString establishment;
    QString reason;      // translated: due review, overdue step
    QDate date;
    QString lastStep;    // kind title and date
};

// One decision of the cell's minutes: the meetings of a day in the order they were recorded, each
// meeting's decisions in the order given.
struct MinuteLine {
    int meeting = 1;     // 1 for the day's first meeting, 2 for the second...
    QString caseId;
    QString workerName;  // "BIRTH NAME First name"
    QString decision;
};

namespace StoppageStore {
// Records a stoppage; its employment is the one given (it must be the worker's) or the one in force on
// its first day. Refused when it overlaps another stoppage of the worker. Returns its id.
core::Result<QString> add(security::Session& session, const Stoppage& stoppage);
// The worker's stoppages, latest first.
core::Result<QList<StoppageRow>> list(security::Session& session, const QString& workerId);
// Gives an open stoppage its last day (and expected return).
core::Status end(security::Session& session, const QString& absenceId, const QDate& last);
// The employer's file for one establishment (SIRET): all or nothing, every error named by line.
core::Result<ImportReport> importCsv(security::Session& session, const QString& siret, const QByteArray& bytes);
// Stoppages of more than 30 days on `today` of the workers in reach, without an open case.
core::Result<QList<Flag>> flags(security::Session& session);
} // namespace StoppageStore

namespace PdpStore {
// The PDP policy (security/PdpPolicy) for `item` on `workerId` — empty when no worker is concerned
// (the cell's lists and documents) — with the account's teams widened by its live delegations. A
// refusal is audited "denied" (resource pdp.<item>, reason=role or reason=team) and returned as
// ErrorCode::Denied. Every operation below starts with it.
core::Status require(security::Session& session, security::PdpItem item, security::Action action, const QString& workerId);
// Opens a case (one open case per worker); the professional in charge is the account when it is a
// health professional, else the physician of the worker's team. Returns the case id.
core::Result<QString> open(security::Session& session, const QString& workerId, Origin origin, const QDate& openedOn);
// Adds a step after checkStep; a pre-return or return visit is the visit done that day (an existing
// `visits` row, or a new one by this account); an adjustment proposal links the worker's signed annexe
// 4 of that day or before, when there is one. Returns the step id.
core::Result<QString> addStep(security::Session& session, const QString& caseId, const Step& step);
core::Result<QString> startSocial(security::Session& session, const QString& caseId, const QDate& startedOn);
core::Status updateSocial(security::Session& session, const QString& caseId, bool rightsExplained, bool adminHelp, const QString& notes);
// Records a review done (the one-year review with the worker's situation, an outcome code).
core::Status recordReview(security::Session& session, const QString& caseId, Review review, const QDate& doneOn,
                          const std::optional<Outcome>& situation, const QString& notes);
core::Status close(security::Session& session, const QString& caseId, Outcome outcome, const QDate& closedOn);
// The cases of the workers in reach (open first, then by opening date).
core::Result<QList<CaseSummary>> cases(security::Session& session, bool openOnly);
core::Result<CaseDetail> detail(security::Session& session, const QString& caseId);
// Reviews not done of the open cases in reach dated on or before `until`, by date then case id.
core::Result<QList<DueReview>> dueReviews(security::Session& session, const QDate& until);
// The cell's agenda for a meeting on `meetingDate`: due reviews up to that day, and the cases whose
// return visit is overdue (8 days after the end of the stoppage, R4624-31, with no return visit step).
core::Result<QList<AgendaItem>> agenda(security::Session& session, const QDate& meetingDate);
// The service's name for the cell's documents (empty when not set).
core::Result<QString> serviceName(security::Session& session);
// The latest meeting recorded on `meetingDate`, if any.
core::Result<std::optional<QString>> meetingOn(security::Session& session, const QDate& meetingDate);
// The partners of the job_retention_partner list in force: code → French label, in the list's order.
core::Result<QList<QPair<QString, QString>>> partners(security::Session& session);
// The delays of the reviews set by the service (pdp_settings; the offer's 3, 6 and 12 months when none
// is set). Read by every account: they schedule the reviews of every case.
core::Result<ReviewDelays> reviewDelays(security::Session& session);
// Sets them (the administrator only: refused and audited otherwise, resource pdp.settings); checked by
// checkReviewDelays. The reviews not yet done are scheduled by the new delays from then on.
core::Status setReviewDelays(security::Session& session, const ReviewDelays& delays);
// Records a meeting and its decisions (case id → text). Returns the meeting id.
core::Result<QString> recordMeeting(security::Session& session, const QDate& meetingDate, const QList<QPair<QString, QString>>& decisions);
// Every decision of every meeting recorded on `meetingDate` (the minutes of the day).
core::Result<QList<MinuteLine>> minutesOn(security::Session& session, const QDate& meetingDate);
// The decisions of a meeting, case id → text.
core::Result<QList<QPair<QString, QString>>> decisions(security::Session& session, const QString& meetingId);
} // namespace PdpStore

} // namespace vigie::pdp
