#pragma once
// Small pictograms for the module navigation, drawn with QPainter (no image files, no SVG plugin
// needed, crisp at any device pixel ratio). The Selected mode is drawn in white.

#include <QColor>
#include <QIcon>

namespace vigie::ui {

// One per module (issue 19: a distinct icon for each entry of the navigation).
enum class Pictogram { Worker, Building, Accounts, Chart, Calendar, Checklist, Document, Folder, Pulse, Briefcase, Clipboard, Gear, Clock };

QIcon pictogramIcon(Pictogram kind, const QColor& color = QColor(0x2f, 0x4a, 0x6d));

} // namespace vigie::ui
