#pragma once
// A worker's work stoppages (issue 17 part 1), from the job-retention page: the list (cause, first and
// last day, expected return, days, the PDP flag), a new stoppage (cause from the absence_cause list,
// first day, last day if known, expected return) and the last day of a running one. Alt+letter on
// every field and button; Escape closes. Through StoppageStore (PdpPolicy: stoppages), never SQL.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::pdp {

class StoppagesDialog : public QDialog
{
    Q_OBJECT
public:
    StoppagesDialog(security::Session& session, const QString& workerId, const QString& workerName, QWidget* parent = nullptr);

    bool addStoppage();
    bool endSelected();
    void reload();

    QTableWidget* table() const { return m_table; }
    QComboBox* causeBox() const { return m_cause; }
    QDateEdit* firstEdit() const { return m_first; }
    QDateEdit* lastEdit() const { return m_last; }
    QCheckBox* endedBox() const { return m_ended; }
    QLabel* statusLabel() const { return m_status; }

private:
    bool fail(const QString& message);

    security::Session& m_session;
    QString m_workerId;
    QTableWidget* m_table = nullptr;
    QComboBox* m_cause = nullptr;
    QDateEdit* m_first = nullptr;
    QCheckBox* m_ended = nullptr;
    QDateEdit* m_last = nullptr;
    QDateEdit* m_expected = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace vigie::pdp
