#include "workforce/ui/DistributionChart.h"

#include <QPainter>

#include <algorithm>

namespace vigie::workforce {

namespace {
struct Bar {
    Category category;
    QColor color;
};
const Bar Bars[] = {
    {Category::Si, QColor(0x3b, 0x7d, 0x4f)},
    {Category::Sia, QColor(0xb3, 0x6b, 0x00)},
    {Category::Sir, QColor(0xa8, 0x1c, 0x2e)},
};
} // namespace

DistributionChart::DistributionChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("distributionChart"));
    setAccessibleName(tr("Distribution of the declared workers by follow-up category"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DistributionChart::setDistribution(const Distribution& distribution)
{
    m_distribution = distribution;
    setAccessibleDescription(tr("SI: %1, SIA: %2, SIR: %3").arg(distribution.si).arg(distribution.sia).arg(distribution.sir));
    update();
}

void DistributionChart::clear() { setDistribution({}); }

QSize DistributionChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 24, (line + 12) * 3 + 8};
}

QSize DistributionChart::minimumSizeHint() const
{
    // Rows may tighten to the text's height (paintEvent): the declaration page must fit a 1366x768 screen.
    const int line = fontMetrics().height();
    return {line * 12, (line + 4) * 3 + 8};
}

void DistributionChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int rowHeight = std::clamp((height() - 8) / 3, fm.height() + 4, fm.height() + 12);
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("SIAM")) + 8;
    const int countWidth = fm.horizontalAdvance(QStringLiteral("000000 (100 %)")) + 8;
    const int barArea = std::max(10, width() - labelWidth - countWidth - 8);
    const int total = m_distribution.total();
    int y = 4;
    for (const Bar& bar : Bars) {
        const int count = m_distribution.count(bar.category);
        const QRect label(0, y, labelWidth, rowHeight);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft, categoryCode(bar.category));
        const QRect track(labelWidth, y + 4, barArea, rowHeight - 8);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::AlternateBase));
        p.drawRoundedRect(track, 3, 3);
        if (total > 0 && count > 0) {
            QRect filled = track;
            filled.setWidth(std::max(2, int(double(track.width()) * count / total)));
            p.setBrush(bar.color);
            p.drawRoundedRect(filled, 3, 3);
        }
        p.setPen(palette().color(QPalette::WindowText));
        const int percent = total > 0 ? int(100.0 * count / total + 0.5) : 0;
        p.drawText(QRect(labelWidth + barArea + 8, y, countWidth, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   tr("%1 (%2 %)").arg(count).arg(percent));
        y += rowHeight;
    }
}

} // namespace vigie::workforce
