#pragma once
// The documents handed to the worker after a visit, as the arrêté du 3 mars 2025 models set them
// (domain-rules.md §3.2): attestation de suivi (annexe 1, L4624-1), avis d'aptitude (annexe 2, L4624-2,
// SIR only), avis d'inaptitude (annexe 3, L4624-4, with the mentions of R4624-42 and the means and delay
// of appeal of R4624-45), proposal of adjustment measures (annexe 4, L4624-3) — and the prevention order
// (ordonnance de prévention). Part 5° of the record.
//
// Pure code: DocumentContent is everything printed, captured when the document is drafted (JSON in
// dmst_documents.fields); the HTML is a function of it, built once at signing and kept as signed.
// With a qualified identity the INS is printed as text and as the INS DataMatrix (InsDataMatrix.h).

#include "core/Result.h"
#include "membership/Documents.h"
#include "security/AccessPolicy.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace vigie::dmst {

enum class DocumentKind { Attestation, Aptitude, Inaptitude, Adjustment, PreventionOrder };
QString documentKindCode(DocumentKind k); // attestation, aptitude, inaptitude, adjustment, prevention_order
std::optional<DocumentKind> documentKindFromCode(const QString& code);
QString documentKindTitle(DocumentKind k); // translated, e.g. "Avis d'inaptitude"

// Who may sign it (security-requirements.md RBAC-04): an avis or a proposal is a physician's act
// (Action::Sign on part 5°); an attestation or a prevention order is issued by any health professional
// who writes part 5° (a nurse included).
security::Action signingAction(DocumentKind k);

struct DocumentContent {
    // The service and the employer
    QString serviceName;
    QString serviceAddress;
    QString serviceContact;
    QString enterpriseName;
    QString establishmentName;
    QString establishmentAddress;
    QString siret;
    QString referentPhysician;
    // The worker (INS traits)
    QString birthName;
    QString birthFirstNames;
    QString usedName;
    QDate birthDate;
    QString sex;
    QString insMatricule;       // printed only when the identity is qualified (INS-05)
    QString insNature;          // NIR or NIA
    QString insOid;             // the matricule's OID (qualified identity only): the INS DataMatrix needs it
    QString birthPlace;         // INSEE code and commune
    QString birthPlaceCog;      // the INSEE code alone (INS DataMatrix S7)
    // The post
    QStringList posts;          // the post title, or up to three jobs
    bool sir = false;
    QDate sirSince;
    bool measures = false;      // individual measures of L4624-3 in force
    QDate measuresSince;
    // The visit
    QDate visitDate;
    QTime arrival;
    QTime departure;
    QString visitKind;          // code
    QString visitKindLabel;     // "Visite de reprise"
    QString visitBasis;         // "R4624-31"
    // What is concluded
    QString conclusion;         // free text: inaptitude's "conclusions et indications relatives au reclassement", annexe 4,
                                // prevention order — never on an attestation nor an avis d'aptitude (they go to the employer)
    QString fitness;            // avis: fitnessCode() — fit, fit_adjusted (annexe 2), unfit (annexe 3)
    QDate nextVisitOn;          // attestation and avis d'aptitude: the date of the next visit, if set
    QStringList measureLabels;  // annexe 4: the measures proposed
    // Avis d'inaptitude (R4624-42)
    QDate postStudyOn;
    QDate conditionsStudyOn;
    QDate employerExchangeOn;
    QDate companySheetUpdatedOn; // invalid: no company sheet on record
    QDate secondVisitOn;
    QTime secondArrival;
    QTime secondDeparture;
    bool exemptHarmful = false;         // "tout maintien … gravement préjudiciable"
    bool exemptNoRedeployment = false;  // "l'état de santé fait obstacle à tout reclassement"
    // Prevention order
    QString risks;
    QString advice;
    QString healthIssues;
    QString contact;
    // Signature
    QString signerName;
    QString signerTitle;
    QDate issuedOn;
    QDate supersedesIssuedOn;   // a correction: the date of the document it replaces

    QJsonObject toJson() const;
    static DocumentContent fromJson(const QJsonObject& o);
};

// The decision an avis states (arrêté du 3 mars 2025, annexes 2 and 3).
enum class Fitness { Fit, FitWithAdjustments, Unfit };
QString fitnessCode(Fitness f); // fit, fit_adjusted, unfit
std::optional<Fitness> fitnessFromCode(const QString& code);
QString fitnessText(Fitness f); // translated, as printed
// The fitness decisions an avis of this kind may state: aptitude → fit, fit with adjustments;
// inaptitude → unfit; other kinds → none.
QList<Fitness> fitnessChoices(DocumentKind k);

// Whether the document goes to the employer (attestation, avis, annexe 4 proposal): it then carries no
// medical content of the consultation — no health problem, and on the attestation and the avis
// d'aptitude no free-text conclusion either (only the structured decision). The prevention order is
// the worker's own.
bool meantForEmployer(DocumentKind k);
// The content as it may be kept and printed for this kind: what the kind must not carry is emptied
// (an attestation has no conclusion, no measure, no health issue, no decision; an avis d'aptitude no
// free text). Applied when drafting, editing and printing.
DocumentContent withoutUndueContent(DocumentKind kind, DocumentContent content);

// Whether this kind of document may follow this kind of visit (domain-rules.md §3.1): no attestation
// nor avis after a pre-return visit; an avis d'aptitude after any other visit of a worker under
// reinforced follow-up (`sirWorker`); an avis (aptitude, inaptitude) follows only a visit done by the
// médecin du travail or a physician under his protocol (`byPhysician`, R4623-14 II), who signs it.
core::Status checkIssuable(DocumentKind kind, const QString& visitKind, bool sirWorker, bool byPhysician);
// Before signing: what the model requires is there (an avis d'inaptitude needs the dates of the post
// study, of the working-conditions study and of the exchange with the employer, and its conclusions;
// annexe 4 needs a measure; a prevention order its risks and advice).
core::Status checkComplete(DocumentKind kind, const DocumentContent& content);

// The printable document (header and footer repeated on each page by the printer). With a qualified
// identity it carries the INS DataMatrix: <img src="InsDataMatrixKey"> and its content in dataMatrices.
inline const QString InsDataMatrixKey = QStringLiteral("vigie-datamatrix:ins");
membership::PrintableDocument printable(DocumentKind kind, const DocumentContent& content, const QString& documentId);

// The appeal mention printed on avis and proposals (L4624-7, R4624-45): translated.
QString appealMention();

} // namespace vigie::dmst
