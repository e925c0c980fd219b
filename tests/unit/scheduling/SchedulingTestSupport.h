#pragma once
// Builders and a compact text form of due visits, so that the rule tables read like the contract:
//   "VIP e1 ..2026-03-31 HEALTH_PRO ok R4624-10"
//   "RETURN - 2026-04-02..2026-04-10 HEALTH_PRO OVERDUE R4624-31"
// (kind, employment or "-", earliest..latest, performer, ok/OVERDUE, basis).
#include "catch_qt.h"

#include "scheduling/Dates.h"
#include "scheduling/Rules.h"

#include <QStringList>

namespace vigie::scheduling::test {

inline QDate D(const char* iso)
{
    const std::optional<QDate> d = parseIsoDate(QString::fromLatin1(iso));
    if (!d)
        qFatal("bad test date %s", iso);
    return *d;
}

inline std::optional<QDate> optD(const char* iso)
{
    if (!iso)
        return std::nullopt;
    return D(iso);
}

inline QString S(const char* text) { return QString::fromUtf8(text); }

inline std::optional<QString> optS(const char* text)
{
    if (!text)
        return std::nullopt;
    return S(text);
}

inline Visit visit(const char* date, VisitKind kind, const char* employment = nullptr)
{
    return Visit{D(date), kind, optS(employment)};
}

inline Absence absence(const char* start, const char* end, AbsenceCause cause)
{
    return Absence{D(start), optD(end), cause};
}

inline Employment employment(const char* id, const char* start, const char* end = nullptr)
{
    Employment e;
    e.id = S(id);
    e.start = D(start);
    e.end = optD(end);
    return e;
}

inline Worker worker(const char* birth, QList<Employment> employments = {}, QList<Visit> visits = {},
                     QList<Flag> flags = {})
{
    Worker w;
    w.id = S("w1");
    w.birthDate = D(birth);
    w.employments = std::move(employments);
    w.visits = std::move(visits);
    w.flags = std::move(flags);
    return w;
}

inline QString describe(const DueVisit& d)
{
    return QStringLiteral("%1 %2 %3..%4 %5 %6 %7")
        .arg(codeOf(d.kind), d.employment.value_or(QStringLiteral("-")), d.earliest ? isoText(*d.earliest) : QString(),
             isoText(d.latest), codeOf(d.performer), d.overdue ? QStringLiteral("OVERDUE") : QStringLiteral("ok"), d.basis);
}

inline QString describe(const std::optional<DueVisit>& d)
{
    return d ? describe(*d) : QStringLiteral("none");
}

// The entries joined with " | ", or "none".
inline QString describe(const QList<DueVisit>& list)
{
    QStringList parts;
    for (const DueVisit& d : list)
        parts << describe(d);
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(" | "));
}

} // namespace vigie::scheduling::test
