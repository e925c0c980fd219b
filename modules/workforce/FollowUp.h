#pragma once
// The follow-up category of an employment, with its reasons (issue 5 part 4). The category itself is
// rule 1 of rules-contract.md, computed by scheduling::followUpCategory — the same function the rules
// engine uses, so a declaration and the visits it leads to can never disagree. This file adds what
// people read: one reason per cause, with its article, e.g. "SIR: amiante (R4624-23 I 1°)", and the
// physician's override (a category set by the médecin du travail, with a recorded reason).
// Pure code: the exposures' R4624-23 risks come from the exposure thesaurus, loaded by the stores.

#include "scheduling/Codes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::workforce {

using scheduling::Category;

// An exposure of the exposure thesaurus as the category needs it.
struct ExposureInfo {
    QString code;                               // e.g. CHIM.AMIANTE
    QString label;                              // its label
    std::optional<scheduling::SirRisk> sirRisk; // its sir_risk attribute: the post is then SIR
    QString sirLabel;                           // label of that risk in the sir_risk list ("Amiante")
    QString sirBasis;                           // its article ("R4624-23 I 1°")
    bool selectable = true;                     // false for a grouping node (family)
    bool retired = false;                       // no longer in force
};

struct FollowUpInput {
    QDate birthDate;
    bool rqth = false;
    bool invalidityPension = false;
    QDate start;
    bool nightWork = false;
    bool apprentice = false;
    QList<ExposureInfo> exposures;
};

struct FollowUpDecision {
    Category category = Category::Si;
    QString rule;          // scheduling::followUpCategory's reason, in codes: "SIR: ASBESTOS (R4624-23)"
    QStringList reasons;   // for people, translated: "SIR: amiante (R4624-23 I 1°)", one per cause
    QString text() const { return reasons.join(QStringLiteral("; ")); }
};

// Rule 1 (SIR when an exposure carries an R4624-23 risk; otherwise SIA for night work, under 18 on the
// start date, RQTH or an invalidity pension; otherwise SI), with one reason per cause.
FollowUpDecision computeFollowUp(const FollowUpInput& input);

// The category in force: the physician's override when there is one, else the computed one.
inline Category effectiveCategory(Category computed, const std::optional<Category>& override)
{
    return override.value_or(computed);
}

// "SI", "SIA", "SIR" and back (scheduling::codeOf / parse).
QString categoryCode(Category category);
std::optional<Category> categoryFromCode(const QString& code);
// The higher of two categories (SIR > SIA > SI): a worker with several posts is followed in the highest.
Category higher(Category a, Category b);

} // namespace vigie::workforce
