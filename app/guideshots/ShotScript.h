#pragma once
// The guides' screenshots as a script (docs/guides/shots.tsv), so that the pictures of the users'
// guides are taken from the demo database by a program and stay true when the screens change.
//
// One line per picture, tab-separated: the image's file name, the role of the demo account that
// signs in (a role code of glossary.md, looked up in the demo's ROLE<TAB>LOGIN list), then the steps,
// separated by " ; ". Empty lines and lines starting with '#' are ignored. Steps:
//   page ID        show the page of the navigation with that id (e.g. "myday", "workers")
//   type TEXT      type TEXT into the widget that has the focus
//   key SEQ        press a key sequence ("Return", "Down", "Ctrl+K", "F2")
//   tab TEXT       in the active window, show the tab (or select the list entry, e.g. a record's
//                  part) whose title starts with TEXT
//   click TEXT     in the active window, click the button whose text (without '&') is TEXT
//   row N [COLUMN] in the active window, select row N (0-based) of the first visible list or table
//                  (that has a column titled COLUMN, when given)
//   focus NAME     give the focus to the active window's widget with that object name
//   field LABEL    give the focus to the input the label starting with LABEL names (its buddy,
//                  else the widget beside it in its form or grid)
//   wait MS        let the application work for MS milliseconds
//   lock           lock the session (the lock screen)
//   search TEXT    open the global search (Ctrl+K) and type TEXT
//   size WxH       resize the main window (default 1366x768)
// The picture is the active dialog when one is open at the end, else the main window.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::guideshots {

struct ShotStep {
    QString verb;     // one of the verbs above
    QString argument; // the rest of the step, trimmed
};

struct Shot {
    QString image; // e.g. "dashboard.png"
    QString role;  // e.g. "director"
    QList<ShotStep> steps;
    int line = 0; // in the manifest, for messages
};

struct ParsedScript {
    QList<Shot> shots;
    QString error; // empty when the whole file is valid; else names the line and the value
};

// Parses the manifest's text. Any unknown verb, missing argument, or image not ending in .png is an
// error naming the line, so that a typo never silently drops a picture.
ParsedScript parseShotScript(const QString& text);

// The verbs parseShotScript() accepts.
const QStringList& shotVerbs();

} // namespace vigie::guideshots
