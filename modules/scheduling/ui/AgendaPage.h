#pragma once
// The agendas, by day or by week (issue 6 parts 3, 4 and 6), in quarter-hour rows, seen two ways:
//   - by professional: one column per day, the professional's openings by place, days off (public
//     holidays, absences) and appointments;
//   - by place: one column per professional open at that place that day (per day of the week in the
//     week view), with every appointment at that place.
// Beside the grid, "to plan": the due visits and open requests of the professional's teams (all the
// account's teams in the place view), overdue first. Planning by hand: drag a visit onto a free slot,
// or drag an appointment to another slot to move it; the slot is checked like the planner's
// proposals (ManualBooking.h) and a refusal says what is wrong.
// Keyboard: Page Up / Page Down previous / next day or week, Home today, D day, W week, P by
// professional, L by place; select a visit to plan (Tab to the list), then a slot, Enter plans it there;
// Ctrl+X on an appointment picks it to move, Enter on the new slot moves it, Escape lets it go;
// Ctrl+E edits the agendas (places, openings, absences, daily limit, slot lengths).

#include "scheduling/Agenda.h"
#include "scheduling/AppointmentStore.h"
#include "scheduling/ManualBooking.h"
#include "ui/ModuleRegistry.h"

#include <QDate>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::scheduling {

class AgendaGrid;
class DemandList;

class AgendaPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT
public:
    explicit AgendaPage(security::Session& session, QWidget* parent = nullptr);

    void showProfessional(const QString& professionalId);
    void showPlace(const QString& placeId);
    void setDay(QDate day);
    void setWeekView(bool week);
    void setPlaceView(bool byPlace);
    void step(int direction); // −1 previous, +1 next (a day or a week)

    // Planning by hand, what a drop does: the visit to plan `demandKey` (or the appointment) at the
    // grid's cell (row, column). Returns the refusal shown to the user, empty when booked or moved.
    QString planAt(const QString& demandKey, int row, int column);
    QString moveAt(const QString& appointmentId, int row, int column);
    // The keyboard's way: the picked appointment (Ctrl+X) or else the selected visit to plan, to the
    // grid's current cell.
    QString planSelected();
    void pickSelectedAppointment();
    void editAgendas();
    // The worker of the appointment selected in the grid, or of the visit selected in the list when the
    // list has the focus; empty when none. F4 opens her record (ui/RecordShortcut.h).
    QString selectedWorkerId() const;
    QAction* openRecordAction() const { return m_openRecord; } // null for roles that do not read records

    // The slot of a cell: its professional, day and start time.
    ManualSlot slotAt(int row, int column) const;
    // The row of a time of day (minutes after midnight) in the grid.
    static int rowOf(int minutes);

    QDate day() const { return m_day; }
    bool weekView() const { return m_week; }
    bool placeView() const { return m_byPlace; }
    QTableWidget* grid() const;
    QComboBox* professionalBox() const { return m_professional; }
    QComboBox* placeBox() const { return m_place; }
    QListWidget* toPlanList() const;
    QLabel* detailLabel() const { return m_detail; }
    const QList<Demand>& demands() const { return m_demands; }

    void clearPersonalData() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Column {
        QDate day;
        QString professionalId;
    };
    void refresh();
    void reloadDemands();
    void fillDemandList();
    void loadChoices();
    QList<Column> columnsFor(QDate first, int days) const;
    void paintColumn(int column, const Column& c);
    void showRefusal(const QString& message);
    void showDone(const QString& message);

    security::Session& m_session;
    QComboBox* m_view = nullptr;
    QComboBox* m_professional = nullptr;
    QComboBox* m_place = nullptr;
    QComboBox* m_mode = nullptr;
    QDateEdit* m_date = nullptr;
    AgendaGrid* m_grid = nullptr;
    DemandList* m_toPlan = nullptr;
    QLabel* m_toPlanTitle = nullptr;
    QLabel* m_detail = nullptr;
    QDate m_day;
    bool m_week = true;
    bool m_byPlace = false;
    QStringList m_teams;
    Agendas m_agendas;          // of the period shown, for every team the account plans for
    QList<Column> m_columns;
    QList<Appointment> m_shown;
    QList<Demand> m_demands;    // every visit to plan of the account's teams
    QAction* m_openRecord = nullptr;
    QString m_picked;           // appointment picked to move with the keyboard
};

} // namespace vigie::scheduling
