// Every refusal of the PDP policy through the stores (issue 17, security-requirements.md §6: "all
// denials audited"): for each role and each cell of the role × item × action table that the table
// refuses, the store operation that needs that cell is refused with ErrorCode::Denied and leaves one
// "denied" record in the audit trail (resource pdp.<item>, the account, the action, the reason); each
// cell the table grants is not refused. Then the team scope: a physician of another team is refused the
// worker's case (reason=team) and sees none of it in the lists. The clock is the tests' (24 November
// 2026), never today's.
#include "unit/dmst/DmstTestSupport.h"
#include "catch_qt.h"

#include "pdp/PdpStore.h"
#include "pdp/print/CellAgendaPrint.h"
#include "security/PdpPolicy.h"

#include <QTemporaryDir>

#include <functional>

using namespace vigie;
using namespace vigie::pdp;
using security::Action;
using security::PdpItem;

namespace {
QDate D(const char* iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

// A database where the physician recorded a running stoppage of the worker, opened his case with a
// pre-return visit and started the social follow-up: every operation below has something to act on.
struct Prepared {
    test::DmstDb db;
    QString caseId;
    QString absenceId;

    Prepared()
    {
        auto physician = db.session(QStringLiteral("medecin"));
        Stoppage st;
        st.workerId = test::WorkerId;
        st.cause = scheduling::AbsenceCause::Illness;
        st.first = D("2026-09-01");
        auto a = StoppageStore::add(*physician, st);
        REQUIRE(a);
        absenceId = a.value();
        auto c = PdpStore::open(*physician, test::WorkerId, Origin::Service, D("2026-10-01"));
        REQUIRE(c);
        caseId = c.value();
        REQUIRE(PdpStore::addStep(*physician, caseId, Step{{}, StepKind::PreReturnVisit, D("2026-10-05"), {}, {}}));
        REQUIRE(PdpStore::startSocial(*physician, caseId, D("2026-10-02")));
    }
};

qint64 denials(security::Session& s, const QString& login, PdpItem item, Action action)
{
    return test::valueOf(s,
                         QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied' AND account = ? AND resource = ? AND action = ?"),
                         {login, QStringLiteral("pdp.") + security::pdpItemCode(item), security::actionCode(action)})
        .toLongLong();
}

// The operation that needs one cell of the table, on the prepared database.
struct Operation {
    PdpItem item;
    Action action;
    const char* what;
    std::function<core::Status(security::Session&, const Prepared&, const QString& outPdf)> run;
};

template <typename T>
core::Status statusOf(const core::Result<T>& r)
{
    if (r)
        return {};
    return r.error();
}

const QList<Operation>& operations()
{
    static const QList<Operation> list{
        {PdpItem::Stoppage, Action::Read, "list a worker's stoppages",
         [](security::Session& s, const Prepared&, const QString&) { return statusOf(StoppageStore::list(s, test::WorkerId)); }},
        {PdpItem::Stoppage, Action::Write, "record a stoppage",
         [](security::Session& s, const Prepared&, const QString&) {
             Stoppage st;
             st.workerId = test::WorkerId;
             st.cause = scheduling::AbsenceCause::WorkAccident;
             st.first = D("2026-01-05");
             st.last = D("2026-01-09");
             return statusOf(StoppageStore::add(s, st));
         }},
        {PdpItem::Stoppage, Action::Write, "end a running stoppage",
         [](security::Session& s, const Prepared& p, const QString&) { return StoppageStore::end(s, p.absenceId, D("2026-11-20")); }},
        {PdpItem::Stoppage, Action::Write, "import the employer's stoppage file",
         [](security::Session& s, const Prepared&, const QString&) {
             return statusOf(StoppageStore::importCsv(s, QStringLiteral("73282932000017"),
                                                      "birth_name,first_name,birth_date,cause,first_day,last_day\n"));
         }},
        {PdpItem::Case, Action::Read, "list the cases",
         [](security::Session& s, const Prepared&, const QString&) { return statusOf(PdpStore::cases(s, false)); }},
        {PdpItem::Case, Action::Read, "read a case",
         [](security::Session& s, const Prepared& p, const QString&) { return statusOf(PdpStore::detail(s, p.caseId)); }},
        {PdpItem::Case, Action::Read, "the new flags from stoppages",
         [](security::Session& s, const Prepared&, const QString&) { return statusOf(StoppageStore::flags(s)); }},
        {PdpItem::Case, Action::Write, "open a case",
         // The worker already has an open case: allowed roles get past the policy to that refusal.
         [](security::Session& s, const Prepared&, const QString&) {
             return statusOf(PdpStore::open(s, test::WorkerId, Origin::Worker, D("2026-11-02")));
         }},
        {PdpItem::MedicalStep, Action::Write, "record a return visit",
         [](security::Session& s, const Prepared& p, const QString&) {
             return statusOf(PdpStore::addStep(s, p.caseId, Step{{}, StepKind::ReturnVisit, D("2026-11-23"), {}, {}}));
         }},
        {PdpItem::CellStep, Action::Read, "read the partners of the cell",
         [](security::Session& s, const Prepared&, const QString&) { return statusOf(PdpStore::partners(s)); }},
        {PdpItem::CellStep, Action::Write, "record a liaison meeting",
         [](security::Session& s, const Prepared& p, const QString&) {
             return statusOf(PdpStore::addStep(s, p.caseId, Step{{}, StepKind::Liaison, D("2026-10-03"), {}, {}}));
         }},
        {PdpItem::SocialFollowUp, Action::Write, "update the social follow-up",
         [](security::Session& s, const Prepared& p, const QString&) {
             return PdpStore::updateSocial(s, p.caseId, true, false, QStringLiteral("Droits expliqués"));
         }},
        {PdpItem::SocialFollowUp, Action::Write, "record the 3-month social review",
         [](security::Session& s, const Prepared& p, const QString&) {
             return PdpStore::recordReview(s, p.caseId, Review::Social3Months, D("2026-11-24"), std::nullopt, {});
         }},
        {PdpItem::Outcome, Action::Write, "close the case",
         [](security::Session& s, const Prepared& p, const QString&) { return PdpStore::close(s, p.caseId, Outcome::Other, D("2026-11-24")); }},
        {PdpItem::CellMeeting, Action::Read, "the cell's agenda",
         [](security::Session& s, const Prepared&, const QString&) { return statusOf(PdpStore::agenda(s, D("2026-11-24"))); }},
        {PdpItem::CellMeeting, Action::Write, "record the cell's decisions",
         [](security::Session& s, const Prepared& p, const QString&) {
             return statusOf(PdpStore::recordMeeting(s, D("2026-11-24"), {{p.caseId, QStringLiteral("Étude de poste à prévoir")}}));
         }},
        {PdpItem::CellMeeting, Action::Export, "print the cell's agenda",
         [](security::Session& s, const Prepared&, const QString& out) { return printCellAgenda(s, D("2026-11-24"), out); }},
    };
    return list;
}
} // namespace

TEST_CASE("every refusal of the PDP policy through the stores is audited, every grant passes the policy")
{
    const auto& roles = test::roleAccounts();
    for (const test::RoleAccount& account : roles) {
        const QString login = QString::fromLatin1(account.login);
        if (login == QLatin1String("medecin2"))
            continue; // the team scope, below
        // One database per role: the policy is asked before any check of the case's state, so what a
        // granted operation changed does not turn a later one into a refusal.
        Prepared p;
        QTemporaryDir dir;
        auto s = p.db.session(login);
        for (const Operation& op : operations()) {
            CAPTURE(login, op.what);
            const qint64 before = denials(*s, login, op.item, op.action);
            const core::Status result = op.run(*s, p, dir.filePath(QStringLiteral("agenda.pdf")));
            const bool granted = security::AccessPolicy::pdpAllows(account.role, op.item, op.action);
            if (granted) {
                CHECK((result || result.error().code != core::ErrorCode::Denied));
                CHECK(denials(*s, login, op.item, op.action) == before);
            } else {
                REQUIRE_FALSE(result);
                CHECK(result.error().code == core::ErrorCode::Denied);
                CHECK(result.error().message.contains(security::roleTitle(account.role)));
                CHECK(denials(*s, login, op.item, op.action) == before + 1);
                CHECK(test::valueOf(*s, QStringLiteral("SELECT detail FROM _audit WHERE outcome = 'denied' AND account = ? "
                                                       "ORDER BY seq DESC LIMIT 1"),
                                    {login})
                          .toString() == QStringLiteral("reason=role"));
            }
        }
    }
}

TEST_CASE("the PDP policy's table: every refused cell is reached by an operation above, or by reading the case")
{
    // Reading a case (PdpStore::detail) shows its steps, follow-up, reviews and outcome: the table
    // never grants the case to a role it refuses one of them, so refusing the case refuses them all.
    // Export is asked of the cell's meetings only (the cell's PDF); no other item is ever exported.
    for (const test::RoleAccount& account : test::roleAccounts()) {
        CAPTURE(security::roleCode(account.role));
        const bool readsCase = security::AccessPolicy::pdpAllows(account.role, PdpItem::Case, Action::Read);
        for (PdpItem item : {PdpItem::MedicalStep, PdpItem::CellStep, PdpItem::SocialFollowUp, PdpItem::Outcome})
            if (readsCase)
                CHECK(security::AccessPolicy::pdpAllows(account.role, item, Action::Read));
        for (PdpItem item : security::allPdpItems())
            if (item != PdpItem::CellMeeting)
                CHECK_FALSE(security::AccessPolicy::pdpAllows(account.role, item, Action::Export));
    }
    // Every (item, action) the table may refuse and that some operation needs is exercised above.
    for (PdpItem item : security::allPdpItems())
        for (Action action : {Action::Read, Action::Write}) {
            if (action == Action::Read && item != PdpItem::Stoppage && item != PdpItem::Case && item != PdpItem::CellStep &&
                item != PdpItem::CellMeeting)
                continue; // read through the case
            bool covered = false;
            for (const Operation& op : operations())
                covered = covered || (op.item == item && op.action == action);
            CAPTURE(security::pdpItemCode(item), security::actionCode(action));
            CHECK(covered);
        }
}

TEST_CASE("the PDP policy's team scope: another team's physician refused the worker's case and stoppages, audited")
{
    Prepared p;
    auto other = p.db.session(QStringLiteral("medecin2"));
    struct Call {
        const char* what;
        PdpItem item;
        Action action;
        std::function<core::Status()> run;
    };
    const QList<Call> calls{
        {"read a case", PdpItem::Case, Action::Read, [&] { return statusOf(PdpStore::detail(*other, p.caseId)); }},
        {"open a case", PdpItem::Case, Action::Write,
         [&] { return statusOf(PdpStore::open(*other, test::WorkerId, Origin::Service, D("2026-11-24"))); }},
        {"list stoppages", PdpItem::Stoppage, Action::Read, [&] { return statusOf(StoppageStore::list(*other, test::WorkerId)); }},
        {"end a stoppage", PdpItem::Stoppage, Action::Write, [&] { return StoppageStore::end(*other, p.absenceId, D("2026-11-20")); }},
        {"record a visit", PdpItem::MedicalStep, Action::Write,
         [&] { return statusOf(PdpStore::addStep(*other, p.caseId, Step{{}, StepKind::ReturnVisit, D("2026-11-23"), {}, {}})); }},
        {"close the case", PdpItem::Outcome, Action::Write, [&] { return PdpStore::close(*other, p.caseId, Outcome::Other, D("2026-11-24")); }},
    };
    for (const Call& c : calls) {
        CAPTURE(c.what);
        const qint64 before = denials(*other, QStringLiteral("medecin2"), c.item, c.action);
        const core::Status r = c.run();
        REQUIRE_FALSE(r);
        CHECK(r.error().code == core::ErrorCode::Denied);
        CHECK(denials(*other, QStringLiteral("medecin2"), c.item, c.action) == before + 1);
        CHECK(test::valueOf(*other, QStringLiteral("SELECT detail || ' ' || worker_id FROM _audit WHERE account = 'medecin2' ORDER BY seq DESC LIMIT 1"))
                  .toString() == QStringLiteral("reason=team ") + test::WorkerId);
    }
    // The lists are in her reach but hold nothing of team A.
    auto cases = PdpStore::cases(*other, false);
    REQUIRE(cases);
    CHECK(cases.value().isEmpty());
    auto due = PdpStore::dueReviews(*other, D("2030-01-01"));
    REQUIRE(due);
    CHECK(due.value().isEmpty());
    auto agenda = PdpStore::agenda(*other, D("2030-01-01"));
    REQUIRE(agenda);
    CHECK(agenda.value().isEmpty());
}
