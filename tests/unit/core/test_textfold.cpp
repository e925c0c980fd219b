// Search folding: what a user types must match however the name was entered.
#include "catch_qt.h"

#include "core/TextFold.h"

using namespace vigie::core;

TEST_CASE("foldForSearch")
{
    struct Row {
        const char* input; // UTF-8
        const char* folded;
    };
    const Row rows[] = {
        {"Éléonore", "eleonore"},
        {"CŒUR-Joie", "coeur joie"},
        {"L'Haÿ-les-Roses", "l hay les roses"},
        {"L’Haÿ-les-Roses", "l hay les roses"}, // typographic apostrophe U+2019
        {"Lætitia", "laetitia"},
        {"Straße", "strasse"},
        {"ÇA ÎLE ÔTÉ ÜBER", "ca ile ote uber"},
        {"Dupont", "dupont"},                        // ASCII fast path
        {"  DUPONT--Martin  ", "dupont martin"},     // runs collapsed, trimmed
        {"O'Neil, Mary-Ann (née Smith)", "o neil mary ann nee smith"},
        {"Jean\tPierre\n", "jean pierre"},
        {"Jean\u00A0Pierre", "jean pierre"},         // no-break space
        {"N° 12 bis", "n 12 bis"},
        {"Søren Łukasz", "soren lukasz"},
        {"Åsa", "asa"},
        {"Ñúñez", "nunez"},
        {"e\u0301le\u0300ve", "eleve"},               // already decomposed input
        {"Zoë", "zoe"},
        {"Μαρία", "μαρια"},                           // other scripts kept, lower-cased, unaccented
        {"", ""},
        {"---", ""},
        {"'", ""},
    };
    for (const Row& row : rows) {
        CAPTURE(row.input);
        CHECK(foldForSearch(QString::fromUtf8(row.input)).toStdString() == std::string(row.folded));
    }
}

TEST_CASE("foldForSearch: ASCII fast path and Unicode path agree")
{
    // Appending "é" forces the Unicode path; appending "e" keeps the ASCII one: same result expected.
    const char* samples[] = {"  Le Bon-Coin, d'Ici  ", "DUPONT", "a--b__c..d", "x1 Y2\tz3", "", " "};
    for (const char* sample : samples) {
        CAPTURE(sample);
        const QString s = QString::fromLatin1(sample);
        CHECK(foldForSearch(s + QString::fromUtf8("\xc3\xa9")) == foldForSearch(s + QLatin1Char('e')));
    }
}

TEST_CASE("prefixUpperBound gives the end of a prefix range")
{
    struct Row {
        QString prefix;
        QString upper;
    };
    const Row rows[] = {
        {QStringLiteral("dup"), QStringLiteral("duq")},
        {QStringLiteral("a"), QStringLiteral("b")},
        {QStringLiteral("jean "), QStringLiteral("jean!")},
        {QStringLiteral("z"), QStringLiteral("{")},
        {QString::fromUtf8("é"), QString::fromUtf8("ê")},
        {QString(), QString()}, // empty prefix: no upper bound, scan to the end
    };
    for (const Row& row : rows) {
        CAPTURE(row.prefix.toStdString());
        CHECK(prefixUpperBound(row.prefix) == row.upper);
    }

    // Everything starting with the prefix falls in [prefix, upper); the neighbours do not.
    const QString p = QStringLiteral("dup");
    const QString upper = prefixUpperBound(p);
    for (const char* inside : {"dup", "dupont", "dupuis", "dup zzz", "dup\xc3\xbf"}) {
        const QString s = QString::fromUtf8(inside);
        CAPTURE(inside);
        CHECK(s >= p);
        CHECK(s < upper);
    }
    for (const char* outside : {"duo", "duq", "dura", "du", "e"}) {
        const QString s = QString::fromUtf8(outside);
        CAPTURE(outside);
        CHECK((s < p || s >= upper));
    }
}

TEST_CASE("prefixUpperBound handles the ends of the code space")
{
    // A supplementary-plane last character is incremented as one code point.
    const QString emoji = QString::fromUcs4(U"a\U0001F600");
    CHECK(prefixUpperBound(emoji) == QString::fromUcs4(U"a\U0001F601"));
    // U+D7FF is followed by U+E000: the surrogate range is skipped.
    CHECK(prefixUpperBound(QString::fromUcs4(U"a\uD7FF")) == QString::fromUcs4(U"a\uE000"));
    // U+FFFF is followed by U+10000.
    CHECK(prefixUpperBound(QString::fromUcs4(U"a\uFFFF")) == QString::fromUcs4(U"a\U00010000"));
    // The last code point has no successor: carry to the previous character.
    CHECK(prefixUpperBound(QString::fromUcs4(U"ab\U0010FFFF")) == QStringLiteral("ac"));
    CHECK(prefixUpperBound(QString::fromUcs4(U"\U0010FFFF")).isEmpty());
}
