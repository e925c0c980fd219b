#include "prevention/PrimaryPrevention.h"

#include <QCoreApplication>

namespace vigie::prevention {

QStringList primaryPreventionCodes()
{
    return {QStringLiteral("DUERP_SUPPORT"),         QStringLiteral("POST_STUDY"),         QStringLiteral("WORK_CONDITIONS_STUDY"),
            QStringLiteral("ERGONOMIC_STUDY"),       QStringLiteral("PSYCHOSOCIAL_STUDY"), QStringLiteral("CHEMICAL_RISK_ASSESSMENT"),
            QStringLiteral("MEASUREMENT"),           QStringLiteral("PREVENTION_PROJECT"), QStringLiteral("AWARENESS")};
}

bool isPrimaryPrevention(const QString& code) { return primaryPreventionCodes().contains(code); }

core::Status checkPrimaryPreventionYears(int years)
{
    if (years < 1 || years > MaxPrimaryPreventionYears)
        return core::Status::fail(core::ErrorCode::Invalid,
                                  QCoreApplication::translate("vigie::prevention",
                                                              "Primary prevention: %1 years is refused; the interval goes from 1 to %2 years "
                                                              "(offer §3.2.3)")
                                      .arg(years)
                                      .arg(MaxPrimaryPreventionYears));
    return core::Status::success();
}

PrimaryPreventionStatus primaryPreventionStatus(const QList<DatedAction>& actions, const QDate& memberSince, int years, const QDate& today)
{
    PrimaryPreventionStatus s;
    for (const DatedAction& a : actions)
        if (isPrimaryPrevention(a.code) && a.date.isValid() && a.date <= today && (!s.last.isValid() || a.date > s.last)) {
            s.last = a.date;
            s.lastCode = a.code;
        }
    if (s.last.isValid())
        s.due = s.last.addYears(years);
    else if (memberSince.isValid())
        s.due = memberSince.addYears(years);
    s.late = s.due.isValid() && s.due < today;
    s.inWindow = s.last.isValid() && s.last > today.addYears(-years);
    return s;
}

} // namespace vigie::prevention
