// NIR validation (domain-rules.md §10.1): key = 97 − (first 13 digits mod 97), with 2A → 19 and
// 2B → 18 for Corsica. Every expected key below is proved by the division in its comment.
#include "catch_qt.h"

#include "core/Nir.h"

using namespace vigie::core;

TEST_CASE("NIR: valid numbers")
{
    const char* valid[] = {
        // 1850578006084 = 97 × 19078123774 + 6   → key 97 − 6 = 91
        "1 85 05 78 006 084 91",
        "185057800608491", // same, without spaces
        // Corsica 2B → 18: 2530718073004 = 97 × 26089877041 + 27 → key 70 (domain-rules example)
        "253072B07300470",
        "2 53 07 2B 073 004 70",
        "2 53 07 2b 073 004 70", // lower-case letter accepted
        // Corsica 2A → 19: 2530719073004 = 97 × 26089887350 + 54 → key 43 (domain-rules example)
        "253072A07300443",
        // Born abroad (99): 2951099126111 = 97 × 30423702331 + 4 → key 93 (domain-rules example)
        "2 95 10 99 126 111 93",
        // Temporary number, sex 7: 7551072345678 = 97 × 77846106656 + 46 → key 51
        "7 55 10 72 345 678 51",
        // Temporary number, sex 8: 8010599350002 = 97 × 82583498453 + 61 → key 36
        "8 01 05 99 350 002 36",
        // Unknown month 20: 1692075123456 = 97 × 17444073437 + 67 → key 30
        "1 69 20 75 123 456 30",
        // Unknown month 50: 2885099123001 = 97 × 29743289927 + 82 → key 15
        "2 88 50 99 123 001 15",
        // Overseas, 3-digit département 971: 1800197112345 = 97 × 18558733116 + 93 → key 04
        "1 80 01 971 12 345 04",
    };
    for (const char* nir : valid) {
        CAPTURE(nir);
        const Status s = validateNir(QString::fromUtf8(nir));
        INFO((s.ok() ? QString() : s.error().message).toStdString());
        CHECK(s.ok());
    }
}

TEST_CASE("NIR: invalid numbers are refused with the reason")
{
    struct Row {
        const char* nir;
        const char* messagePart; // English source text: no translation is loaded in tests
    };
    const Row rows[] = {
        {"1 85 05 78 006 084 36", "NIR 1 85 05 78 006 084 36: key 36 does not match (expected 91)"},
        {"185057800608492", "key 92 does not match (expected 91)"},
        // 2B number with the 2A key, and the reverse: the Corsican substitution matters.
        {"253072B07300443", "NIR 2 53 07 2B 073 004 43: key 43 does not match (expected 70)"},
        {"253072A07300470", "key 70 does not match (expected 43)"},
        // Corsica without substitution would give 2530720073004 mod 97 = 81 → key 16: refused.
        {"253072A07300416", "key 16 does not match (expected 43)"},
        {"1 85 05 78 006 084 00", "key 00 does not match (expected 91)"},
        {"1 85 05 78 006 084 98", "key 98 does not match (expected 91)"},
        {"1 85 05 78 006 084 9", "must have 15 characters (13 + a 2-digit key), found 14"},
        {"1 85 05 78 006 084 911", "found 16"},
        {"", "NIR is empty"},
        {"   ", "NIR is empty"},
        {"253072C07300470", "character \"C\" at position 7 is not allowed"},
        {"25307A207300470", "character \"A\" at position 6 is not allowed"}, // letter in the wrong place
        {"253071A07300470", "character \"A\" at position 7"},                 // "1A" is not Corsica
        {"1 85 05 78 006 O84 91", "character \"O\" at position 11"},          // letter O for zero
        {"3 85 05 78 006 084 91", "first digit 3 is not a valid sex code (1, 2, 7 or 8)"},
        {"0 85 05 78 006 084 91", "first digit 0"},
        {"1 85 00 78 006 084 91", "month 00 is not valid"},
        {"1 85 13 78 006 084 91", "month 13 is not valid"},
        {"1 85 19 78 006 084 91", "month 19 is not valid"},
        {"1 85 43 78 006 084 91", "month 43 is not valid"},
        {"1 85 49 78 006 084 91", "month 49 is not valid"},
        {"1 85 05 78 006 000 91", "order number 000 is not valid"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.nir);
        const Status s = validateNir(QString::fromUtf8(row.nir));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Invalid);
        INFO(s.error().message.toStdString());
        CHECK(s.error().message.contains(QString::fromUtf8(row.messagePart)));
    }
}

TEST_CASE("NIR: key computation for the demo generator")
{
    struct Row {
        const char* first13;
        const char* key;
    };
    const Row rows[] = {
        {"1850578006084", "91"},
        {"1 85 05 78 006 084", "91"},
        {"253072B073004", "70"},
        {"253072A073004", "43"},
        {"253072a073004", "43"},
        {"1800197112345", "04"}, // zero-padded
        {"2951099126111", "93"},
        {"185057800608", ""},    // 12 characters
        {"18505780060845", ""},  // 14 characters
        {"18505780X6084", ""},   // not a digit
        {"", ""},
    };
    for (const Row& row : rows) {
        CAPTURE(row.first13);
        CHECK(nirKey(QString::fromLatin1(row.first13)) == QString::fromLatin1(row.key));
    }
    // Every generated number validates.
    for (const char* body : {"1850578006084", "253072B073004", "253072A073004", "2951099126111"}) {
        const QString nir = QString::fromLatin1(body) + nirKey(QString::fromLatin1(body));
        CAPTURE(nir.toStdString());
        CHECK(validateNir(nir).ok());
    }
}

TEST_CASE("NIR: normalized and display forms")
{
    CHECK(normalizeNir(QStringLiteral(" 2 53 07 2b 073 004 70 ")) == QStringLiteral("253072B07300470"));
    CHECK(formatNir(QStringLiteral("253072B07300470")) == QStringLiteral("2 53 07 2B 073 004 70"));
    CHECK(formatNir(QStringLiteral("12 34")) == QStringLiteral("1234"));
}
