#pragma once
// "Ma journée" (issue 18 item 1), the first page of physicians and nurses: today's appointments in the
// signed-in professional's own agendas — time, worker, kind of visit, company and post, status
// (expected, arrived, in consultation, done, no-show). Keyboard-first: A marks the arrival, Enter opens
// the record and starts the consultation pre-filled from the appointment (or resumes it), N records a
// no-show, Page Down / Page Up the next / previous day, Home today. Reads through AppointmentStore,
// ArrivalStore and ConsultationStore (policy, audit); opening goes through ui::Navigator.

#include "ui/ModuleRegistry.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::dmst {

class MyDayPage : public QWidget, public ui::ModulePage
{
    Q_OBJECT

public:
    enum Column { Time, Worker, Kind, Company, Post, State, ColumnCount };

    MyDayPage(security::Session& session, QWidget* parent = nullptr);

    void clearPersonalData() override;
    void showDay(const QDate& day);
    const QDate& day() const { return m_day; }
    QTableWidget* table() const { return m_table; }
    QString statusText() const;
    QString selectedAppointment() const;
    bool select(const QString& appointmentId);

    // The actions behind the keys.
    void markArrival();
    void markNoShow();
    void openSelected();

protected:
    void showEvent(QShowEvent* event) override;

private:
    Q_INVOKABLE void refresh(); // also the main window's F5
    void showMessage(const QString& text, bool error);

    security::Session& m_session;
    QDate m_day;
    QLabel* m_title = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace vigie::dmst
