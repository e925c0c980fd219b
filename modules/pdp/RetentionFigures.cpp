#include "pdp/RetentionFigures.h"

#include <algorithm>

namespace vigie::pdp {

namespace {
template<class T>
CodeCounts<T> zeros(const QList<T>& all)
{
    CodeCounts<T> out;
    for (T v : all)
        out.append({v, 0});
    return out;
}

template<class T>
void bump(CodeCounts<T>& counts, T code)
{
    for (auto& [c, n] : counts)
        if (c == code)
            ++n;
}

template<class T>
qint64 sum(const CodeCounts<T>& counts)
{
    qint64 n = 0;
    for (const auto& [c, k] : counts)
        n += k;
    return n;
}
} // namespace

bool inPeriod(const QDate& day, const QDate& from, const QDate& to)
{
    return day.isValid() && day >= from && day <= to;
}

bool activeDuring(const QDate& start, const std::optional<QDate>& end, const QDate& from, const QDate& to)
{
    return start.isValid() && start <= to && (!end || *end >= from);
}

bool openAt(const QDate& opened, const std::optional<QDate>& closedOn, const QDate& d)
{
    return opened.isValid() && opened <= d && (!closedOn || *closedOn > d);
}

bool keptInEmployment(Outcome outcome)
{
    return outcome == Outcome::KeptSamePost || outcome == Outcome::AdjustedPost || outcome == Outcome::Redeployed;
}

qint64 RetentionFigures::opened() const { return sum(openedByOrigin); }
qint64 RetentionFigures::closed() const { return sum(closedByOutcome); }
qint64 RetentionFigures::oneYearReviews() const { return sum(oneYearBySituation); }

RetentionFigures emptyFigures()
{
    RetentionFigures f;
    f.openedByOrigin = zeros(allOrigins());
    f.closedByOutcome = zeros(allOutcomes());
    f.stepsByKind = zeros(allStepKinds());
    f.oneYearBySituation = zeros(allOutcomes());
    return f;
}

RetentionFigures retentionFigures(const QList<CaseRecord>& cases, const QDate& from, const QDate& to)
{
    RetentionFigures f = emptyFigures();
    QSet<QString> supported;
    for (const CaseRecord& c : cases) {
        if (inPeriod(c.opened, from, to))
            bump(f.openedByOrigin, c.origin);
        if (c.closedOn && c.outcome && inPeriod(*c.closedOn, from, to)) {
            bump(f.closedByOutcome, *c.outcome);
            f.daysToClose << c.opened.daysTo(*c.closedOn);
        }
        if (openAt(c.opened, c.closedOn, to))
            ++f.openAtEnd;
        for (const Step& s : c.steps)
            if (inPeriod(s.date, from, to))
                bump(f.stepsByKind, s.kind);
        if (c.socialStart && activeDuring(*c.socialStart, c.socialEnd, from, to))
            supported.insert(c.workerId);
        for (const ReviewRecord& r : c.reviews) {
            if (!inPeriod(r.done, from, to))
                continue;
            ++f.reviewsDone;
            if (r.done <= r.due)
                ++f.reviewsOnTime;
            if (r.review == Review::Outcome1Year && r.situation) {
                bump(f.oneYearBySituation, *r.situation);
                if (keptInEmployment(*r.situation))
                    ++f.keptAtOneYear;
            }
        }
    }
    f.socialSupportPeople = supported.size();
    std::sort(f.daysToClose.begin(), f.daysToClose.end());
    return f;
}

} // namespace vigie::pdp
