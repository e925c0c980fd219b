#pragma once
// Documents of part 5° in the database: drafted from a consultation (the worker's INS traits, the
// employer, the post, the visit's times and kind, the service — captured once, so a document never
// changes when those change later), signed under the access policy (an avis or a proposal needs
// Action::Sign: the physician; an attestation or a prevention order Action::Write: a nurse too),
// immutable once signed (store and triggers), corrected by a new document that supersedes it.
//
// The avis d'inaptitude prints the date of the last update of the establishment's company sheet:
// max(validated_at) of `companysheet_versions` when that table exists (the company-sheet module's),
// otherwise "no company sheet on record".

#include "core/Result.h"
#include "dmst/VisitDocument.h"
#include "security/Session.h"

#include <QList>
#include <QString>

namespace vigie::dmst {

// What the professional decides; the rest of the content is read from the record.
struct DocumentRequest {
    DocumentKind kind = DocumentKind::Attestation;
    QString consultationId;
    QString conclusion;           // not kept on an attestation nor an avis d'aptitude (meant for the employer)
    QString fitness;              // avis d'aptitude: fitnessCode() (fit, fit_adjusted)
    QDate nextVisitOn;            // attestation, avis d'aptitude: the date of the next visit (optional)
    QStringList measureCodes;     // annexe 4: codes of the "adjustment" list
    QDate postStudyOn;            // avis d'inaptitude (R4624-42)
    QDate conditionsStudyOn;
    QDate employerExchangeOn;
    QDate secondVisitOn;
    QTime secondArrival;
    QTime secondDeparture;
    bool exemptHarmful = false;
    bool exemptNoRedeployment = false;
    QString risks;                // prevention order
    QString advice;
    QString healthIssues;
    QString contact;
};

struct StoredDocument {
    QString id;
    QString workerId;
    QString consultationId;
    DocumentKind kind = DocumentKind::Attestation;
    bool signedDocument = false;
    QDate issuedOn;
    DocumentContent content;
    QString html;            // as signed (empty for a draft)
    QString signedAt;
    QString signedBy;
    QString supersedes;
    QString supersededBy;    // read
};

namespace DocumentStore {
core::Result<QString> draft(security::Session& session, const DocumentRequest& request);
// Edits a draft with what the professional decided (the content read from the record stays as drafted).
// ErrorCode::Invalid for a signed document: it is corrected, never edited.
core::Status update(security::Session& session, const QString& documentId, const DocumentRequest& changes);
core::Status sign(security::Session& session, const QString& documentId);
core::Result<QString> correct(security::Session& session, const QString& signedId, const DocumentRequest& changes);
// Deletes a draft: its author only (refused and audited otherwise); a signed document is never deleted.
core::Status removeDraft(security::Session& session, const QString& documentId);
core::Result<StoredDocument> load(security::Session& session, const QString& documentId);
core::Result<QList<StoredDocument>> list(security::Session& session, const QString& workerId);
// A signed document ready to print: needs the right that issues it (the worker is handed the copy),
// audited as "print".
core::Result<membership::PrintableDocument> forPrinting(security::Session& session, const QString& documentId);
// The date of the last company-sheet update of an establishment (invalid: none on record).
core::Result<QDate> companySheetUpdatedOn(security::Session& session, const QString& establishmentId);
} // namespace DocumentStore

} // namespace vigie::dmst
