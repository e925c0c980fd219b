// The French phonetic key and the identity keys of identity vigilance (Phonetic.h, Identity.h).
#include "catch_qt.h"

#include "workforce/Identity.h"
#include "workforce/Phonetic.h"

using vigie::workforce::phoneticKeyFr;

TEST_CASE("names a French speaker pronounces alike share their phonetic key")
{
    const QList<QStringList> alike{
        {QStringLiteral("Dupont"), QStringLiteral("Dupond"), QStringLiteral("DUPONT")},
        {QStringLiteral("Lefèvre"), QStringLiteral("Lefebvre"), QStringLiteral("LEFEVRE")},
        {QStringLiteral("Rousseau"), QStringLiteral("Roussot"), QStringLiteral("Rousso")},
        {QStringLiteral("Thomas"), QStringLiteral("Tomas")},
        {QStringLiteral("Philippe"), QStringLiteral("Filipe"), QStringLiteral("Phillipe")},
        {QStringLiteral("Schmitt"), QStringLiteral("Schmidt"), QStringLiteral("Chmit")},
        {QStringLiteral("Jérôme"), QStringLiteral("Gérôme")},
        {QStringLiteral("Le Gall"), QStringLiteral("Legall"), QStringLiteral("Le-Gal")},
        {QStringLiteral("Mathieu"), QStringLiteral("Matthieu")},
        {QStringLiteral("Faure"), QStringLiteral("Phaure"), QStringLiteral("Fore")},
        {QStringLiteral("Gauthier"), QStringLiteral("Gautier")},
        {QStringLiteral("Catherine"), QStringLiteral("Katherine")},
        {QStringLiteral("Bernard"), QStringLiteral("Bernart")},
        {QStringLiteral("Beaumont"), QStringLiteral("Baumont")},
        {QStringLiteral("Mohamed"), QStringLiteral("Mohammed")},
        {QStringLiteral("Isabelle"), QStringLiteral("Isabel")},
        {QStringLiteral("Nathalie"), QStringLiteral("Natalie"), QStringLiteral("Nathaly")},
        {QStringLiteral("Dubois"), QStringLiteral("Duboys")},
        {QStringLiteral("Laurent"), QStringLiteral("Lorent")},
    };
    for (const QStringList& group : alike)
        for (const QString& other : group) {
            INFO(group.first().toStdString() + " / " + other.toStdString());
            CHECK(phoneticKeyFr(other) == phoneticKeyFr(group.first()));
            CHECK_FALSE(phoneticKeyFr(other).isEmpty());
        }
}

TEST_CASE("different names keep different phonetic keys")
{
    const QList<QPair<QString, QString>> different{
        {QStringLiteral("Dupont"), QStringLiteral("Durand")},     {QStringLiteral("Martin"), QStringLiteral("Martine")},
        {QStringLiteral("Petit"), QStringLiteral("Lepetit")},     {QStringLiteral("Bernard"), QStringLiteral("Renard")},
        {QStringLiteral("Marie"), QStringLiteral("Mario")},       {QStringLiteral("Simon"), QStringLiteral("Simone")},
        {QStringLiteral("Moreau"), QStringLiteral("Morel")},      {QStringLiteral("Roux"), QStringLiteral("Rousseau")},
    };
    for (const auto& [a, b] : different) {
        INFO(a.toStdString() + " / " + b.toStdString());
        CHECK(phoneticKeyFr(a) != phoneticKeyFr(b));
    }
}

TEST_CASE("accents, case, hyphens and spaces never change the phonetic key, then no letter gives no key")
{
    CHECK(phoneticKeyFr(QStringLiteral("LEFÈVRE-DUPONT")) == phoneticKeyFr(QStringLiteral("lefevre dupont")));
    CHECK(phoneticKeyFr(QStringLiteral("Œuvrard")) == phoneticKeyFr(QStringLiteral("OEUVRARD")));
    CHECK(phoneticKeyFr(QStringLiteral("François")) == phoneticKeyFr(QStringLiteral("Francois")));
    CHECK(phoneticKeyFr(QStringLiteral("  ")).isEmpty());
    CHECK(phoneticKeyFr(QStringLiteral("12-34")).isEmpty());
}

TEST_CASE("identity keys fold accents, case and hyphens, then the phonetic key needs the same birth date")
{
    using namespace vigie::workforce;
    const QDate born(1980, 3, 12);
    CHECK(identityKey(QStringLiteral("Lefèvre-Dupont"), QStringLiteral("Marie-Hélène"), born) ==
          identityKey(QStringLiteral("LEFEVRE DUPONT"), QStringLiteral("marie helene"), born));
    CHECK(identityKey(QStringLiteral("Lefèvre-Dupont"), QStringLiteral("Marie-Hélène"), born) ==
          identityKey(QStringLiteral("LEFEVRE DUPONT"), QStringLiteral("Marie"), born));
    CHECK(identityKey(QStringLiteral("Lefèvre"), QStringLiteral("Marie"), born) !=
          identityKey(QStringLiteral("Lefebvre"), QStringLiteral("Marie"), born));
    CHECK(phoneticKey(QStringLiteral("Lefèvre"), QStringLiteral("Marie"), born) ==
          phoneticKey(QStringLiteral("Lefebvre"), QStringLiteral("Marie"), born));
    CHECK(phoneticKey(QStringLiteral("Lefèvre"), QStringLiteral("Marie"), born) !=
          phoneticKey(QStringLiteral("Lefebvre"), QStringLiteral("Marie"), born.addDays(1)));

    Identity i;
    i.birthFirstNames = QStringLiteral("  Marie   Hélène Louise ");
    CHECK(i.firstBirthFirstName() == QStringLiteral("Marie"));
}

TEST_CASE("comparing keys: same NIR and traits is the same person, two NIRs that differ are two people")
{
    using namespace vigie::workforce;
    const IdentityKeys a{QStringLiteral("180037500100141"), QStringLiteral("dupont|jean|1980-03-12"), QStringLiteral("dup3|j2|1980-03-12")};
    IdentityKeys b = a;
    CHECK(compareKeys(a, b).comparison == KeyComparison::Same);
    b.identityKey = QStringLiteral("dupond|jean|1980-03-12");
    CHECK(compareKeys(a, b).comparison == KeyComparison::Likely);
    CHECK(compareKeys(a, b).reason == DuplicateReason::SameNir);
    b = a;
    b.nir = QStringLiteral("180037500100242");
    CHECK(compareKeys(a, b).comparison == KeyComparison::Different);
    b.nir.clear();
    CHECK(compareKeys(a, b).reason == DuplicateReason::SameTraits);
    b.identityKey = QStringLiteral("dupond|jean|1980-03-12");
    CHECK(compareKeys(a, b).comparison == KeyComparison::Likely);
    CHECK(compareKeys(a, b).reason == DuplicateReason::Phonetic);
    b.phoneticKey = QStringLiteral("dur2|j2|1980-03-12");
    CHECK(compareKeys(a, b).comparison == KeyComparison::Different);
}

TEST_CASE("a NIR must agree with the sex and the birth date")
{
    using namespace vigie::workforce;
    // 1 85 05 78 006 084 91: a man born in May 1985.
    CHECK(nirTraitsMismatch(QStringLiteral("185057800608491"), QStringLiteral("M"), QDate(1985, 5, 2)).isEmpty());
    CHECK_FALSE(nirTraitsMismatch(QStringLiteral("185057800608491"), QStringLiteral("F"), QDate(1985, 5, 2)).isEmpty());
    CHECK_FALSE(nirTraitsMismatch(QStringLiteral("185057800608491"), QStringLiteral("M"), QDate(1986, 5, 2)).isEmpty());
    CHECK_FALSE(nirTraitsMismatch(QStringLiteral("185057800608491"), QStringLiteral("M"), QDate(1985, 6, 2)).isEmpty());
    CHECK(nirTraitsMismatch(QStringLiteral("185057800608491"), QStringLiteral("U"), QDate(1985, 5, 2)).isEmpty());
}
