#include "dmst/Retention.h"

#include <QCoreApplication>

namespace vigie::dmst {

RetentionResult retentionOf(const RetentionFacts& f)
{
    RetentionResult r;
    if (f.litigationHold) {
        r.suspended = true;
        r.rule = QStringLiteral("R4624-45-9");
        r.explanation = QCoreApplication::translate("vigie::dmst",
                                                    "Retention suspended: a claim against the service's medical liability is pending");
        return r;
    }
    const QDate start = f.lastVisit.isValid() ? f.lastVisit : f.createdOn;
    if (!start.isValid())
        return r;
    r.purgeOn = start.addYears(40);
    r.rule = QStringLiteral("R4624-45-9");
    r.explanation = QCoreApplication::translate("vigie::dmst", "40 years after the last visit (%1)").arg(start.toString(QStringLiteral("dd/MM/yyyy")));
    if (f.deathDate.isValid() && f.deathDate.addYears(10) < r.purgeOn) {
        r.purgeOn = f.deathDate.addYears(10);
        r.rule = QStringLiteral("R4624-45-9 (death)");
        r.explanation = QCoreApplication::translate("vigie::dmst", "10 years after death (%1)").arg(f.deathDate.toString(QStringLiteral("dd/MM/yyyy")));
    }
    for (const RetentionExposure& e : f.exposures) {
        const QDate end = e.end.isValid() ? e.end : start;
        QDate until;
        QString why;
        if (e.regime == QLatin1String("R4412-55")) {
            until = end.addYears(50);
            why = QCoreApplication::translate("vigie::dmst", "50 years after the end of a CMR exposure (%1, R4412-55)");
        } else if (e.regime == QLatin1String("R4426-9")) {
            until = end.addYears(40);
            why = QCoreApplication::translate("vigie::dmst", "40 years after the end of a biological-agent exposure (%1, R4426-9)");
        } else if (e.regime == QLatin1String("R4451-83")) {
            until = end.addYears(50);
            why = QCoreApplication::translate("vigie::dmst", "50 years after the end of an ionising-radiation exposure (%1, R4451-83)");
            if (f.birthDate.isValid() && f.birthDate.addYears(75) > until) {
                until = f.birthDate.addYears(75);
                why = QCoreApplication::translate("vigie::dmst", "until the worker is or would have been 75, after an ionising-radiation exposure ended %1 (R4451-83)");
            }
        } else {
            continue;
        }
        if (until > r.purgeOn) {
            r.purgeOn = until;
            r.rule = e.regime;
            r.explanation = why.arg(end.toString(QStringLiteral("dd/MM/yyyy")));
        }
    }
    return r;
}

} // namespace vigie::dmst
