#pragma once
// Part 2° on the record page (issue 18 item 4): the work history (curriculum laboris) — employers,
// posts, NAF, periods, past posts too. The list, latest first; a line added from the fields below it
// (Tab from field to field, Enter adds); Enter on a line opens it in full and in the fields, where it is
// corrected in place (Enter saves, Escape goes back to adding). Reads and writes through
// RecordStore (policy on part 2°, audited); a refusal is shown.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QShortcut;
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

    QPushButton* addButton() const { return m_add; }
    QString editedId() const { return m_editing; } // the line being corrected, empty when adding

    // Adds the line typed in the fields — or, when a line is open for correction, saves it in place;
    // false with the message shown when refused or invalid.
    bool add();
    // Shows the line `row` in full under the list and opens it in the fields for correction (Enter on
    // a line); Escape in the fields, or "New line", goes back to adding.
    void open(int row);
    void cancelEdit();

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
    QPushButton* m_new = nullptr;
    QShortcut* m_escape = nullptr;
    QString m_editing;
    QLabel* m_status = nullptr;
};

} // namespace vigie::dmst
