// ThesaurusStore against real encrypted databases: the shipped systems loaded at first use, the folded
// search (accents, case, ligatures, hyphens, word prefixes, exact code first), upgrades that keep the
// codes records use (retired), and imports refused whole with the line number.
#include "ThesaurusTestSupport.h"
#include "catch_qt.h"

#include "storage/AuditTrail.h"
#include "thesaurus/Shipped.h"

#include <QSqlQuery>

using namespace vigie;
using namespace vigie::thesaurus;
using security::Role;
using test::scalar;

namespace {
QStringList codesOf(const QList<SearchHit>& hits)
{
    QStringList out;
    for (const SearchHit& h : hits)
        out << h.code.code;
    return out;
}

QList<SearchHit> find(security::Session& s, const char* system, const QString& text, SearchOptions o = {})
{
    auto r = ThesaurusStore::search(s, QLatin1String(system), text, o);
    INFO(text.toStdString());
    if (!r)
        FAIL(r.error().message.toStdString());
    return r.value();
}

qint64 count(security::Session& s, const QString& sql) { return scalar(s.db(), sql).toLongLong(); }

bool exec(security::Session& s, const QString& sql)
{
    QSqlQuery q(s.db().sql());
    const bool ok = q.exec(sql);
    if (!ok)
        UNSCOPED_INFO(storage::sqlErrorText(q).toStdString());
    return ok;
}

// A system to import, with one code records will use and one they will not.
const QByteArray PcsV1 = "code,parent,level,label_fr,label_en\n"
                         "3,,group,Cadres et professions intellectuelles supérieures,Managers and professionals\n"
                         "311a,3,job,Médecins libéraux spécialistes,Self-employed specialist doctors\n"
                         "344a,3,job,Médecins hospitaliers sans activité libérale,Hospital doctors\n"
                         "431f,,job,Infirmiers en soins généraux salariés,Salaried general nurses\n"
                         "999z,,job,Curriculum vitæ à préciser,Curriculum vitae to be specified\n";
} // namespace

TEST_CASE("first use loads every shipped system into the encrypted database, audited, then nothing more")
{
    test::TempDatabase t;
    core::ManualClock clock(test::ThesaurusNow);
    security::Session s(std::move(t.db), t.key, {QStringLiteral("a1"), QStringLiteral("admin"), QStringLiteral("Admin"), Role::Admin, {}, true},
                        clock);
    CHECK(count(s, QStringLiteral("SELECT count(*) FROM codes")) == 0);
    REQUIRE(ThesaurusStore::ensureShipped(s));
    const qint64 systems = Shipped::systems().size();
    CHECK(count(s, QStringLiteral("SELECT count(*) FROM code_systems WHERE origin = 'shipped'")) == systems);
    CHECK(count(s, QStringLiteral("SELECT count(*) FROM codes c JOIN code_systems s ON s.id = c.system_id WHERE s.system = 'naf'")) == 1728);
    CHECK(count(s, QStringLiteral("SELECT count(*) FROM codes c JOIN code_systems s ON s.id = c.system_id WHERE s.system = 'commune'")) == 35123);
    CHECK(count(s, QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'load' AND outcome = 'success'")) == systems);
    // Not synchronised: no change-capture trigger, nothing in the outbox.
    CHECK(count(s, QStringLiteral("SELECT count(*) FROM _outbox")) == 0);
    CHECK(count(s, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '\\_cc\\_code%' ESCAPE '\\'")) == 0);
    // Versions recorded.
    CHECK(count(s, QStringLiteral("SELECT count(*) FROM code_system_versions")) == systems);

    REQUIRE(ThesaurusStore::ensureShipped(s));
    auto list = ThesaurusStore::listSystems(s);
    REQUIRE(list);
    CHECK(list.value().size() == systems);
    CHECK(count(s, QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'load'")) == systems);
    // NAF levels as stored.
    for (const auto& [level, n] : {std::pair{"section", 21}, {"division", 88}, {"group", 272}, {"class", 615}, {"subclass", 732}})
        CHECK(count(s, QStringLiteral("SELECT count(*) FROM codes c JOIN code_systems s ON s.id = c.system_id "
                                      "WHERE s.system = 'naf' AND c.level = '%1'").arg(QLatin1String(level))) == n);
}

TEST_CASE("folded search: \"ecole\" finds École, \"oeuvre\" finds œuvre, \"saint etienne\" finds Saint-Étienne")
{
    test::ThesaurusDb d;
    auto s = d.session(Role::Nurse, QStringLiteral("nina")); // anyone signed in may search

    auto ecole = find(*s, "commune", QStringLiteral("ecole"));
    REQUIRE_FALSE(ecole.isEmpty());
    CHECK(ecole.first().code.labelFr == QStringLiteral("École"));
    CHECK(codesOf(ecole).contains(QStringLiteral("25212"))); // École-Valentin

    const auto oeuvre = find(*s, "naf", QStringLiteral("oeuvre"), SearchOptions{50, false, false});
    CHECK(codesOf(oeuvre).contains(QStringLiteral("43.99C"))); // ... gros œuvre de bâtiment
    CHECK(codesOf(oeuvre).contains(QStringLiteral("78.10Z"))); // ... main-d'œuvre
    for (const SearchHit& h : oeuvre)
        CHECK(h.code.labelFr.contains(QStringLiteral("œuvre")));
    CHECK(codesOf(find(*s, "naf", QStringLiteral("main d oeuvre"))).contains(QStringLiteral("78.10Z")));
    CHECK(codesOf(find(*s, "naf", QStringLiteral("MAIN-D'ŒUVRE"))).contains(QStringLiteral("78.10Z")));

    for (const char* text : {"saint etienne", "Saint-Étienne", "SAINT ETIENNE", "saint-eti", "SAINT ÉTI"}) {
        INFO(text);
        const auto hits = find(*s, "commune", QString::fromUtf8(text));
        REQUIRE_FALSE(hits.isEmpty());
        CHECK(hits.first().code.code == QStringLiteral("42218"));
        CHECK(hits.first().code.labelFr == QStringLiteral("Saint-Étienne"));
    }
    // Word matches in file order: communes by population.
    CHECK(codesOf(find(*s, "commune", QStringLiteral("etienne"))).value(0) == QStringLiteral("42218"));
    // Word prefixes anywhere in the label, in any order.
    CHECK(codesOf(find(*s, "commune", QStringLiteral("etienne saint"))).contains(QStringLiteral("42218")));
    CHECK(codesOf(find(*s, "naf", QStringLiteral("programm inform"))).contains(QStringLiteral("62.01Z")));
    // Postal codes are keywords of the communes (42000 is no commune's INSEE code).
    CHECK(codesOf(find(*s, "commune", QStringLiteral("42000"))).value(0) == QStringLiteral("42218"));
    // 42100 is both La Gimond's INSEE code and one of Saint-Étienne's postal codes: the code first.
    CHECK(codesOf(find(*s, "commune", QStringLiteral("42100"))).mid(0, 2) ==
          QStringList{QStringLiteral("42100"), QStringLiteral("42218")});
    // English labels are searched too.
    CHECK(codesOf(find(*s, "exposure", QStringLiteral("asbestos"))).contains(QStringLiteral("CHIM.AMIANTE")));
    CHECK(codesOf(find(*s, "exposure", QStringLiteral("echafaudage"))).contains(QStringLiteral("SECU.ECHAFAUDAGE")));
    CHECK(find(*s, "commune", QStringLiteral("zzzqqq")).isEmpty());
}

TEST_CASE("a code typed exactly comes first, with or without its dots, then codes that start with it")
{
    test::ThesaurusDb d;
    auto s = d.session();
    for (const char* typed : {"62.01Z", "6201Z", "6201z", " 62.01z "}) {
        const auto hits = find(*s, "naf", QString::fromUtf8(typed));
        REQUIRE_FALSE(hits.isEmpty());
        CHECK(hits.first().code.code == QStringLiteral("62.01Z"));
        CHECK(hits.first().match == Match::ExactCode);
    }
    auto hits = find(*s, "naf", QStringLiteral("62.01"));
    REQUIRE(hits.size() >= 2);
    CHECK(hits.at(0).code.code == QStringLiteral("62.01"));
    CHECK(hits.at(1).code.code == QStringLiteral("62.01Z"));
    CHECK(hits.at(1).match == Match::CodePrefix);
    // A commune code before the communes whose postal code starts with the same digits.
    hits = find(*s, "commune", QStringLiteral("42218"));
    CHECK(hits.first().code.code == QStringLiteral("42218"));
    // A short code that is also a word: the code first.
    hits = find(*s, "visit_kind", QStringLiteral("vip"));
    CHECK(hits.first().code.code == QStringLiteral("VIP"));
    CHECK(hits.at(1).code.code == QStringLiteral("VIP_RENEWAL"));
}

TEST_CASE("search results carry their hierarchy, grouping nodes can be left out")
{
    test::ThesaurusDb d;
    auto s = d.session();
    const auto hits = find(*s, "naf", QStringLiteral("62.01Z"));
    QStringList path;
    for (const Ancestor& a : hits.first().hierarchy)
        path << a.code;
    CHECK(path == QStringList{QStringLiteral("J"), QStringLiteral("62"), QStringLiteral("62.0"), QStringLiteral("62.01")});
    CHECK(hits.first().hierarchy.first().labelFr == QStringLiteral("Information et communication"));
    const auto commune = find(*s, "commune", QStringLiteral("saint etienne"));
    REQUIRE(commune.first().hierarchy.size() == 1);
    CHECK(commune.first().hierarchy.first().labelFr == QStringLiteral("Loire"));

    const auto all = find(*s, "naf", QStringLiteral("information"), SearchOptions{50, false, false});
    CHECK(codesOf(all).contains(QStringLiteral("J")));
    const auto leaves = find(*s, "naf", QStringLiteral("information"), SearchOptions{50, false, true});
    CHECK_FALSE(leaves.isEmpty());
    for (const SearchHit& h : leaves)
        CHECK(h.code.level == QStringLiteral("subclass"));
    // attributes come back
    auto amiante = ThesaurusStore::find(*s, QStringLiteral("exposure"), QStringLiteral("CHIM.AMIANTE"));
    REQUIRE(amiante);
    REQUIRE(amiante.value());
    CHECK(amiante.value()->attributes.value(QStringLiteral("sir_risk")).toString() == QStringLiteral("ASBESTOS"));
    CHECK(amiante.value()->attributes.value(QStringLiteral("l4161_factor")).toString() == QStringLiteral("CHEMICAL_AGENTS"));
    // unknown system, empty text
    CHECK(ThesaurusStore::search(*s, QStringLiteral("nope"), QStringLiteral("x")).error().code == core::ErrorCode::Invalid);
    CHECK(ThesaurusStore::search(*s, QStringLiteral("naf"), QStringLiteral(" - ")).error().code == core::ErrorCode::Invalid);
}

TEST_CASE("upgrading a shipped system keeps the codes records use, retired, unused codes go, the next start restores the shipped version")
{
    test::ThesaurusDb d;
    auto s = d.session();
    REQUIRE(ThesaurusStore::ensureShipped(*s)); // this connection is now current: no reload behind the test's back
    // A record uses 01.11Z (an establishment's APE code) and an absence uses the cause in lower case.
    REQUIRE(test::insertEnterprise(s->db(), QStringLiteral("ent1"), QStringLiteral("732829320"), QStringLiteral("Ferme")));
    REQUIRE(exec(*s, QStringLiteral("INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, hlc, updated_by) "
                                    "VALUES ('est1', 'ent1', '73282932000074', 'Ferme', 'ferme', '01.11Z', '0', 'test')")));
    REQUIRE(ThesaurusStore::isUsed(s->db(), QStringLiteral("naf"), QStringLiteral("01.11Z")).value());
    REQUIRE_FALSE(ThesaurusStore::isUsed(s->db(), QStringLiteral("naf"), QStringLiteral("01.12Z")).value());

    // Version "2099-test" of NAF drops 01.11Z (used) and 01.12Z (unused).
    const ShippedSystem* naf = Shipped::find(QStringLiteral("naf"));
    auto parsed = parseCodeSystem(Shipped::fileOf(*naf).value());
    REQUIRE(parsed.ok());
    CodeSystemFile next = parsed.file;
    next.entries.erase(std::remove_if(next.entries.begin(), next.entries.end(), [](const CodeEntry& e) {
        return e.code == QLatin1String("01.11Z") || e.code == QLatin1String("01.12Z");
    }), next.entries.end());
    CodeEntry added;
    added.code = QStringLiteral("01.11Y");
    added.parent = QStringLiteral("01.11");
    added.level = QStringLiteral("subclass");
    added.labelFr = QStringLiteral("Culture de céréales d'essai");
    next.entries.append(added);
    SystemMeta meta = naf->meta;
    meta.version = QStringLiteral("2099-test");
    {
        storage::Transaction tx(s->db());
        auto report = ThesaurusStore::Sql::loadVersion(s->db().sql(), meta, next, QStringLiteral("2099-01-01T00:00:00Z"),
                                                       QStringLiteral("admin"));
        REQUIRE(report);
        CHECK(report.value().retired == 1);
        CHECK(report.value().deleted == 1);
        CHECK(report.value().added == 1);
        REQUIRE(tx.commit());
    }
    auto kept = ThesaurusStore::find(*s, QStringLiteral("naf"), QStringLiteral("01.11Z"));
    REQUIRE(kept.value());
    CHECK(kept.value()->retired());
    CHECK(kept.value()->retiredIn == QStringLiteral("2099-test"));
    CHECK(kept.value()->labelFr.startsWith(QStringLiteral("Culture de céréales")));
    CHECK_FALSE(ThesaurusStore::find(*s, QStringLiteral("naf"), QStringLiteral("01.12Z")).value());
    CHECK(scalar(s->db(), QStringLiteral("SELECT retired_at FROM codes WHERE code = '01.11Z'")).toString() == QStringLiteral("2099-01-01"));
    // Retired codes are not offered, unless asked for (to show a value recorded long ago).
    CHECK_FALSE(codesOf(find(*s, "naf", QStringLiteral("01.11Z"))).contains(QStringLiteral("01.11Z")));
    SearchOptions withRetired;
    withRetired.includeRetired = true;
    CHECK(codesOf(find(*s, "naf", QStringLiteral("01.11Z"), withRetired)).value(0) == QStringLiteral("01.11Z"));
    CHECK(codesOf(find(*s, "naf", QStringLiteral("01.11Y"))).value(0) == QStringLiteral("01.11Y"));

    // The shipped version differs from the database's: the next start upgrades back in place.
    auto pending = ThesaurusStore::Sql::pendingShipped(s->db().sql());
    REQUIRE(pending);
    REQUIRE(pending.value().size() == 1);
    s.reset();
    auto again = d.session();
    REQUIRE(ThesaurusStore::ensureShipped(*again));
    auto back = ThesaurusStore::find(*again, QStringLiteral("naf"), QStringLiteral("01.11Z"));
    REQUIRE(back.value());
    CHECK_FALSE(back.value()->retired());
    CHECK(back.value()->sinceVersion == naf->meta.version); // first seen in the shipped version, kept
    CHECK_FALSE(ThesaurusStore::find(*again, QStringLiteral("naf"), QStringLiteral("01.11Y")).value()); // unused: removed
    CHECK(scalar(again->db(), QStringLiteral("SELECT version FROM code_systems WHERE system = 'naf'")).toString() == naf->meta.version);
    CHECK(count(*again, QStringLiteral("SELECT count(*) FROM code_system_versions WHERE system = 'naf'")) == 2);
}

TEST_CASE("usage is declared per column in code_references, a case-insensitive column counts")
{
    test::ThesaurusDb d;
    auto s = d.session();
    REQUIRE(exec(*s, QStringLiteral("INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, "
                                    "sex, birth_name_fold, hlc, updated_by) VALUES ('w1', 'Martin', 'Léa', 'Léa', '1990-01-01', "
                                    "'F', 'martin', '0', 'test')")));
    REQUIRE(exec(*s, QStringLiteral("INSERT INTO absences(id, worker_id, cause, start_date, hlc, updated_by) "
                                    "VALUES ('a1', 'w1', 'illness', '2026-01-01', '0', 'test')")));
    CHECK(ThesaurusStore::isUsed(s->db(), QStringLiteral("absence_cause"), QStringLiteral("ILLNESS")).value());
    CHECK_FALSE(ThesaurusStore::isUsed(s->db(), QStringLiteral("absence_cause"), QStringLiteral("MATERNITY")).value());
    auto used = ThesaurusStore::Sql::usedCodes(s->db().sql(), QStringLiteral("absence_cause"));
    REQUIRE(used);
    CHECK(used.value().contains(QStringLiteral("ILLNESS")));
    // A declared column that does not exist (a module not installed yet) is simply not a use.
    REQUIRE(exec(*s, QStringLiteral("INSERT INTO code_references(system, table_name, column_name) VALUES ('naf', 'nowhere', 'naf')")));
    CHECK_FALSE(ThesaurusStore::isUsed(s->db(), QStringLiteral("naf"), QStringLiteral("62.01Z")).value());
}

TEST_CASE("import: a new system, then a new version that retires the used code and removes the unused one")
{
    test::ThesaurusDb d;
    auto s = d.session();
    QTemporaryDir dir;
    auto v1 = ThesaurusStore::importFile(*s, QStringLiteral("pcs"), QStringLiteral("2017"),
                                         test::writeTemp(dir, QStringLiteral("pcs.csv"), PcsV1), QStringLiteral("PCS-ESE 2017"));
    REQUIRE(v1);
    CHECK(v1.value().codes == 5);
    CHECK(v1.value().added == 5);
    // æ folded like œ: "vitae" finds "vitæ"; English labels searched
    CHECK(codesOf(find(*s, "pcs", QStringLiteral("vitae"))) == QStringList{QStringLiteral("999z")});
    CHECK(codesOf(find(*s, "pcs", QStringLiteral("medecins"))).size() == 2);
    CHECK(codesOf(find(*s, "pcs", QStringLiteral("nurses"))) == QStringList{QStringLiteral("431f")});

    // A module declares where it stores PCS codes; one record uses 344a.
    REQUIRE(exec(*s, QStringLiteral("CREATE TABLE test_jobs(id TEXT PRIMARY KEY, pcs TEXT)")));
    REQUIRE(exec(*s, QStringLiteral("INSERT INTO code_references(system, table_name, column_name) VALUES ('pcs', 'test_jobs', 'pcs')")));
    REQUIRE(exec(*s, QStringLiteral("INSERT INTO test_jobs VALUES ('j1', '344a')")));

    const QByteArray v2 = "code,parent,label_fr\n"
                          "3,,Cadres et professions intellectuelles supérieures\n"
                          "311a,3,Médecins libéraux spécialistes\n"
                          "431f,,Infirmiers en soins généraux salariés\n"
                          "432a,,Masseurs-kinésithérapeutes\n";
    auto r2 = ThesaurusStore::importFile(*s, QStringLiteral("pcs"), QStringLiteral("2020"),
                                         test::writeTemp(dir, QStringLiteral("pcs2.csv"), v2));
    REQUIRE(r2);
    CHECK(r2.value().retired == 1);
    CHECK(r2.value().deleted == 1);
    CHECK(r2.value().added == 1);
    auto kept = ThesaurusStore::find(*s, QStringLiteral("pcs"), QStringLiteral("344a"));
    REQUIRE(kept.value());
    CHECK(kept.value()->retiredIn == QStringLiteral("2020"));
    CHECK_FALSE(ThesaurusStore::find(*s, QStringLiteral("pcs"), QStringLiteral("999z")).value());
    CHECK(scalar(s->db(), QStringLiteral("SELECT title_fr FROM code_systems WHERE system = 'pcs'")).toString() == QStringLiteral("PCS-ESE 2017"));
    CHECK(count(*s, QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'import' AND outcome = 'success' "
                                   "AND resource = 'thesaurus.pcs'")) == 2);
    // The same version again, a shipped name: refused.
    auto again = ThesaurusStore::importFile(*s, QStringLiteral("pcs"), QStringLiteral("2020"),
                                            test::writeTemp(dir, QStringLiteral("pcs3.csv"), v2));
    CHECK(again.error().code == core::ErrorCode::Invalid);
    auto shipped = ThesaurusStore::importFile(*s, QStringLiteral("naf"), QStringLiteral("2025"),
                                              test::writeTemp(dir, QStringLiteral("naf.csv"), v2));
    CHECK(shipped.error().code == core::ErrorCode::Invalid);
    CHECK(scalar(s->db(), QStringLiteral("SELECT version FROM code_systems WHERE system = 'naf'")).toString() ==
          Shipped::find(QStringLiteral("naf"))->meta.version);
}

TEST_CASE("a bad file is refused with its line number and nothing is loaded")
{
    test::ThesaurusDb d;
    auto s = d.session();
    QTemporaryDir dir;
    REQUIRE(ThesaurusStore::importFile(*s, QStringLiteral("pcs"), QStringLiteral("2017"),
                                       test::writeTemp(dir, QStringLiteral("pcs.csv"), PcsV1)));
    const qint64 codesBefore = count(*s, QStringLiteral("SELECT count(*) FROM codes"));
    const qint64 versionsBefore = count(*s, QStringLiteral("SELECT count(*) FROM code_system_versions"));

    // A duplicate code on line 6, after four good rows: nothing of it may reach the database.
    const QByteArray bad = "code,label_fr\n"
                           "A1,Un\n"
                           "A2,Deux\n"
                           "A3,Trois\n"
                           "A4,Quatre\n"
                           "A2,Deux encore\n";
    for (const char* system : {"pcs", "other"}) {
        auto r = ThesaurusStore::importFile(*s, QLatin1String(system), QStringLiteral("2099"),
                                            test::writeTemp(dir, QStringLiteral("bad.csv"), bad));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == core::ErrorCode::Invalid);
        INFO(r.error().message.toStdString());
        CHECK(r.error().message.contains(QStringLiteral("bad.csv, line 6: ")));
        CHECK(r.error().message.contains(QStringLiteral("line 3")));
    }
    CHECK(count(*s, QStringLiteral("SELECT count(*) FROM codes")) == codesBefore);
    CHECK(count(*s, QStringLiteral("SELECT count(*) FROM code_system_versions")) == versionsBefore);
    CHECK(count(*s, QStringLiteral("SELECT count(*) FROM code_systems WHERE system = 'other'")) == 0);
    CHECK(scalar(s->db(), QStringLiteral("SELECT version FROM code_systems WHERE system = 'pcs'")).toString() == QStringLiteral("2017"));
    CHECK(codesOf(find(*s, "pcs", QStringLiteral("vitae"))) == QStringList{QStringLiteral("999z")});
    CHECK(count(*s, QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'import' AND outcome = 'failure' "
                                   "AND detail LIKE '%reason=line6%'")) == 2);
    // An unreadable file.
    CHECK(ThesaurusStore::importFile(*s, QStringLiteral("pcs"), QStringLiteral("2099"), dir.filePath(QStringLiteral("none.csv")))
              .error().code == core::ErrorCode::Invalid);
}

TEST_CASE("only an administrator may import, a refusal is audited, anyone signed in may search and list")
{
    test::ThesaurusDb d;
    QTemporaryDir dir;
    const QString file = test::writeTemp(dir, QStringLiteral("pcs.csv"), PcsV1);
    for (Role role : {Role::Physician, Role::Nurse, Role::Planner, Role::Director, Role::Iprp}) {
        auto s = d.session(role, QStringLiteral("user%1").arg(int(role)));
        auto r = ThesaurusStore::importFile(*s, QStringLiteral("pcs"), QStringLiteral("2017"), file);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == core::ErrorCode::Denied);
        CHECK(count(*s, QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'import' AND outcome = 'denied' AND account = 'user%1'")
                            .arg(int(role))) == 1);
        CHECK(ThesaurusStore::listSystems(*s).ok());
        CHECK(ThesaurusStore::search(*s, QStringLiteral("naf"), QStringLiteral("62")).ok());
    }
    auto admin = d.session();
    CHECK(count(*admin, QStringLiteral("SELECT count(*) FROM code_systems WHERE system = 'pcs'")) == 0);
    CHECK(storage::AuditTrail::verify(admin->db()).value().intact);
}
