#pragma once
// DataMatrix ECC200 symbols (ISO/IEC 16022) for printed documents — e.g. the INS DataMatrix of the
// health documents (dmst/InsDataMatrix.h). The symbol is computed by Debian's libdmtx (square symbol,
// smallest size that holds the data) and drawn here module by module, so the image is exact at any
// scale (no resampling of libdmtx's own bitmap, whose rows are stored bottom-up).

#include "core/Result.h"

#include <QByteArray>
#include <QImage>
#include <QList>

namespace vigie::membership {

// The symbol's modules, top row first, true for a dark module (the L-shaped finder included).
core::Result<QList<QList<bool>>> dataMatrixModules(const QByteArray& data);

// The symbol as a black-on-white image, `pixelsPerModule` per module, with the quiet zone of
// `quietModules` light modules all around (the standard asks for at least one).
core::Result<QImage> dataMatrixImage(const QByteArray& data, int pixelsPerModule = 10, int quietModules = 2);

} // namespace vigie::membership
