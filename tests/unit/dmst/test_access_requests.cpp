// The worker's access requests beyond their due date (test_retention_export.cpp has the delays): where
// a request stands on a given day, who asks and what is asked (migration 0013), and the fulfilment
// under the access policy — refused to a nurse (audited), once only, naming an unknown request.
#include "DmstTestSupport.h"
#include "catch_qt.h"

#include "dmst/ExportStore.h"

using namespace vigie;
using namespace vigie::dmst;

TEST_CASE("a request is in progress until its due date included then overdue and fulfilled on time or late")
{
    const QDate due(2026, 12, 2);
    struct Row {
        QDate fulfilledOn;
        QDate today;
        RequestState expected;
    };
    for (const Row& r : {Row{{}, QDate(2026, 11, 24), RequestState::Pending}, Row{{}, QDate(2026, 12, 2), RequestState::Pending},
                         Row{{}, QDate(2026, 12, 3), RequestState::Overdue}, Row{QDate(2026, 12, 2), QDate(2027, 1, 1), RequestState::Fulfilled},
                         Row{QDate(2026, 12, 3), QDate(2026, 12, 3), RequestState::FulfilledLate}}) {
        INFO(r.today.toString(Qt::ISODate).toStdString() << " fulfilled " << r.fulfilledOn.toString(Qt::ISODate).toStdString());
        CHECK(requestState(due, r.fulfilledOn, r.today) == r.expected);
    }
    for (Requester who : {Requester::Worker, Requester::Physician, Requester::Representative, Requester::Heir})
        CHECK(requesterFromCode(requesterCode(who)) == who);
    CHECK_FALSE(requesterFromCode(QStringLiteral("employer")));
}

TEST_CASE("who asks and the scope are kept with the request and the fulfilment follows the policy")
{
    test::DmstDb db;
    auto medecin = db.session(QStringLiteral("medecin"));
    // Someone other than the worker is named.
    auto unnamed = ExportStore::recordRequest(*medecin, test::WorkerId, QDate(2026, 11, 20), Requester::Heir);
    REQUIRE_FALSE(unnamed);
    CHECK(unnamed.error().code == core::ErrorCode::Invalid);
    auto request = ExportStore::recordRequest(*medecin, test::WorkerId, QDate(2026, 11, 20), Requester::Heir, QStringLiteral("  Paul Lefèvre, fils "),
                                              QStringLiteral("Examens de 2019 à 2021"));
    REQUIRE(request);
    CHECK(request.value().dueOn == QDate(2026, 11, 28));
    auto list = ExportStore::requests(*medecin, test::WorkerId);
    REQUIRE(list);
    REQUIRE(list.value().size() == 1);
    CHECK(list.value().first().requester == Requester::Heir);
    CHECK(list.value().first().requesterName == QStringLiteral("Paul Lefèvre, fils"));
    CHECK(list.value().first().scope == QStringLiteral("Examens de 2019 à 2021"));

    // A nurse does not communicate the record: refused and audited; the request stays open.
    auto nurse = db.session(QStringLiteral("infirmier"));
    const qint64 before = test::auditRows(*nurse, QStringLiteral("denied"), Part::Rights, QStringLiteral("infirmier"));
    auto refused = ExportStore::markFulfilled(*nurse, request.value().id, QStringLiteral("pdf"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::Denied);
    CHECK(test::auditRows(*nurse, QStringLiteral("denied"), Part::Rights, QStringLiteral("infirmier")) == before + 1);
    CHECK_FALSE(ExportStore::requests(*medecin, test::WorkerId).value().first().fulfilledOn.isValid());

    REQUIRE(ExportStore::markFulfilled(*medecin, request.value().id, QStringLiteral("fhir")));
    const AccessRequest done = ExportStore::requests(*medecin, test::WorkerId).value().first();
    CHECK(done.fulfilledOn == QDate(2026, 11, 24));
    CHECK(done.format == QStringLiteral("fhir"));
    auto twice = ExportStore::markFulfilled(*medecin, request.value().id, QStringLiteral("pdf"));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("24/11/2026")));
    auto unknown = ExportStore::markFulfilled(*medecin, QStringLiteral("no-such-request"), QStringLiteral("pdf"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("no-such-request")));
    // The schema refuses a requester the law does not know, whatever the program.
    CHECK_FALSE(test::execSql(*medecin, QStringLiteral("UPDATE dmst_access_requests SET requester = 'employer'")));
}
