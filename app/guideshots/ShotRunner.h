#pragma once
// Takes the pictures of a shot script: for each shot, signs in to the demo database as the role's
// demo account, opens the main window (1366x768, French), plays the steps and grabs the result.
//
// The steps are played one per timer tick, so that a step opening a modal dialog (whose exec() runs a
// nested event loop) does not stop the script: the next ticks run inside that loop and act on the
// dialog. Once grabbed, every dialog still open is rejected and the window and session are closed
// before the next shot signs in.

#include "ShotScript.h"

#include <QHash>
#include <QString>

namespace vigie::core {
class Clock;
}
namespace vigie::ui {
class ModuleRegistry;
}

namespace vigie::guideshots {

struct ShotSettings {
    QString databasePath;
    QString password;                // of every demo account
    QHash<QString, QString> logins;  // role code -> login (first account of that role)
    QString outputFolder;
    int stepMsecs = 250;             // pause between steps, for pages that load after a key
};

class ShotRunner
{
public:
    ShotRunner(ShotSettings settings, const ui::ModuleRegistry& registry, const core::Clock& clock);

    // Takes one picture. Empty on success; else what failed, naming the step.
    QString take(const Shot& shot);

private:
    ShotSettings m_settings;
    const ui::ModuleRegistry& m_registry;
    const core::Clock& m_clock;
};

} // namespace vigie::guideshots
