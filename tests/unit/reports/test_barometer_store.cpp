// The barometer's health data by body system (issue 16 part 5): the groups of the health_problem list
// (thesaurus/lists/health_problem.csv) that closed consultations code in dmst_consultations.problem_codes,
// counted per worker and per group for the company and its branch (same NAF division), on a worked
// example computed by hand: drafts, corrections, other years, other divisions and merged identities
// are out. The published document never shows a cell from 1 to 4.
#include "TestSupport.h"
#include "catch_qt.h"

#include "reports/BarometerStore.h"
#include "security/AccountStore.h"
#include "security/SignIn.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace vigie;
using namespace vigie::reports;

namespace {
const QString Password = QStringLiteral("Clef-Solide-2026!");

void exec(storage::Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        FAIL(q.lastError().text().toStdString() + " in " + sql.toStdString());
}

const QStringList HealthCodes{QStringLiteral("CARDIOVASCULAR"), QStringLiteral("MUSCULOSKELETAL"), QStringLiteral("MENTAL_HEALTH"),
                              QStringLiteral("RESPIRATORY"),    QStringLiteral("SKIN"),            QStringLiteral("HEARING"),
                              QStringLiteral("OTHER")};

struct HealthExample {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("baro.db"));
    core::ManualClock clock{QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC)};

    HealthExample()
    {
        auto admin = security::createDatabase(
            path, security::NewAccount{QStringLiteral("admin"), QStringLiteral("Alice Admin"), security::Role::Admin, {}}, Password, clock);
        REQUIRE(admin.ok());
        security::Session& a = *admin.value();
        REQUIRE(security::AccountStore::create(a, security::NewAccount{QStringLiteral("directeur"), QStringLiteral("directeur"), security::Role::Director,
                                                                       QStringLiteral("10003456789")},
                                               Password)
                    .ok());
        REQUIRE(security::AccountStore::create(a, security::NewAccount{QStringLiteral("medecin"), QStringLiteral("medecin"), security::Role::Physician,
                                                                       QStringLiteral("10003456789")},
                                               Password)
                    .ok());
        storage::Database& db = a.db();
        const QString physician = test::scalar(db, QStringLiteral("SELECT id FROM accounts WHERE login = 'medecin'")).toString();
        exec(db, QStringLiteral("INSERT INTO enterprises(id, siren, name, hlc, updated_by) VALUES ('n1', '111111111', 'Un', 'h', 'x'), "
                                "('n2', '222222222', 'Deux', 'h', 'x'), ('n3', '333333333', 'Trois', 'h', 'x')"));
        // s1 and s2 in division 43 (the branch), s3 in division 62.
        exec(db, QStringLiteral("INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, status, member_since, hlc, updated_by) "
                                "VALUES ('s1', 'n1', '11111111100011', 'Couvreurs', 'couvreurs', '43.91A', 'active', '2020-01-01', 'h', 'x'), "
                                "('s2', 'n2', '22222222200010', 'Plombiers', 'plombiers', '43.22A', 'active', '2020-01-01', 'h', 'x'), "
                                "('s3', 'n3', '33333333300010', 'Logiciels', 'logiciels', '62.01Z', 'active', '2020-01-01', 'h', 'x')"));
        // w1..w6 at s1, w7..w12 at s2, w13 at s3, w14 at s1 merged into w1.
        for (int i = 1; i <= 14; ++i) {
            const QString w = QStringLiteral("w%1").arg(i);
            const QString e = i <= 6 || i == 14 ? QStringLiteral("s1") : i <= 12 ? QStringLiteral("s2") : QStringLiteral("s3");
            exec(db,
                 QStringLiteral("INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, "
                                "birth_name_fold, hlc, updated_by) VALUES (?, 'N', 'P', 'P', '1980-01-01', 'F', 'n', 'h', 'x')"),
                 {w});
            exec(db,
                 QStringLiteral("INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, hlc, updated_by) "
                                "VALUES (?, ?, ?, 'P', 'CDI', '2020-01-01', 'h', 'x')"),
                 {QStringLiteral("j%1").arg(i), w, e});
        }
        exec(db, QStringLiteral("UPDATE workers SET merged_into = 'w1' WHERE id = 'w14'"));
        const auto consultation = [&](const char* id, const char* w, const char* status, const char* day, const char* codes,
                                      QVariant supersedes = {}) {
            exec(db,
                 QStringLiteral("INSERT INTO dmst_consultations(id, worker_id, kind, status, visit_date, professional_id, saved_at, "
                                "problem_codes, supersedes, hlc, updated_by) VALUES (?, ?, 'EMA', ?, ?, ?, 'x', ?, ?, 'h', 'x')"),
                 {QString::fromLatin1(id), QString::fromLatin1(w), QString::fromLatin1(status), QString::fromLatin1(day), physician,
                  QString::fromLatin1(codes), supersedes});
        };
        consultation("c1", "w1", "closed", "2026-01-01", "MUSCULOSKELETAL MENTAL_HEALTH"); // the year's first day
        consultation("c2", "w2", "closed", "2026-12-31", "MUSCULOSKELETAL");               // its last day
        consultation("c3", "w3", "closed", "2026-03-01", "MUSCULOSKELETAL");
        consultation("c3b", "w3", "closed", "2026-09-01", "MUSCULOSKELETAL");              // same worker, same group: once
        consultation("c4", "w4", "draft", "2026-05-01", "MUSCULOSKELETAL");                // a draft: out
        consultation("c5", "w5", "closed", "2025-12-31", "HEARING");                       // the year before: out
        consultation("c5b", "w5", "closed", "2027-01-01", "HEARING");                      // the year after: out
        consultation("c6", "w6", "closed", "2026-04-01", "SKIN");                          // corrected by c6b
        consultation("c6b", "w6", "closed", "2026-04-02", "OTHER", QStringLiteral("c6"));
        consultation("c14", "w14", "closed", "2026-04-01", "RESPIRATORY");                 // merged identity: out
        for (int i = 7; i <= 11; ++i) {
            const QByteArray id = "c" + QByteArray::number(i), w = "w" + QByteArray::number(i);
            consultation(id.constData(), w.constData(), "closed", "2026-06-01", "MUSCULOSKELETAL");
        }
        consultation("c12", "w12", "closed", "2026-06-01", "MENTAL_HEALTH HEARING");
        consultation("c13", "w13", "closed", "2026-06-01", "CARDIOVASCULAR");              // division 62: not the branch
    }

    std::unique_ptr<security::Session> as(const QString& login)
    {
        auto s = security::signIn(path, login, Password, clock);
        REQUIRE(s.ok());
        return std::move(s.value());
    }
};

qint64 countOf(const QList<QPair<QString, qint64>>& values, const QString& code)
{
    for (const auto& [c, n] : values)
        if (c == code)
            return n;
    FAIL("no " << code.toStdString());
    return -1;
}
} // namespace

TEST_CASE("the health_problem list the barometer counts is the one shipped in the thesaurus")
{
    QFile csv(qEnvironmentVariable("VIGIE_SOURCE_DIR") + QStringLiteral("/thesaurus/lists/health_problem.csv"));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    QStringList shipped;
    for (const QByteArray& line : csv.readAll().split('\n').mid(1))
        if (!line.trimmed().isEmpty())
            shipped << QString::fromUtf8(line.left(line.indexOf(',')));
    CHECK(shipped == HealthCodes);
}

TEST_CASE("barometer health data: workers per group of health problems coded in the year's closed consultations")
{
    HealthExample ex;
    auto director = ex.as(QStringLiteral("directeur"));
    auto r = BarometerStore::collect(*director, Scope::parse(QStringLiteral("establishment:11111111100011")).value(), 2026, 5);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    const BarometerData& d = r.value();
    CHECK(d.division == QStringLiteral("43"));
    CHECK(d.ownWorkers == 6);     // w1..w6 (w14 merged)
    CHECK(d.branchWorkers == 12); // w1..w12
    CHECK(d.branchEstablishments == 2);
    CHECK(d.healthNotComputed.isEmpty());
    const BarometerGroup* health = nullptr;
    for (const BarometerGroup& g : d.groups)
        if (g.own.size() == HealthCodes.size() && g.own.value(0).first == HealthCodes.first())
            health = &g;
    REQUIRE(health != nullptr);
    for (int i = 0; i < HealthCodes.size(); ++i) {
        CHECK(health->own.at(i).first == HealthCodes.at(i));
        CHECK(health->branch.at(i).first == HealthCodes.at(i));
    }
    struct Row {
        const char* code;
        qint64 own;    // s1
        qint64 branch; // s1 + s2
    };
    const Row rows[] = {
        {"CARDIOVASCULAR", 0, 0},  // w13 is in division 62
        {"MUSCULOSKELETAL", 3, 8}, // w1 w2 w3 (twice, once) / + w7..w11; w4's draft is out
        {"MENTAL_HEALTH", 1, 2},   // w1 / + w12
        {"RESPIRATORY", 0, 0},     // w14 merged into w1: not followed
        {"SKIN", 0, 0},            // c6 corrected by c6b
        {"HEARING", 0, 1},         // w5 in 2025 and 2027: out / w12
        {"OTHER", 1, 1},           // w6 (c6b)
    };
    for (const Row& row : rows) {
        INFO(row.code);
        CHECK(countOf(health->own, QString::fromLatin1(row.code)) == row.own);
        CHECK(countOf(health->branch, QString::fromLatin1(row.code)) == row.branch);
    }

    // The published document: groups by their labels, no cell from 1 to 4 (the company's 3 and 1 read
    // "< 5", the branch's 8 is published).
    const QString html = barometerDocument(d).html;
    CHECK(html.contains(QStringLiteral("Musculoskeletal disorders")));
    CHECK(html.contains(QStringLiteral("Heart and vessels")));
    CHECK(html.contains(QStringLiteral(">8<")));
    CHECK_FALSE(html.contains(QStringLiteral(">3<")));
    CHECK_FALSE(html.contains(QStringLiteral(">1<")));
    CHECK_FALSE(html.contains(QStringLiteral("not yet coded")));
    CHECK(html.contains(QStringLiteral("a worker counts once in each group noted for him")));

    // Under the minimum, the company's own column is not shown at all.
    auto alone = BarometerStore::collect(*director, Scope::parse(QStringLiteral("establishment:11111111100011")).value(), 2026, 20);
    REQUIRE(alone.ok());
    CHECK_FALSE(showsOwnFigures(alone.value()));
    CHECK_FALSE(barometerDocument(alone.value()).html.contains(QStringLiteral("The company</th>")));
}

TEST_CASE("barometer health data for an enterprise by SIREN, and refused to a physician")
{
    HealthExample ex;
    auto director = ex.as(QStringLiteral("directeur"));
    auto r = BarometerStore::collect(*director, Scope::parse(QStringLiteral("siren:222222222")).value(), 2026, 5);
    REQUIRE(r.ok());
    CHECK(r.value().ownWorkers == 6); // w7..w12
    const BarometerGroup& health = r.value().groups.last();
    REQUIRE(health.own.size() == HealthCodes.size());
    CHECK(countOf(health.own, QStringLiteral("MUSCULOSKELETAL")) == 5);
    CHECK(countOf(health.own, QStringLiteral("MENTAL_HEALTH")) == 1);
    CHECK(countOf(health.own, QStringLiteral("HEARING")) == 1);
    CHECK(countOf(health.own, QStringLiteral("OTHER")) == 0);
    CHECK(test::scalar(director->db(), QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'report.barometer' AND outcome = 'allowed'"))
              .toInt() == 1);

    auto physician = ex.as(QStringLiteral("medecin"));
    CHECK(BarometerStore::collect(*physician, Scope::parse(QStringLiteral("siren:222222222")).value(), 2026).error().code ==
          core::ErrorCode::Denied);
}
