#pragma once
// A worker's identity as entered or declared (INS-01 strict traits plus the declared NIR), and the
// keys identity vigilance compares (INS-08). Pure code.
//
// Likely duplicates of an identity (security-requirements.md INS-08; issue 5 part 6):
//   - same NIR (the declared NIR or the matricule INS of an existing worker);
//   - same birth name, first birth first name and birth date, with accents, case, hyphens and
//     punctuation folded (core::foldForSearch): the identity key;
//   - close phonetic forms of both names with the same birth date (phoneticKeyFr): the phonetic key.
// Two identities that both carry a NIR, different ones, are two people: never duplicates.

#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace vigie::workforce {

struct Identity {
    QString birthName;
    QString birthFirstNames;   // the full list, space separated (INS)
    QDate birthDate;
    QString sex;               // M, F, U
    QString birthPlaceCog;     // INSEE code, 5 characters (99xxx abroad); optional
    QString usedName;          // optional
    QString usedFirstName;     // optional
    QString nir;               // declared NIR, normalised (15 characters); optional

    // The first of the birth first names (INS: "premier prénom de naissance").
    QString firstBirthFirstName() const;
};

// "birth name|first word of the first birth first name|YYYY-MM-DD", names folded.
QString identityKey(const QString& birthName, const QString& firstBirthFirstName, const QDate& birthDate);
// "phonetic birth name|phonetic first word of the first name|YYYY-MM-DD".
QString phoneticKey(const QString& birthName, const QString& firstBirthFirstName, const QDate& birthDate);

inline QString identityKey(const Identity& i) { return identityKey(i.birthName, i.firstBirthFirstName(), i.birthDate); }
inline QString phoneticKey(const Identity& i) { return phoneticKey(i.birthName, i.firstBirthFirstName(), i.birthDate); }

// Why an existing identity is a likely duplicate of another.
enum class DuplicateReason {
    SameNir,       // same NIR, other traits differ
    SameTraits,    // same folded birth name, first name and birth date
    Phonetic,      // close phonetic forms, same birth date
};
QString duplicateReasonCode(DuplicateReason reason); // same_nir, same_traits, phonetic
QString duplicateReasonText(DuplicateReason reason); // translated

// What the keys say of two identities. `Same` when both NIRs are present and equal and the traits
// agree (the same person, declared again); `Different` when both NIRs are present and differ, or no
// key is shared; otherwise the reason they are likely duplicates.
enum class KeyComparison { Same, Likely, Different };
struct KeyMatch {
    KeyComparison comparison = KeyComparison::Different;
    DuplicateReason reason = DuplicateReason::SameTraits;
};
struct IdentityKeys {
    QString nir;
    QString identityKey;
    QString phoneticKey;
};
IdentityKeys keysOf(const Identity& identity);
// A 64-bit hash of a key (FNV-1a over its UTF-8), what the key indexes hold; 0 never comes out.
qint64 keyHash(const QString& key);
KeyMatch compareKeys(const IdentityKeys& a, const IdentityKeys& b);

// INS-01 traits checked on entry: birth name and first names present, a valid birth date not after
// `today`, sex M/F/U, birth place 5 characters when given, NIR valid (core::validateNir) and
// consistent with the sex and the birth date when given. The message names the value.
core::Status checkIdentity(const Identity& identity, const QDate& today);

// NIR and traits: first digit 1/2 against sex M/F, digits 2–5 against the birth year and month (when
// the NIR's month is a real month; 20–42 and 50+ mean an incomplete civil record). Empty when they
// agree or cannot be compared, else a translated reason.
QString nirTraitsMismatch(const QString& nir, const QString& sex, const QDate& birthDate);

} // namespace vigie::workforce
