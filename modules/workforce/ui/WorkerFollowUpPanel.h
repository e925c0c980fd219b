#pragma once
// Under the identity banner of the worker page: the worker's employments with the follow-up category
// in force and why (computed with its reasons, or the physician's decision), and the two actions of
// issue 5 on a recorded worker — the physician's change of category (Ctrl+Shift+C) and identity
// vigilance (likely duplicates, merges and their undo, Ctrl+Shift+D). Shown to roles that may read
// part 2° of a record at all; the store decides for each worker (team, delegation) and its refusal is shown.

#include "workforce/EmploymentStore.h"

#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::workforce {

class WorkerFollowUpPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Establishment, Post, Start, End, Category, Why, ColumnCount };

    explicit WorkerFollowUpPanel(security::Session* session, QWidget* parent = nullptr);

    void setWorker(const QString& workerId, const QString& displayName);
    void clear();
    void reload();

    QTableWidget* table() const { return m_table; }
    QPushButton* overrideButton() const { return m_override; }
    QPushButton* duplicatesButton() const { return m_duplicates; }
    QLabel* statusLabel() const { return m_status; }
    const QList<EmploymentFollowUp>& employments() const { return m_employments; }

    // Open the dialogs, window-modal without blocking (the buttons and shortcuts call these; tests drive
    // them through `dialogOpened`).
    void editCategory();
    void reviewDuplicates();

signals:
    void dialogOpened(QDialog* dialog);
    void workerChanged(); // a merge or an undo moved rows: the search results may be stale

private:
    void updateButtons();

    security::Session* m_session;
    QString m_workerId;
    QString m_workerName;
    QList<EmploymentFollowUp> m_employments;
    QTableWidget* m_table;
    QPushButton* m_override;
    QPushButton* m_duplicates;
    QLabel* m_status;
};

} // namespace vigie::workforce
