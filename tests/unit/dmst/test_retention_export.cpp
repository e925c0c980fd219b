// Retention dates on worked examples (R4624-45-9), the access request's legal delay (L1111-7 CSP:
// 8 days, two months for data older than five years), and the worker's copy as a FHIR R4 Bundle:
// it parses, carries the INS of a qualified identity, and never a personal note; export needs the
// Export right on every part (a nurse is refused, audited).
#include "DmstTestSupport.h"
#include "catch_qt.h"

#include "dmst/AccessRequest.h"
#include "dmst/ConsultationStore.h"
#include "dmst/DocumentStore.h"
#include "dmst/ExportStore.h"
#include "dmst/RecordStore.h"
#include "dmst/Retention.h"
#include "security/PolicyStore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace vigie;
using namespace vigie::dmst;

TEST_CASE("retention: worked examples of R4624-45-9 and the special regimes")
{
    struct Row {
        const char* name;
        RetentionFacts facts;
        QDate purge;
        const char* rule;
    };
    const QDate birth(1960, 4, 15);
    const Row rows[] = {
        {"40 years after the last visit", {birth, QDate(2020, 3, 10), QDate(2001, 1, 5), {}, false, {}}, QDate(2060, 3, 10), "R4624-45-9"},
        {"no visit yet: from the record's creation", {birth, {}, QDate(2024, 6, 1), {}, false, {}}, QDate(2064, 6, 1), "R4624-45-9"},
        {"death caps it at 10 years", {birth, QDate(2020, 3, 10), QDate(2001, 1, 5), QDate(2022, 8, 1), false, {}}, QDate(2032, 8, 1),
         "R4624-45-9 (death)"},
        {"death 35 years after the last visit: the 40 years come first",
         {birth, QDate(1990, 1, 1), QDate(1985, 1, 1), QDate(2025, 1, 1), false, {}}, QDate(2030, 1, 1), "R4624-45-9"},
        {"CMR: 50 years after the end of exposure",
         {birth, QDate(2020, 3, 10), QDate(2001, 1, 5), {}, false, {{QStringLiteral("R4412-55"), QDate(2015, 12, 31)}}}, QDate(2065, 12, 31),
         "R4412-55"},
        {"CMR outlives death",
         {birth, QDate(2020, 3, 10), QDate(2001, 1, 5), QDate(2022, 8, 1), false, {{QStringLiteral("R4412-55"), QDate(2015, 12, 31)}}},
         QDate(2065, 12, 31), "R4412-55"},
        {"biological agents: 40 years after the end, shorter than the base here",
         {birth, QDate(2020, 3, 10), QDate(2001, 1, 5), {}, false, {{QStringLiteral("R4426-9"), QDate(2010, 1, 1)}}}, QDate(2060, 3, 10), "R4624-45-9"},
        {"biological agents after death",
         {birth, QDate(2020, 3, 10), QDate(2001, 1, 5), QDate(2022, 8, 1), false, {{QStringLiteral("R4426-9"), QDate(2010, 1, 1)}}}, QDate(2050, 1, 1),
         "R4426-9"},
        {"ionising radiation: end + 50 years when later than 75",
         {birth, QDate(2020, 3, 10), QDate(2001, 1, 5), {}, false, {{QStringLiteral("R4451-83"), QDate(2018, 6, 30)}}}, QDate(2068, 6, 30), "R4451-83"},
        {"ionising radiation: until 75 when later",
         {QDate(1990, 2, 1), QDate(2000, 3, 10), QDate(1999, 1, 5), QDate(2001, 1, 1), false, {{QStringLiteral("R4451-83"), QDate(1999, 6, 30)}}},
         QDate(2065, 2, 1), "R4451-83"},
        {"an exposure still going on ends, for this purpose, at the last visit",
         {birth, QDate(2020, 3, 10), QDate(2001, 1, 5), {}, false, {{QStringLiteral("R4412-55"), {}}}}, QDate(2070, 3, 10), "R4412-55"},
    };
    for (const Row& r : rows) {
        INFO(r.name);
        const RetentionResult res = retentionOf(r.facts);
        CHECK_FALSE(res.suspended);
        CHECK(res.purgeOn == r.purge);
        CHECK(res.rule == QString::fromLatin1(r.rule));
        CHECK_FALSE(res.explanation.isEmpty());
    }
    RetentionFacts hold{birth, QDate(2020, 3, 10), QDate(2001, 1, 5), {}, true, {}};
    const RetentionResult suspended = retentionOf(hold);
    CHECK(suspended.suspended);
    CHECK_FALSE(suspended.purgeOn.isValid());
}

TEST_CASE("access request: 8 days, or two months when data is more than five years old")
{
    CHECK(accessDueDate(QDate(2026, 11, 24), QDate(2024, 1, 1)) == QDate(2026, 12, 2));
    CHECK(accessDueDate(QDate(2026, 11, 24), QDate(2021, 11, 24)) == QDate(2026, 12, 2));  // exactly five years: not older
    CHECK(accessDueDate(QDate(2026, 11, 24), QDate(2021, 11, 23)) == QDate(2027, 1, 24));
    CHECK(accessDueDate(QDate(2026, 11, 24), {}) == QDate(2026, 12, 2));
}

TEST_CASE("the FHIR export parses, carries the INS, holds the visit and its documents, and no personal note")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    REQUIRE(RecordStore::recordRightsInformation(*s, RightsInformation{{}, test::WorkerId, QDate(2026, 11, 20), InformationMeans::Paper, false, {}}));
    REQUIRE(RecordStore::addWorkHistory(*s, WorkHistoryEntry{{}, test::WorkerId, QStringLiteral("Chantiers Navals"), QStringLiteral("Chaudronnière"),
                                                             QStringLiteral("30.11Z"), QDate(1995, 9, 1), QDate(2015, 8, 31)}));
    Consultation c;
    c.workerId = test::WorkerId;
    c.kind = QStringLiteral("EMA_RENEWAL");
    c.visitDate = QDate(2026, 11, 20);
    c.arrival = QTime(8, 45);
    c.weightKg = 64;
    c.heightCm = 165;
    c.systolic = 132;
    c.diastolic = 84;
    c.problems = QStringLiteral("Eczéma des mains\nHypoacousie bilatérale");
    c.conclusion = QStringLiteral("Apte avec port de gants nitrile.");
    c.id = ConsultationStore::startDraft(*s, c).value();
    REQUIRE(ConsultationStore::close(*s, c.id));
    REQUIRE(ConsultationStore::addPersonalNote(*s, test::WorkerId, c.id, QStringLiteral("SECRET-NOTE conflit familial")));
    DocumentRequest r;
    r.kind = DocumentKind::Aptitude;
    r.consultationId = c.id;
    r.fitness = QStringLiteral("fit");
    auto doc = DocumentStore::draft(*s, r);
    REQUIRE(doc);
    REQUIRE(DocumentStore::sign(*s, doc.value()));

    auto request = ExportStore::recordRequest(*s, test::WorkerId, QDate(2026, 11, 24));
    REQUIRE(request);
    CHECK(request.value().oldestData == QDate(1995, 9, 1));
    CHECK(request.value().dueOn == QDate(2027, 1, 24)); // data older than five years
    auto snap = ExportStore::snapshot(*s, test::WorkerId);
    REQUIRE(snap);
    const QByteArray json = QJsonDocument(fhirBundle(snap.value(), {QDate(2026, 11, 24), request.value().dueOn, s->clock().nowUtc()})).toJson();
    CHECK_FALSE(json.contains("SECRET-NOTE"));
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(parsed.object().value(QStringLiteral("resourceType")).toString() == QStringLiteral("Bundle"));
    QMap<QString, int> types;
    QJsonObject patient;
    for (const QJsonValue& e : parsed.object().value(QStringLiteral("entry")).toArray()) {
        const QJsonObject res = e.toObject().value(QStringLiteral("resource")).toObject();
        types[res.value(QStringLiteral("resourceType")).toString()]++;
        if (res.value(QStringLiteral("resourceType")).toString() == QLatin1String("Patient"))
            patient = res;
        CHECK(e.toObject().value(QStringLiteral("fullUrl")).toString().startsWith(QStringLiteral("urn:uuid:")));
    }
    CHECK(types.value(QStringLiteral("Patient")) == 1);
    CHECK(types.value(QStringLiteral("Encounter")) == 1);
    CHECK(types.value(QStringLiteral("Condition")) == 2);
    CHECK(types.value(QStringLiteral("DocumentReference")) == 1);
    CHECK(types.value(QStringLiteral("Observation")) >= 5); // work history, weight, height, BMI, blood pressure, conclusion
    const QJsonObject ins = patient.value(QStringLiteral("identifier")).toArray().first().toObject();
    CHECK(ins.value(QStringLiteral("system")).toString() == QStringLiteral("urn:oid:1.2.250.1.213.1.4.8"));
    CHECK(ins.value(QStringLiteral("value")).toString() == QStringLiteral("275035935012345"));
    CHECK(patient.value(QStringLiteral("birthDate")).toString() == QStringLiteral("1975-03-12"));
    CHECK(json.contains("39156-5")); // BMI, LOINC
    CHECK(json.contains("23.5"));

    // Without a qualified identity, no INS goes out (INS-05).
    REQUIRE(test::execSql(*s, QStringLiteral("UPDATE workers SET ins_status = 'VALI' WHERE id = ?"), {test::WorkerId}));
    const QByteArray unqualified = QJsonDocument(fhirBundle(ExportStore::snapshot(*s, test::WorkerId).value(), {})).toJson();
    CHECK_FALSE(unqualified.contains("275035935012345"));
    CHECK(unqualified.contains("urn:vigie:worker"));
}

TEST_CASE("exporting the record needs the export right on every part: a nurse is refused, audited")
{
    test::DmstDb db;
    auto nurse = db.session(QStringLiteral("infirmier"));
    const qint64 before = test::auditRows(*nurse, QStringLiteral("denied"), 1, QStringLiteral("infirmier"));
    auto snap = ExportStore::snapshot(*nurse, test::WorkerId);
    REQUIRE_FALSE(snap);
    CHECK(snap.error().code == core::ErrorCode::Denied);
    CHECK(test::auditRows(*nurse, QStringLiteral("denied"), 1, QStringLiteral("infirmier")) == before + 1);
}

TEST_CASE("the record's purge date comes from its visits and exposures")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    REQUIRE(RecordStore::recordRightsInformation(*s, RightsInformation{{}, test::WorkerId, QDate(2026, 11, 20), InformationMeans::Oral, false, {}}));
    Consultation c;
    c.workerId = test::WorkerId;
    c.kind = QStringLiteral("VIP");
    c.visitDate = QDate(2026, 11, 20);
    c.conclusion = QStringLiteral("RAS");
    c.id = ConsultationStore::startDraft(*s, c).value();
    REQUIRE(ConsultationStore::close(*s, c.id));
    CHECK(ExportStore::retention(*s, test::WorkerId).value().purgeOn == QDate(2066, 11, 20));
    Exposure e;
    e.workerId = test::WorkerId;
    e.code = QStringLiteral("CHIM.AMIANTE");
    e.start = QDate(2000, 1, 1);
    e.end = QDate(2024, 12, 31);
    REQUIRE(RecordStore::addExposure(*s, e));
    const RetentionResult r = ExportStore::retention(*s, test::WorkerId).value();
    CHECK(r.purgeOn == QDate(2074, 12, 31));
    CHECK(r.rule == QStringLiteral("R4412-55"));
}

TEST_CASE("a collaborator physician under protocol in team A signs for team A's workers only, not team B's (audited)")
{
    test::DmstDb db;
    auto collab = db.session(QStringLiteral("collab"));
    // The collaborator also works in team B, without a written protocol there.
    REQUIRE(collab->db().execScript(QStringLiteral("INSERT INTO team_members(id, team_id, account_id, written_protocol, hlc, updated_by) "
                                                   "VALUES ('tm-collab-b', 'team-b', 'acc-collab', 0, '0', 'test')")));
    using security::Action;
    CHECK(security::PolicyStore::require(*collab, Action::Sign, test::WorkerId, 5)); // team A: under protocol
    CHECK(security::PolicyStore::require(*collab, Action::Read, test::OtherWorkerId, 5)); // team B: reads as a member
    const qint64 before = test::auditRows(*collab, QStringLiteral("denied"), 5, QStringLiteral("collab"), test::OtherWorkerId);
    const core::Status other = security::PolicyStore::require(*collab, Action::Sign, test::OtherWorkerId, 5); // no protocol in team B
    REQUIRE_FALSE(other);
    CHECK(other.error().code == core::ErrorCode::Denied);
    CHECK(test::auditRows(*collab, QStringLiteral("denied"), 5, QStringLiteral("collab"), test::OtherWorkerId) == before + 1);
}
