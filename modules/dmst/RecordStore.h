#pragma once
// Parts 1°, 2°, 4°, 6° and 7° of the record in the database (consultations, part 3°, are in
// ConsultationStore; documents, part 5°, in DocumentStore). Every function asks the access policy for
// its part — security::PolicyStore::require audits the allowed action and the refusal alike — before
// touching a row.

#include "core/Result.h"
#include "dmst/Record.h"
#include "security/Session.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vigie::dmst::RecordStore {

// 1° The record's header; created on first need (the first consultation, or here). Write on 1°.
core::Result<RecordHeader> ensureRecord(security::Session& session, const QString& workerId);
core::Result<std::optional<RecordHeader>> header(security::Session& session, const QString& workerId);
core::Status saveHeader(security::Session& session, const RecordHeader& header);

// 1° The worker's identity (traits and INS status), read on 1°.
core::Result<WorkerIdentity> identity(security::Session& session, const QString& workerId);

// 1° Identity checks on a high-trust document, and the INS status (checkInsStatus decides).
core::Result<QString> recordIdentityCheck(security::Session& session, const IdentityCheck& check);
core::Result<QList<IdentityCheck>> identityChecks(security::Session& session, const QString& workerId);
core::Status setInsStatus(security::Session& session, const QString& workerId, const QString& status);

// 2° Work history and exposures. An exposure takes its L4161-1 factor and retention regime from the
// exposure thesaurus code (unknown code: ErrorCode::Invalid).
core::Result<QString> addWorkHistory(security::Session& session, const WorkHistoryEntry& entry);
core::Result<QList<WorkHistoryEntry>> workHistory(security::Session& session, const QString& workerId);
core::Result<QString> addExposure(security::Session& session, const Exposure& exposure);
core::Result<QList<Exposure>> exposures(security::Session& session, const QString& workerId);
// Issue 18 item 4: a line of the work history, or an exposure (its code, period, intensity, source,
// prevention), corrected in place: Write on 2° (audited, refusal too); ErrorCode::Invalid when `id`
// is not a live row of that worker.
core::Status updateWorkHistory(security::Session& session, const WorkHistoryEntry& entry);
core::Status updateExposure(security::Session& session, const Exposure& exposure);

// 4° Correspondence. A letter may carry its PDF (Correspondence::attachment), kept in the database
// with its SHA-256; the list leaves the bytes out, correspondencePdf() reads them (read on 4°, audited)
// and checks the fingerprint.
core::Result<QString> addCorrespondence(security::Session& session, const Correspondence& c);
core::Result<QList<Correspondence>> correspondence(security::Session& session, const QString& workerId);
core::Result<QByteArray> correspondencePdf(security::Session& session, const QString& correspondenceId);

// 6° Information on rights (R4624-45-6).
core::Result<QString> recordRightsInformation(security::Session& session, const RightsInformation& info);
core::Result<QList<RightsInformation>> rightsInformation(security::Session& session, const QString& workerId);
// Whether part 6° records the information — asked by the consultation's closing, without a separate
// audit record (the closing's own write on 3° is audited).
core::Result<bool> rightsInformed(security::Session& session, const QString& workerId);

// 7° Consents and oppositions. An opposition to the team's access (ConsentKind::OppositionTeam) is
// also recorded in `oppositions`, which the access policy reads at the next request.
core::Result<QString> recordConsent(security::Session& session, const Consent& consent);
core::Status withdrawConsent(security::Session& session, const QString& consentId, const QDate& on);
core::Result<QList<Consent>> consents(security::Session& session, const QString& workerId);

// The record's access history (R4624-45-5 al. 4: every action on the record is traced), latest first,
// for the physician only (Role::Physician; others are refused, audited). Reading it is audited too.
struct AccessEvent {
    QString at;      // UTC ISO 8601
    QString account; // login
    QString role;    // role code
    QString action;  // read, write, sign, export, print, close, correct
    int part = 0;
    bool denied = false;
};
core::Result<QList<AccessEvent>> accessHistory(security::Session& session, const QString& workerId, int limit = 200);

} // namespace vigie::dmst::RecordStore
