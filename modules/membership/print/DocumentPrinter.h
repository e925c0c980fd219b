#pragma once
// Prints a PrintableDocument (Documents.h) on A4 pages, to PDF (QPdfWriter) or paper (QPrinter), with
// its header and footer on every page and "Page n / N".
//
// How: the body is a QTextDocument laid out for A4 with the page margins as its root frame's margins,
// exactly as QTextDocument::print() does for a paginated document, and painted page by page with the
// painter scaled from the layout's resolution to the device's — print() itself offers no hook to draw
// a header and a footer on each page. The layout runs on a fixed 96-dpi device (never the screen), so
// a document breaks its pages the same way on every machine, and the scaling avoids the "text 3× too
// small" trap of drawing a screen-resolution layout on a 300-dpi writer (stack.md §7).
//
// QtGui only (no widgets): the CLI prints through it too, which needs a QGuiApplication (fonts).

#include "core/Result.h"
#include "membership/Documents.h"

class QPagedPaintDevice;
class QTextDocument;

namespace vigie::membership {

// Gives `doc` the images the document's HTML refers to (its DataMatrix symbols): call before setHtml.
// The printer does it; a screen preview of the same HTML does it too.
void addDocumentResources(QTextDocument& doc, const PrintableDocument& document);

// True when documents can be laid out: a QGuiApplication exists (the offscreen platform is enough).
bool canPrintDocuments();

// Prints on `device` (a QPdfWriter or a QPrinter in full-page mode); sets A4 and zero device margins.
core::Status printDocument(const PrintableDocument& document, QPagedPaintDevice& device);

// Writes `document` as a PDF file at `path` (300 dpi), replacing it. ErrorCode::Storage when the file
// cannot be written or no QGuiApplication exists.
core::Status printPdf(const PrintableDocument& document, const QString& path);

} // namespace vigie::membership
