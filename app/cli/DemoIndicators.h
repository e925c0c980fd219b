#pragma once
// The demo's data for the offer's indicators (issue 16): workplace actions under thesaurus codes with
// named participants, requests for workplace actions (most answered), satisfaction answers and a few
// long-term conditions, so that the director's page and the activity report show real figures.

#include "core/Result.h"

#include <QDate>
#include <QStringList>

namespace vigie::cli {

core::Status populateDemoIndicators(const QString& databasePath, const QString& password, const QStringList& sirets, const QDate& today);

} // namespace vigie::cli
