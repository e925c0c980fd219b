#include "reports/Indicators.h"

#include "prevention/WorkplaceAction.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace vigie::reports {
namespace {
} // namespace

Count Count::of(qint64 exact)
{
    if (mustSuppress(exact))
        return Count(0, Suppression::Small);
    return Count(std::max<qint64>(exact, 0), Suppression::None);
}

QString Count::text() const
{
    if (m_suppression == Suppression::Small)
        return QStringLiteral("< %1").arg(Threshold);
    if (m_suppression == Suppression::Complementary)
        return QCoreApplication::translate("vigie::reports", "hidden");
    return QLocale().toString(m_value);
}

Breakdown publish(const QList<QPair<QString, qint64>>& exact, QString (*labelOf)(const QString& code))
{
    Breakdown out;
    qint64 total = 0;
    QList<bool> hidden;
    for (const auto& [code, n] : exact) {
        total += n;
        hidden << Count::mustSuppress(n);
    }
    QList<bool> complement(hidden.size(), false);
    // Complementary suppression: one hidden cell next to a published total could be recomputed.
    if (std::count(hidden.begin(), hidden.end(), true) == 1) {
        int smallest = -1;
        for (int i = 0; i < exact.size(); ++i)
            if (!hidden.at(i) && exact.at(i).second > 0 && (smallest < 0 || exact.at(i).second < exact.at(smallest).second))
                smallest = i;
        if (smallest >= 0)
            complement[smallest] = true;
    }
    for (int i = 0; i < exact.size(); ++i)
        out.rows << CountRow{exact.at(i).first, labelOf ? labelOf(exact.at(i).first) : exact.at(i).first,
                             complement.at(i) ? Count::complementary() : Count::of(exact.at(i).second)};
    out.total = Count::of(total);
    return out;
}

QString establishmentStatusLabel(const QString& code)
{
    if (code == QLatin1String("active"))
        return QCoreApplication::translate("vigie::reports", "Active members");
    if (code == QLatin1String("suspended"))
        return QCoreApplication::translate("vigie::reports", "Suspended");
    if (code == QLatin1String("left"))
        return QCoreApplication::translate("vigie::reports", "Left the service");
    return code;
}

QString followUpLabel(const QString& code)
{
    if (code == QLatin1String("SI"))
        return QCoreApplication::translate("vigie::reports", "SI — standard follow-up");
    if (code == QLatin1String("SIA"))
        return QCoreApplication::translate("vigie::reports", "SIA — adapted follow-up");
    if (code == QLatin1String("SIR"))
        return QCoreApplication::translate("vigie::reports", "SIR — reinforced follow-up");
    return code;
}

namespace {
struct KindInfo {
    const char* code;
    const char* label;
};
constexpr KindInfo Kinds[] = {
    {"VIP", QT_TRANSLATE_NOOP("vigie::reports", "Information and prevention visit (VIP)")},
    {"EMA", QT_TRANSLATE_NOOP("vigie::reports", "Medical fitness examination (EMA)")},
    {"SIR_INTERMEDIATE", QT_TRANSLATE_NOOP("vigie::reports", "Intermediate visit (SIR)")},
    {"PRE_RETURN", QT_TRANSLATE_NOOP("vigie::reports", "Pre-return visit")},
    {"RETURN", QT_TRANSLATE_NOOP("vigie::reports", "Return-to-work visit")},
    {"MID_CAREER", QT_TRANSLATE_NOOP("vigie::reports", "Mid-career visit")},
    {"POST_EXPOSURE", QT_TRANSLATE_NOOP("vigie::reports", "Post-exposure or end-of-career visit")},
    {"ON_REQUEST", QT_TRANSLATE_NOOP("vigie::reports", "Visit on request")},
};
} // namespace

QString workplaceActionLabel(const QString& code)
{
    const auto kind = prevention::kindFromCode(code);
    return kind ? prevention::kindTitle(*kind) : code;
}

QString visitKindLabel(const QString& code)
{
    for (const KindInfo& k : Kinds)
        if (code == QLatin1String(k.code))
            return QCoreApplication::translate("vigie::reports", k.label);
    return code;
}

int visitKindOrder(const QString& code)
{
    int i = 0;
    for (const KindInfo& k : Kinds) {
        if (code == QLatin1String(k.code))
            return i;
        ++i;
    }
    return i;
}

} // namespace vigie::reports
