#pragma once
// Primary prevention at an establishment (issue 19 item 6; offre socle §3.2.3, indicators-contract.md):
// which workplace actions are primary-prevention actions, and when the next one is due — the latest
// one's date plus the service's interval (4 years by default, a setting from 1 to 4 years); with none
// yet, the membership date plus the interval. Pure: `today` is a parameter.

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::prevention {

inline constexpr int DefaultPrimaryPreventionYears = 4;
inline constexpr int MaxPrimaryPreventionYears = 4; // the offer's "tous les 4 ans"

// The codes of the workplace_action thesaurus that are primary prevention (indicators-contract.md).
QStringList primaryPreventionCodes();
bool isPrimaryPrevention(const QString& code);

// From 1 to MaxPrimaryPreventionYears; else ErrorCode::Invalid naming the value.
core::Status checkPrimaryPreventionYears(int years);

struct DatedAction {
    QString code;
    QDate date;
};

struct PrimaryPreventionStatus {
    QDate last;        // the latest primary-prevention action (invalid: none)
    QString lastCode;
    QDate due;         // when the next one is due (invalid: neither an action nor a membership date)
    bool late = false; // due before today
    bool inWindow = false; // a primary-prevention action within (today − interval, today]
};

PrimaryPreventionStatus primaryPreventionStatus(const QList<DatedAction>& actions, const QDate& memberSince, int years,
                                                const QDate& today);

} // namespace vigie::prevention
