#include "membership/print/DataMatrix.h"

#include <QCoreApplication>
#include <QPainter>

#include <dmtx.h>

#include <memory>

namespace vigie::membership {
using core::Error;
using core::ErrorCode;
using core::Result;

Result<QList<QList<bool>>> dataMatrixModules(const QByteArray& data)
{
    if (data.isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "Nothing to encode in the DataMatrix")};
    const std::unique_ptr<DmtxEncode, void (*)(DmtxEncode*)> enc(dmtxEncodeCreate(), [](DmtxEncode* e) { dmtxEncodeDestroy(&e); });
    if (!enc)
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::membership", "Unable to start the DataMatrix encoder")};
    dmtxEncodeSetProp(enc.get(), DmtxPropSizeRequest, DmtxSymbolSquareAuto);
    dmtxEncodeSetProp(enc.get(), DmtxPropScheme, DmtxSchemeAutoBest);
    dmtxEncodeSetProp(enc.get(), DmtxPropModuleSize, 1);
    dmtxEncodeSetProp(enc.get(), DmtxPropMarginSize, 0);
    QByteArray bytes = data; // libdmtx takes a non-const buffer
    if (dmtxEncodeDataMatrix(enc.get(), int(bytes.size()), reinterpret_cast<unsigned char*>(bytes.data())) != DmtxPass)
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vigie::membership", "The data is too long for a DataMatrix symbol (%1 bytes)").arg(data.size())};
    const int sizeIdx = enc->region.sizeIdx;
    const int rows = dmtxGetSymbolAttribute(DmtxSymAttribSymbolRows, sizeIdx);
    const int cols = dmtxGetSymbolAttribute(DmtxSymAttribSymbolCols, sizeIdx);
    QList<QList<bool>> modules(rows, QList<bool>(cols, false));
    // libdmtx numbers symbol rows from the bottom (the solid finder row is row 0).
    for (int row = 0; row < rows; ++row)
        for (int col = 0; col < cols; ++col)
            modules[rows - 1 - row][col] = (dmtxSymbolModuleStatus(enc->message, sizeIdx, row, col) & DmtxModuleOnRGB) != 0;
    return modules;
}

Result<QImage> dataMatrixImage(const QByteArray& data, int pixelsPerModule, int quietModules)
{
    auto modules = dataMatrixModules(data);
    if (!modules)
        return modules.error();
    const int rows = int(modules.value().size());
    const int cols = int(modules.value().first().size());
    QImage image((cols + 2 * quietModules) * pixelsPerModule, (rows + 2 * quietModules) * pixelsPerModule, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            if (modules.value()[r][c])
                painter.fillRect((c + quietModules) * pixelsPerModule, (r + quietModules) * pixelsPerModule, pixelsPerModule, pixelsPerModule,
                                 Qt::black);
    painter.end();
    return image;
}

} // namespace vigie::membership
