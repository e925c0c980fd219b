#include "MainWindow.h"

#include "HelpBrowser.h"
#include "SettingsDialog.h"
#include "vigie/Version.h"

#include "core/Clock.h"
#include "security/IdleLock.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "sync/ui/SyncStatusLine.h"
#include "ui/GlobalSearchPopup.h"
#include "ui/Navigator.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie::desktop {
namespace {
constexpr int MaxModuleShortcuts = 9;
const QColor Accent(0x2f, 0x4a, 0x6d);
} // namespace

MainWindow::MainWindow(security::Session* session, const QString& databasePath, const ui::ModuleRegistry& registry,
                       const core::Clock& clock, QWidget* parent)
    : QMainWindow(parent),
      m_session(session),
      m_clock(clock),
      m_root(new QStackedWidget(this)),
      m_shell(new QWidget(m_root)),
      m_nav(new QListWidget(m_shell)),
      m_stack(new QStackedWidget(m_shell)),
      m_empty(new QLabel(m_stack)),
      m_account(new QLabel(this)),
      m_role(new QLabel(this)),
      m_database(new QLabel(this)),
      m_sync(new QLabel(this)),
      m_idleTimer(new QTimer(this)),
      m_lastActivity(clock.nowUtc()),
      m_idleMinutes(UiSettings::load().idleMinutes)
{
    setObjectName(QStringLiteral("mainWindow"));
    if (m_session) {
        m_entries = registry.entriesFor(*m_session);
        m_providers = registry.searchProvidersFor(m_session->account().role);
    }

    // Navigation on the left, from the registry only.
    m_nav->setObjectName(QStringLiteral("moduleNavigation"));
    m_nav->setAccessibleName(tr("Modules"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget#moduleNavigation { background:#eef2f7; border-right:1px solid #c9d1dc; padding-top:8px; }"
        "QListWidget#moduleNavigation::item { padding:8px 10px; border-radius:4px; margin:0 6px; color:#1f2933; }"
        "QListWidget#moduleNavigation::item:hover { background:#dde5ef; }"
        "QListWidget#moduleNavigation::item:selected { background:%1; color:white; }")
                             .arg(Accent.name()));
    int widest = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const ui::ModuleEntry& e = m_entries.at(i);
        auto* item = new QListWidgetItem(e.icon, e.title, m_nav);
        item->setData(Qt::UserRole, e.id);
        if (i < MaxModuleShortcuts)
            item->setToolTip(tr("%1 (Ctrl+%2)").arg(e.title).arg(i + 1));
        widest = qMax(widest, m_nav->fontMetrics().horizontalAdvance(e.title));
    }
    m_nav->setFixedWidth(qMax(190, widest + 24 + 60));
    m_nav->setVisible(!m_entries.isEmpty());

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(40);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_empty->setFont(emptyFont);
    m_empty->setStyleSheet(QStringLiteral("color:#4a5563;"));
    m_empty->setText(m_session ? tr("No module is available for your role in this version yet.")
                               : tr("Not signed in."));
    m_stack->addWidget(m_empty);

    auto* shellLayout = new QHBoxLayout(m_shell);
    shellLayout->setContentsMargins(0, 0, 0, 0);
    shellLayout->setSpacing(0);
    shellLayout->addWidget(m_nav);
    shellLayout->addWidget(m_stack, 1);
    m_root->addWidget(m_shell);
    buildLockScreen();
    setCentralWidget(m_root);
    setTabOrder(m_nav, m_stack);

    // Arrowing through the list shows each page but leaves the focus in the list (Tab enters the page).
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_entries.size())
            showPage(m_entries.at(row).id, false);
    });

    buildMenus();
    // A page asks to open a worker's record (or another hit): the page that opens its kind does.
    connect(&ui::Navigator::instance(), &ui::Navigator::openRequested, this, &MainWindow::openHit);

    // Status bar: who, as what | synchronisation, which file.
    QFont bold = m_account->font();
    bold.setBold(true);
    m_account->setObjectName(QStringLiteral("statusAccount"));
    m_account->setFont(bold);
    m_role->setObjectName(QStringLiteral("statusRole"));
    m_database->setObjectName(QStringLiteral("statusDatabase"));
    m_sync->setObjectName(QStringLiteral("statusSync"));
    const QFileInfo db(databasePath);
    if (m_session) {
        m_account->setText(m_session->account().displayName);
        m_role->setText(security::roleTitle(m_session->account().role));
    } else {
        m_account->setText(tr("Not signed in"));
    }
    setUnlockedTitle();
    m_database->setText(tr("Database: %1").arg(db.fileName()));
    m_database->setToolTip(QDir::toNativeSeparators(db.absoluteFilePath()));
    setSyncState(tr("Synchronisation: not configured"));
    for (QLabel* label : {m_account, m_role, m_database, m_sync})
        label->setContentsMargins(8, 0, 8, 0);
    auto separator = [this] {
        auto* line = new QFrame(this);
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        return line;
    };
    statusBar()->addWidget(m_account);
    statusBar()->addWidget(separator());
    statusBar()->addWidget(m_role);
    statusBar()->addPermanentWidget(m_sync);
    statusBar()->addPermanentWidget(separator());
    statusBar()->addPermanentWidget(m_database);
    statusBar()->setSizeGripEnabled(true);

    resize(1180, 760);
    if (!m_entries.isEmpty())
        showPage(m_entries.first().id);

    if (m_session) {
        qApp->installEventFilter(this);
        m_idleTimer->setInterval(IdleCheckMsecs);
        connect(m_idleTimer, &QTimer::timeout, this, &MainWindow::checkIdle);
        m_idleTimer->start();
    }
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* prefs = file->addAction(tr("&Preferences…"));
    prefs->setObjectName(QStringLiteral("actionPreferences"));
    prefs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    prefs->setMenuRole(QAction::PreferencesRole);
    connect(prefs, &QAction::triggered, this, &MainWindow::openPreferences);
    m_enrolAction = file->addAction(tr("&Enrol this workstation…"));
    m_enrolAction->setObjectName(QStringLiteral("actionEnrol"));
    m_enrolAction->setEnabled(m_session != nullptr);
    connect(m_enrolAction, &QAction::triggered, this, [this] { enrolWorkstation(); });
    QAction* lock = file->addAction(tr("&Lock session"));
    lock->setObjectName(QStringLiteral("actionLock"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setEnabled(m_session != nullptr);
    connect(lock, &QAction::triggered, this, &MainWindow::lockNow);
    // Sign out (issue 19): for another person to sign in on this workstation, as on the lock screen.
    QAction* signOutAction = file->addAction(tr("Sign &out"));
    signOutAction->setObjectName(QStringLiteral("actionSignOut"));
    signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    signOutAction->setEnabled(m_session != nullptr);
    connect(signOutAction, &QAction::triggered, this, [this] {
        emit signOutRequested();
        close();
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* search = go->addAction(tr("&Search…"));
    search->setObjectName(QStringLiteral("actionSearch"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    search->setEnabled(m_session != nullptr);
    connect(search, &QAction::triggered, this, &MainWindow::openGlobalSearch);
    QAction* syncNow = go->addAction(tr("S&ynchronise now"));
    syncNow->setObjectName(QStringLiteral("actionSyncNow"));
    syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    syncNow->setEnabled(m_session != nullptr);
    connect(syncNow, &QAction::triggered, this, &MainWindow::synchroniseNow);
    m_lockedOutActions << prefs << lock << search << syncNow;
    if (!m_entries.isEmpty())
        go->addSeparator();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* screenHelp = help->addAction(tr("&Help on this screen"));
    screenHelp->setObjectName(QStringLiteral("actionHelp"));
    screenHelp->setShortcut(QKeySequence(Qt::Key_F1));
    connect(screenHelp, &QAction::triggered, this, &MainWindow::openHelp);
    QAction* guides = help->addAction(tr("&Guides"));
    guides->setObjectName(QStringLiteral("actionGuides"));
    connect(guides, &QAction::triggered, this, &MainWindow::openGuides);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Vigie"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    for (int i = 0; i < m_entries.size(); ++i) {
        const ui::ModuleEntry& e = m_entries.at(i);
        QAction* a = go->addAction(e.icon, e.title);
        a->setObjectName(QStringLiteral("actionModule_%1").arg(e.id));
        if (i < MaxModuleShortcuts)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const QString id = e.id;
        connect(a, &QAction::triggered, this, [this, id] { showPage(id); });
        m_lockedOutActions << a;
    }
}

void MainWindow::buildLockScreen()
{
    m_lockScreen = new QWidget(m_root);
    m_lockScreen->setObjectName(QStringLiteral("lockScreen"));
    m_lockScreen->setAutoFillBackground(true);
    m_lockScreen->setStyleSheet(QStringLiteral("#lockScreen { background:#eef2f7; }"));

    auto* panel = new QFrame(m_lockScreen);
    panel->setObjectName(QStringLiteral("lockPanel"));
    panel->setStyleSheet(QStringLiteral("#lockPanel { background:white; border:1px solid #c9d1dc; border-top:4px solid %1;"
                                        " border-radius:6px; }")
                             .arg(Accent.name()));
    panel->setFixedWidth(460);

    m_lockTitle = new QLabel(panel);
    m_lockTitle->setObjectName(QStringLiteral("lockTitle"));
    m_lockTitle->setWordWrap(true);
    QFont titleFont = m_lockTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_lockTitle->setFont(titleFont);

    auto* hint = new QLabel(tr("Type your password to continue."), panel);
    hint->setStyleSheet(QStringLiteral("color:#4a5563;"));
    m_unlockField = new QLineEdit(panel);
    m_unlockField->setObjectName(QStringLiteral("unlockPassword"));
    m_unlockField->setEchoMode(QLineEdit::Password);
    m_unlockField->setAccessibleName(tr("Password"));
    m_unlockField->setMinimumHeight(m_unlockField->fontMetrics().height() + 14);
    auto* fieldLabel = new QLabel(tr("&Password:"), panel);
    fieldLabel->setBuddy(m_unlockField);
    m_unlockMessage = new QLabel(panel);
    m_unlockMessage->setObjectName(QStringLiteral("unlockMessage"));
    m_unlockMessage->setWordWrap(true);
    m_unlockMessage->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_unlockButton = new QPushButton(tr("&Unlock"), panel);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    auto* signOut = new QPushButton(tr("Sign &out"), panel);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    signOut->setToolTip(tr("Close this session, for another person to sign in"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(signOut);
    buttons->addStretch(1);
    buttons->addWidget(m_unlockButton);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(24, 20, 24, 20);
    panelLayout->setSpacing(10);
    panelLayout->addWidget(m_lockTitle);
    panelLayout->addWidget(hint);
    panelLayout->addSpacing(4);
    panelLayout->addWidget(fieldLabel);
    panelLayout->addWidget(m_unlockField);
    panelLayout->addWidget(m_unlockMessage);
    panelLayout->addLayout(buttons);

    auto* outer = new QVBoxLayout(m_lockScreen);
    outer->addStretch(2);
    outer->addWidget(panel, 0, Qt::AlignHCenter);
    outer->addStretch(3);
    m_lockScreen->setFocusProxy(m_unlockField);
    setTabOrder(m_unlockField, m_unlockButton);
    setTabOrder(m_unlockButton, signOut);

    connect(m_unlockField, &QLineEdit::returnPressed, this, &MainWindow::tryUnlock);
    connect(m_unlockButton, &QPushButton::clicked, this, &MainWindow::tryUnlock);
    connect(signOut, &QPushButton::clicked, this, [this] {
        emit signOutRequested();
        close();
    });
    m_root->addWidget(m_lockScreen);
}

QStringList MainWindow::navigationIds() const
{
    QStringList ids;
    for (int i = 0; i < m_nav->count(); ++i)
        ids << m_nav->item(i)->data(Qt::UserRole).toString();
    return ids;
}

int MainWindow::indexOf(const QString& id) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == id)
            return i;
    return -1;
}

QString MainWindow::currentPageId() const
{
    QWidget* current = m_stack->currentWidget();
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        if (it.value() == current)
            return it.key();
    return {};
}

QWidget* MainWindow::currentPage() const
{
    QWidget* current = m_stack->currentWidget();
    return current == m_empty ? nullptr : current;
}

QWidget* MainWindow::page(const QString& id) const
{
    return m_pages.value(id, nullptr);
}

bool MainWindow::showPage(const QString& id, bool focusPage)
{
    const int index = indexOf(id);
    if (index < 0 || !m_session || m_locked)
        return false;
    QWidget* p = m_pages.value(id, nullptr);
    if (!p) {
        p = m_entries.at(index).factory(*m_session, m_stack);
        if (!p)
            return false;
        m_pages.insert(id, p);
        m_stack->addWidget(p);
    }
    m_stack->setCurrentWidget(p);
    if (m_nav->currentRow() != index) {
        const QSignalBlocker block(m_nav);
        m_nav->setCurrentRow(index);
    }
    if (focusPage)
        p->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::setSyncState(const QString& text)
{
    m_sync->setText(text);
}

void MainWindow::startSync(sync::BackgroundSync::TransportFactory factory)
{
    if (!m_session || m_backgroundSync)
        return;
    m_syncFactory = factory;
    if (!sync::BackgroundSync::enrolled(m_session->db())) {
        showSyncReport(sync::SyncReport{});
        return;
    }
    m_enrolAction->setEnabled(false);
    m_backgroundSync = new sync::BackgroundSync(m_session->db().path(), m_session->databaseKey(), m_clock, std::move(factory), this);
    connect(m_backgroundSync, &sync::BackgroundSync::started, this, [this] {
        const sync::SyncStatusLine line = sync::runningLine();
        setSyncState(line.text);
    });
    connect(m_backgroundSync, &sync::BackgroundSync::progress, this, [this](const sync::SyncCounts& counts) {
        setSyncState(sync::progressLine(counts).text);
    });
    connect(m_backgroundSync, &sync::BackgroundSync::finished, this, &MainWindow::showSyncReport);
    m_syncTimer = new QTimer(this);
    m_syncTimer->setInterval(SyncIntervalMsecs);
    connect(m_syncTimer, &QTimer::timeout, m_backgroundSync, &sync::BackgroundSync::syncNow);
    m_syncTimer->start();
    m_backgroundSync->syncNow();
}

void MainWindow::enrolWorkstation(sync::EnrolDialog::FingerprintStep fingerprint, sync::EnrolDialog::EnrolStep enrol)
{
    if (!m_session || m_locked || sync::BackgroundSync::enrolled(m_session->db()))
        return;
    sync::EnrolDialog dialog(m_session->db().path(), m_session->account().login, m_clock, this, std::move(fingerprint), std::move(enrol));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_enrolAction->setEnabled(false);
    startSync(m_syncFactory); // the first synchronisation starts at once
}

void MainWindow::synchroniseNow()
{
    refreshCurrentPage();
    if (m_backgroundSync)
        m_backgroundSync->syncNow();
    else if (m_session)
        showSyncReport(sync::SyncReport{});
}

void MainWindow::showSyncReport(const sync::SyncReport& report)
{
    const sync::SyncStatusLine line = sync::statusLine(report, m_clock.today());
    setSyncState(line.text);
    m_sync->setToolTip(line.toolTip);
    m_sync->setStyleSheet(line.attention ? QStringLiteral("color:#9a3412; font-weight:600;") : QString());
    if (report.outcome == sync::SyncReport::Outcome::Done && report.counts.pulled > 0)
        refreshCurrentPage();
}

void MainWindow::openHelp()
{
    if (!m_help)
        m_help = new HelpBrowser(this);
    if (!m_help->openTopic(HelpBrowser::topicFor(m_locked ? QString() : currentPageId())))
        m_help->openTopic(HelpTopic{QStringLiteral("index.md"), {}});
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::openGuides()
{
    if (!m_help)
        m_help = new HelpBrowser(this);
    m_help->openTopic(HelpTopic{QStringLiteral("index.md"), {}});
    m_help->show();
    m_help->raise();
}

QString MainWindow::aboutText()
{
    return tr("<h3>Vigie %1</h3>"
              "<p>The business software of occupational health services: workers' medical records, "
              "follow-up planning, company sheets, membership, indicators.</p>"
              "<p>Each workstation keeps its data in an encrypted database (SQLCipher, AES-256) and "
              "synchronises with the service's server.</p>"
              "<p>Built with Qt %2, SQLCipher 4.5.5, Poco and libsodium.</p>")
        .arg(QStringLiteral(VIGIE_VERSION_STRING), QString::fromLatin1(qVersion()));
}

void MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new QMessageBox(QMessageBox::Information, tr("About Vigie"), aboutText(), QMessageBox::Close, this);
        m_about->setObjectName(QStringLiteral("aboutBox"));
        m_about->setTextFormat(Qt::RichText);
        m_about->setIconPixmap(windowIcon().pixmap(64, 64));
    }
    m_about->show();
    m_about->raise();
}

void MainWindow::refreshCurrentPage()
{
    QWidget* page = currentPage();
    if (page && !m_locked && page->metaObject()->indexOfMethod("refresh()") >= 0)
        QMetaObject::invokeMethod(page, "refresh");
}

void MainWindow::setIdleMinutes(int minutes)
{
    m_idleMinutes = security::IdleLockRules::clampMinutes(minutes);
}

void MainWindow::setUnlockedTitle()
{
    setWindowTitle(m_session ? tr("Vigie — %1").arg(m_session->account().displayName) : QStringLiteral("Vigie"));
}

void MainWindow::setActionsEnabled(bool enabled)
{
    for (QAction* a : m_lockedOutActions)
        a->setEnabled(enabled && m_session);
    m_nav->setEnabled(enabled);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_lastActivity = m_clock.nowUtc();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::checkIdle()
{
    if (!m_session || m_locked)
        return;
    if (security::IdleLockRules::isIdle(m_lastActivity, m_clock.nowUtc(), m_idleMinutes))
        lockNow();
}

void MainWindow::lockNow()
{
    if (!m_session || m_locked)
        return;
    m_locked = true;
    // SESS-01: nothing personal stays on screen or in memory of the widgets.
    for (QWidget* p : std::as_const(m_pages))
        if (auto* modulePage = dynamic_cast<ui::ModulePage*>(p))
            modulePage->clearPersonalData();
    if (m_search) {
        m_search->hide();
        m_search->clearResults();
    }
    for (QDialog* dialog : findChildren<QDialog*>())
        if (dialog != m_search && dialog->isVisible())
            dialog->reject(); // e.g. the preferences: nothing stays above the lock screen
    // SEC-11: what was copied (a name, a NIR) must not be pasted by the next person at the desk.
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);

    setWindowTitle(tr("Vigie — Session locked"));
    m_lockTitle->setText(tr("Session locked — %1").arg(m_session->account().displayName));
    m_unlockField->clear();
    m_unlockMessage->clear();
    setActionsEnabled(false);
    ui::Navigator::instance().forget();
    m_root->setCurrentWidget(m_lockScreen);
    m_unlockField->setFocus(Qt::OtherFocusReason);
    emit locked();
}

bool MainWindow::tryUnlock()
{
    if (!m_locked || !m_session)
        return !m_locked;
    const QString password = m_unlockField->text();
    m_unlockField->clear();
    if (password.isEmpty()) {
        m_unlockMessage->setText(tr("Type your password."));
        return false;
    }
    auto outcome = security::unlock(*m_session, password, m_unlockFailures);
    if (!outcome) {
        const int left = security::IdleLockRules::MaxUnlockFailures - m_unlockFailures;
        QString text = outcome.error().message;
        if (outcome.error().code == core::ErrorCode::AuthFailed && left > 0)
            text = tr("Wrong password. %n attempt(s) left before the session closes.", nullptr, left);
        m_unlockMessage->setText(text);
        m_unlockField->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (outcome.value().sessionExpired) {
        m_unlockMessage->setText(tr("The session has ended: sign in again."));
        m_idleTimer->stop();
        emit sessionExpired();
        close();
        return false;
    }
    m_locked = false;
    m_lastActivity = m_clock.nowUtc();
    m_unlockMessage->clear();
    setActionsEnabled(true);
    setUnlockedTitle();
    m_root->setCurrentWidget(m_shell);
    if (QWidget* p = currentPage())
        p->setFocus(Qt::OtherFocusReason);
    else
        m_nav->setFocus(Qt::OtherFocusReason);
    emit unlocked();
    return true;
}

void MainWindow::openGlobalSearch()
{
    if (!m_session || m_locked)
        return;
    if (!m_search) {
        m_search = new ui::GlobalSearchPopup(*m_session, m_providers, this);
        connect(m_search, &ui::GlobalSearchPopup::hitActivated, this, &MainWindow::openHit);
    }
    // Near the top of the window, centred, like a command palette.
    const QPoint topCentre = mapToGlobal(QPoint(width() / 2, 0));
    m_search->move(topCentre.x() - m_search->width() / 2, topCentre.y() + 60);
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
    m_search->searchField()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::openHit(const ui::SearchHit& hit)
{
    for (const ui::ModuleEntry& e : std::as_const(m_entries))
        if (e.opens.contains(hit.kind) && showPage(e.id)) {
            if (auto* p = dynamic_cast<ui::ModulePage*>(m_pages.value(e.id)))
                p->openHit(hit);
            return;
        }
}

void MainWindow::openPreferences()
{
    if (m_locked)
        return;
    UiSettings current = UiSettings::load();
    current.idleMinutes = m_idleMinutes;
    SettingsDialog dialog(current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const UiSettings chosen = dialog.settings();
    chosen.save();
    setIdleMinutes(chosen.idleMinutes);
}

} // namespace vigie::desktop
