#pragma once
// Which company sheets are due (issue 8 part 4, domain-rules.md §5). Pure domain; `today` comes from
// the caller's injected clock.
//
//   - first sheet: within the year following membership (R4624-47): due on the membership date plus
//     one year when no version was validated;
//   - renewal: at least every `renewalYears` years (offre socle: four; a setting): due on the date of
//     the latest validated version plus that delay.
// A sheet is listed when its due date is on or before today + `horizonDays` (0: due today or late);
// it is late when the due date is before today. Only active members are concerned (a suspended or
// departed member is not followed); a member without membership date cannot be computed and is left
// out.

#include <QDate>
#include <QList>
#include <QString>

namespace vigie::companysheet {

inline constexpr int DefaultRenewalYears = 4;

struct SheetDeadlineFacts {
    QString establishmentId;
    QString siret;
    QString name;
    QString teamId;   // empty: no team in charge
    QString teamName;
    QDate memberSince;
    bool active = true;
    QDate lastValidated; // invalid: no version
    int lastNumber = 0;
};

enum class DueReason { FirstSheet, Renewal };
QString dueReasonCode(DueReason reason); // first, renewal
QString dueReasonTitle(DueReason reason); // translated

struct DueSheet {
    SheetDeadlineFacts facts;
    DueReason reason = DueReason::FirstSheet;
    QDate dueDate;
    bool late = false;
};

// Sorted by team name, then due date, then name.
QList<DueSheet> dueSheets(const QList<SheetDeadlineFacts>& establishments, const QDate& today, int renewalYears,
                          int horizonDays = 0);

struct TeamDueCount {
    QString teamId;
    QString teamName; // empty: no team in charge
    int firstSheets = 0;
    int renewals = 0;
    int late = 0;
    int total() const { return firstSheets + renewals; }
};
// One entry per team that has a sheet due, in the order of `due`.
QList<TeamDueCount> countByTeam(const QList<DueSheet>& due);

} // namespace vigie::companysheet
