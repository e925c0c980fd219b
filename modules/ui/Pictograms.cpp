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
    case Pictogram::Calendar: { // a page of a calendar with its rings and a grid of days
        p.drawRoundedRect(QRectF(3, 6, 26, 23), 2.5, 2.5);
        p.drawRect(QRectF(8, 2, 3, 7));
        p.drawRect(QRectF(21, 2, 3, 7));
        p.setCompositionMode(QPainter::CompositionMode_Clear);
        for (int row = 0; row < 3; ++row)
            for (int col = 0; col < 4; ++col)
                p.drawRect(QRectF(6 + col * 5.5, 13 + row * 5, 3.5, 3));
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        break;
    }
    case Pictogram::Checklist: // three ticks and their lines
        for (int row = 0; row < 3; ++row) {
            const qreal y = 5 + row * 9.5;
            p.drawRect(QRectF(3, y, 6, 6));
            p.drawRect(QRectF(12, y + 1.5, 17, 3));
        }
        break;
    case Pictogram::Document: { // a sheet with a folded corner and lines
        QPainterPath sheet;
        sheet.moveTo(6, 2);
        sheet.lineTo(20, 2);
        sheet.lineTo(27, 9);
        sheet.lineTo(27, 30);
        sheet.lineTo(6, 30);
        sheet.closeSubpath();
        p.drawPath(sheet);
        p.setCompositionMode(QPainter::CompositionMode_Clear);
        for (int row = 0; row < 4; ++row)
            p.drawRect(QRectF(10, 13 + row * 4, 13, 1.8));
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        break;
    }
    case Pictogram::Folder: { // a folder with a cross: the medical record
        QPainterPath folder;
        folder.moveTo(2, 7);
        folder.lineTo(12, 7);
        folder.lineTo(15, 10);
        folder.lineTo(30, 10);
        folder.lineTo(30, 28);
        folder.lineTo(2, 28);
        folder.closeSubpath();
        p.drawPath(folder);
        p.setCompositionMode(QPainter::CompositionMode_Clear);
        p.drawRect(QRectF(14.5, 13, 3.5, 12));
        p.drawRect(QRectF(10.5, 17, 11.5, 3.5));
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        break;
    }
    case Pictogram::Pulse: { // a heartbeat line: the follow-up
        QPen pen(color, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const QPointF line[] = {{2, 17}, {9, 17}, {12, 8}, {17, 26}, {21, 13}, {23, 17}, {30, 17}};
        p.drawPolyline(line, 7);
        break;
    }
    case Pictogram::Briefcase: // the company
        p.drawRoundedRect(QRectF(2, 10, 28, 18), 2.5, 2.5);
        p.drawRect(QRectF(11, 5, 10, 3));
        p.drawRect(QRectF(11, 5, 2.5, 6));
        p.drawRect(QRectF(18.5, 5, 2.5, 6));
        p.setCompositionMode(QPainter::CompositionMode_Clear);
        p.drawRect(QRectF(2, 17, 28, 1.8));
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        break;
    case Pictogram::Gear: { // the settings: a toothed wheel
        for (int tooth = 0; tooth < 8; ++tooth) {
            p.save();
            p.translate(16, 16);
            p.rotate(tooth * 45.0);
            p.drawRect(QRectF(-2.5, -15, 5, 6));
            p.restore();
        }
        p.drawEllipse(QPointF(16, 16), 10.5, 10.5);
        p.setCompositionMode(QPainter::CompositionMode_Clear);
        p.drawEllipse(QPointF(16, 16), 4.5, 4.5);
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        break;
    }
    case Pictogram::Clipboard: { // the company sheet
        p.drawRoundedRect(QRectF(5, 4, 22, 26), 2, 2);
        p.setCompositionMode(QPainter::CompositionMode_Clear);
        p.drawRect(QRectF(8, 9, 16, 18));
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        p.drawRect(QRectF(11, 2, 10, 5));
        for (int row = 0; row < 3; ++row)
            p.drawRect(QRectF(10, 12 + row * 5, 12, 2));
        break;
    }
    case Pictogram::Clock: { // the day's consultations: a clock face at nine
        p.drawEllipse(QPointF(16, 16), 13, 13);
        p.setCompositionMode(QPainter::CompositionMode_Clear);
        p.drawEllipse(QPointF(16, 16), 10, 10);
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        p.drawRect(QRectF(15, 8, 2.5, 9));  // the minute hand, at twelve
        p.drawRect(QRectF(9, 15, 8, 2.5));  // the hour hand, at nine
        break;
    }
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
