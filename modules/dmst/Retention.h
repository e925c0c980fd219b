#pragma once
// Retention of the record (R4624-45-9, security-requirements.md RGPD-05): the date from which it may
// be purged. Pure code; no automatic deletion anywhere (issue 7).
//
//   base      = last visit or examination in the service + 40 years (the record's creation when no
//               visit was ever made);
//   death     = at most 10 years after death: base is capped at death + 10 years;
//   regimes   = longer periods of the special regimes, never capped by the death rule:
//               R4412-55 (CMR agents)          end of exposure + 50 years,
//               R4426-9  (biological agents)   end of exposure + 40 years,
//               R4451-83 (ionising radiation)  the later of the 75th birthday and end of exposure + 50 years;
//               an exposure still going on ends, for this purpose, at the last visit;
//   purge     = the latest of the (capped) base and the regimes' dates;
//   litigation: any claim against the service's medical liability suspends the periods: no date.

#include <QDate>
#include <QList>
#include <QString>

namespace vigie::dmst {

struct RetentionExposure {
    QString regime; // R4412-55, R4426-9, R4451-83 (others are ignored)
    QDate end;      // invalid: still exposed
};

struct RetentionFacts {
    QDate birthDate;
    QDate lastVisit;   // invalid: no visit yet
    QDate createdOn;   // the record's creation
    QDate deathDate;   // invalid: alive (or unknown)
    bool litigationHold = false;
    QList<RetentionExposure> exposures;
};

struct RetentionResult {
    bool suspended = false; // litigation hold: no purge date
    QDate purgeOn;          // invalid when suspended or nothing to start from
    QString rule;           // what decided: "R4624-45-9", "R4624-45-9 (death)", "R4412-55", "R4426-9", "R4451-83"
    QString explanation;    // translated sentence for the physician
};

RetentionResult retentionOf(const RetentionFacts& facts);

} // namespace vigie::dmst
