#pragma once
// What a role is offered on the clinicians' screens (issue 18 item 5): the visit kinds it may perform
// (a nurse never performs an EMA, its renewal nor the post-exposure visit: R4623-14 II, the
// `performer` attribute of the visit_kind list) and the documents it may issue (an avis or a proposal
// is the physician's: Action::Sign on part 5°). The stores refuse the same things, and audit the
// refusal, when asked anyway. Pure code.

#include "dmst/VisitDocument.h"
#include "security/Role.h"

#include <QList>
#include <QString>

namespace vigie::dmst {

// The médecin du travail, or a physician acting under his protocol (collaborator physician, intern).
bool performsAsPhysician(security::Role role);
// `performer`: the visit kind's performer code (MT, HEALTH_PRO); an unknown or empty code asks for a
// health professional who writes part 3°.
bool mayPerformVisit(security::Role role, const QString& performer);
// The documents the role may issue, in the order to offer them.
QList<DocumentKind> offeredDocuments(security::Role role);

} // namespace vigie::dmst
