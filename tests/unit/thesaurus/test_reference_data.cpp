// The data files of thesaurus/ as the application embeds them: NAF complete (21 sections with their
// French titles, 88/272/615/732), labels identical to the INSEE extract, every sub-class under a
// section; communes, occupational-disease tables, the exposure thesaurus and the code lists, whose
// codes are exactly those of rules-contract.md.
#include "catch_qt.h"

#include "thesaurus/CodeSystem.h"
#include "thesaurus/Csv.h"
#include "thesaurus/Naf.h"
#include "thesaurus/Shipped.h"

#include <QFile>
#include <QHash>
#include <QSet>

using namespace vigie::thesaurus;

namespace {
QList<CodeEntry> shipped(const char* system)
{
    const ShippedSystem* s = Shipped::find(QLatin1String(system));
    if (!s)
        FAIL("no shipped system " << system);
    auto bytes = Shipped::fileOf(*s);
    REQUIRE(bytes.ok());
    const ParsedCodeSystem p = parseCodeSystem(bytes.value());
    INFO(system << " line " << p.errorLine << ": " << p.error.toStdString());
    REQUIRE(p.ok());
    return p.file.entries;
}

QHash<QString, CodeEntry> byCode(const QList<CodeEntry>& entries)
{
    QHash<QString, CodeEntry> out;
    for (const CodeEntry& e : entries)
        out.insert(e.code, e);
    return out;
}

QSet<QString> codesOf(const QList<CodeEntry>& entries)
{
    QSet<QString> out;
    for (const CodeEntry& e : entries)
        out.insert(e.code);
    return out;
}

QSet<QString> set(std::initializer_list<const char*> codes)
{
    QSet<QString> out;
    for (const char* c : codes)
        out.insert(QString::fromUtf8(c));
    return out;
}

// The raw extract of ../shared/data, kept in thesaurus/data: the source the NAF file is built from.
QList<QStringList> sourceRows(const char* file)
{
    QFile f(qEnvironmentVariable("VIGIE_SOURCE_DIR") + QStringLiteral("/thesaurus/data/") + QLatin1String(file));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const CsvTable t = parseCsv(f.readAll());
    REQUIRE(t.ok());
    QList<QStringList> rows;
    for (qsizetype i = 1; i < t.records.size(); ++i)
        rows << t.records.at(i).fields;
    return rows;
}
} // namespace

TEST_CASE("every shipped system is a valid file with a version, a title, a source, a licence and an attribution")
{
    REQUIRE(Shipped::systems().size() >= 18);
    QSet<QString> names;
    for (const ShippedSystem& s : Shipped::systems()) {
        INFO(s.meta.system.toStdString());
        CHECK(isValidSystemId(s.meta.system));
        CHECK(isValidVersion(s.meta.version));
        CHECK_FALSE(s.meta.titleFr.isEmpty());
        CHECK_FALSE(s.meta.titleEn.isEmpty());
        CHECK_FALSE(s.meta.source.isEmpty());
        CHECK_FALSE(s.meta.licence.isEmpty());
        CHECK_FALSE(s.meta.attribution.isEmpty());
        CHECK_FALSE(names.contains(s.meta.system));
        names.insert(s.meta.system);
        CHECK_FALSE(shipped(s.meta.system.toUtf8().constData()).isEmpty());
    }
}

TEST_CASE("NAF rév. 2 is complete: 21 sections, 88 divisions, 272 groups, 615 classes, 732 sub-classes")
{
    const auto naf = shipped("naf");
    QHash<QString, int> perLevel;
    for (const CodeEntry& e : naf)
        ++perLevel[e.level];
    CHECK(perLevel.value(QStringLiteral("section")) == 21);
    CHECK(perLevel.value(QStringLiteral("division")) == 88);
    CHECK(perLevel.value(QStringLiteral("group")) == 272);
    CHECK(perLevel.value(QStringLiteral("class")) == 615);
    CHECK(perLevel.value(QStringLiteral("subclass")) == 732);
    CHECK(naf.size() == 21 + 88 + 272 + 615 + 732);
}

TEST_CASE("NAF: every sub-class reaches a section through division, group and class, sections have their INSEE titles")
{
    const auto naf = byCode(shipped("naf"));
    int subclasses = 0;
    for (const CodeEntry& e : naf) {
        if (e.level != QLatin1String("subclass"))
            continue;
        ++subclasses;
        QStringList chain;
        QString up = e.parent;
        while (!up.isEmpty()) {
            chain << naf.value(up).level;
            up = naf.value(up).parent;
        }
        INFO(e.code.toStdString());
        CHECK(chain == QStringList{QStringLiteral("class"), QStringLiteral("group"), QStringLiteral("division"),
                                   QStringLiteral("section")});
        CHECK(e.selectable());
    }
    CHECK(subclasses == 732);
    CHECK(naf.value(QStringLiteral("A")).labelFr == QStringLiteral("Agriculture, sylviculture et pêche"));
    CHECK(naf.value(QStringLiteral("C")).labelFr == QStringLiteral("Industrie manufacturière"));
    CHECK(naf.value(QStringLiteral("J")).labelFr == QStringLiteral("Information et communication"));
    CHECK(naf.value(QStringLiteral("Q")).labelFr == QStringLiteral("Santé humaine et action sociale"));
    CHECK(naf.value(QStringLiteral("U")).labelFr == QStringLiteral("Activités extra-territoriales"));
    CHECK(naf.value(QStringLiteral("U")).labelEn == QStringLiteral("Activities of extraterritorial organisations and bodies"));
    CHECK(naf.value(QStringLiteral("62")).parent == QStringLiteral("J"));
    CHECK(naf.value(QStringLiteral("05")).parent == QStringLiteral("B"));
    CHECK(naf.value(QStringLiteral("99")).parent == QStringLiteral("U"));
    CHECK_FALSE(naf.value(QStringLiteral("C")).selectable());
}

TEST_CASE("NAF labels are those of the INSEE extract, for every code, samples")
{
    const auto naf = byCode(shipped("naf"));
    const auto rows = sourceRows("naf_rev2.csv");
    REQUIRE(rows.size() == 1707);
    for (const QStringList& r : rows) {
        INFO(r.at(0).toStdString());
        REQUIRE(naf.contains(r.at(0)));
        CHECK(naf.value(r.at(0)).labelFr == r.at(3));
        // the section letter of the extract is the section the code sits under
        QString up = r.at(0);
        while (!naf.value(up).parent.isEmpty())
            up = naf.value(up).parent;
        CHECK(up == r.at(2));
    }
    CHECK(naf.value(QStringLiteral("62.01Z")).labelFr == QStringLiteral("Programmation informatique"));
    CHECK(naf.value(QStringLiteral("86.21Z")).labelFr == QStringLiteral("Activité des médecins généralistes"));
    CHECK(naf.value(QStringLiteral("47.11F")).labelFr == QStringLiteral("Hypermarchés"));
    CHECK(naf.value(QStringLiteral("43.99C")).labelFr == QStringLiteral("Travaux de maçonnerie générale et gros œuvre de bâtiment"));
}

TEST_CASE("validate naf: an existing sub-class, the dot optional")
{
    CHECK(Naf::validate(QStringLiteral("62.01Z")).ok());
    CHECK(Naf::validate(QStringLiteral("6201Z")).ok());
    CHECK(Naf::validate(QStringLiteral(" 47.11f ")).ok());
    CHECK(Naf::normalise(QStringLiteral("4711f")) == QStringLiteral("47.11F"));
    for (const char* bad : {"62.01", "62.01A", "62-01Z", "6201ZZ", "A", "", "99.99Z", "01.1"}) {
        INFO(bad);
        const auto s = Naf::validate(QString::fromUtf8(bad));
        CHECK_FALSE(s.ok());
        if (!s.ok())
            CHECK(s.error().code == vigie::core::ErrorCode::Invalid);
    }
    CHECK(Naf::label(QStringLiteral("6201Z")) == QStringLiteral("Programmation informatique"));
}

TEST_CASE("communes: every commune and municipal arrondissement of the extract, under its département, with its postal codes")
{
    const auto communes = shipped("commune");
    const auto map = byCode(communes);
    const auto rows = sourceRows("communes_2026.csv");
    REQUIRE(rows.size() == 35014);
    int departments = 0;
    for (const CodeEntry& e : communes)
        departments += e.level == QLatin1String("department") ? 1 : 0;
    CHECK(departments == 109);
    CHECK(communes.size() == 35014 + 109);
    for (const QStringList& r : rows) {
        INFO(r.at(0).toStdString());
        REQUIRE(map.contains(r.at(0)));
        CHECK(map.value(r.at(0)).labelFr == r.at(1));
        CHECK(map.value(r.at(0)).keywords == r.at(5));
    }
    CHECK(map.value(QStringLiteral("42218")).labelFr == QStringLiteral("Saint-Étienne"));
    CHECK(map.value(QStringLiteral("42218")).parent == QStringLiteral("42"));
    CHECK(map.value(QStringLiteral("42")).labelFr == QStringLiteral("Loire"));
    CHECK(map.value(QStringLiteral("75101")).parent == QStringLiteral("75056"));
    CHECK(map.value(QStringLiteral("2A004")).parent == QStringLiteral("2A"));
    // Most populated first: the order of word matches.
    CHECK(communes.at(109).code == QStringLiteral("75056"));
}

TEST_CASE("occupational-disease tables: 120 of the general scheme, 62 of the agricultural scheme")
{
    const auto general = byCode(shipped("mp_general"));
    const auto agricole = byCode(shipped("mp_agricole"));
    CHECK(general.size() == 120);
    CHECK(agricole.size() == 62);
    CHECK(general.value(QStringLiteral("30 bis")).labelFr.contains(QStringLiteral("AMIANTE")));
    CHECK(general.contains(QStringLiteral("4 bis")));
    CHECK(general.contains(QStringLiteral("102")));
    CHECK_FALSE(general.contains(QStringLiteral("17"))); // abrogated
    CHECK(agricole.value(QStringLiteral("5 bis")).labelFr == QStringLiteral("Maladie de Lyme"));
    CHECK(agricole.value(QStringLiteral("61")).flags.contains(QStringLiteral("title_to_check")));
}

TEST_CASE("code lists carry exactly the codes of rules-contract.md")
{
    CHECK(codesOf(shipped("visit_kind")) == set({"VIP", "VIP_RENEWAL", "EMA", "EMA_RENEWAL", "SIR_INTERMEDIATE",
                                                 "RETURN", "MID_CAREER", "POST_EXPOSURE", "PRE_RETURN", "ON_REQUEST"}));
    CHECK(codesOf(shipped("follow_up")) == set({"SI", "SIA", "SIR"}));
    CHECK(codesOf(shipped("sir_risk")) == set({"ASBESTOS", "LEAD", "CMR", "BIO_3_4", "IONISING_RADIATION", "HYPERBARIC",
                                               "SCAFFOLDING", "APTITUDE_SPECIFIC", "EMPLOYER_LISTED"}));
    CHECK(codesOf(shipped("absence_cause")) == set({"ILLNESS", "WORK_ACCIDENT", "OCCUPATIONAL_DISEASE", "MATERNITY"}));
    CHECK(codesOf(shipped("worker_flag")) == set({"RQTH", "INVALIDITY_PENSION", "PREGNANT"}));
    CHECK(codesOf(shipped("performer")) == set({"MT", "HEALTH_PRO"}));
    for (const char* list : {"avis", "adjustment", "workplace_action", "contract_type", "job_retention_partner"})
        CHECK(shipped(list).size() >= 10);
    // The contract types the demo generator and the schema already use.
    CHECK(codesOf(shipped("contract_type")).contains(set({"CDI", "CDD", "INTERIM", "APPRENTICE"})));
    // visit kinds name the document they give, a code of the avis list
    const auto avis = codesOf(shipped("avis"));
    for (const CodeEntry& v : shipped("visit_kind")) {
        const QString doc = v.attributes.value(QStringLiteral("document"));
        CHECK((doc.isEmpty() || avis.contains(doc)));
    }
}

TEST_CASE("L4161-1 and C2P factors: 10 and 6, the C2P ones a subset")
{
    const auto l4161 = shipped("l4161_factor");
    QSet<QString> factors;
    for (const CodeEntry& e : l4161)
        if (e.selectable())
            factors.insert(e.code);
    CHECK(factors.size() == 10);
    const QSet<QString> c2p = codesOf(shipped("c2p_factor"));
    CHECK(c2p == set({"HYPERBARIC", "EXTREME_TEMPERATURES", "NOISE", "NIGHT_WORK", "ALTERNATING_SHIFTS", "REPETITIVE_WORK"}));
    CHECK(factors.contains(c2p));
}

TEST_CASE("the exposure thesaurus: families, 80 to 150 entries, factors and SIR codes from the lists")
{
    const auto exposures = shipped("exposure");
    const auto map = byCode(exposures);
    const QSet<QString> l4161 = codesOf(shipped("l4161_factor"));
    const QSet<QString> c2p = codesOf(shipped("c2p_factor"));
    const QSet<QString> sir = codesOf(shipped("sir_risk"));
    QSet<QString> families, sirUsed;
    int entries = 0;
    for (const CodeEntry& e : exposures) {
        INFO(e.code.toStdString());
        if (e.parent.isEmpty()) {
            families.insert(e.code);
            CHECK_FALSE(e.selectable());
        } else {
            ++entries;
        }
        CHECK_FALSE(e.labelEn.isEmpty());
        const QString f = e.attributes.value(QStringLiteral("l4161_factor"));
        const QString c = e.attributes.value(QStringLiteral("c2p_factor"));
        const QString s = e.attributes.value(QStringLiteral("sir_risk"));
        CHECK((f.isEmpty() || l4161.contains(f)));
        CHECK((c.isEmpty() || c2p.contains(c)));
        CHECK((s.isEmpty() || sir.contains(s)));
        CHECK((c.isEmpty() || c == f)); // a C2P factor is also the L4161-1 factor
        if (!s.isEmpty())
            sirUsed.insert(s);
    }
    CHECK(families == set({"CHIM", "PHYS", "BIO", "BIOM", "ORG", "PSY", "SECU"}));
    CHECK(entries >= 80);
    CHECK(entries <= 150);
    CHECK(sirUsed == sir); // every R4624-23 risk has at least one exposure
    CHECK(map.value(QStringLiteral("CHIM.AMIANTE")).attributes.value(QStringLiteral("sir_risk")) == QStringLiteral("ASBESTOS"));
    CHECK(map.value(QStringLiteral("SECU.ECHAFAUDAGE")).attributes.value(QStringLiteral("sir_risk")) == QStringLiteral("SCAFFOLDING"));
    CHECK(map.value(QStringLiteral("ORG.NUIT")).attributes.value(QStringLiteral("c2p_factor")) == QStringLiteral("NIGHT_WORK"));
    CHECK(map.value(QStringLiteral("BIOM.MANUTENTION")).attributes.value(QStringLiteral("c2p_factor")).isEmpty());
    CHECK(map.value(QStringLiteral("PHYS.RI.CAT_B")).attributes.value(QStringLiteral("sir_risk")) == QStringLiteral("IONISING_RADIATION"));
    CHECK(map.value(QStringLiteral("PHYS.RI.NON_CLASSE")).attributes.value(QStringLiteral("sir_risk")).isEmpty());
}

TEST_CASE("health-problem groups: the seven groups the consultations code and the barometer counts")
{
    CHECK(codesOf(shipped("health_problem")) == set({"CARDIOVASCULAR", "MUSCULOSKELETAL", "MENTAL_HEALTH", "RESPIRATORY", "SKIN", "HEARING", "OTHER"}));
    for (const CodeEntry& e : shipped("health_problem")) {
        INFO(e.code.toStdString());
        CHECK(e.selectable());
        CHECK_FALSE(e.labelFr.isEmpty());
        CHECK_FALSE(e.labelEn.isEmpty());
    }
}
