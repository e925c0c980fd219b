#pragma once
// What the record opens on (issue 18 item 3): the person in one screen — identity with the INS status,
// current posts with their follow-up category and its reason, exposures current and past with their
// L4161-1 factor, the next due visits with their deadline, the last conclusions and documents, an open
// PDP case, and the alerts (SIR post, RQTH, oppositions, pending access request).
//
// Read through the existing stores only, so every section passes the access policy of its part and is
// audited by it: a part the role never reads (matrix of security::AccessPolicy, PdpPolicy for the due
// visits and the PDP case) is not asked for and its section stays absent; a part refused for this
// worker (opposition, no delegation, another team) is absent too, with the policy's message in
// `refusals` (and the refusal audited by the store). No SQL here.

#include "core/Result.h"
#include "dmst/ConsultationStore.h"
#include "dmst/DocumentStore.h"
#include "dmst/Record.h"
#include "security/Session.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::dmst {

struct SynthesisPost {
    QString establishment;
    QString post;
    QDate start;
    QString category;  // SI, SIA, SIR (in force)
    QString reason;    // the physician's reason when he decided, else the computed one
    bool decided = false; // the physician's override
};

struct SynthesisDue {
    QString kind;       // visit_kind code
    QString kindLabel;  // its label
    QDate earliest;     // invalid: any time before `latest`
    QDate latest;
    bool overdue = false;
    bool physicianOnly = false; // performed by the médecin du travail
    QString basis;      // the article
};

struct SynthesisPdp {
    QDate opened;
    QString inCharge;
    QDate nextReview; // invalid: none due
};

enum class AlertKind { Sir, Rqth, InvalidityPension, Opposition, AccessRequest, Ins };

struct SynthesisAlert {
    AlertKind kind = AlertKind::Sir;
    QString text; // translated
};

struct RecordSynthesis {
    std::optional<WorkerIdentity> identity;                 // 1°
    std::optional<QList<SynthesisPost>> posts;              // 2°: current posts
    std::optional<QList<Exposure>> exposures;               // 2°: current first, then past
    std::optional<QList<SynthesisDue>> due;                 // follow-up rules (reading stoppages)
    std::optional<QList<ConsultationSummary>> conclusions;  // 3°: last closed consultations, `kind` as its label
    std::optional<QList<StoredDocument>> documents;         // 5°: last documents
    std::optional<std::optional<SynthesisPdp>> pdp;         // PDP: read (outer), an open case (inner)
    QList<SynthesisAlert> alerts;
    QStringList refusals;                                   // the policy's messages for parts refused
};

namespace SynthesisStore {
inline constexpr int LastConclusions = 3;
inline constexpr int LastDocuments = 5;
inline constexpr int NextDue = 4;
// The synthesis of the worker's record for the signed-in account on the session's day.
core::Result<RecordSynthesis> of(security::Session& session, const QString& workerId);
} // namespace SynthesisStore

QString alertKindCode(AlertKind k); // sir, rqth, invalidity, opposition, access_request, ins

} // namespace vigie::dmst
