#pragma once
// Recording a visit request (issue 6 part 2), from the worklist ("New request", Ctrl+N): the worker and
// the post (typed name, then the list of posts in the account's teams' establishments), who asks
// (company, worker, physician) and why (hiring, return to work, on request, pre-return), the date of
// the request (and of the return to work). Before anything is saved the dialog shows the deadline the
// rules give, with its article — or the refusal with its reason (an employer cannot ask for a
// pre-return visit, L4624-2-4). Keyboard: Alt+letter on every field, Enter or Ctrl+S records.

#include "scheduling/VisitRequestStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace vigie::security {
class Session;
}

namespace vigie::scheduling {

class VisitRequestDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VisitRequestDialog(security::Session& session, QWidget* parent = nullptr);

    // The request as typed (no worker when no post is selected).
    NewVisitRequest request() const;
    // Records it; false (with the reason shown) when refused. The dialog is accepted on success.
    bool save();
    QString recordedId() const { return m_recordedId; }

    void setOrigin(RequestOrigin origin);
    void setMotive(RequestMotive motive);

    QLineEdit* nameEdit() const { return m_name; }
    QListWidget* postList() const { return m_posts; }
    QComboBox* originBox() const { return m_origin; }
    QComboBox* motiveBox() const { return m_motive; }
    QDateEdit* requestDate() const { return m_requestedOn; }
    QDateEdit* returnDate() const { return m_returnDate; }
    QCheckBox* physicianWanted() const { return m_physician; }
    QLabel* deadlineLabel() const { return m_deadline; }
    QPushButton* saveButton() const { return m_save; }

private:
    void searchPosts();
    void updateDeadline();

    security::Session& m_session;
    QLineEdit* m_name = nullptr;
    QListWidget* m_posts = nullptr;
    QComboBox* m_origin = nullptr;
    QComboBox* m_motive = nullptr;
    QDateEdit* m_requestedOn = nullptr;
    QDateEdit* m_returnDate = nullptr;
    QCheckBox* m_physician = nullptr;
    QCheckBox* m_tele = nullptr;
    QLabel* m_deadline = nullptr;
    QPushButton* m_save = nullptr;
    QList<RequestablePost> m_found;
    QString m_recordedId;
};

} // namespace vigie::scheduling
