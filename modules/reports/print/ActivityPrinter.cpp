#include "reports/print/ActivityPrinter.h"

#include "membership/print/DocumentPrinter.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QFont>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace vigie::reports {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {

// Renders a chart off screen: a scene holds it, the scene paints into an image three times the size it
// is shown at, so that the PDF keeps it sharp.
QByteArray render(QChart* chart, QSizeF size)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    QImage image((size * 3).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), size * 3), QRectF(QPointF(0, 0), size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool canDraw() { return qobject_cast<QApplication*>(QCoreApplication::instance()) != nullptr; }
} // namespace

QByteArray visitsChartPng(const ActivityData& d)
{
    if (!canDraw())
        return {};
    auto* set = new QBarSet(QCoreApplication::translate("vigie::reports", "Visits performed"));
    set->setColor(QColor(0x2b, 0x6c, 0xb0));
    QStringList months;
    qint64 top = 0;
    for (int m = 0; m < d.visitsByMonth.size(); ++m) {
        *set << double(d.visitsByMonth.at(m));
        top = std::max(top, d.visitsByMonth.at(m));
        months << QLocale().standaloneMonthName(m + 1, QLocale::ShortFormat);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(QCoreApplication::translate("vigie::reports", "Visits performed by month, %1").arg(d.year));
    auto* x = new QBarCategoryAxis;
    x->append(months);
    auto* y = new QValueAxis;
    y->setRange(0, double(std::max<qint64>(top, 1)) * 1.15);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    return render(chart, QSizeF(640, 300));
}

QByteArray indicatorsChartPng(const ActivityData& d)
{
    if (!canDraw())
        return {};
    auto* now = new QBarSet(QString::number(d.year));
    auto* before = new QBarSet(QString::number(d.year - 1));
    now->setColor(QColor(0x2b, 0x6c, 0xb0));
    before->setColor(QColor(0xb0, 0xc4, 0xde));
    QStringList codes;
    // Ratios only (a count has no scale in common with them), bottom-up in the table's order.
    for (int i = int(d.indicators.size()) - 1; i >= 0; --i) {
        const IndicatorResult& r = d.indicators.at(i);
        if (r.unit != IndicatorUnit::Percent || r.status == IndicatorStatus::NotComputed)
            continue;
        const IndicatorResult* last = i < d.indicatorsLastYear.size() ? &d.indicatorsLastYear.at(i) : nullptr;
        *now << (r.value ? *r.value : 0.0);
        *before << (last && last->value ? *last->value : 0.0);
        codes << r.code;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(before);
    series->append(now);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(QCoreApplication::translate("vigie::reports", "The offer's indicators (%), %1 against %2").arg(d.year).arg(d.year - 1));
    auto* y = new QBarCategoryAxis;
    y->append(codes);
    // The codes in full: by default the axis elides every one of them to "…" in this width.
    y->setTruncateLabels(false);
    QFont small = y->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    y->setLabelsFont(small);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return render(chart, QSizeF(640, 60 + 28 * codes.size()));
}

membership::PrintableDocument activityDocument(const ActivityData& d)
{
    membership::PrintableDocument doc;
    QStringList charts;
    const QByteArray visits = visitsChartPng(d), indicators = indicatorsChartPng(d);
    if (!visits.isEmpty()) {
        doc.pictures.insert(QStringLiteral("visits_by_month"), visits);
        charts << QStringLiteral("visits_by_month");
    }
    if (!indicators.isEmpty()) {
        doc.pictures.insert(QStringLiteral("indicators"), indicators);
        charts << QStringLiteral("indicators");
    }
    doc.title = QCoreApplication::translate("vigie::reports", "Annual activity report %1").arg(d.year);
    doc.html = activityHtml(d, charts);
    doc.headerLeft = d.serviceName;
    doc.headerRight = QCoreApplication::translate("vigie::reports", "Annual activity report %1 — %2").arg(d.year).arg(d.scope.text());
    doc.footer = QCoreApplication::translate("vigie::reports", "Aggregated figures — no worker can be identified");
    return doc;
}

Status printActivityReport(const ActivityData& d, const QString& pdfPath)
{
    return membership::printPdf(activityDocument(d), pdfPath);
}

Result<QStringList> writeActivityCsv(const ActivityData& d, const QString& folder)
{
    if (!QDir().mkpath(folder))
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::reports", "Cannot create the folder %1").arg(folder)};
    QStringList written;
    for (const ReportTable& t : activityTables(d)) {
        QFile f(QDir(folder).filePath(t.name + QStringLiteral(".csv")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(tableCsv(t).toUtf8()) < 0)
            return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::reports", "Cannot write %1: %2").arg(f.fileName(), f.errorString())};
        written << f.fileName();
    }
    return written;
}

} // namespace vigie::reports
