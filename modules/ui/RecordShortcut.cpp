#include "ui/RecordShortcut.h"

#include "security/AccessPolicy.h"
#include "ui/Navigator.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace vigie::ui {

bool mayOpenRecords(security::Role role) { return security::AccessPolicy::canUseModule(role, security::Module::Records).allowed; }

QAction* addOpenRecordAction(QWidget* page, security::Role role, std::function<QString()> selectedWorker)
{
    if (!page || !mayOpenRecords(role))
        return nullptr;
    auto* action = new QAction(QCoreApplication::translate("vigie::ui", "Open the &record"), page);
    action->setObjectName(QStringLiteral("openRecordAction"));
    action->setShortcut(QKeySequence(Qt::Key_F4));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, page, [selected = std::move(selectedWorker)] {
        if (const QString id = selected(); !id.isEmpty())
            Navigator::instance().openWorker(id);
    });
    page->addAction(action);
    return action;
}

} // namespace vigie::ui
