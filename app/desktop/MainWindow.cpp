#include "MainWindow.h"

#include "security/Session.h"
#include "workforce/ui/WorkerSearchPage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace vigie::desktop {

MainWindow::MainWindow(security::Session* session, const QString& databasePath, QWidget* parent)
    : QMainWindow(parent),
      m_search(new workforce::WorkerSearchPage(session, this)),
      m_account(new QLabel(this)),
      m_role(new QLabel(this)),
      m_database(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_search);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QFont bold = m_account->font();
    bold.setBold(true);
    m_account->setObjectName(QStringLiteral("statusAccount"));
    m_account->setFont(bold);
    m_role->setObjectName(QStringLiteral("statusRole"));
    m_database->setObjectName(QStringLiteral("statusDatabase"));

    const QFileInfo db(databasePath);
    if (session) {
        const security::Account& account = session->account();
        m_account->setText(account.displayName);
        m_role->setText(security::roleTitle(account.role));
        setWindowTitle(tr("Vigie — %1").arg(account.displayName));
    } else {
        m_account->setText(tr("Not signed in"));
        setWindowTitle(QStringLiteral("Vigie"));
    }
    m_database->setText(tr("Database: %1").arg(db.fileName()));
    m_database->setToolTip(QDir::toNativeSeparators(db.absoluteFilePath()));

    // Left: who; right: on which file. Permanent widgets are never hidden by transient messages.
    for (QLabel* label : {m_account, m_role, m_database})
        label->setContentsMargins(8, 0, 8, 0);
    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addWidget(m_account);
    statusBar()->addWidget(separator);
    statusBar()->addWidget(m_role);
    statusBar()->addPermanentWidget(m_database);
    statusBar()->setSizeGripEnabled(true);

    resize(1100, 720);
    m_search->setFocus(Qt::OtherFocusReason);
}

} // namespace vigie::desktop
