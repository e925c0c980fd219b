#pragma once
// The demo's workplace actions of every kind (issue 19 item 7): each code of the workplace_action
// thesaurus that the company sheets and indicators parts of the demo did not record gets an action
// at one of team A's establishments, led by the IPRP (with the physician for some), a few workers
// named, its report attached (a one-page PDF), the latest company sheet version it fed when there is one.

#include "core/Result.h"

#include <QDate>
#include <QStringList>

namespace vigie::cli {

core::Status populateDemoActions(const QString& databasePath, const QString& password, const QStringList& sirets, const QDate& today);

// A minimal one-page PDF holding these lines of ASCII text (the demo's attached reports).
QByteArray demoPdf(const QStringList& lines);

} // namespace vigie::cli
