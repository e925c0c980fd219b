#pragma once
// Establishments (SIRET) of member enterprises (SIREN): search, the full member record, its creation
// and edition, status changes with their dates, the team in charge, and the enterprise view that
// consolidates an enterprise's establishments by SIREN.
//
// Rights: reading follows scopeFor (membership roles and the administrator see every establishment,
// the record professionals their teams' ones, the others none); creating and editing members is the
// membership module's (AccessPolicy::canUseModule(Module::Membership)); assigning the team in charge
// is the administrator's, as all team assignments (TeamStore). Every change is audited with
// identifiers only; every refusal too.
//
// Checks: the domain's (Member.h: SIREN/SIRET keys, the SIRET inside its SIREN, names, dates,
// contacts), then the thesaurus': the NAF must be an existing sub-class, the commune an existing one
// and the postal code one of that commune's. The city stored is the thesaurus' name of the commune.

#include "core/Result.h"
#include "membership/Member.h"
#include "security/Session.h"

#include <QList>

#include <optional>

namespace vigie::membership {

struct EstablishmentSummary {
    QString id;
    QString siret;
    QString name;
    QString city;
    QString naf;
};

struct TeamChoice {
    QString id;
    QString name;
};

// One establishment in the enterprise view.
struct EstablishmentOverview {
    QString id;
    QString siret;
    QString name;
    QString city;
    QString naf;
    QString memberNumber;
    MemberStatus status = MemberStatus::Active;
    QDate statusSince;
    int workers = 0; // workers followed in the year asked for
};

// An enterprise and all its establishments (consolidation by SIREN).
struct EnterpriseView {
    QString id;
    QString siren;
    QString name;
    QString legalForm;
    int year = 0;
    QList<EstablishmentOverview> establishments; // those the user may see, by SIRET
    int workers = 0;                             // sum over the establishments listed
};

namespace EstablishmentStore {
core::Result<QList<EstablishmentSummary>> list(security::Session& session, int limit);
// Establishments whose name starts with `text` (accents and case ignored).
core::Result<QList<EstablishmentSummary>> findByName(security::Session& session, const QString& text, int limit);

// The full member record; ErrorCode::Invalid when unknown, Denied when out of the user's reach.
core::Result<Member> load(security::Session& session, const QString& establishmentId);
// By SIRET (spaces ignored); nullopt when no establishment has it.
core::Result<std::optional<Member>> findBySiret(security::Session& session, const QString& siret);

// Creates (member.id empty) or updates an establishment, its enterprise (found or created by SIREN)
// and its contacts, in one transaction. On creation an empty member number gets the next one. A
// status different from the stored one is a status change (checkStatusChange) and is added to the
// history. The team in charge is not changed here (assignTeam). Returns the establishment id.
core::Result<QString> save(security::Session& session, const Member& member);

// A status change on its own (suspension, departure, return), dated, with an optional note.
core::Status changeStatus(security::Session& session, const QString& establishmentId, MemberStatus status,
                          const QDate& since, const QString& note = {});

// Administrator only: the team in charge of the establishment (replaces the previous one; empty: none).
core::Status assignTeam(security::Session& session, const QString& establishmentId, const QString& teamId);
core::Result<QList<TeamChoice>> teams(security::Session& session);

// The enterprise with this SIREN and its establishments, with the workers followed in `year`.
core::Result<EnterpriseView> enterprise(security::Session& session, const QString& siren, int year);

// The distinct workers with an employment at the establishment overlapping `year` (Contribution.h).
core::Result<int> workersFollowed(security::Session& session, const QString& establishmentId, int year);

// The postal codes of a commune of the thesaurus (empty when the commune is unknown) and its name.
struct CommuneInfo {
    QString code;
    QString name;
    QStringList postalCodes;
};
core::Result<std::optional<CommuneInfo>> commune(security::Session& session, const QString& inseeCode);
} // namespace EstablishmentStore

} // namespace vigie::membership
