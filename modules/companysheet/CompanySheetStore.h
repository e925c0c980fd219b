#pragma once
// Company sheets in the database (0009): drafts, validated versions and their hash chain, sendings to
// the employer, the due list and the renewal setting.
//
// Rights: every function requires the company-sheet module (PolicyStore::requireModule(CompanySheets):
// physicians, collaborator physicians, interns, nurses, IPRP, assistants) and the establishment in the
// user's reach (EstablishmentStore::load: the team in charge, or every establishment for the
// membership roles); refusals are audited. A draft belongs to its author: only they read, edit,
// validate or abandon it. Validating is the multidisciplinary team's act of writing the sheet
// (R4624-46): physicians, collaborator physicians, nurses and IPRP; interns and assistants prepare
// drafts. Validations, sendings, prints, draft starts and chain checks are audited with identifiers
// and the version's hash.
//
// Immutability: the store has no function that changes or removes a version or a sending; SQL
// triggers refuse any UPDATE or DELETE on them; verify() recomputes the hash chain, so that an edit made
// behind the application's back (another SQLCipher client with the key) is found.
//
// Concurrent drafts: a draft remembers the latest version when it was started. If another version was
// validated since, validate() merges by section (SheetDiff.h): sections changed on one side only
// merge; a section changed on both sides is returned as a conflict and nothing is written, until
// resolve() records a person's choice for each.

#include "companysheet/SheetContent.h"
#include "companysheet/SheetDeadlines.h"
#include "companysheet/SheetDiff.h"
#include "companysheet/SheetDocument.h"
#include "companysheet/SheetPrefill.h"
#include "companysheet/SheetVersion.h"
#include "core/Result.h"
#include "membership/Member.h"
#include "security/Session.h"

#include <QDateTime>
#include <QList>
#include <QMap>

#include <optional>

namespace vigie::companysheet {

enum class Channel { Post, RegisteredPost, Email, Hand, Portal };
QString channelCode(Channel channel); // post, registered_post, email, hand, portal
std::optional<Channel> channelFromCode(const QString& code);
QString channelTitle(Channel channel); // translated
QList<Channel> allChannels();

struct Sending {
    QDate sentOn;
    Channel channel = Channel::Post;
    QString recipient;
    QString recordedAt;
    QString recordedBy; // display name
};

struct VersionInfo {
    QString id;
    QString establishmentId;
    int number = 0;
    QString authorId;
    QString authorName;
    QDateTime validatedAt; // UTC
    int basedOnNumber = 0; // the version the draft started from (0: none)
    bool merged = false;
    QString hash;
    QList<Sending> sendings;
};

struct Version {
    VersionInfo info;
    SheetContent content;
};

struct DraftInfo {
    QString id;
    QString establishmentId;
    QString authorId;
    QString authorName;
    int sourceNumber = 0; // the version it was started from (0: a first sheet)
    int headNumber = 0;   // the latest version when it was started (0: none)
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Draft {
    DraftInfo info;
    SheetContent content;
};

struct ValidationOutcome {
    std::optional<VersionInfo> version; // validated
    MergeResult merge;                  // when another version was validated meanwhile
    int theirsNumber = 0;               // that version's number
    bool conflict() const { return !version.has_value(); }
};

namespace CompanySheetStore {

// The establishment in reach, by id or by SIRET (ErrorCode::Invalid when unknown).
core::Result<membership::Member> establishment(security::Session& session, const QString& establishmentId);
core::Result<membership::Member> establishmentBySiret(security::Session& session, const QString& siret);

// What the service knows, for the pre-filling (SheetPrefill.h).
core::Result<PrefillFacts> prefillFacts(security::Session& session, const QString& establishmentId);

// Starts a draft of the signed-in user from version `fromNumber` (0: the latest, or a first sheet when
// there is none), pre-filled with the facts.
core::Result<Draft> startDraft(security::Session& session, const QString& establishmentId, int fromNumber = 0);
// The open drafts of the establishment (every author's, without content: one's own are read with loadDraft).
core::Result<QList<DraftInfo>> openDrafts(security::Session& session, const QString& establishmentId);
core::Result<Draft> loadDraft(security::Session& session, const QString& draftId);
core::Status saveDraft(security::Session& session, const QString& draftId, const SheetContent& content);
core::Status abandonDraft(security::Session& session, const QString& draftId);

// Validates the draft into the next version, or returns the conflicting sections (nothing written).
core::Result<ValidationOutcome> validate(security::Session& session, const QString& draftId);
// Merges the draft with the version validated since it was started, with a person's choice for each
// conflicting section; the draft then follows that version and can be validated.
core::Result<Draft> resolve(security::Session& session, const QString& draftId, const QMap<QString, Side>& choices);

core::Result<QList<VersionInfo>> history(security::Session& session, const QString& establishmentId);
// Version `number` (0: the latest); ErrorCode::Invalid when the establishment has no such version.
core::Result<Version> version(security::Session& session, const QString& establishmentId, int number = 0);
core::Status recordSending(security::Session& session, const QString& establishmentId, int number, const QDate& sentOn,
                           Channel channel, const QString& recipient);

// Recomputes the hash chain of the establishment's versions.
core::Result<ChainCheck> verify(security::Session& session, const QString& establishmentId);

// Renewal delay in years (the setting; DefaultRenewalYears until set). Setting it is the administrator's.
core::Result<int> renewalYears(security::Session& session);
core::Status setRenewalYears(security::Session& session, int years);

// The sheets due among the establishments in the user's reach (SheetDeadlines.h), as of the session's today.
core::Result<QList<DueSheet>> due(security::Session& session, int renewalYears, int horizonDays = 0);

// What the printed sheet needs (SheetDocument.h), audited as a print ("export").
core::Result<SheetDocumentData> documentData(security::Session& session, const QString& establishmentId, int number = 0);

} // namespace CompanySheetStore

} // namespace vigie::companysheet
