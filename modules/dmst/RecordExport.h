#pragma once
// The worker's copy of his record (R4624-45-8; security-requirements.md RGPD-01): everything of parts
// 1° to 7° — never the physicians' personal notes — as a PDF for people and as a FHIR R4 JSON Bundle
// for machines (Patient with the INS, Encounter, Observation, Condition, DocumentReference). Pure code
// over a snapshot read by ExportStore.
//
// INS-05: the Patient carries the INS identifier (matricule + OID) only for a qualified identity;
// otherwise the local identifier alone. Parts 6° (rights information) and 7° (consents and
// oppositions) are FHIR R4 Consent resources: an opposition is a "deny" provision.

#include "dmst/Consultation.h"
#include "dmst/DocumentStore.h"
#include "dmst/Record.h"
#include "membership/Documents.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace vigie::dmst {

struct RecordSnapshot {
    WorkerIdentity worker;
    std::optional<RecordHeader> header;
    QList<IdentityCheck> identityChecks;
    QList<WorkHistoryEntry> workHistory;
    QList<Exposure> exposures;
    QList<Consultation> consultations; // closed ones (drafts are work in progress)
    QList<Correspondence> correspondence;
    QList<StoredDocument> documents;   // signed ones
    QList<RightsInformation> rights;
    QList<Consent> consents;

    QDate oldestData() const; // the oldest dated item (L1111-7: more than five years → two months)
};

struct ExportRequestInfo {
    QDate requestedOn;
    QDate dueOn;
    QDateTime generatedAt; // UTC
};

QJsonObject fhirBundle(const RecordSnapshot& snapshot, const ExportRequestInfo& request);
membership::PrintableDocument recordDocument(const RecordSnapshot& snapshot, const ExportRequestInfo& request);

} // namespace vigie::dmst
