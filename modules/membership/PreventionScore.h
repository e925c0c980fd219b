#pragma once
// The prevention culture score (score de culture de prévention) of a member, from the six questions
// of the service's offer, answered yes or no on the membership form.
//
// Rule (issue 5, part 2): score = 5 × (number of "yes") ÷ 6, on a 0-to-5 scale, shown with one
// decimal. It is computed in integer tenths, rounded half up:
//     tenths = floor((50 × yes) ÷ 6 + 1/2) = (100 × yes + 6) div 12
// so that no floating point is involved. 50 × yes ÷ 6 never ends in exactly one half (its fraction is
// 0, 1/3 or 2/3), so half-up, half-even and half-away-from-zero all give the same table:
//     yes    0    1    2    3    4    5    6
//     score  0.0  0.8  1.7  2.5  3.3  4.2  5.0
// The score needs all six answers: a form with an unanswered question has no score.

#include <QLocale>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace vigie::membership {

inline constexpr int PreventionQuestionCount = 6;
inline constexpr int PreventionScoreMaxTenths = 50;

// The six questions, in the regulatory French wording of the service's offer (issue 5). They are
// data, not interface text: they are printed and shown as they are, in French, whatever the
// interface language, and are deliberately NOT passed through translation.
const std::array<QString, PreventionQuestionCount>& preventionQuestions();

using PreventionAnswers = std::array<std::optional<bool>, PreventionQuestionCount>;

// The score in tenths (0..50) for `yes` answers out of six (0..6); -1 when yes is out of range.
int preventionScoreTenths(int yes);
// The score of a complete set of answers; nullopt when a question is unanswered.
std::optional<int> preventionScoreTenths(const PreventionAnswers& answers);
int yesCount(const PreventionAnswers& answers);

// "4,2" in French, "4.2" in English: tenths with one decimal, in the locale's decimal point.
QString formatScore(int tenths, const QLocale& locale = QLocale());

} // namespace vigie::membership
