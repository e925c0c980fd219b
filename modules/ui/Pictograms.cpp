#include "ui/Pictograms.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace vigie::ui {
namespace {

void drawPerson(QPainter& p, qreal cx, qreal top, qreal scale)
{
    p.drawEllipse(QPointF(cx, top + 7 * scale), 6 * scale, 6 * scale);
    QPainterPath body;
    body.moveTo(cx - 11 * scale, top + 30 * scale);
    body.cubicTo(cx - 11 * scale, top + 17 * scale, cx + 11 * scale, top + 17 * scale, cx + 11 * scale, top + 30 * scale);
    body.closeSubpath();
    p.drawPath(body);
}

QPixmap draw(Pictogram kind, const QColor& color, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 32.0, size / 32.0); // drawn on a 32 × 32 grid
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    switch (kind) {
    case Pictogram::Worker:
        drawPerson(p, 16, 1, 1.0);
        break;
    case Pictogram::Building: {
        p.drawRect(QRectF(6, 4, 14, 26));
        p.drawRect(QRectF(20, 13, 8, 17));
        p.setCompositionMode(QPainter::CompositionMode_Clear); // windows cut out, whatever the colour
        for (int row = 0; row < 4; ++row)
            for (int col = 0; col < 2; ++col)
                p.drawRect(QRectF(9 + col * 5.5, 7 + row * 5, 3, 3));
        p.drawRect(QRectF(22.5, 17, 3, 3));
        p.drawRect(QRectF(22.5, 23, 3, 3));
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        break;
    }
    case Pictogram::Accounts: {
        QColor light = color;
        light.setAlpha(140);
        p.setBrush(light);
        drawPerson(p, 22, 4, 0.8);
        p.setBrush(color);
        drawPerson(p, 12, 4, 0.92);
        break;
    }
    case Pictogram::Chart:
        p.drawRect(QRectF(5, 18, 5, 11));
        p.drawRect(QRectF(13.5, 10, 5, 19));
        p.drawRect(QRectF(22, 4, 5, 25));
        p.drawRect(QRectF(3, 29, 26, 1.6));
        break;
    }
    return pm;
}
} // namespace

QIcon pictogramIcon(Pictogram kind, const QColor& color)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        icon.addPixmap(draw(kind, color, size), QIcon::Normal);
        icon.addPixmap(draw(kind, Qt::white, size), QIcon::Selected); // on the dark selected row
    }
    return icon;
}

} // namespace vigie::ui
