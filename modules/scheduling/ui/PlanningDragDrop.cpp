#include "scheduling/ui/PlanningDragDrop.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>

namespace vigie::scheduling {

namespace {
bool carriesOurs(const QMimeData* mime)
{
    return mime && (mime->hasFormat(QLatin1String(DemandMime)) || mime->hasFormat(QLatin1String(AppointmentMime)));
}
} // namespace

DemandList::DemandList(QWidget* parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

QStringList DemandList::mimeTypes() const { return {QLatin1String(DemandMime)}; }

QMimeData* DemandList::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(QLatin1String(DemandMime), items.first()->data(DemandKeyRole).toString().toUtf8());
    return mime;
}

AgendaGrid::AgendaGrid(QWidget* parent) : QTableWidget(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDropIndicatorShown(true);
}

QStringList AgendaGrid::mimeTypes() const { return {QLatin1String(AppointmentMime), QLatin1String(DemandMime)}; }

QMimeData* AgendaGrid::mimeData(const QList<QTableWidgetItem*>& items) const
{
    for (const QTableWidgetItem* item : items)
        if (const QVariant id = item->data(AppointmentIdRole); id.isValid()) {
            auto* mime = new QMimeData;
            mime->setData(QLatin1String(AppointmentMime), id.toString().toUtf8());
            return mime;
        }
    return nullptr; // only appointments are dragged out of the grid
}

void AgendaGrid::dragEnterEvent(QDragEnterEvent* event)
{
    if (carriesOurs(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void AgendaGrid::dragMoveEvent(QDragMoveEvent* event)
{
    const QModelIndex at = indexAt(event->position().toPoint());
    if (carriesOurs(event->mimeData()) && at.isValid())
        event->acceptProposedAction();
    else
        event->ignore();
}

void AgendaGrid::dropEvent(QDropEvent* event)
{
    // The page books or moves and redraws the grid: the view itself never moves items.
    const QModelIndex at = indexAt(event->position().toPoint());
    const QMimeData* mime = event->mimeData();
    if (!at.isValid() || !carriesOurs(mime))
        return event->ignore();
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (mime->hasFormat(QLatin1String(AppointmentMime)))
        emit appointmentDropped(QString::fromUtf8(mime->data(QLatin1String(AppointmentMime))), at.row(), at.column());
    else
        emit demandDropped(QString::fromUtf8(mime->data(QLatin1String(DemandMime))), at.row(), at.column());
}

void AgendaGrid::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit enterPressed();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

} // namespace vigie::scheduling
