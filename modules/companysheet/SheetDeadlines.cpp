#include "companysheet/SheetDeadlines.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie::companysheet {

QString dueReasonCode(DueReason reason) { return reason == DueReason::FirstSheet ? QStringLiteral("first") : QStringLiteral("renewal"); }

QString dueReasonTitle(DueReason reason)
{
    return reason == DueReason::FirstSheet ? QCoreApplication::translate("vigie::companysheet", "First sheet")
                                           : QCoreApplication::translate("vigie::companysheet", "Renewal");
}

QList<DueSheet> dueSheets(const QList<SheetDeadlineFacts>& establishments, const QDate& today, int renewalYears,
                          int horizonDays)
{
    QList<DueSheet> out;
    const QDate limit = today.addDays(qMax(0, horizonDays));
    for (const SheetDeadlineFacts& f : establishments) {
        if (!f.active)
            continue;
        DueSheet d{f, DueReason::FirstSheet, {}, false};
        if (f.lastValidated.isValid()) {
            d.reason = DueReason::Renewal;
            d.dueDate = f.lastValidated.addYears(renewalYears);
        } else {
            if (!f.memberSince.isValid())
                continue;
            d.dueDate = f.memberSince.addYears(1);
        }
        if (d.dueDate > limit)
            continue;
        d.late = d.dueDate < today;
        out << d;
    }
    std::sort(out.begin(), out.end(), [](const DueSheet& a, const DueSheet& b) {
        if (a.facts.teamName != b.facts.teamName)
            return a.facts.teamName.localeAwareCompare(b.facts.teamName) < 0;
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        return a.facts.name.localeAwareCompare(b.facts.name) < 0;
    });
    return out;
}

QList<TeamDueCount> countByTeam(const QList<DueSheet>& due)
{
    QList<TeamDueCount> out;
    for (const DueSheet& d : due) {
        auto it = std::find_if(out.begin(), out.end(), [&](const TeamDueCount& t) { return t.teamId == d.facts.teamId; });
        if (it == out.end()) {
            out << TeamDueCount{d.facts.teamId, d.facts.teamName};
            it = out.end() - 1;
        }
        (d.reason == DueReason::FirstSheet ? it->firstSheets : it->renewals) += 1;
        it->late += d.late ? 1 : 0;
    }
    return out;
}

} // namespace vigie::companysheet
