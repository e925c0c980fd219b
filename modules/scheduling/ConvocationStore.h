#pragma once
// The convocations of a day (issue 6 part 5): the letters of the day's planned and confirmed
// appointments in the account's teams, with the service's letterhead; printing them records when each
// appointment was convoked (appointments.convoked_at) and is audited (identifiers only).

#include "core/Result.h"
#include "scheduling/Convocation.h"
#include "security/Session.h"

namespace vigie::scheduling::ConvocationStore {

// The service's name and address (the membership settings' service identity; a generic name when unset).
core::Result<ServiceLetterhead> letterhead(security::Session& session);
core::Result<ConvocationBatch> dayLetters(security::Session& session, QDate day);
// Batch printing per company (issue 6 part 5): the letters of the planned and confirmed appointments
// from `first` to `last` (inclusive) of the workers of one company's establishments in the account's
// teams — the company by id or SIREN (FollowUpStore::company: unknown → Invalid, another team's →
// Denied). Recorded and audited like a day's letters.
core::Result<ConvocationBatch> companyLetters(security::Session& session, const QString& companyIdOrSiren, QDate first, QDate last);

// The letters of the appointments just booked (issue 19: confirming proposals offers their convocations
// at once, today's included), by id; an appointment not found or no longer live has no letter.
// Recorded and audited like a day's letters.
core::Result<ConvocationBatch> appointmentLetters(security::Session& session, const QStringList& appointmentIds);

} // namespace vigie::scheduling::ConvocationStore
