#pragma once
// The date arithmetic of rules-contract.md ("Rules", first paragraph): civil dates, no time, no zone.

#include <QDate>
#include <QString>

#include <optional>

namespace vigie::scheduling {

// "Date + N months": the same day N months later, or the last day of that month when it has no
// such day (2025-01-31 + 1 month = 2025-02-28). A negative N counts back the same way.
QDate plusMonths(QDate date, int months);
// "Date + N years", clamped likewise (2024-02-29 + 1 year = 2025-02-28).
QDate plusYears(QDate date, int years);

// Age in whole years on `on`. Someone born on 29 February gains a year on 1 March in the years
// without a 29 February (and on 29 February in leap years).
int ageInYears(QDate birth, QDate on);

// Number of days from `from` to `to`, both included (1 January to 30 January is 30 days).
qint64 daysInclusive(QDate from, QDate to);

// Strict ISO form YYYY-MM-DD of a valid calendar date; anything else is nullopt.
std::optional<QDate> parseIsoDate(const QString& text);
// YYYY-MM-DD (never empty, unlike QDate::toString for years past 9999).
QString isoText(QDate date);

} // namespace vigie::scheduling
