#include "membership/MembershipForm.h"

#include <QCoreApplication>
#include <QLocale>

namespace vigie::membership {

core::Status validateMembershipForm(const MembershipForm& form, const QDate& today)
{
    using core::ErrorCode;
    using core::Status;
    if (!form.date.isValid())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "The date of the membership form is required"));
    if (form.date > today)
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "The date of the membership form %1 is in the future")
                                                    .arg(QLocale().toString(form.date, QLocale::ShortFormat)));
    for (int n : {form.estimatedSi, form.estimatedSia, form.estimatedSir})
        if (n < 0 || n > 1'000'000)
            return Status::fail(ErrorCode::Invalid,
                                QCoreApplication::translate("vigie::membership", "Invalid estimated number of workers: %1").arg(n));
    for (int i = 0; i < PreventionQuestionCount; ++i)
        if (!form.answers[size_t(i)].has_value())
            return Status::fail(ErrorCode::Invalid,
                                //: %1 is the question's number (1 to 6), %2 its French wording
                                QCoreApplication::translate("vigie::membership", "Answer question %1 of the prevention culture score: %2")
                                    .arg(i + 1)
                                    .arg(preventionQuestions()[size_t(i)]));
    return {};
}

} // namespace vigie::membership
