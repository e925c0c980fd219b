#pragma once
// The main window: the worker search as the first page, and a status bar saying who is signed in
// (display name, role) on which database. Built without a session for the smoke test.

#include <QMainWindow>

class QLabel;

namespace vigie::security {
class Session;
}
namespace vigie::workforce {
class WorkerSearchPage;
}

namespace vigie::desktop {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `session` may be null (smoke test); otherwise it must outlive the window.
    MainWindow(security::Session* session, const QString& databasePath, QWidget* parent = nullptr);

    workforce::WorkerSearchPage* searchPage() const { return m_search; }
    QLabel* accountLabel() const { return m_account; }
    QLabel* roleLabel() const { return m_role; }
    QLabel* databaseLabel() const { return m_database; }

private:
    workforce::WorkerSearchPage* m_search;
    QLabel* m_account;
    QLabel* m_role;
    QLabel* m_database;
};

} // namespace vigie::desktop
