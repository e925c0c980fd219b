#pragma once
// The codes of rules-contract.md as enums, with their text form (the JSON and CLI spelling). A code
// is parsed strictly: exact upper-case spelling, anything else is unknown (std::nullopt).

#include <QString>

#include <optional>

namespace vigie::scheduling {

// Worker flags (`workers[].flags`).
enum class Flag { Rqth, InvalidityPension, Pregnant };

// The R4624-23 list (`employments[].sir_risks`): any one of them makes the post SIR.
enum class SirRisk {
    Asbestos,
    Lead,
    Cmr,
    Bio34,
    IonisingRadiation,
    Hyperbaric,
    Scaffolding,
    AptitudeSpecific,
    EmployerListed,
};

// Visit kinds: the eight the engine emits, then two that are only ever recorded.
enum class VisitKind {
    Vip,
    VipRenewal,
    Ema,
    EmaRenewal,
    SirIntermediate,
    Return,
    MidCareer,
    PostExposure,
    PreReturn, // recorded, never emitted
    OnRequest, // recorded, never emitted
};

// `absences[].cause`.
enum class AbsenceCause { Illness, WorkAccident, OccupationalDisease, Maternity };

// Who may perform a due visit: the médecin du travail only, or any health professional of
// L4624-1 I under the MT's protocol (collaborateur médecin, interne, infirmier).
enum class Performer { Mt, HealthPro };

// Follow-up category of an employment (rule 1).
enum class Category { Si, Sia, Sir };

QString codeOf(Flag flag);
QString codeOf(SirRisk risk);
QString codeOf(VisitKind kind);
QString codeOf(AbsenceCause cause);
QString codeOf(Performer performer);
QString codeOf(Category category);

std::optional<Flag> flagFromCode(const QString& code);
std::optional<SirRisk> sirRiskFromCode(const QString& code);
std::optional<VisitKind> visitKindFromCode(const QString& code);
std::optional<AbsenceCause> absenceCauseFromCode(const QString& code);

} // namespace vigie::scheduling
