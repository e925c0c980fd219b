#pragma once
// An establishment's workplace actions (issue 19 item 6), shown in the company-sheet page: the list
// (latest first), the selected action opened below it (participants, named workers, who led it, the
// sheet version it fed, notes, report), "Record an action…" (ActionDialog) and "Save the report…".
// Keyboard: Ctrl+Shift+N records, arrows choose, Ctrl+Shift+S saves the report.

#include "prevention/ActionStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace vigie::prevention {

class ActionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsPanel(security::Session& session, QWidget* parent = nullptr);

    void setEstablishment(const QString& establishmentId); // empty: nothing shown
    void clear();

    bool recordAction();                            // opens ActionDialog; true when one was recorded
    bool saveReport(const QString& path);           // the selected action's report, to `path`
    QString selectedId() const;
    bool selectAction(const QString& actionId);

    QTableWidget* table() const { return m_table; }
    QTextBrowser* details() const { return m_details; }
    QString message() const;
    QLabel* primaryPrevention() const { return m_primary; }

private:
    void reload();
    void showSelected();
    void showPrimaryPrevention();
    void say(const QString& text, bool error = false);

    security::Session& m_session;
    QString m_establishmentId;
    QList<ActionSummary> m_actions;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_details = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_primary = nullptr; // when the next primary-prevention action is due
    QPushButton* m_record = nullptr;
    QPushButton* m_saveReport = nullptr;
};

} // namespace vigie::prevention
