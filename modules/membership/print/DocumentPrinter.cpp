#include "membership/print/DocumentPrinter.h"

#include "membership/print/DataMatrix.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QFile>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>
#include <QUrl>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vigie::membership {
using core::ErrorCode;
using core::Status;

namespace {

constexpr double LayoutDpi = 96.0;
constexpr double PageWidthMm = 210.0;
constexpr double PageHeightMm = 297.0;
constexpr double SideMarginMm = 18.0;
constexpr double TopMarginMm = 30.0;    // the header sits in it
constexpr double BottomMarginMm = 22.0; // the footer sits in it

double mm(double millimetres) { return millimetres / 25.4 * LayoutDpi; }

const QString Font = QStringLiteral("DejaVu Sans");

// A fixed-resolution device for the layout, so that it never depends on the screen.
QImage& layoutDevice()
{
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_RGB32);
        const int dotsPerMeter = qRound(LayoutDpi / 0.0254);
        i.setDotsPerMeterX(dotsPerMeter);
        i.setDotsPerMeterY(dotsPerMeter);
        return i;
    }();
    return image;
}

void prepare(QTextDocument& doc, double pointSize)
{
    doc.documentLayout()->setPaintDevice(&layoutDevice());
    QFont font(Font);
    font.setPointSizeF(pointSize);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
}

// A one-line band (header or footer) across the text width, drawn at `top`.
void drawBand(QPainter& painter, const QString& html, double top)
{
    QTextDocument band;
    prepare(band, 7.5);
    band.setTextWidth(mm(PageWidthMm - 2 * SideMarginMm));
    band.setHtml(html);
    painter.save();
    painter.translate(mm(SideMarginMm), top);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, QColor(0x4a, 0x55, 0x63));
    band.documentLayout()->draw(&painter, ctx);
    painter.restore();
}

QString twoColumns(const QString& left, const QString& right, bool boldLeft)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>%1</td><td align=\"right\">%2</td></tr></table>")
        .arg(boldLeft ? QStringLiteral("<b>%1</b>").arg(left.toHtmlEscaped()) : left.toHtmlEscaped(), right.toHtmlEscaped());
}
} // namespace

void addDocumentResources(QTextDocument& doc, const PrintableDocument& document)
{
    // 12 pixels a module: the image is drawn at about 0.4 mm a module, so the PDF holds it at 300 dpi
    // or more and a scanner reads it from paper.
    for (auto it = document.dataMatrices.cbegin(); it != document.dataMatrices.cend(); ++it)
        if (auto image = dataMatrixImage(it.value(), 12, 1); image)
            doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), image.value());
    for (auto it = document.pictures.cbegin(); it != document.pictures.cend(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), QImage::fromData(it.value(), "PNG"));
}

bool canPrintDocuments() { return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr; }

Status printDocument(const PrintableDocument& document, QPagedPaintDevice& device)
{
    if (!canPrintDocuments())
        return Status::fail(ErrorCode::Storage,
                            QCoreApplication::translate("vigie::membership",
                                                        "Printing needs the graphical runtime (a QGuiApplication, offscreen is enough)"));
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));

    QTextDocument body;
    prepare(body, 9);
    addDocumentResources(body, document);
    body.setHtml(document.html);
    QTextFrameFormat frame = body.rootFrame()->frameFormat();
    frame.setLeftMargin(mm(SideMarginMm));
    frame.setRightMargin(mm(SideMarginMm));
    frame.setTopMargin(mm(TopMarginMm));
    frame.setBottomMargin(mm(BottomMarginMm));
    body.rootFrame()->setFrameFormat(frame);
    const QSizeF page(mm(PageWidthMm), mm(PageHeightMm));
    body.setPageSize(page); // paginated: each page gets the frame's margins, as in QTextDocument::print()
    const int pages = body.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::membership", "Unable to start printing"));
    painter.setRenderHint(QPainter::Antialiasing);
    // From the 96-dpi layout to the device's page, whatever its resolution.
    painter.scale(device.width() / page.width(), device.height() / page.height());
    const QPen rule(QColor(0xb8, 0xc2, 0xcc), 0.8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::membership", "Unable to add a page"));
        }
        if (!document.headerLeft.isEmpty() || !document.headerRight.isEmpty()) {
            drawBand(painter, twoColumns(document.headerLeft, document.headerRight, true), mm(12));
            painter.setPen(rule);
            painter.drawLine(QPointF(mm(SideMarginMm), mm(18)), QPointF(mm(PageWidthMm - SideMarginMm), mm(18)));
        }
        painter.save();
        painter.translate(0, -i * page.height());
        const QRectF view(0, i * page.height(), page.width(), page.height());
        // Only the text area: a table crossing a page break must not paint into the header or footer.
        painter.setClipRect(QRectF(0, i * page.height() + mm(TopMarginMm) - 1, page.width(),
                                   page.height() - mm(TopMarginMm) - mm(BottomMarginMm) + 2));
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = view;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        body.documentLayout()->draw(&painter, ctx);
        painter.restore();

        const double footerTop = page.height() - mm(BottomMarginMm) + mm(8);
        painter.setPen(rule);
        painter.drawLine(QPointF(mm(SideMarginMm), footerTop - mm(2)), QPointF(mm(PageWidthMm - SideMarginMm), footerTop - mm(2)));
        //: Page numbers in the footer of printed documents
        const QString pageText = QCoreApplication::translate("vigie::membership", "Page %1 / %2").arg(i + 1).arg(pages);
        drawBand(painter,
                 QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"85%\">%1</td>"
                                "<td width=\"15%\" align=\"right\">%2</td></tr></table>")
                     .arg(document.footer.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")), pageText.toHtmlEscaped()),
                 footerTop);
    }
    if (!painter.end())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::membership", "Unable to finish printing"));
    return {};
}

Status printPdf(const PrintableDocument& document, const QString& path)
{
    if (!canPrintDocuments())
        return Status::fail(ErrorCode::Storage,
                            QCoreApplication::translate("vigie::membership",
                                                        "Printing needs the graphical runtime (a QGuiApplication, offscreen is enough)"));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Status::fail(ErrorCode::Storage,
                            QCoreApplication::translate("vigie::membership", "The folder %1 does not exist").arg(info.absolutePath()));
    // Printed documents carry personal data: the file is created owner-only (0600) before anything is
    // written to it, and QPdfWriter then truncates it in place, keeping that mode.
    {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0 || ::fchmod(fd, 0600) != 0) {
            if (fd >= 0)
                ::close(fd);
            return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::membership", "Unable to write %1").arg(path));
        }
        ::close(fd);
    }
    Status s;
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Vigie"));
        s = printDocument(document, writer);
    }
    if (s && QFileInfo(path).size() == 0)
        s = Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::membership", "Unable to write %1").arg(path));
    return s;
}

} // namespace vigie::membership
