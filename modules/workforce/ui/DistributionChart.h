#pragma once
// The distribution of a declaration's workers by follow-up category as a bar chart (issue 5 part 5:
// "table and chart"). Painted with QPainter: one horizontal bar per category, each labelled with its
// name and count (never colour alone).

#include "workforce/Declaration.h"

#include <QWidget>

namespace vigie::workforce {

class DistributionChart : public QWidget
{
    Q_OBJECT

public:
    explicit DistributionChart(QWidget* parent = nullptr);

    void setDistribution(const Distribution& distribution);
    void clear();
    const Distribution& distribution() const { return m_distribution; }
    bool isEmpty() const { return m_distribution.total() == 0; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Distribution m_distribution;
};

} // namespace vigie::workforce
