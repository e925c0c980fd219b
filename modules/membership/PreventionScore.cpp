#include "membership/PreventionScore.h"

namespace vigie::membership {

const std::array<QString, PreventionQuestionCount>& preventionQuestions()
{
    // Regulatory French wording, kept verbatim from the offer (issue 5): not translated on purpose.
    static const std::array<QString, PreventionQuestionCount> questions{
        QStringLiteral("Présence d'un DUERP ?"),
        QStringLiteral("DUERP élaboré avec les salariés ?"),
        QStringLiteral("Présence d'un plan d'actions de prévention ?"),
        QStringLiteral("Plan d'actions de prévention avec bilans réguliers et mise à jour ?"),
        QStringLiteral("Présence d'instances représentatives du personnel ou salariés déclarés compétents ?"),
        QStringLiteral("Présence d'un processus / livret d'accueil des nouveaux salariés ?"),
    };
    return questions;
}

int preventionScoreTenths(int yes)
{
    if (yes < 0 || yes > PreventionQuestionCount)
        return -1;
    // 5 × yes ÷ 6 in tenths = 50 × yes ÷ 6, rounded half up: (2 × 50 × yes + 6) div (2 × 6).
    return (100 * yes + PreventionQuestionCount) / (2 * PreventionQuestionCount);
}

int yesCount(const PreventionAnswers& answers)
{
    int yes = 0;
    for (const auto& a : answers)
        yes += a.value_or(false) ? 1 : 0;
    return yes;
}

std::optional<int> preventionScoreTenths(const PreventionAnswers& answers)
{
    for (const auto& a : answers)
        if (!a.has_value())
            return std::nullopt;
    return preventionScoreTenths(yesCount(answers));
}

QString formatScore(int tenths, const QLocale& locale)
{
    return locale.toString(tenths / 10) + locale.decimalPoint() + QString::number(tenths % 10);
}

} // namespace vigie::membership
