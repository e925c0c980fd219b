// The offer's indicators counted by IndicatorStore on a worked example whose numerators and
// denominators are computed by hand below: boundary days of the window and the period, a merged
// worker, ended employments, a suspended and a withdrawn member, cancelled requests, no-shows, one scope
// per kind, the small-cell rule at 4 and 5 on real rows, and who may compute them (refusals audited).
#include "TestSupport.h"
#include "catch_qt.h"

#include "reports/ActivityStore.h"
#include "reports/IndicatorStore.h"
#include "unit/pdp/RetentionExample.h"
#include "workforce/IdentityStore.h"
#include "reports/SurveyStore.h"
#include "security/AccountStore.h"
#include "security/SignIn.h"

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

const IndicatorResult& find(const QList<IndicatorResult>& results, const char* code)
{
    for (const IndicatorResult& r : results)
        if (r.code == QLatin1String(code))
            return r;
    FAIL(std::string("no indicator ") + code);
    return results.first();
}

// Checks a computed indicator's figures; den < 0: a count.
void expect(const QList<IndicatorResult>& results, const char* code, qint64 num, qint64 den, std::optional<double> value)
{
    INFO(code);
    const IndicatorResult& r = find(results, code);
    CHECK(r.status == IndicatorStatus::Computed);
    CHECK(r.numerator == num);
    if (den >= 0)
        CHECK(r.denominator == den);
    else
        CHECK_FALSE(r.denominator.has_value());
    CHECK(r.value.has_value() == value.has_value());
    if (value && r.value)
        CHECK(*r.value == Approx(*value));
}

struct WorkedExample {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("ind.db"));
    core::ManualClock clock{QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC)};
    QString physicianId;

    WorkedExample()
    {
        auto admin = security::createDatabase(
            path, security::NewAccount{QStringLiteral("admin"), QStringLiteral("Alice Admin"), security::Role::Admin, {}}, Password, clock);
        REQUIRE(admin.ok());
        security::Session& a = *admin.value();
        const QString adminId = a.account().id;
        for (const auto& [login, role] : {std::pair{QStringLiteral("directeur"), security::Role::Director},
                                          std::pair{QStringLiteral("medecin"), security::Role::Physician},
                                          std::pair{QStringLiteral("planif"), security::Role::Planner}})
            REQUIRE(security::AccountStore::create(a, security::NewAccount{login, login, role, QStringLiteral("10003456789")}, Password).ok());
        storage::Database& db = a.db();
        physicianId = test::scalar(db, QStringLiteral("SELECT id FROM accounts WHERE login = 'medecin'")).toString();
        const QString h = QStringLiteral("'h', 'x'");

        exec(db, QStringLiteral("INSERT INTO enterprises(id, siren, name, hlc, updated_by) VALUES ('n1', '111111111', 'Un', 'h', 'x'), "
                                "('n2', '222222222', 'Deux', 'h', 'x'), ('n3', '333333333', 'Trois', 'h', 'x')"));
        // s1 member since 2020; s2 suspended on D itself; s3 member from D (no history); s4 member
        // from the day after D; s5 withdrew during the period.
        const auto est = [&](const char* id, const char* ent, const char* siret, const char* naf, const char* status, QVariant since) {
            exec(db,
                 QStringLiteral("INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, status, member_since, hlc, "
                                "updated_by) VALUES (?, ?, ?, 'N', 'n', ?, ?, ?, 'h', 'x')"),
                 {QString::fromLatin1(id), QString::fromLatin1(ent), QString::fromLatin1(siret), QString::fromLatin1(naf),
                  QString::fromLatin1(status), since});
        };
        est("s1", "n1", "11111111100011", "43.21A", "active", QStringLiteral("2020-01-01"));
        est("s2", "n1", "11111111100029", "43.29B", "suspended", QStringLiteral("2020-01-01"));
        est("s3", "n2", "22222222200010", "62.01Z", "active", QStringLiteral("2026-12-31"));
        est("s4", "n2", "22222222200028", "62.01Z", "active", QStringLiteral("2027-01-01"));
        est("s5", "n3", "33333333300010", "43.21A", "left", QStringLiteral("2020-01-01"));
        const auto history = [&](const char* id, const char* e, const char* status, const char* since) {
            exec(db,
                 QStringLiteral("INSERT INTO establishment_status_history(id, establishment_id, status, since, recorded_at, hlc, updated_by) "
                                "VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', 'h', 'x')"),
                 {QString::fromLatin1(id), QString::fromLatin1(e), QString::fromLatin1(status), QString::fromLatin1(since)});
        };
        history("h1", "s1", "active", "2020-01-01");
        history("h2", "s2", "active", "2020-01-01");
        history("h3", "s2", "suspended", "2026-12-31");
        history("h4", "s5", "active", "2020-01-01");
        history("h5", "s5", "left", "2026-06-30");
        exec(db, QStringLiteral("INSERT INTO teams(id, name, physician_id, hlc, updated_by) VALUES ('T1', 'Un', ?, 'h', 'x'), "
                                "('T2', 'Deux', ?, 'h', 'x')"),
             {physicianId, adminId});
        exec(db, QStringLiteral("INSERT INTO team_establishments(id, team_id, establishment_id, hlc, updated_by) VALUES "
                                "('te1', 'T1', 's1', 'h', 'x'), ('te2', 'T1', 's2', 'h', 'x'), ('te3', 'T2', 's3', 'h', 'x'), "
                                "('te4', 'T2', 's4', 'h', 'x')"));

        for (int i = 1; i <= 9; ++i)
            exec(db,
                 QStringLiteral("INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, "
                                "birth_name_fold, hlc, updated_by) VALUES (?, 'N', 'P', 'P', '1980-01-01', 'F', 'n', 'h', 'x')"),
                 {QStringLiteral("w%1").arg(i)});
        exec(db, QStringLiteral("UPDATE workers SET merged_into = 'w1' WHERE id = 'w7'"));
        int jobs = 0;
        const auto job = [&](const char* w, const char* e, const char* start, QVariant end) {
            exec(db,
                 QStringLiteral("INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, end_date, "
                                "hlc, updated_by) VALUES (?, ?, ?, 'P', 'CDI', ?, ?, 'h', 'x')"),
                 {QStringLiteral("j%1").arg(++jobs), QString::fromLatin1(w), QString::fromLatin1(e), QString::fromLatin1(start), end});
        };
        // Followed at D = 2026-12-31: w1, w2 (ends on D), w5 (starts on D at s3), w9 (two jobs) = 4.
        job("w1", "s1", "2020-01-01", QVariant());
        job("w2", "s1", "2020-01-01", QStringLiteral("2026-12-31"));
        job("w3", "s1", "2020-01-01", QStringLiteral("2026-12-30")); // ended the day before D
        job("w4", "s2", "2020-01-01", QVariant());                   // suspended member
        job("w5", "s3", "2026-12-31", QVariant());
        job("w6", "s4", "2020-01-01", QVariant());                   // not yet a member at D
        job("w7", "s1", "2020-01-01", QVariant());                   // merged into w1
        job("w8", "s1", "2027-01-01", QVariant());                   // starts after D
        job("w9", "s1", "2021-01-01", QVariant());
        job("w9", "s3", "2026-12-31", QVariant());
        (void)h;

        // Company sheets: s1 validated on the window's first day (in), s3 the day before (out), s2 in
        // but not a member.
        const auto sheet = [&](const char* id, const char* e, const char* at) {
            exec(db,
                 QStringLiteral("INSERT INTO companysheet_versions(id, establishment_id, number, author_id, author_name, validated_at, "
                                "content, prev_hash, hash, hlc, updated_by) VALUES (?, ?, 1, ?, 'A', ?, '{}', ?, ?, 'h', 'x')"),
                 {QString::fromLatin1(id), QString::fromLatin1(e), adminId, QString::fromLatin1(at), QString(64, QLatin1Char('0')),
                  QString(64, QLatin1Char('1'))});
        };
        sheet("v1", "s1", "2022-01-01T08:00:00.000Z");
        sheet("v3", "s3", "2021-12-31T10:00:00.000Z");
        sheet("v2", "s2", "2026-01-01T10:00:00.000Z");

        int visits = 0;
        const auto visit = [&](const char* w, const char* kind, const char* date, const char* status) {
            exec(db,
                 QStringLiteral("INSERT INTO visits(id, worker_id, kind, visit_date, status, hlc, updated_by) VALUES (?, ?, ?, ?, ?, 'h', 'x')"),
                 {QStringLiteral("vi%1").arg(++visits), QString::fromLatin1(w), QString::fromLatin1(kind), QString::fromLatin1(date),
                  QString::fromLatin1(status)});
        };
        visit("w1", "EMA", "2022-01-01", "done");      // window's first day: seen
        visit("w2", "EMA", "2021-12-31", "done");      // the day before the window
        visit("w2", "EMA", "2026-05-01", "no_show");
        visit("w2", "EMA", "2026-05-02", "cancelled");
        visit("w2", "EMA", "2027-01-05", "planned");
        visit("w5", "VIP", "2026-12-31", "done");      // on D: seen
        visit("w7", "EMA", "2026-01-01", "done");      // merged identity: never counted
        visit("w3", "VIP", "2026-04-02", "done");      // late answer to q2 (w3 not followed)
        visit("w1", "PRE_RETURN", "2025-03-01", "done");
        visit("w3", "PRE_RETURN", "2025-12-31", "done"); // a year later, w3's job had ended
        visit("w4", "PRE_RETURN", "2024-12-31", "done"); // before the shifted period
        visit("w6", "PRE_RETURN", "2025-05-01", "no_show");
        visit("w9", "PRE_RETURN", "2025-02-01", "done");
        visit("w9", "PRE_RETURN", "2025-06-01", "done");
        // Seen within W: w1, w5, w9 (pre-return visits are performed visits) → 3 of 4.

        exec(db, QStringLiteral("INSERT INTO dmst_consultations(id, worker_id, kind, status, visit_date, professional_id, saved_at, hlc, "
                                "updated_by) VALUES ('c1', 'w1', 'EMA', 'closed', '2022-01-01', ?, 'x', 'h', 'x'), "
                                "('c2', 'w5', 'VIP', 'draft', '2026-12-31', ?, 'x', 'h', 'x')"),
             {physicianId, physicianId});
        int docs = 0;
        const auto doc = [&](const char* w, const char* kind, const char* status, const char* issued, QVariant supersedes = {}) {
            const QString id = QStringLiteral("d%1").arg(++docs);
            exec(db,
                 QStringLiteral("INSERT INTO dmst_documents(id, worker_id, kind, status, issued_on, supersedes, hlc, updated_by) "
                                "VALUES (?, ?, ?, ?, ?, ?, 'h', 'x')"),
                 {id, QString::fromLatin1(w), QString::fromLatin1(kind), QString::fromLatin1(status), QString::fromLatin1(issued), supersedes});
            return id;
        };
        doc("w1", "adjustment", "signed", "2026-01-01");          // d1: period's first day
        doc("w3", "adjustment", "signed", "2026-12-31");          // d2: on D (w3 not followed)
        doc("w9", "adjustment", "draft", "2026-05-01");           // d3: not signed
        doc("w9", "adjustment", "signed", "2025-12-31");          // d4: before the period
        const QString d5 = doc("w9", "adjustment", "signed", "2026-06-01");
        doc("w9", "adjustment", "signed", "2026-06-02", d5);      // d6 corrects d5: one proposal
        doc("w9", "prevention_order", "signed", "2026-03-01");    // advice to w9
        doc("w2", "prevention_order", "draft", "2026-03-01");     // not signed

        // Visit requests due in 2026 (period): q1 on time through its appointment, q2 late, q3
        // cancelled, q4 asked by the worker, q5 due before the period, q6 due on D and open, q7 due after.
        exec(db, QStringLiteral("INSERT INTO agenda_places(id, kind, name, hlc, updated_by) VALUES ('p1', 'centre', 'C', 'h', 'x')"));
        const auto request = [&](const char* id, const char* w, const char* e, const char* origin, const char* status,
                                 const char* requested, const char* due) {
            exec(db,
                 QStringLiteral("INSERT INTO visit_requests(id, worker_id, establishment_id, kind, reason, requested_on, due_by, performer, "
                                "basis, status, origin, hlc, updated_by) VALUES (?, ?, ?, 'VIP', 'other', ?, ?, 'MT', 'R', ?, ?, 'h', 'x')"),
                 {QString::fromLatin1(id), QString::fromLatin1(w), QString::fromLatin1(e), QString::fromLatin1(requested),
                  QString::fromLatin1(due), QString::fromLatin1(status), QString::fromLatin1(origin)});
        };
        request("q1", "w2", "s1", "company", "done", "2026-01-10", "2026-02-10");
        request("q2", "w3", "s1", "company", "open", "2026-03-01", "2026-03-31");
        request("q3", "w1", "s1", "company", "cancelled", "2026-03-01", "2026-03-31");
        request("q4", "w1", "s1", "worker", "open", "2026-03-01", "2026-03-31");
        request("q5", "w1", "s1", "company", "open", "2025-11-01", "2025-12-31");
        request("q6", "w2", "s3", "company", "open", "2026-12-01", "2026-12-31");
        request("q7", "w5", "s3", "company", "open", "2026-12-20", "2027-01-15");
        exec(db, QStringLiteral("INSERT INTO appointments(id, worker_id, request_id, kind, performer, due_by, basis, professional_id, "
                                "place_id, day, start_time, end_time, status, booked_on, booked_by, hlc, updated_by) VALUES "
                                "('ap1', 'w2', 'q1', 'VIP', 'MT', '2026-02-10', 'R', ?, 'p1', '2026-02-10', '09:00', '09:30', 'done', "
                                "'2026-01-11', ?, 'h', 'x'), "
                                "('ap2', 'w2', 'q1', 'VIP', 'MT', '2026-02-10', 'R', ?, 'p1', '2026-02-03', '09:00', '09:30', 'no_show', "
                                "'2026-01-11', ?, 'h', 'x')"),
             {physicianId, adminId, physicianId, adminId});

        // Workplace actions within W.
        const auto action = [&](const char* id, const char* e, const char* code, const char* date) {
            exec(db,
                 QStringLiteral("INSERT INTO workplace_actions(id, establishment_id, kind, code, action_date, title, recorded_at, "
                                "recorded_by, hlc, updated_by) VALUES (?, ?, 'advice', ?, ?, 'T', 'x', ?, 'h', 'x')"),
                 {QString::fromLatin1(id), QString::fromLatin1(e), QString::fromLatin1(code), QString::fromLatin1(date), adminId});
        };
        action("a1", "s1", "AWARENESS", "2022-01-01");    // awareness + primary, window's first day
        action("a2", "s1", "POST_STUDY", "2026-06-01");   // advice + primary
        action("a3", "s3", "AFP_SEASONAL", "2021-12-31"); // before the window
        action("a4", "s3", "CSE_MEETING", "2026-12-31");  // advice only, on D
        action("a5", "s2", "AWARENESS", "2026-03-01");    // not a member at D
        const auto participant = [&](const char* id, const char* actionId, const char* w) {
            exec(db, QStringLiteral("INSERT INTO workplace_action_participants(id, action_id, worker_id, hlc, updated_by) "
                                    "VALUES (?, ?, ?, 'h', 'x')"),
                 {QString::fromLatin1(id), QString::fromLatin1(actionId), QString::fromLatin1(w)});
        };
        participant("pa1", "a1", "w1"); // awareness
        participant("pa2", "a2", "w2"); // advice
        participant("pa3", "a1", "w3"); // not followed
        participant("pa4", "a3", "w9"); // action before the window

        // Long-term conditions: w1 (with a proposal d1 in W), w5 noted on D, w2 ended before D, w3 not followed.
        exec(db, QStringLiteral("INSERT INTO dmst_long_term_conditions(id, worker_id, noted_on, ended_on, noted_by, hlc, updated_by) VALUES "
                                "('l1', 'w1', '2024-01-01', NULL, ?, 'h', 'x'), ('l2', 'w5', '2026-12-31', NULL, ?, 'h', 'x'), "
                                "('l3', 'w2', '2024-01-01', '2026-12-30', ?, 'h', 'x'), ('l4', 'w3', '2024-01-01', NULL, ?, 'h', 'x')"),
             {physicianId, physicianId, physicianId, physicianId});

        // Satisfaction: interface 5 and 4 on the period's boundary days, 3 inside, 1 and 5 outside.
        int answers = 0;
        const auto answer = [&](const char* question, const char* date, int score, QVariant e = {}) {
            exec(db,
                 QStringLiteral("INSERT INTO satisfaction_answers(id, question, answered_on, score, establishment_id, recorded_at, "
                                "recorded_by, hlc, updated_by) VALUES (?, ?, ?, ?, ?, 'x', ?, 'h', 'x')"),
                 {QStringLiteral("sa%1").arg(++answers), QString::fromLatin1(question), QString::fromLatin1(date), score, e, adminId});
        };
        answer("membership_interface", "2026-01-01", 5, QStringLiteral("s1"));
        answer("membership_interface", "2026-12-31", 4);
        answer("membership_interface", "2026-06-01", 3);
        answer("membership_interface", "2025-12-31", 1);
        answer("membership_interface", "2027-01-01", 5);
    }

    std::unique_ptr<security::Session> as(const QString& login)
    {
        auto s = security::signIn(path, login, Password, clock);
        REQUIRE(s.ok());
        return std::move(s.value());
    }
};

const Period Year2026 = Period{QDate(2026, 1, 1), QDate(2026, 12, 31)};
} // namespace

TEST_CASE("indicators for the service on the worked example, every figure computed by hand")
{
    WorkedExample ex;
    auto director = ex.as(QStringLiteral("directeur"));
    auto r = IndicatorStore::compute(*director, Year2026, Scope::parse(QStringLiteral("service")).value());
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    const QList<IndicatorResult>& res = r.value();
    REQUIRE(res.size() == 18);
    for (int i = 0; i < 18; ++i)
        CHECK(res.at(i).code == offerIndicators().at(i).code);

    // Members at D: s1, s3 (s2 suspended on D, s4 from the day after, s5 withdrew). Followed: w1 w2 w5 w9.
    expect(res, "FE_ESTABLISHMENTS", 1, 2, 50.0);           // s1 (sheet on the window's first day)
    expect(res, "FE_WORKERS", 3, 4, 75.0);                  // w1 w2 w9 at s1
    expect(res, "WORKERS_SEEN", 3, 4, 75.0);                // w1 w5 w9; not w2 (no-show, cancelled, before W, planned)
    expect(res, "REQUESTS_ON_TIME", 1, 3, 33.3);            // q1 of q1 q2 q6
    expect(res, "DMST_COMPUTERISED", 2, 3, 66.7);           // w1 closed consultation, w9 signed documents; w5 draft only
    expect(res, "AWARENESS_ESTABLISHMENTS", 1, 2, 50.0);    // s1 (a1); a3 before W, a5 at s2
    expect(res, "ADVICE_ESTABLISHMENTS", 2, 2, 100.0);      // s1 (a2), s3 (a4 on D)
    expect(res, "PRIMARY_PREVENTION_ESTABLISHMENTS", 1, 2, 50.0); // s1; CSE_MEETING is not primary prevention
    expect(res, "ADVICE_WORKERS", 2, 4, 50.0);              // w2 participant of a2, w9 signed prevention order
    expect(res, "AWARENESS_WORKERS", 1, 4, 25.0);           // w1; w3 not followed, w9's action before W
    expect(res, "ADJUSTMENT_PROPOSALS", 3, -1, 3.0);        // d1, d2, d6 (d5 corrected by d6)
    expect(res, "SOCIAL_SUPPORT_PEOPLE", 0, -1, 0.0);       // no job-retention case here (see the retention test)
    expect(res, "KEPT_AFTER_PRE_RETURN", 2, 3, 66.7);       // w1, w9 of w1 w3 w9 (w4 before, w6 no-show)
    expect(res, "ALD_WITH_RECOMMENDATION", 1, 2, 50.0);     // w1 of w1 w5
    expect(res, "SATISFACTION_MEMBERSHIP_INTERFACE", 2, 3, 66.7);
    expect(res, "SATISFACTION_MEMBERSHIP_INFORMATION", 0, 0, std::nullopt);
    CHECK(find(res, "WORKER_ACCOUNTS").status == IndicatorStatus::NotComputed);
    CHECK(find(res, "ESTABLISHMENT_ACCOUNTS").status == IndicatorStatus::NotComputed);

    CHECK(test::scalar(director->db(), QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'report.indicators' "
                                                      "AND outcome = 'allowed' AND detail LIKE 'scope=service from=2026-01-01 to=2026-12-31%'"))
              .toInt() == 1);
}

TEST_CASE("indicators per scope: team, establishment, enterprise, NAF, small cells at 4 and 5 on real rows")
{
    WorkedExample ex;
    auto director = ex.as(QStringLiteral("directeur"));
    const auto compute = [&](const char* scope) {
        auto r = IndicatorStore::compute(*director, Year2026, Scope::parse(QString::fromLatin1(scope)).value());
        INFO(scope << " " << (r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        return r.value();
    };
    // Team T1: s1, s2 → member s1; followed w1 w2 w9. Every figure printed, small or not.
    const auto t1 = compute("team:T1");
    expect(t1, "FE_ESTABLISHMENTS", 1, 1, 100.0);
    expect(t1, "WORKERS_SEEN", 2, 3, 66.7);               // w1, w9
    expect(t1, "REQUESTS_ON_TIME", 1, 2, 50.0);           // q1, q2 at s1
    expect(t1, "ADJUSTMENT_PROPOSALS", 2, -1, 2.0);       // d1 (w1), d6 (w9); w3 not followed at D
    expect(t1, "KEPT_AFTER_PRE_RETURN", 2, 2, 100.0);     // w1, w9 (w3 not followed at D)
    expect(t1, "SATISFACTION_MEMBERSHIP_INTERFACE", 1, 1, 100.0); // the answer from s1
    // Team T2: s3, s4 → member s3; followed w5, w9.
    const auto t2 = compute("team:T2");
    expect(t2, "FE_ESTABLISHMENTS", 0, 1, 0.0);
    expect(t2, "FE_WORKERS", 0, 2, 0.0);
    expect(t2, "ADVICE_ESTABLISHMENTS", 1, 1, 100.0);
    expect(t2, "REQUESTS_ON_TIME", 0, 1, 0.0);            // q6

    // Establishment, enterprise, NAF: a figure of 1 to 4 is never printed; 0 is.
    for (const char* scope : {"establishment:11111111100011", "siren:111111111", "naf:43", "naf:43.2", "naf:43.21A"}) {
        INFO(scope);
        const auto small = compute(scope);
        const IndicatorResult& fe = find(small, "FE_ESTABLISHMENTS");
        CHECK(fe.status == IndicatorStatus::Suppressed);
        CHECK_FALSE(fe.numerator.has_value());
        CHECK_FALSE(fe.denominator.has_value());
        CHECK_FALSE(fe.value.has_value());
        CHECK(find(small, "SATISFACTION_MEMBERSHIP_INFORMATION").status == IndicatorStatus::Computed); // 0 / 0
        CHECK(find(small, "WORKER_ACCOUNTS").status == IndicatorStatus::NotComputed);
    }
    // naf:62 → s3 (s4 not a member): followed w5, w9; 0 of 2 is hidden because of the 2.
    const auto naf62 = compute("naf:62");
    CHECK(find(naf62, "AWARENESS_WORKERS").status == IndicatorStatus::Suppressed);
    CHECK(find(naf62, "ADJUSTMENT_PROPOSALS").status == IndicatorStatus::Suppressed); // a count of 1: d6 (w9)
}

TEST_CASE("small cells at 4 and 5 in the store: the fifth followed worker of an establishment publishes its figures")
{
    WorkedExample ex;
    auto director = ex.as(QStringLiteral("directeur"));
    const Scope s1 = Scope::parse(QStringLiteral("establishment:11111111100011")).value();
    const auto addWorker = [&](const QString& id) {
        exec(director->db(),
             QStringLiteral("INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, "
                            "birth_name_fold, hlc, updated_by) VALUES (?, 'N', 'P', 'P', '1980-01-01', 'M', 'n', 'h', 'x')"),
             {id});
        exec(director->db(),
             QStringLiteral("INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, hlc, updated_by) "
                            "VALUES (?, ?, 's1', 'P', 'CDI', '2026-12-31', 'h', 'x')"),
             {QStringLiteral("job-") + id, id});
    };
    // s1: followed w1 w2 w9 (3), all with the sheet of s1.
    addWorker(QStringLiteral("w10"));
    auto four = IndicatorStore::compute(*director, Year2026, s1);
    REQUIRE(four.ok());
    CHECK(find(four.value(), "FE_WORKERS").status == IndicatorStatus::Suppressed); // 4 / 4
    addWorker(QStringLiteral("w11"));
    auto five = IndicatorStore::compute(*director, Year2026, s1);
    REQUIRE(five.ok());
    expect(five.value(), "FE_WORKERS", 5, 5, 100.0);
    CHECK(find(five.value(), "WORKERS_SEEN").status == IndicatorStatus::Suppressed);    // 2 seen (w1, w9) of 5
    CHECK(find(five.value(), "AWARENESS_WORKERS").status == IndicatorStatus::Suppressed); // 1 (w1) of 5
}

TEST_CASE("indicators: director and administrator any scope, a physician his teams only, others refused and audited")
{
    WorkedExample ex;
    const Scope service = Scope::parse(QStringLiteral("service")).value();
    const Scope t1 = Scope::parse(QStringLiteral("team:T1")).value();
    const Scope t2 = Scope::parse(QStringLiteral("team:T2")).value();
    auto admin = ex.as(QStringLiteral("admin"));
    CHECK(IndicatorStore::compute(*admin, Year2026, service).ok());
    CHECK(IndicatorStore::compute(*admin, Year2026, Scope::parse(QStringLiteral("naf:62")).value()).ok());
    // An unknown team, establishment or enterprise is named, not counted as zero.
    CHECK(IndicatorStore::compute(*admin, Year2026, Scope::parse(QStringLiteral("team:nope")).value()).error().code ==
          core::ErrorCode::Invalid);
    CHECK(IndicatorStore::compute(*admin, Year2026, Scope::parse(QStringLiteral("establishment:99999999900019")).value()).error().code ==
          core::ErrorCode::Invalid);
    CHECK(IndicatorStore::compute(*admin, Year2026, Scope::parse(QStringLiteral("siren:999999999")).value()).error().code ==
          core::ErrorCode::Invalid);

    const auto denied = [&](security::Session& s) {
        return test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'report.indicators' AND outcome = 'denied'"))
            .toInt();
    };
    auto physician = ex.as(QStringLiteral("medecin"));
    auto own = IndicatorStore::compute(*physician, Year2026, t1);
    REQUIRE(own.ok());
    expect(own.value(), "WORKERS_SEEN", 2, 3, 66.7);
    const int before = denied(*physician);
    CHECK(IndicatorStore::compute(*physician, Year2026, t2).error().code == core::ErrorCode::Denied);
    CHECK(IndicatorStore::compute(*physician, Year2026, service).error().code == core::ErrorCode::Denied);
    CHECK(denied(*physician) == before + 2);

    auto planner = ex.as(QStringLiteral("planif"));
    CHECK(IndicatorStore::compute(*planner, Year2026, service).error().code == core::ErrorCode::Denied);
    CHECK(denied(*planner) == before + 3);
}

TEST_CASE("delays of the requests answered in the period: visits by kind and workplace actions")
{
    WorkedExample ex;
    auto director = ex.as(QStringLiteral("directeur"));
    storage::Database& db = director->db();
    const QString dir = test::scalar(db, QStringLiteral("SELECT id FROM accounts WHERE login = 'directeur'")).toString();
    // Requests for actions at s1: 10 and 40 days, one answered before the period, one cancelled.
    exec(db, QStringLiteral("INSERT INTO workplace_action_requests(id, establishment_id, requested_on, subject, status, answered_on, "
                            "recorded_at, recorded_by, hlc, updated_by) VALUES "
                            "('r1', 's1', '2026-01-01', 'S', 'answered', '2026-01-11', 'x', ?1, 'h', 'x'), "
                            "('r2', 's1', '2026-02-01', 'S', 'answered', '2026-03-13', 'x', ?1, 'h', 'x'), "
                            "('r3', 's1', '2025-12-01', 'S', 'answered', '2025-12-31', 'x', ?1, 'h', 'x'), "
                            "('r4', 's1', '2026-02-01', 'S', 'cancelled', NULL, 'x', ?1, 'h', 'x')"),
         {dir});
    auto rows = IndicatorStore::delays(*director, Year2026, Scope::parse(QStringLiteral("service")).value());
    INFO((rows ? QString() : rows.error().message).toStdString());
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 2);
    // q1: requested 2026-01-10, its appointment took place on 2026-02-10, its latest date: 31 days, on time.
    CHECK(rows.value().at(0).kind == QStringLiteral("VIP"));
    CHECK(rows.value().at(0).stats.count == 1);
    CHECK(*rows.value().at(0).stats.median == Approx(31.0));
    CHECK(*rows.value().at(0).stats.shareWithinTarget == Approx(100.0));
    const DelayStats& actions = rows.value().at(1).stats;
    CHECK(rows.value().at(1).kind == QStringLiteral("WORKPLACE_ACTION"));
    CHECK(actions.count == 2);
    CHECK(*actions.median == Approx(25.0));
    CHECK(*actions.p90 == 40);
    CHECK(*actions.shareWithinTarget == Approx(50.0)); // 10 days within 30, 40 not
    // An establishment's 2 answers are a small cell.
    auto one = IndicatorStore::delays(*director, Year2026, Scope::parse(QStringLiteral("establishment:11111111100011")).value());
    REQUIRE(one.ok());
    CHECK(one.value().last().stats.suppressed);
    auto planner = ex.as(QStringLiteral("planif"));
    CHECK(IndicatorStore::delays(*planner, Year2026, Scope::parse(QStringLiteral("service")).value()).error().code == core::ErrorCode::Denied);
}

TEST_CASE("satisfaction answers and long-term conditions recorded through their store feed the indicators")
{
    WorkedExample ex;
    auto director = ex.as(QStringLiteral("directeur"));
    auto answers = parseSatisfactionCsv("question;answered_on;score;siret\n"
                                        "membership_information;2026-02-01;5;22222222200010\n"
                                        "membership_information;2026-02-02;2;\n",
                                        ex.clock.today());
    REQUIRE(answers.ok());
    auto n = SurveyStore::recordAnswers(*director, answers.value(), QStringLiteral("enquete-2026.csv"));
    REQUIRE(n.ok());
    CHECK(n.value() == 2);
    auto unknown = SurveyStore::recordAnswers(*director, {SatisfactionAnswer{QStringLiteral("membership_information"), QDate(2026, 2, 1), 5,
                                                                             QStringLiteral("99999999900019")}});
    CHECK(unknown.error().code == core::ErrorCode::Invalid);
    auto planner = ex.as(QStringLiteral("planif"));
    CHECK(SurveyStore::recordAnswers(*planner, answers.value()).error().code == core::ErrorCode::Denied);
    CHECK(test::scalar(planner->db(), QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'satisfaction' AND outcome = 'denied'")).toInt() == 1);

    // The physician of team T1 notes an ALD for w9 (followed at s1): 2 of 3 now with a proposal (w1, w9 d6).
    auto physician = ex.as(QStringLiteral("medecin"));
    REQUIRE(SurveyStore::noteLongTermCondition(*physician, QStringLiteral("w9"), QDate(2026, 1, 5)).ok());
    CHECK_FALSE(SurveyStore::noteLongTermCondition(*physician, QStringLiteral("w9"), QDate(2026, 1, 6)).ok()); // already in force
    // The director never writes a record.
    CHECK(SurveyStore::noteLongTermCondition(*director, QStringLiteral("w1"), QDate(2026, 1, 5)).error().code == core::ErrorCode::Denied);

    auto r = IndicatorStore::compute(*director, Year2026, Scope::parse(QStringLiteral("service")).value());
    REQUIRE(r.ok());
    expect(r.value(), "SATISFACTION_MEMBERSHIP_INFORMATION", 1, 2, 50.0);
    expect(r.value(), "ALD_WITH_RECOMMENDATION", 2, 3, 66.7);
    REQUIRE(SurveyStore::endLongTermCondition(*physician, QStringLiteral("w9"), QDate(2026, 12, 30)).ok());
    auto after = IndicatorStore::compute(*director, Year2026, Scope::parse(QStringLiteral("service")).value());
    REQUIRE(after.ok());
    expect(after.value(), "ALD_WITH_RECOMMENDATION", 1, 2, 50.0); // ended the day before D
}

TEST_CASE("two identities that took part in the same action merge into one participant, counted once")
{
    WorkedExample ex;
    auto director = ex.as(QStringLiteral("directeur"));
    // w9 also attended the awareness action a1 that w1 attended; then w9 turns out to be w1.
    exec(director->db(), QStringLiteral("INSERT INTO workplace_action_participants(id, action_id, worker_id, hlc, updated_by) "
                                        "VALUES ('pa9', 'a1', 'w9', 'h', 'x')"));
    auto before = IndicatorStore::compute(*director, Year2026, Scope::parse(QStringLiteral("service")).value());
    REQUIRE(before.ok());
    expect(before.value(), "AWARENESS_WORKERS", 2, 4, 50.0); // w1, w9
    auto physician = ex.as(QStringLiteral("medecin"));
    auto merged = workforce::IdentityStore::merge(*physician, QStringLiteral("w1"), QStringLiteral("w9"), QStringLiteral("même personne"));
    INFO((merged ? QString() : merged.error().message).toStdString());
    REQUIRE(merged.ok());
    CHECK(test::scalar(director->db(), QStringLiteral("SELECT count(*) FROM workplace_action_participants WHERE action_id = 'a1' AND worker_id = 'w1'"))
              .toInt() == 2);
    auto after = IndicatorStore::compute(*director, Year2026, Scope::parse(QStringLiteral("service")).value());
    REQUIRE(after.ok());
    expect(after.value(), "AWARENESS_WORKERS", 1, 3, 33.3); // w1 once, of w1 w2 w5
    REQUIRE(workforce::IdentityStore::undoMerge(*physician, merged.value()).ok());
    CHECK(test::scalar(director->db(), QStringLiteral("SELECT worker_id FROM workplace_action_participants WHERE id = 'pa9'")).toString() ==
          QStringLiteral("w9"));
}

namespace {
// The job-retention cases of RetentionExample.h written as rows of the pdp tables.
void addRetentionCases(storage::Database& db, const QString& accountId)
{
    const auto iso = [](const std::optional<QDate>& d) { return d ? QVariant(d->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)); };
    int rows = 0;
    for (const test::ExampleCase& c : test::retentionExample()) {
        const pdp::CaseRecord& r = c.record;
        const QString id = QString::fromLatin1(c.id);
        exec(db,
             QStringLiteral("INSERT INTO pdp_cases(id, worker_id, origin, opened_on, in_charge, status, closed_on, outcome, opened_by, hlc, "
                            "updated_by, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'h', 'x', ?)"),
             {id, r.workerId, pdp::codeOf(r.origin), r.opened.toString(Qt::ISODate), accountId,
              r.closedOn ? QStringLiteral("closed") : QStringLiteral("open"), iso(r.closedOn),
              r.outcome ? QVariant(pdp::codeOf(*r.outcome)) : QVariant(QMetaType(QMetaType::QString)), accountId, c.deleted ? 1 : 0});
        for (const pdp::Step& st : r.steps)
            exec(db,
                 QStringLiteral("INSERT INTO pdp_steps(id, case_id, worker_id, kind, step_date, partner, done_by, recorded_at, hlc, updated_by) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, 'x', 'h', 'x')"),
                 {QStringLiteral("st%1").arg(++rows), id, r.workerId, pdp::codeOf(st.kind), st.date.toString(Qt::ISODate),
                  st.partner.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(st.partner), accountId});
        if (r.socialStart)
            exec(db,
                 QStringLiteral("INSERT INTO pdp_social_followups(id, case_id, worker_id, started_on, ended_on, social_worker, hlc, updated_by) "
                                "VALUES (?, ?, ?, ?, ?, ?, 'h', 'x')"),
                 {QStringLiteral("sf%1").arg(++rows), id, r.workerId, iso(r.socialStart), iso(r.socialEnd), accountId});
        for (const pdp::ReviewRecord& rv : r.reviews)
            exec(db,
                 QStringLiteral("INSERT INTO pdp_reviews(id, case_id, worker_id, review, due_on, done_on, situation, done_by, hlc, updated_by) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'h', 'x')"),
                 {QStringLiteral("rv%1").arg(++rows), id, r.workerId, pdp::codeOf(rv.review), rv.due.toString(Qt::ISODate),
                  rv.done.toString(Qt::ISODate), rv.situation ? QVariant(pdp::codeOf(*rv.situation)) : QVariant(QMetaType(QMetaType::QString)),
                  accountId});
    }
}

// The SQL's figures equal the domain's reference computation, code by code.
void sameFigures(const pdp::RetentionFigures& sql, const pdp::RetentionFigures& ref)
{
    CHECK(sql.openedByOrigin == ref.openedByOrigin);
    CHECK(sql.closedByOutcome == ref.closedByOutcome);
    CHECK(sql.stepsByKind == ref.stepsByKind);
    CHECK(sql.openAtEnd == ref.openAtEnd);
    CHECK(sql.socialSupportPeople == ref.socialSupportPeople);
    CHECK(sql.reviewsDone == ref.reviewsDone);
    CHECK(sql.reviewsOnTime == ref.reviewsOnTime);
    CHECK(sql.oneYearBySituation == ref.oneYearBySituation);
    CHECK(sql.keptAtOneYear == ref.keptAtOneYear);
    CHECK(sql.daysToClose == ref.daysToClose);
}
} // namespace

TEST_CASE("job retention counted in SQL: SOCIAL_SUPPORT_PEOPLE and the cell's figures, per scope, as the domain defines them")
{
    WorkedExample ex;
    auto director = ex.as(QStringLiteral("directeur"));
    addRetentionCases(director->db(), ex.physicianId);
    const Scope service = Scope::parse(QStringLiteral("service")).value();

    auto r = IndicatorStore::compute(*director, Year2026, service);
    REQUIRE(r.ok());
    expect(r.value(), "SOCIAL_SUPPORT_PEOPLE", 5, -1, 5.0);  // w1 w2 w3 w5 w9 (w9 twice, once); not w4 (ended the day before)
    auto t1 = IndicatorStore::compute(*director, Year2026, Scope::parse(QStringLiteral("team:T1")).value());
    REQUIRE(t1.ok());
    expect(t1.value(), "SOCIAL_SUPPORT_PEOPLE", 3, -1, 3.0); // w1 w2 w9
    auto t2 = IndicatorStore::compute(*director, Year2026, Scope::parse(QStringLiteral("team:T2")).value());
    REQUIRE(t2.ok());
    expect(t2.value(), "SOCIAL_SUPPORT_PEOPLE", 2, -1, 2.0); // w5 w9
    auto s1 = IndicatorStore::compute(*director, Year2026, Scope::parse(QStringLiteral("establishment:11111111100011")).value());
    REQUIRE(s1.ok());
    CHECK(find(s1.value(), "SOCIAL_SUPPORT_PEOPLE").status == IndicatorStatus::Suppressed); // 3 people at s1

    auto all = IndicatorStore::retention(*director, Year2026, service);
    INFO((all ? QString() : all.error().message).toStdString());
    REQUIRE(all.ok());
    sameFigures(all.value(), pdp::retentionFigures(test::exampleRecords(), Year2026.from, Year2026.to));
    CHECK(all.value().opened() == 4);
    CHECK(all.value().closed() == 3);
    CHECK(all.value().daysToClose == QList<qint64>{60, 364, 745});
    CHECK(all.value().openAtEnd == 3);
    CHECK(all.value().socialSupportPeople == 5);
    CHECK(all.value().reviewsDone == 5);
    CHECK(all.value().reviewsOnTime == 3);
    CHECK(all.value().keptAtOneYear == 2);

    // Team T1: the cases of the workers it follows at D (w1 w2 w9).
    auto team = IndicatorStore::retention(*director, Year2026, Scope::parse(QStringLiteral("team:T1")).value());
    REQUIRE(team.ok());
    sameFigures(team.value(), pdp::retentionFigures(test::exampleRecords({QStringLiteral("w1"), QStringLiteral("w2"), QStringLiteral("w9")}),
                                                    Year2026.from, Year2026.to));
    CHECK(team.value().opened() == 2);
    CHECK(team.value().reviewsDone == 4);
    // Last year, for the report's comparison: k1 opened, k5's CRPE, k8 closed.
    auto before = IndicatorStore::retention(*director, Period{QDate(2025, 1, 1), QDate(2025, 12, 31)}, service);
    REQUIRE(before.ok());
    sameFigures(before.value(), pdp::retentionFigures(test::exampleRecords(), QDate(2025, 1, 1), QDate(2025, 12, 31)));
    CHECK(before.value().opened() == 1);
    CHECK(before.value().closed() == 1);

    CHECK(test::scalar(director->db(), QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'report.retention' AND outcome = 'allowed'"))
              .toInt() == 3);
    // Aggregates for the director, the administrator and a physician's teams; refused to others, audited.
    auto planner = ex.as(QStringLiteral("planif"));
    CHECK(IndicatorStore::retention(*planner, Year2026, service).error().code == core::ErrorCode::Denied);
    auto physician = ex.as(QStringLiteral("medecin"));
    CHECK(IndicatorStore::retention(*physician, Year2026, Scope::parse(QStringLiteral("team:T1")).value()).ok());
    CHECK(IndicatorStore::retention(*physician, Year2026, service).error().code == core::ErrorCode::Denied);
    CHECK(test::scalar(director->db(), QStringLiteral("SELECT count(*) FROM _audit WHERE resource = 'report.indicators' AND outcome = 'denied'"))
              .toInt() == 2);
}

// The activity report's service figures grouped in one pass (issue 16 benchmark: no count per
// establishment or per team in a correlated subquery), on the worked example plus s6, a member whose
// only worker's identity was deleted: he is not followed (as a merged one is not), so s6 has none.
TEST_CASE("activity report's figures on the worked example: members by size, workers by category, teams, a deleted identity not followed")
{
    WorkedExample ex;
    {
        auto admin = ex.as(QStringLiteral("admin"));
        storage::Database& db = admin->db();
        exec(db, QStringLiteral("INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, status, member_since, hlc, updated_by) "
                                "VALUES ('s6', 'n3', '33333333300028', 'N', 'n', '43.21A', 'active', '2020-01-01', 'h', 'x')"));
        exec(db, QStringLiteral("INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, birth_name_fold, "
                                "hlc, updated_by) VALUES ('w10', 'N', 'P', 'P', '1980-01-01', 'F', 'n', 'h', 'x')"));
        exec(db, QStringLiteral("INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, hlc, updated_by) "
                                "VALUES ('jx10', 'w10', 's6', 'P', 'CDI', '2020-01-01', 'h', 'x')"));
        exec(db, QStringLiteral("UPDATE workers SET deleted = 1 WHERE id = 'w10'"));
        // w9's job at s3 is SIA: his highest category in force.
        exec(db, QStringLiteral("UPDATE employments SET follow_up = 'SIA' WHERE worker_id = 'w9' AND establishment_id = 's3'"));
    }
    auto director = ex.as(QStringLiteral("directeur"));
    auto r = ActivityStore::collect(*director, 2026, Scope::parse(QStringLiteral("service")).value());
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    const ActivityData& d = r.value();
    const auto counts = [](std::initializer_list<std::pair<const char*, qint64>> list) {
        Counts out;
        for (const auto& [code, n] : list)
            out.append({QString::fromLatin1(code), n});
        return out;
    };
    // Status at D: s1 s3 s6 active, s2 suspended on D, s5 left, s4 not yet a member (no status).
    CHECK(d.membersByStatus == counts({{"active", 3}, {"suspended", 1}, {"left", 1}}));
    // Members s1 (w1 w2 w9), s3 (w5 w9), s6 (w10 deleted: none).
    CHECK(d.membersBySize == counts({{"0", 1}, {"1-10", 2}, {"11-49", 0}, {"50-249", 0}, {"250+", 0}}));
    CHECK(d.workersByCategory == counts({{"SI", 3}, {"SIA", 1}, {"SIR", 0}}));
    // T1 (s1, s2): w1 w2 w9; T2 (s3, s4): w5 w9; by name.
    CHECK(d.teams == counts({{"Deux", 2}, {"Un", 3}}));
    // The indicators see the same: 4 followed workers, 3 members.
    CHECK(find(d.indicators, "WORKERS_SEEN").denominator == 4);
    CHECK(find(d.indicators, "AWARENESS_ESTABLISHMENTS").denominator == 3);
}

TEST_CASE("the activity report shares its followed set with the year's indicators: the same figures as compute() alone, no TEMP table left")
{
    WorkedExample ex;
    auto director = ex.as(QStringLiteral("directeur"));
    const auto temps = [&] {
        return test::scalar(director->db(), QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE name LIKE 'rep\\_%' ESCAPE '\\'")).toInt();
    };
    const auto same = [](const QList<IndicatorResult>& a, const QList<IndicatorResult>& b) {
        REQUIRE(a.size() == b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            INFO(a.at(i).code.toStdString());
            CHECK(a.at(i).code == b.at(i).code);
            CHECK(a.at(i).status == b.at(i).status);
            CHECK(a.at(i).numerator == b.at(i).numerator);
            CHECK(a.at(i).denominator == b.at(i).denominator);
            CHECK(a.at(i).value == b.at(i).value);
        }
    };
    for (const char* text : {"service", "team:T1", "team:T2", "naf:43"}) {
        INFO(text);
        const Scope scope = Scope::parse(QString::fromLatin1(text)).value();
        auto now = IndicatorStore::compute(*director, Year2026, scope);
        auto before = IndicatorStore::compute(*director, Period{QDate(2025, 1, 1), QDate(2025, 12, 31)}, scope);
        auto retention = IndicatorStore::retention(*director, Year2026, scope);
        REQUIRE(now.ok());
        REQUIRE(before.ok());
        REQUIRE(retention.ok());
        CHECK(temps() == 0);
        auto report = ActivityStore::collect(*director, 2026, scope);
        INFO((report ? QString() : report.error().message).toStdString());
        REQUIRE(report.ok());
        CHECK(temps() == 0);
        same(report.value().indicators, now.value());
        same(report.value().indicatorsLastYear, before.value());
        sameFigures(report.value().retention, retention.value());
    }
    // The two years differ on the worked example (else this test could not tell them apart).
    auto now = IndicatorStore::compute(*director, Year2026, Scope{});
    auto before = IndicatorStore::compute(*director, Period{QDate(2025, 1, 1), QDate(2025, 12, 31)}, Scope{});
    REQUIRE(now.ok());
    REQUIRE(before.ok());
    bool differ = false;
    for (qsizetype i = 0; i < now.value().size(); ++i)
        differ = differ || now.value().at(i).numerator != before.value().at(i).numerator || now.value().at(i).denominator != before.value().at(i).denominator;
    CHECK(differ);
}
