// SIREN / SIRET check keys (domain-rules.md §10.2): Luhn, with the La Poste exception.
#include "catch_qt.h"

#include "core/Siret.h"

using namespace vigie::core;

namespace {
struct Row {
    const char* number;
    bool valid;
    const char* why;
};
} // namespace

TEST_CASE("SIREN: 9 digits passing Luhn")
{
    const Row rows[] = {
        // 7 3 2 8 2 9 3 2 0 from the right, every second digit doubled:
        // 0 + (2×2=4) + 3 + (9×2=18→9) + 2 + (8×2=16→7) + 2 + (3×2=6) + 7 = 40 ≡ 0 mod 10
        {"732829320", true, "IBM France, Luhn sum 40"},
        {"732 829 320", true, "spaces ignored"},
        {"732829321", false, "Luhn sum 41"},
        {"428701981", true, "domain-rules example"},
        {"356000000", true, "La Poste's SIREN itself passes Luhn (sum 10)"},
        {"73282932", false, "8 digits"},
        {"7328293200", false, "10 digits"},
        {"73282932O", false, "letter O"},
        {"", false, "empty"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.number, row.why);
        const Status s = validateSiren(QString::fromUtf8(row.number));
        CHECK(s.ok() == row.valid);
        if (!s.ok())
            CHECK(s.error().code == ErrorCode::Invalid);
    }
}

TEST_CASE("SIRET: 14 digits passing Luhn, La Poste by digit sum")
{
    const Row rows[] = {
        {"73282932000074", true, "IBM France head office, Luhn sum 50"},
        {"732 829 320 00074", true, "spaces ignored"},
        {"73282932000075", false, "Luhn sum 51"},
        {"73282932000047", false, "digits swapped"},
        // La Poste head office: passes Luhn (sum 30), though its digit sum is 26.
        {"35600000000048", true, "La Poste head office, by Luhn"},
        // La Poste establishments do not pass Luhn; 3+5+6+4+9+8+3+7 = 45, a multiple of 5.
        {"35600000049837", true, "La Poste establishment, digit sum 45"},
        {"35600000000001", true, "La Poste, digit sum 15"},
        {"35600000000049", false, "La Poste, digit sum 27 (and Luhn sum 31)"},
        {"35600000049838", false, "La Poste, digit sum 46"},
        {"7328293200007", false, "13 digits"},
        {"732829320000744", false, "15 digits"},
        {"7328293200007A", false, "letter"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.number, row.why);
        const Status s = validateSiret(QString::fromUtf8(row.number));
        CHECK(s.ok() == row.valid);
        if (!s.ok())
            CHECK(s.error().code == ErrorCode::Invalid);
    }
}

TEST_CASE("SIRET: messages name the number and the reason")
{
    const Status key = validateSiret(QStringLiteral("73282932000075"));
    REQUIRE_FALSE(key.ok());
    CHECK(key.error().message.contains(QStringLiteral("SIRET 73282932000075")));
    CHECK(key.error().message.contains(QStringLiteral("check digit")));

    const Status poste = validateSiret(QStringLiteral("35600000000049"));
    REQUIRE_FALSE(poste.ok());
    CHECK(poste.error().message.contains(QStringLiteral("multiple of 5, it is 27")));

    const Status length = validateSiren(QStringLiteral("7328"));
    REQUIRE_FALSE(length.ok());
    CHECK(length.error().message.contains(QStringLiteral("SIREN 7328: must have exactly 9 digits")));
}

TEST_CASE("SIREN / SIRET completion for the demo generator")
{
    CHECK(luhnCompleteSiren(QStringLiteral("73282932")) == QStringLiteral("732829320"));
    CHECK(luhnCompleteSiren(QStringLiteral("42870198")) == QStringLiteral("428701981"));
    CHECK(luhnCompleteSiren(QStringLiteral("35600000")) == QStringLiteral("356000000"));
    CHECK(luhnCompleteSiret(QStringLiteral("7328293200007")) == QStringLiteral("73282932000074"));
    CHECK(luhnCompleteSiret(QStringLiteral("3560000000004")) == QStringLiteral("35600000000048"));
    // La Poste: 3+5+6+4+9+8+3 = 38, the smallest last digit reaching a multiple of 5 is 2.
    CHECK(luhnCompleteSiret(QStringLiteral("3560000004983")) == QStringLiteral("35600000049832"));
    CHECK(luhnCompleteSiren(QStringLiteral("7328293")).isEmpty());
    CHECK(luhnCompleteSiret(QStringLiteral("73282932000x7")).isEmpty());

    // Completion and validation agree on every prefix of a range, La Poste included.
    for (int i = 0; i < 2000; ++i) {
        const QString first8 = QString::number(10'000'000 + i * 4'999);
        const QString siren = luhnCompleteSiren(first8);
        REQUIRE(validateSiren(siren).ok());
        const QString nic = QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
        REQUIRE(validateSiret(luhnCompleteSiret(siren + nic)).ok());
        REQUIRE(validateSiret(luhnCompleteSiret(QStringLiteral("356000000") + nic)).ok());
    }
}
