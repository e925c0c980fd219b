// Parts 6° and 7° in the worker's FHIR copy: the rights information and each consent or opposition
// are R4 Consent resources with their status, scope, category, patient reference, dateTime, rule and
// provision — an opposition denies, a consent permits, a withdrawn one is inactive with its period's end.
#include "DmstTestSupport.h"
#include "catch_qt.h"

#include "dmst/ExportStore.h"
#include "dmst/RecordExport.h"
#include "dmst/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace vigie;
using namespace vigie::dmst;

namespace {
QString codeOf(const QJsonObject& codeable)
{
    return codeable.value(QStringLiteral("coding")).toArray().first().toObject().value(QStringLiteral("code")).toString();
}
} // namespace

TEST_CASE("the FHIR export carries parts 6 and 7 as Consent resources that parse and reference the patient")
{
    test::DmstDb db;
    auto s = db.session(QStringLiteral("medecin"));
    REQUIRE(RecordStore::recordRightsInformation(*s, RightsInformation{{}, test::WorkerId, QDate(2026, 10, 2), InformationMeans::Electronic, false, {}}));
    auto telehealth = RecordStore::recordConsent(*s, Consent{{}, test::WorkerId, ConsentKind::TelehealthConsent, QDate(2026, 10, 5), {}, {}});
    REQUIRE(telehealth);
    REQUIRE(RecordStore::withdrawConsent(*s, telehealth.value(), QDate(2026, 11, 3)));
    REQUIRE(RecordStore::recordConsent(*s, Consent{{}, test::WorkerId, ConsentKind::OppositionDmp, QDate(2026, 10, 6), {}, {}}));

    auto snap = ExportStore::snapshot(*s, test::WorkerId);
    REQUIRE(snap);
    const QByteArray json = QJsonDocument(fhirBundle(snap.value(), {QDate(2026, 11, 24), QDate(2026, 12, 2), s->clock().nowUtc()})).toJson();
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    REQUIRE(error.error == QJsonParseError::NoError);

    QString patientUrl;
    QMap<QString, QJsonObject> consents; // by provision code
    for (const QJsonValue& e : parsed.object().value(QStringLiteral("entry")).toArray()) {
        const QJsonObject res = e.toObject().value(QStringLiteral("resource")).toObject();
        const QString type = res.value(QStringLiteral("resourceType")).toString();
        if (type == QLatin1String("Patient"))
            patientUrl = e.toObject().value(QStringLiteral("fullUrl")).toString();
        if (type == QLatin1String("Consent")) {
            CHECK(e.toObject().value(QStringLiteral("fullUrl")).toString().startsWith(QStringLiteral("urn:uuid:")));
            const QJsonObject provision = res.value(QStringLiteral("provision")).toObject();
            consents.insert(codeOf(provision.value(QStringLiteral("code")).toArray().first().toObject()), res);
        }
    }
    REQUIRE_FALSE(patientUrl.isEmpty());
    REQUIRE(consents.size() == 3);
    for (const QJsonObject& c : consents) {
        // The elements R4 requires (status, scope, category, ppc-1's rule) and those the brief names.
        CHECK_FALSE(c.value(QStringLiteral("status")).toString().isEmpty());
        CHECK(c.value(QStringLiteral("scope")).toObject().value(QStringLiteral("coding")).toArray().first().toObject().value(QStringLiteral("system")).toString() ==
              QStringLiteral("http://terminology.hl7.org/CodeSystem/consentscope"));
        CHECK(c.value(QStringLiteral("category")).toArray().size() == 1);
        CHECK(c.value(QStringLiteral("patient")).toObject().value(QStringLiteral("reference")).toString() == patientUrl);
        CHECK(c.value(QStringLiteral("policyRule")).toObject().value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Code du travail")));
        CHECK(QDate::fromString(c.value(QStringLiteral("dateTime")).toString(), Qt::ISODate).isValid());
    }

    // 6°: informed electronically on 2 October, nothing refused.
    const QJsonObject rights = consents.value(QStringLiteral("electronic"));
    CHECK(codeOf(rights.value(QStringLiteral("category")).toArray().first().toObject()) == QStringLiteral("6"));
    CHECK(rights.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(rights.value(QStringLiteral("dateTime")).toString() == QStringLiteral("2026-10-02"));
    CHECK(rights.value(QStringLiteral("provision")).toObject().value(QStringLiteral("type")).toString() == QStringLiteral("permit"));

    // 7°: the withdrawn teleconsultation consent, and the opposition to the DMP that denies.
    const QJsonObject tele = consents.value(QStringLiteral("telehealth_consent"));
    CHECK(codeOf(tele.value(QStringLiteral("category")).toArray().first().toObject()) == QStringLiteral("59284-0"));
    CHECK(tele.value(QStringLiteral("status")).toString() == QStringLiteral("inactive"));
    CHECK(codeOf(tele.value(QStringLiteral("scope")).toObject()) == QStringLiteral("treatment"));
    CHECK(tele.value(QStringLiteral("provision")).toObject().value(QStringLiteral("type")).toString() == QStringLiteral("permit"));
    CHECK(tele.value(QStringLiteral("provision")).toObject().value(QStringLiteral("period")).toObject().value(QStringLiteral("end")).toString() ==
          QStringLiteral("2026-11-03"));
    const QJsonObject dmp = consents.value(QStringLiteral("opposition_dmp"));
    CHECK(dmp.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(dmp.value(QStringLiteral("dateTime")).toString() == QStringLiteral("2026-10-06"));
    CHECK(codeOf(dmp.value(QStringLiteral("scope")).toObject()) == QStringLiteral("patient-privacy"));
    CHECK(dmp.value(QStringLiteral("provision")).toObject().value(QStringLiteral("type")).toString() == QStringLiteral("deny"));
    CHECK(dmp.value(QStringLiteral("policyRule")).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Code du travail L4624-8-1"));
}
