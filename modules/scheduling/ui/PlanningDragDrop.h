#pragma once
// Drag and drop of the agenda (issue 6 part 4): the "to plan" list whose items carry a visit to plan,
// and the agenda grid, whose appointments can be dragged and which accepts both on a slot. The widgets
// only carry identities; AgendaPage decides and books (ManualBooking.h, AppointmentStore).

#include <QListWidget>
#include <QTableWidget>

namespace vigie::scheduling {

// MIME types of a dragged visit to plan (its Demand::key) and of a dragged appointment (its id).
inline constexpr char DemandMime[] = "application/x-vigie-demand";
inline constexpr char AppointmentMime[] = "application/x-vigie-appointment";
// The item data roles that hold them.
inline constexpr int DemandKeyRole = Qt::UserRole + 1;
inline constexpr int AppointmentIdRole = Qt::UserRole + 2;

class DemandList : public QListWidget
{
    Q_OBJECT
public:
    explicit DemandList(QWidget* parent = nullptr);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
};

class AgendaGrid : public QTableWidget
{
    Q_OBJECT
public:
    explicit AgendaGrid(QWidget* parent = nullptr);

signals:
    void demandDropped(const QString& demandKey, int row, int column);
    void appointmentDropped(const QString& appointmentId, int row, int column);
    void enterPressed();

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QTableWidgetItem*>& items) const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace vigie::scheduling
