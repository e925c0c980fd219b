#pragma once
// The membership form (adhésion, issue 5 part 2): besides the administrative data of the member
// (Member.h), the first risks the employer declares, the estimated number of workers in each
// follow-up category, and the six answers that give the prevention culture score (PreventionScore.h).

#include "core/Result.h"
#include "membership/PreventionScore.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::membership {

struct MembershipForm {
    QString id;              // empty until saved
    QString establishmentId;
    QDate date;              // the day the form was filled
    int estimatedSi = 0;     // estimated workers in individual follow-up (SI)
    int estimatedSia = 0;    // adapted (SIA)
    int estimatedSir = 0;    // reinforced (SIR)
    PreventionAnswers answers;
    QStringList risks;       // exposure thesaurus codes declared by the employer
    QString notes;

    std::optional<int> scoreTenths() const { return preventionScoreTenths(answers); }
    int estimatedTotal() const { return estimatedSi + estimatedSia + estimatedSir; }
};

// A date not in the future, counts ≥ 0, every question answered (the score needs all six).
core::Status validateMembershipForm(const MembershipForm& form, const QDate& today);

} // namespace vigie::membership
