#pragma once
// Small helpers shared by the record's part panels (work history, correspondence, consents): dates as
// typed and shown (dd/mm/yyyy), the status line, a read-only list table driven by the keyboard.

#include <QAbstractItemView>
#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QStringList>
#include <QTableWidget>

namespace vigie::dmst::panel {

inline QString dayText(const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }
// A date typed as d/m/yyyy (or dd/mm/yyyy); invalid otherwise.
inline QDate typedDay(const QString& text) { return QDate::fromString(text.trimmed(), QStringLiteral("d/M/yyyy")); }

inline void showStatus(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #b42318; font-weight: bold;") : QStringLiteral("color: #3b6e3b;"));
}

inline QTableWidget* listTable(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setTabKeyNavigation(false);
    t->setWordWrap(false);
    return t;
}

inline void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        t->setItem(row, c, item);
    }
}

} // namespace vigie::dmst::panel
