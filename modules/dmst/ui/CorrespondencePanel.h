#pragma once
// Part 4° on the record page (issue 18 item 4): the correspondence between health professionals —
// letters received and sent, with their PDF kept in the encrypted database. The list, latest first;
// Enter on a line opens it (its text below the list, its PDF saved where the user chooses); a letter is
// added from the fields under the list (Tab from field to field, Enter in a one-line field adds). Reads
// and writes through RecordStore (policy on part 4°, audited); a refusal is shown.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::dmst {

class CorrespondencePanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Date, Direction, Correspondent, Subject, Pdf, ColumnCount };

    explicit CorrespondencePanel(security::Session& session, QWidget* parent = nullptr);

    void setWorker(const QString& workerId);
    void clear();

    QTableWidget* table() const { return m_table; }
    QComboBox* directionBox() const { return m_direction; }
    QLineEdit* correspondentEdit() const { return m_correspondent; }
    QLineEdit* dateEdit() const { return m_date; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QLineEdit* pdfEdit() const { return m_pdf; }
    QPlainTextEdit* reader() const { return m_reader; }
    QString statusText() const;

    bool add();
    void open(int row);
    // Writes the PDF of the letter opened to `path`; false with the message shown.
    bool savePdf(const QString& path);

private:
    void refresh();
    void showMessage(const QString& text, bool error);

    security::Session& m_session;
    QString m_workerId;
    QString m_opened; // id of the letter shown
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_reader = nullptr;
    QPushButton* m_save = nullptr;
    QComboBox* m_direction = nullptr;
    QLineEdit* m_correspondent = nullptr;
    QLineEdit* m_date = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLineEdit* m_pdf = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace vigie::dmst
