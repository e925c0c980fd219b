#pragma once
// Opening a record from anywhere (issue 18 item 2), the one key every list shares: F4 (as on the worker
// search) opens the medical record of the worker selected in the list, through ui::Navigator. Offered
// only to the roles that use the medical record (AccessPolicy::canUseModule, the table that shows the
// record page): for the others no action exists, so nothing is refused afterwards. The record page
// still applies the policy to the worker (team, opposition) and audits a refusal.

#include "security/Role.h"

#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace vigie::ui {

// True when `role` may open the medical record's page at all.
bool mayOpenRecords(security::Role role);

// Adds to `page` the action "Open the record" (F4, for the page and its children) that opens the
// record of `selectedWorker()` (nothing when it returns an empty id). Returns the action, to be added to
// a context menu; null, and nothing added, for a role that does not use the record.
QAction* addOpenRecordAction(QWidget* page, security::Role role, std::function<QString()> selectedWorker);

} // namespace vigie::ui
