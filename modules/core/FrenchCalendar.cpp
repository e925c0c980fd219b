#include "core/FrenchCalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <array>

// What the table holds, and why it differs from python3-holidays 0.10.1 (the test oracle of
// reference-data.md §4a), on purpose:
// - Vendredi saint is a holiday in Alsace-Moselle only (Code du travail L3134-13). The oracle also
//   gives it to Guadeloupe, Martinique and Guyane, where no text makes it a public holiday: it is at
//   most a customary day off ("jour chômé d'usage"), like Mardi gras, Mercredi des Cendres and
//   Mi-Carême, which the oracle does not have either. Later python-holidays releases dropped it for
//   Guyane.
// - The 21 July "Fête Victor Schœlcher" the oracle gives to Guadeloupe and Martinique is not a public
//   holiday either: it came from a governor's arrêté of 8 June 1914 for Guadeloupe only, which the
//   Government holds lapsed since loi n° 83-550 of 30 June 1983 made the abolition of slavery
//   (27 May in Guadeloupe) the territory's holiday (answer to the Assemblée nationale written
//   question n° 61289, 9th legislature).
// - Alsace-Moselle: L3134-13 makes Vendredi saint a holiday "dans les communes ayant un temple
//   protestant ou une église mixte". The table gives it to the whole territory, as practice, the
//   administration and every reference library do; the commune level is out of Vigie's scope.

namespace vigie::core {

namespace {

const QLatin1String kAllRegions("all");
const QLatin1String kTableResource(":/thesaurus/holidays.csv");
constexpr int kFirstYear = 1583; // first full Gregorian year
constexpr int kLastYear = 9999;
// An Easter-relative rule must stay in Easter's year: Easter is between 22 March (day 81 of the
// year) and 25 April (day 115, or 116 in a leap year).
constexpr int kMinEasterOffset = -80;
constexpr int kMaxEasterOffset = 249;

struct RegionInfo {
    Region region;
    const char* code;
};

constexpr std::array<RegionInfo, 7> kRegions{{
    {Region::Metropole, "metropole"},
    {Region::AlsaceMoselle, "alsace-moselle"},
    {Region::Guadeloupe, "guadeloupe"},
    {Region::Martinique, "martinique"},
    {Region::Guyane, "guyane"},
    {Region::Reunion, "reunion"},
    {Region::Mayotte, "mayotte"},
}};

unsigned regionBit(Region r) { return 1u << unsigned(r); }

struct Rule {
    unsigned regions = 0; // bit set of regionBit()
    bool easterRelative = false;
    int month = 0;
    int day = 0;
    int offset = 0; // days after Easter Sunday
    QString name;
};

// RFC 4180 records (quoted fields may hold commas, quotes as "" and line breaks), each with the
// line it starts on. A leading BOM is skipped, blank lines are dropped.
struct Record {
    int line = 0;
    QStringList fields;
};

QList<Record> parseCsv(QStringView text)
{
    QList<Record> records;
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    int line = 1;
    while (i < text.size()) {
        Record record{line, {}};
        for (;;) {
            QString field;
            if (i < text.size() && text[i] == u'"') {
                ++i;
                while (i < text.size()) {
                    if (text[i] == u'"') {
                        if (i + 1 < text.size() && text[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (text[i] == u'\n')
                        ++line;
                    field += text[i++];
                }
            }
            while (i < text.size() && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n')
                field += text[i++];
            record.fields << field;
            if (i < text.size() && text[i] == u',') {
                ++i;
                continue;
            }
            break;
        }
        if (i < text.size() && text[i] == u'\r')
            ++i;
        if (i < text.size() && text[i] == u'\n')
            ++i;
        ++line;
        if (!(record.fields.size() == 1 && record.fields.first().trimmed().isEmpty()))
            records << record;
    }
    return records;
}

// Two-digit number at `s[from]`, or -1.
int twoDigits(QStringView s, qsizetype from)
{
    if (from + 2 > s.size() || !s[from].isDigit() || !s[from + 1].isDigit())
        return -1;
    return (s[from].unicode() - u'0') * 10 + (s[from + 1].unicode() - u'0');
}

// "fixed:MM-DD" or "easter:+N" / "easter:-N".
bool parseRule(const QString& text, Rule& rule)
{
    const QStringView s(text);
    if (s.startsWith(u"fixed:") && s.size() == 11 && s[8] == u'-') {
        rule.easterRelative = false;
        rule.month = twoDigits(s, 6);
        rule.day = twoDigits(s, 9);
        // Valid in a common year, so that the rule holds every year (no 29 February).
        return QDate(2001, rule.month, rule.day).isValid();
    }
    if (s.startsWith(u"easter:") && s.size() > 8 && (s[7] == u'+' || s[7] == u'-')) {
        const QStringView digits = s.mid(8);
        if (!std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }) ||
            digits.size() > 3)
            return false;
        rule.easterRelative = true;
        rule.offset = digits.toInt() * (s[7] == u'-' ? -1 : 1);
        return rule.offset >= kMinEasterOffset && rule.offset <= kMaxEasterOffset;
    }
    return false;
}

Result<QList<Rule>> parseTable(const QString& csvText)
{
    const QList<Record> records = parseCsv(csvText);
    const QStringList header{QStringLiteral("region"), QStringLiteral("rule"), QStringLiteral("name"),
                             QStringLiteral("source")};
    if (records.isEmpty() || records.first().fields != header) {
        return Result<QList<Rule>>::fail(
            ErrorCode::Invalid,
            QCoreApplication::translate("vigie::core",
                                        "Holiday table, line %1: the columns must be region,rule,name,source")
                .arg(records.isEmpty() ? 1 : records.first().line));
    }
    auto invalid = [](int line, const char* column, const QString& value) {
        //: %1 is a line number, %2 a column name of the holiday table (region, rule, name or source),
        //: %3 the value found there
        return Result<QList<Rule>>::fail(
            ErrorCode::Invalid,
            QCoreApplication::translate("vigie::core", "Holiday table, line %1: invalid %2 \"%3\"")
                .arg(line)
                .arg(QLatin1String(column), value));
    };
    QList<Rule> rules;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record& rec = records.at(r);
        if (rec.fields.size() != header.size()) {
            return Result<QList<Rule>>::fail(
                ErrorCode::Invalid,
                QCoreApplication::translate("vigie::core", "Holiday table, line %1: %2 fields instead of 4")
                    .arg(rec.line)
                    .arg(rec.fields.size()));
        }
        Rule rule;
        const QString region = rec.fields.at(0).trimmed();
        if (region == kAllRegions) {
            for (const RegionInfo& info : kRegions)
                rule.regions |= regionBit(info.region);
        } else if (auto one = regionFromCode(region)) {
            rule.regions = regionBit(one.value());
        } else {
            return invalid(rec.line, "region", region);
        }
        if (!parseRule(rec.fields.at(1).trimmed(), rule))
            return invalid(rec.line, "rule", rec.fields.at(1));
        rule.name = rec.fields.at(2).trimmed();
        if (rule.name.isEmpty())
            return invalid(rec.line, "name", rec.fields.at(2));
        // Every rule cites the text that makes it law.
        if (rec.fields.at(3).trimmed().isEmpty())
            return invalid(rec.line, "source", rec.fields.at(3));
        rules << rule;
    }
    return rules;
}

// The embedded table, parsed once (thread-safe static initialisation). It is build data checked by
// the unit tests, so a broken one is a build defect: stop loudly rather than miscount deadlines.
const QList<Rule>& rules()
{
    static const QList<Rule> table = [] {
        QFile file(kTableResource);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("vigie::core: the resource %s is missing", kTableResource.data());
        auto parsed = parseTable(QString::fromUtf8(file.readAll()));
        if (!parsed)
            qFatal("vigie::core: %s: %s", kTableResource.data(), qPrintable(parsed.error().message));
        return parsed.value();
    }();
    return table;
}

bool isWeekend(const QDate& date) { return date.dayOfWeek() >= Qt::Saturday; }

// The holiday dates of one region, year by year: business-day loops walk day by day and would
// otherwise rebuild the year's list for every date.
class HolidayDates
{
public:
    explicit HolidayDates(Region region) : m_region(region) {}

    bool contains(const QDate& date)
    {
        if (date.year() != m_year) {
            m_year = date.year();
            m_dates.clear();
            for (const Holiday& h : holidays(m_year, m_region))
                m_dates.insert(h.date);
        }
        return m_dates.contains(date);
    }
    bool isBusinessDay(const QDate& date) { return !isWeekend(date) && !contains(date); }

private:
    Region m_region;
    int m_year = 0; // 0 is no year in QDate, so the first call always fills the set
    QSet<QDate> m_dates;
};

} // namespace

QList<Region> allRegions()
{
    QList<Region> out;
    for (const RegionInfo& info : kRegions)
        out << info.region;
    return out;
}

Result<Region> regionFromCode(const QString& code)
{
    QStringList codes;
    for (const RegionInfo& info : kRegions) {
        if (code == QLatin1String(info.code))
            return info.region;
        codes << QLatin1String(info.code);
    }
    //: %1 is the region code as typed, %2 the list of valid codes
    return Result<Region>::fail(ErrorCode::Invalid,
                                QCoreApplication::translate("vigie::core", "Unknown region \"%1\": expected one of %2")
                                    .arg(code, codes.join(QStringLiteral(", "))));
}

QString regionCode(Region region)
{
    for (const RegionInfo& info : kRegions) {
        if (info.region == region)
            return QLatin1String(info.code);
    }
    return {};
}

QDate easterSunday(int year)
{
    if (year < kFirstYear || year > kLastYear)
        return {};
    // Anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8): exact for every
    // Gregorian year, no table.
    const int a = year % 19;           // place in the 19-year Metonic cycle
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30; // epact: days from 21 March to the paschal full moon
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7; // days from the full moon to the next Sunday
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<Holiday> holidays(int year, Region region)
{
    const QDate easter = easterSunday(year);
    if (!easter.isValid())
        return {};
    QList<Holiday> out;
    for (const Rule& rule : rules()) {
        if (!(rule.regions & regionBit(region)))
            continue;
        const QDate date = rule.easterRelative ? easter.addDays(rule.offset) : QDate(year, rule.month, rule.day);
        out << Holiday{date, rule.name};
    }
    // Stable: rules falling on the same day keep the table's order in the joined name.
    std::stable_sort(out.begin(), out.end(), [](const Holiday& x, const Holiday& y) { return x.date < y.date; });
    QList<Holiday> merged;
    for (const Holiday& h : out) {
        if (!merged.isEmpty() && merged.last().date == h.date)
            merged.last().name += QStringLiteral(" / ") + h.name;
        else
            merged << h;
    }
    return merged;
}

bool isHoliday(const QDate& date, Region region)
{
    if (!date.isValid())
        return false;
    const QList<Holiday> list = holidays(date.year(), region);
    return std::any_of(list.begin(), list.end(), [&](const Holiday& h) { return h.date == date; });
}

bool isBusinessDay(const QDate& date, Region region)
{
    return date.isValid() && !isWeekend(date) && !isHoliday(date, region);
}

bool isWorkingDay(const QDate& date, Region region)
{
    return date.isValid() && date.dayOfWeek() != Qt::Sunday && !isHoliday(date, region);
}

QDate addBusinessDays(const QDate& from, int n, Region region)
{
    if (!from.isValid())
        return {};
    HolidayDates dates(region);
    const int step = n < 0 ? -1 : 1;
    QDate d = from;
    for (qint64 left = n < 0 ? -qint64(n) : qint64(n); left > 0;) {
        d = d.addDays(step);
        if (d.year() < kFirstYear || d.year() > kLastYear)
            return {}; // beyond the calendar (only an absurd n gets here)
        if (dates.isBusinessDay(d))
            --left;
    }
    return d;
}

int businessDaysBetween(const QDate& from, const QDate& to, Region region)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const bool backwards = to < from;
    const QDate first = backwards ? to : from;
    const QDate last = backwards ? from : to;
    HolidayDates dates(region);
    int count = 0;
    for (QDate d = first.addDays(1); d <= last; d = d.addDays(1)) {
        if (dates.isBusinessDay(d))
            ++count;
    }
    return backwards ? -count : count;
}

// Where a legal deadline ends. Code de procédure civile art. 642, applied by the Code du travail
// and the courts to its own time limits (the 15 days to contest an avis, R4624-45, among others):
// "Tout délai expire le dernier jour à vingt-quatre heures. Le délai qui expirerait normalement un
// samedi, un dimanche ou un jour férié ou chômé est prorogé jusqu'au premier jour ouvrable suivant."
// Saturday being excluded by name, the first day that is not a Saturday, a Sunday or a holiday is
// the next business day (jour ouvré), not merely the next jour ouvrable. Days the firm itself does
// not work ("chômé") are not known here.
QDate nextBusinessDayOnOrAfter(const QDate& date, Region region)
{
    if (!date.isValid())
        return {};
    HolidayDates dates(region);
    QDate d = date;
    while (!dates.isBusinessDay(d))
        d = d.addDays(1); // at most a weekend and two holidays, or a few days with merged rules
    return d;
}

Status checkHolidayTable(const QString& csvText)
{
    auto parsed = parseTable(csvText);
    if (!parsed)
        return parsed.error();
    return {};
}

} // namespace vigie::core
