#pragma once
// Part 7° on the record page (issue 18 item 4): the worker's consents and oppositions with their dates —
// consent to a teleconsultation, oppositions to the team's access (L4624-8, which the access policy
// then applies), to other services' records, to the DMP. The list; a new one recorded from the fields
// under it (Enter in the date adds); Enter on a line opens it; Ctrl+Shift+W withdraws the line chosen
// on the date typed. Through RecordStore (policy on part 7°, audited); a refusal is shown.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::dmst {

class ConsentsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Kind, Given, Withdrawn, ColumnCount };

    ConsentsPanel(security::Session& session, QWidget* scope, QWidget* parent = nullptr);

    void setWorker(const QString& workerId);
    void clear();

    QTableWidget* table() const { return m_table; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* dateEdit() const { return m_date; }
    QString statusText() const;
    QString detailText() const;

    bool add();
    void open(int row);
    // Withdraws the consent or opposition on the current line, on the date typed.
    bool withdraw();

signals:
    // An opposition changes who may reach the record: the page refreshes what it shows.
    void changed();

private:
    void refresh();
    void showMessage(const QString& text, bool error);

    security::Session& m_session;
    QString m_workerId;
    QTableWidget* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_date = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace vigie::dmst
