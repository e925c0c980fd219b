#pragma once
// The demo's history of an employment's statutory visits, consistent with the follow-up rules
// (rules-contract.md rules 3 and 4; issue 19 item 7): the hiring visit of the right kind in its
// window (EMA before assignment for SIR, VIP before assignment for a night post, VIP within 2 months
// for an apprentice and 3 months otherwise), then renewals of the right kind within the legal maxima
// (VIP_RENEWAL within 5 years for SI and 3 for SIA, done in the months before the deadline; for SIR an
// intermediate visit within 2 years of the EMA and an EMA_RENEWAL within 4). A few employments fall
// behind on purpose (`lateShare`): their last visit is not renewed, so that a realistic few percent
// are overdue — by months (at most `maxLateDays`), not decades.
// Pure, deterministic through the caller's generator.

#include <QDate>
#include <QList>

#include <algorithm>

namespace vigie::cli::history {

enum class Kind { Vip, VipRenewal, Ema, EmaRenewal, Intermediate };

struct Input {
    qint64 start = 0;   // Julian days
    qint64 end = -1;    // -1: open-ended
    int followUp = 0;   // 0 SI, 1 SIA, 2 SIR (the generator's FollowUp)
    bool night = false; // SIA because of a night post (or a minor): visit before assignment
    bool apprentice = false;
    qint64 today = 0;
    qint64 horizon = 0; // last day a planned visit may have
};

struct Visit {
    qint64 day = 0;
    Kind kind = Kind::Vip;
};

inline qint64 plusYears(qint64 day, int years)
{
    return QDate::fromJulianDay(day).addYears(years).toJulianDay();
}

// The deadline the rules would give next, from these visits (ordered by day): the initial visit's
// when none, else the periodic one.
inline qint64 nextDeadline(const Input& in, const QList<Visit>& visits)
{
    if (visits.isEmpty()) {
        if (in.followUp == 2 || in.night)
            return in.start;
        return QDate::fromJulianDay(in.start).addMonths(in.apprentice ? 2 : 3).toJulianDay();
    }
    if (in.followUp != 2)
        return plusYears(visits.last().day, in.followUp == 1 ? 3 : 5);
    qint64 lastExam = -1;
    bool intermediateAfter = false;
    for (const Visit& v : visits) {
        if (v.kind == Kind::Ema || v.kind == Kind::EmaRenewal) {
            lastExam = v.day;
            intermediateAfter = false;
        } else if (v.kind == Kind::Intermediate && lastExam >= 0) {
            intermediateAfter = true;
        }
    }
    if (lastExam < 0)
        return in.start;
    return intermediateAfter ? plusYears(lastExam, 4) : plusYears(lastExam, 2);
}

// The demo's bound on lateness: no visit of the history is overdue by more than this (the test of the
// demo asserts it on the follow-up screens' own count).
inline constexpr qint64 maxLateDays = 180;

template <class Rng>
QList<Visit> employmentVisits(const Input& in, Rng& rng, double lateShare)
{
    QList<Visit> out;
    const qint64 stop = in.end < 0 ? in.horizon : std::min(in.end, in.horizon);
    qint64 first;
    if (in.followUp == 2)
        first = in.start - rng.between(0, 30);
    else if (in.night)
        first = in.start - rng.between(0, 20);
    else
        first = in.start + rng.between(0, in.apprentice ? 55 : 85);
    if (first > stop)
        return out;
    out.append({first, in.followUp == 2 ? Kind::Ema : Kind::Vip});
    // Renewals, each in the months before the legal deadline the previous visits give, as a service
    // convokes them: so that at any day the visits due within the next months are still to plan, as
    // on a real service's follow-up screen (issue 19: "180 overdue of 656" came from renewals done
    // years early, leaving almost nothing due but the late ones).
    for (int k = 1;; ++k) {
        const qint64 previous = out.last().day;
        qint64 day;
        Kind kind;
        if (in.followUp == 2) {
            const bool intermediate = k % 2 == 1;
            day = previous + rng.between(600, 680); // within 2 years even when missed once and done 6 weeks later
            kind = intermediate ? Kind::Intermediate : Kind::EmaRenewal;
        } else {
            day = nextDeadline(in, out) - (in.followUp == 1 ? rng.between(0, 60) : rng.between(0, 90));
            kind = Kind::VipRenewal;
        }
        if (day > stop)
            break;
        out.append({day, kind});
    }
    // Falling behind: the last visits are not renewed, until the deadline has passed within the last
    // `maxLateDays` days (months, not years).
    if (rng.uniform() < lateShare) {
        QList<Visit> cut = out;
        while (!cut.isEmpty() && nextDeadline(in, cut) >= in.today)
            cut.removeLast();
        const qint64 due = nextDeadline(in, cut);
        if (due < in.today && due >= in.today - maxLateDays)
            return cut;
    }
    return out;
}

} // namespace vigie::cli::history
