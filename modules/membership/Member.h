#pragma once
// Members of the service: enterprises (SIREN) and their establishments (SIRET), as the membership
// screens and stores exchange them. Pure domain: value types and the checks that need no database.
// The checks against the thesaurus (the NAF sub-class exists, the commune exists and the postal code
// is one of its own) are made by EstablishmentStore, which reads the codes and calls validateAddress.
//
// Consolidation by SIREN: an establishment belongs to the enterprise whose SIREN is the first nine
// digits of its SIRET — never another. Creating an establishment whose enterprise is unknown creates
// the enterprise; the enterprise view lists all its establishments together.

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::membership {

enum class MemberStatus { Active, Suspended, Left };
QString statusCode(MemberStatus status); // active, suspended, left (the database's codes)
std::optional<MemberStatus> statusFromCode(const QString& code);
QString statusTitle(MemberStatus status); // translated
QList<MemberStatus> allStatuses();

enum class ContactRole { Employer, Hr, PreventionReferent, Billing, Other };
QString contactRoleCode(ContactRole role); // employer, hr, prevention_referent, billing, other
std::optional<ContactRole> contactRoleFromCode(const QString& code);
QString contactRoleTitle(ContactRole role); // translated
QList<ContactRole> allContactRoles();

struct Contact {
    QString id; // empty for a new contact
    ContactRole role = ContactRole::Employer;
    QString name;
    QString phone;
    QString email;
};

struct Address {
    QString street;       // number and street
    QString extra;        // building, floor, lieu-dit (optional)
    QString postalCode;   // 5 digits, one of the commune's postal codes
    QString communeInsee; // INSEE code of the commune (COG), from the commune thesaurus
    QString city;         // the commune's name, as the thesaurus gives it
};

struct StatusEntry {
    MemberStatus status = MemberStatus::Active;
    QDate since;
    QString note;
};

// An establishment with its enterprise: what the membership form edits.
struct Member {
    QString id;            // establishment id; empty for a new one
    QString enterpriseId;  // filled by the store
    QString enterpriseName;
    QString legalForm;
    QString siret;         // 14 digits; its first 9 are the enterprise's SIREN
    QString name;          // establishment name
    QString naf;           // NAF rév. 2 sub-class, "62.01Z"
    Address address;
    QString memberNumber;  // empty on creation: the store allocates the next one
    QDate memberSince;     // membership date
    MemberStatus status = MemberStatus::Active;
    QDate statusSince;     // date of the current status (the membership date while active)
    QString teamId;        // team in charge (assigned by the administrator)
    QString teamName;
    QList<Contact> contacts;
    QList<StatusEntry> history; // read only: every status with its date, oldest first

    QString siren() const;
};

// Digits of an identifier typed with spaces ("732 829 320 00074" → "73282932000074").
QString digitsOf(const QString& text);
// "73282932000074" → "732 829 320 00074"; other text as is.
QString formatSiret(const QString& siret);
// "732829320" → "732 829 320"; other text as is.
QString formatSiren(const QString& siren);

// SIREN and SIRET valid (Luhn, La Poste), and the SIRET's first nine digits equal to the SIREN.
core::Status validateIdentifiers(const QString& siren, const QString& siret);

// The address against the commune chosen in the thesaurus: a street, a commune, a 5-digit postal
// code that is one of `communePostalCodes` (the commune's codes; empty list: commune unknown).
core::Status validateAddress(const Address& address, const QStringList& communePostalCodes);

// A contact needs a name and a way to reach them: a French phone number (10 digits, or +33 and 9) or
// an e-mail address; both are checked when given.
core::Status validateContact(const Contact& contact);
// "01 23 45 67 89", "+33 1 23 45 67 89", "0123456789" → "01 23 45 67 89"; empty when not a number.
QString normalisePhone(const QString& phone);

// Everything about a member that needs no database: names, identifiers, dates, status, contacts.
// The NAF and the address are checked by the store against the thesaurus.
core::Status validateMember(const Member& member, const QDate& today);

// A status change: a different status, dated on or after the membership date and the current
// status' date, and not in the future.
core::Status checkStatusChange(const Member& current, MemberStatus next, const QDate& since, const QDate& today);

// The member number following `last` ("A000041" → "A000042"; none yet → "A000001").
QString nextMemberNumber(const QString& last);

} // namespace vigie::membership
