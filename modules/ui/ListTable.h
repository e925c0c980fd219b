#pragma once
// The read-only list the pages show (workers, requests, openings, duplicates…): whole rows selected,
// nothing edited in place, no row numbers, the last column taking the rest of the width, headers
// aligned like the text below them, and Tab leaving the table (keyboard-first forms).

#include <QAbstractItemView>
#include <QStringList>

class QTableWidget;
class QWidget;

namespace vigie::ui {

QTableWidget* makeListTable(const QStringList& headers, QWidget* parent,
                            QAbstractItemView::SelectionMode mode = QAbstractItemView::SingleSelection);

} // namespace vigie::ui
