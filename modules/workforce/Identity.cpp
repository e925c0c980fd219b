#include "workforce/Identity.h"

#include "core/Nir.h"
#include "core/TextFold.h"
#include "workforce/Phonetic.h"

#include <QCoreApplication>

namespace vigie::workforce {
using core::ErrorCode;
using core::Status;

QString Identity::firstBirthFirstName() const
{
    const QString list = birthFirstNames.simplified();
    const qsizetype space = list.indexOf(QLatin1Char(' '));
    return space < 0 ? list : list.left(space);
}

namespace {
// The first word of a first name, folded: "Marie-Hélène", "Marie Hélène" (two first names typed
// where the civil record has one compound name) and "MARIE HELENE" all give "marie".
QString firstWord(const QString& firstName)
{
    const QString folded = core::foldForSearch(firstName);
    const qsizetype space = folded.indexOf(QLatin1Char(' '));
    return space < 0 ? folded : folded.left(space);
}
} // namespace

QString identityKey(const QString& birthName, const QString& firstBirthFirstName, const QDate& birthDate)
{
    return core::foldForSearch(birthName) + QLatin1Char('|') + firstWord(firstBirthFirstName) + QLatin1Char('|') +
           birthDate.toString(Qt::ISODate);
}

QString phoneticKey(const QString& birthName, const QString& firstBirthFirstName, const QDate& birthDate)
{
    return phoneticKeyFr(birthName) + QLatin1Char('|') + phoneticKeyFr(firstWord(firstBirthFirstName)) + QLatin1Char('|') +
           birthDate.toString(Qt::ISODate);
}

QString duplicateReasonCode(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameNir: return QStringLiteral("same_nir");
    case DuplicateReason::SameTraits: return QStringLiteral("same_traits");
    case DuplicateReason::Phonetic: return QStringLiteral("phonetic");
    }
    return {};
}

QString duplicateReasonText(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameNir:
        return QCoreApplication::translate("vigie::workforce", "same NIR");
    case DuplicateReason::SameTraits:
        return QCoreApplication::translate("vigie::workforce", "same birth name, first name and birth date");
    case DuplicateReason::Phonetic:
        return QCoreApplication::translate("vigie::workforce", "names that sound alike, same birth date");
    }
    return {};
}

IdentityKeys keysOf(const Identity& identity)
{
    return {identity.nir, identityKey(identity), phoneticKey(identity)};
}

qint64 keyHash(const QString& key)
{
    quint64 h = 14695981039346656037ULL;
    for (const char c : key.toUtf8()) {
        h ^= quint64(quint8(c));
        h *= 1099511628211ULL;
    }
    return h == 0 ? 1 : qint64(h);
}

KeyMatch compareKeys(const IdentityKeys& a, const IdentityKeys& b)
{
    const bool bothNir = !a.nir.isEmpty() && !b.nir.isEmpty();
    if (bothNir && a.nir != b.nir)
        return {KeyComparison::Different, DuplicateReason::SameNir};
    if (bothNir && a.identityKey == b.identityKey)
        return {KeyComparison::Same, DuplicateReason::SameNir};
    if (bothNir)
        return {KeyComparison::Likely, DuplicateReason::SameNir};
    if (a.identityKey == b.identityKey)
        return {KeyComparison::Likely, DuplicateReason::SameTraits};
    if (a.phoneticKey == b.phoneticKey)
        return {KeyComparison::Likely, DuplicateReason::Phonetic};
    return {KeyComparison::Different, DuplicateReason::SameTraits};
}

QString nirTraitsMismatch(const QString& nir, const QString& sex, const QDate& birthDate)
{
    const QString n = core::normalizeNir(nir);
    if (n.size() != 15)
        return {};
    const QChar s = n.at(0);
    if ((s == u'1' && sex == QLatin1String("F")) || (s == u'2' && sex == QLatin1String("M")))
        return QCoreApplication::translate("vigie::workforce", "its first digit (%1) does not match the sex (%2)").arg(s).arg(sex);
    if (!birthDate.isValid())
        return {};
    bool okYear = false, okMonth = false;
    const int yy = n.mid(1, 2).toInt(&okYear);
    const int mm = n.mid(3, 2).toInt(&okMonth);
    if (okYear && yy != birthDate.year() % 100)
        return QCoreApplication::translate("vigie::workforce", "its year of birth (%1) does not match the birth date (%2)")
            .arg(n.mid(1, 2), birthDate.toString(Qt::ISODate));
    if (okMonth && mm >= 1 && mm <= 12 && mm != birthDate.month())
        return QCoreApplication::translate("vigie::workforce", "its month of birth (%1) does not match the birth date (%2)")
            .arg(n.mid(3, 2), birthDate.toString(Qt::ISODate));
    return {};
}

Status checkIdentity(const Identity& i, const QDate& today)
{
    auto invalid = [](const QString& message) { return Status::fail(ErrorCode::Invalid, message); };
    if (core::foldForSearch(i.birthName).isEmpty())
        return invalid(QCoreApplication::translate("vigie::workforce", "The birth name is missing"));
    if (core::foldForSearch(i.birthFirstNames).isEmpty())
        return invalid(QCoreApplication::translate("vigie::workforce", "The birth first names are missing"));
    if (!i.birthDate.isValid())
        return invalid(QCoreApplication::translate("vigie::workforce", "The birth date is missing or invalid"));
    if (today.isValid() && i.birthDate > today)
        return invalid(QCoreApplication::translate("vigie::workforce", "The birth date %1 is in the future")
                           .arg(i.birthDate.toString(Qt::ISODate)));
    if (i.sex != QLatin1String("M") && i.sex != QLatin1String("F") && i.sex != QLatin1String("U"))
        return invalid(QCoreApplication::translate("vigie::workforce", "Sex \"%1\": M, F or U is expected").arg(i.sex));
    if (!i.birthPlaceCog.isEmpty() && i.birthPlaceCog.size() != 5)
        return invalid(QCoreApplication::translate("vigie::workforce", "Birth place \"%1\": an INSEE code of 5 characters is expected")
                           .arg(i.birthPlaceCog));
    if (!i.nir.isEmpty()) {
        if (Status s = core::validateNir(i.nir); !s)
            return s;
        if (const QString why = nirTraitsMismatch(i.nir, i.sex, i.birthDate); !why.isEmpty())
            return invalid(QCoreApplication::translate("vigie::workforce", "NIR %1: %2").arg(core::formatNir(i.nir), why));
    }
    return {};
}

} // namespace vigie::workforce
