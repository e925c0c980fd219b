// vigie-icons OUTDIR: draws Vigie's application icon at the sizes of the hicolor theme
// (OUTDIR/NxN/apps/fr.vigie.Vigie.png), with the same geometry as fr.vigie.Vigie.svg (the scalable
// icon installed beside them): a lookout's eye over a medical cross, on the blue of public services.
// Drawn by QPainter at build time so that no binary image is committed and the sizes never drift.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <cstdio>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: vigie-icons OUTDIR\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 256.0, size / 256.0);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x5f, 0x99));
        p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48);
        QPainterPath eye;
        eye.moveTo(28, 128);
        eye.cubicTo(64, 70, 192, 70, 228, 128);
        eye.cubicTo(192, 186, 64, 186, 28, 128);
        p.setBrush(Qt::white);
        p.drawPath(eye);
        p.setBrush(QColor(0x2e, 0x8b, 0x57));
        p.drawEllipse(QPointF(128, 128), 44, 44);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(120, 100, 16, 56));
        p.drawRect(QRectF(100, 120, 56, 16));
        p.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(out).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + QStringLiteral("/fr.vigie.Vigie.png"))) {
            std::fprintf(stderr, "vigie-icons: cannot write %s\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
