// The follow-up category of an employment with its reasons (rules-contract.md rule 1, through
// scheduling::followUpCategory) and the physician's override.
#include "WorkforceTestSupport.h"
#include "catch_qt.h"

#include "scheduling/Category.h"
#include "workforce/DeclarationStore.h"
#include "workforce/EmploymentStore.h"
#include "workforce/FollowUp.h"

#include <QLocale>

using namespace vigie;
using workforce::Category;
using workforce::ExposureInfo;
using workforce::FollowUpInput;

namespace {
ExposureInfo exposure(const char* code, std::optional<scheduling::SirRisk> risk, const char* sirLabel = "",
                      const char* basis = "")
{
    ExposureInfo e;
    e.code = QString::fromLatin1(code);
    e.label = e.code;
    e.sirRisk = risk;
    e.sirLabel = QString::fromUtf8(sirLabel);
    e.sirBasis = QString::fromUtf8(basis);
    return e;
}

FollowUpInput adult()
{
    FollowUpInput in;
    in.birthDate = QDate(1980, 3, 12);
    in.start = QDate(2026, 1, 5);
    return in;
}
} // namespace

TEST_CASE("rule 1, every branch: SIR, then SIA, then SI, with one reason per cause and its article")
{
    struct Row {
        const char* name;
        FollowUpInput in;
        Category expected;
        QStringList reasons;
    };
    FollowUpInput asbestos = adult();
    asbestos.exposures << exposure("CHIM.AMIANTE", scheduling::SirRisk::Asbestos, "Amiante", "R4624-23 I 1°");
    FollowUpInput sirBeatsSia = asbestos;
    sirBeatsSia.nightWork = true;
    sirBeatsSia.rqth = true;
    sirBeatsSia.birthDate = QDate(2009, 6, 1);
    FollowUpInput twoRisks = adult();
    twoRisks.exposures << exposure("CHIM.CMR.BENZENE", scheduling::SirRisk::Cmr, "Agents CMR", "R4624-23 I 3°")
                       << exposure("PHYS.RI", scheduling::SirRisk::IonisingRadiation, "Rayonnements ionisants", "R4624-23 I 5°")
                       << exposure("CHIM.CMR.SILICE", scheduling::SirRisk::Cmr, "Agents CMR", "R4624-23 I 3°");
    FollowUpInput night = adult();
    night.nightWork = true;
    FollowUpInput minor = adult();
    minor.birthDate = QDate(2008, 1, 6); // 17 on 5 January 2026, 18 the next day
    FollowUpInput eighteen = adult();
    eighteen.birthDate = QDate(2008, 1, 5); // 18 on the start date
    FollowUpInput rqth = adult();
    rqth.rqth = true;
    FollowUpInput invalidity = adult();
    invalidity.invalidityPension = true;
    FollowUpInput all = minor;
    all.nightWork = true;
    all.rqth = true;
    all.invalidityPension = true;
    FollowUpInput apprentice = adult();
    apprentice.apprentice = true;
    FollowUpInput notSir = adult();
    notSir.exposures << exposure("CHIM.SOLVANTS", std::nullopt);

    const QList<Row> table{
        {"asbestos", asbestos, Category::Sir, {QString::fromUtf8("SIR: amiante (R4624-23 I 1°)")}},
        {"SIR beats night work, minor, RQTH", sirBeatsSia, Category::Sir, {QString::fromUtf8("SIR: amiante (R4624-23 I 1°)")}},
        {"two risks, one reason each", twoRisks, Category::Sir,
         {QString::fromUtf8("SIR: agents CMR (R4624-23 I 3°)"), QString::fromUtf8("SIR: rayonnements ionisants (R4624-23 I 5°)")}},
        {"night work", night, Category::Sia, {QStringLiteral("SIA: night work (R4624-18)")}},
        {"17 on the start date", minor, Category::Sia, {QStringLiteral("SIA: under 18 on the start date (R4624-18)")}},
        {"18 on the start date", eighteen, Category::Si, {QStringLiteral("SI: no particular risk or situation declared (R4624-10)")}},
        {"RQTH", rqth, Category::Sia, {QStringLiteral("SIA: recognised disabled worker, RQTH (R4624-17)")}},
        {"invalidity pension", invalidity, Category::Sia, {QStringLiteral("SIA: invalidity pension (R4624-17)")}},
        {"every SIA cause", all, Category::Sia,
         {QStringLiteral("SIA: night work (R4624-18)"), QStringLiteral("SIA: under 18 on the start date (R4624-18)"),
          QStringLiteral("SIA: recognised disabled worker, RQTH (R4624-17)"), QStringLiteral("SIA: invalidity pension (R4624-17)")}},
        {"apprentice alone", apprentice, Category::Si, {QStringLiteral("SI: no particular risk or situation declared (R4624-10)")}},
        {"an exposure without R4624-23 risk", notSir, Category::Si,
         {QStringLiteral("SI: no particular risk or situation declared (R4624-10)")}},
        {"nothing", adult(), Category::Si, {QStringLiteral("SI: no particular risk or situation declared (R4624-10)")}},
    };
    for (const Row& row : table) {
        INFO(row.name);
        const workforce::FollowUpDecision d = workforce::computeFollowUp(row.in);
        CHECK(d.category == row.expected);
        CHECK(d.reasons == row.reasons);
        // The category is the rules engine's own (scheduling::followUpCategory), reason codes included.
        scheduling::Worker w;
        w.birthDate = row.in.birthDate;
        if (row.in.rqth)
            w.flags << scheduling::Flag::Rqth;
        if (row.in.invalidityPension)
            w.flags << scheduling::Flag::InvalidityPension;
        scheduling::Employment e;
        e.start = row.in.start;
        e.nightWorker = row.in.nightWork;
        for (const ExposureInfo& x : row.in.exposures)
            if (x.sirRisk && !e.sirRisks.contains(*x.sirRisk))
                e.sirRisks << *x.sirRisk;
        const scheduling::CategoryDecision rule = scheduling::followUpCategory(w, e);
        CHECK(d.category == rule.category);
        CHECK(d.rule == rule.reason);
    }
}

TEST_CASE("an unknown start or birth date never makes the worker a minor, then the higher category wins")
{
    FollowUpInput in;
    in.birthDate = QDate(1990, 1, 1);
    CHECK(workforce::computeFollowUp(in).category == Category::Si);
    in = {};
    in.start = QDate(2026, 1, 1);
    CHECK(workforce::computeFollowUp(in).category == Category::Si);
    CHECK(workforce::higher(Category::Si, Category::Sir) == Category::Sir);
    CHECK(workforce::higher(Category::Sia, Category::Si) == Category::Sia);
    CHECK(workforce::effectiveCategory(Category::Si, Category::Sir) == Category::Sir);
    CHECK(workforce::effectiveCategory(Category::Sia, std::nullopt) == Category::Sia);
}

TEST_CASE("the exposure thesaurus gives the SIR risk and its article: CHIM.AMIANTE reads \"SIR: amiante (R4624-23 I 1°)\"")
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); // the thesaurus' French labels
    test::WorkforceDb db;
    auto session = db.session();
    const auto lines = test::linesOf({QStringLiteral("Durand;Paul;1975-11-30;M;;Soudeur;CDI;2026-01-05;;0;chim.amiante;")});
    auto catalog = workforce::DeclarationStore::catalogFor(*session, lines);
    REQUIRE(catalog.ok());
    REQUIRE(catalog.value().exposures.contains(QStringLiteral("CHIM.AMIANTE")));
    const auto check = workforce::checkLine(lines.first(), catalog.value(), 2026, test::WorkforceNow.date());
    CHECK(check.ok());
    CHECK(check.line.followUp.category == Category::Sir);
    CHECK(check.line.followUp.reasons == QStringList{QString::fromUtf8("SIR: amiante (R4624-23 I 1°)")});
    auto solvents = workforce::DeclarationStore::exposure(*session, QStringLiteral("CHIM.SOLVANTS"));
    REQUIRE(solvents.ok());
    REQUIRE(solvents.value().has_value());
    CHECK_FALSE(solvents.value()->sirRisk.has_value());
}

TEST_CASE("overrides: only the physician of the worker's team, with a recorded reason, audited, then the computation stays")
{
    test::WorkforceDb db;
    auto doctor = db.session(QStringLiteral("medecin"));
    workforce::DeclarationRequest request;
    request.siret = test::SiretA;
    request.year = 2026;
    request.lines = test::linesOf({QStringLiteral("Durand;Paul;1975-11-30;M;;Comptable;CDI;2026-02-01;;0;;")});
    auto declared = workforce::DeclarationStore::submit(*doctor, request);
    INFO((declared ? QString() : declared.error().message).toStdString());
    REQUIRE(declared.ok());
    REQUIRE(declared.value().accepted);
    const QString employment = declared.value().lines.first().employmentId;
    const QString worker = declared.value().lines.first().workerId;

    auto before = workforce::EmploymentStore::followUp(*doctor, employment);
    REQUIRE(before.ok());
    CHECK(before.value().computed == Category::Si);
    CHECK(before.value().effective == Category::Si);
    CHECK_FALSE(before.value().override.has_value());

    SECTION("a nurse is refused, and the refusal is audited")
    {
        auto nurse = db.session(QStringLiteral("infirmier"));
        const core::Status s = workforce::EmploymentStore::overrideCategory(*nurse, employment, Category::Sir, QStringLiteral("x"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == core::ErrorCode::Denied);
        CHECK(test::lastAudit(*nurse).startsWith(QStringLiteral("override employment.follow_up denied")));
    }
    SECTION("a physician of another team is refused by the policy, audited")
    {
        auto other = db.session(QStringLiteral("medecin2"));
        const core::Status s = workforce::EmploymentStore::overrideCategory(*other, employment, Category::Sir, QStringLiteral("x"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == core::ErrorCode::Denied);
        CHECK(test::lastAudit(*other).startsWith(QStringLiteral("write dmst.part2 denied")));
    }
    SECTION("no reason, no override")
    {
        const core::Status s = workforce::EmploymentStore::overrideCategory(*doctor, employment, Category::Sir, QStringLiteral("  "));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == core::ErrorCode::Invalid);
        CHECK(workforce::EmploymentStore::followUp(*doctor, employment).value().effective == Category::Si);
    }
    SECTION("the physician sets SIR with a reason; a new declaration keeps it; clearing goes back to the computation")
    {
        const qint64 outbox = test::count(*doctor, QStringLiteral("_outbox"));
        REQUIRE(workforce::EmploymentStore::overrideCategory(*doctor, employment, Category::Sir,
                                                             QStringLiteral("Port de charges lourdes répété (R4624-23 III)"))
                    .ok());
        CHECK(test::lastAudit(*doctor) ==
              QStringLiteral("override employment.follow_up success employment=%1 from=SI to=SIR").arg(employment));
        CHECK(test::count(*doctor, QStringLiteral("_outbox")) == outbox + 1);
        auto after = workforce::EmploymentStore::followUp(*doctor, employment);
        REQUIRE(after.ok());
        CHECK(after.value().computed == Category::Si);
        CHECK(after.value().override == Category::Sir);
        CHECK(after.value().effective == Category::Sir);
        CHECK(after.value().overrideReason == QStringLiteral("Port de charges lourdes répété (R4624-23 III)"));
        CHECK(after.value().overrideBy == QStringLiteral("acc-medecin"));
        CHECK(test::scalar(doctor->db(), QStringLiteral("SELECT follow_up FROM employments WHERE id = '%1'").arg(employment)) ==
              QStringLiteral("SIR"));

        // Declared again: the computation is refreshed, the physician's decision stays in force.
        request.lines = test::linesOf({QStringLiteral("Durand;Paul;1975-11-30;M;;Comptable;CDI;2026-02-01;;1;;")});
        auto again = workforce::DeclarationStore::submit(*doctor, request);
        REQUIRE(again.ok());
        REQUIRE(again.value().accepted);
        CHECK(again.value().lines.first().workerId == worker);
        CHECK(again.value().lines.first().category == Category::Sir);
        CHECK(again.value().distribution.sir == 1);
        auto kept = workforce::EmploymentStore::followUp(*doctor, employment);
        CHECK(kept.value().computed == Category::Sia);
        CHECK(kept.value().effective == Category::Sir);

        REQUIRE(workforce::EmploymentStore::clearOverride(*doctor, employment, QStringLiteral("Poste modifié")).ok());
        CHECK(test::lastAudit(*doctor) ==
              QStringLiteral("override.clear employment.follow_up success employment=%1 from=SIR to=SIA").arg(employment));
        auto cleared = workforce::EmploymentStore::followUp(*doctor, employment);
        CHECK_FALSE(cleared.value().override.has_value());
        CHECK(cleared.value().effective == Category::Sia);
        CHECK(cleared.value().overrideReason == QStringLiteral("Poste modifié"));
    }
}
