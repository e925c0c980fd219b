#pragma once
// The input of the follow-up rules engine (rules-contract.md "Input"): workers with their employments,
// the visits already performed and their absences, plus the reference date. Plain values, already
// validated by the reader (SituationReader.h) or by whoever builds them.

#include "scheduling/Codes.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace vigie::scheduling {

struct Employment {
    QString id;
    QDate start;
    std::optional<QDate> end; // nullopt: ongoing
    bool apprentice = false;
    bool nightWorker = false;
    QList<SirRisk> sirRisks;          // non-empty: SIR post (R4624-23)
    std::optional<QDate> exposureEnd; // the exposure to sirRisks ended while the employment goes on
};

// A visit already performed.
struct Visit {
    QDate date;
    VisitKind kind = VisitKind::Vip;
    std::optional<QString> employment; // nullopt: counts for every employment of the worker
};

struct Absence {
    QDate start;
    std::optional<QDate> end; // last day of absence; nullopt: still absent
    AbsenceCause cause = AbsenceCause::Illness;
};

struct Worker {
    QString id;
    QDate birthDate;
    QList<Flag> flags;
    QList<Employment> employments;
    QList<Visit> visits;
    QList<Absence> absences; // never overlapping

    bool has(Flag flag) const { return flags.contains(flag); }
};

struct Situation {
    QDate today; // the reference date: the input's `today`, or `--today`
    QList<Worker> workers;
};

// A visit counts for an employment when it is linked to it or to none (a visit linked to another
// employment never counts: rules-contract.md "Input", `visits`).
bool countsFor(const Visit& visit, const QString& employmentId);
// Same, for a target that may be "no employment" (rule 5): then only unlinked visits count.
bool countsFor(const Visit& visit, const std::optional<QString>& employmentId);

} // namespace vigie::scheduling
