#pragma once
// The yearly workforce declaration of an establishment (issue 5 part 5): its lines, their checks and
// the guidance shown as they are typed, the CSV file format, the distribution by category and the
// difference with the previous year. Pure code: the stores load what it needs (thesaurus codes,
// existing workers) and write the result.
//
// CSV FORMAT (vigie-cli declaration import, and "Import a CSV file" in the declaration page)
//   UTF-8 (a leading BOM is ignored), one header line, then one line per employment. The separator is
//   the comma or the semicolon (the one of the header line; spreadsheets in French write semicolons).
//   Fields holding the separator, a double quote or a line break are written in double quotes, inner
//   quotes doubled (RFC 4180). Header names are case-insensitive; columns may come in any order;
//   an unknown column is an error. Blank lines are ignored. Line numbers in reports are the lines of
//   the file as a text editor shows them (the header is line 1).
//
//   column              required  content
//   birth_name          yes       nom de naissance
//   first_names         yes       prénoms de naissance, space separated; the first one is the
//                                 "premier prénom de naissance" (INS)
//   birth_date          yes       YYYY-MM-DD or DD/MM/YYYY
//   sex                 yes       M, F or U (H is read as M)
//   nir                 no        NIR (15 characters, spaces allowed), checked with its key and against
//                                 the sex and birth date
//   birth_place         no        INSEE code of the birth commune (5 characters, 99xxx abroad)
//   used_name           no        nom utilisé
//   used_first_name     no        prénom utilisé
//   post_title          yes       the post (free text)
//   contract_type       yes       a code of the contract_type list: CDI, CDD, INTERIM, APPRENTICE,
//                                 PROFESSIONALISATION, SEASONAL, INTERMITTENT, TRAINEE, SUBSIDISED,
//                                 PUBLIC_AGENT
//   start_date          yes       start in the post, YYYY-MM-DD or DD/MM/YYYY; not after the year
//   end_date            no        end of the employment; not before the start, not before the year
//   night_work          no        1/0, oui/non, yes/no, x: night worker (L3122-5)
//   apprentice          no        same; implied by the APPRENTICE contract
//   exposures           no        codes of the exposure thesaurus (vigie-cli thesaurus search --system
//                                 exposure), separated by ';', '|', ',' or spaces, e.g.
//                                 "CHIM.AMIANTE;PHYS.BRUIT"
//   rqth                no        1/0: recognised disabled worker (R4624-17)
//   invalidity_pension  no        1/0: invalidity pension (R4624-17)
//   identity            no        the answer to a likely duplicate (identity vigilance): empty, "new"
//                                 (a different person: keep apart) or the id of the existing worker
//                                 this line is (merge; reversible)

#include "workforce/FollowUp.h"
#include "workforce/Identity.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

namespace vigie::workforce {

enum class Column {
    BirthName,
    FirstNames,
    BirthDate,
    Sex,
    Nir,
    BirthPlace,
    UsedName,
    UsedFirstName,
    PostTitle,
    ContractType,
    StartDate,
    EndDate,
    NightWork,
    Apprentice,
    Exposures,
    Rqth,
    InvalidityPension,
    IdentityChoice,
    Count
};
inline constexpr int ColumnCount = int(Column::Count);

QString columnName(Column column);                     // the CSV header name, e.g. "birth_date"
// The column as the user knows it, translated: "date de naissance" (issue 19: no field name on screen).
QString columnTitle(Column column);
std::optional<Column> columnFromName(const QString& name);
bool isRequiredColumn(Column column);
QList<Column> allColumns();

// A line as typed or read, before any check.
struct RawLine {
    int line = 0; // line of the file, or row of the form (1-based)
    std::array<QString, ColumnCount> values;

    const QString& value(Column c) const { return values[size_t(c)]; }
    void set(Column c, const QString& v) { values[size_t(c)] = v; }
};

enum class Severity { Error, Warning, Info };

// One finding of the checks. An Error refuses the declaration; a warning or an information is
// guidance (shown as the line is typed, listed in the report).
struct Problem {
    int line = 0;        // 0: the whole file
    QString column;      // CSV column name; empty: the whole line
    Severity severity = Severity::Error;
    QString message;     // translated, names the value
};
// Sorted by line, then by column order, then errors first.
void sortProblems(QList<Problem>& problems);

struct CsvDeclaration {
    QList<RawLine> lines;
    QList<Problem> problems; // file-level and structural errors (header, quotes, field counts)
};
inline constexpr qint64 MaxDeclarationBytes = 64 * 1024 * 1024;
CsvDeclaration readDeclarationCsv(const QByteArray& bytes);

// What the checks need from the thesaurus: the exposures named in the lines (unknown codes are
// absent) and the contract types that exist.
struct Catalog {
    QHash<QString, ExposureInfo> exposures; // by code
    QSet<QString> contractTypes;
};

// Splits an `exposures` field into codes (upper-cased, duplicates removed, order kept).
QStringList exposureCodesOf(const QString& field);

// A line once checked.
struct DeclaredLine {
    int line = 0;
    Identity identity;
    QString identityChoice; // "", "new" or a worker id
    bool rqth = false;
    bool invalidityPension = false;
    QString postTitle;
    QString contractType;
    QDate start;
    QDate end;              // invalid: ongoing
    bool nightWork = false;
    bool apprentice = false;
    QList<ExposureInfo> exposures;
    FollowUpDecision followUp;
};

struct LineCheck {
    DeclaredLine line;
    QList<Problem> problems;
    bool identityOk = false; // the identity traits are usable for duplicate detection
    bool ok() const;         // no Error
};

// Checks one line of the declaration of `year`, on `today` (guidance included): required values,
// formats, codes, dates against each other and against the year; and the guidance: an exposure that
// implies SIR, a worker under 18 on a night post, a missing start date.
LineCheck checkLine(const RawLine& raw, const Catalog& catalog, int year, const QDate& today);

// Distribution of the declared workers by category (a worker counts once, in the highest category of
// their lines).
struct Distribution {
    int si = 0;
    int sia = 0;
    int sir = 0;
    int total() const { return si + sia + sir; }
    int count(Category c) const { return c == Category::Si ? si : c == Category::Sia ? sia : sir; }
    void add(Category c) { (c == Category::Si ? si : c == Category::Sia ? sia : sir) += 1; }
};
Distribution distributionOf(const QHash<QString, Category>& categoryByWorker);

// The difference with the previous year's accepted declaration.
struct DiffEntry {
    QString workerId;
    std::optional<Category> before;
    std::optional<Category> after;
};
struct YearDiff {
    bool hasPrevious = false;
    QList<DiffEntry> arrivals;   // declared now, not the year before
    QList<DiffEntry> departures; // declared the year before, not now
    QList<DiffEntry> changes;    // in both, in another category
};
// Without a previous declaration, the arrivals are the workers whose start in the establishment
// (`startByWorker`) falls in `year` or later, and there are no departures.
YearDiff diffYears(const QHash<QString, Category>& previous, bool hasPrevious,
                   const QHash<QString, Category>& current, const QHash<QString, QDate>& startByWorker, int year);

// "2026-03-01" or "01/03/2026" → date; invalid otherwise.
QDate parseDeclaredDate(const QString& text);
// "1", "oui", "yes", "x", "true", "o", "y" → true; "", "0", "non", "no", "false", "n" → false; else nullopt.
std::optional<bool> parseDeclaredFlag(const QString& text);

} // namespace vigie::workforce
