#pragma once
// Work stoppages (arrêts de travail) as the service records them: by a worker's page or from the
// employer's file. They are the `absences` the follow-up rules read (scheduling/ReturnToWork.cpp,
// rule 5: the return visit, R4624-31). Pure code: checks, the PDP flag, the CSV file format.
//
// CSV FORMAT (vigie-cli absence import --establishment SIRET FILE.csv, all or nothing)
//   UTF-8 (a leading BOM is ignored), one header line, then one line per stoppage; the separator is the
//   comma or the semicolon (the one of the header line); fields in double quotes when they hold it
//   (RFC 4180). Header names are case-insensitive, in any order; an unknown column is an error. Line
//   numbers are the file's (the header is line 1).
//
//   column            required  content
//   birth_name        yes       nom de naissance of a worker employed at the establishment
//   first_name        yes       premier prénom de naissance
//   birth_date        yes       YYYY-MM-DD or DD/MM/YYYY
//   cause             yes       a code of the absence_cause list: ILLNESS, WORK_ACCIDENT,
//                               OCCUPATIONAL_DISEASE, MATERNITY (case ignored)
//   first_day         yes       first day off work
//   last_day          no        last day off work (the actual return is the day after); empty: still off
//   expected_return   no        the return day the certificate gives
//   A line whose worker, cause and first day match a recorded stoppage without an end completes it
//   (the employer sends the end later); an identical line is skipped; any other overlap is an error.

#include "core/Result.h"
#include "scheduling/Codes.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace vigie::pdp {

// More than 30 days off work (L4624-2-4, L1226-1-3): the worker is flagged for the PDP cell and
// offered a liaison meeting and a pre-return visit.
inline constexpr int PdpFlagDays = 30;

struct Stoppage {
    QString id;
    QString workerId;
    QString employmentId;                  // empty: not linked
    scheduling::AbsenceCause cause = scheduling::AbsenceCause::Illness;
    QDate first;
    std::optional<QDate> last;             // last day off work
    std::optional<QDate> expectedReturn;
};

// The stoppage's cause in the absences table (lower case) and from it.
QString dbCause(scheduling::AbsenceCause cause);
std::optional<scheduling::AbsenceCause> causeFromDb(const QString& text);
// A code of the absence_cause list, case ignored; ErrorCode::Invalid naming the value and the codes.
core::Result<scheduling::AbsenceCause> causeFromCode(const QString& code);
QString causeTitle(scheduling::AbsenceCause cause); // translated

// Days off work on `today` (first to last day, or to today while it runs).
qint64 lengthOn(const Stoppage& s, const QDate& today);
// More than 30 days on `today`.
bool flagsPdp(const Stoppage& s, const QDate& today);
// The day back at work (last day + 1), if the stoppage ended.
std::optional<QDate> actualReturn(const Stoppage& s);

// Dates valid, the last day not before the first, the first not in the future, the expected return
// after the first day. ErrorCode::Invalid with the reason.
core::Status checkStoppage(const Stoppage& s, const QDate& today);
// Whether two stoppages share a day (one without end runs forever).
bool overlaps(const Stoppage& a, const Stoppage& b);

// One line of an import file as read, before the workers are looked up.
struct ImportLine {
    int line = 0;
    QString birthName;
    QString firstName;
    QDate birthDate;
    Stoppage stoppage; // without worker
};
struct ImportProblem {
    int line = 0;       // 0: the whole file
    QString column;     // empty: the whole line
    QString message;    // translated, names the value
};
struct ImportFile {
    QList<ImportLine> lines;
    QList<ImportProblem> problems; // sorted by line then column
};
ImportFile readImportCsv(const QByteArray& bytes, const QDate& today);

} // namespace vigie::pdp
