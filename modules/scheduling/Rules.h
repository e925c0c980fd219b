#pragma once
// The statutory follow-up rules of rules-contract.md, one function per rule, and dueVisits() that
// applies them all. Pure functions of their input: `today` is a parameter, never read from a clock.
// Background and article references: domain-rules.md §1–2.

#include "scheduling/Category.h"
#include "scheduling/DueVisit.h"
#include "scheduling/Protocol.h"
#include "scheduling/Situation.h"

#include <QDate>
#include <QList>

#include <functional>
#include <optional>

namespace vigie::scheduling {

// Rule 2: only an active employment (no `end`, or `end` not before `today`) gets initial and
// periodic visits; an ended one only keeps its POST_EXPOSURE visit (rule 7).
bool isActive(const Employment& employment, QDate today);

// Rule 3, last line — dispensations R4624-15 (VIP: 5 years, 3 years for R4624-17 workers) and
// R4624-27 (EMA: 2 years): the earliest date of a visit that satisfies the initial visit.
QDate dispensationFloor(Category category, QDate start);
// Rule 3: the initial visit is satisfied by a VIP or EMA (SIR: EMA only) that counts for the
// employment, dated no earlier than dispensationFloor(). Uses categoryForFollowUp (rule 7).
bool initialVisitSatisfied(const Worker& worker, const Employment& employment, QDate today);
// Rule 3 — R4624-24 (SIR: EMA before assignment, by the MT), R4624-18 (night work, under 18: VIP
// before assignment), apprentices (VIP within 2 months), R4624-10 (VIP within 3 months). Nothing
// when the employment is not active or the initial visit is satisfied.
std::optional<DueVisit> initialVisit(const Worker& worker, const Employment& employment, QDate today);

// Rule 4 — R4624-16 (SI, VIP_RENEWAL ≤ 5 years), R4624-17 (SIA, ≤ 3 years), R4624-28 (SIR:
// EMA_RENEWAL by the MT ≤ 4 years, SIR_INTERMEDIATE ≤ 2 years after the MT's exam unless one is
// recorded after it). Only for an active employment whose initial visit is satisfied.
QList<DueVisit> periodicVisits(const Worker& worker, const Employment& employment, QDate today,
                               const Periodicities& periodicities = legalPeriodicities());

// Rule 5 — R4624-31 (visite de reprise, version of décret 2022-372 for absences from 2022-04-01).
bool returnQualifies(const Absence& absence);
// The employment active on `returnDate` with the earliest start (ties: smaller id), if any.
std::optional<QString> returnEmployment(const Worker& worker, QDate returnDate);
QList<DueVisit> returnToWorkVisits(const Worker& worker, QDate today);

// Rule 6 — L4624-2-2 (visite de mi-carrière, for workers turning 45 from 2022 on).
std::optional<DueVisit> midCareerVisit(const Worker& worker, QDate today);

// Rule 7 — L4624-2-1 (visite post-exposition, exposures ending from 2021-10-01 on).
std::optional<QDate> postExposureReference(const Employment& employment);
std::optional<DueVisit> postExposureVisit(const Worker& worker, const Employment& employment, QDate today);

// All the rules for one worker, unsorted.
QList<DueVisit> dueVisits(const Worker& worker, QDate today,
                          const Periodicities& periodicities = legalPeriodicities());
// The same, each employment with its own periodicities (the protocol of the team in charge of its
// establishment).
using PeriodicitiesOfEmployment = std::function<Periodicities(const Employment&)>;
QList<DueVisit> dueVisits(const Worker& worker, QDate today, const PeriodicitiesOfEmployment& periodicitiesOf);
// All the rules for every worker, in the output order (sortDue).
QList<DueVisit> dueVisits(const Situation& situation, const Periodicities& periodicities = legalPeriodicities());

} // namespace vigie::scheduling
