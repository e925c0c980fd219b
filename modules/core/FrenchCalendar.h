#pragma once
// French public holidays (jours fériés) per territory, and the business-day arithmetic of legal
// deadlines. Pure: no clock, no locale, no time zone; callers pass dates (Clock::today() for "now").
//
// The per-territory rules are data: thesaurus/holidays.csv, compiled in as the resource
// :/thesaurus/holidays.csv and parsed once. The table holds the law in force (Code du travail
// L3133-1, L3134-13, L3422-2 with loi n° 83-550 and décret n° 83-1003); it is applied to every year
// asked for and does not replay history (for instance 8 May was not a holiday from 1960 to 1981).
// Reference and test oracle: reference-data.md §4a; deliberate differences from python3-holidays are
// explained in FrenchCalendar.cpp and checked in tests/unit/core/test_calendar.cpp.
//
// Vocabulary of the Code du travail:
// - jour férié: a public holiday of the table (not necessarily a day off: only 1 May is by law);
// - jour ouvré: a day normally worked in the firm, taken here as Monday to Friday, not a holiday;
// - jour ouvrable: any day but the weekly rest day (Sunday) and holidays, so Monday to Saturday.

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace vigie::core {

enum class Region { Metropole, AlsaceMoselle, Guadeloupe, Martinique, Guyane, Reunion, Mayotte };

// Every region, in the order of the enum.
QList<Region> allRegions();

// Region codes of cli-contract.md: metropole, alsace-moselle, guadeloupe, martinique, guyane,
// reunion, mayotte. Case-sensitive; anything else is ErrorCode::Invalid naming the value.
Result<Region> regionFromCode(const QString& code);
QString regionCode(Region region);

struct Holiday {
    QDate date;
    QString name; // French, from the table (data, not translated)

    friend bool operator==(const Holiday&, const Holiday&) = default;
};

// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
// Invalid QDate outside 1583..9999.
QDate easterSunday(int year);

// The public holidays of `year` in `region`, sorted by date, one entry per date: when two rules fall
// on the same day (Lundi de Pentecôte and the 10 June of Guyane in 2030), their names are joined
// with " / ". Empty outside 1583..9999.
QList<Holiday> holidays(int year, Region region);

bool isHoliday(const QDate& date, Region region);
// Jour ouvré: Monday to Friday and not a holiday.
bool isBusinessDay(const QDate& date, Region region);
// Jour ouvrable: Monday to Saturday and not a holiday.
bool isWorkingDay(const QDate& date, Region region);

// The n-th business day after `from` (n > 0) or before it (n < 0); `from` itself when n == 0, even
// if it is not a business day. Invalid QDate if `from` is invalid.
QDate addBusinessDays(const QDate& from, int n, Region region);

// Like QDate::daysTo, counting business days only: the number of business days d with
// from < d <= to, and minus the number with to < d <= from when to is before from
// (so businessDaysBetween(a, b) == -businessDaysBetween(b, a), and
// businessDaysBetween(d, addBusinessDays(d, n)) == n for n >= 0). 0 if a date is invalid.
int businessDaysBetween(const QDate& from, const QDate& to, Region region);

// `date` if it is a business day, else the next business day: where a legal deadline ends.
// Invalid QDate if `date` is invalid.
QDate nextBusinessDayOnOrAfter(const QDate& date, Region region);

// Parses a holiday table in the format of thesaurus/holidays.csv (header region,rule,name,source;
// rules fixed:MM-DD or easter:+N / easter:-N; region a code above or "all"). The embedded table is
// checked the same way once, at first use, and a broken one stops the program: it is build data.
Status checkHolidayTable(const QString& csvText);

} // namespace vigie::core
