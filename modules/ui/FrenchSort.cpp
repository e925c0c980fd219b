#include "ui/FrenchSort.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace vigie::ui {

const QCollator& frenchCollator()
{
    static const QCollator collator = [] {
        QCollator c(QLocale(QLocale::French, QLocale::France));
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    return collator;
}

bool frenchLess(const QString& a, const QString& b)
{
    return frenchCollator().compare(a, b) < 0;
}

void sortFrench(QStringList& texts)
{
    std::stable_sort(texts.begin(), texts.end(), frenchLess);
}

SortItem::SortItem(const QString& text, const QVariant& key) : QTableWidgetItem(text)
{
    setToolTip(text);
    if (key.isValid())
        setData(KeyRole, key);
}

bool SortItem::operator<(const QTableWidgetItem& other) const
{
    const QVariant mine = data(KeyRole), theirs = other.data(KeyRole);
    if (mine.isValid() && theirs.isValid()) {
        if (mine.typeId() == QMetaType::QString || theirs.typeId() == QMetaType::QString)
            return mine.toString() < theirs.toString();
        return mine.toDouble() < theirs.toDouble();
    }
    return frenchLess(text(), other.text());
}

} // namespace vigie::ui
