#pragma once
// Sorting the French way (issue 19): names and first names by ICU collation through QCollator —
// accents, case and punctuation as a French reader expects ("Élodie" between "Eddy" and "Fanny",
// "Le Goff" beside "Legoff"), numbers inside text by value ("Lyon 2e" before "Lyon 10e").

#include <QStringList>
#include <QTableWidgetItem>
#include <QVariant>

class QCollator;

namespace vigie::ui {

const QCollator& frenchCollator();
// True when `a` comes before `b` in French order.
bool frenchLess(const QString& a, const QString& b);
void sortFrench(QStringList& texts);

// A table cell that sorts by its key when it has one (a date as ISO text, a number), else by its text
// in French order. Its tooltip is its text: a clipped cell can be read in full.
class SortItem : public QTableWidgetItem
{
public:
    explicit SortItem(const QString& text, const QVariant& key = {});
    bool operator<(const QTableWidgetItem& other) const override;

    static constexpr int KeyRole = Qt::UserRole + 100;
};

} // namespace vigie::ui
