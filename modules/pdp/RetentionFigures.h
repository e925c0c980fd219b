#pragma once
// The figures of job retention over a period (issue 17 part 6, issue 16 part 3 "job retention"): what
// the PDP cases, their steps, social follow-ups and reviews count for, defined once here. The offer's
// indicator SOCIAL_SUPPORT_PEOPLE (indicators-contract.md) is one of them; the others are the cell's
// steering figures (instruction DGT/CNAM of 26 April 2022: "outils de pilotage et d'évaluation des
// parcours"). Pure code: no SQL, no clock. reports/RetentionStore counts the same in SQL; the
// reference computation below states each definition on records and is what the tests check it by.

#include "pdp/Pdp.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace vigie::pdp {

// A day within [from, to], both included.
bool inPeriod(const QDate& day, const QDate& from, const QDate& to);
// A social follow-up started on `start`, ended on `end` (none: still running) is active at some day of
// [from, to]: start ≤ to and (no end or end ≥ from).
bool activeDuring(const QDate& start, const std::optional<QDate>& end, const QDate& from, const QDate& to);
// A case open at D: opened on or before D and not closed on or before D.
bool openAt(const QDate& opened, const std::optional<QDate>& closedOn, const QDate& d);
// The worker is still employed in the company: same post, adjusted post or redeployed in the company.
bool keptInEmployment(Outcome outcome);

// One case as the figures read it.
struct ReviewRecord {
    Review review = Review::Social3Months;
    QDate due;
    QDate done;
    std::optional<Outcome> situation; // the one-year review
};
struct CaseRecord {
    QString workerId;
    Origin origin = Origin::Service;
    QDate opened;
    std::optional<QDate> closedOn;
    std::optional<Outcome> outcome;
    QList<Step> steps;
    std::optional<QDate> socialStart;
    std::optional<QDate> socialEnd;
    QList<ReviewRecord> reviews;
};

template<class T>
using CodeCounts = QList<QPair<T, qint64>>; // every code of the list, in its order

struct RetentionFigures {
    CodeCounts<Origin> openedByOrigin;   // cases opened in the period, by origin
    CodeCounts<Outcome> closedByOutcome; // cases closed in the period, by outcome
    CodeCounts<StepKind> stepsByKind;    // steps dated in the period, by kind
    qint64 openAtEnd = 0;                // cases open at the period's last day
    qint64 socialSupportPeople = 0;      // distinct workers with a social follow-up active in the period
    qint64 reviewsDone = 0;              // reviews (3 and 6 months, one year) done in the period
    qint64 reviewsOnTime = 0;            // of those, done on or before their due day
    CodeCounts<Outcome> oneYearBySituation; // one-year reviews done in the period, by the worker's situation
    qint64 keptAtOneYear = 0;            // of those, kept in employment (keptInEmployment)
    QList<qint64> daysToClose;           // cases closed in the period: days from opening to closure, ascending

    qint64 opened() const;               // sum of openedByOrigin
    qint64 closed() const;
    qint64 oneYearReviews() const;
};

// Every figure with zero counts for every code (the shape the store fills).
RetentionFigures emptyFigures();
// The reference computation of every figure on `cases` over [from, to].
RetentionFigures retentionFigures(const QList<CaseRecord>& cases, const QDate& from, const QDate& to);

} // namespace vigie::pdp
