// The company sheet's pure domain: canonical content, the hash chain, the diff and the section merge
// on worked examples, the pre-filling, and the deadlines on dated examples.
#include "catch_qt.h"

#include "companysheet/SheetContent.h"
#include "companysheet/SheetDeadlines.h"
#include "companysheet/SheetDiff.h"
#include "companysheet/SheetPlan.h"
#include "companysheet/SheetPrefill.h"
#include "companysheet/SheetVersion.h"

#include <QJsonArray>

using namespace vigie;
using namespace vigie::companysheet;

namespace {
SheetContent content(std::initializer_list<std::tuple<const char*, const char*, QJsonValue>> values)
{
    SheetContent c;
    for (const auto& [section, field, value] : values) {
        const core::Status s = c.set(QString::fromLatin1(section), QString::fromLatin1(field), value);
        if (!s)
            FAIL(s.error().message.toStdString());
    }
    return c;
}

ExposureEntry exposure(const char* code, int cdi, int cdd = 0, int interim = 0, const char* measures = "")
{
    return ExposureEntry{QString::fromLatin1(code), {}, cdi, cdd, interim, 0, QString::fromUtf8(measures)};
}
} // namespace

TEST_CASE("the plan has the offer's four pages, the covering letter and every section's fields")
{
    REQUIRE(pages().size() == 5);
    CHECK(pages().at(1).title == QStringLiteral("Identification de l'entreprise et conseils"));
    CHECK(pages().at(2).title == QStringLiteral("Environnement de travail"));
    CHECK(pages().at(3).title == QStringLiteral("Personnel – environnement prévention sécurité"));
    for (int page = 0; page <= 4; ++page)
        CHECK_FALSE(sectionsOfPage(page).isEmpty());
    const QStringList headings = allHeadings();
    for (const char* h : {"Date d'adhésion", "Date de création", "Date de la dernière mise à jour", "Nombre de SIR déclarées",
                          "Nombre de SIR constatées", "Métrologie", "Nombre d'ateliers", "Document unique oui/non", "AT/MP",
                          "Personnes à mobilité réduite", "Fiches de données de sécurité", "Référence à la bibliographie"})
        CHECK(headings.contains(QString::fromUtf8(h)));
    QSet<QString> keys;
    for (const SectionDef& s : sections())
        for (const FieldDef& f : s.fields)
        {
            const QString key = s.key + QLatin1Char('.') + f.key;
            CHECK_FALSE(keys.contains(key));
            keys.insert(key);
        }
}

TEST_CASE("content: canonical JSON does not depend on the order of entry, empty values are left out")
{
    SheetContent a = content({{"workforce", "headcount", 12}, {"advice", "synthesis", QStringLiteral("  Bruit à traiter \r\n")},
                              {"identification", "naf", QStringLiteral("62.01Z")}});
    SheetContent b = content({{"identification", "naf", QStringLiteral("62.01Z")}, {"advice", "synthesis", QStringLiteral("Bruit à traiter")},
                              {"workforce", "headcount", 12}, {"premises", "hygiene", QStringLiteral("   ")}});
    CHECK(a == b);
    CHECK(a.canonicalJson() == b.canonicalJson());
    CHECK(a.canonicalJson() ==
          QByteArray(R"({"advice":{"synthesis":"Bruit à traiter"},"identification":{"naf":"62.01Z"},"workforce":{"headcount":12}})"));
    auto back = SheetContent::fromJson(a.canonicalJson());
    REQUIRE(back);
    CHECK(back.value() == a);

    SECTION("a value removed by setting it empty")
    {
        REQUIRE(a.set(QStringLiteral("workforce"), QStringLiteral("headcount"), QJsonValue(QJsonValue::Null)));
        CHECK(a.sectionObject(QStringLiteral("workforce")).isEmpty());
        CHECK_FALSE(a.canonicalJson().contains("workforce"));
    }
    SECTION("nothing outside the plan, nothing of the wrong kind")
    {
        SheetContent c;
        CHECK(c.set(QStringLiteral("advice"), QStringLiteral("horoscope"), QStringLiteral("x")).error().code == core::ErrorCode::Invalid);
        CHECK_FALSE(c.set(QStringLiteral("workforce"), QStringLiteral("headcount"), QStringLiteral("douze")));
        CHECK_FALSE(c.set(QStringLiteral("workforce"), QStringLiteral("headcount"), -1));
        CHECK_FALSE(c.set(QStringLiteral("workforce"), QStringLiteral("headcount"), 2.5));
        CHECK_FALSE(c.set(QStringLiteral("organisation"), QStringLiteral("single_document"), QStringLiteral("oui")));
        CHECK(c.setText(QStringLiteral("organisation"), QStringLiteral("single_document"), QStringLiteral("Oui")));
        CHECK(c.value(QStringLiteral("organisation"), QStringLiteral("single_document")) == QJsonValue(true));
        CHECK(c.setText(QStringLiteral("identification"), QStringLiteral("member_since"), QStringLiteral("01/03/2024")));
        CHECK(c.value(QStringLiteral("identification"), QStringLiteral("member_since")) == QJsonValue(QStringLiteral("2024-03-01")));
        CHECK_FALSE(SheetContent::fromJson(R"({"page9":{"x":"y"}})"));
        CHECK_FALSE(SheetContent::fromJson("not json"));
    }
    SECTION("exposures: sorted by code, counts always present, a code listed once")
    {
        SheetContent c;
        c.setExposures({exposure("PHYS.BRUIT", 3, 1, 0, "Casques"), exposure("CHIM.AMIANTE", 0, 0, 2)});
        CHECK(c.canonicalJson() ==
              QByteArray(R"({"exposures":{"exposures":[{"cdd":0,"cdi":0,"code":"CHIM.AMIANTE","interim":2,"other":0},)"
                         R"({"cdd":1,"cdi":3,"code":"PHYS.BRUIT","interim":0,"measures":"Casques","other":0}]}})"));
        QJsonArray twice{QJsonObject{{QStringLiteral("code"), QStringLiteral("PHYS.BRUIT")}},
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("phys.bruit")}}};
        CHECK_FALSE(c.set(QStringLiteral("exposures"), QStringLiteral("exposures"), twice));
    }
}

TEST_CASE("hash chain: intact, then altered content, author, date, a missing or a reordered version")
{
    const QString est = QStringLiteral("est-1");
    QList<StoredVersion> chain;
    QString prev = GenesisHash;
    for (int n = 1; n <= 3; ++n) {
        StoredVersion v{QStringLiteral("v%1").arg(n), est, n, QStringLiteral("acc-iprp"),
                        QStringLiteral("2026-01-1%1T09:30:00Z").arg(n),
                        content({{"advice", "synthesis", QStringLiteral("Synthèse %1").arg(n)}}).canonicalJson(), prev, {}};
        v.hash = versionHash(v.prevHash, v.establishmentId, v.number, v.authorId, v.validatedAt, v.content);
        prev = v.hash;
        chain << v;
    }
    CHECK(chain.at(0).hash.size() == 64);
    CHECK(chain.at(0).hash != chain.at(1).hash);
    const ChainCheck ok = verifyChain(chain);
    CHECK(ok.intact);
    CHECK(ok.versions == 3);
    CHECK(ok.firstBroken == 0);

    SECTION("content edited") { chain[1].content.replace("Synthèse 2", "Synthèse 9"); CHECK(verifyChain(chain).firstBroken == 2); }
    SECTION("author changed") { chain[2].authorId = QStringLiteral("acc-other"); CHECK(verifyChain(chain).firstBroken == 3); }
    SECTION("date changed") { chain[0].validatedAt = QStringLiteral("2025-01-11T09:30:00Z"); CHECK(verifyChain(chain).firstBroken == 1); }
    SECTION("a version deleted") { chain.removeAt(1); const ChainCheck c = verifyChain(chain); CHECK_FALSE(c.intact); CHECK(c.firstBroken == 2); }
    SECTION("content edited and its hash recomputed: the next link breaks")
    {
        chain[0].content = content({{"advice", "synthesis", QStringLiteral("Réécrit")}}).canonicalJson();
        chain[0].hash = versionHash(chain[0].prevHash, est, 1, chain[0].authorId, chain[0].validatedAt, chain[0].content);
        CHECK(verifyChain(chain).firstBroken == 2);
    }
    SECTION("numbers swapped") { std::swap(chain[0].number, chain[1].number); CHECK(verifyChain(chain).firstBroken == 1); }
    SECTION("non-canonical content with a matching hash")
    {
        chain[2].content = R"({"advice": {"synthesis": "Synthèse 3"}})";
        chain[2].hash = versionHash(chain[2].prevHash, est, 3, chain[2].authorId, chain[2].validatedAt, chain[2].content);
        CHECK(verifyChain(chain).firstBroken == 3);
    }
}

TEST_CASE("diff by section and field on a worked example")
{
    SheetContent v1 = content({{"identification", "naf", QStringLiteral("62.01Z")},
                               {"identification", "member_number", QStringLiteral("A000001")},
                               {"workforce", "headcount", 12},
                               {"organisation", "single_document", false}});
    v1.setExposures({exposure("PHYS.BRUIT", 3), exposure("CHIM.AMIANTE", 1)});
    SheetContent v2 = content({{"identification", "naf", QStringLiteral("25.62A")},
                               {"identification", "member_number", QStringLiteral("A000001")},
                               {"advice", "synthesis", QStringLiteral("Réduire le bruit de l'atelier")},
                               {"organisation", "single_document", true}});
    v2.setExposures({exposure("PHYS.BRUIT", 5, 1, 0, "Capotage"), exposure("PHYS.FROID", 2)});

    const QList<SectionChanges> d = diff(v1, v2);
    REQUIRE(d.size() == 5);
    CHECK(d.at(0).section == QStringLiteral("identification"));
    REQUIRE(d.at(0).fields.size() == 1);
    CHECK(d.at(0).fields.at(0).field == QStringLiteral("naf"));
    CHECK(d.at(0).fields.at(0).before == QJsonValue(QStringLiteral("62.01Z")));
    CHECK(d.at(0).fields.at(0).after == QJsonValue(QStringLiteral("25.62A")));
    CHECK(d.at(1).section == QStringLiteral("advice"));
    CHECK(d.at(1).fields.at(0).before.isNull());
    CHECK(d.at(2).section == QStringLiteral("organisation"));
    CHECK(d.at(2).fields.at(0).after == QJsonValue(true));
    CHECK(d.at(3).section == QStringLiteral("workforce"));
    CHECK(d.at(3).fields.at(0).field == QStringLiteral("headcount"));
    CHECK(d.at(3).fields.at(0).after.isNull());
    CHECK(d.at(4).section == QStringLiteral("exposures"));
    const QStringList details = d.at(4).fields.at(0).details;
    REQUIRE(details.size() == 3); // PHYS.BRUIT changed, PHYS.FROID added, CHIM.AMIANTE removed
    CHECK(details.at(0).contains(QStringLiteral("PHYS.BRUIT")));
    CHECK(details.at(0).contains(QStringLiteral("Capotage")));
    CHECK(details.at(1).contains(QStringLiteral("PHYS.FROID")));
    CHECK(details.at(2).contains(QStringLiteral("CHIM.AMIANTE")));

    CHECK(diff(v1, v1).isEmpty());
    CHECK(changedSections(v1, v2) == QStringList{QStringLiteral("identification"), QStringLiteral("advice"),
                                                 QStringLiteral("organisation"), QStringLiteral("workforce"),
                                                 QStringLiteral("exposures")});
}

TEST_CASE("merge by section: disjoint sections merge, the same section changed on both sides is a conflict")
{
    const SheetContent base = content({{"advice", "synthesis", QStringLiteral("A")}, {"premises", "premises", QStringLiteral("Atelier")},
                                       {"workforce", "headcount", 10}});

    SECTION("disjoint: ours changes premises, theirs changes advice")
    {
        SheetContent ours = base, theirs = base;
        REQUIRE(ours.set(QStringLiteral("premises"), QStringLiteral("premises"), QStringLiteral("Atelier rénové")));
        REQUIRE(theirs.set(QStringLiteral("advice"), QStringLiteral("synthesis"), QStringLiteral("B")));
        const MergeResult m = mergeBySection(base, ours, theirs);
        CHECK(m.clean());
        CHECK(m.fromOurs == QStringList{QStringLiteral("premises")});
        CHECK(m.fromTheirs == QStringList{QStringLiteral("advice")});
        CHECK(m.merged.text(QStringLiteral("premises"), QStringLiteral("premises")) == QStringLiteral("Atelier rénové"));
        CHECK(m.merged.text(QStringLiteral("advice"), QStringLiteral("synthesis")) == QStringLiteral("B"));
        CHECK(m.merged.value(QStringLiteral("workforce"), QStringLiteral("headcount")) == QJsonValue(10));
    }
    SECTION("the same section, different fields: still a conflict (sections are the unit)")
    {
        SheetContent ours = base, theirs = base;
        REQUIRE(ours.set(QStringLiteral("advice"), QStringLiteral("activity_plan"), QStringLiteral("Visite en mars")));
        REQUIRE(theirs.set(QStringLiteral("advice"), QStringLiteral("synthesis"), QStringLiteral("B")));
        const MergeResult m = mergeBySection(base, ours, theirs);
        CHECK(m.conflicts == QStringList{QStringLiteral("advice")});
        CHECK_FALSE(resolve(m, ours, theirs, {}));
        auto kept = resolve(m, ours, theirs, {{QStringLiteral("advice"), Side::Ours}});
        REQUIRE(kept);
        CHECK(kept.value().text(QStringLiteral("advice"), QStringLiteral("activity_plan")) == QStringLiteral("Visite en mars"));
        CHECK(kept.value().text(QStringLiteral("advice"), QStringLiteral("synthesis")) == QStringLiteral("A"));
        auto theirsKept = resolve(m, ours, theirs, {{QStringLiteral("advice"), Side::Theirs}});
        REQUIRE(theirsKept);
        CHECK(theirsKept.value().text(QStringLiteral("advice"), QStringLiteral("synthesis")) == QStringLiteral("B"));
    }
    SECTION("the same change on both sides is no conflict; a section emptied on one side merges")
    {
        SheetContent ours = base, theirs = base;
        REQUIRE(ours.set(QStringLiteral("advice"), QStringLiteral("synthesis"), QStringLiteral("B")));
        REQUIRE(theirs.set(QStringLiteral("advice"), QStringLiteral("synthesis"), QStringLiteral("B")));
        REQUIRE(ours.set(QStringLiteral("workforce"), QStringLiteral("headcount"), QJsonValue(QJsonValue::Null)));
        const MergeResult m = mergeBySection(base, ours, theirs);
        CHECK(m.clean());
        CHECK(m.merged.sectionObject(QStringLiteral("workforce")).isEmpty());
        CHECK(m.merged.text(QStringLiteral("advice"), QStringLiteral("synthesis")) == QStringLiteral("B"));
    }
}

TEST_CASE("pre-filling: membership and workforce facts refresh their fields, the team's assessment comes from the previous version")
{
    PrefillFacts f;
    f.member.name = QStringLiteral("Atelier Dupont");
    f.member.enterpriseName = QStringLiteral("Dupont et Fils");
    f.member.siret = QStringLiteral("73282932000074");
    f.member.naf = QStringLiteral("25.62A");
    f.member.memberNumber = QStringLiteral("A000007");
    f.member.memberSince = QDate(2024, 3, 1);
    f.member.address = membership::Address{QStringLiteral("12 rue de la Roquette"), {}, QStringLiteral("75011"), {}, QStringLiteral("Paris")};
    f.teamMembers = {QStringLiteral("Dr Claire Fontaine (Médecin du travail)"), QStringLiteral("Sophie Lambert (IPRP)")};
    f.contactName = QStringLiteral("Jeanne Dupont");
    f.preventionScoreTenths = 42;
    f.preventionScoreDate = QDate(2024, 3, 1);
    f.sirDeclared = 2;
    WorkforceFacts w;
    w.headcount = 9;
    w.byContract = {{QStringLiteral("CDI"), 6}, {QStringLiteral("CDD"), 2}, {QStringLiteral("INTERIM"), 1}};
    w.men = 5;
    w.women = 4;
    w.exposures = {ExposureEntry{QStringLiteral("PHYS.BRUIT"), QStringLiteral("Bruit"), 4, 1, 1, 0, {}}};
    f.workforce = w;

    SheetContent previous = content({{"advice", "synthesis", QStringLiteral("Capoter la presse")},
                                     {"identification", "naf", QStringLiteral("62.01Z")},
                                     {"identification", "sir_observed", 1}});
    previous.setExposures({ExposureEntry{QStringLiteral("PHYS.BRUIT"), QStringLiteral("Bruit"), 2, 0, 0, 0, QStringLiteral("Casques")},
                           ExposureEntry{QStringLiteral("CHIM.AMIANTE"), QStringLiteral("Amiante"), 1, 0, 0, 0, {}}});

    const SheetContent c = prefill(f, previous);
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("naf")) == QStringLiteral("25.62A")); // refreshed
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("member_number")) == QStringLiteral("A000007"));
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("member_since")) == QStringLiteral("01/03/2024"));
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("name_address")).startsWith(QStringLiteral("Atelier Dupont (Dupont et Fils)\n12 rue")));
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("team")).contains(QStringLiteral("Sophie Lambert")));
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("contact")) == QStringLiteral("Jeanne Dupont"));
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("prevention_score")).startsWith(QStringLiteral("4,2 / 5")));
    CHECK(c.value(QStringLiteral("identification"), QStringLiteral("sir_declared")) == QJsonValue(2));
    CHECK(c.value(QStringLiteral("identification"), QStringLiteral("sir_observed")) == QJsonValue(1)); // the team's, kept
    CHECK(c.text(QStringLiteral("advice"), QStringLiteral("synthesis")) == QStringLiteral("Capoter la presse"));
    CHECK(c.value(QStringLiteral("workforce"), QStringLiteral("headcount")) == QJsonValue(9));
    CHECK(c.value(QStringLiteral("workforce"), QStringLiteral("temporary")) == QJsonValue(1));
    CHECK(c.text(QStringLiteral("workforce"), QStringLiteral("contracts")) == QStringLiteral("CDD : 2\nCDI : 6\nINTERIM : 1"));
    CHECK(c.text(QStringLiteral("workforce"), QStringLiteral("men_women")) == QStringLiteral("5 homme(s), 4 femme(s)"));
    const QList<ExposureEntry> e = c.exposures();
    REQUIRE(e.size() == 2);
    CHECK(e.at(0).code == QStringLiteral("CHIM.AMIANTE")); // no longer in the employments: kept as it was
    CHECK(e.at(0).cdi == 1);
    CHECK(e.at(1).code == QStringLiteral("PHYS.BRUIT"));
    CHECK(e.at(1).cdi == 4);                                // refreshed counts
    CHECK(e.at(1).interim == 1);
    CHECK(e.at(1).measures == QStringLiteral("Casques"));   // the team's measures kept
    CHECK(c.text(QStringLiteral("letter"), QStringLiteral("regulatory_reminder")).contains(QStringLiteral("R4624-49")));

    SECTION("a first sheet, without previous version nor workforce")
    {
        PrefillFacts bare;
        bare.member = f.member;
        const SheetContent first = prefill(bare, std::nullopt);
        CHECK(first.sectionObject(QStringLiteral("workforce")).isEmpty());
        CHECK(first.exposures().isEmpty());
        CHECK(first.text(QStringLiteral("identification"), QStringLiteral("naf")) == QStringLiteral("25.62A"));
    }
}

TEST_CASE("deadlines on dated examples: a first sheet within the year of membership, a renewal after the delay")
{
    const QDate today(2026, 1, 15);
    const auto facts = [](const char* name, const char* team, QDate since, QDate last = {}, bool active = true) {
        SheetDeadlineFacts f;
        f.establishmentId = QString::fromLatin1(name);
        f.name = QString::fromLatin1(name);
        f.teamId = QString::fromLatin1(team);
        f.teamName = QString::fromLatin1(team).isEmpty() ? QString() : QStringLiteral("Équipe ") + QString::fromLatin1(team);
        f.memberSince = since;
        f.lastValidated = last;
        f.active = active;
        return f;
    };
    const QList<SheetDeadlineFacts> all{
        facts("joined-a-year-ago-today", "A", QDate(2025, 1, 15)),            // due today, not late
        facts("joined-a-year-ago-tomorrow", "A", QDate(2025, 1, 16)),         // due tomorrow: not listed
        facts("joined-long-ago", "B", QDate(2020, 6, 1)),                     // late since 2021-06-01
        facts("sheet-four-years-ago", "A", QDate(2015, 1, 1), QDate(2022, 1, 14)), // renewal late by a day
        facts("sheet-three-years-ago", "A", QDate(2015, 1, 1), QDate(2023, 1, 15)),
        facts("left", "B", QDate(2020, 1, 1), {}, false),                     // not followed any more
        facts("no-membership-date", "B", QDate()),
        facts("no-team", "", QDate(2024, 1, 1)),
    };

    const QList<DueSheet> due = dueSheets(all, today, 4);
    QStringList names;
    for (const DueSheet& d : due)
        names << d.facts.name;
    CHECK(names == QStringList{QStringLiteral("no-team"), QStringLiteral("sheet-four-years-ago"), QStringLiteral("joined-a-year-ago-today"),
                               QStringLiteral("joined-long-ago")});
    CHECK(due.at(1).reason == DueReason::Renewal);
    CHECK(due.at(1).dueDate == QDate(2026, 1, 14));
    CHECK(due.at(1).late);
    CHECK(due.at(2).reason == DueReason::FirstSheet);
    CHECK(due.at(2).dueDate == QDate(2026, 1, 15));
    CHECK_FALSE(due.at(2).late);

    const QList<TeamDueCount> counts = countByTeam(due);
    REQUIRE(counts.size() == 3);
    CHECK(counts.at(0).teamName.isEmpty());
    CHECK(counts.at(1).teamName == QStringLiteral("Équipe A"));
    CHECK(counts.at(1).firstSheets == 1);
    CHECK(counts.at(1).renewals == 1);
    CHECK(counts.at(1).late == 1);
    CHECK(counts.at(2).teamName == QStringLiteral("Équipe B"));
    CHECK(counts.at(2).total() == 1);

    SECTION("the delay is a setting: three years makes the 2023 sheet due")
    {
        const QList<DueSheet> three = dueSheets(all, today, 3);
        CHECK(countByTeam(three).at(1).renewals == 2);
    }
    SECTION("a horizon lists what falls due soon")
    {
        CHECK(dueSheets(all, today, 4, 1).size() == 5);
    }
    SECTION("29 February: a sheet of 29/02/2024 renewed after four years is due on 29/02/2028")
    {
        const QList<DueSheet> leap = dueSheets({facts("leap", "A", QDate(2020, 1, 1), QDate(2024, 2, 29))}, QDate(2028, 2, 29), 4);
        REQUIRE(leap.size() == 1);
        CHECK(leap.at(0).dueDate == QDate(2028, 2, 29));
    }
}
