#pragma once
// Prints the PDP cell's agenda — with its minutes when a meeting was recorded that day — as a PDF
// (CellAgenda.h), under the policy (the cell's meetings: export). QtGui, no widgets: the CLI uses it.

#include "core/Result.h"
#include "security/Session.h"

#include <QDate>

namespace vigie::pdp {
core::Status printCellAgenda(security::Session& session, const QDate& meetingDate, const QString& path);
}
