#pragma once
// Part 2° on the record page (issue 18 item 4): the work history (curriculum laboris) — employers,
// posts, NAF, periods, past posts too. The list, latest first; a line added from the fields below it
// (Tab from field to field, Enter adds); Enter on a line opens it in full. Reads and writes through
// RecordStore (policy on part 2°, audited); a refusal is shown.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::dmst {

class WorkHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Employer, Post, Naf, From, To, ColumnCount };

    explicit WorkHistoryPanel(security::Session& session, QWidget* parent = nullptr);

    void setWorker(const QString& workerId);
    void clear();

    QTableWidget* table() const { return m_table; }
    QLineEdit* employerEdit() const { return m_employer; }
    QLineEdit* postEdit() const { return m_post; }
    QLineEdit* nafEdit() const { return m_naf; }
    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* toEdit() const { return m_to; }
    QString statusText() const;
    QString detailText() const;

    // Adds the line typed in the fields; false with the message shown when refused or invalid.
    bool add();
    // Shows the line `row` in full under the list.
    void open(int row);

private:
    void refresh();
    void showMessage(const QString& text, bool error);

    security::Session& m_session;
    QString m_workerId;
    QTableWidget* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QLineEdit* m_employer = nullptr;
    QLineEdit* m_post = nullptr;
    QLineEdit* m_naf = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace vigie::dmst
