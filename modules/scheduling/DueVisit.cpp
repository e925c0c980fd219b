#include "scheduling/DueVisit.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

QString basisText(const QString& basis)
{
    if (basis == QLatin1String("apprentice: 2 months"))
        return QCoreApplication::translate("vigie::scheduling", "apprentice: 2 months");
    static const QRegularExpression protocol(QStringLiteral("^(.*) \\(protocol: (\\d+) months\\)$"));
    if (const auto m = protocol.match(basis); m.hasMatch())
        //: %1 is an article of the labour code, %2 a number of months
        return QCoreApplication::translate("vigie::scheduling", "%1 (team protocol: %2 months)").arg(m.captured(1), m.captured(2));
    return basis;
}

} // namespace vigie::scheduling
