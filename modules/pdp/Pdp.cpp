#include "pdp/Pdp.h"

#include "core/FrenchCalendar.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie::pdp {
using core::Error;
using core::ErrorCode;

namespace {


template<class T>
core::Result<T> fromCode(const QString& code, const QList<T>& all, const char* what)
{
    QStringList accepted;
    for (T v : all) {
        if (codeOf(v) == code)
            return v;
        accepted << codeOf(v);
    }
    return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::pdp", "Unknown %1 \"%2\" (accepted: %3)")
                                         .arg(QCoreApplication::translate("vigie::pdp", what), code, accepted.join(QStringLiteral(", ")))};
}

QString day(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

Error invalid(const QString& message) { return Error{ErrorCode::Invalid, message}; }

} // namespace

QString codeOf(Origin v)
{
    switch (v) {
    case Origin::Worker: return QStringLiteral("WORKER");
    case Origin::Employer: return QStringLiteral("EMPLOYER");
    case Origin::AttendingDoctor: return QStringLiteral("ATTENDING_DOCTOR");
    case Origin::MedecinConseil: return QStringLiteral("MEDECIN_CONSEIL");
    case Origin::Service: return QStringLiteral("SERVICE");
    }
    return {};
}

QString codeOf(StepKind v)
{
    switch (v) {
    case StepKind::Liaison: return QStringLiteral("LIAISON");
    case StepKind::PreReturnVisit: return QStringLiteral("PRE_RETURN_VISIT");
    case StepKind::ReturnVisit: return QStringLiteral("RETURN_VISIT");
    case StepKind::AdjustmentProposal: return QStringLiteral("ADJUSTMENT_PROPOSAL");
    case StepKind::SupervisedTrial: return QStringLiteral("SUPERVISED_TRIAL");
    case StepKind::Crpe: return QStringLiteral("CRPE");
    case StepKind::Referral: return QStringLiteral("REFERRAL");
    }
    return {};
}

QString codeOf(Outcome v)
{
    switch (v) {
    case Outcome::KeptSamePost: return QStringLiteral("KEPT_SAME_POST");
    case Outcome::AdjustedPost: return QStringLiteral("ADJUSTED_POST");
    case Outcome::Redeployed: return QStringLiteral("REDEPLOYED");
    case Outcome::LeftCompany: return QStringLiteral("LEFT_COMPANY");
    case Outcome::UnfitDismissed: return QStringLiteral("UNFIT_DISMISSED");
    case Outcome::Other: return QStringLiteral("OTHER");
    }
    return {};
}

QString codeOf(Review v)
{
    switch (v) {
    case Review::Social3Months: return QStringLiteral("social_3_months");
    case Review::Social6Months: return QStringLiteral("social_6_months");
    case Review::Outcome1Year: return QStringLiteral("outcome_1_year");
    }
    return {};
}

QString titleOf(Origin v)
{
    switch (v) {
    case Origin::Worker: return QCoreApplication::translate("vigie::pdp", "The worker");
    case Origin::Employer: return QCoreApplication::translate("vigie::pdp", "The employer");
    case Origin::AttendingDoctor: return QCoreApplication::translate("vigie::pdp", "The attending doctor");
    case Origin::MedecinConseil: return QCoreApplication::translate("vigie::pdp", "The health insurance's medical adviser");
    case Origin::Service: return QCoreApplication::translate("vigie::pdp", "The service (pre-return visit, liaison meeting, stoppage)");
    }
    return {};
}

QString titleOf(StepKind v)
{
    switch (v) {
    case StepKind::Liaison: return QCoreApplication::translate("vigie::pdp", "Liaison meeting");
    case StepKind::PreReturnVisit: return QCoreApplication::translate("vigie::pdp", "Pre-return visit");
    case StepKind::ReturnVisit: return QCoreApplication::translate("vigie::pdp", "Return-to-work visit");
    case StepKind::AdjustmentProposal: return QCoreApplication::translate("vigie::pdp", "Adjustment proposal");
    case StepKind::SupervisedTrial: return QCoreApplication::translate("vigie::pdp", "Supervised trial");
    case StepKind::Crpe: return QCoreApplication::translate("vigie::pdp", "Vocational retraining agreement (CRPE)");
    case StepKind::Referral: return QCoreApplication::translate("vigie::pdp", "Referral to a partner");
    }
    return {};
}

QString titleOf(Outcome v)
{
    switch (v) {
    case Outcome::KeptSamePost: return QCoreApplication::translate("vigie::pdp", "Kept in the same post");
    case Outcome::AdjustedPost: return QCoreApplication::translate("vigie::pdp", "Kept in an adjusted post");
    case Outcome::Redeployed: return QCoreApplication::translate("vigie::pdp", "Redeployed in the company");
    case Outcome::LeftCompany: return QCoreApplication::translate("vigie::pdp", "Left the company");
    case Outcome::UnfitDismissed: return QCoreApplication::translate("vigie::pdp", "Unfit and dismissed");
    case Outcome::Other: return QCoreApplication::translate("vigie::pdp", "Other");
    }
    return {};
}

QString titleOf(Review v)
{
    switch (v) {
    case Review::Social3Months: return QCoreApplication::translate("vigie::pdp", "Social review at 3 months");
    case Review::Social6Months: return QCoreApplication::translate("vigie::pdp", "Social review at 6 months");
    case Review::Outcome1Year: return QCoreApplication::translate("vigie::pdp", "Outcome at one year");
    }
    return {};
}

QList<Origin> allOrigins()
{
    return {Origin::Worker, Origin::Employer, Origin::AttendingDoctor, Origin::MedecinConseil, Origin::Service};
}

QList<StepKind> allStepKinds()
{
    return {StepKind::Liaison, StepKind::PreReturnVisit, StepKind::ReturnVisit, StepKind::AdjustmentProposal,
            StepKind::SupervisedTrial, StepKind::Crpe, StepKind::Referral};
}

QList<Outcome> allOutcomes()
{
    return {Outcome::KeptSamePost, Outcome::AdjustedPost, Outcome::Redeployed, Outcome::LeftCompany, Outcome::UnfitDismissed, Outcome::Other};
}

QList<Review> allReviews() { return {Review::Social3Months, Review::Social6Months, Review::Outcome1Year}; }

core::Result<Origin> originFromCode(const QString& code) { return fromCode(code, allOrigins(), QT_TRANSLATE_NOOP("vigie::pdp", "origin")); }
core::Result<StepKind> stepKindFromCode(const QString& code) { return fromCode(code, allStepKinds(), QT_TRANSLATE_NOOP("vigie::pdp", "step kind")); }
core::Result<Outcome> outcomeFromCode(const QString& code) { return fromCode(code, allOutcomes(), QT_TRANSLATE_NOOP("vigie::pdp", "outcome")); }
core::Result<Review> reviewFromCode(const QString& code) { return fromCode(code, allReviews(), QT_TRANSLATE_NOOP("vigie::pdp", "review")); }

bool isMedicalStep(StepKind kind)
{
    return kind == StepKind::PreReturnVisit || kind == StepKind::ReturnVisit || kind == StepKind::AdjustmentProposal;
}

core::Status checkStep(const CaseFacts& facts, const Step& step, const QDate& today)
{
    if (facts.closed)
        return invalid(QCoreApplication::translate("vigie::pdp", "The case is closed: no step can be added"));
    if (!step.date.isValid())
        return invalid(QCoreApplication::translate("vigie::pdp", "The step has no valid date"));
    if (step.date < facts.opened)
        return invalid(QCoreApplication::translate("vigie::pdp", "The step (%1) is dated before the opening of the case (%2)").arg(day(step.date), day(facts.opened)));
    if (step.date > today)
        return invalid(QCoreApplication::translate("vigie::pdp", "The step is dated %1, in the future").arg(day(step.date)));

    const auto during = [](StepKind k) {
        return k == StepKind::Liaison || k == StepKind::PreReturnVisit || k == StepKind::SupervisedTrial;
    };
    std::optional<QDate> firstReturn;
    std::optional<QDate> lastDuring;
    std::optional<QDate> firstExam;
    for (const Step& s : facts.steps) {
        if (s.kind == StepKind::ReturnVisit && (!firstReturn || s.date < *firstReturn))
            firstReturn = s.date;
        if (during(s.kind) && (!lastDuring || s.date > *lastDuring))
            lastDuring = s.date;
        if ((s.kind == StepKind::PreReturnVisit || s.kind == StepKind::ReturnVisit) && (!firstExam || s.date < *firstExam))
            firstExam = s.date;
    }
    if (during(step.kind) && firstReturn && step.date > *firstReturn)
        return invalid(QCoreApplication::translate("vigie::pdp", "Out of order: a %1 takes place during the stoppage, before the return-to-work visit of %2")
                           .arg(titleOf(step.kind).toLower(), day(*firstReturn)));
    if (step.kind == StepKind::ReturnVisit && lastDuring && step.date < *lastDuring)
        return invalid(QCoreApplication::translate("vigie::pdp", "Out of order: the return-to-work visit cannot come before a step of the stoppage recorded on %1")
                           .arg(day(*lastDuring)));
    if ((step.kind == StepKind::AdjustmentProposal || step.kind == StepKind::Crpe) && (!firstExam || *firstExam > step.date))
        return invalid(QCoreApplication::translate("vigie::pdp", "Out of order: a %1 follows a pre-return or return-to-work visit; record the visit first (%2)")
                           .arg(titleOf(step.kind).toLower(),
                                step.kind == StepKind::Crpe ? QStringLiteral("L5213-3-1") : QStringLiteral("L4624-3")));
    if (step.end && *step.end < step.date)
        return invalid(QCoreApplication::translate("vigie::pdp", "The step ends on %1, before it begins on %2").arg(day(*step.end), day(step.date)));
    if (step.kind == StepKind::SupervisedTrial) {
        if (!step.end)
            return invalid(QCoreApplication::translate("vigie::pdp", "A supervised trial needs its last day"));
        const int days = core::businessDaysBetween(step.date.addDays(-1), *step.end, core::Region::Metropole);
        if (days > SupervisedTrialMaxWorkingDays)
            return invalid(QCoreApplication::translate("vigie::pdp", "A supervised trial lasts at most %1 working days (14, renewable once); this one lasts %2")
                               .arg(SupervisedTrialMaxWorkingDays)
                               .arg(days));
    }
    if (step.kind == StepKind::Crpe && step.end && *step.end > step.date.addMonths(CrpeMaxMonths))
        return invalid(QCoreApplication::translate("vigie::pdp", "A CRPE lasts at most %1 months; this one would end on %2").arg(CrpeMaxMonths).arg(day(*step.end)));
    if (step.kind == StepKind::Referral && step.partner.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("vigie::pdp", "A referral names its partner (Cap emploi, MDPH, CARSAT, CPAM, Agefiph, France Travail…)"));
    return {};
}

core::Status checkReviewDelays(const ReviewDelays& d)
{
    if (d.firstSocialMonths < 1 || d.firstSocialMonths > 24)
        return invalid(QCoreApplication::translate("vigie::pdp", "The first social review must come 1 to 24 months after the start (%1 given)")
                           .arg(d.firstSocialMonths));
    if (d.secondSocialMonths <= d.firstSocialMonths || d.secondSocialMonths > 36)
        return invalid(QCoreApplication::translate("vigie::pdp", "The second social review must come after the first (%1 months) and at most 36 months after the start (%2 given)")
                           .arg(d.firstSocialMonths)
                           .arg(d.secondSocialMonths));
    if (d.outcomeMonths < 1 || d.outcomeMonths > 36)
        return invalid(QCoreApplication::translate("vigie::pdp", "The outcome review must come 1 to 36 months after the return to work (%1 given)")
                           .arg(d.outcomeMonths));
    return {};
}

QDate reviewDate(Review review, const QDate& from, const ReviewDelays& delays)
{
    switch (review) {
    case Review::Social3Months: return from.addMonths(delays.firstSocialMonths);
    case Review::Social6Months: return from.addMonths(delays.secondSocialMonths);
    case Review::Outcome1Year: return from.addMonths(delays.outcomeMonths);
    }
    return {};
}

std::optional<QDate> returnDay(const CaseFacts& facts, const QList<StoppagePeriod>& stoppages)
{
    std::optional<QDate> out;
    for (const Step& s : facts.steps)
        if (s.kind == StepKind::ReturnVisit && (!out || s.date < *out))
            out = s.date;
    if (out)
        return out;
    // The stoppage running when the case opened, or the first one after.
    const StoppagePeriod* best = nullptr;
    for (const StoppagePeriod& p : stoppages) {
        const bool relevant = !p.last || *p.last >= facts.opened;
        if (relevant && (!best || p.first < best->first))
            best = &p;
    }
    if (!best || !best->last)
        return std::nullopt;
    return best->last->addDays(1);
}

QList<ScheduledReview> pendingReviews(const std::optional<QDate>& socialStart, const std::optional<QDate>& returnedOn,
                                      const QList<Review>& done, const ReviewDelays& delays)
{
    QList<ScheduledReview> out;
    if (socialStart)
        for (Review r : {Review::Social3Months, Review::Social6Months})
            if (!done.contains(r))
                out << ScheduledReview{r, reviewDate(r, *socialStart, delays)};
    if (returnedOn && !done.contains(Review::Outcome1Year))
        out << ScheduledReview{Review::Outcome1Year, reviewDate(Review::Outcome1Year, *returnedOn, delays)};
    std::stable_sort(out.begin(), out.end(), [](const ScheduledReview& a, const ScheduledReview& b) { return a.date < b.date; });
    return out;
}

} // namespace vigie::pdp
