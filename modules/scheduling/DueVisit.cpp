#include "scheduling/DueVisit.h"

#include <algorithm>

namespace vigie::scheduling {

DueVisit makeDue(const QString& worker, std::optional<QString> employment, VisitKind kind,
                 std::optional<QDate> earliest, QDate latest, Performer performer, const QString& basis, QDate today)
{
    return DueVisit{worker, std::move(employment), kind, earliest, latest, performer, today > latest, basis};
}

int compareIds(const QString& a, const QString& b)
{
    const QByteArray ua = a.toUtf8();
    const QByteArray ub = b.toUtf8();
    return ua < ub ? -1 : (ub < ua ? 1 : 0); // QByteArray compares bytes as unsigned
}

bool dueOrder(const DueVisit& a, const DueVisit& b)
{
    if (const int c = compareIds(a.worker, b.worker))
        return c < 0;
    if (a.latest != b.latest)
        return a.latest < b.latest;
    if (const int c = compareIds(codeOf(a.kind), codeOf(b.kind)))
        return c < 0;
    if (a.employment.has_value() != b.employment.has_value())
        return !a.employment.has_value(); // null first
    if (a.employment)
        return compareIds(*a.employment, *b.employment) < 0;
    return false;
}

void sortDue(QList<DueVisit>& due)
{
    std::stable_sort(due.begin(), due.end(), dueOrder);
}

} // namespace vigie::scheduling
