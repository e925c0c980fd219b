#pragma once
// The main window: the navigation built from the module registry for the signed-in role (no module is
// named here), the pages created on first use, the global search (Ctrl+K), the idle lock (SESS-01/02)
// and a status bar saying who is signed in, on which database, and the synchronisation state.
//
// Synchronisation (issue 14 item 6): once startSync() is called on an enrolled database, a background
// run (sync::BackgroundSync, its own thread and connection) starts at once, then every
// SyncIntervalMsecs; F5 starts one now and refreshes the page shown (a page offers a `refresh()`
// slot or Q_INVOKABLE for that); a run that received changes refreshes the page shown again.
//
// Idle lock: an application-wide event filter notes the time of the last key, mouse or wheel input
// from the injected clock; a timer calls checkIdle() every 5 s. Once idle for the configured delay,
// every page drops its personal data, the search popup closes and forgets, the clipboard is cleared,
// and the lock screen replaces the pages. Unlocking checks the password with security::unlock();
// after 12 h since sign-in or 5 wrong passwords, the session ends: sessionExpired() is emitted and the
// window closes, for main.cpp to ask for a full sign-in again.

#include "sync/ui/BackgroundSync.h"
#include "sync/ui/EnrolDialog.h"
#include "ui/ModuleRegistry.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>

class QAction;
class QMessageBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace vigie::core {
class Clock;
}
namespace vigie::security {
class Session;
}
namespace vigie::ui {
class GlobalSearchPopup;
}

namespace vigie::desktop {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int IdleCheckMsecs = 5000;
    static constexpr int SyncIntervalMsecs = 3 * 60 * 1000;

    // `session` may be null (smoke test: an empty window saying so); otherwise it, the registry and the
    // clock must outlive the window.
    MainWindow(security::Session* session, const QString& databasePath, const ui::ModuleRegistry& registry,
               const core::Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Navigation: the ids of the entries shown, in order; the page shown (created on first use).
    QStringList navigationIds() const;
    QListWidget* navigation() const { return m_nav; }
    QString currentPageId() const;
    QWidget* currentPage() const;
    QWidget* page(const QString& id) const; // null when not created yet or not for this role
    // Shows the page (created on first use) and, unless told otherwise, gives it the focus.
    bool showPage(const QString& id, bool focusPage = true);
    QLabel* emptyState() const { return m_empty; } // shown when the role has no page

    QLabel* accountLabel() const { return m_account; }
    QLabel* roleLabel() const { return m_role; }
    QLabel* databaseLabel() const { return m_database; }
    QLabel* syncLabel() const { return m_sync; }
    void setSyncState(const QString& text);
    // Starts the background synchronisation when the database is enrolled (says so otherwise). The
    // factory replaces the HTTPS transport (tests).
    void startSync(sync::BackgroundSync::TransportFactory factory = {});
    // File > Enrol this workstation (only while it is not enrolled): the dialog, then synchronisation.
    // The steps can be replaced (tests).
    void enrolWorkstation(sync::EnrolDialog::FingerprintStep fingerprint = {}, sync::EnrolDialog::EnrolStep enrol = {});
    QAction* enrolAction() const { return m_enrolAction; }
    sync::BackgroundSync* backgroundSync() const { return m_backgroundSync; }

    class HelpBrowser* helpBrowser() const { return m_help; } // null until F1
    QMessageBox* aboutBox() const { return m_about; }          // null until opened
    // The About box's text: version, what Vigie is, the libraries it stands on.
    static QString aboutText();

    ui::GlobalSearchPopup* globalSearch() const { return m_search; } // null until first opened

    bool isLocked() const { return m_locked; }
    QWidget* lockScreen() const { return m_lockScreen; }
    QLabel* lockTitle() const { return m_lockTitle; }
    QLineEdit* unlockField() const { return m_unlockField; }
    QLabel* unlockMessage() const { return m_unlockMessage; }
    int idleMinutes() const { return m_idleMinutes; }
    void setIdleMinutes(int minutes); // clamped 1–30
    const QDateTime& lastActivity() const { return m_lastActivity; }

public slots:
    void checkIdle();
    void lockNow();
    // Checks the password typed in unlockField(). True when unlocked.
    bool tryUnlock();
    void openGlobalSearch();
    void openPreferences();
    // F5: synchronises now and refreshes the page shown.
    void synchroniseNow();
    // F1: the guide of the screen shown, at its section (HelpBrowser); Help > Guides: the index.
    void openHelp();
    void openGuides();
    void showAbout();

signals:
    void locked();
    void unlocked();
    // The session may not be unlocked any more (12 h since sign-in, or 5 wrong passwords): the window
    // closes; main.cpp drops the session and shows the sign-in dialog again.
    void sessionExpired();
    // "Sign out" on the lock screen: same handling as an expiry.
    void signOutRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildMenus();
    void buildLockScreen();
    void openHit(const ui::SearchHit& hit);
    void setUnlockedTitle();
    void setActionsEnabled(bool enabled);
    int indexOf(const QString& id) const;
    void refreshCurrentPage();
    void showSyncReport(const sync::SyncReport& report);

    security::Session* m_session;
    const core::Clock& m_clock;
    QList<ui::ModuleEntry> m_entries;
    QList<ui::SearchProvider> m_providers;
    QHash<QString, QWidget*> m_pages;

    QStackedWidget* m_root;        // the shell or the lock screen
    QWidget* m_shell;
    QListWidget* m_nav;
    QStackedWidget* m_stack;       // the pages
    QLabel* m_empty;
    QWidget* m_lockScreen = nullptr;
    QLabel* m_lockTitle = nullptr;
    QLineEdit* m_unlockField = nullptr;
    QLabel* m_unlockMessage = nullptr;
    QPushButton* m_unlockButton = nullptr;
    ui::GlobalSearchPopup* m_search = nullptr;

    QLabel* m_account;
    QLabel* m_role;
    QLabel* m_database;
    QLabel* m_sync;

    sync::BackgroundSync* m_backgroundSync = nullptr;
    sync::BackgroundSync::TransportFactory m_syncFactory;
    QAction* m_enrolAction = nullptr;
    class HelpBrowser* m_help = nullptr;
    QMessageBox* m_about = nullptr;
    QTimer* m_syncTimer = nullptr;

    QList<QAction*> m_lockedOutActions; // disabled while locked
    QTimer* m_idleTimer;
    QDateTime m_lastActivity;
    int m_idleMinutes;
    bool m_locked = false;
    int m_unlockFailures = 0;
};

} // namespace vigie::desktop
