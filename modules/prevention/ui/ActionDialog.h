#pragma once
// Recording a workplace action (issue 19 item 6), as the IPRP does back from the field: its code of
// the workplace_action thesaurus, date, title, the number of people who took part and, when known,
// which workers (those employed at the establishment that day, ticked with Space), other participants
// by name or function, the company sheet version it fed, notes and the report (a file's path typed or
// chosen). The one who records it leads it. Enter records (ActionStore::record); a refusal is shown in
// the dialog, which stays open.

#include "security/Session.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace vigie::prevention {

class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    ActionDialog(security::Session& session, const QString& establishmentId, QWidget* parent = nullptr);

    QString recordedId() const { return m_recordedId; }
    QString message() const;

    void accept() override; // records; stays open on a refusal

protected:
    bool eventFilter(QObject* watched, QEvent* event) override; // Down in the filter goes to the list

private:
    void reloadWorkers();
    void say(const QString& text);

    security::Session& m_session;
    QString m_establishmentId;
    QString m_recordedId;
    QComboBox* m_code = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_title = nullptr;
    QSpinBox* m_participants = nullptr;
    QLineEdit* m_workerFilter = nullptr;
    QListWidget* m_workers = nullptr;
    QLabel* m_workersNote = nullptr;
    QLineEdit* m_names = nullptr;
    QComboBox* m_version = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLineEdit* m_report = nullptr;
    QLabel* m_message = nullptr;
    QSet<QString> m_checked; // worker ids ticked, kept across reloads
};

} // namespace vigie::prevention
