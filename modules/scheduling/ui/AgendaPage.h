#pragma once
// A professional's agenda, by day or by week (issue 6 part 6): the openings by place, days off
// (public holidays, absences) and the appointments, in quarter-hour rows. Keyboard: Page Up / Page
// Down go to the previous / next day or week, Home to today, D and W switch between day and week;
// mouse: pick the professional and the date, double-click an appointment to read why it was planned.

#include "scheduling/AppointmentStore.h"
#include "ui/ModuleRegistry.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::scheduling {

class AgendaPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT
public:
    explicit AgendaPage(security::Session& session, QWidget* parent = nullptr);

    void showProfessional(const QString& professionalId);
    void setDay(QDate day);
    void setWeekView(bool week);
    void step(int direction); // −1 previous, +1 next (a day or a week)

    QDate day() const { return m_day; }
    bool weekView() const { return m_week; }
    QTableWidget* grid() const { return m_grid; }
    QComboBox* professionalBox() const { return m_professional; }
    QLabel* detailLabel() const { return m_detail; }

    void clearPersonalData() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void refresh();

    security::Session& m_session;
    QComboBox* m_professional = nullptr;
    QComboBox* m_mode = nullptr;
    QDateEdit* m_date = nullptr;
    QTableWidget* m_grid = nullptr;
    QLabel* m_detail = nullptr;
    QDate m_day;
    bool m_week = true;
    QList<Appointment> m_shown;
};

} // namespace vigie::scheduling
