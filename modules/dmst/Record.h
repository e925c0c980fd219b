#pragma once
// The medical record's value types (DMST, R4624-45-4), part by part, and the rules on them that need
// no database. Pure code: no SQL, no widgets, dates given by the caller.
//
//   1° identity with the INS status, medico-administrative data, attending doctor  → RecordHeader, IdentityCheck
//   2° work history (curriculum laboris) and coded exposures                       → WorkHistoryEntry, Exposure
//   3° health data from visits                                                      → Consultation.h
//   4° correspondence between health professionals                                  → Correspondence
//   5° attestations, avis, proposals, prevention orders, information given          → VisitDocument.h
//   6° information on access rights (R4624-45-6)                                    → RightsInformation
//   7° consents and oppositions                                                     → Consent

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::dmst {

// The parts, as the access policy numbers them (security::AccessPolicy, 1 to 7).
namespace Part {
inline constexpr int Identity = 1;
inline constexpr int Exposures = 2;
inline constexpr int Health = 3;
inline constexpr int Correspondence = 4;
inline constexpr int Documents = 5;
inline constexpr int Rights = 6;
inline constexpr int Consents = 7;
} // namespace Part
QString partTitle(int part); // translated, e.g. "1° Identity and administrative data"

// 1° -----------------------------------------------------------------------------------------------
// The worker's identity as the record shows it (INS strict traits and status).
struct WorkerIdentity {
    QString id;
    QString birthName;
    QString birthFirstNames;
    QString usedName;
    QDate birthDate;
    QString sex;
    QString insStatus;
    QString insMatricule;
    QString insOid;
    QString birthPlaceCog;
};

struct RecordHeader {
    QString id;
    QString workerId;
    QDate createdOn;
    QString healthInsurance;
    QString medicoAdminNotes;
    QString attendingDoctor;
    QString attendingContact;
    QDate deathDate;
    bool litigationHold = false;
};

enum class IdentityDocument { Passport, IdCard, ResidencePermit, BirthCertificate };
QString identityDocumentCode(IdentityDocument d); // passport, id_card, residence_permit, birth_certificate
std::optional<IdentityDocument> identityDocumentFromCode(const QString& code);
QString identityDocumentText(IdentityDocument d); // translated

struct IdentityCheck {
    QString id;
    QString workerId;
    IdentityDocument document = IdentityDocument::IdCard;
    QDate checkedOn;
    QString checkedBy;     // account id
    QString checkedByName; // that account's display name (read, not stored)
};

// What an INS status change needs (RNIV EXI SI 07, security-requirements.md INS-02/INS-03):
//  - VALI and QUAL: an identity check on a high-trust document recorded in the record;
//  - RECUP and QUAL: a matricule INS and its OID (returned by INSi, never typed);
//  - an identity flagged doubtful (DOUT) or fictitious (FICT) stays PROV.
struct InsFacts {
    bool identityChecked = false;
    bool hasMatricule = false;
    QStringList attributes; // DOUT, FICT, HOMA
};
core::Status checkInsStatus(const QString& status, const InsFacts& facts);

// 2° -----------------------------------------------------------------------------------------------
struct WorkHistoryEntry {
    QString id;
    QString workerId;
    QString employer;
    QString post;
    QString naf;
    QDate start;
    QDate end; // invalid: current
};
core::Status checkWorkHistory(const WorkHistoryEntry& entry);

enum class Intensity { Low, Medium, High, Unknown };
QString intensityCode(Intensity i); // low, medium, high, unknown
std::optional<Intensity> intensityFromCode(const QString& code);
QString intensityText(Intensity i); // translated

// Where an exposure comes from (issue 18 item 4): declared by the company, or observed by the physician
// (or the team) in consultation or at the workplace.
enum class ExposureSource { Physician, Company };
QString exposureSourceCode(ExposureSource s); // physician, company
std::optional<ExposureSource> exposureSourceFromCode(const QString& code);
QString exposureSourceText(ExposureSource s); // translated

struct Exposure {
    QString id;
    QString workerId;
    QString workHistoryId;   // optional: the post it belongs to
    QString code;            // exposure thesaurus code
    QString label;           // the code's label (read, not stored)
    QString l4161Factor;     // L4161-1 factor code of the code, if any
    QString l4161Label;      // the factor's label (read, not stored)
    QString retentionRegime; // R4412-55, R4426-9, R4451-83 or empty
    Intensity intensity = Intensity::Unknown;
    QDate start;
    QDate end;               // invalid: ongoing
    QString prevention;
    ExposureSource source = ExposureSource::Physician;
};
core::Status checkExposure(const Exposure& exposure);
// The special retention regime (R4624-45-9) an exposure code carries, from its thesaurus attributes:
// a CMR agent (flag "cmr") → R4412-55; ionising radiation (sir_risk IONISING_RADIATION) → R4451-83;
// biological agents of groups 3 and 4 (sir_risk BIO_3_4) → R4426-9. Empty otherwise.
QString retentionRegimeOf(const QStringList& flags, const QString& sirRisk);

// 4° -----------------------------------------------------------------------------------------------
struct Correspondence {
    QString id;
    QString workerId;
    bool received = true; // else sent
    QString correspondent;
    QDate dated;
    QString subject;
    QString body;
    QString attachmentName; // the attached PDF's file name; empty: none
    QByteArray attachment;  // its bytes when adding (listing leaves them out: RecordStore::correspondencePdf)
    bool hasAttachment = false; // read
};
// The correspondent, subject and date are required; an attachment is a PDF ("%PDF-") of at most
// MaxAttachmentBytes.
inline constexpr qsizetype MaxAttachmentBytes = 10 * 1024 * 1024;
core::Status checkCorrespondence(const Correspondence& c);

// 6° -----------------------------------------------------------------------------------------------
enum class InformationMeans { Paper, Electronic, Oral };
QString informationMeansCode(InformationMeans m);
std::optional<InformationMeans> informationMeansFromCode(const QString& code);
QString informationMeansText(InformationMeans m);

struct RightsInformation {
    QString id;
    QString workerId;
    QDate informedOn;
    InformationMeans means = InformationMeans::Paper;
    bool atTransfer = false; // else at creation
    QString recordedBy;
};

// 7° -----------------------------------------------------------------------------------------------
enum class ConsentKind {
    TelehealthConsent,       // L4624-1: consent to a teleconsultation
    OppositionTeam,          // L4624-8 al. 3: objects to access by the MPC and professionals under the MT
    OppositionOtherServices, // R4624-45-6 2°: objects to access to records held by other services
    OppositionDmp,           // L4624-8-1: refuses the MT access to the DMP (never told to the employer)
};
QString consentKindCode(ConsentKind k);
std::optional<ConsentKind> consentKindFromCode(const QString& code);
QString consentKindText(ConsentKind k);

struct Consent {
    QString id;
    QString workerId;
    ConsentKind kind = ConsentKind::TelehealthConsent;
    QDate givenOn;
    QDate withdrawnOn; // invalid: in force
    QString recordedBy;
};

} // namespace vigie::dmst
