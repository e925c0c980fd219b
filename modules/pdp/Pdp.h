#pragma once
// Job retention (prévention de la désinsertion professionnelle, domain-rules.md §2.1–2.3 and §7): the
// codes of a PDP case (origin, steps, outcome, reviews, cli-contract.md "Work stoppages and job
// retention"), the order its steps must follow, and the reviews the offer asks for — the social
// worker's follow-up at 3 and 6 months from its start, the one-year evaluation from the return to work
// (Présanse offer §3.5.2.1, §3.5.3). Pure code: no SQL, no clock.

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::pdp {

enum class Origin { Worker, Employer, AttendingDoctor, MedecinConseil, Service };
enum class StepKind { Liaison, PreReturnVisit, ReturnVisit, AdjustmentProposal, SupervisedTrial, Crpe, Referral };
enum class Outcome { KeptSamePost, AdjustedPost, Redeployed, LeftCompany, UnfitDismissed, Other };
enum class Review { Social3Months, Social6Months, Outcome1Year };

QString codeOf(Origin v);    // WORKER, EMPLOYER, ...
QString codeOf(StepKind v);  // LIAISON, PRE_RETURN_VISIT, ...
QString codeOf(Outcome v);   // KEPT_SAME_POST, ...
QString codeOf(Review v);    // social_3_months, social_6_months, outcome_1_year
QString titleOf(Origin v);   // translated
QString titleOf(StepKind v);
QString titleOf(Outcome v);
QString titleOf(Review v);
QList<Origin> allOrigins();
QList<StepKind> allStepKinds();
QList<Outcome> allOutcomes();
QList<Review> allReviews();
// Exact codes only; an unknown code is ErrorCode::Invalid naming the value and the accepted codes.
core::Result<Origin> originFromCode(const QString& code);
core::Result<StepKind> stepKindFromCode(const QString& code);
core::Result<Outcome> outcomeFromCode(const QString& code);
core::Result<Review> reviewFromCode(const QString& code);

// Steps that are the physician's (or a health professional's by delegation): examinations and the
// L4624-3 proposal. The others (liaison, essai encadré, CRPE, referral) are the cell's and the social
// worker's.
bool isMedicalStep(StepKind kind);

inline constexpr int SupervisedTrialMaxWorkingDays = 28; // 14, renewable once (D323-6 CSS)
inline constexpr int SupervisedTrialFirstPeriod = 14;
inline constexpr int CrpeMaxMonths = 18;                  // L5213-3-1 CT

struct Step {
    QString id;
    StepKind kind = StepKind::Liaison;
    QDate date;
    std::optional<QDate> end; // essai encadré, CRPE
    QString partner;          // referrals: a job_retention_partner code
};

struct CaseFacts {
    QDate opened;
    bool closed = false;
    QList<Step> steps; // those recorded, any order
};

// Whether `step` may be added to the case on `today` (ErrorCode::Invalid with the reason otherwise):
// a date within [opening, today]; a case still open; no liaison, pre-return visit or essai encadré
// after the return visit, nor a return visit before one of them (they take place during the
// stoppage, R4624-29, L1226-1-3, D323-6 CSS); an adjustment proposal or a CRPE only after a
// pre-return or return visit (L4624-3, L5213-3-1); an essai encadré of at most 28 working days, a CRPE
// of at most 18 months; a referral names its partner. Working days are the business days of the
// French calendar (core/FrenchCalendar, metropolitan holidays), first and last day included.
core::Status checkStep(const CaseFacts& facts, const Step& step, const QDate& today);

// The delays of the offer, settings defaulting to 3 months, 6 months and 1 year (domain-rules.md §7).
struct ReviewDelays {
    int firstSocialMonths = 3;
    int secondSocialMonths = 6;
    int outcomeMonths = 12;
};

// Delays the service may set: the first social review 1 to 24 months after the start, the second
// after the first and at most 36 months, the one-year evaluation 1 to 36 months after the return.
// ErrorCode::Invalid naming the rule otherwise.
core::Status checkReviewDelays(const ReviewDelays& delays);

// "Start + N months", clamped to the month's last day (31 August + 3 months = 30 November).
QDate reviewDate(Review review, const QDate& from, const ReviewDelays& delays = {});

// The day the worker went back to work for the one-year evaluation: the first return visit of the
// case, else the day after the end of the stoppage that was running when the case opened (or began
// after); nullopt while the worker is still off work.
struct StoppagePeriod {
    QDate first;
    std::optional<QDate> last;
};
std::optional<QDate> returnDay(const CaseFacts& facts, const QList<StoppagePeriod>& stoppages);

struct ScheduledReview {
    Review review = Review::Social3Months;
    QDate date;
};
// The reviews still to do for an open case: the social ones when a follow-up started, the outcome
// when the return day is known; `done` are the reviews recorded. Sorted by date.
QList<ScheduledReview> pendingReviews(const std::optional<QDate>& socialStart, const std::optional<QDate>& returnedOn,
                                      const QList<Review>& done, const ReviewDelays& delays = {});

} // namespace vigie::pdp
