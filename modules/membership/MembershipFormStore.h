#pragma once
// Membership forms in the database (0006: membership_forms, membership_form_risks). Writing is the
// membership module's, audited; reading follows the establishment's reach (EstablishmentStore).

#include "core/Result.h"
#include "membership/Documents.h"
#include "membership/MembershipForm.h"
#include "security/Session.h"

#include <optional>

namespace vigie::membership::MembershipFormStore {

// Saves a new form (forms are never rewritten: the latest one is current). The declared risks must
// be codes of the exposure thesaurus. Returns the form's id.
core::Result<QString> save(security::Session& session, const MembershipForm& form);
// The latest form of the establishment; nullopt when none was filled.
core::Result<std::optional<MembershipForm>> latest(security::Session& session, const QString& establishmentId);

// What the welcome sheet prints (Documents.h): the member, its latest form with the labels of the
// declared risks, the service's identity, this year's contribution and the price list. Audited as a print.
core::Result<WelcomeSheetData> welcomeSheetData(security::Session& session, const QString& establishmentId);

} // namespace vigie::membership::MembershipFormStore
